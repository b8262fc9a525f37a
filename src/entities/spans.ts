// Tag schemes and entity-level scoring: IOB2/BILOU conversion, spans from tags, and conlleval-style precision/recall/F1.

/** A labelled token range `[start, end)` within one sentence. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Entity spans from IOB2 tags; a stray I- opens a new entity, as conlleval does. */
export function spansFromIob(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = tags[i] ?? 'O';
    const continues = t.startsWith('I-') && start >= 0 && t.slice(2) === type;
    if (!continues && start >= 0) {
      out.push({ start, end: i, type });
      start = -1;
    }
    if (!continues && t !== 'O') {
      start = i;
      type = t.slice(2);
    }
  }
  return out;
}

/** IOB2 tags for spans over `n` tokens. */
export function iobFromSpans(spans: readonly TagSpan[], n: number): string[] {
  const tags: string[] = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}

/** BILOU tags for spans over `n` tokens. */
export function bilouFromSpans(spans: readonly TagSpan[], n: number): string[] {
  const tags: string[] = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I'}-${s.type}`;
  }
  return tags;
}

/** Spans from BILOU tags, reading leniently: an entity ends at L/U, at O, or where the type changes. */
export function spansFromBilou(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, type });
    start = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? 'O';
    const p = t[0];
    const ty = t.slice(2);
    if (p === 'O') {
      close(i);
      continue;
    }
    if (p === 'B' || p === 'U' || start < 0 || ty !== type) {
      close(i);
      start = i;
      type = ty;
    }
    if (p === 'L' || p === 'U') close(i + 1);
  }
  close(tags.length);
  return out;
}

/** Counts for one entity type (or overall). */
export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (percentages) from counts. */
export function prf(c: PrfCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Entity-level scoring under conlleval's rules (exact span and type), accumulated sentence by sentence. */
export class EntityScorer {
  readonly byType = new Map<string, PrfCounts>();
  readonly overall: PrfCounts = { tp: 0, fp: 0, fn: 0 };

  private counts(type: string): PrfCounts {
    let c = this.byType.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  /** Adds one sentence's gold and predicted IOB2 tags. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = spansFromIob(gold);
    const p = spansFromIob(predicted);
    const key = (s: TagSpan): string => `${s.start}:${s.end}:${s.type}`;
    const gk = new Set(g.map(key));
    const pk = new Set(p.map(key));
    for (const s of p) {
      const hit = gk.has(key(s));
      const c = this.counts(s.type);
      if (hit) {
        c.tp++;
        this.overall.tp++;
      } else {
        c.fp++;
        this.overall.fp++;
      }
    }
    for (const s of g) {
      if (pk.has(key(s))) continue;
      this.counts(s.type).fn++;
      this.overall.fn++;
    }
  }

  /** A conlleval-like table: one row per type and an overall row. */
  report(): string {
    const row = (name: string, c: PrfCounts): string => {
      const r = prf(c);
      return `${name.padEnd(8)} P ${r.precision.toFixed(2).padStart(6)}  R ${r.recall.toFixed(2).padStart(6)}  F1 ${r.f1
        .toFixed(2)
        .padStart(6)}  (gold ${c.tp + c.fn}, predicted ${c.tp + c.fp})`;
    };
    const types = [...this.byType.keys()].sort();
    return [...types.map((t) => row(t, this.byType.get(t) as PrfCounts)), row('overall', this.overall)].join('\n');
  }
}
