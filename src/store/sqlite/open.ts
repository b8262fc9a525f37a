// Opening a SQLite corpus database: pragmas, the schema-version check, and turning SQLite failures into StoreErrors.
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

/** The better-sqlite3 handle type. */
export type Db = Database.Database;

/** Migrations from version N to N + 1, applied in order inside one transaction; none exist yet. */
const MIGRATIONS: ReadonlyMap<number, (db: Db) => void> = new Map();

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
