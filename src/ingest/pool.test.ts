// The analysis pool: tasks beyond each worker's share wait in the pool and all come back, each to its own caller.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../core/index.js';
import { AnalysisPool } from './pool.js';

function raw(i: number): RawArticle {
  return {
    id: `pool-${i}`,
    date: '2025-06-02',
    title: null,
    text: `OSLO -- The harbour board of Bergen said on Monday it would buy ${i + 2} new ferries for the western fjords.`,
    source: { format: 'text' },
  };
}

test('two workers holding one task each analyse twelve tasks, every result going to its own task', async () => {
  const pool = new AnalysisPool(2, { perWorker: 1 });
  try {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(i, raw(i), '2025-06-02')));
    for (const [i, r] of results.entries()) {
      assert.ok(r.ok);
      assert.equal(r.item.article.id, `pool-${i}`);
      assert.equal(r.item.bands.length, 20);
    }
    assert.ok(pool.times.pipeline > 0);
  } finally {
    await pool.close();
  }
});

test('an article too big for a worker\'s memory bound is analysed on the calling thread, and the others still in workers', async () => {
  // A bound the small articles fit in and a long one (about 2 MB of text) does not.
  const pool = new AnalysisPool(1, { perWorker: 1, oldGenerationMb: 48 });
  try {
    const sentence = 'The harbour board of Bergen said on Monday it would buy new ferries for the western fjords. ';
    const big: RawArticle = { ...raw(99), id: 'pool-big', text: sentence.repeat(24_000) };
    const results = await Promise.all([pool.run(0, raw(0), '2025-06-02'), pool.run(1, big, '2025-06-02'), pool.run(2, raw(2), '2025-06-02')]);
    assert.deepEqual(results.map((r) => (r.ok ? r.item.article.id : r.code)), ['pool-0', 'pool-big', 'pool-2']);
  } finally {
    await pool.close();
  }
});
