// Tests for reading command-line inputs: folder walking, standard input, format choice and every kind of bad input.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { readInputs } from './inputs.js';
import type { InputResult, ReadInputsOptions } from './inputs.js';

const root = mkdtempSync(path.join(tmpdir(), 'dateline-inputs-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function collect(paths: string[], opts: Partial<ReadInputsOptions> = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(paths, { date: null, maxArticleBytes: 5 * 1024 * 1024, ...opts })) out.push(r);
  return out;
}

function summary(results: InputResult[]): [string, string][] {
  return results.map(({ file, result }) => [path.relative(root, file ?? 'stdin'), result.ok ? `${result.article.source.format}:${result.article.id}` : result.error.code]);
}

test('a folder is walked recursively in sorted order, hidden entries skipped, each file read by its format', async () => {
  write('corpus/b-story.txt', 'date 2022-09-01 Lifeboat crews rescued two sailors on Thursday.');
  write('corpus/a-wire.jsonl', '{"id":"w1","text":"Markets rose."}\n{"id":"w2","text":"Markets fell."}\n');
  write('corpus/.hidden.txt', 'Not to be read.');
  write('corpus/.git/config', 'Not to be read either.');
  write('corpus/sub/c.sgm', '<REUTERS NEWID="77"><DATE>1-MAR-1987</DATE><TEXT><TITLE>OIL PRICES STEADY</TITLE></TEXT></REUTERS>');
  write('corpus/sub/d.txt', '-DOCSTART- -X- -X- O\n\nRain NN O O\n');
  const results = await collect([path.join(root, 'corpus')]);
  assert.deepEqual(summary(results), [
    ['corpus/a-wire.jsonl', 'jsonl:w1'],
    ['corpus/a-wire.jsonl', 'jsonl:w2'],
    ['corpus/b-story.txt', 'text:b-story'],
    ['corpus/sub/c.sgm', 'reuters:77'],
    ['corpus/sub/d.txt', 'conll:sub/d'],
  ]);
});

test('files of the same name in two subfolders get ids from their paths in the folder', async () => {
  write('desk/business/001.txt', 'date 2022-09-01 Shares of the ferry operator fell on Thursday.');
  write('desk/sport/001.txt', 'date 2022-09-01 The home side won the final on Thursday.');
  write('desk/002.txt', 'date 2022-09-02 The harbour reopened on Friday.');
  assert.deepEqual(summary(await collect([path.join(root, 'desk')])), [
    ['desk/002.txt', 'text:002'],
    ['desk/business/001.txt', 'text:business/001'],
    ['desk/sport/001.txt', 'text:sport/001'],
  ]);
});

test('standard input is "-", read with the --date fallback; --input forces a format', async () => {
  async function* stdin(): AsyncGenerator<string> {
    yield '{"text":"Ferry ';
    yield 'delayed."}\n';
  }
  const [auto] = await collect(['-'], { stdin: stdin(), date: '2023-02-02' });
  assert.ok(auto?.result.ok);
  assert.equal(auto.file, null);
  assert.equal(auto.result.article.source.format, 'json');
  assert.equal(auto.result.article.date, '2023-02-02');
  const [forced] = await collect(['-'], { stdin: stdin(), format: 'text' });
  assert.ok(forced?.result.ok);
  assert.equal(forced.result.article.source.format, 'text');
  assert.equal(forced.result.article.id, 'stdin');
});

test('an unknown --input format is a USAGE error before anything is read', async () => {
  await assert.rejects(collect(['x'], { format: 'docx' }), (e: unknown) => (e as { code?: string }).code === 'USAGE');
});

test('bad inputs are error results naming the file, and the batch carries on', async () => {
  const missing = path.join(root, 'bad/missing.txt');
  const empty = write('bad/empty.txt', '');
  const binary = write('bad/photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const big = write('bad/long.txt', `Long story. ${'More words follow here. '.repeat(20)}`);
  const good = write('bad/good.txt', 'The harbour reopened.');
  const emptyDir = path.join(root, 'bad/nothing');
  mkdirSync(emptyDir, { recursive: true });
  const results = await collect([missing, empty, binary, big, emptyDir, good], { maxArticleBytes: 200 });
  assert.deepEqual(
    results.map(({ file, result }) => [file, result.ok ? 'ok' : result.error.code, result.ok ? undefined : result.error.location.file]),
    [
      [missing, 'NOT_FOUND', missing],
      [empty, 'EMPTY_INPUT', empty],
      [binary, 'BINARY_INPUT', binary],
      [big, 'TOO_LARGE', big],
      [emptyDir, 'EMPTY_INPUT', emptyDir],
      [good, 'ok', undefined],
    ],
  );
});

test('invalid UTF-8 and unreadable dates are warnings on an article that is kept', async () => {
  const latin = write('warn/latin.txt', Uint8Array.from([...new TextEncoder().encode('Tickets cost '), 0xa3, 0x35, 0x2e]));
  const undated = write('warn/undated.jsonl', '{"text":"Fog lifted.","date":"the other day"}\n');
  const [a, b] = await collect([latin, undated]);
  assert.ok(a?.result.ok && b?.result.ok);
  assert.equal(a.result.article.text, 'Tickets cost \u00a35.');
  assert.match(a.result.article.messages?.[0]?.message ?? '', /latin\.txt: invalid UTF-8 byte 0xA3 at byte offset 13/);
  assert.equal(b.result.article.date, null);
  assert.equal(b.result.article.messages?.[0]?.severity, 'warning');
});

test('the reference article is read with its date prefix', { skip: needShared('examples/seed-ap-2020-11-19.txt') }, async () => {
  const [r] = await collect([sharedPath('examples/seed-ap-2020-11-19.txt')]);
  assert.ok(r?.result.ok);
  assert.equal(r.result.article.date, '2020-11-19');
  assert.equal(r.result.article.id, 'seed-ap-2020-11-19');
  assert.ok(!r.result.article.text.startsWith('date'));
});

test('BBC News: all 2,225 stories read, nearly all with a headline title', { skip: needShared('data/corpora/bbc-news/bbc') }, async () => {
  const topics = ['business', 'entertainment', 'politics', 'sport', 'tech'].map((t) => sharedPath(`data/corpora/bbc-news/bbc/${t}`));
  let read = 0;
  let failed = 0;
  let titled = 0;
  for await (const { result } of readInputs(topics, { date: null, maxArticleBytes: 5 * 1024 * 1024 })) {
    if (!result.ok) {
      failed++;
      continue;
    }
    read++;
    if (result.article.title && result.article.text.startsWith(result.article.title)) titled++;
  }
  assert.deepEqual({ read, failed }, { read: 2225, failed: 0 });
  assert.equal(titled, 2225);
});
