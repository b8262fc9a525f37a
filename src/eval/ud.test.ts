// Tests for the UD scorer: word-by-word accuracy and attachment scores, and a clear error on mismatched tokenisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from '../syntax/conllu.js';
import { scoreUd } from './ud.js';

const GOLD = ['1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_', '2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_', '3\ttoday\ttoday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_', ''].join('\n');
const SYS = ['1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_', '2\tresumed\tresumed\tVERB\tVBN\t_\t0\troot\t_\t_', '3\ttoday\ttoday\tADV\tRB\t_\t2\tobl\t_\t_', ''].join('\n');

test('scores compare each column word by word; LAS ignores relation subtypes', () => {
  const s = scoreUd(readConllu(GOLD), readConllu(SYS));
  assert.deepStrictEqual(s, { words: 3, sentences: 1, upos: 2 / 3, xpos: 1 / 3, lemma: 2 / 3, uas: 1, las: 1, lasFull: 2 / 3 });
});

test('a system file with other tokenisation is refused', () => {
  assert.throws(() => scoreUd(readConllu(GOLD), readConllu(SYS.split('\n').slice(0, 2).join('\n'))), /expected 3 words/);
});
