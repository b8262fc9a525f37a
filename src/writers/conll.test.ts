// Tests of the CoNLL-2003 writer.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createArticle, type Article } from '../core/index.js';
import { conllTags, renderConll } from './conll.js';

function article(): Article {
  const text = 'Mayor Ines Calder visited Oslo .\nShe left .';
  const words = text.split(/\s+/);
  let at = 0;
  const tokens = words.map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at };
  });
  const base = createArticle({ id: 'a', date: null, title: null, text, source: { format: 'conll' }, tokens, sentences: [{ start: 0, end: 32 }, { start: 33, end: 43 }] });
  return {
    ...base,
    entities: [
      { id: 'E1', type: 'PERSON', name: 'Ines Calder', titles: ['Mayor'], country: null, sector: 'GOV', mentions: [
        { start: 0, end: 5, text: 'Mayor', kind: 'title' },
        { start: 6, end: 17, text: 'Ines Calder', kind: 'name' },
        { start: 33, end: 36, text: 'She', kind: 'pronoun' },
      ] },
      { id: 'E2', type: 'GPE', name: 'Oslo', titles: [], country: 'NOR', sector: null, mentions: [{ start: 26, end: 30, text: 'Oslo', kind: 'name' }] },
    ],
  };
}

test('name mentions become IOB2 tags in CoNLL-2003 types; titles and pronouns stay O', () => {
  assert.deepEqual(conllTags(article()), ['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O', 'O']);
});

test('each token line gets the predicted tag, sentences end with a blank line, the document opens with -DOCSTART-', () => {
  const a = { ...article(), columns: [['Mayor', 'NNP'], ['Ines', 'NNP'], ['Calder', 'NNP'], ['visited', 'VBD'], ['Oslo', 'NNP'], ['.', '.'], ['She', 'PRP'], ['left', 'VBD'], ['.', '.']] };
  assert.equal(
    renderConll(a),
    '-DOCSTART- -X- -X- O\n\nMayor NNP O\nInes NNP B-PER\nCalder NNP I-PER\nvisited VBD O\nOslo NNP B-LOC\n. . O\n\nShe PRP O\nleft VBD O\n. . O\n\n',
  );
  assert.ok(renderConll(article()).includes('\nInes B-PER\n'));
});
