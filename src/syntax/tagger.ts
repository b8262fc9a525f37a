// The part-of-speech tagger: greedy left-to-right XPOS with an averaged perceptron, then UPOS from the XPOS sequence.
import { IdTable, LinearModel, feat1, feat2, feat3, hashString, mergeLinearModels, unpackLinearModel, type ModelFile } from '../learn/index.js';
import { FastTagger } from './tagger-fast.js';
import { BOS, EOS, hashWord, normaliseForm, type WordHashes } from './word-features.js';

/** Anything that scores classes for a list of feature ids (a trainer's perceptron or a run-time linear model). */
export interface Scorer {
  readonly classes: number;
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void;
}

/** Frequent words with one tag, and each known word's set of tags (its ambiguity class). */
export interface TagLexicon {
  /** form hash -> xpos * 256 + upos, for frequent words that always take the same tags. */
  readonly fixed: IdTable;
  readonly fixedTags: Int32Array;
  /** lower-case hash -> hash of the sorted set of its frequent XPOS tags. */
  readonly ambig: IdTable;
  readonly ambigClass: Int32Array;
  /** Parallel to `ambigClass`: hash of the word's frequent UPOS tags (zeros in models that predate it). */
  readonly ambigUpos: Int32Array;
}

/** Hashed views of a sentence's words, padded by two positions on each side. */
export interface SentenceContext {
  readonly n: number;
  readonly words: readonly WordHashes[];
  /** Ambiguity class of each padded position (0 when unknown). */
  readonly ambig: Int32Array;
  /** UPOS ambiguity class of each padded position. */
  readonly ambigU: Int32Array;
  /** Lexicon tags (xpos*256+upos) or -1, per word (unpadded). */
  readonly fixed: Int32Array;
  /** The entry of each padded position. */
  readonly entries: readonly WordEntry[];
}

const PAD = 2;
const NONE = 0x3c3c3c3c;

/** What the tagger knows about one word form before tagging: its hashes and its lexicon entries. */
export interface WordEntry {
  readonly h: WordHashes;
  readonly ambig: number;
  readonly ambigU: number;
  /** Lexicon tags (xpos*256+upos) or -1. */
  readonly fixed: number;
  /** Where the run-time path keeps this form's cached score vectors (see `FastTagger`), valid while `gen` matches. */
  slot: number;
  gen: number;
  /** Sentences the form was seen in while it had no lasting vectors (forms seen once are not kept). */
  seen: number;
}

/** The entry of a padding position (`ambig` 1 before the sentence, 2 after it, as in `sentenceContext`). */
export function paddingEntry(h: WordHashes, ambig: number): WordEntry {
  return { h, ambig, ambigU: ambig, fixed: -1, slot: -1, gen: 0, seen: 0 };
}

/** A cache of word entries for one lexicon (running text repeats its words, and hashing a word costs more than a map look-up). */
export type WordCache = Map<string, WordEntry>;

// Entries kept before a cache starts afresh (bounds memory on long runs over large vocabularies).
const CACHE_LIMIT = 200_000;

/** The entry of one (normalised) word, from `cache` when it has one (the cache holds entries of this lexicon only). */
export function lookupWord(w: string, lex: TagLexicon, cache?: WordCache): WordEntry {
  let e = cache?.get(w);
  if (e === undefined) {
    e = wordEntry(w, lex);
    if (cache) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(w, e);
    }
  }
  return e;
}

function wordEntry(w: string, lex: TagLexicon): WordEntry {
  const h = hashWord(w);
  const a = lex.ambig.get(h.lower);
  const f = lex.fixed.get(h.form);
  return {
    h,
    ambig: a >= 0 ? (lex.ambigClass[a] as number) : NONE,
    ambigU: a >= 0 ? (lex.ambigUpos[a] as number) : NONE,
    fixed: f >= 0 ? (lex.fixedTags[f] as number) : -1,
    slot: -1,
    gen: 0,
    seen: 0,
  };
}

/** Builds the hashed context of a sentence of (normalised) words; `cache` (for this lexicon only) saves re-hashing known forms. */
export function sentenceContext(
  words: readonly string[],
  lex: TagLexicon,
  cache?: WordCache,
  bos: WordEntry = paddingEntry(BOS, 1),
  eos: WordEntry = paddingEntry(EOS, 2),
): SentenceContext {
  const n = words.length;
  const hashed: WordHashes[] = [BOS, BOS];
  const entries: WordEntry[] = [bos, bos];
  const ambig = new Int32Array(n + 2 * PAD);
  const ambigU = new Int32Array(n + 2 * PAD);
  const fixed = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = lookupWord(words[i] as string, lex, cache);
    hashed.push(e.h);
    entries.push(e);
    ambig[i + PAD] = e.ambig;
    ambigU[i + PAD] = e.ambigU;
    fixed[i] = e.fixed;
  }
  hashed.push(EOS, EOS);
  entries.push(eos, eos);
  ambig[0] = ambig[1] = 1;
  ambig[n + PAD] = ambig[n + PAD + 1] = 2;
  ambigU[0] = ambigU[1] = 1;
  ambigU[n + PAD] = ambigU[n + PAD + 1] = 2;
  return { n, words: hashed, ambig, ambigU, fixed, entries };
}

/** Fills `out` with the XPOS feature ids of word i given the two previous tags; returns how many. */
export function xposFeatures(c: SentenceContext, i: number, p1: number, p2: number, out: Int32Array): number {
  // The same ids as the static and tag-dependent halves the fast path computes apart; their order does not matter.
  return xposDynamicFeatures(c, i, p1, p2, out, xposStaticFeatures(c, i, out, 0));
}

/** Fills `out` with the UPOS feature ids of word i given the whole XPOS sequence and the previous UPOS; returns how many. */
export function uposFeatures(c: SentenceContext, i: number, xpos: Int32Array, prevUpos: number, out: Int32Array): number {
  const xp = i > 0 ? (xpos[i - 1] as number) : 255;
  // The word's own lexical features (in the UPOS model's own weights), then the XPOS sequence on both sides.
  const k = xposFeatures(c, i, xp, i > 1 ? (xpos[i - 2] as number) : 255, out);
  return uposContextFeatures(c, i, xpos, prevUpos, out, k);
}

/** Appends the UPOS model's own (XPOS-context) features of word i to `out` from position k; returns the new count. */
export function uposContextFeatures(c: SentenceContext, i: number, xpos: Int32Array, prevUpos: number, out: Int32Array, k: number): number {
  const w = c.words;
  const j = i + PAD;
  const cur = w[j] as WordHashes;
  const x = xpos[i] as number;
  const xp = i > 0 ? (xpos[i - 1] as number) : 255;
  const xn = i + 1 < c.n ? (xpos[i + 1] as number) : 254;
  out[k++] = feat1(101, x);
  out[k++] = feat2(102, x, cur.lower);
  out[k++] = feat2(103, x, cur.suf[2]);
  out[k++] = feat2(104, x, xp);
  out[k++] = feat2(105, x, xn);
  out[k++] = feat3(106, xp, x, xn);
  out[k++] = feat2(107, x, prevUpos);
  out[k++] = feat2(108, x, (w[j + 1] as WordHashes).lower);
  out[k++] = feat2(109, x, (w[j - 1] as WordHashes).lower);
  out[k++] = feat2(110, x, cur.form);
  out[k++] = feat2(111, x, cur.shape);
  out[k++] = feat2(112, x, i + 2 < c.n ? (xpos[i + 2] as number) : 254);
  const u = c.ambigU;
  out[k++] = feat1(113, u[j] as number);
  out[k++] = feat2(114, u[j] as number, x);
  out[k++] = feat3(115, u[j] as number, prevUpos, u[j + 1] as number);
  out[k++] = feat2(116, u[j] as number, xn);
  return k;
}

/** Number of XPOS features that do not depend on the previous tags (`xposStaticFeatures`). */
export const XPOS_STATIC = 28;

/** Writes the XPOS features of word i that do not depend on the previous tags (the same ids as `xposFeatures`) at out[k..]; returns the new count. */
export function xposStaticFeatures(c: SentenceContext, i: number, out: Int32Array, k: number): number {
  const w = c.words;
  const j = i + PAD;
  const cur = w[j] as WordHashes;
  const prev = w[j - 1] as WordHashes;
  const next = w[j + 1] as WordHashes;
  const a = c.ambig;
  out[k++] = feat1(1, 0);
  out[k++] = feat1(2, cur.form);
  out[k++] = feat1(3, cur.lower);
  out[k++] = feat1(4, cur.suf[0]);
  out[k++] = feat1(5, cur.suf[1]);
  out[k++] = feat1(6, cur.suf[2]);
  out[k++] = feat1(7, cur.suf[3]);
  out[k++] = feat1(8, cur.pre[0]);
  out[k++] = feat1(9, cur.pre[1]);
  out[k++] = feat1(10, cur.pre[2]);
  out[k++] = feat1(11, cur.shape);
  out[k++] = feat1(12, prev.lower);
  out[k++] = feat1(13, next.lower);
  out[k++] = feat1(14, (w[j - 2] as WordHashes).lower);
  out[k++] = feat1(15, (w[j + 2] as WordHashes).lower);
  out[k++] = feat1(16, prev.suf[2]);
  out[k++] = feat1(17, next.suf[2]);
  out[k++] = feat1(18, next.shape);
  out[k++] = feat2(22, cur.lower, next.lower);
  out[k++] = feat2(23, prev.lower, cur.lower);
  out[k++] = feat1(24, a[j] as number);
  out[k++] = feat1(25, a[j + 1] as number);
  out[k++] = feat1(26, a[j + 2] as number);
  out[k++] = feat2(29, a[j] as number, a[j + 1] as number);
  out[k++] = feat2(30, i === 0 ? 1 : 0, cur.shape);
  out[k++] = feat2(31, cur.suf[2], next.lower);
  out[k++] = feat2(32, prev.shape, cur.shape);
  out[k++] = feat1(33, prev.shape);
  return k;
}

/** Writes the XPOS features of word i that depend on the two previous tags at out[k..]; returns the new count. */
export function xposDynamicFeatures(c: SentenceContext, i: number, p1: number, p2: number, out: Int32Array, k: number): number {
  const j = i + PAD;
  const a = c.ambig;
  out[k++] = feat1(19, p1);
  out[k++] = feat2(20, p1, p2);
  out[k++] = feat2(21, p1, (c.words[j] as WordHashes).lower);
  out[k++] = feat2(27, p1, a[j] as number);
  out[k++] = feat3(28, p1, a[j] as number, a[j + 1] as number);
  return k;
}

/** Tags one sentence: writes XPOS and UPOS class ids. */
export function tagSentence(
  c: SentenceContext,
  xposModel: Scorer,
  uposModel: Scorer,
  xposToUpos: ArrayLike<number>,
  xpos: Int32Array,
  upos: Int32Array,
): void {
  const feats = new Int32Array(64);
  const xs = new Float64Array(xposModel.classes);
  const us = new Float64Array(uposModel.classes);
  let p1 = 254;
  let p2 = 255;
  for (let i = 0; i < c.n; i++) {
    const f = c.fixed[i] as number;
    let t: number;
    if (f >= 0) t = f >> 8;
    else {
      const k = xposFeatures(c, i, p1, p2, feats);
      xposModel.score(feats, k, xs);
      t = best(xs, xposModel.classes);
    }
    xpos[i] = t;
    p2 = p1;
    p1 = t;
  }
  let pu = 254;
  for (let i = 0; i < c.n; i++) {
    const f = c.fixed[i] as number;
    let u: number;
    const direct = xposToUpos[xpos[i] as number] ?? -1;
    if (f >= 0) u = f & 255;
    else if (direct >= 0) u = direct;
    else {
      const k = uposFeatures(c, i, xpos, pu, feats);
      uposModel.score(feats, k, us);
      u = best(us, uposModel.classes);
    }
    upos[i] = u;
    pu = u;
  }
}

/**
 * Tags one sentence with a joint model (XPOS classes, then UPOS classes): the XPOS pass's look-ups also give the UPOS
 * model's lexical scores, so the UPOS pass only looks up its own context features. From the third word on the two
 * models' lexical features are the same ids (both see the two previous XPOS tags); the first two words are scored fully.
 */
export function tagSentenceJoint(
  c: SentenceContext,
  joint: Scorer,
  X: number,
  xposToUpos: ArrayLike<number>,
  xpos: Int32Array,
  upos: Int32Array,
): void {
  const U = joint.classes - X;
  const n = c.n;
  const feats = new Int32Array(64);
  const js = new Float64Array(joint.classes);
  const lexical = new Float64Array(n * U);
  // Time goes to cache misses in the big table. The features that do not depend on earlier decisions are computed for
  // the whole sentence first and their slots touched in one pass (many misses in flight at once); the left-to-right
  // passes then mostly hit the cache. Scores are integer sums, so the order of the features does not change them.
  const toucher = joint instanceof LinearModel ? joint : null;
  const S = XPOS_STATIC;
  const stat = new Int32Array(n * S);
  for (let i = 0; i < n; i++) if ((c.fixed[i] as number) < 0) xposStaticFeatures(c, i, stat, i * S);
  toucher?.touch(stat, 0, n * S);
  let p1 = 254;
  let p2 = 255;
  for (let i = 0; i < n; i++) {
    const f = c.fixed[i] as number;
    let t: number;
    if (f >= 0) t = f >> 8;
    else {
      feats.set(stat.subarray(i * S, i * S + S));
      const k = xposDynamicFeatures(c, i, p1, p2, feats, S);
      joint.score(feats, k, js);
      t = best(js, X);
      for (let u = 0; u < U; u++) lexical[i * U + u] = js[X + u] as number;
    }
    xpos[i] = t;
    p2 = p1;
    p1 = t;
  }
  // The UPOS pass's own features: all but those with the previous UPOS are known now, so they are touched ahead too.
  const C = 16;
  const ctx = new Int32Array(n * C);
  if (toucher) {
    for (let i = 2; i < n; i++) {
      if ((c.fixed[i] as number) >= 0 || (xposToUpos[xpos[i] as number] ?? -1) >= 0) continue;
      uposContextFeatures(c, i, xpos, 0, ctx, i * C);
    }
    toucher.touch(ctx, 0, n * C);
  }
  let pu = 254;
  for (let i = 0; i < n; i++) {
    const f = c.fixed[i] as number;
    let u: number;
    const direct = xposToUpos[xpos[i] as number] ?? -1;
    if (f >= 0) u = f & 255;
    else if (direct >= 0) u = direct;
    else {
      if (i < 2) {
        joint.score(feats, uposFeatures(c, i, xpos, pu, feats), js);
      } else {
        joint.score(feats, uposContextFeatures(c, i, xpos, pu, feats, 0), js);
        for (let v = 0; v < U; v++) js[X + v]! += lexical[i * U + v] as number;
      }
      u = 0;
      for (let v = 1; v < U; v++) if ((js[X + v] as number) > (js[X + u] as number)) u = v;
    }
    upos[i] = u;
    pu = u;
  }
}

/** Index of the highest score (lowest index on ties). */
export function best(scores: Float64Array, n: number): number {
  let b = 0;
  for (let c = 1; c < n; c++) if ((scores[c] as number) > (scores[b] as number)) b = c;
  return b;
}

/** Hash of an ambiguity class (the sorted tag ids a word was seen with). */
export function ambiguityHash(tags: readonly number[]): number {
  return hashString(tags.join(','), 0x3779b97f);
}

/** Tags of a sentence, as strings. */
export interface TaggedWords {
  readonly upos: string[];
  readonly xpos: string[];
}

/** A loaded tagger model. */
export class Tagger {
  readonly xposTags: readonly string[];
  readonly uposTags: readonly string[];
  readonly lexicon: TagLexicon;
  /** The UPOS of each XPOS that (nearly) always had one in training, else -1: those words skip the UPOS model. */
  readonly xposToUpos: readonly number[];
  /** The separate XPOS and UPOS models (the same merged table in a loaded model file). */
  readonly xposModel: Scorer;
  readonly uposModel: Scorer;
  /** The XPOS and UPOS models merged into one table (XPOS classes first), when both are compact models. */
  readonly joint: LinearModel | null;
  private readonly cache: WordCache = new Map();
  // The padding entries of this tagger's sentences (their cached vectors belong to this tagger's model).
  private readonly bos = paddingEntry(BOS, 1);
  private readonly eos = paddingEntry(EOS, 2);
  private fast: FastTagger | null = null;
  // The padded entries of the sentence being tagged (reused).
  private readonly entries: WordEntry[] = [];

  constructor(
    xposTags: readonly string[],
    uposTags: readonly string[],
    lexicon: TagLexicon,
    xposModel: Scorer,
    uposModel: Scorer,
    xposToUpos: readonly number[] = [],
    joint: LinearModel | null = null,
  ) {
    this.xposToUpos = xposToUpos;
    // Compact models are merged into one table (one look-up per shared feature); trainers' scorers stay separate.
    this.joint = joint ?? (xposModel instanceof LinearModel && uposModel instanceof LinearModel ? mergeLinearModels(xposModel, uposModel) : null);
    this.xposTags = xposTags;
    this.uposTags = uposTags;
    this.lexicon = lexicon;
    this.xposModel = xposModel;
    this.uposModel = uposModel;
  }

  /** Rebuilds a tagger from its model file. */
  static fromFile(file: ModelFile): Tagger {
    const meta = file.meta as { xposTags: string[]; uposTags: string[]; xposToUpos?: number[] };
    const s = file.sections;
    const lexicon = buildLexicon(
      s['fixed.keys'] as Int32Array,
      s['fixed.tags'] as Int32Array,
      s['ambig.keys'] as Int32Array,
      s['ambig.class'] as Int32Array,
      s['ambig.upos'] as Int32Array | undefined,
    );
    if (file.meta['joint']) {
      const joint = unpackLinearModel(file, 'joint');
      return new Tagger(meta.xposTags, meta.uposTags, lexicon, joint, joint, meta.xposToUpos ?? [], joint);
    }
    return new Tagger(meta.xposTags, meta.uposTags, lexicon, unpackLinearModel(file, 'xpos'), unpackLinearModel(file, 'upos'), meta.xposToUpos ?? []);
  }

  /** Tags a sentence of words (surface forms; quotes and dashes are normalised here). */
  tag(words: readonly string[]): TaggedWords {
    const ids = this.tagIds(words.map(normaliseForm));
    return {
      xpos: [...ids.xpos].map((t) => this.xposTags[t] ?? 'X'),
      upos: [...ids.upos].map((t) => this.uposTags[t] ?? 'X'),
    };
  }

  /** Tags a sentence of already normalised words, as class ids. */
  tagIds(words: readonly string[]): { xpos: Int32Array; upos: Int32Array } {
    const n = words.length;
    const xpos = new Int32Array(n);
    const upos = new Int32Array(n);
    if (this.joint) {
      this.fast ??= new FastTagger(this.joint, this.xposTags.length, this.xposToUpos);
      if (this.fast.fits(n)) {
        const entries = this.entries;
        entries.length = n + 4;
        entries[0] = entries[1] = this.bos;
        for (let i = 0; i < n; i++) entries[i + 2] = lookupWord(words[i] as string, this.lexicon, this.cache);
        entries[n + 2] = entries[n + 3] = this.eos;
        this.fast.tag(entries, n, xpos, upos);
        return { xpos, upos };
      }
      const c = sentenceContext(words, this.lexicon, this.cache, this.bos, this.eos);
      tagSentenceJoint(c, this.joint, this.xposTags.length, this.xposToUpos, xpos, upos);
      return { xpos, upos };
    }
    tagSentence(sentenceContext(words, this.lexicon, this.cache, this.bos, this.eos), this.xposModel, this.uposModel, this.xposToUpos, xpos, upos);
    return { xpos, upos };
  }
}

/** Builds the lookup tables of a tag lexicon from its stored arrays. */
export function buildLexicon(
  fixedKeys: Int32Array,
  fixedTags: Int32Array,
  ambigKeys: Int32Array,
  ambigClass: Int32Array,
  ambigUpos: Int32Array = new Int32Array(ambigClass.length),
): TagLexicon {
  const fixed = new IdTable(fixedKeys.length);
  for (const k of fixedKeys) fixed.add(k);
  const ambig = new IdTable(ambigKeys.length);
  for (const k of ambigKeys) ambig.add(k);
  return { fixed, fixedTags, ambig, ambigClass, ambigUpos };
}
