// Tests of the capitalised-apposition training copies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tinyTreebank } from './testing-treebank.js';
import { titleCaseAppositions } from './title-case.js';

// Tag ids of the copies (NNPS and PROPN outside the tiny sets, to see them written).
const IDS = { NNP: 6, NNPS: 7, PROPN: 5 };

test('an apposition with a determiner under a name gets a capitalised copy with its tree unchanged', () => {
  const { train, tags } = tinyTreebank([
    // "Lena Ortiz , the trade envoy , resigned ."
    'Lena Ortiz , the trade envoy , resigned .|7 1 6 6 6 1 6 0 7|nsubj flat punct det compound appos punct root punct|NNP NNP . DT NN NN . VBD .|PROPN PROPN PUNCT DET NOUN NOUN PUNCT VERB PUNCT',
    // No apposition: no copy.
    'Officials resigned .|2 0 2|nsubj root punct|NNS VBD .|NOUN VERB PUNCT',
  ]);
  const out = titleCaseAppositions(train, tags, IDS);
  assert.equal(out.sentences.length, 1);
  const copy = out.sentences[0]!;
  assert.deepEqual(copy.words.map((w) => w.form), ['Lena', 'Ortiz', ',', 'the', 'Trade', 'Envoy', ',', 'resigned', '.']);
  assert.deepEqual(copy.words.map((w) => w.head), train[0]!.words.map((w) => w.head));
  assert.deepEqual(copy.words.map((w) => w.deprel), train[0]!.words.map((w) => w.deprel));
  assert.equal(copy.words[5]!.xpos, 'NNP');
  assert.equal(copy.words[5]!.upos, 'PROPN');
  assert.deepEqual(Array.from(out.tags[0]!.xpos), [6, 6, 4, 2, 6, 6, 4, 1, 4]);
  assert.equal(out.tags[0]!.upos[4], 5);
  // The original is left as it was.
  assert.equal(train[0]!.words[5]!.form, 'envoy');
});

test('no copy without a determiner, under a common noun, or for a title already capitalised', () => {
  const { train, tags } = tinyTreebank([
    // "Lena Ortiz , envoy , resigned ." (no determiner)
    'Lena Ortiz , envoy , resigned .|6 1 4 1 4 0 6|nsubj flat punct appos punct root punct|NNP NNP . NN . VBD .|PROPN PROPN PUNCT NOUN PUNCT VERB PUNCT',
    // "The envoy , the trade official , resigned ." (head not a name)
    'The envoy , the trade official , resigned .|2 8 6 6 6 2 6 0 8|det nsubj punct det compound appos punct root punct|DT NN . DT NN NN . VBD .|DET NOUN PUNCT DET NOUN NOUN PUNCT VERB PUNCT',
  ]);
  assert.equal(titleCaseAppositions(train, tags, IDS).sentences.length, 0);
});
