// A fixed pool of analysis workers (worker_threads); size 0 analyses in the calling thread instead.
import { Worker } from 'node:worker_threads';
import { DatelineError, type RawArticle } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse, type AnalyseResult, type AnalyseTimes } from './analyse.js';
import type { SharedModelArrays } from '../learn/index.js';
import type { WorkerInit, WorkerMemory, WorkerModelsReply, WorkerReply, WorkerStatsReply, WorkerStatsRequest, WorkerTask } from './worker.js';

interface Slot {
  worker: Worker;
  pending: Map<number, Queued>;
  /** Set while the pool waits for this worker's totals. */
  stats?: (s: WorkerStatsReply['stats']) => void;
  /** Set once its failure is handled (an 'error' is followed by an 'exit'). */
  dead?: boolean;
}

// A bound on each analysis thread's old generation: without one, V8 let a thread's heap grow past 300 MB of mostly
// garbage on Reuters, taking the ingest over 1 GB; the live data (caches, the article in hand) stays far below it. An
// article too big for it (megabytes of text) is analysed on the calling thread instead (see \`spawn\`).
const OLD_GENERATION_MB = 200;

/** A task not yet handed to a worker. */
interface Queued {
  readonly task: WorkerTask;
  readonly resolve: (r: AnalyseResult) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Analyses raw articles on `size` threads. Each worker holds at most `perWorker` tasks; the rest wait in the pool and
 * go to whichever worker frees up first, so that a worker started late or slowed by a long article does not leave the
 * other idle. The first worker loads the models into shared memory and hands them over; the others start then and
 * share them (one copy of the models, not `size`).
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private models: SharedModelArrays | null = null;
  // Workers still to start once the first has shared its models.
  private waiting = 0;
  private readonly inline;
  // The calling thread's pipeline for articles too big for a worker's memory bound, made on first need.
  private fallback: ReturnType<typeof createDefaultPipeline> | null = null;
  private readonly oldGenerationMb: number;
  private closed = false;
  /** Worker failures since a task last succeeded: a worker that cannot even start must not be respawned forever. */
  private failures = 0;
  private broken: DatelineError | null = null;
  private readonly backlog: (Queued | undefined)[] = [];
  private backlogHead = 0;
  private readonly perWorker: number;
  /** Milliseconds spent so far in the pipeline, in building ingest items and idle between articles, summed over the threads. */
  readonly times: AnalyseTimes = { pipeline: 0, item: 0, idle: 0 };
  /** The largest V8 heap and array-buffer total any one analysis thread reported, in bytes (sampled). */
  readonly peakMemory: { heapTotal: number; arrayBuffers: number } = { heapTotal: 0, arrayBuffers: 0 };

  /** `perWorker` (default 32, some 200 ms of work) keeps a worker busy while the calling thread commits a batch. */
  constructor(
    readonly size: number,
    opts: { readonly perWorker?: number; readonly oldGenerationMb?: number } = {},
  ) {
    this.perWorker = Math.max(1, opts.perWorker ?? 32);
    this.oldGenerationMb = opts.oldGenerationMb ?? OLD_GENERATION_MB;
    this.inline = size === 0 ? createDefaultPipeline() : null;
    if (size > 0) {
      this.slots.push(this.spawn());
      this.waiting = size - 1;
    }
  }

  private spawn(): Slot {
    // The parent's own flags (such as --eval) are not for the worker.
    // The young generation keeps V8's default: a smaller one saves ~25 MB per thread but costs 3-10% more scavenging,
    // and a larger one (96 or 192 MB) cost 20-30% more CPU in all on Reuters.
    const workerData: WorkerInit = this.models ? { models: this.models } : { record: true };
    const slot: Slot = {
      worker: new Worker(new URL('./worker.js', import.meta.url), { execArgv: [], workerData, resourceLimits: { maxOldGenerationSizeMb: this.oldGenerationMb } }),
      pending: new Map(),
    };
    slot.worker.on('message', (reply: WorkerReply | WorkerStatsReply | WorkerModelsReply) => {
      if ('models' in reply) {
        this.models = reply.models;
        for (; this.waiting > 0 && !this.closed; this.waiting--) this.slots.push(this.spawn());
        this.pump();
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
      this.times.idle += m.times.idle;
      if (m.memory) this.noteMemory(m.memory);
      const done = slot.pending.get(m.seq);
      slot.pending.delete(m.seq);
      done?.resolve(m.result);
      this.pump();
    });
    const fail = (why: string, outOfMemory = false) => {
      if (slot.dead) return;
      slot.dead = true;
      // A crashed worker fails only the articles it held; a fresh worker takes its place. A worker that reached its
      // memory bound hands them to the calling thread, whose heap has none: one of them was too big for the bound.
      const held = [...slot.pending.values()];
      slot.pending.clear();
      for (const q of held) {
        if (outOfMemory && !this.closed) {
          this.fallback ??= createDefaultPipeline();
          const { raw, referenceDate, key } = q.task;
          q.resolve(analyse(this.fallback, raw, referenceDate, key, this.times));
        } else q.resolve({ ok: false, code: 'WORKER_CRASH', message: why });
      }
      if (this.closed) return;
      if (++this.failures > 3) {
        const broken = new DatelineError('PIPELINE', `analysis workers keep failing: ${why}`);
        this.broken = broken;
        for (; this.backlogHead < this.backlog.length; this.backlogHead++) this.backlog[this.backlogHead]?.reject(broken);
        return;
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', (err) => fail(`analysis worker failed: ${err.message}`, (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) fail(`analysis worker exited with code ${code}`);
    });
    return slot;
  }

  /** Analyses one article; `key` is its article key when the caller has computed it already. */
  run(seq: number, raw: RawArticle, referenceDate: string | null, key?: string): Promise<AnalyseResult> {
    if (this.inline) return Promise.resolve(analyse(this.inline, raw, referenceDate, key, this.times));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const task: WorkerTask = key === undefined ? { seq, raw, referenceDate } : { seq, raw, referenceDate, key };
      this.backlog.push({ task, resolve, reject });
      this.pump();
    });
  }

  /** Hands waiting tasks to the least busy workers that have room. */
  private pump(): void {
    while (this.backlogHead < this.backlog.length && !this.broken) {
      let slot: Slot | null = null;
      for (const s of this.slots) if (!slot || s.pending.size < slot.pending.size) slot = s;
      if (!slot || slot.pending.size >= this.perWorker) return;
      const next = this.backlog[this.backlogHead] as Queued;
      this.backlog[this.backlogHead++] = undefined;
      slot.pending.set(next.task.seq, next);
      slot.worker.postMessage(next.task);
    }
    // The array is emptied now and then rather than shifted task by task.
    if (this.backlogHead === this.backlog.length) {
      this.backlog.length = 0;
      this.backlogHead = 0;
    }
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
