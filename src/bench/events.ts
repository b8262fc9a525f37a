// `npm run bench -- events [--articles N] [--reps N]`: words per second of the events stage alone and of the whole pipeline, on BBC News politics articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, RawArticle } from '../core/index.js';
import { evaluationPipeline } from '../eval/events.js';
import { createEventsStage } from '../events/index.js';
import { sharedPath } from '../testing/shared-data.js';

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function words(article: Article): number {
  let n = 0;
  for (const t of article.tokens) if (/\p{L}|\p{N}/u.test(article.text.slice(t.start, t.start + 1))) n++;
  return n;
}

/** Runs the benchmark and prints words/s; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const count = option(args, '--articles', 200);
  const reps = option(args, '--reps', 3);
  const dir = sharedPath('data/corpora/bbc-news/bbc/politics');
  const raws: RawArticle[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((f) => ({ id: f, date: '2005-01-01', title: null, text: readFileSync(path.join(dir, f), 'utf8'), source: { format: 'text' } }));
  const pipeline = await evaluationPipeline();
  pipeline.run(raws[0] ?? { id: 'warm', date: null, title: null, text: 'Warm up.', source: { format: 'text' } });
  let best = Infinity;
  let analysed: Article[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    analysed = raws.map((raw) => pipeline.run(raw));
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const total = analysed.reduce((s, a) => s + words(a), 0);
  const stage = createEventsStage();
  let stageBest = Infinity;
  for (let r = 0; r < reps * 3; r++) {
    const t0 = performance.now();
    for (const a of analysed) stage.run(a, { referenceDate: a.date, options: {} });
    stageBest = Math.min(stageBest, (performance.now() - t0) / 1000);
  }
  const events = analysed.reduce((s, a) => s + a.events.length, 0);
  console.log(`${raws.length} BBC politics articles, ${total} words, ${events} events; pipeline: ${pipeline.stages.map((s) => s.name).join(', ')}`);
  console.log(`whole pipeline: ${(total / best).toFixed(0)} words/s (best of ${reps})`);
  console.log(`events stage alone: ${(total / stageBest).toFixed(0)} words/s (best of ${reps * 3})`);
  return 0;
}
