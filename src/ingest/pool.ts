// A fixed pool of analysis workers (worker_threads); size 0 analyses in the calling thread instead.
import { Worker } from 'node:worker_threads';
import { DatelineError, type RawArticle } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse, type AnalyseResult, type AnalyseTimes } from './analyse.js';
import type { SharedModelArrays } from '../learn/index.js';
import type { WorkerInit, WorkerMemory, WorkerModelsReply, WorkerReply, WorkerStatsReply, WorkerStatsRequest, WorkerTask } from './worker.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (r: AnalyseResult) => void>;
  /** Set while the pool waits for this worker's totals. */
  stats?: (s: WorkerStatsReply['stats']) => void;
}

/**
 * Analyses raw articles on `size` threads, each task going to the least busy worker. The first worker loads the models
 * into shared memory and hands them over; the others start then and share them (one copy of the models, not `size`).
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private models: SharedModelArrays | null = null;
  // Workers still to start once the first has shared its models.
  private waiting = 0;
  private readonly inline;
  private closed = false;
  /** Worker failures since a task last succeeded: a worker that cannot even start must not be respawned forever. */
  private failures = 0;
  private broken: DatelineError | null = null;
  /** Milliseconds spent so far in the pipeline and in building ingest items, summed over the threads. */
  readonly times: AnalyseTimes = { pipeline: 0, item: 0 };
  /** The largest V8 heap and array-buffer total any one analysis thread reported, in bytes (sampled). */
  readonly peakMemory: { heapTotal: number; arrayBuffers: number } = { heapTotal: 0, arrayBuffers: 0 };

  constructor(readonly size: number) {
    this.inline = size === 0 ? createDefaultPipeline() : null;
    if (size > 0) {
      this.slots.push(this.spawn());
      this.waiting = size - 1;
    }
  }

  private spawn(): Slot {
    // The parent's own flags (such as --eval) are not for the worker.
    // The young generation keeps V8's default: a smaller one saves ~25 MB per thread but costs 3-10% more scavenging.
    const workerData: WorkerInit = this.models ? { models: this.models } : { record: true };
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { execArgv: [], workerData }), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply | WorkerStatsReply | WorkerModelsReply) => {
      if ('models' in reply) {
        this.models = reply.models;
        for (; this.waiting > 0 && !this.closed; this.waiting--) this.slots.push(this.spawn());
        return;
      }
      if ('stats' in reply) {
        slot.stats?.(reply.stats);
        return;
      }
      const m = reply;
      this.failures = 0;
      this.times.pipeline += m.times.pipeline;
      this.times.item += m.times.item;
      if (m.memory) this.noteMemory(m.memory);
      const done = slot.pending.get(m.seq);
      slot.pending.delete(m.seq);
      done?.(m.result);
    });
    const fail = (why: string) => {
      // A crashed worker fails only the articles it held; a fresh worker takes its place.
      for (const done of slot.pending.values()) done({ ok: false, code: 'WORKER_CRASH', message: why });
      slot.pending.clear();
      if (this.closed) return;
      if (++this.failures > 3) {
        this.broken = new DatelineError('PIPELINE', `analysis workers keep failing: ${why}`);
        return;
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    };
    slot.worker.on('error', (err) => fail(`analysis worker failed: ${err.message}`));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) fail(`analysis worker exited with code ${code}`);
    });
    return slot;
  }

  /** Analyses one article; `key` is its article key when the caller has computed it already. */
  run(seq: number, raw: RawArticle, referenceDate: string | null, key?: string): Promise<AnalyseResult> {
    if (this.inline) return Promise.resolve(analyse(this.inline, raw, referenceDate, key, this.times));
    if (this.broken) return Promise.reject(this.broken);
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise((resolve) => {
      slot.pending.set(seq, resolve);
      const task: WorkerTask = key === undefined ? { seq, raw, referenceDate } : { seq, raw, referenceDate, key };
      slot.worker.postMessage(task);
    });
  }

  private noteMemory(m: WorkerMemory): void {
    this.peakMemory.heapTotal = Math.max(this.peakMemory.heapTotal, m.heapTotal);
    this.peakMemory.arrayBuffers = Math.max(this.peakMemory.arrayBuffers, m.arrayBuffers);
  }

  /** Asks every idle worker for its thread's CPU seconds so far (summed; null when unknown) and notes its memory. */
  async workerCpuSeconds(): Promise<number | null> {
    if (this.inline || this.broken) return null;
    const each = await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<number | null>((resolve) => {
            // A worker that does not answer soon (crashed, busy) is left out rather than holding up the end of the run.
            const timer = setTimeout(() => resolve(null), 2000);
            slot.stats = (s) => {
              clearTimeout(timer);
              delete slot.stats;
              this.noteMemory(s.memory);
              resolve(s.cpuSeconds);
            };
            const request: WorkerStatsRequest = { stats: true };
            slot.worker.postMessage(request);
          }),
      ),
    );
    return each.some((x) => x === null) ? null : each.reduce<number>((a, b) => a + (b as number), 0);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
