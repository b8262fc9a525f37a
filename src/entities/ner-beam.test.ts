// Tests of the recogniser's beam decoder against greedy decoding.
import assert from 'node:assert/strict';
import test from 'node:test';
import { BeamSearch } from './ner-beam.js';
import { NER_LABELS, allowedAfter, allowedAtEnd, labelId } from './ner-features.js';

const C = NER_LABELS.length;

// Scores of our own making for three tokens, by (token, previous label): every label not named scores 0.
function scorer(table: Record<string, Record<string, number>>) {
  return (i: number, prev1: number, _prev2: number, scores: Float64Array): void => {
    scores.fill(0, 0, C);
    const row = table[`${i}:${NER_LABELS[prev1] ?? 'O'}`] ?? table[`${i}`] ?? {};
    for (const [tag, v] of Object.entries(row)) scores[labelId(tag)] = v;
  };
}

test('a beam of width one is the greedy tagger (highest allowed score, ties to the lower label)', () => {
  const scoreAt = scorer({ '0': { 'U-PER': 5, O: 5 }, '1': { 'B-ORG': 3 }, '2:B-ORG': { 'L-ORG': 1 } });
  const labels = new Int32Array(3);
  new BeamSearch(1).decode(3, 1, scoreAt, labels);
  // Token 0: O (id 0) wins the tie; token 1: B-ORG; token 2 must close the ORG.
  assert.deepEqual(Array.from(labels, (l) => NER_LABELS[l]), ['O', 'B-ORG', 'L-ORG']);
});

test('a wider beam keeps a path that greedy tagging drops when a later token decides', () => {
  // Token 0 slightly prefers U-LOC, but after it token 1 is unsure of everything, while after O it is sure of O.
  const scoreAt = scorer({
    '0': { 'U-LOC': 2.2, O: 2 },
    '1:O': { O: 10 },
    '1': {},
  });
  const greedy = new Int32Array(2);
  new BeamSearch(1).decode(2, 1, scoreAt, greedy);
  assert.deepEqual(Array.from(greedy, (l) => NER_LABELS[l]), ['U-LOC', 'O']);
  const beam = new Int32Array(2);
  new BeamSearch(4).decode(2, 1, scoreAt, beam);
  assert.deepEqual(Array.from(beam, (l) => NER_LABELS[l]), ['O', 'O']);
});

test('every path the beam returns obeys BILOU', () => {
  // Random scores (a fixed sequence) over ten tokens.
  let x = 12345;
  const scoreAt = (_i: number, _p1: number, _p2: number, scores: Float64Array): void => {
    for (let c = 0; c < C; c++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      scores[c] = (x % 1000) / 100;
    }
  };
  for (const width of [1, 2, 4, 8]) {
    const labels = new Int32Array(10);
    new BeamSearch(width).decode(10, 0.5, scoreAt, labels);
    for (let i = 1; i < 10; i++) assert.ok(allowedAfter(labels[i - 1] as number, labels[i] as number), `width ${width} token ${i}`);
    assert.ok(allowedAtEnd(labels[9] as number));
    assert.ok(allowedAfter(0, labels[0] as number));
  }
});
