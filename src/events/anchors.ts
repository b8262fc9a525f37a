// Anchors an event in time: the time expression governing the trigger's clause, as a calendar date.
import { deprel, headOf, isClauseBreak, uposOf, type ArticleIndex, type SentenceView } from './sentence-view.js';

// Relations that open a clause of its own: an expression inside one dates that clause, not the event above it.
const CLAUSAL = new Set(['advcl', 'acl', 'ccomp', 'xcomp', 'csubj', 'parataxis']);

/** Time expressions of one article by token: index into `article.times` per token, or -1. */
export function indexTimes(index: ArticleIndex): Int32Array {
  const { tokens, times } = index.article;
  const at = new Int32Array(tokens.length).fill(-1);
  if (!times.length) return at;
  let t = 0;
  const order = times.map((x, k) => [x.start, x.end, k] as const).sort((a, b) => a[0] - b[0]);
  for (const [start, end, k] of order) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= start) t++;
    for (let j = t; j < tokens.length && (tokens[j]?.start ?? Infinity) < end; j++) at[j] = k;
  }
  return at;
}

/** The calendar part of a TIMEX3 value (`2020-10-15`, `2020-10`, `2019`), or null for durations, sets and references. */
export function calendarDate(value: string): string | null {
  const m = /^(\d{4})(-\d{2})?(-\d{2})?(?:$|T)/.exec(value);
  if (!m) return null;
  return `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`;
}

/** The time expression (index into `article.times`) that governs the trigger at `i`, or -1. */
export function findGoverningTime(
  index: ArticleIndex,
  view: SentenceView,
  timeAt: Int32Array,
  i: number,
  triggers: readonly number[],
  onlyAfter = false,
): number {
  const { times } = index.article;
  // Expressions the parse places in another verb's clause ("who ran the port from 2015 to 2019") never date this event.
  const elsewhere = new Set<number>();
  // Durations and sets do not date an event; a past reference ("weeks ago") does, though not to a calendar day.
  const usable = (k: number) => {
    const t = times[k];
    return t !== undefined && (t.type === 'DATE' || t.type === 'TIME') && (!onlyAfter || (index.article.tokens[i]?.end ?? 0) <= t.start);
  };
  if (index.parsed) {
    for (let j = view.first; j < view.end; j++) {
      const k = timeAt[j] ?? -1;
      if (k === -1 || !usable(k)) continue;
      // Climb from the expression's head to the clause's verb; it governs the trigger when that verb is the trigger.
      let h = headOf(index, j);
      if (h >= 0 && (timeAt[h] ?? -1) === k) continue;
      for (let steps = 0; h >= 0 && steps < 3; steps++) {
        if (h === i) return k;
        if (uposOf(index, h) === 'VERB' || triggers.includes(h) || CLAUSAL.has(deprel(index, h).split(':')[0] ?? '')) {
          elsewhere.add(k);
          break;
        }
        h = headOf(index, h);
      }
    }
    // No expression attaches to the trigger in the parse: fall back to word order, as without a parse.
  }
  let best = -1;
  let bestDistance = Infinity;
  for (let j = view.first; j < view.end; j++) {
    const k = timeAt[j] ?? -1;
    if (k === -1 || !usable(k) || elsewhere.has(k)) continue;
    const distance = Math.abs(j - i);
    if (distance > 12 || distance >= bestDistance) continue;
    const [lo, hi] = j < i ? [j, i] : [i, j];
    let blocked = false;
    for (let x = lo + 1; x < hi && !blocked; x++) blocked = triggers.includes(x) || (isClauseBreak(index, x) && index.lower[x] !== '.');
    if (!blocked) {
      best = k;
      bestDistance = distance;
    }
  }
  return best;
}
