// Tests of the shipped recogniser on sentences we wrote.
import assert from 'node:assert/strict';
import test from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { readFileSync } from 'node:fs';
import { parseConll2003 } from './conll2003.js';
import { scoreDocuments } from './ner-score.js';
import { prf } from './spans.js';
import { loadShippedNer } from './stage.js';

test('the shipped model loads and tags a sentence of ours', () => {
  const { model } = loadShippedNer();
  const tags = model.tag([['Prime', 'Minister', 'Helga', 'Varnsdottir', 'flew', 'from', 'Berlin', 'to', 'Tokyo', 'on', 'Monday', '.']]);
  assert.deepEqual(tags[0], ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O', 'O']);
});

test('a later surname takes the type the full name got earlier in the document', () => {
  const { model } = loadShippedNer();
  const tags = model.tag([
    ['Ambassador', 'Kofi', 'Mensadottir', 'arrived', 'in', 'Accra', '.'],
    ['Mensadottir', 'declined', 'to', 'comment', '.'],
  ]);
  assert.equal(tags[1]?.[0], 'B-PER');
});

// The floor sits just below the measured dev F1 of the shipped model, so that a regression fails.
test('dev F1 floor on CoNLL-2003 dev', { skip: needShared('data/ner/conll2003-dev.txt') }, () => {
  const file = sharedPath('data/ner/conll2003-dev.txt');
  const docs = parseConll2003(readFileSync(file, 'utf8'), file);
  const { model } = loadShippedNer();
  const f1 = prf(scoreDocuments(docs, (s) => model.tag(s)).overall).f1;
  assert.ok(f1 >= 91.0, `dev F1 ${f1.toFixed(2)} fell below the floor`);
});
