// The dependency parser: greedy arc-eager with averaged-perceptron transition and label models over Zhang & Nivre features.
import { DatelineError } from '../core/errors.js';
import { feat1, feat2, feat3, feat4, hashString, unpackLinearModel, type ModelFile } from '../learn/index.js';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITIONS } from './arc-eager.js';
import { eisner } from './eisner.js';
import { readShortcuts, shortcutLabel, type ParserShortcuts } from './parser-shortcuts.js';
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

/** Reusable arrays for `parseInput`: the run-time parser's view of a sentence lives only while that sentence is parsed. */
export class ParseInputBuffers {
  private arrays: Int32Array[] = [];

  /** Six arrays of at least `len` zeros each (w, p, u, sfx, cap, punct). */
  take(len: number): Int32Array[] {
    if ((this.arrays[0]?.length ?? 0) < len) this.arrays = Array.from({ length: 6 }, () => new Int32Array(Math.max(len, 64, 2 * (this.arrays[0]?.length ?? 0))));
    for (const a of this.arrays) a.fill(0, 0, len);
    return this.arrays;
  }
}

/**
 * Builds the parser's view of a sentence from normalised words and XPOS / UPOS ids (tag ids shifted by 2: 0 root, 1 none).
 * With `into`, its arrays are reused (they may be longer than n + 2): the view is then valid until the next call.
 */
export function parseInput(words: readonly string[], xpos: ArrayLike<number>, upos: ArrayLike<number>, into?: ParseInputBuffers): ParseInput {
  const n = words.length;
  const [w, p, u, sfx, cap, punct] = (into ? into.take(n + 2) : Array.from({ length: 6 }, () => new Int32Array(n + 2))) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  w[0] = ROOT_WORD;
  w[n + 1] = NONE_WORD;
  p[n + 1] = u[n + 1] = 1;
  for (let i = 0; i < n; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    w[i + 1] = hashString(lower, 0x2545f491);
    p[i + 1] = (xpos[i] as number) + 2;
    u[i + 1] = (upos[i] as number) + 2;
    sfx[i + 1] = hashString(lower.slice(-3), 0x1234567);
    const letters = /[a-z]/i.test(word);
    cap[i + 1] = !letters ? 3 : word === lower ? 0 : word === word.toUpperCase() && word.length > 1 ? 2 : 1;
    punct[i + 1] = (punct[i] as number) + (/^[^\p{L}\p{N}]+$/u.test(word) ? 1 : 0);
  }
  punct[n + 1] = punct[n] as number;
  return { n, w, p, u, sfx, cap, punct };
}

/** Which feature templates a parser model uses: transition templates 1..88 and label templates 201..229. */
export interface ParserTemplates {
  readonly transitions: readonly number[];
  readonly labels: readonly number[];
}

/** Highest transition template number (templates are 1..TRANSITION_TEMPLATES). */
export const TRANSITION_TEMPLATES = 88;
/** Label templates are numbered LABEL_TEMPLATE_BASE + 1 .. LABEL_TEMPLATE_BASE + LABEL_TEMPLATES. */
export const LABEL_TEMPLATE_BASE = 200;
/** Number of label templates. */
export const LABEL_TEMPLATES = 29;

/** Every template: what models trained before template sets existed use. */
export const ALL_TEMPLATES: ParserTemplates = {
  transitions: Array.from({ length: TRANSITION_TEMPLATES }, (_, i) => i + 1),
  labels: Array.from({ length: LABEL_TEMPLATES }, (_, i) => LABEL_TEMPLATE_BASE + i + 1),
};

/** Transition templates that read only the buffer (n0..n3's words and tags, never their dependents): scored once per buffer position. */
export const BUFFER_TEMPLATES: readonly number[] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 78, 79, 80, 83];

// Scratch rows of feature ids by template number, filled by the fill* functions and gathered by template list.
const transitionRow = new Int32Array(TRANSITION_TEMPLATES + 1);
const labelRow = new Int32Array(LABEL_TEMPLATES + 1);

// The word at buffer position p: a word, the root (after the last word), or none.
function bufferWord(x: ParseInput, p: number): number {
  return p <= x.n ? p : p === x.n + 1 ? 0 : x.n + 1;
}

/** Writes the ids of the buffer-only templates (BUFFER_TEMPLATES) for buffer position `b` into `row` (indexed by template number). */
export function fillBufferFeatures(x: ParseInput, b: number, row: Int32Array): void {
  const W = x.w;
  const P = x.p;
  const n0 = bufferWord(x, b);
  const n1 = bufferWord(x, b + 1);
  const n2 = bufferWord(x, b + 2);
  const n3 = bufferWord(x, b + 3);
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  const n1w = W[n1] as number;
  const n1p = P[n1] as number;
  const n2w = W[n2] as number;
  const n2p = P[n2] as number;
  row[4] = feat2(4, n0w, n0p);
  row[5] = feat1(5, n0w);
  row[6] = feat1(6, n0p);
  row[7] = feat2(7, n1w, n1p);
  row[8] = feat1(8, n1w);
  row[9] = feat1(9, n1p);
  row[10] = feat2(10, n2w, n2p);
  row[11] = feat1(11, n2w);
  row[12] = feat1(12, n2p);
  row[20] = feat2(20, n0p, n1p);
  row[21] = feat3(21, n0p, n1p, n2p);
  row[78] = feat2(78, n0w, n1w);
  row[79] = feat2(79, n0p, n1w);
  row[80] = feat2(80, n0w, n1p);
  row[83] = feat4(83, n0p, n1p, n2p, P[n3] as number);
}

/** Every template on: what `fillStackFeatures` computes by default. */
const ALL_ON = new Uint8Array(TRANSITION_TEMPLATES + 1).fill(1);

/** A mask over template numbers 0..88 with the given templates on. */
export function templateMask(templates: ArrayLike<number>): Uint8Array {
  const on = new Uint8Array(TRANSITION_TEMPLATES + 1);
  for (let k = 0; k < templates.length; k++) on[templates[k] as number] = 1;
  return on;
}

/**
 * Writes the ids of the transition templates that are not buffer-only into `row` (indexed by template number); with
 * `on`, only of the templates it marks (hashing is a good part of the parser's time, and a model or a scoring stage
 * uses only some).
 */
export function fillStackFeatures(x: ParseInput, st: ParseState, row: Int32Array, on: Uint8Array = ALL_ON): void {
  const none = x.n + 1;
  const W = x.w;
  const P = x.p;
  const U = x.u;
  const head = st.head;
  const label = st.label;
  const sp = st.sp;
  const s0 = sp > 0 ? (st.stack[sp - 1] as number) : none;
  const s1 = sp > 1 ? (st.stack[sp - 2] as number) : none;
  const n0 = bufferWord(x, st.b);
  const n1 = bufferWord(x, st.b + 1);
  const hasS0 = s0 !== none;
  const hasN0 = n0 !== none;
  // The root sits after the last word, so its linear position is n + 1.
  const n0pos = n0 === 0 ? x.n + 1 : n0;
  let s0h = none;
  let s0h2 = none;
  let s0l = none;
  let s0l2 = none;
  let s0r = none;
  let s0r2 = none;
  let vl0 = -1;
  let vr0 = -1;
  let sl = -1;
  let sr = -1;
  if (hasS0) {
    const h = head[s0] as number;
    if (h >= 0) {
      s0h = h;
      if (h > 0) {
        const h2 = head[h] as number;
        if (h2 >= 0) s0h2 = h2;
      }
    }
    let v = st.l1[s0] as number;
    if (v >= 0) s0l = v;
    v = st.l2[s0] as number;
    if (v >= 0) s0l2 = v;
    v = st.r1[s0] as number;
    if (v >= 0) s0r = v;
    v = st.r2[s0] as number;
    if (v >= 0) s0r2 = v;
    vl0 = st.vl[s0] as number;
    vr0 = st.vr[s0] as number;
    sl = st.ls[s0] as number;
    sr = st.rs[s0] as number;
  }
  let n0l = none;
  let n0l2 = none;
  let nvl = -1;
  let nl = -1;
  if (hasN0) {
    let v = st.l1[n0] as number;
    if (v >= 0) n0l = v;
    v = st.l2[n0] as number;
    if (v >= 0) n0l2 = v;
    nvl = st.vl[n0] as number;
    nl = st.ls[n0] as number;
  }
  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  const n1p = P[n1] as number;
  const s0hp = P[s0h] as number;
  const s0lp = P[s0l] as number;
  const s0rp = P[s0r] as number;
  const n0lp = P[n0l] as number;
  const d = hasS0 && hasN0 ? Math.min(n0pos - s0, 8) : 0;
  // Labels of none are -2, of words without a head yet -1.
  const Ls0 = hasS0 ? (label[s0] as number) : -2;
  const Ls0l = s0l !== none ? (label[s0l] as number) : -2;
  const Ls0r = s0r !== none ? (label[s0r] as number) : -2;
  const Ln0l = n0l !== none ? (label[n0l] as number) : -2;
  const Ls0h = s0h !== none ? (label[s0h] as number) : -2;
  const Ls0l2 = s0l2 !== none ? (label[s0l2] as number) : -2;
  const Ls0r2 = s0r2 !== none ? (label[s0r2] as number) : -2;
  const Ln0l2 = n0l2 !== none ? (label[n0l2] as number) : -2;
  // Single words.
  if (on[1]) row[1] = feat2(1, s0w, s0p);
  if (on[2]) row[2] = feat1(2, s0w);
  if (on[3]) row[3] = feat1(3, s0p);
  // Pairs.
  if (on[13]) row[13] = feat4(13, s0w, s0p, n0w, n0p);
  if (on[14]) row[14] = feat3(14, s0w, s0p, n0w);
  if (on[15]) row[15] = feat3(15, s0w, n0w, n0p);
  if (on[16]) row[16] = feat3(16, s0w, s0p, n0p);
  if (on[17]) row[17] = feat3(17, s0p, n0w, n0p);
  if (on[18]) row[18] = feat2(18, s0w, n0w);
  if (on[19]) row[19] = feat2(19, s0p, n0p);
  // Triples of tags.
  if (on[22]) row[22] = feat3(22, s0p, n0p, n1p);
  if (on[23]) row[23] = feat3(23, s0hp, s0p, n0p);
  if (on[24]) row[24] = feat3(24, s0p, s0lp, n0p);
  if (on[25]) row[25] = feat3(25, s0p, s0rp, n0p);
  if (on[26]) row[26] = feat3(26, s0p, n0p, n0lp);
  // Distance.
  if (on[27]) row[27] = feat2(27, s0w, d);
  if (on[28]) row[28] = feat2(28, s0p, d);
  if (on[29]) row[29] = feat2(29, n0w, d);
  if (on[30]) row[30] = feat2(30, n0p, d);
  if (on[31]) row[31] = feat3(31, s0w, n0w, d);
  if (on[32]) row[32] = feat3(32, s0p, n0p, d);
  // Valency.
  if (on[33]) row[33] = feat2(33, s0w, vr0);
  if (on[34]) row[34] = feat2(34, s0p, vr0);
  if (on[35]) row[35] = feat2(35, s0w, vl0);
  if (on[36]) row[36] = feat2(36, s0p, vl0);
  if (on[37]) row[37] = feat2(37, n0w, nvl);
  if (on[38]) row[38] = feat2(38, n0p, nvl);
  // Second-order: heads and outermost dependents.
  if (on[39]) row[39] = feat1(39, W[s0h] as number);
  if (on[40]) row[40] = feat1(40, s0hp);
  if (on[41]) row[41] = feat1(41, Ls0);
  if (on[42]) row[42] = feat1(42, W[s0l] as number);
  if (on[43]) row[43] = feat1(43, s0lp);
  if (on[44]) row[44] = feat1(44, Ls0l);
  if (on[45]) row[45] = feat1(45, W[s0r] as number);
  if (on[46]) row[46] = feat1(46, s0rp);
  if (on[47]) row[47] = feat1(47, Ls0r);
  if (on[48]) row[48] = feat1(48, W[n0l] as number);
  if (on[49]) row[49] = feat1(49, n0lp);
  if (on[50]) row[50] = feat1(50, Ln0l);
  // Third-order.
  const s0h2p = P[s0h2] as number;
  const s0l2p = P[s0l2] as number;
  const s0r2p = P[s0r2] as number;
  const n0l2p = P[n0l2] as number;
  if (on[51]) row[51] = feat1(51, W[s0h2] as number);
  if (on[52]) row[52] = feat1(52, s0h2p);
  if (on[53]) row[53] = feat1(53, Ls0h);
  if (on[54]) row[54] = feat1(54, W[s0l2] as number);
  if (on[55]) row[55] = feat1(55, s0l2p);
  if (on[56]) row[56] = feat1(56, Ls0l2);
  if (on[57]) row[57] = feat1(57, W[s0r2] as number);
  if (on[58]) row[58] = feat1(58, s0r2p);
  if (on[59]) row[59] = feat1(59, Ls0r2);
  if (on[60]) row[60] = feat1(60, W[n0l2] as number);
  if (on[61]) row[61] = feat1(61, n0l2p);
  if (on[62]) row[62] = feat1(62, Ln0l2);
  if (on[63]) row[63] = feat3(63, s0p, s0lp, s0l2p);
  if (on[64]) row[64] = feat3(64, s0p, s0rp, s0r2p);
  if (on[65]) row[65] = feat3(65, s0p, s0hp, s0h2p);
  if (on[66]) row[66] = feat3(66, n0p, n0lp, n0l2p);
  // Label sets.
  if (on[67]) row[67] = feat2(67, s0w, sr);
  if (on[68]) row[68] = feat2(68, s0p, sr);
  if (on[69]) row[69] = feat2(69, s0w, sl);
  if (on[70]) row[70] = feat2(70, s0p, sl);
  if (on[71]) row[71] = feat2(71, n0w, nl);
  if (on[72]) row[72] = feat2(72, n0p, nl);
  // Beyond Zhang & Nivre: the second stack item, whether s0 has a head, coarse tags.
  const s1w = W[s1] as number;
  const s1p = P[s1] as number;
  if (on[73]) row[73] = feat2(73, s1w, s1p);
  if (on[74]) row[74] = feat3(74, s1p, s0p, n0p);
  if (on[75]) row[75] = feat3(75, s0h === none ? 0 : 1, s0p, n0p);
  if (on[76]) row[76] = feat3(76, U[s0] as number, U[n0] as number, U[n1] as number);
  if (on[77]) row[77] = feat2(77, sp, n0p);
  // Punctuation between s0 and n0, capitalisation, suffixes.
  const between = hasS0 && hasN0 ? Math.min(3, (x.punct[n0pos - 1] as number) - (x.punct[s0] as number)) : -1;
  if (on[81]) row[81] = feat3(81, s0p, n0p, between);
  if (on[82]) row[82] = feat4(82, s0p, n0p, between, d);
  if (on[84]) row[84] = feat3(84, x.cap[s0] as number, x.cap[n0] as number, x.cap[n1] as number);
  if (on[85]) row[85] = feat2(85, s1w, s0w);
  if (on[86]) row[86] = feat3(86, s0w, n0p, n1p);
  if (on[87]) row[87] = feat3(87, x.sfx[n0] as number, n0p, s0p);
  if (on[88]) row[88] = feat3(88, U[s0] as number, U[n0] as number, d);
}

/** Fills `out` with the transition feature ids of a configuration (the given templates, by default all); returns how many. */
export function transitionFeatures(x: ParseInput, st: ParseState, out: Int32Array, templates: readonly number[] = ALL_TEMPLATES.transitions): number {
  fillBufferFeatures(x, st.b, transitionRow);
  fillStackFeatures(x, st, transitionRow);
  for (let k = 0; k < templates.length; k++) out[k] = transitionRow[templates[k] as number] as number;
  return templates.length;
}

// Every label template on: what `fillLabelFeatures` computes by default.
const ALL_LABELS_ON = new Uint8Array(LABEL_TEMPLATES + 1).fill(1);

/** A mask over label template numbers minus 200 (0..29) with the given label templates on. */
export function labelTemplateMask(templates: ArrayLike<number>): Uint8Array {
  const on = new Uint8Array(LABEL_TEMPLATES + 1);
  for (let k = 0; k < templates.length; k++) on[(templates[k] as number) - LABEL_TEMPLATE_BASE] = 1;
  return on;
}

/**
 * Writes the label feature ids of the arc that transition t (LEFT or RIGHT) would add into `row` (index = template - 200);
 * with `on`, only of the templates it marks.
 */
export function fillLabelFeatures(x: ParseInput, st: ParseState, t: number, row: Int32Array, on: Uint8Array = ALL_LABELS_ON): void {
  const none = x.n + 1;
  const s0 = st.s0;
  const h = t === LEFT ? st.front : s0;
  const dep = t === LEFT ? s0 : st.b;
  const W = x.w;
  const P = x.p;
  const U = x.u;
  const label = st.label;
  let hh = none;
  if (h > 0) {
    const v = st.head[h] as number;
    if (v >= 0) hh = v;
  }
  let dl = st.l1[dep] as number;
  if (dl < 0) dl = none;
  let hl = st.l1[h] as number;
  if (hl < 0) hl = none;
  let hr = st.r1[h] as number;
  if (hr < 0) hr = none;
  const n1 = bufferWord(x, st.b + 1);
  const dist = Math.min(Math.abs(h - dep), 10);
  const hw = W[h] as number;
  const hp = P[h] as number;
  const dw = W[dep] as number;
  const dp = P[dep] as number;
  if (on[1]) row[1] = feat1(201, t);
  if (on[2]) row[2] = feat2(202, t, dw);
  if (on[3]) row[3] = feat2(203, t, dp);
  if (on[4]) row[4] = feat3(204, t, dw, dp);
  if (on[5]) row[5] = feat2(205, t, hw);
  if (on[6]) row[6] = feat2(206, t, hp);
  if (on[7]) row[7] = feat3(207, t, hp, dp);
  if (on[8]) row[8] = feat3(208, t, hw, dp);
  if (on[9]) row[9] = feat3(209, t, hp, dw);
  if (on[10]) row[10] = feat3(210, t, hw, dw);
  if (on[11]) row[11] = feat3(211, t, dp, dist);
  if (on[12]) row[12] = feat4(212, t, hp, dp, dist);
  if (on[13]) row[13] = feat3(213, t, dp, dl === none ? -2 : (label[dl] as number));
  if (on[14]) row[14] = feat3(214, t, dp, P[dl] as number);
  if (on[15]) row[15] = feat4(215, t, hp, dp, hl === none ? -2 : (label[hl] as number));
  if (on[16]) row[16] = feat4(216, t, hp, dp, hr === none ? -2 : (label[hr] as number));
  if (on[17]) row[17] = feat4(217, t, hp, dp, P[hh] as number);
  if (on[18]) row[18] = feat4(218, t, hp, dp, h === none ? -2 : (label[h] as number));
  if (on[19]) row[19] = feat3(219, t, dp, P[n1] as number);
  if (on[20]) row[20] = feat4(220, t, U[h] as number, U[dep] as number, st.vl[dep] as number);
  if (on[21]) row[21] = feat3(221, t, dp, st.vr[h] as number);
  if (on[22]) row[22] = feat3(222, t, dw, P[dep - 1 >= 0 ? dep - 1 : none] as number);
  if (on[23]) row[23] = feat3(223, t, dp, st.ls[h] as number);
  if (on[24]) row[24] = feat4(224, t, dp, hp, P[dep + 1 <= x.n ? dep + 1 : none] as number);
  if (on[25]) row[25] = feat3(225, t, x.sfx[dep] as number, dp);
  if (on[26]) row[26] = feat4(226, t, x.cap[dep] as number, dp, hp);
  if (on[27]) row[27] = feat3(227, t, x.sfx[dep] as number, hp);
  const lo = Math.min(h, dep);
  const hi = Math.max(h, dep);
  if (on[28]) row[28] = feat4(228, t, dp, hp, h > 0 ? Math.min(3, (x.punct[hi - 1] as number) - (x.punct[lo] as number)) : -1);
  if (on[29]) row[29] = feat3(229, t, dw, hw === W[0] ? 1 : 0);
}

/** Fills `out` with the label feature ids of the arc that transition t (LEFT or RIGHT) would add (the given templates, by default all); returns how many. */
export function labelFeatures(x: ParseInput, st: ParseState, t: number, out: Int32Array, templates: readonly number[] = ALL_TEMPLATES.labels): number {
  fillLabelFeatures(x, st, t, labelRow);
  for (let k = 0; k < templates.length; k++) out[k] = labelRow[(templates[k] as number) - LABEL_TEMPLATE_BASE] as number;
  return templates.length;
}

/** Heads (1-based, 0 root) and label ids of a parsed sentence. */
export interface ParsedIds {
  readonly heads: Int32Array;
  readonly labels: Int32Array;
}

/** Template lists split for run-time scoring: buffer-only transition templates are scored once per buffer position. */
export interface TemplatePlan {
  readonly buffer: Int32Array;
  readonly stack: Int32Array;
  /** `stack` as a mask over template numbers (for `fillStackFeatures`). */
  readonly stackOn: Uint8Array;
  readonly labels: Int32Array;
  /** `labels` as a mask (for `fillLabelFeatures`). */
  readonly labelOn: Uint8Array;
}

/** Splits a model's templates into the buffer-only and the other transition templates. */
export function planTemplates(templates: ParserTemplates): TemplatePlan {
  const isBuffer = new Set(BUFFER_TEMPLATES);
  const stack = Int32Array.from(templates.transitions.filter((t) => !isBuffer.has(t)));
  return {
    buffer: Int32Array.from(templates.transitions.filter((t) => isBuffer.has(t))),
    stack,
    stackOn: templateMask(stack),
    labels: Int32Array.from(templates.labels),
    labelOn: labelTemplateMask(templates.labels),
  };
}

const FULL_PLAN = planTemplates(ALL_TEMPLATES);

/** Reusable buffers of the greedy parser, grown to the longest sentence seen. */
class Workspace {
  st = new ParseState(0);
  feats = new Int32Array(128);
  ts = new Float64Array(TRANSITIONS);
  ls = new Float64Array(64);
  // Scores of the buffer-only templates per buffer position, valid where `bufferSeen` holds the current sentence's stamp.
  bufferScores = new Float64Array(0);
  bufferSeen = new Int32Array(0);
  stamp = 0;

  prepare(n: number, labelClasses: number): void {
    this.st.reset(n);
    if (this.ls.length < labelClasses) this.ls = new Float64Array(labelClasses);
    if (this.bufferSeen.length < n + 2) {
      this.bufferSeen = new Int32Array(2 * n + 2);
      this.bufferScores = new Float64Array(TRANSITIONS * (2 * n + 2));
    }
    this.stamp++;
    if (this.stamp > 0x3fffffff) {
      this.stamp = 1;
      this.bufferSeen.fill(0);
    }
  }
}

const workspace = new Workspace();

/** Runs the greedy parser on one sentence; every word gets a head, exactly one word is attached to the root. */
export function parseGreedy(
  x: ParseInput,
  transitions: Scorer,
  labels: Scorer,
  rootLabel: number,
  fallbackLabel: number,
  plan: TemplatePlan = FULL_PLAN,
  shortcuts: ParserShortcuts | null = null,
): ParsedIds {
  const ws = workspace;
  ws.prepare(x.n, labels.classes);
  const st = ws.st;
  const feats = ws.feats;
  const ts = ws.ts;
  const ls = ws.ls;
  const row = transitionRow;
  const { buffer, stack } = plan;
  const seen = ws.bufferSeen;
  const bufferScores = ws.bufferScores;
  const stamp = ws.stamp;
  const n = x.n;
  while (true) {
    // Legal moves (see ParseState.valid), found once: forced moves (an empty stack, or the buffer down to the root) are
    // not scored, about one move in six.
    const s0 = st.s0;
    const b = st.b;
    const words = b <= n;
    const s0HasHead = s0 > 0 && (st.head[s0] as number) >= 0;
    const canShift = words;
    const canRight = words && s0 > 0;
    const canLeft = s0 > 0 && !s0HasHead && b <= n + 1 && (words || st.vl[0] === 0);
    const canReduce = s0HasHead;
    const legal = (canShift ? 1 : 0) + (canRight ? 1 : 0) + (canLeft ? 1 : 0) + (canReduce ? 1 : 0);
    if (legal === 0 || (!words && !canLeft && !canReduce)) break;
    let t: number;
    if (legal === 1) {
      t = canShift ? SHIFT : canReduce ? REDUCE : canLeft ? LEFT : RIGHT;
    } else {
      const o = b * TRANSITIONS;
      if (seen[b] !== stamp) {
        fillBufferFeatures(x, b, row);
        for (let k = 0; k < buffer.length; k++) feats[k] = row[buffer[k] as number] as number;
        transitions.score(feats, buffer.length, ts);
        for (let c = 0; c < TRANSITIONS; c++) bufferScores[o + c] = ts[c] as number;
        seen[b] = stamp;
      }
      if (shortcuts !== null) {
        t = stagedMove(shortcuts, x, st, row, transitions, feats, ts, bufferScores, o, canShift, canReduce, canLeft, canRight);
      } else {
        fillStackFeatures(x, st, row, plan.stackOn);
        for (let k = 0; k < stack.length; k++) feats[k] = row[stack[k] as number] as number;
        transitions.score(feats, stack.length, ts);
        t = -1;
        let best = -Infinity;
        // Ties go to the lowest transition id, as before the buffer scores were split off.
        if (canShift) {
          const v = (ts[SHIFT] as number) + (bufferScores[o + SHIFT] as number);
          if (t < 0 || v > best) [t, best] = [SHIFT, v];
        }
        if (canReduce) {
          const v = (ts[REDUCE] as number) + (bufferScores[o + REDUCE] as number);
          if (t < 0 || v > best) [t, best] = [REDUCE, v];
        }
        if (canLeft) {
          const v = (ts[LEFT] as number) + (bufferScores[o + LEFT] as number);
          if (t < 0 || v > best) [t, best] = [LEFT, v];
        }
        if (canRight) {
          const v = (ts[RIGHT] as number) + (bufferScores[o + RIGHT] as number);
          if (t < 0 || v > best) [t, best] = [RIGHT, v];
        }
      }
    }
    let label = 0;
    if (t === LEFT && b === n + 1) label = rootLabel;
    else if (t === LEFT || t === RIGHT) {
      label = -1;
      // Arcs whose tags (and dependent word) fix the label in training need no label scoring (parser-shortcuts.ts).
      if (shortcuts !== null) {
        const dep = t === LEFT ? s0 : b;
        label = shortcutLabel(shortcuts, t, x.p[dep] as number, x.p[t === LEFT ? b : s0] as number, x.w[dep] as number);
      }
      if (label < 0) label = bestLabel(x, st, t, labels, feats, ls, rootLabel, plan.labels, plan.labelOn);
    }
    st.apply(t, label);
  }
  return finish(st, rootLabel, fallbackLabel);
}

// Scratch of `stagedMove`: the running sums of the four moves.
const stagedSums = new Float64Array(TRANSITIONS);

/**
 * The greedy move with the stack templates scored stage by stage (ParserShortcuts): after each stage but the last, the
 * best legal move stands when it leads the runner-up by the stage's margin; a stage's features are hashed only when it is
 * scored. The buffer scores of this position are `bufferScores[o..o+3]`. Ties go to the lowest transition id, as in the full scoring.
 */
export function stagedMove(
  sc: ParserShortcuts,
  x: ParseInput,
  st: ParseState,
  row: Int32Array,
  transitions: Scorer,
  feats: Int32Array,
  ts: Float64Array,
  bufferScores: Float64Array,
  o: number,
  canShift: boolean,
  canReduce: boolean,
  canLeft: boolean,
  canRight: boolean,
): number {
  const sums = stagedSums;
  for (let c = 0; c < TRANSITIONS; c++) sums[c] = bufferScores[o + c] as number;
  const stages = sc.stages;
  let t = -1;
  for (let j = 0; j < stages.length; j++) {
    const tmpl = stages[j] as Int32Array;
    fillStackFeatures(x, st, row, sc.stageOn[j] as Uint8Array);
    for (let k = 0; k < tmpl.length; k++) feats[k] = row[tmpl[k] as number] as number;
    transitions.score(feats, tmpl.length, ts);
    for (let c = 0; c < TRANSITIONS; c++) sums[c]! += ts[c] as number;
    t = -1;
    let best = -Infinity;
    let second = -Infinity;
    for (let c = 0; c < TRANSITIONS; c++) {
      if (!(c === SHIFT ? canShift : c === REDUCE ? canReduce : c === LEFT ? canLeft : canRight)) continue;
      const v = sums[c] as number;
      if (t < 0 || v > best) {
        second = best;
        t = c;
        best = v;
      } else if (v > second) second = v;
    }
    if (j < sc.margins.length && best - second >= (sc.margins[j] as number)) break;
  }
  return t;
}

/** Picks the label of the arc transition t would add (never the root label below the root). */
export function bestLabel(
  x: ParseInput,
  st: ParseState,
  t: number,
  labels: Scorer,
  feats: Int32Array,
  ls: Float64Array,
  rootLabel: number,
  templates: ArrayLike<number> = ALL_TEMPLATES.labels,
  on?: Uint8Array,
): number {
  // `on`, when given, marks `templates` (as `labelTemplateMask` does): the others need no hashing.
  fillLabelFeatures(x, st, t, labelRow, on);
  const k = templates.length;
  for (let i = 0; i < k; i++) feats[i] = labelRow[(templates[i] as number) - LABEL_TEMPLATE_BASE] as number;
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

/** Checks a model file's template lists (numbers within range, no repeats). */
function checkTemplates(t: ParserTemplates): ParserTemplates {
  const ok = (xs: readonly number[], lo: number, hi: number): boolean =>
    Array.isArray(xs) && new Set(xs).size === xs.length && xs.every((v) => Number.isInteger(v) && v >= lo && v <= hi);
  if (!ok(t.transitions, 1, TRANSITION_TEMPLATES) || !ok(t.labels, LABEL_TEMPLATE_BASE + 1, LABEL_TEMPLATE_BASE + LABEL_TEMPLATES)) {
    throw new DatelineError('MODEL', 'parser model: meta.templates lists unknown or repeated template numbers (expected transition templates 1-88, label templates 201-229)');
  }
  return { transitions: [...t.transitions], labels: [...t.labels] };
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
  /** The feature templates the models were trained with. */
  readonly templates: ParserTemplates;
  /** Staged transition scoring and label shortcuts of the first member (see parser-shortcuts.ts), or null. */
  readonly shortcuts: ParserShortcuts | null;
  private readonly plan: TemplatePlan;
  private readonly rootLabel: number;
  private readonly fallbackLabel: number;
  // The left-to-right member's view of the sentence being parsed (reused: parseGreedy keeps no reference to it).
  private readonly inputs = new ParseInputBuffers();

  constructor(
    labels: readonly string[],
    members: readonly ParserMember[],
    relabeller: Scorer | null = null,
    templates: ParserTemplates = ALL_TEMPLATES,
    shortcuts: ParserShortcuts | null = null,
  ) {
    if (members.length === 0) throw new RangeError('a parser needs at least one member');
    this.labels = labels;
    this.shortcuts = shortcuts;
    this.members = members;
    this.relabeller = relabeller;
    this.templates = templates;
    this.plan = templates === ALL_TEMPLATES ? FULL_PLAN : planTemplates(templates);
    this.rootLabel = Math.max(0, labels.indexOf('root'));
    this.fallbackLabel = Math.max(0, labels.indexOf('parataxis'));
  }

  /** Rebuilds a parser from its model file (an ensemble lists its members in `meta.members`). */
  static fromFile(file: ModelFile): Parser {
    const meta = file.meta as {
      labels: string[];
      members?: { prefix: string; direction: ParseDirection; weight: number }[];
      templates?: ParserTemplates;
    };
    const templates = meta.templates ? checkTemplates(meta.templates) : ALL_TEMPLATES;
    const members = (meta.members ?? [{ prefix: '', direction: 'ltr' as const, weight: 1 }]).map((m) => ({
      direction: m.direction,
      weight: m.weight,
      transitions: unpackLinearModel(file, `${m.prefix}transitions`),
      labels: unpackLinearModel(file, `${m.prefix}arcLabels`),
    }));
    const relabeller = file.meta['relabel'] ? unpackLinearModel(file, 'relabel') : null;
    const first = members[0];
    // Shortcuts are measured on one left-to-right parser; files without them (or of other models) parse in full.
    const shortcuts =
      first && members.length === 1 && first.direction === 'ltr'
        ? readShortcuts(
            file.meta['shortcuts'],
            (templates === ALL_TEMPLATES ? FULL_PLAN : planTemplates(templates)).stack,
            { transitions: first.transitions.data.keys.length, arcLabels: first.labels.data.keys.length },
            meta.labels.length,
          )
        : null;
    return new Parser(meta.labels, members, relabeller, templates, shortcuts);
  }

  /** The same parser with another second-pass label model (null for none). */
  withRelabeller(relabeller: Scorer | null): Parser {
    return new Parser(this.labels, this.members, relabeller, this.templates, this.shortcuts);
  }

  /** The same parser with other shortcuts (null: every move and label scored in full by the models). */
  withShortcuts(shortcuts: ParserShortcuts | null): Parser {
    return new Parser(this.labels, this.members, this.relabeller, this.templates, shortcuts);
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
      const sc = member === this.members[0] ? this.shortcuts : null;
      return parseGreedy(parseInput(norm, xpos, upos, this.inputs), member.transitions, member.labels, this.rootLabel, this.fallbackLabel, this.plan, sc);
    }
    const n = words.length;
    const r = parseGreedy(parseInput(reversed(norm), reversed(xpos), reversed(upos)), member.transitions, member.labels, this.rootLabel, this.fallbackLabel, this.plan);
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
