// Shared pieces of the corpus commands: the --db option, opening the store, dates, and printing tables or JSON.
import { PLOVER_EVENT_TYPES, type PloverEventType } from '../../core/index.js';
import { StoreError } from '../../store/errors.js';
import { SqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/types.js';
import { UsageError, type CommandIO, type OptionSpec } from '../command.js';

/** The default database file, in the working folder. */
export const DEFAULT_DB = 'dateline.db';

/** Options every corpus command takes. */
export const DB_OPTIONS: OptionSpec = { db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean', default: false } };

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A string option's value, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A YYYY-MM-DD option, checked. */
export function dateOption(values: Values, name: string): string | undefined {
  const v = stringOption(values, name);
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--${name} expects YYYY-MM-DD, got "${v}"`);
  return v;
}

/** A PLOVER event type option, checked. */
export function eventTypeOption(values: Values, name: string): PloverEventType | undefined {
  const v = stringOption(values, name)?.toUpperCase();
  if (v === undefined) return undefined;
  if (!(PLOVER_EVENT_TYPES as readonly string[]).includes(v)) throw new UsageError(`--${name} expects one of ${PLOVER_EVENT_TYPES.join(', ')}, got "${v}"`);
  return v as PloverEventType;
}

/** A positive integer option, checked. */
export function intOption(values: Values, name: string, fallback: number): number {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, got "${v}"`);
  return n;
}

/** Opens a store for a command: read-only for queries (they work while an ingest writes). */
export function openStore(file: string, readonly: boolean): Store {
  return SqliteStore.open(file, { readonly });
}

/**
 * Runs a command body against the --db store and closes it; a store failure (missing file, locked, disk full, schema
 * version) is printed as one clear line with exit status 1.
 */
export async function withStore(values: Values, io: CommandIO, fn: (store: Store) => Promise<number>, readonly = true): Promise<number> {
  const file = stringOption(values, 'db') ?? DEFAULT_DB;
  let store: Store;
  try {
    store = openStore(file, readonly);
  } catch (err) {
    if (err instanceof StoreError) {
      io.stderr.write(`dateline: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  try {
    return await fn(store);
  } catch (err) {
    if (err instanceof StoreError) {
      io.stderr.write(`dateline: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}

/** Prints rows as an aligned text table (cells cut to a width) on stdout. */
export function printTable(io: CommandIO, headers: readonly string[], rows: readonly (readonly (string | number | null)[])[], maxWidth = 60): void {
  const cells = rows.map((r) => r.map((c) => {
    const s = c === null ? '' : String(c).replace(/\s+/g, ' ');
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}\u2026` : s;
  }));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  io.stdout.write(`${line(headers)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of cells) io.stdout.write(`${line(r)}\n`);
  if (rows.length === 0) io.stdout.write('(none)\n');
}

/** Prints a value as indented JSON on stdout. */
export function printJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
