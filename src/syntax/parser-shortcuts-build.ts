// Builds a parser's run-time shortcuts (parser-shortcuts.ts) from its own decisions on training sentences: a template order with early-exit margins, and tag-fixed labels.
import { LEFT, ParseState, RIGHT, TRANSITIONS } from './arc-eager.js';
import { labelShortcutKeys, modelRows, type ShortcutMeta } from './parser-shortcuts.js';
import { bestLabel, fillBufferFeatures, fillStackFeatures, planTemplates, type ParseInput, type Parser, type ParserMember } from './parser.js';

/** How shortcuts are chosen; every threshold is measured on the sentences given (training sentences, never development ones). */
export interface ShortcutBuildOptions {
  /** Sizes of the ordered stages of stack templates; the remaining templates form the last stage (default one of 24). */
  readonly stages?: readonly number[];
  /** Largest share of early decisions allowed to differ from the full model's, per stage (default 1e-4). */
  readonly flipRate?: number;
  /** Every `orderEvery`-th sentence is used to choose the template order (default 8). */
  readonly orderEvery?: number;
  /** A label key needs this many arcs ... (default 50) */
  readonly labelMinCount?: number;
  /** ... on which the label model chose one label this often (default 0.998). */
  readonly labelAgreement?: number;
  readonly log?: (line: string) => void;
}

// Legal moves as a bit set (bit = transition id).
function legalMoves(st: ParseState): number {
  let m = 0;
  for (let t = 0; t < TRANSITIONS; t++) if (st.valid(t)) m |= 1 << t;
  return m;
}

// Best legal move (lowest id on ties) of four sums and its lead over the runner-up.
function pick(s: ArrayLike<number>, o: number, legal: number): { t: number; margin: number } {
  let t = -1;
  let best = -Infinity;
  let second = -Infinity;
  for (let c = 0; c < TRANSITIONS; c++) {
    if (!(legal & (1 << c))) continue;
    const v = s[o + c] as number;
    if (t < 0 || v > best) {
      second = best;
      t = c;
      best = v;
    } else if (v > second) second = v;
  }
  return { t, margin: best - second };
}

/** A scored (not forced) decision: legal moves, buffer scores, and each stack template's four weights. */
interface Decision {
  readonly legal: number;
  readonly buffer: Float64Array;
  readonly weights: Float64Array;
  readonly full: number;
}

/**
 * Parses `inputs` greedily with the full models of `member`, calling `onDecision` at each scored move and `onArc` at each
 * labelled arc (with the label the label model chose).
 */
function walk(
  parser: Parser,
  member: ParserMember,
  inputs: readonly ParseInput[],
  onDecision: ((i: number, d: Decision) => void) | null,
  onArc: (t: number, x: ParseInput, head: number, dep: number, label: number) => void,
): void {
  const plan = planTemplates(parser.templates);
  const rootLabel = Math.max(0, parser.labels.indexOf('root'));
  const row = new Int32Array(128);
  const feats = new Int32Array(128);
  const ts = new Float64Array(TRANSITIONS);
  const ls = new Float64Array(member.labels.classes);
  const one = new Int32Array(1);
  const S = plan.stack.length;
  inputs.forEach((x, i) => {
    const st = new ParseState(x.n);
    while (!st.done) {
      const legal = legalMoves(st);
      let t: number;
      if ((legal & (legal - 1)) === 0) t = 31 - Math.clz32(legal);
      else {
        const buffer = new Float64Array(TRANSITIONS);
        fillBufferFeatures(x, st.b, row);
        for (let k = 0; k < plan.buffer.length; k++) feats[k] = row[plan.buffer[k] as number] as number;
        member.transitions.score(feats, plan.buffer.length, buffer);
        fillStackFeatures(x, st, row);
        const weights = new Float64Array(S * TRANSITIONS);
        const sums = Float64Array.from(buffer);
        for (let k = 0; k < S; k++) {
          one[0] = row[plan.stack[k] as number] as number;
          member.transitions.score(one, 1, ts);
          for (let c = 0; c < TRANSITIONS; c++) {
            weights[k * TRANSITIONS + c] = ts[c] as number;
            sums[c]! += ts[c] as number;
          }
        }
        t = pick(sums, 0, legal).t;
        onDecision?.(i, { legal, buffer, weights, full: t });
      }
      let label = 0;
      const front = st.front;
      if (t === LEFT && front === 0) label = rootLabel;
      else if (t === LEFT || t === RIGHT) {
        label = bestLabel(x, st, t, member.labels, feats, ls, rootLabel, plan.labels);
        onArc(t, x, t === LEFT ? front : st.s0, t === LEFT ? st.s0 : st.b, label);
      }
      st.apply(t, label);
    }
  });
}

/** Measures and returns the shortcuts of a single left-to-right parser on training inputs (its run-time view of each sentence). */
export function buildShortcuts(parser: Parser, inputs: readonly ParseInput[], options: ShortcutBuildOptions = {}): ShortcutMeta {
  const member = parser.members[0];
  if (!member || parser.members.length !== 1 || member.direction !== 'ltr') throw new RangeError('shortcuts are built for a single left-to-right parser');
  const log = options.log ?? (() => undefined);
  const plan = planTemplates(parser.templates);
  const S = plan.stack.length;
  const sizes = options.stages ?? [24];
  const ordered = Math.min(S, sizes.reduce((a, b) => a + b, 0));
  const flipRate = options.flipRate ?? 1e-4;
  const orderEvery = options.orderEvery ?? 8;

  // 1. Template order: greedily, the template whose addition makes the partial best move agree most often with the full one.
  const sample: Decision[] = [];
  walk(parser, member, inputs.filter((_, i) => i % orderEvery === 0), (_, d) => sample.push(d), () => undefined);
  const m = sample.length;
  const acc = new Float64Array(m * TRANSITIONS);
  sample.forEach((d, i) => acc.set(d.buffer, i * TRANSITIONS));
  const order: number[] = [];
  const used = new Uint8Array(S);
  const tmp = new Float64Array(TRANSITIONS);
  for (let step = 0; step < ordered; step++) {
    let bestK = -1;
    let bestAgree = -1;
    for (let k = 0; k < S; k++) {
      if (used[k]) continue;
      let agree = 0;
      for (let i = 0; i < m; i++) {
        const d = sample[i] as Decision;
        for (let c = 0; c < TRANSITIONS; c++) tmp[c] = (acc[i * TRANSITIONS + c] as number) + (d.weights[k * TRANSITIONS + c] as number);
        if (pick(tmp, 0, d.legal).t === d.full) agree++;
      }
      if (agree > bestAgree) [bestK, bestAgree] = [k, agree];
    }
    used[bestK] = 1;
    order.push(bestK);
    for (let i = 0; i < m; i++) {
      const d = sample[i] as Decision;
      for (let c = 0; c < TRANSITIONS; c++) acc[i * TRANSITIONS + c]! += d.weights[bestK * TRANSITIONS + c] as number;
    }
    log(`stage template ${step + 1}: ${plan.stack[bestK]} (partial move agrees ${((100 * bestAgree) / Math.max(1, m)).toFixed(2)}%)`);
  }
  // The rest by the mean spread of their weights over the legal moves (their order does not change any decision).
  const spread = new Float64Array(S);
  for (const d of sample) {
    for (let k = 0; k < S; k++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let c = 0; c < TRANSITIONS; c++) {
        if (!(d.legal & (1 << c))) continue;
        const v = d.weights[k * TRANSITIONS + c] as number;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      spread[k]! += hi - lo;
    }
  }
  const rest = [...Array(S).keys()].filter((k) => !used[k]).sort((a, b) => (spread[b] as number) - (spread[a] as number) || a - b);
  const stageEnds: number[] = [];
  let end = 0;
  for (const s of sizes) if (end < S) stageEnds.push((end = Math.min(S, end + s)));
  if (end < S) stageEnds.push(S);
  const fullOrder = [...order, ...rest];
  const transitionStages = stageEnds.map((e, j) => fullOrder.slice(j === 0 ? 0 : stageEnds[j - 1], e).map((k) => plan.stack[k] as number));

  // 2. Margins, stage by stage, on every sentence: the smallest margin above which at most `flipRate` of the decisions
  // that stop at this stage differ from the full model's.
  const nStages = stageEnds.length;
  const margins: number[][] = Array.from({ length: nStages - 1 }, () => []);
  const agrees: boolean[][] = Array.from({ length: nStages - 1 }, () => []);
  // 3. Label keys: how often the label model chose each label for each key.
  const keyCounts = new Map<number, Map<number, number>>();
  const keys = new Int32Array(3);
  const sums = new Float64Array(TRANSITIONS);
  walk(
    parser,
    member,
    inputs,
    (_, d) => {
      sums.set(d.buffer);
      let k = 0;
      for (let j = 0; j < nStages - 1; j++) {
        for (; k < (stageEnds[j] as number); k++) for (let c = 0; c < TRANSITIONS; c++) sums[c]! += d.weights[(fullOrder[k] as number) * TRANSITIONS + c] as number;
        const p = pick(sums, 0, d.legal);
        (margins[j] as number[]).push(p.margin);
        (agrees[j] as boolean[]).push(p.t === d.full);
      }
    },
    (t, x, head, dep, label) => {
      labelShortcutKeys(t, x.p[dep] as number, x.p[head] as number, x.w[dep] as number, keys);
      for (const key of keys) {
        let c = keyCounts.get(key);
        if (!c) keyCounts.set(key, (c = new Map()));
        c.set(label, (c.get(label) ?? 0) + 1);
      }
    },
  );
  const decisions = margins[0]?.length ?? 0;
  const alive = new Uint8Array(decisions).fill(1);
  const transitionMargins: number[] = [];
  let stopped = 0;
  for (let j = 0; j < nStages - 1; j++) {
    const mg = margins[j] as number[];
    const ok = agrees[j] as boolean[];
    const idx: number[] = [];
    for (let i = 0; i < decisions; i++) if (alive[i]) idx.push(i);
    idx.sort((a, b) => (mg[b] as number) - (mg[a] as number) || a - b);
    let flips = 0;
    let take = 0;
    let theta = Infinity;
    for (let i = 0; i < idx.length; i++) {
      const v = mg[idx[i] as number] as number;
      if (!ok[idx[i] as number]) flips++;
      const next = i + 1 < idx.length ? (mg[idx[i + 1] as number] as number) : -Infinity;
      if (next < v && v > 0 && flips <= flipRate * (i + 1)) [take, theta] = [i + 1, v];
    }
    // A stage no decision may stop at keeps a margin no sum reaches.
    if (!Number.isFinite(theta)) theta = Number.MAX_VALUE;
    for (let i = 0; i < take; i++) alive[idx[i] as number] = 0;
    stopped += take;
    transitionMargins.push(theta);
    log(`stage ${j + 1} (${stageEnds[j]} templates): margin ${theta}, stops ${((100 * take) / Math.max(1, decisions)).toFixed(1)}% of ${decisions} decisions`);
  }
  log(`transitions: ${((100 * stopped) / Math.max(1, decisions)).toFixed(1)}% of scored decisions stop before the last stage`);

  const minCount = options.labelMinCount ?? 50;
  const agreement = options.labelAgreement ?? 0.998;
  const labelKeys: number[] = [];
  const labelValues: number[] = [];
  for (const key of [...keyCounts.keys()].sort((a, b) => a - b)) {
    const c = keyCounts.get(key) as Map<number, number>;
    let total = 0;
    let top = -1;
    let topCount = 0;
    for (const [l, n] of [...c].sort((a, b) => a[0] - b[0])) {
      total += n;
      if (n > topCount) [top, topCount] = [l, n];
    }
    if (total >= minCount && topCount >= agreement * total) {
      labelKeys.push(key);
      labelValues.push(top);
    }
  }
  log(`labels: ${labelKeys.length} keys fix a label`);
  return {
    transitionStages,
    transitionMargins,
    labelKeys,
    labelValues,
    rows: { transitions: modelRows(member.transitions), arcLabels: modelRows(member.labels) },
    criteria: { stages: sizes, flipRate, orderEvery, labelMinCount: minCount, labelAgreement: agreement, sentences: inputs.length, decisions },
  };
}
