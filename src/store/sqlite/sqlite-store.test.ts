// The SQLite backend: the shared Store contract, plus what is SQLite's own (files, WAL readers, schema versions, errors).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { ingestItem } from '../../corpus/item.js';
import { storeContract } from '../contract.js';
import { StoreError } from '../errors.js';
import { fixtureArticle } from '../fixtures.js';
import { SCHEMA_VERSION, SqliteStore } from './index.js';

storeContract('sqlite (memory)', async () => SqliteStore.open(':memory:'));
// Full-text shards of two articles: every search crosses shards.
storeContract('sqlite (memory, tiny full-text shards)', async () => SqliteStore.open(':memory:', { ftsShardSize: 2 }));

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const article = (id: string) => ingestItem(fixtureArticle({ id, date: '2021-01-01', title: `T ${id}`, body: `Body of story ${id} with some words in it.` }));

test('a file database is WAL, carries its schema version, and can be read while another connection writes', async () => {
  const file = path.join(dir, 'wal.db');
  const writer = SqliteStore.open(file);
  await writer.addArticles([article('a')]);
  const reader = SqliteStore.open(file, { readonly: true });
  await writer.addArticles([article('b')]);
  assert.equal((await reader.stats()).articles, 2);
  await reader.close();
  await writer.close();
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  raw.close();
});

test('a database from a newer version, or a foreign SQLite file, is refused with a clear message', () => {
  const newer = path.join(dir, 'newer.db');
  SqliteStore.open(newer).close();
  const raw = new Database(newer);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  assert.throws(() => SqliteStore.open(newer), (e: unknown) => e instanceof StoreError && e.code === 'SCHEMA_VERSION' && /newer Dateline/.test(e.message));
  const foreign = path.join(dir, 'foreign.db');
  const f = new Database(foreign);
  f.exec('CREATE TABLE x (y)');
  f.close();
  assert.throws(() => SqliteStore.open(foreign), (e: unknown) => e instanceof StoreError && e.code === 'SCHEMA_VERSION' && /not a Dateline corpus/.test(e.message));
  const text = path.join(dir, 'text.db');
  writeFileSync(text, 'this is not a database at all, just some words to fill more than a header of a file '.repeat(20));
  assert.throws(() => SqliteStore.open(text), (e: unknown) => e instanceof StoreError && e.code === 'NOT_A_DATABASE');
  assert.throws(() => SqliteStore.open(path.join(dir, 'missing.db'), { readonly: true }), (e: unknown) => e instanceof StoreError && e.code === 'IO');
});

test('a version 1 database migrates to version 2: event groups are added and filled from the stored reports; read-only opening refuses', async () => {
  const file = path.join(dir, 'v1.db');
  const store = SqliteStore.open(file);
  await store.addArticles([
    ingestItem(fixtureArticle({
      id: 'm1', date: '2021-03-02', title: 'Raid', body: 'Border guards seized a truck on Monday.',
      events: [{ type: 'COERCE', trigger: 'seized', actorGroup: { text: 'Border guards', sector: 'COP' } }],
    })),
  ]);
  await store.close();
  // Back to version 1's shape: the group columns and their index did not exist.
  const raw = new Database(file);
  raw.exec('DROP INDEX events_actor_group_country');
  for (const role of ['actor', 'recipient']) for (const c of ['group', 'sector', 'group_country']) raw.exec(`ALTER TABLE events DROP COLUMN ${role}_${c}`);
  raw.pragma('user_version = 1');
  raw.close();
  assert.throws(() => SqliteStore.open(file, { readonly: true }), (e: unknown) => e instanceof StoreError && e.code === 'SCHEMA_VERSION' && /needs migrating/.test(e.message));
  const migrated = SqliteStore.open(file);
  const [event] = await migrated.events({});
  assert.deepEqual(event?.actorGroup, { text: 'Border guards', sector: 'COP', country: null });
  await migrated.close();
  const check = new Database(file, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), 2);
  check.close();
});

test('a write while another connection holds the write lock fails with LOCKED and writes nothing', async () => {
  const file = path.join(dir, 'locked.db');
  const store = SqliteStore.open(file, { busyTimeoutMs: 50 });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  await assert.rejects(store.addArticles([article('x')]), (e: unknown) => e instanceof StoreError && e.code === 'LOCKED' && /locked by another process/.test(e.message));
  other.exec('ROLLBACK');
  other.close();
  assert.equal((await store.stats()).articles, 0);
  await store.close();
});

test('a full disk stops the batch with DISK_FULL and leaves nothing of it written', async () => {
  const file = path.join(dir, 'full.db');
  const store = SqliteStore.open(file);
  await store.addArticles([article('first')]);
  await store.close();
  const pages = (() => {
    const raw = new Database(file);
    const n = raw.pragma('page_count', { simple: true }) as number;
    raw.close();
    return n;
  })();
  const small = SqliteStore.open(file, { maxPageCount: pages + 2 });
  const big = Array.from({ length: 40 }, (_, i) => ingestItem(fixtureArticle({ id: `big${i}`, date: '2021-01-02', title: `Big ${i}`, body: `Story ${i}: ${'many different words fill this page again and again '.repeat(40)}` })));
  await assert.rejects(small.addArticles(big), (e: unknown) => e instanceof StoreError && e.code === 'DISK_FULL' && /disk is full/.test(e.message));
  assert.equal((await small.stats()).articles, 1);
  await small.close();
});
