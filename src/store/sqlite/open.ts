// Opening a SQLite corpus database: pragmas, the schema-version check, and turning SQLite failures into StoreErrors.
import Database from 'better-sqlite3';
import type { Article } from '../../core/index.js';
import type { CorpusEventGroup } from '../types.js';
import { StoreError } from '../errors.js';
import { corpusEventGroup } from '../../corpus/event-groups.js';
import { loadArticle } from './codec.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

/** The better-sqlite3 handle type. */
export type Db = Database.Database;

/**
 * Version 2 keeps each corpus event's unnamed parties ("Turkish police"): the columns are added and filled from the
 * stored documents of the reports, the first report with a group giving it, as an ingest would have.
 */
function addEventGroups(db: Db): void {
  for (const role of ['actor', 'recipient']) {
    for (const column of ['group', 'sector', 'group_country']) db.exec(`ALTER TABLE events ADD COLUMN ${role}_${column} TEXT`);
  }
  db.exec('CREATE INDEX events_actor_group_country ON events(actor_group_country) WHERE actor_group_country IS NOT NULL');
  const set = (role: string) =>
    db.prepare(`UPDATE events SET ${role}_group = ?, ${role}_sector = ?, ${role}_group_country = ? WHERE event_id = ? AND ${role}_sector IS NULL`);
  const setActor = set('actor');
  const setRecipient = set('recipient');
  const reports = db.prepare(`SELECT r.article_id, r.event_id, r.local_id, a.doc, t.body FROM event_reports r JOIN articles a USING (article_id)
    JOIN article_text t USING (article_id) ORDER BY r.article_id, r.event_id`);
  // Updates wait for the end of the scan (a connection cannot write while it iterates); only the groups are kept.
  const found: [role: 'actor' | 'recipient', group: CorpusEventGroup, eventId: number][] = [];
  let cachedId = -1;
  let a: Article | null = null;
  for (const r of reports.iterate() as Iterable<{ article_id: number; event_id: number; local_id: string; doc: Buffer; body: string }>) {
    if (a === null || cachedId !== r.article_id) {
      a = loadArticle(r.doc, r.body);
      cachedId = r.article_id;
    }
    const ev = a.events.find((x) => x.id === r.local_id);
    if (!ev) continue;
    const ag = corpusEventGroup(a, ev.actor, ev.actorGroup);
    const rg = corpusEventGroup(a, ev.recipient, ev.recipientGroup);
    if (ag) found.push(['actor', ag, r.event_id]);
    if (rg) found.push(['recipient', rg, r.event_id]);
  }
  for (const [role, g, id] of found) (role === 'actor' ? setActor : setRecipient).run(g.text, g.sector, g.country, id);
}

/** Migrations from version N to N + 1, applied in order inside one transaction. */
const MIGRATIONS: ReadonlyMap<number, (db: Db) => void> = new Map([[1, addEventGroups]]);

/** Maps a SQLite failure to a StoreError with a message a user can act on; anything else is returned as is. */
export function storeErrorFrom(err: unknown, file: string): unknown {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return err;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('LOCKED', `${file}: the database is locked by another process (another ingest?); nothing of this batch was written`);
  }
  if (code === 'SQLITE_FULL') return new StoreError('DISK_FULL', `${file}: the disk is full; the last batch was rolled back, nothing half-written`);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new StoreError('NOT_A_DATABASE', `${file}: not a Dateline database (or damaged): ${(err as Error).message}`);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return new StoreError('IO', `${file}: cannot write the database: ${(err as Error).message}`);
  }
  return err;
}

/** Opens (creating when absent, unless read-only) and checks the schema version: migrates an older one, refuses a newer one. */
export function openDatabase(file: string, opts: { readonly readonly?: boolean; readonly busyTimeoutMs?: number } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: Boolean(opts.readonly), fileMustExist: Boolean(opts.readonly) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_CANTOPEN') throw new StoreError('IO', `${file}: cannot open the database${opts.readonly ? ' (does it exist? run `dateline ingest` first)' : ''}`);
    throw storeErrorFrom(err, file);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (version === 0 && tables > 0) throw new StoreError('SCHEMA_VERSION', `${file}: this SQLite file is not a Dateline corpus (it has tables but no Dateline schema version)`);
    if (version > SCHEMA_VERSION) {
      throw new StoreError('SCHEMA_VERSION', `${file}: corpus schema version ${version} was written by a newer Dateline (this one reads version ${SCHEMA_VERSION}); upgrade Dateline`);
    }
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    if (version === 0 || version < SCHEMA_VERSION) {
      if (opts.readonly) throw new StoreError('SCHEMA_VERSION', `${file}: corpus schema version ${version} needs migrating to ${SCHEMA_VERSION}; open it once without read-only`);
      db.transaction(() => {
        if (version === 0) {
          db.exec(SCHEMA_SQL);
          db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created', new Date().toISOString());
        } else {
          for (let v = version; v < SCHEMA_VERSION; v++) {
            const step = MIGRATIONS.get(v);
            if (!step) throw new StoreError('SCHEMA_VERSION', `${file}: no migration from corpus schema version ${v}; re-ingest into a new database`);
            step(db);
          }
        }
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    }
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (err) {
    db.close();
    throw storeErrorFrom(err, file);
  }
}
