// Filter facets indexed as tokens of a zero-weight FTS column, so that date, entity, country and event-type filters are
// answered inside the full-text index instead of by joining every match against the articles table.
import type { Article } from '../../core/index.js';

/** The facet tokens of one article: its day, month and year, linked entities, their countries, its event types. */
export function facetTokens(article: Article, date: string | null, entityIds: Iterable<number>, countries: Iterable<string>): string {
  const out: string[] = [];
  if (date) out.push(`d${date.replace(/-/g, '')}`, `m${date.slice(0, 7).replace('-', '')}`, `y${date.slice(0, 4)}`);
  for (const id of new Set(entityIds)) out.push(`e${id}`);
  for (const c of new Set(countries)) out.push(`c${c.toLowerCase()}`);
  for (const t of new Set(article.events.map((e) => e.type))) out.push(`t${t.toLowerCase()}`);
  return out.join(' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * An FTS5 expression over the facets column matching dates in [from, to] (inclusive YYYY-MM-DD): whole years as year
 * tokens, whole months as month tokens, the ragged ends as day tokens, so a range of any length is a few dozen terms.
 */
export function dateRangeExpression(from: string, to: string): string | null {
  if (from > to) return null;
  const terms: string[] = [];
  let [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const key = (a: number, b: number, c: number) => a * 10000 + b * 100 + c;
  const end = key(ty, tm, td);
  while (key(y, m, d) <= end) {
    if (m === 1 && d === 1 && key(y, 12, 31) <= end) {
      terms.push(`y${y}`);
      y++;
      continue;
    }
    const last = daysInMonth(y, m);
    if (d === 1 && key(y, m, last) <= end) {
      terms.push(`m${y}${pad(m)}`);
    } else {
      const stop = key(y, m, last) <= end ? last : td;
      for (let day = d; day <= stop; day++) terms.push(`d${y}${pad(m)}${pad(day)}`);
    }
    m++;
    d = 1;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return terms.length ? `facets : (${terms.join(' OR ')})` : null;
}

/** The first and last day of the month a YYYY-MM-DD date falls in. */
function monthBounds(date: string): [string, string] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`];
}

/**
 * A coarse expression for [from, to]: the whole months (and years) that cover it, a few terms however long the range;
 * `exact` says whether the months cover more than the range, so that dates must be checked on the matches.
 */
export function monthRangeExpression(from: string, to: string): { readonly expression: string; readonly exact: boolean } | null {
  if (from > to) return null;
  const start = monthBounds(from)[0];
  const end = monthBounds(to)[1];
  const expression = dateRangeExpression(start, end);
  return expression ? { expression, exact: start === from && end === to } : null;
}
