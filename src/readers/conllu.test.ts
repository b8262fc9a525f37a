// Tests for the CoNLL-U parser and reader, on invented sentences and (when present) on the UD dev files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { RawArticle } from '../core/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { conlluReader, parseConllu } from './conllu.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';

const row = (...f: string[]): string => f.join('\t');
const CONLLU = [
  '# newdoc id = harbour-1',
  '# newpar',
  '# sent_id = 1',
  '# text = The port didn\'t open.',
  row('1', 'The', 'the', 'DET', 'DT', '_', '2', 'det', '_', '_'),
  row('2', 'port', 'port', 'NOUN', 'NN', '_', '4', 'nsubj', '_', '_'),
  row('3-4', 'didn\'t', '_', '_', '_', '_', '_', '_', '_', '_'),
  row('3', 'did', 'do', 'AUX', 'VBD', '_', '5', 'aux', '_', '_'),
  row('4', 'n\'t', 'not', 'PART', 'RB', '_', '5', 'advmod', '_', '_'),
  row('5', 'open', 'open', 'VERB', 'VB', '_', '0', 'root', '_', 'SpaceAfter=No'),
  row('5.1', 'open', 'open', 'VERB', 'VB', '_', '_', '5:conj', '_', '_'),
  row('6', '.', '.', 'PUNCT', '.', '_', '5', 'punct', '_', '_'),
  '',
  '# sent_id = 2',
  row('1', 'Ships', 'ship', 'NOUN', 'NNS', '_', '2', 'nsubj', '_', '_'),
  row('2', 'waited', 'wait', 'VERB', 'VBD', '_', '0', 'root', '_', 'SpaceAfter=No'),
  row('3', '.', '.', 'PUNCT', '.', '_', '2', 'punct', '_', '_'),
  '',
  '# newdoc id = harbour-2',
  '# sent_id = 3',
  row('1', 'Gulls', 'gull', 'NOUN', 'NNS', '_', '2', 'nsubj', '_', '_'),
  row('2', 'circled', 'circle', 'VERB', 'VBD', '_', '0', 'root', '_', '_'),
  '',
].join('\n');

function readAll(text: string): RawArticle[] {
  return [...conlluReader.read({ path: 'ud/harbour.conllu', bytes: new TextEncoder().encode(text) }, { ...DEFAULT_READ_OPTIONS, date: '2024-01-01' })].map((r) => {
    assert.ok(r.ok, r.ok ? '' : r.error.describe());
    return r.article;
  });
}

test('parseConllu keeps all ten fields, multiword tokens and empty nodes apart, and the comments', () => {
  const sentences = parseConllu(CONLLU);
  assert.equal(sentences.length, 3);
  const [s1] = sentences;
  assert.ok(s1);
  assert.equal(s1.newdoc, 'harbour-1');
  assert.equal(s1.newpar, true);
  assert.equal(s1.sentId, '1');
  assert.equal(s1.text, "The port didn't open.");
  assert.deepEqual(s1.words.map((w) => [w.id, w.form, w.head, w.deprel]), [
    [1, 'The', 2, 'det'], [2, 'port', 4, 'nsubj'], [3, 'did', 5, 'aux'], [4, "n't", 5, 'advmod'], [5, 'open', 0, 'root'], [6, '.', 5, 'punct'],
  ]);
  assert.deepEqual(s1.multiwords.map((m) => [m.first, m.last, m.form, m.line]), [[3, 4, "didn't", 7]]);
  assert.equal(s1.emptyNodes.length, 1);
  assert.equal(s1.words[0]?.fields.length, 10);
  assert.equal(s1.words[0]?.line, 5);
});

test('a malformed line is a PARSE_ERROR naming the line', () => {
  assert.throws(() => parseConllu('1\tonly\tthree\n', 'bad.conllu'), (e: unknown) => {
    const err = e as { code: string; location: { line: number; file: string } };
    return err.code === 'PARSE_ERROR' && err.location.line === 1 && err.location.file === 'bad.conllu';
  });
  const [r] = [...conlluReader.read({ path: 'bad.conllu', bytes: new TextEncoder().encode(`${row('1', 'a', '_', '_', '_', '_', '_', '_', '_', '_')}\nbroken line\n`) }, DEFAULT_READ_OPTIONS)];
  assert.ok(r && !r.ok && r.error.code === 'PARSE_ERROR' && r.error.location.line === 2);
});

test('one article per # newdoc: text honours SpaceAfter=No, words of a multiword token get their slices', () => {
  const [a, b] = readAll(CONLLU);
  assert.ok(a && b);
  assert.equal(a.id, 'harbour-1');
  assert.equal(a.date, '2024-01-01');
  assert.equal(a.text, "The port didn't open.\nShips waited.");
  assert.deepEqual((a.tokens ?? []).map((t) => a.text.slice(t.start, t.end)), ['The', 'port', 'did', "n't", 'open', '.', 'Ships', 'waited', '.']);
  assert.deepEqual(a.sentences, [{ start: 0, end: 21 }, { start: 22, end: 35 }]);
  assert.deepEqual(a.paragraphs, [{ start: 0, end: 35, role: 'body' }]);
  assert.equal(a.columns?.length, 9);
  assert.deepEqual(a.columns?.[2], ['3', 'did', 'do', 'AUX', 'VBD', '_', '5', 'aux', '_', '_']);
  assert.equal(b.id, 'harbour-2');
  assert.equal(b.text, 'Gulls circled');
});

test('UD English dev files: every word maps to its form in the text', { skip: needShared('data/ud/en_ewt-dev.conllu', 'data/ud/en_gum-dev.conllu') }, () => {
  for (const name of ['data/ud/en_ewt-dev.conllu', 'data/ud/en_gum-dev.conllu']) {
    const file = sharedPath(name);
    const gold = parseConllu(readFileSync(file, 'utf8'));
    let words = 0;
    let mismatched = 0;
    for (const r of conlluReader.read({ path: file, bytes: readFileSync(file) }, DEFAULT_READ_OPTIONS)) {
      assert.ok(r.ok);
      const a = r.article;
      assert.equal(a.tokens?.length, a.columns?.length);
      (a.tokens ?? []).forEach((t, i) => {
        words++;
        if (a.text.slice(t.start, t.end) !== a.columns?.[i]?.[1]) mismatched++;
      });
    }
    assert.equal(words, gold.reduce((n, s) => n + s.words.length, 0));
    assert.equal(mismatched, 0);
  }
});
