// `npm run bench -- pipeline [--docs N] [--reps R]`: the whole default pipeline on Reuters-21578 bodies, words/s and each stage's share.
import { cpus, loadavg } from 'node:os';
import { createArticle, type Article, type RawArticle, type StageContext } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import { reutersDir, reutersStories, timed } from './reuters-stories.js';

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Tokens that start with a letter or digit: the "words" every speed target counts. */
export function countWords(article: Article): number {
  let n = 0;
  for (const t of article.tokens) if (/[\p{L}\p{N}]/u.test(article.text.charAt(t.start))) n++;
  return n;
}

// Stories run before the first-pass timing (not counted).
const WARM_STORIES = 2000;

/** Runs the benchmark; prints whole-pipeline words/s (wall and CPU) and the time spent in each stage. */
export async function main(args: string[]): Promise<number> {
  const dir = reutersDir();
  if (!dir) {
    console.error('bench pipeline: needs ../shared/data/corpora/reuters21578/sgm-data (absent on this machine)');
    return 2;
  }
  const docs = option(args, '--docs', 3000);
  const reps = option(args, '--reps', 3);
  // The stories after the timed ones warm the caches (per-word tagger vectors, entity form records) for the first-pass
  // figure: text the pipeline has not seen, as in an ingest, rather than the same stories again.
  const all: RawArticle[] = reutersStories(dir, docs + WARM_STORIES);
  const stories = all.slice(0, docs);
  const warm = all.slice(docs);
  const load = timed(() => createDefaultPipeline().run({ id: 'warm', date: '2020-01-01', title: null, text: 'Officials met on Monday.', source: { format: 'text' } }));
  const pipeline = createDefaultPipeline();
  const stages = pipeline.stages;
  const perStage = new Float64Array(stages.length);
  let words = 0;
  // Stage by stage, exactly as Pipeline.run merges patches, so that each stage's time can be read.
  const runAll = (record: boolean): void => {
    for (const raw of stories) {
      let article = createArticle(raw);
      const ctx: StageContext = { referenceDate: article.date, options: {} };
      for (let s = 0; s < stages.length; s++) {
        const t0 = record ? performance.now() : 0;
        const { messages, ...layers } = stages[s]!.run(article, ctx);
        article = { ...article, ...layers, messages: messages?.length ? [...article.messages, ...messages] : article.messages };
        if (record) perStage[s]! += performance.now() - t0;
      }
      if (record) words += countWords(article);
    }
  };
  for (const raw of warm) pipeline.run(raw);
  const first = timed(() => {
    for (const raw of stories) pipeline.run(raw);
  });
  runAll(false);
  // Again on the same stories, best of `reps`: caches now hold their words, so this is the faster, repeat-text figure.
  let best = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < reps; r++) {
    const t = timed(() => {
      for (const raw of stories) pipeline.run(raw);
    });
    if (t.cpu < best.cpu) best = t;
  }
  runAll(true);
  const total = perStage.reduce((a, b) => a + b, 0);
  console.log(`Reuters-21578: ${stories.length} bodies, ${words} words; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}; one process, one core`);
  console.log(`model load and first article: ${(load.wall * 1000).toFixed(0)} ms`);
  console.log(`whole pipeline, first pass over unseen stories: ${Math.round(words / first.wall)} words/s wall, ${Math.round(words / first.cpu)} words/s CPU`);
  console.log(`whole pipeline, the same stories again (best of ${reps}): ${Math.round(words / best.wall)} words/s wall, ${Math.round(words / best.cpu)} words/s CPU`);
  for (let s = 0; s < stages.length; s++) {
    const ms = perStage[s]!;
    console.log(`  ${stages[s]!.name.padEnd(12)} ${(100 * ms / total).toFixed(1).padStart(5)}%  ${Math.round(words / (ms / 1000)).toString().padStart(10)} words/s alone`);
  }
  return 0;
}
