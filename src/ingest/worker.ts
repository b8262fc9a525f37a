// The analysis worker thread: builds the default pipeline once, then analyses the articles the pool sends it.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse, type AnalyseResult, type AnalyseTimes } from './analyse.js';
import { threadCpuSeconds } from './thread-cpu.js';

/** A task sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly raw: RawArticle;
  readonly referenceDate: string | null;
  /** The article's key, computed by the main thread already. */
  readonly key?: string;
}

/** A worker's answer: the result, and the milliseconds that article took in the pipeline and in building the item. */
export interface WorkerReply {
  readonly seq: number;
  readonly result: AnalyseResult;
  readonly times: AnalyseTimes;
  /** Every 256 articles: this thread's V8 heap and array buffers in bytes (the resident set is the whole process's). */
  readonly memory?: WorkerMemory;
}

/** Asks a worker for its totals (sent once, before the pool closes). */
export interface WorkerStatsRequest {
  readonly stats: true;
}

/** A worker's totals: its thread's CPU seconds (null off Linux) and its memory now. */
export interface WorkerStatsReply {
  readonly stats: { readonly cpuSeconds: number | null; readonly memory: WorkerMemory };
}

/** One analysis thread's own memory, in bytes. */
export interface WorkerMemory {
  readonly heapTotal: number;
  readonly arrayBuffers: number;
}

if (parentPort) {
  const port = parentPort;
  const pipeline = createDefaultPipeline();
  let done = 0;
  const memory = (): WorkerMemory => {
    const m = process.memoryUsage();
    return { heapTotal: m.heapTotal, arrayBuffers: m.arrayBuffers };
  };
  port.on('message', (task: WorkerTask | WorkerStatsRequest) => {
    if ('stats' in task) {
      const reply: WorkerStatsReply = { stats: { cpuSeconds: threadCpuSeconds(), memory: memory() } };
      port.postMessage(reply);
      return;
    }
    const times: AnalyseTimes = { pipeline: 0, item: 0 };
    const result = analyse(pipeline, task.raw, task.referenceDate, task.key, times);
    let reply: WorkerReply = { seq: task.seq, result, times };
    if (++done % 256 === 0) reply = { ...reply, memory: memory() };
    port.postMessage(reply);
  });
}
