// `npm run bench -- ingest-store [PATH...] [--workers N] [--db FILE] [--limit N] [--queue N] [--batch N] [--whole-batches]`:
// a full ingest (pipeline on every core, store in SQLite) of Reuters-21578 by default; prints wall time, CPU time,
// articles per second and peak RSS of the process (worker threads included: they share it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../ingest/index.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { sharedPath } from '../testing/shared-data.js';

/** Peak resident set size in MB from /proc (VmHWM), else the current RSS. */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux: fall back to the current figure.
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

/** Ingests the inputs into a fresh database and prints the figures. */
export async function main(args: string[]): Promise<number> {
  const paths: string[] = [];
  let workers = availableParallelism();
  let db: string | undefined;
  // For comparison: hand the store whole batches (addArticles) instead of articles one at a time in an open batch.
  let wholeBatches = false;
  let extra: { limit?: number; queuePerWorker?: number; batchSize?: number } = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--workers') workers = Number(args[++i]);
    else if (args[i] === '--limit') extra = { ...extra, limit: Number(args[++i]) };
    else if (args[i] === '--queue') extra = { ...extra, queuePerWorker: Number(args[++i]) };
    else if (args[i] === '--batch') extra = { ...extra, batchSize: Number(args[++i]) };
    else if (args[i] === '--whole-batches') wholeBatches = true;
    else if (args[i] === '--db') db = args[++i];
    else if (args[i]) paths.push(args[i] as string);
  }
  if (paths.length === 0) paths.push(sharedPath('data/corpora/reuters21578/sgm-data'));
  const dir = db ? null : mkdtempSync(path.join(tmpdir(), 'dateline-ingest-bench-'));
  const file = db ?? path.join(dir as string, 'bench.db');
  const store = SqliteStore.open(file);
  let sampledPeak = 0;
  const timer = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  }, 100);
  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  const target: Store = wholeBatches ? new Proxy(store, { get: (t, p) => (p === 'beginBatch' ? undefined : (Reflect.get(t, p) as unknown)) }) : store;
  const summary = await ingest(paths, target, { workers, ...extra });
  const seconds = (Date.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  const stats = await store.stats();
  await store.close();
  console.log(`${paths.join(' ')} with ${workers} workers: ${summary.read} read, ${summary.stored} stored (${summary.duplicates} duplicates), ${summary.failed} failed`);
  console.log(`wall ${seconds.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ${(summary.read / seconds).toFixed(0)} articles/s, peak RSS ${peakRssMb().toFixed(0)} MB (sampled ${(sampledPeak / 1024 / 1024).toFixed(0)} MB)`);
  const ph = summary.phases;
  if (ph) {
    const f = (x: number) => `${x.toFixed(1)} s`;
    console.log(`main thread: read ${f(ph.read)}, keys ${f(ph.keys)}, store ${f(ph.store)}, waiting for workers ${f(ph.wait)}; ` +
      `analysis threads: pipeline ${f(ph.pipeline)}, ingest item ${f(ph.item)}, idle waiting for work ${f(ph.idle)} (wall clock of each thread, summed)`);
    const cpuTotal = (cpu.user + cpu.system) / 1e6;
    if (ph.mainCpu !== null && ph.workersCpu !== null) {
      console.log(`CPU by thread: main ${f(ph.mainCpu)}, analysis threads ${f(ph.workersCpu)}, ` +
        `V8's own helper threads (GC, compiling) and the rest ${f(cpuTotal - ph.mainCpu - ph.workersCpu)}`);
    }
    console.log(`one analysis thread at most: V8 heap ${ph.workerHeapMb.toFixed(0)} MB, array buffers (models) ${ph.workerBuffersMb.toFixed(0)} MB; ` +
      `main thread now: V8 heap ${(process.memoryUsage().heapTotal / 1048576).toFixed(0)} MB`);
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`corpus: ${JSON.stringify(stats)}`);
  console.log(`targets (wall <= 60 s, peak RSS <= 1024 MB): ${seconds <= 60 && peakRssMb() <= 1024 ? 'met' : 'MISSED'}`);
  if (dir) rmSync(dir, { recursive: true, force: true });
  return 0;
}
