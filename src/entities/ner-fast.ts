// The recogniser's run-time decoder: the same scores as NerDecoder, with the features of one word form pre-summed once.
import { feat1, feat2, feat3, modelArray, type LinearModel } from '../learn/index.js';
import {
  END,
  NER_LABELS,
  START,
  TEMPLATES as T,
  allowedAfter,
  allowedAtEnd,
  labelType,
  type History,
  type WordInfo,
  type WordSentence,
} from './ner-features.js';
import type { BeamSearch } from './ner-beam.js';

// Labels (17): the width of every score vector.
const C = NER_LABELS.length;

// Roles a word form plays in the features of the token being scored, each with its own pre-summed vector.
const SELF = 0; // the token itself: word, lower, shape, affixes, clusters, headline and demonym features
const PREV_O = 1; // the token after an O label: prevLower, prevShape, clusterPrev with prev1 = O
const AS_M1 = 2; // the word one before the token: lowerM1, wordM1, clusterM1, suffixM1
const AS_P1 = 3;
const AS_M2 = 4;
const AS_P2 = 5;
const ROLES = 6;
// A form's record opens with its shape class and the ids of its lowerM3 and lowerP3 features (rare in the model, so
// they are looked up: most are absent and the presence filter says so); the role vectors follow from HEAD.
const SHAPE_CLASS = 0;
const ID_AS_M3 = 1;
const ID_AS_P3 = 2;
const HEAD = 4;
const FORM = HEAD + ROLES * C;

// Room for the looked-up features of one token (4 word pairs, up to 5 history features, 2 words at ±3).
const MAX_REST = 16;

// Size of the table's presence filter, in bits (a power of two).
const FILTER_BITS = 22;

// Form records kept before the store starts afresh (about 50 MB), and context vectors likewise (about 20 MB).
const MAX_FORMS = 120_000;
const MAX_CONTEXTS = 1 << 18;

/**
 * The model's rows in a table made for the features the decoder still looks up one by one, most of them absent from
 * the model (word pairs never seen in training): slots of two int32s [feature id, row offset << 5 | row length] and
 * the rows' weights packed as class << 16 | int16 weight. A bit filter (512 KB) answers most misses from cache. The
 * sums are those of `LinearModel.score`.
 */
class RowTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly packed: Int32Array;
  // An id no row has: it marks empty slots (a looked-up id equal to it is absent by definition).
  private readonly empty: number;
  // One bit per (hashed) stored id.
  private readonly filter: Int32Array;
  /** Xor of touched words (kept so that the touching loads are not dead code). */
  sink = 0;

  constructor(model: LinearModel) {
    const { keys, starts, classIds, weights } = model.data;
    // A model read from a file shares these tables with the other threads that load it (see learn/shared-arrays.ts).
    const name = model.key && `${model.key}.ner-rows`;
    const empty = (modelArray(name && `${name}.empty`, Int32Array, 1, (e) => {
      const present = new Set<number>();
      for (let r = 0; r < keys.length; r++) present.add(keys[r] as number);
      while (present.has(e[0] as number)) e[0]!++;
    })[0] as number);
    this.empty = empty;
    let cap = 16;
    while (cap < keys.length * 1.5) cap *= 2;
    const mask = cap - 1;
    this.mask = mask;
    this.packed = modelArray(name && `${name}.packed`, Int32Array, weights.length, (packed) => {
      for (let k = 0; k < packed.length; k++) packed[k] = ((classIds[k] as number) << 16) | ((weights[k] as number) & 0xffff);
    });
    this.slots = modelArray(name && `${name}.slots`, Int32Array, cap * 2, (slots) => {
      for (let i = 0; i < cap; i++) slots[2 * i] = empty;
      for (let r = 0; r < keys.length; r++) {
        const id = keys[r] as number;
        const start = starts[r] as number;
        const len = (starts[r + 1] as number) - start;
        if (len > 31 || start >= 1 << 26) throw new Error(`NER row ${r} too long for the fast table`);
        let i = (id ^ (id >>> 16)) & mask;
        // A key stored twice keeps its last row, as in LinearModel.
        while (slots[2 * i] !== empty && slots[2 * i] !== id) i = (i + 1) & mask;
        slots[2 * i] = id;
        slots[2 * i + 1] = (start << 5) | len;
      }
    });
    this.filter = modelArray(name && `${name}.filter`, Int32Array, 1 << (FILTER_BITS - 5), (filter) => {
      for (let r = 0; r < keys.length; r++) {
        const b = Math.imul(keys[r] as number, 0x9e3779b1) >>> (32 - FILTER_BITS);
        filter[b >>> 5] = (filter[b >>> 5] as number) | (1 << (b & 31));
      }
    });
  }

  /** Keeps those of ids[from..to) that may be stored (the others are surely absent) at the front; returns the new end. */
  sift(ids: Int32Array, from: number, to: number): number {
    const filter = this.filter;
    let out = from;
    for (let f = from; f < to; f++) {
      const id = ids[f] as number;
      const b = Math.imul(id, 0x9e3779b1) >>> (32 - FILTER_BITS);
      if ((filter[b >>> 5] as number) & (1 << (b & 31))) ids[out++] = id;
    }
    return out;
  }

  /** Reads the home slots of ids[from..to) so that the misses of a whole sentence overlap. */
  touch(ids: Int32Array, from: number, to: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let t = 0;
    for (let f = from; f < to; f++) {
      const id = ids[f] as number;
      t ^= slots[2 * ((id ^ (id >>> 16)) & mask)] as number;
    }
    this.sink ^= t;
  }

  // The row (offset << 5 | length) of one id, or -1 when absent.
  private row(id: number): number {
    if (id === this.empty) return -1;
    const slots = this.slots;
    const mask = this.mask;
    let i = (id ^ (id >>> 16)) & mask;
    let k = slots[2 * i] as number;
    while (k !== id && k !== this.empty) {
      i = (i + 1) & mask;
      k = slots[2 * i] as number;
    }
    return k === id ? (slots[2 * i + 1] as number) : -1;
  }

  /** Replaces ids[from..to) by their rows, written from `out` on and leaving out absent ids; returns the end. */
  resolve(ids: Int32Array, from: number, to: number, out: number): number {
    for (let f = from; f < to; f++) {
      const r = this.row(ids[f] as number);
      if (r >= 0) ids[out++] = r;
    }
    return out;
  }

  /** Reads the first weight of each of rows[from..to), so that their misses overlap. */
  touchRows(rows: Int32Array, from: number, to: number): void {
    const packed = this.packed;
    let t = 0;
    for (let f = from; f < to; f++) t ^= packed[(rows[f] as number) >>> 5] as number;
    this.sink ^= t;
  }

  /** Adds rows[from..to) (from `resolve`) to scores[at..at+classes). */
  addRows(rows: Int32Array, from: number, to: number, scores: Float64Array, at: number): void {
    const packed = this.packed;
    for (let f = from; f < to; f++) {
      const row = rows[f] as number;
      for (let q = row >>> 5, end = q + (row & 31); q < end; q++) {
        const v = packed[q] as number;
        const c = at + (v >>> 16);
        scores[c] = (scores[c] as number) + ((v << 16) >> 16);
      }
    }
  }

  /** Adds the rows of ids[0..n) to scores[0..classes). */
  add(ids: Int32Array, n: number, scores: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const row = this.row(ids[f] as number);
      if (row < 0) continue;
      for (let q = row >>> 5, end = q + (row & 31); q < end; q++) {
        const v = this.packed[q] as number;
        scores[v >>> 16] = (scores[v >>> 16] as number) + ((v << 16) >> 16);
      }
    }
  }
}

/** A growable store of int32 records addressed by offset (offsets stay valid when it grows). */
class Store {
  data: Int32Array;
  used = 0;

  constructor(size: number) {
    this.data = new Int32Array(size);
  }

  /** Room for n more int32s; returns their offset (`data` may be a new, larger array afterwards). */
  alloc(n: number): number {
    if (this.used + n > this.data.length) {
      const bigger = new Int32Array(Math.max(this.used + n, 2 * this.data.length));
      bigger.set(this.data.subarray(0, this.used));
      this.data = bigger;
    }
    const at = this.used;
    this.used += n;
    return at;
  }
}

/** Offsets of pre-summed vectors by a key of four int32s (open addressing). */
class VectorTable {
  private keys = new Int32Array(4 * 1024);
  private vals = new Int32Array(1024).fill(-1);
  private mask = 1023;
  size = 0;

  private static hash(a: number, b: number, c: number, d: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ Math.imul(d, 0x27d4eb2f);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  /** The offset stored under the key, or -1. */
  get(a: number, b: number, c: number, d: number): number {
    const keys = this.keys;
    const vals = this.vals;
    let i = VectorTable.hash(a, b, c, d) & this.mask;
    for (;;) {
      const v = vals[i] as number;
      if (v < 0) return -1;
      if (keys[4 * i] === a && keys[4 * i + 1] === b && keys[4 * i + 2] === c && keys[4 * i + 3] === d) return v;
      i = (i + 1) & this.mask;
    }
  }

  set(a: number, b: number, c: number, d: number, v: number): void {
    if (2 * (this.size + 1) > this.vals.length) this.grow();
    let i = VectorTable.hash(a, b, c, d) & this.mask;
    while ((this.vals[i] as number) >= 0) i = (i + 1) & this.mask;
    this.keys[4 * i] = a;
    this.keys[4 * i + 1] = b;
    this.keys[4 * i + 2] = c;
    this.keys[4 * i + 3] = d;
    this.vals[i] = v;
    this.size++;
  }

  /** Forgets every key. */
  clear(): void {
    this.keys = new Int32Array(4 * 1024);
    this.vals = new Int32Array(1024).fill(-1);
    this.mask = 1023;
    this.size = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(vals.length * 2).fill(-1);
    this.mask = vals.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] as number;
      if (v >= 0) this.set(keys[4 * i] as number, keys[4 * i + 1] as number, keys[4 * i + 2] as number, keys[4 * i + 3] as number, v);
    }
  }
}

/**
 * Scores with a linear model of int16 weights, where every score is an integer sum: adding pre-summed vectors in any
 * order gives exactly the scores (and so the labels) of scoring the features one by one. Features that depend on one
 * word form only (its own, or a neighbour's at a fixed offset) are summed once per form and model into a record of
 * the form store; features of the shapes, capitals and case ratios of a token and its neighbours are summed once per
 * combination of their shape classes, and the document-case, gazetteer and given-name features once per combination
 * of their values; the previous two labels and the history's majority type come from small tables. Only word pairs,
 * the words at ±3 and the history are looked up per token, and only the labels BILOU allows are scored.
 */
export class FastNerDecoder {
  private readonly model: LinearModel;
  private readonly table: RowTable;
  private readonly levels: number;
  // Scratch feature ids of one sum (a word's own features are the most: about 20).
  private readonly ids = new Int32Array(64);
  private readonly tmp = new Float64Array(C);
  private readonly scores = new Float64Array(C);
  // Form records; offset 0 holds the sentence edges' record (what stands for the missing neighbours).
  private readonly forms = new Store(FORM * 4096);
  // Generation of the form store: records of an older one are stale.
  private generation = 0;
  // Context and small-feature vectors (C int32s each), and where each is by key.
  private readonly vectorStore = new Store(C * 4096);
  private readonly contexts = new VectorTable();
  private readonly smalls = new Map<number, number>();
  // Shape classes: a number (from 1; 0 is the sentence edge) per distinct (shape, short shape, capital, case bucket),
  // and those four values by class.
  private readonly shapeClasses = new Map<string, number>();
  private readonly classValues: number[] = [0, 0, 0, 0];
  // prev + prev2 by (prev1 * C + prev2).
  private readonly prevTable: Float64Array;
  // histPrevType by ((best + 1) * 5 + labelType(prev1) + 1).
  private readonly histTable: Float64Array;
  // The labels allowed after each label, in label order (ties go to the lowest, as in NerDecoder), by (prev * 2 + last).
  private readonly allowedLists: Int8Array[];
  // Per-sentence scratch: looked-up scores, the history's majority type, ids/rows and their ends, record offsets.
  private stat = new Float64Array(64 * C);
  private best = new Int8Array(64);
  private restIds = new Int32Array(64 * MAX_REST);
  private restEnd = new Int32Array(64);
  private formAt = new Int32Array(64);
  private ctxAt = new Int32Array(64);
  private smallAt = new Int32Array(64);

  constructor(model: LinearModel, levels: number) {
    this.model = model;
    this.table = new RowTable(model);
    this.levels = levels;
    this.resetForms();
    const ids = this.ids;
    this.prevTable = new Float64Array(C * C * C);
    for (let p1 = 0; p1 < C; p1++) {
      for (let p2 = 0; p2 < C; p2++) {
        ids[0] = feat1(T.prev, p1);
        ids[1] = feat2(T.prev2, p1, p2);
        model.score(ids, 2, this.tmp);
        this.prevTable.set(this.tmp, (p1 * C + p2) * C);
      }
    }
    this.histTable = new Float64Array(25 * C);
    for (let b = -1; b < 4; b++) {
      for (let t = -1; t < 4; t++) {
        ids[0] = feat2(T.histPrevType, b, t + 1);
        model.score(ids, 1, this.tmp);
        this.histTable.set(this.tmp, ((b + 1) * 5 + t + 1) * C);
      }
    }
    this.allowedLists = [];
    for (let p = 0; p < C; p++) {
      for (const last of [false, true]) {
        const list: number[] = [];
        for (let c = 0; c < C; c++) if (allowedAfter(p, c) && (!last || allowedAtEnd(c))) list.push(c);
        this.allowedLists.push(Int8Array.from(list));
      }
    }
  }

  // Empties the form store, keeping at offset 0 the record of the sentence edges.
  private resetForms(): void {
    this.generation++;
    this.forms.used = 0;
    const at = this.forms.alloc(FORM);
    const d = this.forms.data;
    d.fill(0, at, at + FORM);
    const L = this.levels;
    const k = Math.min(1, L - 1);
    const ids = this.ids;
    let n = 0;
    ids[n++] = feat1(T.lowerM1, START);
    ids[n++] = feat1(T.wordM1, START);
    for (let q = 0; q < L; q++) ids[n++] = feat2(T.clusterM1, q, -1);
    this.sum(n, at + HEAD + AS_M1 * C);
    n = 0;
    ids[n++] = feat1(T.lowerP1, END);
    ids[n++] = feat1(T.wordP1, END);
    for (let q = 0; q < L; q++) ids[n++] = feat2(T.clusterP1, q, -1);
    this.sum(n, at + HEAD + AS_P1 * C);
    n = 0;
    ids[n++] = feat1(T.lowerM2, START);
    if (L > 0) ids[n++] = feat2(T.clusterM2, k, -1);
    this.sum(n, at + HEAD + AS_M2 * C);
    n = 0;
    ids[n++] = feat1(T.lowerP2, END);
    if (L > 0) ids[n++] = feat2(T.clusterP2, k, -1);
    this.sum(n, at + HEAD + AS_P2 * C);
    d[at + ID_AS_M3] = feat1(T.lowerM3, START);
    d[at + ID_AS_P3] = feat1(T.lowerP3, END);
  }

  // Scores the first n ids of `this.ids` into the form store at `at` (as integers).
  private sum(n: number, at: number): void {
    this.model.score(this.ids, n, this.tmp);
    const d = this.forms.data;
    for (let c = 0; c < C; c++) d[at + c] = this.tmp[c] as number;
  }

  // Scores the first n ids of `this.ids` into a new vector of the vector store; returns its offset.
  private vector(n: number): number {
    this.model.score(this.ids, n, this.tmp);
    const at = this.vectorStore.alloc(C);
    const d = this.vectorStore.data;
    for (let c = 0; c < C; c++) d[at + c] = this.tmp[c] as number;
    return at;
  }

  // The offset of a word form's record under this model, computed on first use.
  private record(info: WordInfo): number {
    if (info.vecOwner === this && info.vecGen === this.generation) return info.vecAt;
    const at = this.forms.alloc(FORM);
    const h = info.hashes;
    const L = this.levels;
    const k = Math.min(1, L - 1);
    const w = h[0] as number;
    const l = h[1] as number;
    const sh = h[2] as number;
    const short = h[3] as number;
    const ids = this.ids;
    let n = 0;
    ids[n++] = feat1(T.bias, 0);
    ids[n++] = feat1(T.word, w);
    ids[n++] = feat1(T.lower, l);
    ids[n++] = feat1(T.shape, sh);
    ids[n++] = feat1(T.short, short);
    for (let a = 0; a < 8; a++) {
      const v = h[4 + a] as number;
      if (v) ids[n++] = feat2(T.affix, a, v);
    }
    if (info.allCaps) {
      ids[n++] = feat1(T.allCapsLower, l);
      ids[n++] = feat1(T.allCapsShape, short);
    }
    for (let q = 0; q < L; q++) ids[n++] = feat2(T.cluster, q, h[12 + q] as number);
    if (L > 0) ids[n++] = feat3(T.clusterShape, L - 1, h[12 + L - 1] as number, short);
    if (info.demonym) ids[n++] = feat1(T.demonym, 1);
    this.sum(n, at + HEAD + SELF * C);
    n = 0;
    ids[n++] = feat2(T.prevLower, 0, l);
    ids[n++] = feat2(T.prevShape, 0, sh);
    if (L > 0) ids[n++] = feat2(T.clusterPrev, 0, h[12 + k] as number);
    this.sum(n, at + HEAD + PREV_O * C);
    n = 0;
    ids[n++] = feat1(T.lowerM1, l || START);
    ids[n++] = feat1(T.wordM1, w || START);
    for (let q = 0; q < L; q++) ids[n++] = feat2(T.clusterM1, q, h[12 + q] as number);
    if (h[10]) ids[n++] = feat1(T.suffixM1, h[10] as number);
    this.sum(n, at + HEAD + AS_M1 * C);
    n = 0;
    ids[n++] = feat1(T.lowerP1, l || END);
    ids[n++] = feat1(T.wordP1, w || END);
    for (let q = 0; q < L; q++) ids[n++] = feat2(T.clusterP1, q, h[12 + q] as number);
    this.sum(n, at + HEAD + AS_P1 * C);
    n = 0;
    ids[n++] = feat1(T.lowerM2, l || START);
    if (L > 0) ids[n++] = feat2(T.clusterM2, k, h[12 + k] as number);
    this.sum(n, at + HEAD + AS_M2 * C);
    n = 0;
    ids[n++] = feat1(T.lowerP2, l || END);
    if (L > 0) ids[n++] = feat2(T.clusterP2, k, h[12 + k] as number);
    this.sum(n, at + HEAD + AS_P2 * C);
    const key = `${sh},${short},${info.cap},${info.caseBucket}`;
    let sid = this.shapeClasses.get(key);
    if (sid === undefined) {
      sid = this.shapeClasses.size + 1;
      this.shapeClasses.set(key, sid);
      this.classValues.push(sh, short, info.cap, info.caseBucket);
    }
    const d = this.forms.data;
    d[at + SHAPE_CLASS] = sid;
    d[at + ID_AS_M3] = feat1(T.lowerM3, l || START);
    d[at + ID_AS_P3] = feat1(T.lowerP3, l || END);
    info.vecAt = at;
    info.vecGen = this.generation;
    info.vecOwner = this;
    return at;
  }

  // The vector of the shape-context features of a token whose word and neighbours have shape classes m, c, p (0 at
  // the sentence edges): shapeM1, shapeP1, shapeBi, shortTri, capWindow, caseRatio (and its ±1), first.
  private contextVector(m: number, c: number, p: number, allCaps: number): number {
    const known = this.contexts.get(m, c, p, allCaps);
    if (known >= 0) return known;
    const v = this.classValues;
    const sh = v[4 * c] as number;
    const short = v[4 * c + 1] as number;
    const cap = v[4 * c + 2] as number;
    const cb = v[4 * c + 3] as number;
    const shm1 = m ? (v[4 * m] as number) || START : START;
    const shp1 = p ? (v[4 * p] as number) || END : END;
    const ids = this.ids;
    let n = 0;
    ids[n++] = feat2(T.shapeM1, shm1, sh);
    ids[n++] = feat2(T.shapeP1, sh, shp1);
    ids[n++] = feat3(T.shapeBi, shm1, sh, shp1);
    ids[n++] = feat3(T.shortTri, m ? (v[4 * m + 1] as number) || START : START, short, p ? (v[4 * p + 1] as number) || END : END);
    ids[n++] = feat3(T.capWindow, m ? (v[4 * m + 2] as number) : 2, cap, p ? (v[4 * p + 2] as number) : 2);
    if (!m) ids[n++] = feat1(T.first, sh);
    ids[n++] = feat3(T.caseRatio, cb, cap, allCaps ? 2 : m ? 0 : 1);
    ids[n++] = feat2(T.caseRatioM1, m ? (v[4 * m + 3] as number) : 9, cb);
    ids[n++] = feat2(T.caseRatioP1, cb, p ? (v[4 * p + 3] as number) : 9);
    const at = this.vector(n);
    this.contexts.set(m, c, p, allCaps, at);
    return at;
  }

  // The vector of the small features of token i (document case, gazetteer codes, given names), by their packed values.
  private smallVector(s: WordSentence, i: number): number {
    const infos = s.infos;
    const cur = infos[i] as WordInfo;
    const last = s.n - 1;
    const cap = cur.cap;
    const dc = s.docCase[i] as number;
    const first = i === 0 || s.allCaps ? (s.allCaps ? 2 : 1) : 0;
    const g = s.gaz[i] as number;
    const gm1 = i > 0 ? (s.gaz[i - 1] as number) : 0;
    const gp1 = i < last ? (s.gaz[i + 1] as number) : 0;
    const fn = cur.firstName ? 1 + (i < last ? (infos[i + 1] as WordInfo).cap : 2) : 0;
    const fnm1 = i > 0 && (infos[i - 1] as WordInfo).firstName ? 1 : 0;
    const key = dc | (cap << 2) | (first << 3) | (g << 5) | (gm1 << 9) | (gp1 << 13) | (fn << 17) | (fnm1 << 19);
    const known = this.smalls.get(key);
    if (known !== undefined) return known;
    const ids = this.ids;
    let n = 0;
    ids[n++] = feat2(T.docCase, dc, cap);
    if (first) ids[n++] = feat2(T.docCaseFirst, dc, first === 2 ? 1 : 0);
    if (g) ids[n++] = feat1(T.gaz, g);
    if (gm1) ids[n++] = feat2(T.gazM1, gm1, g);
    if (gp1) ids[n++] = feat2(T.gazP1, gp1, g);
    if (fn) ids[n++] = feat2(T.firstName, 1, fn - 1);
    if (fnm1) ids[n++] = feat2(T.firstNameM1, 1, cap);
    const at = this.vector(n);
    this.smalls.set(key, at);
    return at;
  }

  // The features of token i looked up one by one (word pairs, document history) into restIds from `at`; returns the end.
  private restFeatures(s: WordSentence, i: number, hist: History, at: number): number {
    const out = this.restIds;
    const infos = s.infos;
    let n = at;
    const last = s.n - 1;
    const cur = infos[i] as WordInfo;
    const h = cur.hashes;
    const hm = i > 0 ? (infos[i - 1] as WordInfo).hashes : null;
    const hp = i < last ? (infos[i + 1] as WordInfo).hashes : null;
    const w = h[0] as number;
    const l = h[1] as number;
    out[n++] = feat2(T.wordBi, w, hp ? (hp[0] as number) || END : END);
    out[n++] = feat2(T.wordBiL, hm ? (hm[0] as number) || START : START, w);
    out[n++] = feat2(T.lowerBiL, hm ? (hm[1] as number) || START : START, l);
    out[n++] = feat2(T.lowerBiR, l, hp ? (hp[1] as number) || END : END);
    this.best[i] = -2;
    if (cur.cap) {
      const short = h[3] as number;
      const counts = hist.get(l);
      if (counts) {
        let best = -1;
        let bestCount = 0;
        for (let t = 0; t < 4; t++) {
          const c = counts[t] as number;
          if (c > 0) out[n++] = feat1(T.hist, t);
          if (c > bestCount) {
            best = t;
            bestCount = c;
          }
        }
        out[n++] = feat2(T.histMajor, best, short);
        this.best[i] = best;
      } else {
        out[n++] = feat2(T.histShape, -1, short);
      }
    }
    return n;
  }

  // Grows the per-sentence scratch to n tokens.
  private reserve(n: number): void {
    if (this.best.length >= n) return;
    const size = Math.max(n, this.best.length * 2);
    this.stat = new Float64Array(size * C);
    this.best = new Int8Array(size);
    this.restIds = new Int32Array(size * MAX_REST);
    this.restEnd = new Int32Array(size);
    this.formAt = new Int32Array(size);
    this.ctxAt = new Int32Array(size);
    this.smallAt = new Int32Array(size);
  }

  // Everything of a sentence that does not depend on labels: form records, context vectors, looked-up features.
  private prepare(s: WordSentence, hist: History): void {
    const n = s.n;
    this.reserve(n);
    // The stores start afresh only between sentences, so that a sentence's offsets stay valid.
    if (this.forms.used >= MAX_FORMS * FORM) this.resetForms();
    if (this.contexts.size >= MAX_CONTEXTS) {
      this.contexts.clear();
      this.smalls.clear();
      this.vectorStore.used = 0;
    }
    const infos = s.infos;
    const formAt = this.formAt;
    const ctxAt = this.ctxAt;
    const smallAt = this.smallAt;
    for (let j = 0; j < n; j++) formAt[j] = this.record(infos[j] as WordInfo);
    const caps = s.allCaps ? 1 : 0;
    const fd = this.forms.data;
    for (let i = 0; i < n; i++) {
      const m = i > 0 ? (fd[(formAt[i - 1] as number) + SHAPE_CLASS] as number) : 0;
      const p = i + 1 < n ? (fd[(formAt[i + 1] as number) + SHAPE_CLASS] as number) : 0;
      ctxAt[i] = this.contextVector(m, fd[(formAt[i] as number) + SHAPE_CLASS] as number, p, caps);
      smallAt[i] = this.smallVector(s, i);
    }
    // The looked-up features of every token, which do not depend on labels, in passes over the whole sentence (ids,
    // presence filter, table slots, rows) so that the cache misses of a pass overlap.
    const table = this.table;
    const rest = this.restIds;
    const restEnd = this.restEnd;
    let end = 0;
    for (let i = 0; i < n; i++) {
      const at = this.restFeatures(s, i, hist, end);
      rest[at] = fd[(i > 2 ? (formAt[i - 3] as number) : 0) + ID_AS_M3] as number;
      rest[at + 1] = fd[(i + 3 < n ? (formAt[i + 3] as number) : 0) + ID_AS_P3] as number;
      end = table.sift(rest, end, at + 2);
      restEnd[i] = end;
    }
    table.touch(rest, 0, end);
    let from = 0;
    let rows = 0;
    for (let i = 0; i < n; i++) {
      const to = restEnd[i] as number;
      rows = table.resolve(rest, from, to, rows);
      from = to;
      restEnd[i] = rows;
    }
    table.touchRows(rest, 0, rows);
    const stat = this.stat;
    stat.fill(0, 0, n * C);
    from = 0;
    for (let i = 0; i < n; i++) {
      const to = restEnd[i] as number;
      table.addRows(rest, from, to, stat, i * C);
      from = to;
    }
  }

  /**
   * Writes into `scores` the score of each label BILOU allows at token i of the prepared sentence of n tokens after
   * labels prev1 and prev2, and returns that list of allowed labels (the other entries of `scores` are left as they were).
   */
  private scoreAt(s: WordSentence, i: number, prev1: number, prev2: number, scores: Float64Array): Int8Array {
    const n = s.n;
    const formAt = this.formAt;
    const fd = this.forms.data;
    const vd = this.vectorStore.data;
    const tmp = this.tmp;
    const allowed = this.allowedLists[prev1 * 2 + (i === n - 1 ? 1 : 0)] as Int8Array;
    const o = i * C;
    const pt = (prev1 * C + prev2) * C;
    // Offsets of the roles to add: this word's own, its neighbours' (the edge record past the sentence's ends).
    const self = (formAt[i] as number) + HEAD + SELF * C;
    const m1 = (i > 0 ? (formAt[i - 1] as number) : 0) + HEAD + AS_M1 * C;
    const p1 = (i + 1 < n ? (formAt[i + 1] as number) : 0) + HEAD + AS_P1 * C;
    const m2 = (i > 1 ? (formAt[i - 2] as number) : 0) + HEAD + AS_M2 * C;
    const p2 = (i + 2 < n ? (formAt[i + 2] as number) : 0) + HEAD + AS_P2 * C;
    const ctx = this.ctxAt[i] as number;
    const small = this.smallAt[i] as number;
    // After O, the previous-label features of this word are pre-summed; after an entity label they are looked up.
    if (prev1 === 0) {
      const po = (formAt[i] as number) + HEAD + PREV_O * C;
      for (let c = 0; c < C; c++) tmp[c] = fd[po + c] as number;
    } else {
      const h = (s.infos[i] as WordInfo).hashes;
      const ids = this.ids;
      ids[0] = feat2(T.prevLower, prev1, h[1] as number);
      ids[1] = feat2(T.prevShape, prev1, h[2] as number);
      let m = 2;
      if (this.levels > 0) ids[m++] = feat2(T.clusterPrev, prev1, h[12 + Math.min(1, this.levels - 1)] as number);
      tmp.fill(0);
      this.table.add(ids, m, tmp);
    }
    const b = this.best[i] as number;
    const ht = b > -2 ? ((b + 1) * 5 + labelType(prev1) + 1) * C : -1;
    const stat = this.stat;
    const prevTable = this.prevTable;
    const histTable = this.histTable;
    for (let q = 0; q < allowed.length; q++) {
      const c = allowed[q] as number;
      scores[c] =
        (stat[o + c] as number) +
        (prevTable[pt + c] as number) +
        (tmp[c] as number) +
        (fd[self + c] as number) +
        (fd[m1 + c] as number) +
        (fd[p1 + c] as number) +
        (fd[m2 + c] as number) +
        (fd[p2 + c] as number) +
        (vd[ctx + c] as number) +
        (vd[small + c] as number) +
        (ht >= 0 ? (histTable[ht + c] as number) : 0);
    }
    return allowed;
  }

  /**
   * Tags one prepared sentence (first pass only) greedily into `labels`; the history is read, not recorded. Only the
   * labels BILOU allows at each step are scored. `onScores`, when given, sees each token's scores of the `count`
   * allowed labels in `allowed` before the choice (tests compare them with NerDecoder's).
   */
  tagSentence(
    s: WordSentence,
    hist: History,
    labels: Int32Array,
    onScores?: (i: number, scores: Float64Array, allowed: Int8Array, count: number) => void,
  ): void {
    const n = s.n;
    if (n === 0) return;
    this.prepare(s, hist);
    const scores = this.scores;
    for (let i = 0; i < n; i++) {
      const prev1 = i > 0 ? (labels[i - 1] as number) : 0;
      const prev2 = i > 1 ? (labels[i - 2] as number) : 0;
      const allowed = this.scoreAt(s, i, prev1, prev2, scores);
      let best = -1;
      let bestScore = -Infinity;
      for (let q = 0; q < allowed.length; q++) {
        const c = allowed[q] as number;
        if ((scores[c] as number) > bestScore) {
          best = c;
          bestScore = scores[c] as number;
        }
      }
      if (onScores) onScores(i, scores, allowed, allowed.length);
      labels[i] = best < 0 ? 0 : best;
    }
  }

  /** Tags one prepared sentence by beam search (see BeamSearch) into `labels`; the history is read, not recorded. */
  tagSentenceBeam(s: WordSentence, hist: History, labels: Int32Array, beam: BeamSearch, invTemp: number): void {
    const n = s.n;
    if (n === 0) return;
    this.prepare(s, hist);
    beam.decode(n, invTemp, (i, prev1, prev2, scores) => void this.scoreAt(s, i, prev1, prev2, scores), labels);
  }
}
