// Tests for the plain-text reader: date prefixes, headlines, ids and --date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../core/index.js';
import { headlineEnd, plainTextReader, splitDatePrefix } from './plain-text.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import type { ReadOptions } from './reader.js';

function readOne(text: string, path: string | null = 'news/harbour-strike.txt', options: ReadOptions = DEFAULT_READ_OPTIONS): RawArticle {
  const results = [...plainTextReader.read({ path, bytes: new TextEncoder().encode(text) }, options)];
  assert.equal(results.length, 1);
  const [r] = results;
  assert.ok(r?.ok, r && !r.ok ? r.error.describe() : 'no result');
  return r.article;
}

test('a date prefix on the same line as the story is removed and becomes the date', () => {
  const a = readOne(' date 2021-06-02 PORT ALDEN -- Dock workers walked out on Tuesday, the union said.\n');
  assert.deepEqual(a, {
    id: 'harbour-strike',
    date: '2021-06-02',
    title: null,
    text: 'PORT ALDEN -- Dock workers walked out on Tuesday, the union said.',
    source: { path: 'news/harbour-strike.txt', format: 'text' },
  });
});

test('a date line of its own is removed too', () => {
  const a = readOne('date 2021-06-02\n\nDock workers walked out on Tuesday.\n');
  assert.equal(a.date, '2021-06-02');
  assert.equal(a.text, 'Dock workers walked out on Tuesday.');
});

test('a story that starts with the word "Date" keeps it', () => {
  assert.deepEqual(splitDatePrefix('Date night returns to the old cinema.'), { date: null, rest: 'Date night returns to the old cinema.' });
  assert.equal(readOne('Date palms were planted along the avenue.').text, 'Date palms were planted along the avenue.');
});

test('--date supplies the date when the text gives none; an impossible prefix date warns and falls back', () => {
  const opts = { ...DEFAULT_READ_OPTIONS, date: '2022-01-05' };
  assert.equal(readOne('Snow closed the mountain pass.', 'a.txt', opts).date, '2022-01-05');
  const bad = readOne('date 2021-02-30 Snow closed the pass.', 'a.txt');
  assert.equal(bad.date, null);
  assert.equal(bad.text, 'Snow closed the pass.');
  assert.equal(bad.messages?.[0]?.severity, 'warning');
  assert.match(bad.messages?.[0]?.message ?? '', /unreadable date prefix "2021-02-30"/);
});

test('a short first line followed by a blank line is the title, kept in the text as a title paragraph', () => {
  const text = 'Ferry fares to rise in spring\n\nFares on the island ferry will rise by 4% in April, the operator said.\n\nThe council objected.\n';
  const a = readOne(text, 'travel/012.txt');
  assert.equal(a.id, '012');
  assert.equal(a.title, 'Ferry fares to rise in spring');
  assert.ok(a.text.startsWith('Ferry fares to rise in spring\n\nFares'));
  assert.deepEqual(a.paragraphs, [
    { start: 0, end: 29, role: 'title' },
    { start: 31, end: 101, role: 'body' },
    { start: 103, end: 124, role: 'body' },
  ]);
  assert.equal(a.text.slice(103, 124), 'The council objected.');
});

test('headline rules: a period, a long line or no blank line after means no title; "?" and "..." are fine', () => {
  assert.equal(headlineEnd('The mayor resigned on Monday.\n\nMore follows.'), null);
  assert.equal(headlineEnd('Mayor resigns\nMore follows.'), null);
  assert.equal(headlineEnd(`${'word '.repeat(30)}\n\nBody.`), null);
  assert.equal(headlineEnd('Is the bridge safe?\n\nEngineers say yes.'), 19);
  assert.equal(headlineEnd('Memories of the old pier...\n\nIt burned in 1970.'), 27);
  assert.equal(headlineEnd('Title only\n\n'), null);
});

test('standard input is named "stdin"; CRLF line ends are normalised', () => {
  const a = readOne('Rail strike ends\r\n\r\nTrains ran again on Friday.\r\n', null);
  assert.equal(a.id, 'stdin');
  assert.deepEqual(a.source, { format: 'text' });
  assert.equal(a.text, 'Rail strike ends\n\nTrains ran again on Friday.');
});

test('an article longer than the limit is TOO_LARGE; a date prefix with nothing after it is EMPTY_INPUT', () => {
  const [big] = [...plainTextReader.read({ path: 'big.txt', bytes: new TextEncoder().encode('x'.repeat(50)) }, { date: null, maxArticleBytes: 10 })];
  assert.ok(big && !big.ok && big.error.code === 'TOO_LARGE' && big.error.location.file === 'big.txt');
  const [empty] = [...plainTextReader.read({ path: 'd.txt', bytes: new TextEncoder().encode('date 2021-01-01\n') }, DEFAULT_READ_OPTIONS)];
  assert.ok(empty && !empty.ok && empty.error.code === 'EMPTY_INPUT');
});
