// The arc-eager transition system with the root at the end of the buffer (Ballesteros & Nivre 2013) and its dynamic oracle (Goldberg & Nivre 2012).

/** Transition ids; LEFT and RIGHT carry their label separately. */
export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
/** Number of unlabelled transitions. */
export const TRANSITIONS = 4;

/**
 * A parser configuration over words 1..n; 0 is the artificial root, which sits after word n in the buffer so that
 * the root word is chosen last, once the whole sentence has been seen.
 */
export class ParseState {
  n = 0;
  stack: Int32Array;
  sp = 0;
  /** Buffer position: words b..n, then the root while b <= n + 1. */
  b = 1;
  head: Int32Array;
  label: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents (-1 when none). */
  l1: Int32Array;
  l2: Int32Array;
  r1: Int32Array;
  r2: Int32Array;
  vl: Int32Array;
  vr: Int32Array;
  /** Bit sets of the labels of left and right dependents (labels >= 31 share one bit). */
  ls: Int32Array;
  rs: Int32Array;

  constructor(n: number) {
    this.stack = this.head = this.label = this.l1 = this.l2 = this.r1 = this.r2 = this.vl = this.vr = this.ls = this.rs = new Int32Array(0);
    this.reset(n);
  }

  /** Makes this the initial configuration of a sentence of n words, reusing the arrays when they are long enough. */
  reset(n: number): void {
    this.n = n;
    this.sp = 0;
    this.b = 1;
    if (this.head.length < n + 1) {
      const cap = Math.max(n + 1, 2 * this.head.length);
      this.stack = new Int32Array(cap);
      this.head = new Int32Array(cap);
      this.label = new Int32Array(cap);
      this.l1 = new Int32Array(cap);
      this.l2 = new Int32Array(cap);
      this.r1 = new Int32Array(cap);
      this.r2 = new Int32Array(cap);
      this.vl = new Int32Array(cap);
      this.vr = new Int32Array(cap);
      this.ls = new Int32Array(cap);
      this.rs = new Int32Array(cap);
    }
    const m = n + 1;
    this.head.fill(-1, 0, m);
    this.label.fill(-1, 0, m);
    this.l1.fill(-1, 0, m);
    this.l2.fill(-1, 0, m);
    this.r1.fill(-1, 0, m);
    this.r2.fill(-1, 0, m);
    this.vl.fill(0, 0, m);
    this.vr.fill(0, 0, m);
    this.ls.fill(0, 0, m);
    this.rs.fill(0, 0, m);
  }

  /** The word at buffer position `b + k` (0 for the root after the last word), or -1 past the end. */
  peek(k: number): number {
    const p = this.b + k;
    return p <= this.n ? p : p === this.n + 1 ? 0 : -1;
  }

  /** Front of the buffer: a word, 0 for the root, or -1 when empty. */
  get front(): number {
    return this.peek(0);
  }

  /** True when no transition is left: the buffer holds only the root and nothing on the stack can still attach. */
  get done(): boolean {
    if (this.b <= this.n) return false;
    return !this.valid(LEFT) && !this.valid(REDUCE);
  }

  /** Top of the stack, or -1. */
  get s0(): number {
    return this.sp > 0 ? (this.stack[this.sp - 1] as number) : -1;
  }

  /** Whether transition t may be taken now. */
  valid(t: number): boolean {
    const s0 = this.s0;
    switch (t) {
      case SHIFT:
        return this.b <= this.n;
      case RIGHT:
        return this.b <= this.n && s0 > 0;
      case LEFT:
        // One root per sentence: the root takes a single dependent.
        return s0 > 0 && (this.head[s0] as number) < 0 && this.b <= this.n + 1 && (this.b <= this.n || this.vl[0] === 0);
      default:
        return s0 > 0 && (this.head[s0] as number) >= 0;
    }
  }

  /** Applies transition t (with `label` for arcs). */
  apply(t: number, label: number): void {
    const s0 = this.s0;
    switch (t) {
      case SHIFT:
        this.stack[this.sp++] = this.b++;
        break;
      case REDUCE:
        this.sp--;
        break;
      case LEFT:
        this.addArc(this.front, s0, label);
        this.sp--;
        break;
      default:
        this.addArc(s0, this.b, label);
        this.stack[this.sp++] = this.b++;
    }
  }

  private addArc(h: number, d: number, label: number): void {
    this.head[d] = h;
    this.label[d] = label;
    const bit = 1 << Math.min(label, 31);
    // The root lies after every word: its dependent is a left one.
    if (h === 0 || d < h) {
      this.l2[h] = this.l1[h] as number;
      this.l1[h] = d;
      this.vl[h]!++;
      this.ls[h]! |= bit;
    } else {
      this.r2[h] = this.r1[h] as number;
      this.r1[h] = d;
      this.vr[h]!++;
      this.rs[h]! |= bit;
    }
  }
}

/** The cost of each transition (gold arcs it makes unreachable) against gold heads `gold` (index 0 unused, 0 = root); -1 if invalid. */
export function transitionCosts(st: ParseState, gold: Int32Array, out: Int32Array): void {
  const s0 = st.s0;
  const b = st.b;
  const n = st.n;
  const f = st.front;
  const inBuffer = (k: number): boolean => (k === 0 ? b <= n + 1 : k >= b && k <= n);
  const inStack = (k: number): boolean => {
    for (let i = 0; i < st.sp; i++) if (st.stack[i] === k) return true;
    return false;
  };
  for (let t = 0; t < TRANSITIONS; t++) out[t] = st.valid(t) ? 0 : -1;
  if ((out[LEFT] as number) >= 0) {
    let c = 0;
    const gh = gold[s0] as number;
    if (gh !== f && inBuffer(gh)) c++;
    for (let k = b; k <= n; k++) if (gold[k] === s0) c++;
    out[LEFT] = c;
  }
  if ((out[RIGHT] as number) >= 0) {
    let c = 0;
    const gh = gold[f] as number;
    if (gh !== s0 && ((gh !== f && inBuffer(gh)) || (gh > 0 && inStack(gh)))) c++;
    for (let i = 0; i < st.sp; i++) {
      const k = st.stack[i] as number;
      if ((st.head[k] as number) < 0 && gold[k] === f) c++;
    }
    out[RIGHT] = c;
  }
  if ((out[REDUCE] as number) >= 0) {
    let c = 0;
    for (let k = b; k <= n; k++) if (gold[k] === s0) c++;
    out[REDUCE] = c;
  }
  if ((out[SHIFT] as number) >= 0) {
    let c = 0;
    const gh = gold[f] as number;
    for (let i = 0; i < st.sp; i++) {
      const k = st.stack[i] as number;
      if (k === gh) c++;
      if ((st.head[k] as number) < 0 && gold[k] === f) c++;
    }
    out[SHIFT] = c;
  }
}

/** Rewrites a tree so that it is projective, lifting each crossing arc's dependent to its head's head (heads 1-based, 0 root). */
export function projectivise(heads: readonly number[]): number[] {
  const h = [0, ...heads];
  const n = heads.length;
  const dominates = (a: number, d: number): boolean => {
    for (let x = d, steps = 0; x > 0 && steps <= n; x = h[x] as number, steps++) if (x === a) return true;
    return a === 0;
  };
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const hd = h[d] as number;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(hd, k)) {
          if (hi - lo < worstLen) [worst, worstLen] = [d, hi - lo];
          break;
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst] as number] as number;
  }
  return h.slice(1);
}
