// Tests for the sentence splitter on short news-style paragraphs of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../core/document.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

function sentences(text: string, paragraphs: readonly Span[] = []): string[] {
  return splitSentences(text, tokenize(text), paragraphs).map((s) => text.slice(s.start, s.end));
}

test('titles, dates, initials and numbers do not end sentences', () => {
  assert.deepStrictEqual(
    sentences('Gen. Marta Ruiz arrived on Nov. 17 with U.S. Attorney Joe Park. J. R. Lane, No. 3 on the list, stayed until Oct. 16, 2020.'),
    ['Gen. Marta Ruiz arrived on Nov. 17 with U.S. Attorney Joe Park.', 'J. R. Lane, No. 3 on the list, stayed until Oct. 16, 2020.'],
  );
});

test('an abbreviation before a sentence opener ends the sentence', () => {
  assert.deepStrictEqual(sentences('The firm moved to the U.S. The next day it filed. Talks began at 10 a.m. He left at noon.'), [
    'The firm moved to the U.S.',
    'The next day it filed.',
    'Talks began at 10 a.m.',
    'He left at noon.',
  ]);
  assert.deepStrictEqual(sentences('The lease runs out in Sept. The owner, Bolt Inc. Chief Executive Ann Cole, said so.'), [
    'The lease runs out in Sept.',
    'The owner, Bolt Inc. Chief Executive Ann Cole, said so.',
  ]);
});

test('a sentence ends after the closing quote, not before it', () => {
  assert.deepStrictEqual(sentences('“We cannot do both,” Ortega said. “Next year, maybe.” Nobody replied. She asked: "Why now?" he recalled.'), [
    '“We cannot do both,” Ortega said.',
    '“Next year, maybe.”',
    'Nobody replied.',
    'She asked: "Why now?" he recalled.',
  ]);
});

test('a quoted question followed by its speaker stays one sentence', () => {
  assert.deepStrictEqual(sentences('"Why now?" Ana Ruiz asked. "Is it over?" Ruiz said the court would rule soon.'), [
    '"Why now?" Ana Ruiz asked.',
    '"Is it over?"',
    'Ruiz said the court would rule soon.',
  ]);
});

test('reference marks and list numbers stay with their sentence', () => {
  assert.deepStrictEqual(sentences('The law passed in 1990. [3] [4] It was repealed. Two goals: 1. Lower prices. 2. More jobs.'), [
    'The law passed in 1990. [3] [4]',
    'It was repealed.',
    'Two goals: 1. Lower prices.',
    '2. More jobs.',
  ]);
});

test('question marks, exclamation marks and ellipses', () => {
  assert.deepStrictEqual(sentences('Is it over? Yes! The vote... was close. Wait... Then it passed.'), [
    'Is it over?',
    'Yes!',
    'The vote... was close.',
    'Wait...',
    'Then it passed.',
  ]);
});

test('paragraph ends always end a sentence', () => {
  const text = 'Storm hits coast\n\nThe storm struck at dawn. Roads closed';
  const paragraphs = [
    { start: 0, end: 16 },
    { start: 18, end: text.length },
  ];
  const expected = ['Storm hits coast', 'The storm struck at dawn.', 'Roads closed'];
  assert.deepStrictEqual(sentences(text, paragraphs), expected);
  // Without paragraph spans a blank line still ends the sentence.
  assert.deepStrictEqual(sentences(text), expected);
});

test('text without tokens has no sentences', () => {
  assert.deepStrictEqual(splitSentences('', [], []), []);
});

test('sentences tile the tokens in order for any mix of tricky characters', () => {
  const alphabet = [...'aZ9 .!?"”’)(-', '\n\n', 'U.S. ', 'Gen. ', '... ', '[6] ', 'Inc. ', 'The ', 'no. '];
  let seed = 777;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let round = 0; round < 1000; round++) {
    let text = '';
    const len = next() % 40;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
    const tokens = tokenize(text);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    const found = splitSentences(text, tokens);
    let prevEnd = -1;
    for (const s of found) {
      assert.ok(starts.has(s.start) && ends.has(s.end) && s.start >= prevEnd && s.end > s.start, JSON.stringify(text));
      prevEnd = s.end;
    }
    assert.equal(found[0]?.start, tokens[0]?.start);
    assert.equal(found[found.length - 1]?.end, tokens[tokens.length - 1]?.end);
  }
});
