// Reuters-21578 stories for the benchmarks, read with the project's own Reuters reader (bodies, dates, ids).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticle } from '../core/index.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { reutersReader } from '../readers/reuters.js';
import { sharedPath } from '../testing/shared-data.js';

/** The folder of Reuters-21578 `.sgm` files in ../shared, or null when absent. */
export function reutersDir(): string | null {
  const dir = sharedPath('data/corpora/reuters21578/sgm-data');
  return existsSync(dir) ? dir : null;
}

/** Up to `limit` Reuters stories with a non-empty body, in file order (the same list on every run). */
export function reutersStories(dir: string, limit = Infinity): RawArticle[] {
  const out: RawArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const file = path.join(dir, f);
    for (const r of reutersReader.read({ path: file, bytes: readFileSync(file) }, DEFAULT_READ_OPTIONS)) {
      if (!r.ok || !r.article.text) continue;
      out.push(r.article);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Wall and CPU seconds of one call: on a shared machine the CPU time is what one core costs. */
export function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}
