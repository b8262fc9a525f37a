// Tests for the CoNLL-2003 column reader, on invented lines and (when present) on the CoNLL-2003 dev file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { conllReader, parseConll } from './conll.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';

const CONLL = `-DOCSTART- -X- -X- O

Mayor NNP B-NP O
Lena NNP I-NP B-PER
Park NNP I-NP I-PER
resigns VBZ B-VP O

OSLO NNP B-NP B-LOC
1996-08-30 CD I-NP O

-DOCSTART- -X- -X- O

Rain NN B-NP O
fell VBD B-VP O
. . O O
`;

test('parseConll splits documents at -DOCSTART- and sentences at blank lines', () => {
  const docs = parseConll(CONLL);
  assert.deepEqual(docs.map((d) => [d.line, d.docstart, d.sentences.map((s) => s.length)]), [[1, true, [4, 2]], [11, true, [3]]]);
  assert.deepEqual(docs[0]?.sentences[0]?.[1], { fields: ['Lena', 'NNP', 'I-NP', 'B-PER'], line: 4 });
});

test('one article per document: tokens joined by spaces, one sentence a line, columns kept', () => {
  const results = [...conllReader.read({ path: 'ner/sample.txt', bytes: new TextEncoder().encode(CONLL) }, DEFAULT_READ_OPTIONS)];
  const [a, b] = results.map((r) => (r.ok ? r.article : null));
  assert.ok(a && b);
  assert.equal(a.id, 'sample#1');
  assert.equal(a.text, 'Mayor Lena Park resigns\nOSLO 1996-08-30');
  assert.deepEqual(a.sentences, [{ start: 0, end: 23 }, { start: 24, end: 39 }]);
  assert.deepEqual(a.tokens?.[2], { start: 11, end: 15 });
  assert.deepEqual(a.columns?.[4], ['OSLO', 'NNP', 'B-NP', 'B-LOC']);
  assert.equal(b.id, 'sample#2');
  assert.equal(b.text, 'Rain fell .');
});

test('a file without -DOCSTART- and with only the token column is one article', () => {
  const [r] = [...conllReader.read({ path: 'plain.conll', bytes: new TextEncoder().encode('Boats\nsail\n\nToday\n') }, DEFAULT_READ_OPTIONS)];
  assert.ok(r?.ok);
  assert.equal(r.article.id, 'plain');
  assert.equal(r.article.text, 'Boats sail\nToday');
});

test('CoNLL-2003 dev: 3,250 sentences, every token line kept', { skip: needShared('data/ner/conll2003-dev.txt') }, () => {
  const file = sharedPath('data/ner/conll2003-dev.txt');
  const bytes = readFileSync(file);
  const tokenLines = bytes.toString('utf8').split('\n').filter((l) => l.trim() && !l.startsWith('-DOCSTART-')).length;
  let sentences = 0;
  let tokens = 0;
  for (const r of conllReader.read({ path: file, bytes }, DEFAULT_READ_OPTIONS)) {
    assert.ok(r.ok);
    sentences += r.article.sentences?.length ?? 0;
    tokens += r.article.tokens?.length ?? 0;
    assert.equal(r.article.tokens?.length, r.article.columns?.length);
  }
  assert.equal(sentences, 3250);
  assert.equal(tokens, tokenLines);
});
