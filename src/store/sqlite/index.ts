// The SQLite backend: open a corpus database file.
export { SqliteStore, openSqliteStore, ftsQuery } from './sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite-store.js';
export { SCHEMA_VERSION } from './schema.js';
