// Word clusters induced from raw news text (distributional vectors + k-means at several granularities), used as NER features.
import { hashString, loadModel, saveModel, createRng } from '../learn/index.js';
import { DatelineError } from '../core/errors.js';

/** Cluster ids of a word at each granularity (coarse to fine), or null when the word is unknown. */
export interface WordClusters {
  readonly levels: number;
  /** A hash of the whole table, stored in models trained with it so that a mismatched pair is refused. */
  readonly fingerprint: number;
  /** Cluster of `word` at level `level` plus one (0 = unknown word). */
  cluster(word: string, level: number): number;
}

/** The induced clusters as stored: a word list and, per level, one cluster id per word. */
export interface ClusterTable {
  readonly words: readonly string[];
  readonly ids: readonly Uint16Array[];
}

/** Lookups over a cluster table. */
export function createWordClusters(table: ClusterTable): WordClusters {
  const index = new Map<string, number>();
  table.words.forEach((w, i) => index.set(w, i));
  let h = hashString(table.words.join('\n'));
  for (const level of table.ids) for (let i = 0; i < level.length; i++) h = Math.imul(h ^ (level[i] as number), 0x01000193) >>> 0;
  return {
    levels: table.ids.length,
    fingerprint: h,
    cluster(word, level) {
      const i = index.get(word);
      if (i === undefined) return 0;
      return ((table.ids[level] as Uint16Array)[i] as number) + 1;
    },
  };
}

/** Saves a cluster table as a binary model file. */
export function saveClusters(file: string, table: ClusterTable, meta: Record<string, unknown>): void {
  const words = new TextEncoder().encode(table.words.join('\n'));
  const sections: Record<string, Uint8Array | Uint16Array> = { words };
  table.ids.forEach((a, i) => (sections[`level${i}`] = a));
  saveModel(file, { kind: 'word-clusters', meta: { ...meta, levels: table.ids.length }, sections });
}

/** Reads a cluster table written by `saveClusters`. */
export function loadClusters(file: string): WordClusters {
  const f = loadModel(file);
  if (f.kind !== 'word-clusters') throw new DatelineError('MODEL', `${file}: expected word clusters, found "${f.kind}"`, { file });
  const words = f.sections['words'];
  if (!(words instanceof Uint8Array)) throw new DatelineError('MODEL', `${file}: no word list`, { file });
  const levels = Number(f.meta['levels']);
  const ids: Uint16Array[] = [];
  for (let i = 0; i < levels; i++) {
    const a = f.sections[`level${i}`];
    if (!(a instanceof Uint16Array)) throw new DatelineError('MODEL', `${file}: missing cluster level ${i}`, { file });
    ids.push(a);
  }
  return createWordClusters({ words: new TextDecoder().decode(words).split('\n'), ids });
}

/** Options of cluster induction. */
export interface InduceOptions {
  /** Words seen fewer times are left out. */
  readonly minCount: number;
  /** Number of most frequent words used as contexts. */
  readonly contexts: number;
  /** Context words counted on each side (1 or 2). */
  readonly window?: number;
  /** Dimensions of the random projection. */
  readonly dims: number;
  /** Cluster counts, coarse to fine. */
  readonly ks: readonly number[];
  readonly iterations: number;
  /** Number of most frequent words the centroids are fitted on. */
  readonly fitWords: number;
  readonly seed: number;
}

/** Induces clusters from tokenised sentences: PPMI of neighbours by position, random projection, spherical k-means. */
export function induceClusters(sentences: Iterable<readonly string[]>, opts: InduceOptions, log: (s: string) => void = () => {}): ClusterTable {
  const counts = new Map<string, number>();
  const corpus: string[][] = [];
  for (const s of sentences) {
    corpus.push([...s]);
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts].filter(([, c]) => c >= opts.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const index = new Map<string, number>();
  vocab.forEach(([w], i) => index.set(w, i));
  const V = vocab.length;
  const C = Math.min(opts.contexts, V);
  log(`${corpus.length} sentences, ${V} words kept, ${C} context words`);
  // Co-occurrence counts: context id (side * C + context word) per word, in one map per word.
  const co: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const offsets = opts.window === 2 ? [-2, -1, 1, 2] : [-1, 1];
  const ctxTotals = new Float64Array(offsets.length * C);
  let total = 0;
  for (const s of corpus) {
    for (let i = 0; i < s.length; i++) {
      const w = index.get(s[i] as string);
      if (w === undefined) continue;
      const m = co[w] as Map<number, number>;
      for (let slot = 0; slot < offsets.length; slot++) {
        const j = i + (offsets[slot] as number);
        const c = j >= 0 && j < s.length ? index.get(s[j] as string) : undefined;
        if (c === undefined || c >= C) continue;
        const key = slot * C + c;
        m.set(key, (m.get(key) ?? 0) + 1);
        ctxTotals[key] = (ctxTotals[key] as number) + 1;
        total++;
      }
    }
  }
  const D = opts.dims;
  const rng = createRng(opts.seed);
  const proj = new Float32Array(offsets.length * C * D);
  for (let i = 0; i < proj.length; i++) proj[i] = rng.next() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(V * D);
  for (let w = 0; w < V; w++) {
    const m = co[w] as Map<number, number>;
    let wt = 0;
    for (const c of m.values()) wt += c;
    if (wt === 0) continue;
    const base = w * D;
    for (const [ctx, c] of m) {
      const pmi = Math.log((c * total) / (wt * (ctxTotals[ctx] as number)));
      if (pmi <= 0) continue;
      const pb = ctx * D;
      for (let d = 0; d < D; d++) vecs[base + d] = (vecs[base + d] as number) + pmi * (proj[pb + d] as number);
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += (vecs[base + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) vecs[base + d] = (vecs[base + d] as number) / norm;
  }
  // Centroids are fitted on the most frequent words only; every word is then assigned once.
  const fit = Math.min(V, opts.fitWords);
  const ids = opts.ks.map((k) => kmeans(vecs, V, fit, D, k, opts.iterations, createRng(opts.seed + k), log));
  return { words: vocab.map(([w]) => w), ids };
}

// Spherical k-means: centroids start at evenly spaced frequent words; each word goes to its most similar centroid.
function kmeans(
  vecs: Float32Array,
  V: number,
  fit: number,
  D: number,
  k: number,
  iterations: number,
  rng: { int(n: number): number },
  log: (s: string) => void,
): Uint16Array {
  const K = Math.min(k, fit);
  const cent = new Float32Array(K * D);
  const seen = new Set<number>();
  for (let c = 0; c < K; c++) {
    let w = rng.int(Math.min(V, K * 20));
    while (seen.has(w)) w = (w + 1) % V;
    seen.add(w);
    cent.set(vecs.subarray(w * D, w * D + D), c * D);
  }
  const assign = new Uint16Array(V);
  for (let it = 0; it <= iterations; it++) {
    // The last round only assigns (all words); the others fit (frequent words).
    const last = it === iterations;
    const count = last ? V : fit;
    let changed = 0;
    for (let w = 0; w < count; w++) {
      const base = w * D;
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < K; c++) {
        const cb = c * D;
        let sim = 0;
        for (let d = 0; d < D; d++) sim += (vecs[base + d] as number) * (cent[cb + d] as number);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      if (assign[w] !== best) changed++;
      assign[w] = best;
    }
    if (last) break;
    cent.fill(0);
    for (let w = 0; w < fit; w++) {
      const cb = (assign[w] as number) * D;
      const base = w * D;
      for (let d = 0; d < D; d++) cent[cb + d] = (cent[cb + d] as number) + (vecs[base + d] as number);
    }
    for (let c = 0; c < K; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += (cent[c * D + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d] = (cent[c * D + d] as number) / norm;
    }
    log(`k=${K} iteration ${it + 1}: ${changed} words moved`);
    if (changed === 0) it = iterations - 1;
  }
  return assign;
}
