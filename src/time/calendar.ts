// Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, UTC), for resolving relative dates.

/** A calendar day; months and days count from 1. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

function toMs(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its date); null when it is not a real day. */
export function parseYmd(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDay(date.y, date.m, date.d) ? date : null;
}

/** True when the triple names a day that exists. */
export function isRealDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day `n` days after (or before, when negative) `date`. */
export function addDays(date: Ymd, n: number): Ymd {
  return fromMs(toMs(date) + n * DAY_MS);
}

/** The month `n` months after `y-m`, as a year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: Ymd): number {
  const w = new Date(toMs(date)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days from `a` to `b` (positive when `b` is later). */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(date: Ymd): { y: number; w: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** `YYYY-MM`. */
export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** `YYYY-Www` (ISO week). */
export function formatWeek(date: Ymd): string {
  const { y, w } = isoWeek(date);
  return `${pad(y, 4)}-W${pad(w, 2)}`;
}

/** Zero-padded year. */
export function formatYear(y: number): string {
  return pad(y, 4);
}

/** Two-digit zero padding, for hours and minutes. */
export function pad2(n: number): string {
  return pad(n, 2);
}
