// `npm run bench -- time [--reps N] [--limit N]`: time-tagging throughput on Reuters-21578 bodies, beside chrono-node's parse.
import * as chrono from 'chrono-node';
import { sharedPath } from '../testing/shared-data.js';
import { tagTimes } from '../time/index.js';
import { reutersStories } from './reuters-stories.js';

interface Story {
  readonly text: string;
  readonly date: string | null;
  readonly ref: Date;
}

/** Every Reuters story's text and date, read with the project's Reuters reader. */
function loadReuters(dir: string, limit: number): Story[] {
  return reutersStories(dir, limit).map((a) => ({
    text: a.text,
    date: a.date ?? null,
    ref: new Date(a.date ? `${a.date.slice(0, 10)}T12:00:00Z` : '1987-03-01T12:00:00Z'),
  }));
}

interface Timing {
  /** Wall-clock seconds per run, sorted. */
  readonly seconds: number[];
  /** CPU seconds (user + system) per run, sorted: the per-core figure when other jobs share the machine. */
  readonly cpu: number[];
  readonly found: number;
}

function timeRuns(reps: number, run: () => number): Timing {
  run(); // warm-up: compiles the hot paths before timing
  const seconds: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    found = run();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  seconds.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { seconds, cpu, found };
}

function median(xs: readonly number[]): number {
  const mid = xs.length >> 1;
  return xs.length % 2 ? (xs[mid] ?? 0) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

/** Entry point: prints MB/s (UTF-8 bytes of the bodies) and expressions found, median of several runs, one core. */
export async function main(args: string[]): Promise<number> {
  let reps = 3;
  let limit = Infinity;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--reps') reps = Math.max(1, Number(args[++i] ?? '3'));
    else if (args[i] === '--limit') limit = Math.max(1, Number(args[++i] ?? '1000'));
  }
  const dir = sharedPath('data/corpora/reuters21578/sgm-data');
  const stories = loadReuters(dir, limit);
  if (stories.length === 0) {
    console.error(`no Reuters stories found under ${dir}`);
    return 1;
  }
  const bytes = stories.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);
  const ours = timeRuns(reps, () => {
    let n = 0;
    for (const s of stories) n += tagTimes(s.text, { referenceDate: s.date }).length;
    return n;
  });
  const peer = timeRuns(reps, () => {
    let n = 0;
    for (const s of stories) n += chrono.parse(s.text, s.ref).length;
    return n;
  });
  const mb = bytes / 1e6;
  console.log(`${stories.length} Reuters bodies, ${mb.toFixed(2)} MB, median of ${reps} runs, one core`);
  console.log(`${''.padEnd(18)} ${'wall MB/s'.padStart(10)} ${'CPU MB/s'.padStart(9)} ${'wall s'.padStart(7)} ${'found'.padStart(7)}`);
  for (const [name, m] of [['dateline times', ours], ['chrono-node parse', peer]] as const) {
    const s = median(m.seconds);
    const c = median(m.cpu);
    console.log(`${name.padEnd(18)} ${(mb / s).toFixed(2).padStart(10)} ${(mb / c).toFixed(2).padStart(9)} ${s.toFixed(2).padStart(7)} ${String(m.found).padStart(7)}`);
  }
  return 0;
}
