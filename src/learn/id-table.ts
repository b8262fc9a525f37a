// An open-addressing map from 32-bit feature ids to dense row numbers, in typed arrays.

/** Maps feature ids (any 32-bit integer) to rows 0..size-1. */
export class IdTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  /** Number of ids stored. */
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** The row of `id`, or -1 when absent. */
  get(id: number): number {
    const keys = this.keys;
    const rows = this.rows;
    let i = (id ^ (id >>> 16)) & this.mask;
    for (;;) {
      const r = rows[i] as number;
      if (r < 0 || keys[i] === id) return r;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `id`, assigning the next free row when absent. */
  add(id: number): number {
    let i = (id ^ (id >>> 16)) & this.mask;
    for (;;) {
      const r = this.rows[i] as number;
      if (r < 0) break;
      if (this.keys[i] === id) return r;
      i = (i + 1) & this.mask;
    }
    const row = this.size++;
    this.keys[i] = id;
    this.rows[i] = row;
    if (this.size * 2 > this.mask + 1) this.grow();
    return row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const cap = (this.mask + 1) * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let j = 0; j < oldRows.length; j++) {
      const r = oldRows[j] as number;
      if (r < 0) continue;
      const id = oldKeys[j] as number;
      let i = (id ^ (id >>> 16)) & this.mask;
      while ((this.rows[i] as number) >= 0) i = (i + 1) & this.mask;
      this.keys[i] = id;
      this.rows[i] = r;
    }
  }
}
