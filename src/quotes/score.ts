// Scores quotes against gold attributions: span detection (overlap of at least half the shorter span) and speaker accuracy.
import type { Entity, Quote, Span } from '../core/index.js';
import type { GoldAttribution } from './polnear.js';

/** Counts behind one detection score. */
export interface DetectionCounts {
  gold: number;
  goldFound: number;
  predicted: number;
  predictedCorrect: number;
  /** Predicted items that matched a gold item of the other category and are left out of precision. */
  ignored: number;
  /** Matched predictions whose best gold item names a source. */
  speakerScored: number;
  speakerCorrect: number;
  /** Matched predictions whose best gold item has no source (not in speaker accuracy). */
  noGoldSource: number;
}

/** Empty counts. */
export function emptyCounts(): DetectionCounts {
  return { gold: 0, goldFound: 0, predicted: 0, predictedCorrect: 0, ignored: 0, speakerScored: 0, speakerCorrect: 0, noGoldSource: 0 };
}

/** Adds `b` into `a`. */
export function addCounts(a: DetectionCounts, b: DetectionCounts): void {
  for (const k of Object.keys(a) as Array<keyof DetectionCounts>) a[k] += b[k];
}

function overlapWith(gold: readonly Span[], s: Span): number {
  let o = 0;
  for (const g of gold) o += Math.max(0, Math.min(g.end, s.end) - Math.max(g.start, s.start));
  return o;
}

function length(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + (s.end - s.start), 0);
}

/** Overlap of a gold content and a predicted span when it reaches half the shorter of the two, else 0. */
export function matchOverlap(gold: GoldAttribution, s: Span): number {
  const o = overlapWith(gold.content, s);
  const shorter = Math.min(length(gold.content), s.end - s.start);
  return o > 0 && o * 2 >= shorter ? o : 0;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the quote's speaker phrase, or any mention of its speaker entity, overlaps a gold source span. */
export function speakerMatches(q: Quote, sources: readonly Span[], entities: ReadonlyMap<string, Entity>): boolean {
  const spans: Span[] = [];
  if (q.speakerMention) spans.push(q.speakerMention);
  if (q.speaker) for (const m of entities.get(q.speaker)?.mentions ?? []) spans.push(m);
  return spans.some((s) => sources.some((g) => overlaps(s, g)));
}

/** Scores one article: direct (gold contents with quotation marks vs our direct and partial quotes) and indirect. */
export function scoreArticle(gold: readonly GoldAttribution[], quotes: readonly Quote[], entityList: readonly Entity[]): { direct: DetectionCounts; indirect: DetectionCounts } {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const score = (category: 'direct' | 'indirect'): DetectionCounts => {
    const c = emptyCounts();
    const goldHere = gold.filter((g) => g.quoted === (category === 'direct'));
    const goldOther = gold.filter((g) => g.quoted !== (category === 'direct'));
    const ours = quotes.filter((q) => (category === 'direct' ? q.kind !== 'indirect' : q.kind === 'indirect'));
    c.gold = goldHere.length;
    c.goldFound = goldHere.filter((g) => ours.some((q) => matchOverlap(g, q) > 0)).length;
    for (const q of ours) {
      let best: GoldAttribution | null = null;
      let bestOverlap = 0;
      for (const g of goldHere) {
        const o = matchOverlap(g, q);
        if (o > bestOverlap) {
          best = g;
          bestOverlap = o;
        }
      }
      if (!best) {
        if (goldOther.some((g) => matchOverlap(g, q) > 0)) c.ignored++;
        else c.predicted++;
        continue;
      }
      c.predicted++;
      c.predictedCorrect++;
      if (best.sources.length === 0) {
        c.noGoldSource++;
        continue;
      }
      c.speakerScored++;
      if (speakerMatches(q, best.sources, entities)) c.speakerCorrect++;
    }
    return c;
  };
  return { direct: score('direct'), indirect: score('indirect') };
}

/** Precision, recall, F1 and speaker accuracy (percentages) from counts. */
export function summarise(c: DetectionCounts): { precision: number; recall: number; f1: number; speaker: number } {
  const precision = c.predicted ? (100 * c.predictedCorrect) / c.predicted : 0;
  const recall = c.gold ? (100 * c.goldFound) / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const speaker = c.speakerScored ? (100 * c.speakerCorrect) / c.speakerScored : 0;
  return { precision, recall, f1, speaker };
}
