// Beam search over BILOU label sequences, shared by the reference and the fast NER decoders so that both pick alike.
import { NER_LABELS, allowedAfter, allowedAtEnd } from './ner-features.js';

// Labels (17).
const C = NER_LABELS.length;

/** How the recogniser searches: the beam's width and the softmax temperature of its scores (in weight units). */
export interface BeamSettings {
  readonly width: number;
  readonly temperature: number;
}

/** Scores of the labels at token i after labels prev1 and prev2 into `scores` (at least the allowed ones). */
export type TokenScorer = (i: number, prev1: number, prev2: number, scores: Float64Array) => void;

// How far behind the best hypothesis (in log probability) another is dropped. On CoNLL dev any margin from 3 to 12
// gives the F1 of no pruning (91.24); 6 runs about 1.5 times as fast as none.
const PRUNE = 6;

// The labels allowed after each label, in label order, by (prev * 2 + last).
const ALLOWED: Int8Array[] = [];
for (let p = 0; p < C; p++) {
  for (const last of [false, true]) {
    const list: number[] = [];
    for (let c = 0; c < C; c++) if (allowedAfter(p, c) && (!last || allowedAtEnd(c))) list.push(c);
    ALLOWED.push(Int8Array.from(list));
  }
}

/**
 * Reusable buffers of a beam search. The model is trained as a greedy tagger, so its raw scores are not comparable
 * between positions (after B- only I- and L- compete, and they score high): each step's scores are turned into log
 * probabilities over the allowed labels (softmax at `invTemp` per weight unit) before paths are compared.
 */
export class BeamSearch {
  private labelAt = new Int8Array(0);
  private parentAt = new Int8Array(0);
  private readonly scores = new Float64Array(C);
  private readonly pathScore: Float64Array;
  private readonly nextScore: Float64Array;
  private readonly nextLabel: Int8Array;
  private readonly nextParent: Int8Array;
  private readonly prev1: Int8Array;
  private readonly prev2: Int8Array;
  private readonly p1s: Int8Array;
  /** How many hypotheses the beam keeps. */
  readonly width: number;

  constructor(width: number) {
    if (!(width >= 1 && width <= 64)) throw new RangeError(`beam width ${width} out of 1..64`);
    this.width = width;
    this.pathScore = new Float64Array(width);
    this.nextScore = new Float64Array(width);
    this.nextLabel = new Int8Array(width);
    this.nextParent = new Int8Array(width);
    this.prev1 = new Int8Array(width);
    this.prev2 = new Int8Array(width);
    this.p1s = new Int8Array(width);
  }

  /** Labels the n tokens of a sentence into `labels`; `invTemp` multiplies the raw scores before the softmax. */
  decode(n: number, invTemp: number, scoreAt: TokenScorer, labels: Int32Array): void {
    if (n === 0) return;
    const W = this.width;
    if (this.labelAt.length < n * W) {
      this.labelAt = new Int8Array(Math.max(n * W, 2 * this.labelAt.length));
      this.parentAt = new Int8Array(this.labelAt.length);
    }
    const scores = this.scores;
    const pathScore = this.pathScore;
    const nextScore = this.nextScore;
    const nextLabel = this.nextLabel;
    const nextParent = this.nextParent;
    const prev1 = this.prev1;
    const prev2 = this.prev2;
    let size = 1;
    pathScore[0] = 0;
    prev1[0] = 0;
    prev2[0] = 0;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1 ? 1 : 0;
      let count = 0;
      for (let h = 0; h < size; h++) {
        const p1 = prev1[h] as number;
        scoreAt(i, p1, prev2[h] as number, scores);
        const allowed = ALLOWED[p1 * 2 + last] as Int8Array;
        let max = -Infinity;
        for (let q = 0; q < allowed.length; q++) max = Math.max(max, scores[allowed[q] as number] as number);
        // With one hypothesis, every candidate shares its normaliser, and so do all their descendants: it can go.
        let base = pathScore[h] as number;
        if (size > 1) {
          let z = 0;
          for (let q = 0; q < allowed.length; q++) z += Math.exp(((scores[allowed[q] as number] as number) - max) * invTemp);
          base -= Math.log(z);
        }
        for (let q = 0; q < allowed.length; q++) {
          const c = allowed[q] as number;
          const v = base + ((scores[c] as number) - max) * invTemp;
          // Keep the W best so far in order; an equal score does not displace an earlier candidate.
          if (count === W && v <= (nextScore[W - 1] as number)) continue;
          let k = count < W ? count++ : W - 1;
          while (k > 0 && v > (nextScore[k - 1] as number)) {
            nextScore[k] = nextScore[k - 1] as number;
            nextLabel[k] = nextLabel[k - 1] as number;
            nextParent[k] = nextParent[k - 1] as number;
            k--;
          }
          nextScore[k] = v;
          nextLabel[k] = c;
          nextParent[k] = h;
        }
      }
      // Hypotheses far behind the best (PRUNE in log probability) cannot come back in practice: dropping them lets the
      // search run as one hypothesis through the confident stretches of a sentence.
      while (count > 1 && (nextScore[count - 1] as number) < (nextScore[0] as number) - PRUNE) count--;
      const row = i * W;
      for (let k = 0; k < count; k++) {
        const parent = nextParent[k] as number;
        this.labelAt[row + k] = nextLabel[k] as number;
        this.parentAt[row + k] = parent;
        pathScore[k] = nextScore[k] as number;
      }
      // The new hypotheses' previous labels, from their parents' (read before any is overwritten).
      const p1s = this.p1s;
      for (let k = 0; k < count; k++) p1s[k] = prev1[nextParent[k] as number] as number;
      for (let k = 0; k < count; k++) {
        prev2[k] = p1s[k] as number;
        prev1[k] = nextLabel[k] as number;
      }
      size = count;
    }
    let k = 0;
    for (let i = n - 1; i >= 0; i--) {
      labels[i] = this.labelAt[i * W + k] as number;
      k = this.parentAt[i * W + k] as number;
    }
  }
}
