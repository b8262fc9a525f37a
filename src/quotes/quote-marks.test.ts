// Tests of quotation-mark pairing: straight and curly marks, doubled apostrophes, single marks, quotes left open at a paragraph's end.
import assert from 'node:assert/strict';
import test from 'node:test';
import { findQuotedSpans } from './quote-marks.js';

function spans(text: string): Array<[string, boolean, boolean]> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: from, end: from + part.length });
    from += part.length + 2;
  }
  return findQuotedSpans(text, paragraphs).map((q) => [text.slice(q.start, q.end), q.closed, q.continued]);
}

test('straight and curly double marks pair up', () => {
  assert.deepEqual(spans('He said "yes" and \u201cno\u201d.'), [['"yes"', true, false], ['\u201cno\u201d', true, false]]);
});

test('doubled apostrophes stand for double marks', () => {
  assert.deepEqual(spans("''It is done,'' she said."), [["''It is done,''", true, false]]);
});

test('single marks quote at word edges; apostrophes do not', () => {
  assert.deepEqual(spans("Ruiz: It's \u2018a Fair Deal\u2019 for the town's people"), [['\u2018a Fair Deal\u2019', true, false]]);
});

test('a quote left open at a paragraph end continues into the next paragraph', () => {
  assert.deepEqual(spans('"The first part.\n\n"The second part," she said.'), [
    ['"The first part.', false, false],
    ['"The second part,"', true, true],
  ]);
});

test('single marks inside double marks belong to the outer quote', () => {
  assert.deepEqual(spans('"She said \'go\' twice," he said.'), [['"She said \'go\' twice,"', true, false]]);
});

test('a quote reopened after a sentence end inside the same paragraph (a lost paragraph break) stays in phase', () => {
  assert.deepEqual(spans('He said: "We will act soon. "The plan is ready." He denied it was a "stunt".'), [
    ['"We will act soon. ', false, false],
    ['"The plan is ready."', true, false],
    ['"stunt"', true, false],
  ]);
});
