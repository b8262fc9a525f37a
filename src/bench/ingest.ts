// `npm run bench -- ingest [PATH...] [--reps N]`: reading throughput (articles and MB per second) of readInputs.
import { statSync } from 'node:fs';
import { readInputs } from '../io/inputs.js';
import { walkFiles } from '../io/walk.js';
import { sharedPath } from '../testing/shared-data.js';

function inputBytes(paths: readonly string[]): number {
  let total = 0;
  for (const p of paths) {
    const files = statSync(p).isDirectory() ? [...walkFiles(p)] : [p];
    for (const f of files) total += statSync(f).size;
  }
  return total;
}

/** Reads the given inputs (default: Reuters-21578 and BBC News under ../shared) N times and prints throughput. */
export async function main(args: string[]): Promise<number> {
  let reps = 3;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--reps') reps = Number(args[++i] ?? '3');
    else if (args[i]) paths.push(args[i] as string);
  }
  const targets = paths.length
    ? [paths]
    : [[sharedPath('data/corpora/reuters21578/sgm-data')], [sharedPath('data/corpora/bbc-news/bbc')]];
  for (const group of targets) {
    const bytes = inputBytes(group);
    const seconds: number[] = [];
    let articles = 0;
    let errors = 0;
    let warnings = 0;
    for (let r = 0; r < reps; r++) {
      articles = 0;
      errors = 0;
      warnings = 0;
      const t0 = process.hrtime.bigint();
      for await (const { result } of readInputs(group, { date: null, maxArticleBytes: 5 * 1024 * 1024 })) {
        if (result.ok) {
          articles++;
          warnings += result.article.messages?.length ?? 0;
        } else errors++;
      }
      seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    seconds.sort((a, b) => a - b);
    const best = seconds[0] ?? 0;
    console.log(
      `${group.join(' ')}: ${articles} articles, ${errors} errors, ${warnings} warnings; ` +
        `best of ${reps}: ${best.toFixed(2)} s (${Math.round(articles / best)} articles/s, ${(bytes / 1e6 / best).toFixed(1)} MB/s)`,
    );
  }
  return 0;
}
