// Ingest: idempotent re-runs, bad inputs reported while the batch goes on, worker threads, and a kill -9 mid-run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { synthArticles, synthJsonl } from '../corpus/synth.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { ingest } from './ingest.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function corpusFolder(name: string, files: number, perFile: number, seed: number): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  const all = [...synthArticles(files * perFile, seed)];
  for (let f = 0; f < files; f++) writeFileSync(path.join(folder, `part-${String(f).padStart(3, '0')}.jsonl`), synthJsonl(all.slice(f * perFile, (f + 1) * perFile)));
  return folder;
}

test('a second ingest of the same inputs stores nothing; a bad file is reported and the rest is stored', async () => {
  const folder = corpusFolder('small', 3, 20, 3);
  writeFileSync(path.join(folder, 'part-001b.jsonl'), '{"id": "x1", "text": "A fine short article about a harbour."}\n{"id": broken\n');
  const store = SqliteStore.open(path.join(dir, 'small.db'));
  const errors: string[] = [];
  const first = await ingest([folder], store, { workers: 0, batchSize: 7, onError: (m) => errors.push(m) });
  assert.equal(first.stored, 61);
  assert.equal(first.failed, 1);
  assert.deepEqual(Object.keys(first.reasons), ['PARSE_ERROR']);
  assert.match(errors[0] ?? '', /part-001b\.jsonl.*line 2/);
  const second = await ingest([folder], store, { workers: 0 });
  assert.deepEqual([second.stored, second.present, second.failed], [0, 61, 1]);
  assert.equal((await store.stats()).articles, 61);
  await store.close();
});

test('worker threads store the same corpus as the inline run, in input order', async () => {
  const folder = corpusFolder('threads', 2, 40, 5);
  const a = SqliteStore.open(path.join(dir, 'inline.db'));
  const b = SqliteStore.open(path.join(dir, 'threads.db'));
  const one = await ingest([folder], a, { workers: 0 });
  const two = await ingest([folder], b, { workers: 2, batchSize: 9, queuePerWorker: 3 });
  assert.deepEqual([two.stored, two.duplicates, two.failed], [one.stored, one.duplicates, one.failed]);
  assert.equal(one.stored, 80);
  const ids = async (s: SqliteStore) => {
    const out: string[] = [];
    for await (const x of s.articles({ includeDuplicates: true })) out.push(`${x.articleId}:${x.externalId}:${x.duplicateOf}`);
    return out;
  };
  assert.deepEqual(await ids(b), await ids(a));
  await a.close();
  await b.close();
});

test('a store without open batches is given whole batches and ends up the same', async () => {
  const folder = corpusFolder('whole', 2, 15, 7);
  const a = SqliteStore.open(path.join(dir, 'open-batches.db'));
  const b = SqliteStore.open(path.join(dir, 'whole-batches.db'));
  const whole: Store = new Proxy(b, { get: (t, p) => (p === 'beginBatch' ? undefined : (Reflect.get(t, p) as unknown)) });
  const one = await ingest([folder], a, { workers: 0, batchSize: 4 });
  const two = await ingest([folder], whole, { workers: 0, batchSize: 4 });
  assert.deepEqual([two.stored, two.duplicates, two.present], [one.stored, one.duplicates, one.present]);
  assert.equal(one.stored, 30);
  assert.deepEqual(await b.stats(), await a.stats());
  await a.close();
  await b.close();
});

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'commands', 'ingest.js');
const RUNNER = `
const { ingestCommand } = await import(process.argv[1]);
const { parseArgs } = await import('node:util');
const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: ingestCommand.options, allowPositionals: true });
process.exitCode = await ingestCommand.run(values, positionals, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
`;

function runIngest(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

test('an ingest killed with SIGKILL mid-run and started again stores every article exactly once, none partial', async () => {
  const total = 600;
  const folder = corpusFolder('kill', 30, total / 30, 11);
  const db = path.join(dir, 'kill.db');
  const first = runIngest([folder, '--db', db, '--batch', '25', '--workers', '1']);
  let seen = 0;
  // Read while the ingest writes (WAL) until some batches are in, then kill it without warning.
  for (let i = 0; i < 1200 && seen < 50; i++) {
    await new Promise((r) => setTimeout(r, 50));
    seen = count(db);
  }
  first.child.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, "SIGKILL", killed.stderr);
  const before = count(db);
  assert.ok(before > 0 && before < total, `killed mid-run with ${before} of ${total} stored`);
  const second = runIngest([folder, '--db', db, '--json']);
  const finished = await second.done;
  assert.equal(finished.code, 0, finished.stderr);
  const d = new Database(db, { readonly: true });
  const one = (sql: string) => (d.prepare(sql).get() as { n: number | string }).n;
  assert.equal(one('SELECT count(*) AS n FROM articles'), total);
  assert.equal(one('SELECT count(DISTINCT external_id) AS n FROM articles'), total);
  assert.equal(one('SELECT count(*) AS n FROM article_text'), total);
  assert.equal(one('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM lsh WHERE lsh.article_id = a.article_id)'), 0);
  assert.equal(one('SELECT count(*) AS n FROM article_entities ae WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = ae.article_id)'), 0);
  assert.equal(one("SELECT integrity_check AS n FROM pragma_integrity_check"), 'ok');
  d.close();
  const rw = new Database(db);
  rw.prepare("INSERT INTO article_fts_0 (article_fts_0) VALUES ('integrity-check')").run();
  rw.close();
  assert.match(finished.stderr, new RegExp(`${total} read, ${total - before} stored .* ${before} skipped as already present, 0 failed`));
});

test('an ingest into a database another process is writing stops with a clear message', async () => {
  const folder = corpusFolder('locked', 1, 10, 13);
  const db = path.join(dir, 'locked.db');
  SqliteStore.open(db).close();
  const holder = new Database(db);
  holder.exec('BEGIN IMMEDIATE');
  const run = runIngest([folder, '--db', db, '--workers', '0']);
  const result = await run.done;
  holder.exec('ROLLBACK');
  holder.close();
  assert.equal(result.code, 1);
  assert.match(result.stderr, /locked by another process/);
  assert.equal(count(db), 0);
});
