// Tests that the recogniser's fast decoder gives exactly the reference decoder's scores and labels.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { LinearModel } from '../learn/index.js';
import { FastNerDecoder } from './ner-fast.js';
import { prepareDocument, prepareWords, recordHistory, type History } from './ner-features.js';
import { NerDecoder } from './ner-model.js';
import { loadShippedNer } from './stage.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { readFileSync } from 'node:fs';
import { parseConll2003 } from './conll2003.js';

// A short document of our own: a headline in capitals, names that recur, places, hyphenated words, edges.
const DOCUMENT: string[][] = [
  ['FLOODS', 'HIT', 'NORTHERN', 'TOWNS', 'AFTER', 'STORM'],
  ['Mayor', 'Ilse', 'Brandvold', 'said', 'on', 'Tuesday', 'that', 'the', 'river', 'Lenne', 'rose', 'overnight', '.'],
  ['Brandvold', ',', 'who', 'visited', 'Oslo', 'and', 'New', 'York', 'last', 'year', ',', 'asked', 'the', 'Red', 'Cross', 'for', 'help', '.'],
  ['"', 'We', 'need', 'pumps', ',', '"', 'said', 'Jan-Erik', 'Aas', 'of', 'the', 'Norwegian', 'Water', 'Agency', '.'],
  ['Rain', '.'],
  ['Aas', 'and', 'Brandvold', 'met', 'U.S.', 'officials', 'in', 'Bergen', 'on', 'Wednesday', '.'],
];

test('the fast decoder gives the scores and labels of the reference decoder', () => {
  const { model } = loadShippedNer();
  const linear: LinearModel = model.model;
  const fast = new FastNerDecoder(linear, model.resources.clusters?.levels ?? 0);
  const slow = new NerDecoder();
  const prepared = prepareDocument(DOCUMENT, model.resources);
  const slowHist: History = new Map();
  const fastHist: History = new Map();
  let compared = 0;
  for (const s of prepared) {
    const expected: number[][] = [];
    const slowLabels = new Int32Array(s.n);
    slow.tagSentence(s, { score: (f, n, out) => (linear.score(f, n, out), expected.push(Array.from(out))) }, slowHist, slowLabels);
    const fastLabels = new Int32Array(s.n);
    fast.tagSentence(s, fastHist, fastLabels, (i, scores, allowed, count) => {
      for (let q = 0; q < count; q++) {
        const c = allowed[q] as number;
        assert.equal(scores[c], expected[i]?.[c], `token ${i} label ${c}`);
        compared++;
      }
    });
    recordHistory(fastHist, s, fastLabels);
    assert.deepEqual(Array.from(fastLabels), Array.from(slowLabels));
  }
  assert.ok(compared > 100);
});

test('NerModel.runFast labels a document as runPass does, and spans find its names', () => {
  const { model } = loadShippedNer();
  const fast = model.runFast(prepareWords(DOCUMENT, model.resources)).map((l) => Array.from(l));
  const reference = model.runPass(prepareDocument(DOCUMENT, model.resources), model.model).map((l) => Array.from(l));
  assert.deepEqual(fast, reference);
  const spans = model.spans(DOCUMENT);
  const names = spans.flatMap((list, si) => list.map((sp) => `${sp.type}:${(DOCUMENT[si] ?? []).slice(sp.start, sp.end).join(' ')}`));
  assert.ok(names.includes('PER:Jan-Erik Aas'), names.join(', '));
  assert.ok(names.includes('LOC:Oslo'), names.join(', '));
});

test('with a beam, the fast decoder labels CoNLL dev exactly as the reference decoder does', { skip: needShared('data/ner/conll2003-dev.txt') }, () => {
  const file = sharedPath('data/ner/conll2003-dev.txt');
  const docs = parseConll2003(readFileSync(file, 'utf8'), file).slice(0, 60);
  const { model } = loadShippedNer();
  const saved = model.beam;
  try {
    for (const temperature of [10, 30]) {
      model.beam = { width: 4, temperature };
      let tokens = 0;
      for (const d of docs) {
        const words = d.sentences.map((s) => s.words);
        const fast = model.runFast(prepareWords(words, model.resources)).map((l) => Array.from(l));
        const reference = model.runPass(prepareDocument(words, model.resources), model.model).map((l) => Array.from(l));
        assert.deepEqual(fast, reference);
        tokens += fast.reduce((n, l) => n + l.length, 0);
      }
      assert.ok(tokens > 5000);
    }
  } finally {
    model.beam = saved;
  }
});
