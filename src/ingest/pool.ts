// A fixed pool of analysis workers (worker_threads); size 0 analyses in the calling thread instead.
import { Worker } from 'node:worker_threads';
import { DatelineError, type RawArticle } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse, type AnalyseResult } from './analyse.js';
import type { WorkerTask } from './worker.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (r: AnalyseResult) => void>;
}

/** Analyses raw articles on `size` threads, each task going to the least busy worker. */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly inline;
  private closed = false;
  /** Worker failures since a task last succeeded: a worker that cannot even start must not be respawned forever. */
  private failures = 0;
  private broken: DatelineError | null = null;

  constructor(readonly size: number) {
    this.inline = size === 0 ? createDefaultPipeline() : null;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // The parent's own flags (such as --eval) are not for the worker.
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { execArgv: [] }), pending: new Map() };
    slot.worker.on('message', (m: { seq: number; result: AnalyseResult }) => {
      this.failures = 0;
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

  /** Analyses one article. */
  run(seq: number, raw: RawArticle, referenceDate: string | null): Promise<AnalyseResult> {
    if (this.inline) return Promise.resolve(analyse(this.inline, raw, referenceDate));
    if (this.broken) return Promise.reject(this.broken);
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise((resolve) => {
      slot.pending.set(seq, resolve);
      const task: WorkerTask = { seq, raw, referenceDate };
      slot.worker.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
