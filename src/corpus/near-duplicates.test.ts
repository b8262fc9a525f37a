// Near-duplicate recall on BBC News: every pair at Jaccard >= 0.8 over 5-word shingles (brute force) must be linked by the store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createArticle } from '../core/index.js';
import { readInputs } from '../io/inputs.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { bodyText } from './hash.js';
import { ingestItem } from './item.js';
import { jaccard, shingleHashes } from './minhash.js';

const BBC = 'data/corpora/bbc-news/bbc';

test('BBC News: LSH finds >= 95% of the brute-force near-duplicate pairs (Jaccard >= 0.8)', { skip: needShared(BBC) }, async () => {
  const store = SqliteStore.open(':memory:');
  const shingles: Uint32Array[] = [];
  const ids: string[] = [];
  const items = [];
  const folders = ['business', 'entertainment', 'politics', 'sport', 'tech'].map((c) => sharedPath(`${BBC}/${c}`));
  for await (const { file, result } of readInputs(folders, { date: null, maxArticleBytes: 5e6 })) {
    if (!result.ok) continue;
    // Categories reuse file names (business/001.txt, sport/001.txt): the path makes the id unique.
    const article = createArticle({ ...result.article, id: file ?? result.article.id });
    ids.push(article.id);
    shingles.push(shingleHashes(bodyText(article)));
    items.push(ingestItem(article));
  }
  assert.equal(ids.length, 2225);
  const outcomes = await store.addArticles(items);
  await store.close();
  const root = new Map<string, string>();
  const rowToId = new Map<number, string>();
  outcomes.forEach((o, i) => {
    if (o.status === 'stored') rowToId.set(o.articleId, ids[i] as string);
  });
  outcomes.forEach((o, i) => {
    if (o.status === 'stored') root.set(ids[i] as string, o.duplicateOf === null ? (ids[i] as string) : (rowToId.get(o.duplicateOf) as string));
  });
  let pairs = 0;
  let found = 0;
  for (let i = 0; i < shingles.length; i++) {
    const a = shingles[i] as Uint32Array;
    for (let j = i + 1; j < shingles.length; j++) {
      const b = shingles[j] as Uint32Array;
      // Jaccard >= 0.8 needs the smaller set to be at least 0.8 of the larger.
      if (Math.min(a.length, b.length) < 0.8 * Math.max(a.length, b.length)) continue;
      if (jaccard(a, b) < 0.8) continue;
      pairs++;
      if (root.get(ids[i] as string) === root.get(ids[j] as string)) found++;
    }
  }
  const recall = pairs ? found / pairs : 1;
  console.log(`BBC near-duplicate pairs at J >= 0.8: ${pairs}, linked by the store: ${found} (recall ${(recall * 100).toFixed(1)}%)`);
  assert.ok(pairs > 0, 'BBC News holds near-duplicate pairs');
  assert.ok(recall >= 0.95, `recall ${recall}`);
});
