// Tests of the CoNLL-2003 reader on lines we wrote.
import assert from 'node:assert/strict';
import test from 'node:test';
import { DatelineError } from '../core/errors.js';
import { parseConll2003, toIob2 } from './conll2003.js';

test('documents and sentences are read, IOB1 tags become IOB2', () => {
  const text = '-DOCSTART- -X- -X- O\n\nKestrel NNP B-NP I-ORG\nAirways NNP I-NP I-ORG\nflew VBD B-VP O\n\nOslo NNP B-NP I-LOC\n';
  const docs = parseConll2003(text);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0]?.sentences.map((s) => [s.words, s.tags]), [
    [['Kestrel', 'Airways', 'flew'], ['B-ORG', 'I-ORG', 'O']],
    [['Oslo'], ['B-LOC']],
  ]);
  assert.deepEqual(toIob2(['I-PER', 'I-LOC', 'O', 'I-LOC']), ['B-PER', 'B-LOC', 'O', 'B-LOC']);
});

test('a line without a tag names its line', () => {
  assert.throws(
    () => parseConll2003('Oslo NNP B-NP B-LOC\nnonsense\n', 'x.conll'),
    (e: unknown) => e instanceof DatelineError && e.location.line === 2 && e.location.file === 'x.conll',
  );
});
