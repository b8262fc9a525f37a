// Tests of the structure stage: paragraphs, captions and datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseStructure, findDateline, findParagraphs, isByline, isCaption } from './structure.js';

function roles(text: string, title: string | null = null) {
  const { paragraphs, dateline } = analyseStructure({ text, paragraphs: [], dateline: null, title });
  return { roles: paragraphs.map((p) => [p.role, text.slice(p.start, p.end).slice(0, 12)]), place: dateline?.place ?? null };
}

test('paragraphs split at blank lines, trimmed, offsets exact', () => {
  const text = '  First one.\n\n\nSecond\nline.\n \nThird.  ';
  const spans = findParagraphs(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['First one.', 'Second\nline.', 'Third.']);
});

test('a text without blank lines gets a paragraph per line', () => {
  const text = 'One line.\nAnother line.\n';
  assert.deepEqual(findParagraphs(text).map((s) => text.slice(s.start, s.end)), ['One line.', 'Another line.']);
});

test('a wire story: caption, byline, dateline and body', () => {
  const text = [
    'FILE - In this March 2, 2021, photo, a ferry leaves the harbor in Portland, Maine. (Jane Roe via AP, File)',
    'By Tom Example, Associated Press',
    'PORTLAND, Maine (AP) — The ferry line said Monday it would add two boats.',
    'Officials said the plan was approved.',
  ].join('\n\n');
  const out = roles(text);
  assert.deepEqual(out.roles.map((r) => r[0]), ['caption', 'byline', 'body', 'body']);
  assert.equal(out.place, 'PORTLAND');
});

test('datelines in the forms wires use', () => {
  const cases: Array<[string, string | null]> = [
    ['NEW YORK -- Prosecutors filed papers.', 'NEW YORK'],
    ['WASHINGTON (Reuters) - The agency said.', 'WASHINGTON'],
    ['LONDON, March 3 - Shares rose.', 'LONDON'],
    ['ST. LOUIS — A storm hit.', 'ST. LOUIS'],
    ['A storm hit - and then passed.', null],
    ['The U.S. - Mexico border was closed.', null],
  ];
  for (const [text, place] of cases) {
    assert.equal(findDateline(text, { start: 0, end: text.length })?.place ?? null, place, text);
  }
});

test('a dateline on a line of its own is a dateline paragraph', () => {
  const out = roles('CAIRO --\n\nThe minister arrived on Sunday.');
  assert.deepEqual(out.roles.map((r) => r[0]), ['dateline', 'body']);
  assert.equal(out.place, 'CAIRO');
});

test('captions and bylines are recognised, body text is not', () => {
  assert.equal(isCaption('A crowd gathers outside the court. (AP Photo/John Roe)'), true);
  assert.equal(isCaption('The court met on Monday to hear the appeal.'), false);
  assert.equal(isByline('By Jane Doe'), true);
  assert.equal(isByline('By the time the ship docked, it was dark.'), false);
});

test('roles only apply before the body starts', () => {
  const out = roles('BERLIN -- Talks began.\n\nBy Jane Doe');
  assert.deepEqual(out.roles.map((r) => r[0]), ['body', 'body']);
});

test('a first paragraph equal to the title is the title', () => {
  const out = roles('Ferry line adds boats\n\nThe ferry line said Monday it would add two boats.', 'Ferry line adds boats');
  assert.deepEqual(out.roles.map((r) => r[0]), ['title', 'body']);
});
