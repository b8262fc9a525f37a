// Tense guesses from the words around an expression.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessTense } from './tense.js';
import { scanWords, WordTrie } from './words.js';

function tenseOf(sentence: string, target: string): string {
  const words = scanWords(sentence, new WordTrie([]));
  const start = sentence.indexOf(target);
  let first = -1;
  for (let i = 0; i < words.count; i++) if (words.start[i] === start) first = i;
  assert.ok(first >= 0, `"${target}" is a token of "${sentence}"`);
  return guessTense(words, first, first);
}

test('nearest marker wins, looking back first', () => {
  assert.equal(tenseOf('The envoy will arrive Monday, officials said.', 'Monday'), 'future');
  assert.equal(tenseOf('Officials said Monday that the envoy will arrive.', 'Monday'), 'past');
  assert.equal(tenseOf('The ship sank Monday.', 'Monday'), 'past');
  assert.equal(tenseOf('Workers walked out Monday.', 'Monday'), 'past');
});

test('present tense, deadlines and plans', () => {
  assert.equal(tenseOf('The dividend is payable Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('The meeting is on Monday.', 'Monday'), 'unknown');
  assert.equal(tenseOf('The board is planning a vote on Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('Trading is to resume Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('The bonus would be paid on Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('Talks could resume as soon as Monday.', 'Monday'), 'future');
  assert.equal(tenseOf('The offer had been scheduled to expire Monday.', 'Monday'), 'past');
});
