// Tests of span encodings (IOB2, BILOU) and conlleval-style scoring.
import assert from 'node:assert/strict';
import test from 'node:test';
import { EntityScorer, bilouFromSpans, iobFromSpans, prf, spansFromBilou, spansFromIob } from './spans.js';

test('IOB2 and BILOU round-trip through spans', () => {
  const iob = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'];
  const spans = spansFromIob(iob);
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
  assert.deepEqual(bilouFromSpans(spans, 6), ['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'U-ORG']);
  assert.deepEqual(spansFromBilou(bilouFromSpans(spans, 6)), spans);
  assert.deepEqual(iobFromSpans(spans, 6), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
});

test('scoring follows conlleval: exact span and type', () => {
  const s = new EntityScorer();
  s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
  assert.deepEqual(s.overall, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(prf(s.overall), { precision: 50, recall: 50, f1: 50 });
  assert.deepEqual(s.byType.get('PER'), { tp: 0, fp: 1, fn: 1 });
});
