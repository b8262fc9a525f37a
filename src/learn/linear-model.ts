// The compact, read-only multi-class linear model used at run time: sparse rows of quantised weights in typed arrays.
import { IdTable } from './id-table.js';
import { modelArray } from './shared-arrays.js';

/** Class ids of a row's weights: one byte when there are at most 256 classes. */
export type ClassArray = Uint8Array | Uint16Array;
/** Weights: int16 (multiply by `scale`) or float32 (scale 1). */
export type WeightArray = Int16Array | Float32Array;

/** The typed arrays a linear model is made of, as stored in a model file. */
export interface LinearModelData {
  readonly classes: number;
  /** What one stored weight unit is worth; scores from `score` are in these units. */
  readonly scale: number;
  /** Feature id of each row. */
  readonly keys: Int32Array;
  /** Row r's weights are entries starts[r] .. starts[r+1]-1 of `classIds` / `weights`. */
  readonly starts: Uint32Array;
  readonly classIds: ClassArray;
  readonly weights: WeightArray;
}

// Int32s per table slot, and how many packed weights a slot holds inline.
const SLOT = 8;
const INLINE = SLOT - 3;

// Int32s per slot of the dense layout, and the most classes it serves.
const DENSE_SLOT = 4;
const DENSE_CLASSES = 4;

// Fills the dense table (`cap` slots, zeroed) of a model of at most four classes with int16 weights (see LinearModel.dense).
function buildDense(data: LinearModelData, cap: number, dense: Int32Array): void {
  const { keys, starts, classIds, weights } = data;
  const mask = cap - 1;
  const rows = keys.length;
  for (let r = 0; r < rows; r++) {
    const id = keys[r] as number;
    let i = (id ^ (id >>> 16)) & mask;
    while (dense[i * DENSE_SLOT + 3] !== 0 && dense[i * DENSE_SLOT] !== id) i = (i + 1) & mask;
    const o = i * DENSE_SLOT;
    // A key stored twice (never written by our tools) keeps its last row, as in the sparse layout.
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let w3 = 0;
    // Each row reads its own range: nothing requires one row to start where the last ended.
    for (let k = starts[r] as number, end = starts[r + 1] as number; k < end; k++) {
      const c = classIds[k] as number;
      const v = weights[k] as number;
      if (c === 0) w0 += v;
      else if (c === 1) w1 += v;
      else if (c === 2) w2 += v;
      else w3 += v;
    }
    dense[o] = id;
    dense[o + 1] = (w1 << 16) | (w0 & 0xffff);
    dense[o + 2] = (w3 << 16) | (w2 & 0xffff);
    dense[o + 3] = 1;
  }
}

/** Number of table slots the run-time model uses for `rows` rows (a power of two, load at most 2/3). */
export function slotCapacity(rows: number): number {
  let cap = 16;
  while (cap < rows * 1.5) cap *= 2;
  return cap;
}

/** The slot a feature id is looked up from first (files store rows in this order so that loading writes the table sequentially). */
export function homeSlot(id: number, cap: number): number {
  return (id ^ (id >>> 16)) & (cap - 1);
}

/** A multi-class linear model over hashed features: score = sum of the rows of the active features. */
export class LinearModel {
  readonly classes: number;
  readonly scale: number;
  readonly data: LinearModelData;
  // Run-time layout chosen for memory latency: an open-addressing table of 32-byte slots [id, length, start, w0..w4],
  // where short rows (most of them) keep their weights inline, each packed with its class id in one int32; a feature
  // then costs one cache miss, two for longer rows.
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly packed: Int32Array | null;
  // Models of at most four classes with int16 weights (the parser's transitions) use 16-byte slots instead:
  // [id, w0|w1, w2|w3, occupied], every class's weight in place (zero when absent), so the table is half the size.
  private readonly dense: Int32Array | null;
  // Scratch for `score`: the home slot offset of each feature.
  private homes = new Int32Array(128);
  // Scratch for `score`: integer class sums of int16 models.
  private readonly acc: Int32Array;
  /** Xor of touched table words (kept only so that the touching loads are not dead code). */
  sink = 0;
  /** The name its run-time tables are shared under between threads (see shared-arrays.ts), if it has one. */
  readonly key: string | undefined;

  /** `key` names the model's tables for sharing between threads: give it only to models read from a file. */
  constructor(data: LinearModelData, key?: string) {
    this.data = data;
    this.key = key;
    this.classes = data.classes;
    this.scale = data.scale;
    const { keys, classIds, weights } = data;
    const cap = slotCapacity(keys.length);
    this.mask = cap - 1;
    if (weights instanceof Int16Array && data.classes <= DENSE_CLASSES) {
      this.dense = modelArray(key && `${key}.dense`, Int32Array, cap * DENSE_SLOT, (a) => buildDense(data, cap, a));
      this.acc = new Int32Array(0);
      this.slots = new Int32Array(0);
      this.packed = null;
      return;
    }
    this.dense = null;
    this.acc = new Int32Array(data.classes);
    const packed =
      weights instanceof Int16Array && data.classes <= 0x7fff
        ? modelArray(key && `${key}.packed`, Int32Array, weights.length, (p) => {
            for (let k = 0; k < p.length; k++) p[k] = ((classIds[k] as number) << 16) | ((weights[k] as number) & 0xffff);
          })
        : null;
    this.slots = modelArray(key && `${key}.slots`, Int32Array, cap * SLOT, (slots) => this.fillSlots(slots, packed));
    this.packed = packed;
  }

  // Fills the sparse table (zeroed: a zero length marks an empty slot, and stored rows are never empty).
  private fillSlots(slots: Int32Array, packed: Int32Array | null): void {
    const { keys, starts } = this.data;
    for (let r = 0; r < keys.length; r++) {
      const id = keys[r] as number;
      let i = (id ^ (id >>> 16)) & this.mask;
      while ((slots[i * SLOT + 1] as number) > 0 && slots[i * SLOT] !== id) i = (i + 1) & this.mask;
      const start = starts[r] as number;
      const len = (starts[r + 1] as number) - start;
      const o = i * SLOT;
      slots[o] = id;
      slots[o + 1] = len;
      slots[o + 2] = start;
      if (packed && len <= INLINE) for (let k = 0; k < len; k++) slots[o + 3 + k] = packed[start + k] as number;
    }
  }

  /** Number of stored (non-zero) weights. */
  get size(): number {
    return this.data.weights.length;
  }

  /** A copy without the weights whose magnitude is below `minAbs` (in weight units), and without rows left empty. */
  prune(minAbs: number): LinearModel {
    const { keys, starts, classIds, weights } = this.data;
    let rows = 0;
    let nnz = 0;
    for (let r = 0; r < keys.length; r++) {
      let c = 0;
      for (let k = starts[r] as number; k < (starts[r + 1] as number); k++) if (Math.abs(weights[k] as number) >= minAbs) c++;
      if (c > 0) rows++;
      nnz += c;
    }
    const nk = new Int32Array(rows);
    const ns = new Uint32Array(rows + 1);
    const nc = classIds instanceof Uint8Array ? new Uint8Array(nnz) : new Uint16Array(nnz);
    const nw = weights instanceof Int16Array ? new Int16Array(nnz) : new Float32Array(nnz);
    let row = 0;
    let out = 0;
    for (let r = 0; r < keys.length; r++) {
      const begin = out;
      for (let k = starts[r] as number; k < (starts[r + 1] as number); k++) {
        const w = weights[k] as number;
        if (Math.abs(w) < minAbs) continue;
        nc[out] = classIds[k] as number;
        nw[out] = w;
        out++;
      }
      if (out > begin) {
        nk[row] = keys[r] as number;
        ns[row] = begin;
        row++;
      }
    }
    ns[rows] = out;
    return new LinearModel({ classes: this.classes, scale: this.scale, keys: nk, starts: ns, classIds: nc, weights: nw });
  }

  /**
   * Reads the table slots of features `from..to-1` without scoring them, so that a later `score` of the same ids finds
   * them in cache: callers that know many upcoming feature ids (a whole sentence's) touch them in one pass, which lets
   * the CPU overlap the cache misses.
   */
  touch(features: ArrayLike<number>, from: number, to: number): void {
    const table = this.dense ?? this.slots;
    const width = this.dense ? DENSE_SLOT : SLOT;
    const mask = this.mask;
    let t = 0;
    for (let f = from; f < to; f++) {
      const id = features[f] as number;
      t ^= table[((id ^ (id >>> 16)) & mask) * width] as number;
    }
    this.sink ^= t;
  }

  // `score` for the dense layout: the same sums (a class without a stored weight adds zero).
  private scoreDense(dense: Int32Array, features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const mask = this.mask;
    let homes = this.homes;
    if (homes.length < n) homes = this.homes = new Int32Array(Math.max(n, homes.length * 2));
    let touch = 0;
    for (let f = 0; f < n; f++) {
      const id = features[f] as number;
      const o = ((id ^ (id >>> 16)) & mask) * DENSE_SLOT;
      homes[f] = o;
      touch ^= dense[o] as number;
    }
    this.sink ^= touch;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const wrap = mask * DENSE_SLOT + DENSE_SLOT - 1;
    for (let f = 0; f < n; f++) {
      const id = features[f] as number;
      let o = homes[f] as number;
      while (dense[o + 3] !== 0 && dense[o] !== id) o = (o + DENSE_SLOT) & wrap;
      // An empty slot holds zero weights, so a feature the model does not know needs no branch of its own.
      const a = dense[o + 1] as number;
      const b = dense[o + 2] as number;
      s0 += (a << 16) >> 16;
      s1 += a >> 16;
      s2 += (b << 16) >> 16;
      s3 += b >> 16;
    }
    const c = this.classes;
    scores[0] = s0;
    if (c > 1) scores[1] = s1;
    if (c > 2) scores[2] = s2;
    if (c > 3) scores[3] = s3;
  }

  /** Writes the class scores of the `n` first feature ids into `scores` (in weight units; multiply by `scale` for real values). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    if (this.dense) {
      this.scoreDense(this.dense, features, n, scores);
      return;
    }
    const slots = this.slots;
    const mask = this.mask;
    const packed = this.packed;
    if (packed === null) {
      scores.fill(0, 0, this.classes);
      for (let f = 0; f < n; f++) {
        const o = this.find(features[f] as number);
        if (o >= 0) this.addUnpacked(slots[o + 2] as number, slots[o + 1] as number, scores);
      }
      return;
    }
    // Time goes to cache misses on the big table. A first, branch-free pass touches every home slot so that the CPU can
    // have many misses in flight at once; the second pass then mostly hits the cache. The touched values feed `sink` so
    // that the loads are not optimised away.
    let homes = this.homes;
    if (homes.length < n) homes = this.homes = new Int32Array(Math.max(n, homes.length * 2));
    let touch = 0;
    for (let f = 0; f < n; f++) {
      const id = features[f] as number;
      const o = ((id ^ (id >>> 16)) & mask) * SLOT;
      homes[f] = o;
      touch ^= slots[o] as number;
    }
    // A second pass finds each feature's slot and touches the weights of long rows (stored apart), again so that
    // their misses overlap; the third pass adds. Weights are integers, so int32 sums are exact.
    const wrap = mask * SLOT + SLOT - 1;
    for (let f = 0; f < n; f++) {
      const id = features[f] as number;
      let o = homes[f] as number;
      let len = slots[o + 1] as number;
      while (len > 0 && slots[o] !== id) {
        o = (o + SLOT) & wrap;
        len = slots[o + 1] as number;
      }
      homes[f] = o;
      if (len > INLINE) touch ^= packed[slots[o + 2] as number] as number;
    }
    this.sink ^= touch;
    const acc = this.acc;
    acc.fill(0);
    for (let f = 0; f < n; f++) {
      const o = homes[f] as number;
      const len = slots[o + 1] as number;
      // An empty slot has length zero and adds nothing.
      if (len <= INLINE) {
        for (let k = o + 3, end = o + 3 + len; k < end; k++) {
          const v = slots[k] as number;
          acc[v >>> 16]! += (v << 16) >> 16;
        }
      } else {
        for (let k = slots[o + 2] as number, end = k + len; k < end; k++) {
          const v = packed[k] as number;
          acc[v >>> 16]! += (v << 16) >> 16;
        }
      }
    }
    for (let c = 0; c < acc.length; c++) scores[c] = acc[c] as number;
  }

  // Offset of the slot holding feature `id`, or -1.
  private find(id: number): number {
    const slots = this.slots;
    let o = ((id ^ (id >>> 16)) & this.mask) * SLOT;
    const wrap = this.mask * SLOT + SLOT - 1;
    while ((slots[o + 1] as number) > 0) {
      if (slots[o] === id) return o;
      o = (o + SLOT) & wrap;
    }
    return -1;
  }

  private addUnpacked(start: number, len: number, scores: Float64Array): void {
    const { classIds, weights } = this.data;
    for (let k = start; k < start + len; k++) scores[classIds[k] as number]! += weights[k] as number;
  }

  /** The best class of the `n` first feature ids, among the classes for which `allowed` is true when given. */
  predict(features: ArrayLike<number>, n: number, scores: Float64Array, allowed?: (c: number) => boolean): number {
    this.score(features, n, scores);
    return argmax(scores, this.classes, allowed);
  }
}

/** Index of the highest of the first `n` scores (the lowest index on ties), among allowed classes; -1 if none is allowed. */
export function argmax(scores: ArrayLike<number>, n: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed(c)) continue;
    const s = scores[c] as number;
    if (s > bestScore || best < 0) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** One model scoring the classes of `a` (ids 0..a.classes-1) and then those of `b`, so that features the two share are looked up once. */
export function mergeLinearModels(a: LinearModel, b: LinearModel): LinearModel {
  const A = a.data;
  const B = b.data;
  const table = new IdTable(A.keys.length + B.keys.length);
  const lenA: number[] = [];
  const lenB: number[] = [];
  const rowA: number[] = [];
  const rowB: number[] = [];
  const add = (keys: Int32Array, lens: number[], rows: number[], starts: Uint32Array): void => {
    for (let r = 0; r < keys.length; r++) {
      const row = table.add(keys[r] as number);
      while (lenA.length <= row) {
        lenA.push(0);
        lenB.push(0);
        rowA.push(-1);
        rowB.push(-1);
      }
      lens[row] = (starts[r + 1] as number) - (starts[r] as number);
      rows[row] = r;
    }
  };
  add(A.keys, lenA, rowA, A.starts);
  add(B.keys, lenB, rowB, B.starts);
  const rows = table.size;
  const keys = new Int32Array(rows);
  const starts = new Uint32Array(rows + 1);
  let nnz = 0;
  for (let r = 0; r < rows; r++) nnz += (lenA[r] as number) + (lenB[r] as number);
  const classes = a.classes + b.classes;
  const classIds = classes <= 256 ? new Uint8Array(nnz) : new Uint16Array(nnz);
  const int16 = A.weights instanceof Int16Array && B.weights instanceof Int16Array;
  const weights = int16 ? new Int16Array(nnz) : new Float32Array(nnz);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    starts[r] = k;
    const ra = rowA[r] as number;
    const rb = rowB[r] as number;
    keys[r] = ra >= 0 ? (A.keys[ra] as number) : (B.keys[rb] as number);
    if (ra >= 0) {
      for (let j = A.starts[ra] as number; j < (A.starts[ra + 1] as number); j++, k++) {
        classIds[k] = A.classIds[j] as number;
        weights[k] = A.weights[j] as number;
      }
    }
    if (rb >= 0) {
      for (let j = B.starts[rb] as number; j < (B.starts[rb + 1] as number); j++, k++) {
        classIds[k] = a.classes + (B.classIds[j] as number);
        weights[k] = B.weights[j] as number;
      }
    }
  }
  starts[rows] = k;
  return new LinearModel({ classes, scale: a.scale, keys, starts, classIds, weights });
}
