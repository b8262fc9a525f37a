// Tests for the JSON Lines and JSON readers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonlReader, jsonReader } from './json.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import type { Reader, ReadResult } from './reader.js';

function read(reader: Reader, text: string, path: string | null = 'feeds/wire.jsonl', date: string | null = null): ReadResult[] {
  return [...reader.read({ path, bytes: new TextEncoder().encode(text) }, { ...DEFAULT_READ_OPTIONS, date })];
}

test('JSON Lines: one article per line, ids fall back to <basename>#<line>, dates normalised', () => {
  const text = [
    JSON.stringify({ id: 'w-1', date: '2022-04-01T09:15:00Z', title: 'Bridge reopens', text: 'The bridge reopened on Friday.', url: 'https://news.example/w-1' }),
    '',
    JSON.stringify({ date: 'Sat, 02 Apr 2022 18:00:00 GMT', text: 'Farmers protested in the capital.' }),
  ].join('\n');
  const results = read(jsonlReader, text);
  assert.deepEqual(results, [
    {
      ok: true,
      article: {
        id: 'w-1',
        date: '2022-04-01',
        title: 'Bridge reopens',
        text: 'The bridge reopened on Friday.',
        source: { path: 'feeds/wire.jsonl', url: 'https://news.example/w-1', format: 'jsonl' },
      },
    },
    {
      ok: true,
      article: { id: 'wire#3', date: '2022-04-02', title: null, text: 'Farmers protested in the capital.', source: { path: 'feeds/wire.jsonl', format: 'jsonl' } },
    },
  ]);
});

test('a malformed line is an error naming file and line; the other lines are still read', () => {
  const text = `${JSON.stringify({ text: 'First story.' })}\n{"text": "broken\n${JSON.stringify({ text: 'Third story.' })}\n`;
  const results = read(jsonlReader, text);
  assert.equal(results.length, 3);
  const bad = results[1];
  assert.ok(bad && !bad.ok);
  assert.equal(bad.error.code, 'PARSE_ERROR');
  assert.deepEqual(bad.error.location, { file: 'feeds/wire.jsonl', line: 2 });
  assert.match(bad.error.message, /expected one JSON object per line/);
  assert.ok(results[0]?.ok && results[2]?.ok);
});

test('missing or non-string text is an error for that record only', () => {
  const results = read(jsonlReader, '{"title":"No body"}\n{"text": 42}\n{"text":"   "}\n[1]\n');
  const errors = results.map((r) => (r.ok ? null : [r.error.code, r.error.location.line, r.error.message]));
  assert.deepEqual(errors, [
    ['PARSE_ERROR', 1, 'line 1: expected a string "text" field, found no "text" field'],
    ['PARSE_ERROR', 2, 'line 2: expected a string "text" field, found "text" of type number'],
    ['EMPTY_INPUT', 3, 'line 3: the "text" field is empty'],
    ['PARSE_ERROR', 4, 'line 4: expected a JSON object with a "text" field'],
  ]);
});

test('an unreadable date warns and falls back to --date; the article is kept', () => {
  const [r] = read(jsonlReader, '{"text":"Rain fell.","date":"sometime soon"}', 'a.jsonl', '2022-05-05');
  assert.ok(r?.ok);
  assert.equal(r.article.date, '2022-05-05');
  assert.equal(r.article.messages?.[0]?.severity, 'warning');
});

test('JSON arrays give <basename>#<index> ids; a single object is one article', () => {
  const arr = read(jsonReader, JSON.stringify([{ text: 'One.' }, { id: 7, text: 'Two.', source: { url: 'https://news.example/7' } }]), 'batch.json');
  assert.deepEqual(
    arr.map((r) => (r.ok ? [r.article.id, r.article.source] : null)),
    [
      ['batch#0', { path: 'batch.json', format: 'json' }],
      ['7', { path: 'batch.json', url: 'https://news.example/7', format: 'json' }],
    ],
  );
  const [one] = read(jsonReader, '{"text":"Alone.","date":"2020-01-02"}', 'single.json');
  assert.ok(one?.ok);
  assert.equal(one.article.id, 'single');
  assert.equal(one.article.date, '2020-01-02');
});

test('malformed JSON is a PARSE_ERROR with a line; JSON Lines in a .json file are read as lines', () => {
  const [bad] = read(jsonReader, '[\n{"text": "a"},\n{"text": }\n]', 'bad.json');
  assert.ok(bad && !bad.ok && bad.error.code === 'PARSE_ERROR' && bad.error.location.file === 'bad.json');
  const lines = read(jsonReader, '{"text":"a"}\n{"text":"b"}\n', 'lines.json');
  assert.deepEqual(lines.map((r) => r.ok && r.article.text), ['a', 'b']);
});
