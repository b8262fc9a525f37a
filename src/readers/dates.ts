// Publication dates as input formats write them (ISO 8601, RFC 2822, Reuters SGML) turned into `YYYY-MM-DD`.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` for a calendar date, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  if (day > last || leap) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function twoDigitYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

// A timestamp with an explicit offset keeps the calendar date it was written in: a story stamped 22:30 -05:00 on
// March 4 was published on March 4 where it was written, and its "today" and "yesterday" are read against that day.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T\d{2,6}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// "Thu, 19 Nov 2020 10:00:00 GMT", "19 Nov 2020", "Thu, 19 Nov 20 10:00 +0000".
const RFC2822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?)?$/i;
// "November 19, 2020", "Nov. 19, 2020 10:00 AM".
const MONTH_FIRST = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\sT,]+\d{1,2}:\d{2}.*)?$/i;
// Reuters SGML: " 5-APR-1987 01:53:30.27", "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM" (anything after the day is ignored).
const DAY_MON_YEAR = /^\s*(\d{1,2})-([a-z]{3})-(\d{4})/i;

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

/** `YYYY-MM-DD` for a date as a news format writes it, or null when it cannot be read. */
export function normalizeDate(value: string): string | null {
  const s = value.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = ISO.exec(s) ?? ISO_BASIC.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC2822.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) return null;
    return isoDate(twoDigitYear(Number(m[3]), (m[3] ?? '').length), month, Number(m[1]));
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month === undefined) return null;
    return isoDate(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_MON_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) return null;
    return isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
