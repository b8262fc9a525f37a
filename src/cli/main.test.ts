// Tests of the command line: analyze and its formats, run as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runMain } from './main.js';
import { articleProblems } from '../testing/validate-article.js';
import { REPO_ROOT } from '../testing/shared-data.js';

/** Runs the CLI in-process and collects what it prints. */
async function run(args: string[], stdinText?: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  if (stdinText !== undefined) stdin.end(stdinText);
  else stdin.isTTY = true;
  const code = await runMain(args, { stdout, stderr, stdin });
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dateline-cli-'));
}

const example = path.join(REPO_ROOT, 'examples', 'port-bribery-2021-06-10.txt');

test('analyze prints one schema-valid JSON object for one article', async () => {
  const { code, out, err } = await run(['analyze', example]);
  assert.equal(code, 0);
  const article = JSON.parse(out) as { id: string; date: string; dateline: { place: string }; tokens?: unknown };
  assert.deepEqual(articleProblems(article), []);
  assert.equal(article.id, 'port-bribery-2021-06-10');
  assert.equal(article.date, '2021-06-10');
  assert.equal(article.dateline.place, 'VALPARAISO');
  assert.equal(article.tokens, undefined);
  assert.match(err, /^dateline: 1 article read, 0 failed$/m);
});

test('--tokens includes the token layer, still schema-valid', async () => {
  const { code, out } = await run(['analyze', '--tokens', example]);
  assert.equal(code, 0);
  const article = JSON.parse(out) as { tokens: unknown[] };
  assert.ok(article.tokens.length > 100);
  assert.deepEqual(articleProblems(article), []);
});

test('several articles give JSON Lines in input order; a bad one is reported and the rest go on', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), 'date 2022-01-05 The council met on Tuesday.');
  writeFileSync(path.join(dir, 'b.txt'), '');
  writeFileSync(path.join(dir, 'c.txt'), 'The mayor resigned.');
  const { code, out, err } = await run(['analyze', '--date', '2022-02-01', dir]);
  assert.equal(code, 1);
  const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string });
  assert.deepEqual(lines.map((l) => [l.id, l.date]), [['a', '2022-01-05'], ['c', '2022-02-01']]);
  assert.match(err, /b\.txt.*empty/i);
  assert.match(err, /2 articles read, 1 failed \(1 EMPTY_INPUT\)/);
});

test('standard input is read with -', async () => {
  const { code, out } = await run(['analyze', '-', '--format', 'jsonl'], 'date 2023-03-03 Police arrested two men.');
  assert.equal(code, 0);
  const article = JSON.parse(out) as { id: string; date: string; text: string };
  assert.deepEqual([article.id, article.date, article.text], ['stdin', '2023-03-03', 'Police arrested two men.']);
});

test('--out DIR writes one file per input, named after it', async () => {
  const dir = tempDir();
  const out = path.join(tempDir(), 'out');
  writeFileSync(path.join(dir, 'one.txt'), 'First story.');
  writeFileSync(path.join(dir, 'two.txt'), 'Second story.');
  const r = await run(['analyze', dir, '--format', 'json', '--out', `${out}/`]);
  assert.equal(r.code, 0);
  assert.deepEqual(readdirSync(out).sort(), ['one.json', 'two.json']);
  assert.equal((JSON.parse(readFileSync(path.join(out, 'two.json'), 'utf8')) as { text: string }).text, 'Second story.');
});

test('--out DIR never writes one input over another of the same name from another subfolder', async () => {
  const dir = tempDir();
  const out = path.join(tempDir(), 'out');
  mkdirSync(path.join(dir, 'business'));
  mkdirSync(path.join(dir, 'sport'));
  writeFileSync(path.join(dir, 'business', '001.txt'), 'Shares rose.');
  writeFileSync(path.join(dir, 'sport', '001.txt'), 'The home side won.');
  const r = await run(['analyze', dir, '--format', 'json', '--out', `${out}/`]);
  assert.equal(r.code, 0);
  assert.deepEqual(readdirSync(out).sort(), ['001.json', 'sport_001.json']);
  const read = (f: string): { id: string; text: string } => JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { id: string; text: string };
  assert.deepEqual([read('001.json').id, read('001.json').text], ['business/001', 'Shares rose.']);
  assert.deepEqual([read('sport_001.json').id, read('sport_001.json').text], ['sport/001', 'The home side won.']);
});

test('bad usage exits 2 with a message naming the problem', async () => {
  assert.equal((await run(['analyze', '--date', '19-11-2020', example])).code, 2);
  const r = await run(['analyze', '--format', 'yaml', example]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--format expects one of .*got "yaml"/);
  assert.equal((await run(['analyze'])).code, 2);
  assert.equal((await run(['frobnicate'])).code, 2);
});

test('a missing file is reported with its name, exit 1', async () => {
  const r = await run(['analyze', '/nonexistent/story.txt']);
  assert.equal(r.code, 1);
  assert.match(r.err, /\/nonexistent\/story\.txt/);
});
