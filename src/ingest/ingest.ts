// Ingest orchestration: read inputs, skip what is stored, analyse on a worker pool, store in ordered batch transactions.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { RawArticle } from '../core/index.js';
import { articleKey } from '../corpus/hash.js';
import { readInputs } from '../io/inputs.js';
import { walkFiles } from '../io/walk.js';
import type { IngestItem, Store } from '../store/types.js';
import type { AnalyseResult } from './analyse.js';
import { AnalysisPool } from './pool.js';

/** How an ingest runs. */
export interface IngestOptions {
  /** Analysis threads; 0 analyses in this thread (default: os.availableParallelism()). */
  readonly workers?: number;
  /** Input format forced on every input (detected per input otherwise). */
  readonly format?: string;
  /** Publication date for articles whose input gives none. */
  readonly date?: string | null;
  readonly maxArticleBytes?: number;
  /** Articles per store transaction (default 500); a batch is also written after `flushMs` without one. */
  readonly batchSize?: number;
  readonly flushMs?: number;
  /** Articles being analysed at once, per worker (default 16): bounds memory however large the input. */
  readonly queuePerWorker?: number;
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Called after every stored batch and at most every few hundred milliseconds otherwise. */
  readonly onProgress?: (p: IngestProgress) => void;
  /** Called once per input or article that failed, with a message naming where. */
  readonly onError?: (message: string) => void;
}

/** What an ingest did. */
export interface IngestSummary {
  /** Articles read from the inputs (stored, present or failed in analysis). */
  read: number;
  stored: number;
  /** Of the stored, how many are exact or near duplicates of an earlier article. */
  duplicates: number;
  /** Skipped as already stored (same id and text). */
  present: number;
  failed: number;
  reasons: Record<string, number>;
  seconds: number;
}

/** Progress of a running ingest: the summary so far plus input bytes done and in all. */
export interface IngestProgress extends IngestSummary {
  bytesDone: number;
  bytesTotal: number;
}

function inputSizes(paths: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const p of paths) {
    if (p === '-') continue;
    try {
      if (statSync(p).isDirectory()) {
        for (const f of walkFiles(p)) {
          try {
            sizes.set(f, statSync(f).size);
          } catch {
            sizes.set(f, 0);
          }
        }
      } else sizes.set(p, statSync(p).size);
    } catch {
      // A missing input is reported when it is read.
    }
  }
  return sizes;
}

/** Ingests every article of `paths` into `store`; a store failure (locked, disk full) stops the run and is thrown. */
export async function ingest(paths: readonly string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const workers = opts.workers ?? availableParallelism();
  const batchSize = opts.batchSize ?? 500;
  const flushMs = opts.flushMs ?? 2000;
  const limit = Math.max(1, workers) * (opts.queuePerWorker ?? 16);
  const date = opts.date ?? null;
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, present: 0, failed: 0, reasons: {}, seconds: 0 };
  const sizes = inputSizes(paths);
  const progress: IngestProgress = { ...summary, bytesDone: 0, bytesTotal: [...sizes.values()].reduce((a, b) => a + b, 0) };
  let lastReport = 0;
  const report = (force: boolean): void => {
    const now = Date.now();
    if (!opts.onProgress || (!force && now - lastReport < 200)) return;
    lastReport = now;
    Object.assign(progress, summary, { seconds: (now - started) / 1000 });
    opts.onProgress({ ...progress, reasons: { ...summary.reasons } });
  };
  const fail = (code: string, message: string): void => {
    summary.failed++;
    summary.reasons[code] = (summary.reasons[code] ?? 0) + 1;
    opts.onError?.(message);
  };

  const pool = new AnalysisPool(workers);
  const ready = new Map<number, AnalyseResult>();
  let nextSeq = 0;
  let nextWrite = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let batch: IngestItem[] = [];
  let lastFlush = Date.now();
  let pendingRaw: RawArticle[] = [];
  let fatal: unknown = null;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    lastFlush = Date.now();
    for (const outcome of await store.addArticles(items)) {
      if (outcome.status === 'present') summary.present++;
      else {
        summary.stored++;
        if (outcome.duplicateOf !== null) summary.duplicates++;
      }
    }
    report(true);
  };
  // Results are written in input order, so that which of two duplicates counts as the original does not depend on timing.
  const drain = async (): Promise<void> => {
    for (let r = ready.get(nextWrite); r; r = ready.get(nextWrite)) {
      ready.delete(nextWrite++);
      if (r.ok) batch.push(r.item);
      else fail(r.code, r.message);
      if (batch.length >= batchSize) await flush();
    }
    if (Date.now() - lastFlush >= flushMs) await flush();
    report(false);
  };
  const waitForOne = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    if (fatal) throw fatal;
    await drain();
  };
  const dispatch = async (raws: RawArticle[]): Promise<void> => {
    const keys = raws.map((r) => articleKey(r.id, r.text));
    const present = await store.hasKeys(keys);
    for (const [i, raw] of raws.entries()) {
      if (fatal) throw fatal;
      if (present.has(keys[i] as string)) {
        summary.present++;
        continue;
      }
      while (inFlight >= limit) await waitForOne();
      const seq = nextSeq++;
      inFlight++;
      const settle = (): void => {
        inFlight--;
        const w = wake;
        wake = null;
        w?.();
      };
      pool.run(seq, raw, date).then(
        (result) => {
          ready.set(seq, result);
          settle();
        },
        (err: unknown) => {
          fatal ??= err;
          settle();
        },
      );
    }
  };

  try {
    let currentFile: string | null = null;
    for await (const { file, result } of readInputs(paths, {
      ...(opts.format ? { format: opts.format } : {}),
      date,
      maxArticleBytes: opts.maxArticleBytes ?? 5 * 1024 * 1024,
      ...(opts.stdin ? { stdin: opts.stdin } : {}),
    })) {
      if (file !== currentFile) {
        if (currentFile !== null) progress.bytesDone += sizes.get(currentFile) ?? 0;
        currentFile = file;
      }
      summary.read++;
      if (!result.ok) {
        fail(result.error.code, result.error.describe());
        continue;
      }
      pendingRaw.push(result.article);
      if (pendingRaw.length >= 64) {
        const raws = pendingRaw;
        pendingRaw = [];
        await dispatch(raws);
      }
      await drain();
    }
    if (pendingRaw.length) await dispatch(pendingRaw);
    while (inFlight > 0) await waitForOne();
    if (fatal) throw fatal;
    await drain();
    await flush();
    progress.bytesDone = progress.bytesTotal;
  } finally {
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  report(true);
  return summary;
}
