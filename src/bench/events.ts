// `npm run bench -- events [--docs N] [--reps N]`: words per CPU second of the whole pipeline with events and of the events stage alone, on Reuters-21578 bodies.
import { loadavg } from 'node:os';
import type { Article, RawArticle } from '../core/index.js';
import { evaluationPipeline } from '../eval/events.js';
import { createEventsStage } from '../events/index.js';
import { countWords } from './pipeline.js';
import { reutersDir, reutersStories, timed } from './reuters-stories.js';

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Runs the benchmark and prints words per CPU second (and wall); returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const dir = reutersDir();
  if (!dir) {
    console.error('bench events: needs ../shared/data/corpora/reuters21578/sgm-data (absent on this machine)');
    return 2;
  }
  const docs = option(args, '--docs', option(args, '--articles', 1000));
  const reps = option(args, '--reps', 2);
  const raws: RawArticle[] = reutersStories(dir, docs);
  const pipeline = await evaluationPipeline();
  pipeline.run(raws[0] ?? { id: 'warm', date: null, title: null, text: 'Warm up.', source: { format: 'text' } });
  let best = { wall: Infinity, cpu: Infinity };
  let analysed: Article[] = [];
  for (let r = 0; r < reps; r++) {
    const t = timed(() => {
      analysed = raws.map((raw) => pipeline.run(raw));
    });
    if (t.cpu < best.cpu) best = t;
  }
  const total = analysed.reduce((s, a) => s + countWords(a), 0);
  const stage = createEventsStage();
  let stageBest = { wall: Infinity, cpu: Infinity };
  // The stage alone is fast: more repetitions so that the CPU clock's granularity does not dominate.
  for (let r = 0; r < reps * 3; r++) {
    const t = timed(() => {
      for (const a of analysed) stage.run(a, { referenceDate: a.date, options: {} });
    });
    if (t.cpu < stageBest.cpu) stageBest = t;
  }
  const events = analysed.reduce((s, a) => s + a.events.length, 0);
  const sentences = analysed.reduce((s, a) => s + a.sentences.length, 0);
  const withEvents = analysed.reduce((s, a) => s + new Set(a.events.map((e) => e.sentence)).size, 0);
  console.log(`Reuters-21578: ${raws.length} bodies, ${total} words, ${sentences} sentences, ${events} events (${withEvents} sentences with any); load ${loadavg()[0]?.toFixed(2)}`);
  console.log(`pipeline: ${pipeline.stages.map((s) => s.name).join(', ')}`);
  console.log(`whole pipeline with events (best of ${reps}): ${(total / best.cpu).toFixed(0)} words/CPU s, ${(total / best.wall).toFixed(0)} words/s wall`);
  console.log(`events stage alone (best of ${reps * 3}): ${(total / stageBest.cpu).toFixed(0)} words/CPU s, ${(total / stageBest.wall).toFixed(0)} words/s wall; ${((100 * stageBest.cpu) / best.cpu).toFixed(1)}% of the pipeline's CPU time`);
  return 0;
}
