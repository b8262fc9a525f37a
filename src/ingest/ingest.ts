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
  /** Where the time went, in seconds of each thread's wall clock (see `IngestPhases`). */
  phases?: IngestPhases;
}

/**
 * Seconds spent in each part of an ingest, and the analysis threads' memory. `read`, `keys`, `store` and `wait` are the main thread's (reading and
 * parsing inputs, hashing keys and looking them up, writing batches, waiting for the workers); `pipeline` and `item`
 * are summed over the analysis threads (running the pipeline, hashing and MinHash of the ingest item).
 */
export interface IngestPhases {
  read: number;
  keys: number;
  store: number;
  wait: number;
  pipeline: number;
  item: number;
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
  const limit = Math.max(1, workers) * (opts.queuePerWorker ?? 16);
  const date = opts.date ?? null;
  const mainCpu0 = threadCpuSeconds();
  const phases: IngestPhases = { read: 0, keys: 0, store: 0, wait: 0, pipeline: 0, item: 0, mainCpu: null, workersCpu: null, workerHeapMb: 0, workerBuffersMb: 0 };
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
    const t0 = performance.now();
    const outcomes = await store.addArticles(items);
    phases.store += (performance.now() - t0) / 1000;
    for (const outcome of outcomes) {
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
      while (inFlight >= limit) await waitForOne();
      const seq = nextSeq++;
      inFlight++;
      const settle = (): void => {
        inFlight--;
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
    phases.pipeline = pool.times.pipeline / 1000;
    phases.item = pool.times.item / 1000;
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
