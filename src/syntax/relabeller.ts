// Second-pass arc labelling: once the whole tree is known, each arc is relabelled with features of both ends' dependents.
import { feat1, feat2, feat3, feat4 } from '../learn/index.js';
import type { ParseInput } from './parser.js';

/** Per-node summaries of a tree's dependents (index 0 is the root, 1..n the words). */
export interface TreeIndex {
  readonly leftmost: Int32Array;
  readonly rightmost: Int32Array;
  /** Nearest dependent on each side. */
  readonly nearLeft: Int32Array;
  readonly nearRight: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Bit set of the UPOS ids of the node's dependents. */
  readonly kidTags: Int32Array;
}

/** Indexes a tree given 1-based heads of words 1..n (`heads[d - 1]`, 0 for the root). */
export function indexTree(x: ParseInput, heads: ArrayLike<number>): TreeIndex {
  const n = x.n;
  const leftmost = new Int32Array(n + 1).fill(-1);
  const rightmost = new Int32Array(n + 1).fill(-1);
  const nearLeft = new Int32Array(n + 1).fill(-1);
  const nearRight = new Int32Array(n + 1).fill(-1);
  const nLeft = new Int32Array(n + 1);
  const nRight = new Int32Array(n + 1);
  const kidTags = new Int32Array(n + 1);
  for (let d = 1; d <= n; d++) {
    const h = heads[d - 1] as number;
    kidTags[h]! |= 1 << Math.min(30, x.u[d] as number);
    if (d < h) {
      if (leftmost[h] === -1) leftmost[h] = d;
      nearLeft[h] = d;
      nLeft[h]!++;
    } else {
      if (nearRight[h] === -1) nearRight[h] = d;
      rightmost[h] = d;
      nRight[h]!++;
    }
  }
  return { leftmost, rightmost, nearLeft, nearRight, nLeft, nRight, kidTags };
}

/** Fills `out` with the label features of word d's arc in an indexed tree; returns how many. */
export function relabelFeatures(x: ParseInput, heads: ArrayLike<number>, t: TreeIndex, d: number, out: Int32Array): number {
  const none = x.n + 1;
  const at = (i: number): number => (i < 0 ? none : i);
  const h = heads[d - 1] as number;
  const W = x.w;
  const P = x.p;
  const U = x.u;
  const dir = h === 0 ? 2 : d < h ? 0 : 1;
  const dist = h === 0 ? 0 : Math.min(Math.abs(h - d), 10);
  const dw = W[d] as number;
  const dp = P[d] as number;
  const hw = W[h] as number;
  const hp = P[h] as number;
  const hh = at(h > 0 ? (heads[h - 1] as number) : -1);
  const dl = at(t.leftmost[d] as number);
  const dnl = at(t.nearLeft[d] as number);
  const dr = at(t.rightmost[d] as number);
  const hnl = at(t.nearLeft[h] as number);
  const hlm = at(t.leftmost[h] as number);
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  const commas = h > 0 ? Math.min(3, (x.punct[hi - 1] as number) - (x.punct[lo] as number)) : -1;
  // Whether d is the first or the last dependent of its head on its side.
  const outer = d < h ? (t.leftmost[h] === d ? 1 : 0) : t.rightmost[h] === d ? 1 : 0;
  let k = 0;
  out[k++] = feat1(301, dir);
  out[k++] = feat2(302, dir, dw);
  out[k++] = feat2(303, dir, dp);
  out[k++] = feat3(304, dir, dw, dp);
  out[k++] = feat3(305, dir, hp, dp);
  out[k++] = feat3(306, dir, hw, dp);
  out[k++] = feat3(307, dir, hp, dw);
  out[k++] = feat3(308, dir, hw, dw);
  out[k++] = feat4(309, dir, hp, dp, dist);
  out[k++] = feat3(310, dir, dp, W[dl] as number);
  out[k++] = feat4(311, dir, dp, W[dnl] as number, hp);
  out[k++] = feat3(312, dir, dp, P[dl] as number);
  out[k++] = feat3(313, dir, dp, P[dr] as number);
  out[k++] = feat3(314, dir, dp, t.kidTags[d] as number);
  out[k++] = feat4(315, dir, dp, hp, t.kidTags[d] as number);
  out[k++] = feat4(316, dir, hp, dp, P[hh] as number);
  out[k++] = feat4(317, dir, hp, dp, outer);
  out[k++] = feat4(318, dir, hp, dp, commas);
  out[k++] = feat3(319, dir, x.sfx[d] as number, dp);
  out[k++] = feat4(320, dir, x.cap[d] as number, dp, hp);
  out[k++] = feat3(321, dir, U[h] as number, U[d] as number);
  out[k++] = feat4(322, dir, U[h] as number, U[d] as number, t.kidTags[h] as number);
  out[k++] = feat4(323, dir, dp, hp, W[hnl] as number);
  out[k++] = feat4(324, dir, dp, P[hlm] as number, hp);
  out[k++] = feat4(325, dir, dp, t.nLeft[h] as number, t.nRight[h] as number);
  out[k++] = feat3(326, dir, dw, W[dnl] as number);
  out[k++] = feat4(327, dir, dp, P[d - 1 >= 0 ? d - 1 : none] as number, P[d + 1 <= x.n ? d + 1 : none] as number);
  out[k++] = feat3(328, dir, hw, W[dnl] as number);
  out[k++] = feat3(329, dir, dp, W[hh] as number);
  out[k++] = feat4(330, dir, dp, hp, t.nLeft[d] as number);
  return k;
}
