// The averaged perceptron trainer: dense per-feature rows grown on demand, lazily averaged per row.
import { IdTable } from './id-table.js';
import { LinearModel, type ClassArray, type WeightArray } from './linear-model.js';

/** How `AveragedPerceptron.compact` shrinks the averaged weights. */
export interface CompactOptions {
  /** 'int16' stores weights as integers times a per-model scale; 'float32' stores them as they are. Default 'int16'. */
  readonly precision?: 'int16' | 'float32';
  /** Drop averaged weights whose magnitude is below this fraction of the largest one (default 1e-4). */
  readonly prune?: number;
}

/** A multi-class averaged perceptron over hashed feature ids (see `hash.ts`). */
export class AveragedPerceptron {
  readonly classes: number;
  private readonly table = new IdTable(1 << 16);
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private capacity: number;
  private ids = new Int32Array(1 << 14);
  /** Instances seen so far (advanced by `tick`). */
  time = 0;

  constructor(classes: number) {
    if (!Number.isInteger(classes) || classes < 2) throw new RangeError(`a perceptron needs at least 2 classes, got ${classes}`);
    this.classes = classes;
    this.capacity = 1 << 14;
    this.weights = new Float32Array(this.capacity * classes);
    this.totals = new Float64Array(this.capacity * classes);
    this.stamps = new Float64Array(this.capacity);
  }

  /** Number of feature rows allocated. */
  get rows(): number {
    return this.table.size;
  }

  /** Writes the current (not averaged) class scores of the `n` first feature ids into `scores`. */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const r = this.table.get(features[i] as number);
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c]! += w[base + c] as number;
    }
  }

  /** Adds `delta` to the weight of class `cls` for each of the `n` first feature ids. */
  updateClass(features: ArrayLike<number>, n: number, cls: number, delta: number): void {
    for (let i = 0; i < n; i++) {
      const r = this.row(features[i] as number);
      this.flush(r);
      this.weights[r * this.classes + cls]! += delta;
    }
  }

  /** The perceptron rule: when `guess` differs from `truth`, reward `truth` and penalise `guess` on these features. */
  update(features: ArrayLike<number>, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const C = this.classes;
    for (let i = 0; i < n; i++) {
      const r = this.row(features[i] as number);
      this.flush(r);
      this.weights[r * C + truth]! += 1;
      this.weights[r * C + guess]! -= 1;
    }
  }

  /** Marks the end of one training instance (the unit the average is taken over). */
  tick(): void {
    this.time++;
  }

  /** The averaged weights as a compact run-time model. */
  compact(options: CompactOptions = {}): LinearModel {
    const C = this.classes;
    const T = Math.max(1, this.time);
    const rows = this.table.size;
    const avg = new Float32Array(rows * C);
    let max = 0;
    for (let r = 0; r < rows; r++) {
      const stamp = this.stamps[r] as number;
      for (let c = 0; c < C; c++) {
        const k = r * C + c;
        const v = ((this.totals[k] as number) + (T - stamp) * (this.weights[k] as number)) / T;
        avg[k] = v;
        if (Math.abs(v) > max) max = Math.abs(v);
      }
    }
    const precision = options.precision ?? 'int16';
    const scale = precision === 'int16' && max > 0 ? max / 32767 : 1;
    const threshold = Math.max(max * (options.prune ?? 1e-4), precision === 'int16' ? scale * 0.5 : 0);
    const ids = this.rowIds();
    const keep: number[] = [];
    let nnz = 0;
    for (let r = 0; r < rows; r++) {
      let count = 0;
      for (let c = 0; c < C; c++) if (Math.abs(avg[r * C + c] as number) >= threshold && avg[r * C + c] !== 0) count++;
      if (count > 0) {
        keep.push(r);
        nnz += count;
      }
    }
    keep.sort((a, b) => (ids[a] as number) - (ids[b] as number));
    const keys = new Int32Array(keep.length);
    const starts = new Uint32Array(keep.length + 1);
    const classIds: ClassArray = C <= 256 ? new Uint8Array(nnz) : new Uint16Array(nnz);
    const weights: WeightArray = precision === 'int16' ? new Int16Array(nnz) : new Float32Array(nnz);
    let k = 0;
    keep.forEach((r, i) => {
      keys[i] = ids[r] as number;
      starts[i] = k;
      for (let c = 0; c < C; c++) {
        const v = avg[r * C + c] as number;
        if (v === 0 || Math.abs(v) < threshold) continue;
        classIds[k] = c;
        weights[k] = precision === 'int16' ? Math.round(v / scale) : v;
        k++;
      }
    });
    starts[keep.length] = k;
    return new LinearModel({ classes: C, scale, keys, starts, classIds, weights });
  }

  // Feature id of every row, kept alongside the table for compaction.
  private rowIds(): Int32Array {
    return this.ids.subarray(0, this.table.size);
  }

  private row(id: number): number {
    const before = this.table.size;
    const r = this.table.add(id);
    if (r === before) {
      if (r >= this.capacity) this.grow();
      if (r >= this.ids.length) {
        const ids = new Int32Array(this.ids.length * 2);
        ids.set(this.ids);
        this.ids = ids;
      }
      this.ids[r] = id;
      this.stamps[r] = this.time;
    }
    return r;
  }

  // Brings row r's running totals up to now, so that its weights can change.
  private flush(r: number): void {
    const stamp = this.stamps[r] as number;
    if (stamp === this.time) return;
    const C = this.classes;
    const dt = this.time - stamp;
    const base = r * C;
    for (let c = 0; c < C; c++) this.totals[base + c]! += dt * (this.weights[base + c] as number);
    this.stamps[r] = this.time;
  }

  private grow(): void {
    const cap = this.capacity * 2;
    const C = this.classes;
    const w = new Float32Array(cap * C);
    w.set(this.weights);
    const t = new Float64Array(cap * C);
    t.set(this.totals);
    const s = new Float64Array(cap);
    s.set(this.stamps);
    this.weights = w;
    this.totals = t;
    this.stamps = s;
    this.capacity = cap;
  }
}
