// The tagger's run-time path over the merged XPOS+UPOS table: score vectors of single-word features cached per word form.
import { feat1, feat2, feat3, type LinearModel } from '../learn/index.js';
import type { WordEntry } from './tagger.js';

// Roles a form's cached vectors are kept for: current word, previous, next, two before, two after.
const ROLES = 5;
const PAD = 2;
// Features of two neighbouring words looked up per scored word (the rest come from cached vectors).
const PAIRS = 3;
// Scratch slots for the forms of one sentence seen for the first time (the longest sentence `FastTagger` takes, + 4).
const SCRATCH = 512;
// `WordEntry.gen` of a form holding a lasting slot.
const KEPT = 1;

/** A lazily filled table of score vectors keyed by a form's slot and a tag (or tag-like small number). */
class TagMemo {
  /** Offset + 1 of the vector of (slot, tag) in `pool`, 0 when not computed. */
  readonly index: Int32Array;
  pool: Int32Array;
  private used = 0;
  constructor(
    slots: number,
    readonly tags: number,
    readonly width: number,
    private readonly limit: number,
  ) {
    this.index = new Int32Array(slots * tags);
    this.pool = new Int32Array(Math.min(limit, 1024) * width);
  }

  /** Makes room for one more vector (starting afresh when full) and returns its offset. */
  allocate(key: number): number {
    if (this.used === this.limit) this.clear();
    const at = this.used++ * this.width;
    if (at + this.width > this.pool.length) {
      const grown = new Int32Array(Math.min(this.limit, 2 * (this.pool.length / this.width)) * this.width);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.index[key] = at + 1;
    return at;
  }

  /** Drops the vectors of one slot. */
  forget(slot: number): void {
    this.index.fill(0, slot * this.tags, slot * this.tags + this.tags);
  }

  clear(): void {
    this.index.fill(0);
    this.used = 0;
  }
}

/** A bounded table of score vectors keyed by three int32 values (hashes of ambiguity classes or shapes, tags). */
class HashMemo {
  private readonly keys: Int32Array;
  // Offset + 1 of each entry's vector in `pool`, 0 for an empty entry.
  private readonly offs: Int32Array;
  pool: Int32Array;
  private used = 0;
  private readonly mask: number;
  // Entry found or made by the last `find`.
  private at = 0;
  constructor(
    bits: number,
    readonly width: number,
  ) {
    this.keys = new Int32Array(3 << bits);
    this.offs = new Int32Array(1 << bits);
    this.pool = new Int32Array(256 * width);
    this.mask = (1 << bits) - 1;
  }

  /** Offset of the vector of (a, b, c) in `pool` (int32 values), or -1 when absent (then `allocate` makes it). */
  find(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
    h ^= h >>> 15;
    const mask = this.mask;
    const keys = this.keys;
    const offs = this.offs;
    let i = h & mask;
    for (;;) {
      const o = offs[i] as number;
      if (o === 0 || (keys[3 * i] === a && keys[3 * i + 1] === b && keys[3 * i + 2] === c)) {
        this.at = i;
        return o - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Makes the vector of the key last looked up by `find` (absent); starts afresh when half full. Returns its offset. */
  allocate(a: number, b: number, c: number): number {
    if (2 * this.used >= this.mask + 1) {
      this.offs.fill(0);
      this.used = 0;
      this.find(a, b, c);
    }
    const at = this.used++ * this.width;
    if (at + this.width > this.pool.length) {
      const grown = new Int32Array(2 * this.pool.length);
      grown.set(this.pool);
      this.pool = grown;
    }
    const i = this.at;
    this.keys[3 * i] = a;
    this.keys[3 * i + 1] = b;
    this.keys[3 * i + 2] = c;
    this.offs[i] = at + 1;
    return at;
  }
}

/** Sizes of `FastTagger`'s caches (tests make them small to exercise eviction). */
export interface FastTaggerOptions {
  /** Word forms whose vectors are kept (at least 1,024; default 16,384, about 21 MB with the shipped model). */
  readonly capacity?: number;
  /** Scale of the (form, tag) memos: twice or four times this many vectors before one starts afresh (default: capacity). */
  readonly memo?: number;
  /** Size of the memos keyed by classes and tags, as a power of two (default 13 to 16 by memo). */
  readonly hashBits?: number;
}

/**
 * Tags sentences with a merged XPOS+UPOS model exactly as `tagSentenceJoint` does, faster. Time there goes to cache misses
 * in the large table. 22 of the XPOS pass's 28 static features depend on one word only (the current word's form, affixes,
 * shape and ambiguity class; the neighbours' words, suffixes, shapes and ambiguity classes), so their summed scores
 * over all classes are computed once per word form and role and kept in a bounded pool of int32 vectors; features of a
 * word and one tag (the previous XPOS with the word; the word's own XPOS with the word or with a neighbour, in the UPOS
 * pass) are kept per form and tag in the same way, and features of tags and classes only (previous tags, ambiguity
 * classes, shapes) per combination. What is left to look up per word: three word-pair features. Scores are integer
 * sums in weight units, so regrouping them changes nothing.
 */
export class FastTagger {
  private readonly model: LinearModel;
  private readonly X: number;
  private readonly K: number;
  private readonly xposToUpos: ArrayLike<number>;
  /** Slots for forms' vectors (the first 512 for the current sentence's new forms); when full, a clock evicts unused ones. */
  readonly capacity: number;
  private pool: Int32Array;
  // Slots 0..SCRATCH-1 hold the current sentence's new forms; lasting ones follow.
  private used = SCRATCH;
  private scratch = 0;
  // Stamp of the current sentence (scratch entries carry its negation as their `gen`).
  private stamp = 0;
  // The entry holding each lasting slot, and the clock's reference bits and hand.
  private readonly owners: (WordEntry | null)[];
  private readonly ref: Uint8Array;
  private readonly lastUse: Int32Array;
  private hand = SCRATCH;
  // XPOS pass: (form, previous XPOS) -> features 19, 21 and 27, all classes; (p1, p2) -> feature 20.
  private readonly byPrev: TagMemo;
  private readonly byPrevTags: TagMemo;
  // UPOS pass: (form, its XPOS) -> 102, 103, 110, 111, 113 and 114; (next form, XPOS) -> 108; (previous form, XPOS) -> 109.
  private readonly byTag: TagMemo;
  private readonly asNext: TagMemo;
  private readonly asPrev: TagMemo;
  // (ambiguity classes of the word and the next, previous XPOS) -> XPOS features 28 and 29; (shapes of the previous
  // word and the word) -> 32.
  private readonly byClasses: HashMemo;
  private readonly byShapes: HashMemo;
  // UPOS pass: (XPOS of the words i-1..i+1) -> 101, 104, 105 and 106; (XPOS of i and i+2) -> 112; (UPOS classes of the
  // word and the next, previous UPOS, next XPOS, XPOS) -> 107, 115 and 116.
  private readonly byTags: HashMemo;
  private readonly byNext2: TagMemo;
  private readonly byUposContext: HashMemo;
  private readonly T: number;
  // Scratch for the memos (`feats`, `js` belong to the tagging loops).
  private readonly mf = new Int32Array(16);
  private readonly ms: Float64Array;
  private feats = new Int32Array(64);
  private readonly js: Float64Array;
  private offs = new Int32Array(256);
  private pairs = new Int32Array(256 * PAIRS);
  private fixed = new Int32Array(256);
  private lexical = new Float64Array(256 * 17);

  constructor(model: LinearModel, X: number, xposToUpos: ArrayLike<number>, options: FastTaggerOptions = {}) {
    // At least as many lasting slots as a sentence has forms, so that the clock always finds one not in use.
    const capacity = Math.max(2 * SCRATCH, options.capacity ?? 16384);
    const memo = options.memo ?? capacity;
    this.model = model;
    this.X = X;
    this.K = model.classes;
    this.xposToUpos = xposToUpos;
    this.capacity = capacity;
    this.pool = new Int32Array(2 * SCRATCH * ROLES * this.K);
    this.owners = new Array<WordEntry | null>(capacity).fill(null);
    this.ref = new Uint8Array(capacity);
    this.lastUse = new Int32Array(capacity);
    this.js = new Float64Array(this.K);
    this.ms = new Float64Array(this.K);
    // Tags 0..X-1 and the two outside-the-sentence values 254 and 255.
    this.T = X + 2;
    const U = this.K - X;
    this.byPrev = new TagMemo(capacity, this.T, this.K, 2 * memo);
    this.byTag = new TagMemo(capacity, this.T, U, 2 * memo);
    this.byPrevTags = new TagMemo(this.T, this.T, this.K, this.T * this.T);
    const bits = options.hashBits;
    this.byClasses = new HashMemo(bits ?? 15, this.K);
    this.byShapes = new HashMemo(bits ?? 13, this.K);
    this.byTags = new HashMemo(bits ?? 15, U);
    this.byNext2 = new TagMemo(this.T, this.T, U, this.T * this.T);
    this.byUposContext = new HashMemo(bits ?? 16, U);
    this.asNext = new TagMemo(capacity, this.T, U, 4 * memo);
    this.asPrev = new TagMemo(capacity, this.T, U, 4 * memo);
  }

  /**
   * The form's slot (its vectors are at slot * ROLES * classes in the pool), computing its vectors on first use. A form
   * seen for the first time gets one of the sentence's scratch slots (most rare words never come back); from its second
   * sentence on it keeps a slot until the pool is full and the slot has not been used for a whole sweep of the clock.
   */
  private vectors(e: WordEntry): number {
    if (e.gen === KEPT) {
      this.ref[e.slot] = 1;
      this.lastUse[e.slot] = this.stamp;
      return e.slot;
    }
    if (e.gen === -this.stamp) return e.slot;
    let slot: number;
    if (e.seen === 0) {
      e.seen = 1;
      slot = this.scratch++;
      e.gen = -this.stamp;
    } else {
      slot = this.claim();
      this.owners[slot] = e;
      this.ref[slot] = 1;
      this.lastUse[slot] = this.stamp;
      e.gen = KEPT;
    }
    e.slot = slot;
    const K = this.K;
    const width = ROLES * K;
    const at = slot * width;
    if (at + width > this.pool.length) {
      const grown = new Int32Array(Math.min(this.capacity, 2 * (this.pool.length / width)) * width);
      grown.set(this.pool);
      this.pool = grown;
    }
    const h = e.h;
    const f = this.mf;
    const js = this.ms;
    const pool = this.pool;
    const fill = (k: number, role: number): void => {
      this.model.score(f, k, js);
      const o = at + role * K;
      for (let c = 0; c < K; c++) pool[o + c] = js[c] as number;
    };
    // The same ids as `xposStaticFeatures` gives each position.
    f[0] = feat1(1, 0);
    f[1] = feat1(2, h.form);
    f[2] = feat1(3, h.lower);
    f[3] = feat1(4, h.suf[0]);
    f[4] = feat1(5, h.suf[1]);
    f[5] = feat1(6, h.suf[2]);
    f[6] = feat1(7, h.suf[3]);
    f[7] = feat1(8, h.pre[0]);
    f[8] = feat1(9, h.pre[1]);
    f[9] = feat1(10, h.pre[2]);
    f[10] = feat1(11, h.shape);
    f[11] = feat1(24, e.ambig);
    // Feature 30 as for any word but the first (the first word's is corrected in `firstWord`).
    f[12] = feat2(30, 0, h.shape);
    fill(13, 0);
    f[0] = feat1(12, h.lower);
    f[1] = feat1(16, h.suf[2]);
    f[2] = feat1(33, h.shape);
    fill(3, 1);
    f[0] = feat1(13, h.lower);
    f[1] = feat1(17, h.suf[2]);
    f[2] = feat1(18, h.shape);
    f[3] = feat1(25, e.ambig);
    fill(4, 2);
    f[0] = feat1(14, h.lower);
    fill(1, 3);
    f[0] = feat1(15, h.lower);
    f[1] = feat1(26, e.ambig);
    fill(2, 4);
    return slot;
  }

  // Offset in `byPrev.pool` of features 19, 21 and 27 of word e (at `slot`) after XPOS p1.
  private prevVector(e: WordEntry, slot: number, p1: number): number {
    const m = this.byPrev;
    const key = slot * this.T + this.tagKey(p1);
    const o = (m.index[key] as number) - 1;
    if (o >= 0) return o;
    const f = this.mf;
    f[0] = feat1(19, p1);
    f[1] = feat2(21, p1, e.h.lower);
    f[2] = feat2(27, p1, e.ambig);
    return this.store(m, key, 3, 0);
  }

  // Offset in `byTag.pool` of the UPOS features of word e (at `slot`) with its XPOS x.
  private tagVector(e: WordEntry, slot: number, x: number): number {
    const m = this.byTag;
    const key = slot * this.T + x;
    const o = (m.index[key] as number) - 1;
    if (o >= 0) return o;
    const f = this.mf;
    const h = e.h;
    f[0] = feat2(102, x, h.lower);
    f[1] = feat2(103, x, h.suf[2]);
    f[2] = feat2(110, x, h.form);
    f[3] = feat2(111, x, h.shape);
    f[4] = feat1(113, e.ambigU);
    f[5] = feat2(114, e.ambigU, x);
    return this.store(m, key, 6, this.X);
  }

  // Offset in `m.pool` of feature t (108: word after one with XPOS x; 109: word before it) of word e at `slot`.
  private neighbourVector(m: TagMemo, t: number, e: WordEntry, slot: number, x: number): number {
    const key = slot * this.T + x;
    const o = (m.index[key] as number) - 1;
    if (o >= 0) return o;
    this.mf[0] = feat2(t, x, e.h.lower);
    return this.store(m, key, 1, this.X);
  }

  // Offset in `byPrevTags.pool` of feature 20 (the two previous XPOS).
  private prevTagsVector(p1: number, p2: number): number {
    const T = this.T;
    const key = this.tagKey(p1) * T + this.tagKey(p2);
    const o = (this.byPrevTags.index[key] as number) - 1;
    if (o >= 0) return o;
    this.mf[0] = feat2(20, p1, p2);
    return this.store(this.byPrevTags, key, 1, 0);
  }

  // Offset in `byTags.pool` of UPOS features 101, 104, 105 and 106 (XPOS of the words i-1, i, i+1).
  private tagsVector(xp: number, x: number, xn: number): number {
    const m = this.byTags;
    const o = m.find(xp, x, xn);
    if (o >= 0) return o;
    const f = this.mf;
    f[0] = feat1(101, x);
    f[1] = feat2(104, x, xp);
    f[2] = feat2(105, x, xn);
    f[3] = feat3(106, xp, x, xn);
    return this.storeHashed(m, xp, x, xn, 4, this.X);
  }

  // Offset in `byNext2.pool` of UPOS feature 112 (XPOS of the word and of the word after next).
  private next2Vector(x: number, xn2: number): number {
    const key = x * this.T + this.tagKey(xn2);
    const o = (this.byNext2.index[key] as number) - 1;
    if (o >= 0) return o;
    this.mf[0] = feat2(112, x, xn2);
    return this.store(this.byNext2, key, 1, this.X);
  }

  // Offset in `byUposContext.pool` of UPOS features 107, 115 and 116 (u, un: UPOS classes of the word and the next).
  private uposContextVector(u: number, un: number, pu: number, x: number, xn: number): number {
    const m = this.byUposContext;
    const c = (((pu << 8) | xn) << 8) | x;
    const o = m.find(u, un, c);
    if (o >= 0) return o;
    const f = this.mf;
    f[0] = feat2(107, x, pu);
    f[1] = feat3(115, u, pu, un);
    f[2] = feat2(116, u, xn);
    return this.storeHashed(m, u, un, c, 3, this.X);
  }

  // Offset in `byClasses.pool` of XPOS features 28 and 29 (a, an: ambiguity classes of the word and the next).
  private classesVector(a: number, an: number, p1: number): number {
    const m = this.byClasses;
    const o = m.find(a, an, p1);
    if (o >= 0) return o;
    const f = this.mf;
    f[0] = feat3(28, p1, a, an);
    f[1] = feat2(29, a, an);
    return this.storeHashed(m, a, an, p1, 2, 0);
  }

  // Offset in `byShapes.pool` of XPOS feature 32 (shapes of the previous word and the word).
  private shapesVector(shapePrev: number, shape: number): number {
    // Shape hashes are unsigned; the memo keeps int32 keys.
    const sp = shapePrev | 0;
    const s = shape | 0;
    const m = this.byShapes;
    const o = m.find(sp, s, 0);
    if (o >= 0) return o;
    this.mf[0] = feat2(32, shapePrev, shape);
    return this.storeHashed(m, sp, s, 0, 1, 0);
  }

  // Scores the k features in `mf` and stores classes from..K-1 as the vector of the key last looked up in `m`.
  private storeHashed(m: HashMemo, a: number, b: number, c: number, k: number, from: number): number {
    this.model.score(this.mf, k, this.ms);
    const at = m.allocate(a, b, c);
    const pool = m.pool;
    const ms = this.ms;
    for (let v = from; v < this.K; v++) pool[at + v - from] = ms[v] as number;
    return at;
  }

  // Index of a tag or of the outside-the-sentence values 254 and 255.
  private tagKey(t: number): number {
    return t < this.X ? t : this.X + (t & 1);
  }

  // Turns the first word's feature 30 (kept in the form's vector as for a later word) into its own.
  private firstWord(shape: number, js: Float64Array): void {
    const ms = this.ms;
    this.mf[0] = feat2(30, 0, shape);
    this.model.score(this.mf, 1, ms);
    for (let c = 0; c < this.K; c++) js[c]! -= ms[c] as number;
    this.mf[0] = feat2(30, 1, shape);
    this.model.score(this.mf, 1, ms);
    for (let c = 0; c < this.K; c++) js[c]! += ms[c] as number;
  }

  /**
   * The UPOS model sees other previous tags for the first two words than the XPOS pass did (no tag before the sentence:
   * 255 for both, where the XPOS pass had 254 then 255): moves their UPOS lexical scores (at lexical[at..]) from the XPOS
   * pass's previous tags to the UPOS pass's. Features 19-21, 27 and 28 depend on them; 29 goes with 28 and cancels out.
   */
  private rebase(entries: readonly WordEntry[], j: number, slot: number, p1: number, lexical: Float64Array, at: number): void {
    const first = j === PAD;
    const e = entries[j] as WordEntry;
    const an = (entries[j + 1] as WordEntry).ambig;
    const X = this.X;
    const U = this.K - X;
    // Each memo's vector is used before the next look-up, which may grow its pool or start it afresh.
    const shift = (o: number, m: { pool: Int32Array }, sign: number): void => {
      const pool = m.pool;
      for (let v = 0; v < U; v++) lexical[at + v]! += sign * (pool[o + X + v] as number);
    };
    if (first) {
      shift(this.prevVector(e, slot, 254), this.byPrev, -1);
      shift(this.prevVector(e, slot, 255), this.byPrev, 1);
      shift(this.classesVector(e.ambig, an, 254), this.byClasses, -1);
      shift(this.classesVector(e.ambig, an, 255), this.byClasses, 1);
    }
    shift(this.prevTagsVector(first ? 254 : p1, first ? 255 : 254), this.byPrevTags, -1);
    shift(this.prevTagsVector(p1, 255), this.byPrevTags, 1);
  }

  // Scores the k features in `mf` and stores classes from..K-1 as the memo's vector of `key`.
  private store(m: TagMemo, key: number, k: number, from: number): number {
    this.model.score(this.mf, k, this.ms);
    const at = m.allocate(key);
    const pool = m.pool;
    const ms = this.ms;
    for (let c = from; c < this.K; c++) pool[at + c - from] = ms[c] as number;
    return at;
  }

  // A free lasting slot: a new one while the pool grows, then the clock's next slot not used since its last sweep.
  private claim(): number {
    if (this.used < this.capacity) return this.used++;
    const ref = this.ref;
    let h = this.hand;
    // Slots of the current sentence are never taken (their offsets are in use).
    while (ref[h] !== 0 || this.lastUse[h] === this.stamp) {
      ref[h] = 0;
      h = h + 1 === this.capacity ? SCRATCH : h + 1;
    }
    this.hand = h + 1 === this.capacity ? SCRATCH : h + 1;
    const old = this.owners[h];
    if (old) old.gen = 0;
    this.byPrev.forget(h);
    this.byTag.forget(h);
    this.asNext.forget(h);
    this.asPrev.forget(h);
    return h;
  }

  /** Whether `tag` can take a sentence of n words (its new forms must fit the scratch slots; longer ones go the reference way). */
  fits(n: number): boolean {
    return n + 2 * PAD <= SCRATCH;
  }

  /** Tags one sentence of n words given the entries of its padded positions (n + 4; see `fits`): writes XPOS and UPOS class ids. */
  tag(entries: readonly WordEntry[], n: number, xpos: Int32Array, upos: Int32Array): void {
    const K = this.K;
    const X = this.X;
    const U = K - X;
    const model = this.model;
    if (this.fixed.length < n) this.fixed = new Int32Array(2 * n);
    const fixed = this.fixed;
    for (let i = 0; i < n; i++) fixed[i] = (entries[i + PAD] as WordEntry).fixed;
    if (this.offs.length < n + 2 * PAD) this.offs = new Int32Array(2 * (n + 2 * PAD));
    if (this.pairs.length < n * PAIRS) this.pairs = new Int32Array(2 * n * PAIRS);
    if (this.lexical.length < n * U) this.lexical = new Float64Array(2 * n * U);
    const offs = this.offs;
    // Memos of the last sentence's scratch slots are stale.
    for (let s = 0; s < this.scratch; s++) {
      this.byPrev.forget(s);
      this.byTag.forget(s);
      this.asNext.forget(s);
      this.asPrev.forget(s);
    }
    this.stamp++;
    this.scratch = 0;
    for (let j = 0; j < n + 2 * PAD; j++) offs[j] = this.vectors(entries[j] as WordEntry);
    const pool = this.pool;
    // The per-word features left are looked up; they are computed for the sentence first and their slots touched in
    // one pass, so that the CPU has many cache misses in flight at once.
    const pairs = this.pairs;
    for (let i = 0; i < n; i++) {
      if ((fixed[i] as number) >= 0) continue;
      const j = i + PAD;
      const cur = (entries[j] as WordEntry).h;
      const prev = entries[j - 1] as WordEntry;
      const next = entries[j + 1] as WordEntry;
      const o = i * PAIRS;
      pairs[o] = feat2(22, cur.lower, next.h.lower);
      pairs[o + 1] = feat2(23, prev.h.lower, cur.lower);
      pairs[o + 2] = feat2(31, cur.suf[2], next.h.lower);
    }
    model.touch(pairs, 0, n * PAIRS);
    const feats = this.feats;
    const js = this.js;
    const lexical = this.lexical;
    let p1 = 254;
    let p2 = 255;
    for (let i = 0; i < n; i++) {
      const f = fixed[i] as number;
      let t: number;
      if (f >= 0) t = f >> 8;
      else {
        const j = i + PAD;
        const e = entries[j] as WordEntry;
        const bp = this.prevVector(e, offs[j] as number, p1);
        const o = i * PAIRS;
        const bt = this.prevTagsVector(p1, p2);
        const bc = this.classesVector(e.ambig, (entries[j + 1] as WordEntry).ambig, p1);
        const bs = this.shapesVector((entries[j - 1] as WordEntry).h.shape, e.h.shape);
        for (let k = 0; k < PAIRS; k++) feats[k] = pairs[o + k] as number;
        model.score(feats, PAIRS, js);
        if (i === 0) this.firstWord(e.h.shape, js);
        const bpool = this.byPrev.pool;
        const tpool = this.byPrevTags.pool;
        const cpool = this.byClasses.pool;
        const spool = this.byShapes.pool;
        const W = ROLES * K;
        const oc = (offs[j] as number) * W;
        const op = (offs[j - 1] as number) * W + K;
        const on = (offs[j + 1] as number) * W + 2 * K;
        const om = (offs[j - 2] as number) * W + 3 * K;
        const oq = (offs[j + 2] as number) * W + 4 * K;
        // Int32 sums (no overflow: at most a few dozen int16 weights), one conversion per class.
        for (let v = 0; v < K; v++) {
          const cached =
            ((pool[oc + v] as number) +
              (pool[op + v] as number) +
              (pool[on + v] as number) +
              (pool[om + v] as number) +
              (pool[oq + v] as number) +
              (bpool[bp + v] as number) +
              (tpool[bt + v] as number) +
              (cpool[bc + v] as number) +
              (spool[bs + v] as number)) |
            0;
          js[v]! += cached;
        }
        t = 0;
        for (let v = 1; v < X; v++) if ((js[v] as number) > (js[t] as number)) t = v;
        for (let u = 0; u < U; u++) lexical[i * U + u] = js[X + u] as number;
      }
      xpos[i] = t;
      p2 = p1;
      p1 = t;
    }
    const xposToUpos = this.xposToUpos;
    let pu = 254;
    for (let i = 0; i < n; i++) {
      const f = fixed[i] as number;
      let u: number;
      const direct = xposToUpos[xpos[i] as number] ?? -1;
      if (f >= 0) u = f & 255;
      else if (direct >= 0) u = direct;
      else {
        const j = i + PAD;
        if (i < 2) this.rebase(entries, j, offs[j] as number, i === 0 ? 255 : (xpos[0] as number), lexical, i * U);
        const x = xpos[i] as number;
        const e = entries[j] as WordEntry;
        const un = (entries[j + 1] as WordEntry).ambigU;
        const xp = i > 0 ? (xpos[i - 1] as number) : 255;
        const xn = i + 1 < n ? (xpos[i + 1] as number) : 254;
        const a = this.tagVector(e, offs[j] as number, x);
        const an = this.neighbourVector(this.asNext, 108, entries[j + 1] as WordEntry, offs[j + 1] as number, x);
        const ap = this.neighbourVector(this.asPrev, 109, entries[j - 1] as WordEntry, offs[j - 1] as number, x);
        const at = this.tagsVector(xp, x, xn);
        const a2 = this.next2Vector(x, i + 2 < n ? (xpos[i + 2] as number) : 254);
        const ac = this.uposContextVector(e.ambigU, un, pu, x, xn);
        const tp = this.byTag.pool;
        const np = this.asNext.pool;
        const pp = this.asPrev.pool;
        const sp = this.byTags.pool;
        const cp = this.byUposContext.pool;
        const p2p = this.byNext2.pool;
        for (let v = 0; v < U; v++) {
          js[X + v] =
            (lexical[i * U + v] as number) +
            (((tp[a + v] as number) + (np[an + v] as number) + (pp[ap + v] as number) + (sp[at + v] as number) + (p2p[a2 + v] as number) + (cp[ac + v] as number)) | 0);
        }
        u = 0;
        for (let v = 1; v < U; v++) if ((js[X + v] as number) > (js[X + u] as number)) u = v;
      }
      upos[i] = u;
      pu = u;
    }
  }
}
