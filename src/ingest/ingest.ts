// Ingest orchestration: read inputs, skip what is stored, analyse on a worker pool, store in order in batch transactions.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { RawArticle } from '../core/index.js';
import { articleKey } from '../corpus/hash.js';
import { readInputs } from '../io/inputs.js';
import { walkFiles } from '../io/walk.js';
import type { AddOutcome, IngestItem, Store, StoreBatch } from '../store/types.js';
import type { AnalyseResult } from './analyse.js';
import { AnalysisPool } from './pool.js';
import { threadCpuSeconds } from './thread-cpu.js';

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
  /**
   * Articles handed to the pool and not yet back, per worker (default 64), and their text in all (default 32 M
   * characters): bounds memory however large the input, and lets results wait to be written in input order while the
   * workers go on. Each worker holds at most 32 of them; the rest wait in the pool for the first worker free.
   */
  readonly queuePerWorker?: number;
  readonly queueChars?: number;
  /** Stop after reading this many articles (for measuring on a part of a corpus). */
  readonly limit?: number;
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
  /** Where the time went, in seconds of each thread's wall clock (see `IngestPhases`). */
  phases?: IngestPhases;
}

/**
 * Seconds spent in each part of an ingest, and the analysis threads' memory. `read`, `keys`, `store` and `wait` are the main thread's (reading and
 * parsing inputs, hashing keys and looking them up, writing batches, waiting for the workers); `pipeline` and `item`
 * are summed over the analysis threads (running the pipeline; hashing, MinHash and encoding of the ingest item).
 */
export interface IngestPhases {
  read: number;
  keys: number;
  store: number;
  wait: number;
  pipeline: number;
  item: number;
  /** Summed over the analysis threads: time spent idle between one article and the next (starved of work). */
  idle: number;
  /** CPU seconds of the main thread and of the analysis threads over the run (null where the OS does not say). */
  mainCpu: number | null;
  workersCpu: number | null;
  /** The largest V8 heap and array buffers of one analysis thread, in MB, sampled every few hundred articles. */
  workerHeapMb: number;
  workerBuffersMb: number;
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
  const limit = Math.max(1, workers) * (opts.queuePerWorker ?? 64);
  const charLimit = opts.queueChars ?? 32 * 1024 * 1024;
  const date = opts.date ?? null;
  const mainCpu0 = threadCpuSeconds();
  const phases: IngestPhases = { read: 0, keys: 0, store: 0, wait: 0, pipeline: 0, item: 0, idle: 0, mainCpu: null, workersCpu: null, workerHeapMb: 0, workerBuffersMb: 0 };
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, present: 0, failed: 0, reasons: {}, seconds: 0, phases };
  const sizes = inputSizes(paths);
  const progress: IngestProgress = { ...summary, bytesDone: 0, bytesTotal: [...sizes.values()].reduce((a, b) => a + b, 0) };
  let lastReport = 0;
  const report = (force: boolean): void => {
    const now = Date.now();
    if (!opts.onProgress || (!force && now - lastReport < 200)) return;
    lastReport = now;
    Object.assign(progress, summary, { seconds: (now - started) / 1000 });
    opts.onProgress({ ...progress, reasons: { ...summary.reasons }, phases: { ...phases } });
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
  let inFlightChars = 0;
  let wake: (() => void) | null = null;
  // With a store that takes articles one at a time, each is written as soon as it is ready, inside a transaction
  // committed every `batchSize` articles; otherwise ready items are collected and written with `addArticles`.
  const open: StoreBatch | null = store.beginBatch?.() ?? null;
  let batch: IngestItem[] = [];
  // Outcomes of articles written but not yet committed: they count once their transaction is.
  let uncommitted: AddOutcome[] = [];
  let lastFlush = Date.now();
  let pendingRaw: RawArticle[] = [];
  let fatal: unknown = null;

  const count = (outcomes: readonly AddOutcome[]): void => {
    for (const outcome of outcomes) {
      if (outcome.status === 'present') summary.present++;
      else {
        summary.stored++;
        if (outcome.duplicateOf !== null) summary.duplicates++;
      }
    }
  };
  const flush = async (): Promise<void> => {
    if (open ? open.size === 0 : batch.length === 0) return;
    lastFlush = Date.now();
    const t0 = performance.now();
    if (open) {
      await open.commit();
      count(uncommitted);
      uncommitted = [];
    } else {
      const items = batch;
      batch = [];
      count(await store.addArticles(items));
    }
    phases.store += (performance.now() - t0) / 1000;
    report(true);
  };
  const put = async (item: IngestItem): Promise<void> => {
    if (open) {
      const t0 = performance.now();
      uncommitted.push(await open.add(item));
      phases.store += (performance.now() - t0) / 1000;
      if (open.size >= batchSize) await flush();
    } else {
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
  };
  // Results are written in input order, so that which of two duplicates counts as the original does not depend on timing.
  const drain = async (): Promise<void> => {
    for (let r = ready.get(nextWrite); r; r = ready.get(nextWrite)) {
      ready.delete(nextWrite++);
      if (r.ok) await put(r.item);
      else fail(r.code, r.message);
    }
    if (Date.now() - lastFlush >= flushMs) await flush();
    report(false);
  };
  const waitForOne = async (): Promise<void> => {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    phases.wait += (performance.now() - t0) / 1000;
    if (fatal) throw fatal;
    await drain();
  };
  const dispatch = async (raws: RawArticle[]): Promise<void> => {
    const t0 = performance.now();
    const keys = raws.map((r) => articleKey(r.id, r.text));
    const present = await store.hasKeys(keys);
    phases.keys += (performance.now() - t0) / 1000;
    for (const [i, raw] of raws.entries()) {
      if (fatal) throw fatal;
      const key = keys[i] as string;
      if (present.has(key)) {
        summary.present++;
        continue;
      }
      while (inFlight >= limit || (inFlight > 0 && inFlightChars + raw.text.length > charLimit)) await waitForOne();
      const seq = nextSeq++;
      const chars = raw.text.length;
      inFlight++;
      inFlightChars += chars;
      const settle = (): void => {
        inFlight--;
        inFlightChars -= chars;
        const w = wake;
        wake = null;
        w?.();
      };
      pool.run(seq, raw, date, key).then(
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
    // Reading time is what the main thread spends between one article and the next inside the reader.
    let readFrom = performance.now();
    for await (const { file, result } of readInputs(paths, {
      ...(opts.format ? { format: opts.format } : {}),
      date,
      maxArticleBytes: opts.maxArticleBytes ?? 5 * 1024 * 1024,
      ...(opts.stdin ? { stdin: opts.stdin } : {}),
    })) {
      phases.read += (performance.now() - readFrom) / 1000;
      if (file !== currentFile) {
        if (currentFile !== null) progress.bytesDone += sizes.get(currentFile) ?? 0;
        currentFile = file;
      }
      if (opts.limit !== undefined && summary.read >= opts.limit) break;
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
      readFrom = performance.now();
    }
    if (pendingRaw.length) await dispatch(pendingRaw);
    while (inFlight > 0) await waitForOne();
    if (fatal) throw fatal;
    await drain();
    await flush();
    progress.bytesDone = progress.bytesTotal;
    phases.workersCpu = await pool.workerCpuSeconds();
  } finally {
    // A run that stops early keeps only whole committed batches; what was written since the last commit is undone.
    if (open && open.size > 0) await open.rollback().catch(() => undefined);
    phases.pipeline = pool.times.pipeline / 1000;
    phases.item = pool.times.item / 1000;
    phases.idle = pool.times.idle / 1000;
    phases.workerHeapMb = pool.peakMemory.heapTotal / 1048576;
    phases.workerBuffersMb = pool.peakMemory.arrayBuffers / 1048576;
    const mainCpu1 = threadCpuSeconds();
    phases.mainCpu = mainCpu0 !== null && mainCpu1 !== null ? mainCpu1 - mainCpu0 : null;
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  report(true);
  return summary;
}
