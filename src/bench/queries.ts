// `npm run bench -- queries [--articles N] [--db FILE] [--rebuild] [--reps N]`: latency of corpus queries (search, entity
// profile, timeline) on a generated corpus of N articles (default 200,000), reported as p50/p95/max in milliseconds.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRng } from '../learn/rng.js';
import type { SqliteStore } from '../store/sqlite/index.js';
import { buildSynthCorpus } from './corpus-build.js';

const WORDS = ['copper', 'wheat exports', 'fishing quotas', 'port fees', '"solar permits"', 'Okonkwo', 'Lindqvist talks', 'Greyhaven', 'delayed twice',
  'inquiry', 'shipping insurance Kenya', 'grain', 'tariffs', 'Fontaine', 'vaccine supplies', 'rail fares Poland', 'bond yields', 'parliament approval'];
const NAMES = ['Northern Grain Board', 'Federal Energy Agency', 'Fisheries Commission', 'Kenya', 'Japan', 'Port Alder', 'Silverton'];
const FIRST = ['Amara', 'Bruno', 'Celia', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo'];
const LAST = ['Okonkwo', 'Varga', 'Lindqvist', 'Moreau', 'Takeda', 'Halvorsen', 'Castellano', 'Brennan'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function timeAll(label: string, reps: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 0.95);
  console.log(`${label.padEnd(16)} n=${reps}  p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  max ${(times[times.length - 1] ?? 0).toFixed(2)} ms`);
  return p95;
}

/** Builds or reuses the corpus, then times each kind of query. */
export async function main(args: string[]): Promise<number> {
  let count = 200_000;
  let reps = 200;
  let db: string | undefined;
  let rebuild = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--articles') count = Number(args[++i]);
    else if (args[i] === '--reps') reps = Number(args[++i]);
    else if (args[i] === '--db') db = args[++i];
    else if (args[i] === '--rebuild') rebuild = true;
  }
  const file = db ?? path.join(tmpdir(), `dateline-bench-queries-${count}.db`);
  if (rebuild) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  console.log(`corpus: ${count} generated articles in ${file}`);
  const built: SqliteStore = await buildSynthCorpus(file, count);
  await built.close();
  const { SqliteStore: Store } = await import('../store/sqlite/index.js');
  const store = Store.open(file, { readonly: true });
  console.log(JSON.stringify(await store.stats()));
  const rng = createRng(7);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
  const month = () => `2024-${String(1 + rng.int(12)).padStart(2, '0')}`;
  const entityName = (i: number) => (i % 3 === 0 ? pick(NAMES) : `${pick(FIRST)} ${pick(LAST)}`);
  const ids: number[] = [];
  for (let i = 0; i < reps; i++) {
    const [e] = await store.findEntities(entityName(i), 1);
    if (e) ids.push(e.entityId);
  }
  // Warm the page cache once, as a long-running server would be.
  for (const w of WORDS) await store.search({ text: w });
  const results = {
    search: await timeAll('search', reps, (i) => {
      const m = month();
      return store.search(i % 3 === 0 ? { text: pick(WORDS), from: `${m}-01`, to: `${m}-28` } : { text: pick(WORDS) });
    }),
    searchEntity: await timeAll('search+entity', reps, () => store.search({ text: pick(WORDS), entity: pick(NAMES) })),
    profile: await timeAll('entity profile', reps, async (i) => {
      const [e] = await store.findEntities(entityName(i), 1);
      if (e) await store.entityProfile(e.entityId);
    }),
    timeline: await timeAll('entity timeline', reps, (i) => store.entityTimeline(ids[i % Math.max(ids.length, 1)] ?? 1)),
  };
  await store.close();
  const ok = results.search <= 20 && results.profile <= 50 && results.timeline <= 50;
  console.log(`targets (search p95 <= 20 ms, profile p95 <= 50 ms, timeline p95 <= 50 ms): ${ok ? 'met' : 'MISSED'}`);
  return 0;
}
