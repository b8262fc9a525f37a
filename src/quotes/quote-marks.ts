// Finds quoted stretches of text: paired double marks (straight or curly), top-level single marks, and quotes left open at a paragraph's end.
import type { Span } from '../core/index.js';

/** One quoted stretch inside one paragraph; `start`/`end` include the marks. */
export interface QuotedSpan extends Span {
  readonly innerStart: number;
  readonly innerEnd: number;
  /** False when the paragraph ended before a closing mark (the quote runs on into the next paragraph). */
  readonly closed: boolean;
  /** True when this piece opens its paragraph and the previous paragraph's last quote was left open. */
  readonly continued: boolean;
  /** Index of the paragraph the piece sits in. */
  readonly paragraph: number;
  /** False for single marks (‘...’), which are told apart from apostrophes less surely. */
  readonly double: boolean;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u201f', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const SINGLE_OPEN = new Set(['\u2018', "'"]);
const SINGLE_CLOSE = new Set(['\u2019', "'"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013-]/;

function at(text: string, i: number): string {
  return i >= 0 && i < text.length ? text[i]! : '';
}

/** True when the character is a double quotation mark of any style. */
export function isDoubleMark(c: string): boolean {
  return c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || c === '\u2033';
}

// A single mark opens a quote only at a word start and closes only at a word end that is not an apostrophe ("it's",
// "the voters' rights" is the one we accept to lose: a plural possessive before a later closing mark is rare).
function findSingleClose(text: string, from: number, limit: number): number {
  for (let j = from; j < limit; j++) {
    const c = text[j]!;
    if (isDoubleMark(c)) return -1;
    if (!SINGLE_CLOSE.has(c)) continue;
    const before = at(text, j - 1);
    const after = at(text, j + 1);
    if (before === '' || /\s/.test(before)) continue;
    if (after !== '' && LETTER_OR_DIGIT.test(after)) continue;
    if (before === 's' && after === ' ' && LETTER.test(at(text, j + 2)) && at(text, j + 2) === at(text, j + 2).toLowerCase() && j - from > 40) continue;
    return j;
  }
  return -1;
}

/** Quoted stretches of every paragraph, in text order. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let previousOpen = false;
  for (const [p, para] of paragraphs.entries()) {
    let openAt = -1;
    let lastWasOpen = false;
    let openLen = 1;
    const push = (s: number, e: number, closed: boolean, closeLen = 1, double = true): void => {
      const continued = s === para.start && previousOpen;
      out.push({ start: s, end: closed ? e + closeLen : e, innerStart: s + openLen, innerEnd: e, closed, continued, paragraph: p, double });
    };
    const candidates = /["'`\u201c-\u201f\u2018\u2019\u00ab\u00bb\u2033]/g;
    for (let i = para.start; i < para.end; i++) {
      // Jump to the next character that can be a quotation mark.
      candidates.lastIndex = i;
      const hit = candidates.exec(text);
      if (!hit || hit.index >= para.end) break;
      i = hit.index;
      let c = text[i]!;
      // Two apostrophes or two backticks stand for a double mark in some wire and newspaper text ('' ... '').
      const pair = (c === "'" || c === '`') && text[i + 1] === c;
      if (pair) c = c === '`' ? '\u201c' : '"';
      if (isDoubleMark(c)) {
        const before = at(text, i - 1);
        const after = at(text, i + (pair ? 2 : 1));
        const looksOpening = DOUBLE_OPEN.has(c) || ((c === '"' || DOUBLE_CLOSE.has(c)) && (i === para.start || SPACE_OR_OPENER.test(before)) && after !== '' && !/\s/.test(after));
        const len = pair ? 2 : 1;
        if (openAt < 0) {
          if (looksOpening || c === '"') {
            openAt = i;
            openLen = len;
          }
        } else if ((DOUBLE_OPEN.has(c) || (looksOpening && /[.?!]/.test(at(text, i - 2)) && /\p{Lu}/u.test(after))) && i > openAt + 1) {
          // An opening mark while open: the earlier quote lost its closing mark; end it here and start anew. A
          // straight mark shaped as an opener after a sentence's end ('... to end life. "The motive ...') is one too:
          // a quote running on into a new paragraph reopens with a mark, and some texts lost the paragraph break.
          push(openAt, i, false);
          openAt = i;
          openLen = len;
        } else {
          push(openAt, i, true, len);
          openAt = -1;
        }
        i += len - 1;
        continue;
      }
      if (openAt < 0 && SINGLE_OPEN.has(c)) {
        const before = at(text, i - 1);
        const after = at(text, i + 1);
        if ((i === para.start || SPACE_OR_OPENER.test(before) || isDoubleMark(before)) && LETTER.test(after)) {
          const close = findSingleClose(text, i + 2, Math.min(para.end, i + 400));
          if (close > 0) {
            openLen = 1;
            push(i, close, true, 1, false);
            i = close;
          }
        }
      }
    }
    if (openAt >= 0 && para.end - openAt > 1) {
      push(openAt, para.end, false);
      lastWasOpen = true;
    }
    previousOpen = lastWasOpen;
  }
  return out;
}
