// Tests of the pipeline: stage order, merged layers, and requirements checked at construction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, type Stage } from './index.js';

const raw = { id: 'a', date: '2021-03-04', title: null, text: 'Hello world.', source: { format: 'text' } };

test('a pipeline runs its stages in order and merges their layers', () => {
  const sentences: Stage = {
    name: 'sentences',
    requires: [],
    provides: ['sentences'],
    run: (a) => ({ sentences: [{ start: 0, end: a.text.length }] }),
  };
  const counter: Stage = {
    name: 'counter',
    requires: ['sentences'],
    provides: [],
    run: (a, ctx) => ({ messages: [{ severity: 'info', stage: 'counter', message: `${a.sentences.length} on ${ctx.referenceDate}` }] }),
  };
  const out = createPipeline([sentences, counter]).run(raw);
  assert.deepEqual(out.sentences, [{ start: 0, end: 12 }]);
  assert.deepEqual(out.messages, [{ severity: 'info', stage: 'counter', message: '1 on 2021-03-04' }]);
  assert.deepEqual(out.entities, []);
});

test('construction fails when a stage needs a layer nothing earlier provides', () => {
  const needy: Stage = { name: 'needy', requires: ['tokens'], provides: [], run: () => ({}) };
  assert.throws(() => createPipeline([needy]), /stage 0 \("needy"\) requires the "tokens" layer/);
});

test('an article from plain JavaScript may leave out title, date and source; a bad id, text or date is refused clearly', () => {
  const p = createPipeline([]);
  const loose = { id: 'b', text: 'Hello again.' } as unknown as typeof raw;
  const out = p.run(loose);
  assert.deepEqual([out.title, out.date, out.source], [null, null, { format: 'api' }]);
  assert.throws(() => p.run({ ...raw, text: undefined } as unknown as typeof raw), /article "a": expected `text` to be a string, found undefined/);
  assert.throws(() => p.run({ ...raw, id: 7 } as unknown as typeof raw), /article: expected `id` to be a string, found number/);
  assert.throws(() => p.run({ ...raw, date: '4 March 2021' }), /article "a": expected `date` as YYYY-MM-DD or null, found "4 March 2021"/);
});
