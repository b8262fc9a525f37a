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
