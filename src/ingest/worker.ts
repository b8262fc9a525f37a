// The analysis worker thread: builds the default pipeline once, then analyses the articles the pool sends it.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../core/index.js';
import { adoptModelArrays, recordModelArrays, recordedModelArrays, type SharedModelArrays } from '../learn/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse, type AnalyseResult, type AnalyseTimes } from './analyse.js';
import { threadCpuSeconds } from './thread-cpu.js';

/**
 * What a worker starts with: the first worker records the model arrays it loads and sends them back (a
 * `WorkerModelsReply`); the others adopt them, so that all threads share one copy of the models.
 */
export type WorkerInit = { readonly record: true } | { readonly models: SharedModelArrays };

/** The first worker's message once its models are loaded: their arrays, in shared memory. */
export interface WorkerModelsReply {
  readonly models: SharedModelArrays;
}

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

// An article of our own that makes every stage load what it loads lazily, before the models are handed on.
const WARM_UP: RawArticle = {
  id: 'warm-up',
  date: '2026-01-05',
  title: null,
  text: 'LISBON -- Portugal\'s foreign minister, Ana Duarte, said on Monday she would meet her Spanish counterpart in Madrid next week.',
  source: { format: 'text' },
};

if (parentPort) {
  const port = parentPort;
  const init = workerData as WorkerInit | undefined;
  if (init && 'models' in init) adoptModelArrays(init.models);
  if (init && 'record' in init) recordModelArrays(true);
  const pipeline = createDefaultPipeline();
  if (init && 'record' in init) {
    pipeline.run(WARM_UP, { referenceDate: WARM_UP.date });
    recordModelArrays(false);
    const reply: WorkerModelsReply = { models: recordedModelArrays() };
    port.postMessage(reply);
  }
  let done = 0;
  // When the last article was finished: the gap until the next one arrives is time this thread sat idle.
  let lastEnd: number | null = null;
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
    const start = performance.now();
    const times: AnalyseTimes = { pipeline: 0, item: 0, idle: lastEnd === null ? 0 : start - lastEnd };
    const result = analyse(pipeline, task.raw, task.referenceDate, task.key, times);
    let reply: WorkerReply = { seq: task.seq, result, times };
    if (++done % 256 === 0) reply = { ...reply, memory: memory() };
    port.postMessage(reply);
    lastEnd = performance.now();
  });
}
