// The analysis worker thread: builds the default pipeline once, then analyses the articles the pool sends it.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { analyse } from './analyse.js';

/** A task sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly raw: RawArticle;
  readonly referenceDate: string | null;
}

if (parentPort) {
  const port = parentPort;
  const pipeline = createDefaultPipeline();
  port.on('message', (task: WorkerTask) => {
    port.postMessage({ seq: task.seq, result: analyse(pipeline, task.raw, task.referenceDate) });
  });
}
