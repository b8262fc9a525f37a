// The dependency parser: greedy arc-eager with averaged-perceptron transition and label models over Zhang & Nivre features.
import { feat1, feat2, feat3, feat4, hashString, unpackLinearModel, type ModelFile } from '../learn/index.js';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITIONS } from './arc-eager.js';
import { eisner } from './eisner.js';
import { indexTree, relabelFeatures } from './relabeller.js';
import type { Scorer } from './tagger.js';
import { normaliseForm } from './word-features.js';

/** A sentence as the parser sees it: per position (0 = root, 1..n words, n+1 = none) a word hash and tag ids. */
export interface ParseInput {
  readonly n: number;
  readonly w: Int32Array;
  readonly p: Int32Array;
  readonly u: Int32Array;
  /** Hash of the last three letters of the lower-cased word. */
  readonly sfx: Int32Array;
  /** Capitalisation: 0 lower, 1 capitalised, 2 all capitals, 3 no letters. */
  readonly cap: Int32Array;
  /** Number of punctuation words among positions 1..i (for "is there a comma between" features). */
  readonly punct: Int32Array;
}

const ROOT_WORD = hashString('<root>');
const NONE_WORD = hashString('<none>');

/** Builds the parser's view of a sentence from normalised words and XPOS / UPOS ids (tag ids shifted by 2: 0 root, 1 none). */
export function parseInput(words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>): ParseInput {
  const n = words.length;
  const w = new Int32Array(n + 2);
  const p = new Int32Array(n + 2);
  const u = new Int32Array(n + 2);
  const sfx = new Int32Array(n + 2);
  const cap = new Int32Array(n + 2);
  const punct = new Int32Array(n + 2);
  w[0] = ROOT_WORD;
  w[n + 1] = NONE_WORD;
  p[n + 1] = u[n + 1] = 1;
  for (let i = 0; i < n; i++) {
    w[i + 1] = hashString((words[i] as string).toLowerCase(), 0x2545f491);
    p[i + 1] = (xpos[i] as number) + 2;
    u[i + 1] = (upos[i] as number) + 2;
    const word = words[i] as string;
    const lower = word.toLowerCase();
    sfx[i + 1] = hashString(lower.slice(-3), 0x1234567);
    const letters = /[a-z]/i.test(word);
    cap[i + 1] = !letters ? 3 : word === lower ? 0 : word === word.toUpperCase() && word.length > 1 ? 2 : 1;
    punct[i + 1] = (punct[i] as number) + (/^[^\p{L}\p{N}]+$/u.test(word) ? 1 : 0);
  }
  punct[n + 1] = punct[n] as number;
  return { n, w, p, u, sfx, cap, punct };
}

/** Fills `out` with the transition feature ids of a configuration; returns how many. */
export function transitionFeatures(x: ParseInput, st: ParseState, out: Int32Array): number {
  const none = x.n + 1;
  const at = (i: number): number => (i < 0 ? none : i);
  const W = x.w;
  const P = x.p;
  const s0 = at(st.s0);
  const s1 = at(st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1);
  const n0 = at(st.front);
  const n1 = at(st.peek(1));
  const n2 = at(st.peek(2));
  // Linear position (the root sits after the last word).
  const pos = (i: number): number => (i === 0 ? x.n + 1 : i);
  const hasS0 = s0 !== none;
  const s0h = at(hasS0 ? (st.head[s0] as number) : -1);
  const s0h2 = at(s0h !== none && s0h > 0 ? (st.head[s0h] as number) : -1);
  const s0l = at(hasS0 ? (st.l1[s0] as number) : -1);
  const s0l2 = at(hasS0 ? (st.l2[s0] as number) : -1);
  const s0r = at(hasS0 ? (st.r1[s0] as number) : -1);
  const s0r2 = at(hasS0 ? (st.r2[s0] as number) : -1);
  const n0l = at(n0 !== none ? (st.l1[n0] as number) : -1);
  const n0l2 = at(n0 !== none ? (st.l2[n0] as number) : -1);
  const L = (i: number): number => (i === none ? -2 : (st.label[i] as number));
  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  const n1w = W[n1] as number;
  const n1p = P[n1] as number;
  const n2w = W[n2] as number;
  const n2p = P[n2] as number;
  const d = hasS0 && n0 !== none ? Math.min(pos(n0) - s0, 8) : 0;
  const vl0 = hasS0 ? (st.vl[s0] as number) : -1;
  const vr0 = hasS0 ? (st.vr[s0] as number) : -1;
  const nvl = n0 !== none ? (st.vl[n0] as number) : -1;
  let k = 0;
  // Single words.
  out[k++] = feat2(1, s0w, s0p);
  out[k++] = feat1(2, s0w);
  out[k++] = feat1(3, s0p);
  out[k++] = feat2(4, n0w, n0p);
  out[k++] = feat1(5, n0w);
  out[k++] = feat1(6, n0p);
  out[k++] = feat2(7, n1w, n1p);
  out[k++] = feat1(8, n1w);
  out[k++] = feat1(9, n1p);
  out[k++] = feat2(10, n2w, n2p);
  out[k++] = feat1(11, n2w);
  out[k++] = feat1(12, n2p);
  // Pairs.
  out[k++] = feat4(13, s0w, s0p, n0w, n0p);
  out[k++] = feat3(14, s0w, s0p, n0w);
  out[k++] = feat3(15, s0w, n0w, n0p);
  out[k++] = feat3(16, s0w, s0p, n0p);
  out[k++] = feat3(17, s0p, n0w, n0p);
  out[k++] = feat2(18, s0w, n0w);
  out[k++] = feat2(19, s0p, n0p);
  out[k++] = feat2(20, n0p, n1p);
  // Triples of tags.
  out[k++] = feat3(21, n0p, n1p, n2p);
  out[k++] = feat3(22, s0p, n0p, n1p);
  out[k++] = feat3(23, P[s0h] as number, s0p, n0p);
  out[k++] = feat3(24, s0p, P[s0l] as number, n0p);
  out[k++] = feat3(25, s0p, P[s0r] as number, n0p);
  out[k++] = feat3(26, s0p, n0p, P[n0l] as number);
  // Distance.
  out[k++] = feat2(27, s0w, d);
  out[k++] = feat2(28, s0p, d);
  out[k++] = feat2(29, n0w, d);
  out[k++] = feat2(30, n0p, d);
  out[k++] = feat3(31, s0w, n0w, d);
  out[k++] = feat3(32, s0p, n0p, d);
  // Valency.
  out[k++] = feat2(33, s0w, vr0);
  out[k++] = feat2(34, s0p, vr0);
  out[k++] = feat2(35, s0w, vl0);
  out[k++] = feat2(36, s0p, vl0);
  out[k++] = feat2(37, n0w, nvl);
  out[k++] = feat2(38, n0p, nvl);
  // Second-order: heads and outermost dependents.
  out[k++] = feat1(39, W[s0h] as number);
  out[k++] = feat1(40, P[s0h] as number);
  out[k++] = feat1(41, L(s0));
  out[k++] = feat1(42, W[s0l] as number);
  out[k++] = feat1(43, P[s0l] as number);
  out[k++] = feat1(44, L(s0l));
  out[k++] = feat1(45, W[s0r] as number);
  out[k++] = feat1(46, P[s0r] as number);
  out[k++] = feat1(47, L(s0r));
  out[k++] = feat1(48, W[n0l] as number);
  out[k++] = feat1(49, P[n0l] as number);
  out[k++] = feat1(50, L(n0l));
  // Third-order.
  out[k++] = feat1(51, W[s0h2] as number);
  out[k++] = feat1(52, P[s0h2] as number);
  out[k++] = feat1(53, L(s0h));
  out[k++] = feat1(54, W[s0l2] as number);
  out[k++] = feat1(55, P[s0l2] as number);
  out[k++] = feat1(56, L(s0l2));
  out[k++] = feat1(57, W[s0r2] as number);
  out[k++] = feat1(58, P[s0r2] as number);
  out[k++] = feat1(59, L(s0r2));
  out[k++] = feat1(60, W[n0l2] as number);
  out[k++] = feat1(61, P[n0l2] as number);
  out[k++] = feat1(62, L(n0l2));
  out[k++] = feat3(63, s0p, P[s0l] as number, P[s0l2] as number);
  out[k++] = feat3(64, s0p, P[s0r] as number, P[s0r2] as number);
  out[k++] = feat3(65, s0p, P[s0h] as number, P[s0h2] as number);
  out[k++] = feat3(66, n0p, P[n0l] as number, P[n0l2] as number);
  // Label sets.
  const sl = hasS0 ? (st.ls[s0] as number) : -1;
  const sr = hasS0 ? (st.rs[s0] as number) : -1;
  const nl = n0 !== none ? (st.ls[n0] as number) : -1;
  out[k++] = feat2(67, s0w, sr);
  out[k++] = feat2(68, s0p, sr);
  out[k++] = feat2(69, s0w, sl);
  out[k++] = feat2(70, s0p, sl);
  out[k++] = feat2(71, n0w, nl);
  out[k++] = feat2(72, n0p, nl);
  // Beyond Zhang & Nivre: the second stack item, whether s0 has a head, coarse tags.
  out[k++] = feat2(73, W[s1] as number, P[s1] as number);
  out[k++] = feat3(74, P[s1] as number, s0p, n0p);
  out[k++] = feat3(75, s0h === none ? 0 : 1, s0p, n0p);
  out[k++] = feat3(76, x.u[s0] as number, x.u[n0] as number, x.u[n1] as number);
  out[k++] = feat2(77, st.sp, n0p);
  // Lookahead word pairs, punctuation between s0 and n0, the next-next-next tag, capitalisation.
  out[k++] = feat2(78, n0w, n1w);
  out[k++] = feat2(79, n0p, n1w);
  out[k++] = feat2(80, n0w, n1p);
  const between = hasS0 && n0 !== none ? Math.min(3, (x.punct[pos(n0) - 1] as number) - (x.punct[s0] as number)) : -1;
  out[k++] = feat3(81, s0p, n0p, between);
  out[k++] = feat4(82, s0p, n0p, between, d);
  const n3 = at(st.peek(3));
  out[k++] = feat4(83, n0p, n1p, n2p, P[n3] as number);
  out[k++] = feat3(84, x.cap[s0] as number, x.cap[n0] as number, x.cap[n1] as number);
  out[k++] = feat2(85, W[s1] as number, s0w);
  out[k++] = feat3(86, s0w, n0p, n1p);
  out[k++] = feat3(87, x.sfx[n0] as number, n0p, s0p);
  out[k++] = feat3(88, x.u[s0] as number, x.u[n0] as number, d);
  return k;
}

/** Fills `out` with the label feature ids of the arc that transition t (LEFT or RIGHT) would add; returns how many. */
export function labelFeatures(x: ParseInput, st: ParseState, t: number, out: Int32Array): number {
  const none = x.n + 1;
  const s0 = st.s0;
  const h = t === LEFT ? st.front : s0;
  const dep = t === LEFT ? s0 : st.b;
  const W = x.w;
  const P = x.p;
  const U = x.u;
  const at = (i: number): number => (i < 0 ? none : i);
  const hh = at(h > 0 ? (st.head[h] as number) : -1);
  const dl = at(st.l1[dep] as number);
  const hl = at(st.l1[h] as number);
  const hr = at(st.r1[h] as number);
  const n1 = at(st.peek(1));
  const dist = Math.min(Math.abs(h - dep), 10);
  const hw = W[h] as number;
  const hp = P[h] as number;
  const dw = W[dep] as number;
  const dp = P[dep] as number;
  let k = 0;
  out[k++] = feat1(201, t);
  out[k++] = feat2(202, t, dw);
  out[k++] = feat2(203, t, dp);
  out[k++] = feat3(204, t, dw, dp);
  out[k++] = feat2(205, t, hw);
  out[k++] = feat2(206, t, hp);
  out[k++] = feat3(207, t, hp, dp);
  out[k++] = feat3(208, t, hw, dp);
  out[k++] = feat3(209, t, hp, dw);
  out[k++] = feat3(210, t, hw, dw);
  out[k++] = feat3(211, t, dp, dist);
  out[k++] = feat4(212, t, hp, dp, dist);
  out[k++] = feat3(213, t, dp, L(st, dl, none));
  out[k++] = feat3(214, t, dp, P[dl] as number);
  out[k++] = feat4(215, t, hp, dp, L(st, hl, none));
  out[k++] = feat4(216, t, hp, dp, L(st, hr, none));
  out[k++] = feat4(217, t, hp, dp, P[hh] as number);
  out[k++] = feat4(218, t, hp, dp, L(st, h, none));
  out[k++] = feat3(219, t, dp, P[n1] as number);
  out[k++] = feat4(220, t, U[h] as number, U[dep] as number, st.vl[dep] as number);
  out[k++] = feat3(221, t, dp, st.vr[h] as number);
  out[k++] = feat3(222, t, dw, P[dep - 1 >= 0 ? dep - 1 : none] as number);
  out[k++] = feat3(223, t, dp, st.ls[h] as number);
  out[k++] = feat4(224, t, dp, hp, P[dep + 1 <= x.n ? dep + 1 : none] as number);
  out[k++] = feat3(225, t, x.sfx[dep] as number, dp);
  out[k++] = feat4(226, t, x.cap[dep] as number, dp, hp);
  out[k++] = feat3(227, t, x.sfx[dep] as number, hp);
  const lo = Math.min(h, dep);
  const hi = Math.max(h, dep);
  out[k++] = feat4(228, t, dp, hp, h > 0 ? Math.min(3, (x.punct[hi - 1] as number) - (x.punct[lo] as number)) : -1);
  out[k++] = feat3(229, t, dw, hw === W[0] ? 1 : 0);
  return k;
}

function L(st: ParseState, i: number, none: number): number {
  return i === none ? -2 : (st.label[i] as number);
}

/** Heads (1-based, 0 root) and label ids of a parsed sentence. */
export interface ParsedIds {
  readonly heads: Int32Array;
  readonly labels: Int32Array;
}

/** Runs the greedy parser on one sentence; every word gets a head, exactly one word is attached to the root. */
export function parseGreedy(x: ParseInput, transitions: Scorer, labels: Scorer, rootLabel: number, fallbackLabel: number): ParsedIds {
  const st = new ParseState(x.n);
  const feats = new Int32Array(128);
  const ts = new Float64Array(TRANSITIONS);
  const ls = new Float64Array(labels.classes);
  while (!st.done) {
    // A forced move (an empty stack, or the buffer down to the root) needs no scoring: about one move in six.
    let t = -1;
    let legal = 0;
    for (let c = 0; c < TRANSITIONS; c++) {
      if (st.valid(c)) {
        legal++;
        t = c;
      }
    }
    if (legal > 1) {
      const k = transitionFeatures(x, st, feats);
      transitions.score(feats, k, ts);
      t = -1;
      for (let c = 0; c < TRANSITIONS; c++) if (st.valid(c) && (t < 0 || (ts[c] as number) > (ts[t] as number))) t = c;
    }
    let label = 0;
    if (t === LEFT && st.front === 0) label = rootLabel;
    else if (t === LEFT || t === RIGHT) label = bestLabel(x, st, t, labels, feats, ls, rootLabel);
    st.apply(t, label);
  }
  return finish(st, rootLabel, fallbackLabel);
}

/** Picks the label of the arc transition t would add (never the root label below the root). */
export function bestLabel(x: ParseInput, st: ParseState, t: number, labels: Scorer, feats: Int32Array, ls: Float64Array, rootLabel: number): number {
  const k = labelFeatures(x, st, t, feats);
  labels.score(feats, k, ls);
  let best = -1;
  for (let c = 0; c < labels.classes; c++) {
    if (c === rootLabel) continue;
    if (best < 0 || (ls[c] as number) > (ls[best] as number)) best = c;
  }
  return best;
}

/** Completes a final configuration: words left without a head attach to the root word (or become it). */
export function finish(st: ParseState, rootLabel: number, fallbackLabel: number): ParsedIds {
  const heads = new Int32Array(st.n);
  const labels = new Int32Array(st.n);
  let root = -1;
  for (let i = 1; i <= st.n; i++) if (st.head[i] === 0) root = i;
  if (root < 0) for (let i = 1; i <= st.n && root < 0; i++) if ((st.head[i] as number) < 0) root = i;
  for (let i = 1; i <= st.n; i++) {
    let h = st.head[i] as number;
    let l = st.label[i] as number;
    if (i === root) [h, l] = [0, rootLabel];
    else if (h < 0) [h, l] = [root, fallbackLabel];
    heads[i - 1] = h;
    labels[i - 1] = l;
  }
  return { heads, labels };
}

/** A parsed sentence with label strings. */
export interface ParsedWords {
  /** 1-based heads within the sentence, 0 for the root. */
  readonly heads: number[];
  readonly deprels: string[];
}

/** Reading direction of one parser: right to left parses the reversed sentence (its errors differ, which helps voting). */
export type ParseDirection = 'ltr' | 'rtl';

/** One trained parser of an ensemble. */
export interface ParserMember {
  readonly direction: ParseDirection;
  readonly transitions: Scorer;
  readonly labels: Scorer;
  /** Vote weight when several members are combined. */
  readonly weight: number;
}

/** Reverses a sentence's words and tags (for right-to-left members). */
function reversed<T>(xs: ArrayLike<T>): T[] {
  return Array.from(xs).reverse();
}

/** A loaded parser: one member parses greedily; several vote arc by arc and Eisner's algorithm picks the best tree. */
export class Parser {
  readonly labels: readonly string[];
  readonly members: readonly ParserMember[];
  /** Second-pass label model over the finished tree (see relabeller.ts), or null. */
  readonly relabeller: Scorer | null;
  private readonly rootLabel: number;
  private readonly fallbackLabel: number;

  constructor(labels: readonly string[], members: readonly ParserMember[], relabeller: Scorer | null = null) {
    if (members.length === 0) throw new RangeError('a parser needs at least one member');
    this.labels = labels;
    this.members = members;
    this.relabeller = relabeller;
    this.rootLabel = Math.max(0, labels.indexOf('root'));
    this.fallbackLabel = Math.max(0, labels.indexOf('parataxis'));
  }

  /** Rebuilds a parser from its model file (an ensemble lists its members in `meta.members`). */
  static fromFile(file: ModelFile): Parser {
    const meta = file.meta as { labels: string[]; members?: { prefix: string; direction: ParseDirection; weight: number }[] };
    const members = (meta.members ?? [{ prefix: '', direction: 'ltr' as const, weight: 1 }]).map((m) => ({
      direction: m.direction,
      weight: m.weight,
      transitions: unpackLinearModel(file, `${m.prefix}transitions`),
      labels: unpackLinearModel(file, `${m.prefix}arcLabels`),
    }));
    return new Parser(meta.labels, members, file.meta['relabel'] ? unpackLinearModel(file, 'relabel') : null);
  }

  /** The same parser with another second-pass label model (null for none). */
  withRelabeller(relabeller: Scorer | null): Parser {
    return new Parser(this.labels, this.members, relabeller);
  }

  /** Parses one sentence given its words and tag ids, with the relabelling pass when the model has one. */
  parseIds(words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>): ParsedIds {
    const tree = this.parseTree(words, xpos, upos);
    const model = this.relabeller;
    if (!model) return tree;
    const x = parseInput(words.map(normaliseForm), xpos, upos);
    const index = indexTree(x, tree.heads);
    const feats = new Int32Array(64);
    const scores = new Float64Array(model.classes);
    const labels = new Int32Array(x.n);
    for (let d = 1; d <= x.n; d++) {
      if (tree.heads[d - 1] === 0) {
        labels[d - 1] = this.rootLabel;
        continue;
      }
      model.score(feats, relabelFeatures(x, tree.heads, index, d, feats), scores);
      let best = -1;
      for (let c = 0; c < model.classes; c++) if (c !== this.rootLabel && (best < 0 || (scores[c] as number) > (scores[best] as number))) best = c;
      labels[d - 1] = best;
    }
    return { heads: tree.heads, labels };
  }

  /** Parses with one member only. */
  parseWith(member: ParserMember, words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>): ParsedIds {
    const norm = words.map(normaliseForm);
    if (member.direction === 'ltr') {
      return parseGreedy(parseInput(norm, xpos, upos), member.transitions, member.labels, this.rootLabel, this.fallbackLabel);
    }
    const n = words.length;
    const r = parseGreedy(parseInput(reversed(norm), reversed(xpos), reversed(upos)), member.transitions, member.labels, this.rootLabel, this.fallbackLabel);
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const h = r.heads[n - 1 - i] as number;
      heads[i] = h === 0 ? 0 : n + 1 - h;
      labels[i] = r.labels[n - 1 - i] as number;
    }
    return { heads, labels };
  }

  /** Parses one sentence given its words and tag ids from the tagger (`Tagger.tagIds`), without the relabelling pass. */
  parseTree(words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>): ParsedIds {
    const first = this.members[0] as ParserMember;
    if (this.members.length === 1) return this.parseWith(first, words, xpos, upos);
    const n = words.length;
    const runs = this.members.map((m) => this.parseWith(m, words, xpos, upos));
    const votes = new Float64Array((n + 1) * (n + 1));
    runs.forEach((r, k) => {
      const w = (this.members[k] as ParserMember).weight;
      for (let d = 1; d <= n; d++) votes[(r.heads[d - 1] as number) * (n + 1) + d]! += w;
    });
    const heads = eisner(n, (h, d) => votes[h * (n + 1) + d] as number);
    const labels = new Int32Array(n);
    for (let d = 1; d <= n; d++) {
      const h = heads[d - 1] as number;
      // The label of the first (heaviest) member that proposed this very arc, else the first member's.
      const from = runs.find((r) => r.heads[d - 1] === h) ?? (runs[0] as ParsedIds);
      labels[d - 1] = h === 0 ? this.rootLabel : from.labels[d - 1] === this.rootLabel ? this.fallbackLabel : (from.labels[d - 1] as number);
    }
    return { heads, labels };
  }

  /** Parses one sentence; returns heads (1-based, 0 root) and relation names. */
  parse(words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>): ParsedWords {
    const r = this.parseIds(words, xpos, upos);
    return { heads: [...r.heads], deprels: [...r.labels].map((l) => this.labels[l] ?? 'dep') };
  }
}

export { SHIFT, REDUCE, LEFT, RIGHT };
