// The corpus database the Reuters evaluations read: the one given with --db, else a fresh ingest of the collection.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../ingest/index.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { sharedPath } from '../testing/shared-data.js';

/** Where Reuters-21578's SGML files sit under ../shared. */
export const REUTERS_SGM = 'data/corpora/reuters21578/sgm-data';

/** Opens `--db FILE` when given (it should hold an ingest of Reuters-21578), else ingests the collection into a temporary file. */
export async function reutersStore(args: readonly string[]): Promise<SqliteStore> {
  const i = args.indexOf('--db');
  const given = i >= 0 ? args[i + 1] : undefined;
  if (given) return SqliteStore.open(given, { readonly: true });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dateline-reuters-')), 'reuters.db');
  const store = SqliteStore.open(file);
  console.error(`ingesting Reuters-21578 into ${file} (pass --db FILE to reuse an ingest) ...`);
  const summary = await ingest([sharedPath(REUTERS_SGM)], store, {});
  console.error(`ingested ${summary.stored} stories in ${summary.seconds.toFixed(1)} s`);
  return store;
}
