// The times stage inside a pipeline: its declared layers, the reference date from the article, xpos-sharpened tense.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline, type Stage } from '../core/index.js';
import { createTimesStage } from './stage.js';

// Stands in for the segmentation stage: the times stage only needs the layer to exist.
const sentences: Stage = {
  name: 'sentences',
  requires: [],
  provides: ['sentences', 'tokens'],
  run: (article) => ({ sentences: [{ start: 0, end: article.text.length }] }),
};

test('the stage declares its layers and fails without sentences before it', () => {
  const stage = createTimesStage();
  assert.equal(stage.name, 'times');
  assert.deepStrictEqual(stage.provides, ['times']);
  assert.throws(() => createPipeline([stage]), /requires the "sentences" layer/);
});

test('the article date is the reference date; without one, relative expressions stay unresolved', () => {
  const pipeline = createPipeline([sentences, createTimesStage()]);
  const text = 'The port reopened on Monday after six days.';
  const dated = pipeline.run({ id: 'a', date: '2021-06-10', title: null, text, source: { format: 'text' } });
  assert.deepStrictEqual(dated.times.map((t) => [t.id, t.text, t.value, t.resolution]), [
    ['T1', 'Monday', '2021-06-07', 'exact'],
    ['T2', 'six days', 'P6D', 'exact'],
  ]);
  const undated = pipeline.run({ id: 'b', date: null, title: null, text, source: { format: 'text' } });
  assert.deepStrictEqual(undated.times.map((t) => [t.value, t.resolution]), [['XXXX-WXX-1', 'unresolved'], ['P6D', 'exact']]);
  const fallback = pipeline.run({ id: 'c', date: null, title: null, text, source: { format: 'text' } }, { referenceDate: '2021-06-10' });
  assert.equal(fallback.times[0]?.value, '2021-06-07');
});

test('a VBD tag from a part-of-speech tagger marks a past verb the word lists do not know', () => {
  const text = 'Rebels overran the town Sunday and will hold it.';
  const tagged: Stage = {
    name: 'sentences',
    requires: [],
    provides: ['sentences', 'tokens'],
    run: () => ({
      sentences: [{ start: 0, end: text.length }],
      tokens: [{ start: 7, end: 14, xpos: 'VBD' }],
    }),
  };
  const plain = createPipeline([sentences, createTimesStage()]).run({ id: 'x', date: '2021-06-10', title: null, text, source: { format: 'text' } });
  const withTags = createPipeline([tagged, createTimesStage()]).run({ id: 'x', date: '2021-06-10', title: null, text, source: { format: 'text' } });
  assert.equal(withTags.times[0]?.value, '2021-06-06');
  // Without the tag the nearest marker is the later "will", which reads the Sunday as the coming one.
  assert.equal(plain.times[0]?.value, '2021-06-13');
});
