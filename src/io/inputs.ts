// Reads command-line inputs (files, folders, `-` for standard input) one at a time into articles or located errors.
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../core/index.js';
import { baseId, DEFAULT_READ_OPTIONS, detectReader, READERS, readerFor } from '../readers/index.js';
import type { Reader, ReadOptions, ReadResult } from '../readers/index.js';
import { walkFiles } from './walk.js';

/** How `readInputs` reads. */
export interface ReadInputsOptions {
  /** A format name (`--input`) forced on every input; detected per input when absent. */
  readonly format?: string;
  /** Publication date for articles whose input gives none (`--date`). */
  readonly date: string | null;
  /** Articles with more UTF-16 code units of text than this are refused with TOO_LARGE. */
  readonly maxArticleBytes: number;
  /** Standard input, for `-` (process.stdin when absent). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** The readers to choose from (every reader when absent). */
  readonly readers?: readonly Reader[];
}

/** One article or error, with the file it came from (null for standard input). */
export interface InputResult {
  readonly file: string | null;
  readonly result: ReadResult;
}

const HEAD_BYTES = 4096;

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function failure(file: string | null, error: DatelineError): InputResult {
  return { file, result: { ok: false, error } };
}

/** The text at the start of an input, for sniffing its format. */
function headOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
}

function* readBytes(file: string | null, bytes: Uint8Array, forced: Reader | undefined, readers: readonly Reader[], options: ReadOptions): Generator<InputResult> {
  const reader = forced ?? detectReader(file, headOf(bytes), readers);
  try {
    for (const result of reader.read({ path: file, bytes }, options)) yield { file, result };
  } catch (e) {
    // A reader bug on one input must not end the batch: it is reported as that input's error.
    const why = e instanceof Error ? e.message : String(e);
    yield failure(file, e instanceof DatelineError ? e : new DatelineError('PARSE_ERROR', `${reader.format} reader failed: ${why}`, { file: file ?? '<stdin>' }));
  }
}

async function* readPath(file: string, forced: Reader | undefined, readers: readonly Reader[], options: ReadOptions): AsyncGenerator<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    yield failure(file, new DatelineError('NOT_FOUND', `cannot read input: ${why}`, { file }));
    return;
  }
  yield* readBytes(file, bytes, forced, readers, options);
}

/**
 * Every article of every input, in input order; folders are walked recursively (sorted, hidden entries skipped) and
 * only one input's bytes are held at a time. Bad input is yielded as an error result, never thrown; an unknown
 * `format` throws a USAGE error before anything is read.
 */
export async function* readInputs(paths: readonly string[], opts: ReadInputsOptions): AsyncGenerator<InputResult> {
  const readers = opts.readers ?? READERS;
  const forced = opts.format === undefined ? undefined : readerFor(opts.format, readers);
  if (opts.format !== undefined && !forced) {
    throw new DatelineError('USAGE', `unknown input format "${opts.format}": expected one of ${readers.map((r) => r.format).join(', ')}`);
  }
  const options: ReadOptions = { ...DEFAULT_READ_OPTIONS, date: opts.date, maxArticleBytes: opts.maxArticleBytes };
  for (const p of paths) {
    if (p === '-') {
      const bytes = await readAll(opts.stdin ?? process.stdin);
      yield* readBytes(null, bytes, forced, readers, options);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      yield failure(p, new DatelineError('NOT_FOUND', 'no such file or folder', { file: p }));
      continue;
    }
    if (!isDir) {
      yield* readPath(p, forced, readers, options);
      continue;
    }
    let found = false;
    for (const file of walkFiles(p)) {
      found = true;
      // Files in subfolders ("business/001.txt", "sport/001.txt") take ids from their path within the folder, so that
      // ids made from file names stay apart; ids a format carries itself (Reuters NEWID, JSON ids) are kept.
      const rel = path.relative(p, file);
      const base = baseId(file);
      const relId = rel.slice(0, rel.length - path.extname(rel).length).split(path.sep).join('/');
      for await (const r of readPath(file, forced, readers, options)) {
        const a = r.result.ok ? r.result.article : null;
        yield a && relId !== base && (a.id === base || a.id.startsWith(`${base}#`)) ? { ...r, result: { ok: true, article: { ...a, id: relId + a.id.slice(base.length) } } } : r;
      }
    }
    if (!found) yield failure(p, new DatelineError('EMPTY_INPUT', 'folder holds no (non-hidden) files', { file: p }));
  }
}
