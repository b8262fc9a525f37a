// A fast rule-based tokeniser for English news that follows Universal Dependencies English (EWT/GUM) conventions.
import type { Token } from '../core/document.js';
import { JOINED_PREFIXES, OTHER_ABBREVIATIONS, SPLIT_WORDS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { CHAR_CLASS, DIGIT, LETTER, LOWER, PUNCT, SPACE, SURROGATE, UPPER } from './char-class.js';

const DOT = 46;
const APOS = 39;
const RSQUO = 0x2019;
const HYPHEN = 45;

/**
 * Splits `text` (or its `[start, end)` part) into tokens whose offsets satisfy `text.slice(t.start, t.end)` = surface,
 * with UD English conventions: clitics split (`do|n't`, `Mexico|'s`, `gon|na`), hyphenated words split except after
 * common prefixes, punctuation separate, abbreviations keeping their period, URLs and e-mail addresses whole.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const chunk = new Chunk(text, out);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let fancy = c >= 0x2010 || c === 0xab || c === 0xbb;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (CHAR_CLASS[d] === SPACE) break;
      if (d >= 0x2010 || d === 0xab || d === 0xbb) fancy = true;
      j++;
    }
    chunk.run(i, j, fancy);
    i = j;
  }
  return out;
}

function isWordCode(c: number): boolean {
  const k = CHAR_CLASS[c] as number;
  return k >= LOWER && k <= LETTER;
}

function isLetterCode(c: number): boolean {
  const k = CHAR_CLASS[c] as number;
  return k === LOWER || k === UPPER || k === LETTER;
}

function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}

/** Normalised form of a token's surface: straight quotes, ASCII dashes and dots. */
export function normalizeSurface(surface: string): string {
  let out = '';
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032:
        out += "'";
        break;
      case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
        out += '"';
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        out += '-';
        break;
      case 0x2014: case 0x2015:
        out += '--';
        break;
      case 0x2026:
        out += '...';
        break;
      default:
        out += surface[k];
    }
  }
  return out;
}

/** One whitespace-free stretch of text, cut into tokens left to right. */
class Chunk {
  private s = 0;
  private e = 0;
  private fancy = false;

  constructor(
    private readonly text: string,
    private readonly out: Token[],
  ) {}

  run(s: number, e: number, fancy: boolean): void {
    this.s = s;
    this.e = e;
    this.fancy = fancy;
    const { text } = this;
    let p = s;
    while (p < e) {
      const c = text.charCodeAt(p);
      p = isWordCode(c) ? this.word(p, p) : this.punct(p, c);
    }
  }

  private push(start: number, end: number): void {
    if (this.fancy) {
      const surface = this.text.slice(start, end);
      const norm = normalizeSurface(surface);
      if (norm !== surface) {
        this.out.push({ start, end, norm });
        return;
      }
    }
    this.out.push({ start, end });
  }

  private code(k: number): number {
    return k < this.e ? this.text.charCodeAt(k) : 32;
  }

  /** A word starting at `p` (its scan resumes at `q`, past a leading period of ".5" or ".doc"); returns where it ends. */
  private word(p: number, q: number): number {
    const { text, e } = this;
    const c0 = text.charCodeAt(p);
    if ((c0 === 104 || c0 === 119 || c0 === 102 || c0 === 72 || c0 === 87) && this.looksLikeUrl(p)) return this.url(p);
    let segStart = p;
    let segments = 1;
    let maxSeg = 0;
    let innerDot = false;
    let apostrophe = false;
    for (;;) {
      while (q < e && isWordCode(text.charCodeAt(q))) q++;
      if (q >= e) break;
      const d = text.charCodeAt(q);
      const n = this.code(q + 1);
      const prev = text.charCodeAt(q - 1);
      let joined = false;
      if (d === DOT) {
        if (n === DOT && this.emailAfterDots(q)) return this.email(p);
        if (isWordCode(n) && !this.sentenceJoin(segStart, q)) {
          innerDot = true;
          joined = true;
        }
      } else if (d === 44) {
        // "1,000" but not "1,2" or "3,4,5" lists
        joined = isDigit(prev) && isDigit(n) && isDigit(this.code(q + 2)) && isDigit(this.code(q + 3)) && !isDigit(this.code(q + 4));
      } else if (d === 58) {
        joined = isDigit(prev) && isDigit(n);
      } else if (d === 47) {
        // "9/11", "1/2"; among letters only short forms like "s/he", "w/o", "b/c" (UD splits "and/or").
        joined = (isDigit(prev) && isDigit(n)) || (q - segStart === 1 && segments === 1 && isLetterCode(prev) && this.shortLetters(q + 1, 3));
      } else if (isApostrophe(d)) {
        joined = isLetterCode(n) && q > p;
        if (joined) apostrophe = true;
      } else if (d === 38) {
        joined = CHAR_CLASS[prev] === UPPER && CHAR_CLASS[n] === UPPER;
      } else if (d === 64) {
        if (isWordCode(n)) return this.email(p);
      } else if (d === HYPHEN || d === 0x2010) {
        if (isWordCode(n)) {
          joined = this.joinHyphen(p, segStart, q, segments);
        } else if (isLetterCode(prev) && (q + 1 === e || (n !== HYPHEN && !isApostrophe(n) && n !== 34 && n !== 0x201d))) {
          // A cut-off word ("th-", "belie-") keeps its hyphen.
          q++;
          break;
        }
      } else if (d === 95) {
        joined = isWordCode(n) && isWordCode(prev);
      }
      if (!joined) break;
      maxSeg = Math.max(maxSeg, q - segStart);
      q++;
      segStart = q;
      segments++;
    }
    maxSeg = Math.max(maxSeg, q - segStart);
    // A period right after the word: part of an abbreviation, or a separate full stop.
    // "Inc.." is the abbreviation followed by a full stop; "etc..." ends with an ellipsis.
    if (q < e && text.charCodeAt(q) === DOT && (this.code(q + 1) !== DOT || (this.code(q + 2) !== DOT && q + 2 <= e)) &&
        this.keepsPeriod(p, q, innerDot, segStart, maxSeg)) {
      this.push(p, q + 1);
      return q + 1;
    }
    if (apostrophe) this.pushWithClitic(p, q);
    else this.pushWithSplitWord(p, q);
    return q;
  }

  /** "jo...@example.com": an address shortened with dots by a mail archive. */
  private emailAfterDots(q: number): boolean {
    let k = q;
    while (k < this.e && this.text.charCodeAt(k) === DOT) k++;
    return this.code(k) === 64 && isWordCode(this.code(k + 1));
  }

  /** "end.The" with a lower-case word before the period and a capitalised word after is two sentences, not one token. */
  private sentenceJoin(segStart: number, q: number): boolean {
    if (q - segStart < 2) return false;
    const n1 = CHAR_CLASS[this.code(q + 1)];
    const n2 = CHAR_CLASS[this.code(q + 2)];
    if (n1 !== UPPER || n2 !== LOWER) return false;
    for (let k = segStart; k < q; k++) if (CHAR_CLASS[this.text.charCodeAt(k)] !== LOWER) return false;
    return true;
  }

  private joinHyphen(p: number, segStart: number, q: number, segments: number): boolean {
    const { text } = this;
    const len = q - segStart;
    // Telephone numbers (713-555-0199, 555-0199) stay whole; number ranges and "15-year" are split.
    if (len === 3 && allDigits(text, segStart, q)) {
      let k = q + 1;
      while (k < this.e && isDigit(text.charCodeAt(k))) k++;
      const next = k - q - 1;
      if ((next === 3 || next === 4) && !isWordCode(this.code(k))) return true;
    }
    if (segments > 1 && allDigits(text, segStart, q) && len === 3 && isDigit(text.charCodeAt(p))) return true;
    if (segments === 1 && len <= 7) {
      const w = text.slice(segStart, q).toLowerCase();
      if (JOINED_PREFIXES.has(w)) return true;
    }
    return false;
  }

  private keepsPeriod(p: number, q: number, innerDot: boolean, segStart: number, maxSeg: number): boolean {
    const { text } = this;
    const len = q - p;
    if (innerDot) return maxSeg <= 3 && isLetterCode(text.charCodeAt(segStart)) && isLetterCode(text.charCodeAt(p));
    if (len === 1) return isLetterCode(text.charCodeAt(p));
    if (len > 8) return false;
    const w = text.slice(p, q);
    // "No." and "Nos." are abbreviations only before a number; otherwise the word "no" ends a sentence.
    if (w === 'No' || w === 'no' || w === 'Nos' || w === 'NO') return this.numberFollows(q + 1);
    if (TITLE_ABBREVIATIONS.has(w) || OTHER_ABBREVIATIONS.has(w)) return true;
    if (len < 2 || CHAR_CLASS[text.charCodeAt(p + 1)] !== UPPER) return false;
    // Headlines and datelines in capitals: "GEN.", "ST. LOUIS".
    const cap = capitalize(w);
    return TITLE_ABBREVIATIONS.has(cap) || OTHER_ABBREVIATIONS.has(cap);
  }

  private numberFollows(k: number): boolean {
    const { text } = this;
    while (k < text.length && CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
    const c = k < text.length ? text.charCodeAt(k) : 32;
    return isDigit(c) || c === 35;
  }

  /** True when 1..max letters start at `k` and end the word there. */
  private shortLetters(k: number, max: number): boolean {
    let n = 0;
    while (k + n < this.e && isLetterCode(this.text.charCodeAt(k + n))) n++;
    return n >= 1 && n <= max && !isWordCode(this.code(k + n)) && this.code(k + n) !== 47;
  }

  /** Splits a clitic off the end of a word with an apostrophe: n't, 's, 'm, 'd, 're, 've, 'll. */
  private pushWithClitic(p: number, q: number): void {
    const { text } = this;
    const len = q - p;
    const last = text.charCodeAt(q - 1) | 0x20;
    if (len >= 3 && isApostrophe(text.charCodeAt(q - 2))) {
      if (last === 115 || last === 109 || last === 100) {
        this.push(p, q - 2);
        this.push(q - 2, q);
        return;
      }
      if (last === 116 && len >= 4 && (text.charCodeAt(q - 3) | 0x20) === 110) {
        this.push(p, q - 3);
        this.push(q - 3, q);
        return;
      }
    }
    if (len >= 4 && isApostrophe(text.charCodeAt(q - 3))) {
      const pre = text.charCodeAt(q - 2) | 0x20;
      if ((pre === 114 && last === 101) || (pre === 118 && last === 101) || (pre === 108 && last === 108)) {
        this.push(p, q - 3);
        this.push(q - 3, q);
        return;
      }
    }
    this.push(p, q);
  }

  /** Splits the few apostrophe-less words UD treats as two (cannot, gonna, dont). */
  private pushWithSplitWord(p: number, q: number): void {
    const len = q - p;
    if (isDigit(this.text.charCodeAt(p)) && isLetterCode(this.text.charCodeAt(q - 1))) {
      let k = p + 1;
      while (k < q && isDigit(this.text.charCodeAt(k))) k++;
      if (k < q && q - k <= 3 && isLetterCode(this.text.charCodeAt(k)) && UNIT_SUFFIXES.has(this.text.slice(k, q))) {
        this.push(p, k);
        this.push(k, q);
        return;
      }
    }
    if (len >= 2 && len <= 8 && SPLIT_WORD_SHAPES.has(shapeKey(len, this.text.charCodeAt(p), this.text.charCodeAt(q - 1)))) {
      if (CHAR_CLASS[this.text.charCodeAt(p + 1)] === LOWER) {
        const parts = SPLIT_WORDS.get(this.text.slice(p, q).toLowerCase());
        if (parts) {
          let k = p;
          for (const n of parts) {
            this.push(k, k + n);
            k += n;
          }
          return;
        }
      }
    }
    this.push(p, q);
  }

  private looksLikeUrl(p: number): boolean {
    const { text } = this;
    if (text.startsWith('www.', p) || text.startsWith('WWW.', p)) return isWordCode(this.code(p + 4));
    let colon = p + 1;
    while (colon < this.e && colon <= p + 5 && isLetterCode(text.charCodeAt(colon))) colon++;
    if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 47 || text.charCodeAt(colon + 2) !== 47 || colon + 3 >= this.e) return false;
    const scheme = text.slice(p, colon).toLowerCase();
    return scheme === 'http' || scheme === 'https' || scheme === 'ftp';
  }

  /** A URL runs to the end of the chunk, less closing punctuation ("(see http://x.org/a)."). */
  private url(p: number): number {
    const { text } = this;
    let q = this.e;
    let opened = 0;
    for (let k = p; k < q; k++) if (text.charCodeAt(k) === 40) opened++;
    while (q > p + 1) {
      const d = text.charCodeAt(q - 1);
      if (d === 41 && opened > 0) break;
      if (d === 46 || d === 44 || d === 59 || d === 58 || d === 33 || d === 63 || d === 41 || d === 93 || d === 125 ||
          d === 34 || d === 39 || d === 62 || d === 0x201d || d === 0x2019) q--;
      else break;
    }
    this.push(p, q);
    return q;
  }

  /** An e-mail address: word characters, dots, hyphens, underscores and plus signs around one "@". */
  private email(p: number): number {
    const { text, e } = this;
    let q = p;
    while (q < e) {
      const d = text.charCodeAt(q);
      if (isWordCode(d) || d === DOT || d === HYPHEN || d === 95 || d === 43 || d === 64) q++;
      else break;
    }
    while (q > p && (text.charCodeAt(q - 1) === DOT || text.charCodeAt(q - 1) === HYPHEN)) q--;
    this.push(p, q);
    return q;
  }

  /** Punctuation or a symbol at `p`; returns where its token ends. */
  private punct(p: number, c: number): number {
    const { text, e } = this;
    if (CHAR_CLASS[c] === SURROGATE) {
      const q = c < 0xdc00 && p + 1 < e && CHAR_CLASS[text.charCodeAt(p + 1)] === SURROGATE ? p + 2 : p + 1;
      this.push(p, q);
      return q;
    }
    switch (c) {
      case DOT:
      case 33:
      case 63: {
        const n = this.code(p + 1);
        if (c === DOT && (p === this.s || !isWordCode(text.charCodeAt(p - 1))) && (isDigit(n) || (p === this.s && isLetterCode(n)))) {
          return this.word(p, p + 1);
        }
        let q = p + 1;
        while (q < e) {
          const d = text.charCodeAt(q);
          if (d === DOT || d === 33 || d === 63 || d === 0x2026) q++;
          else break;
        }
        this.push(p, q);
        return q;
      }
      case 35:
      case 64: {
        // #hashtag and @handle
        if (isLetterCode(this.code(p + 1)) && (p === this.s || !isWordCode(text.charCodeAt(p - 1)))) {
          let q = p + 1;
          while (q < e && (isWordCode(text.charCodeAt(q)) || text.charCodeAt(q) === 95)) q++;
          // "@example.com" is a domain, not a handle.
          if (c === 64 && this.code(q) === DOT && isLetterCode(this.code(q + 1))) return this.email(p);
          this.push(p, q);
          return q;
        }
        return this.repeat(p, c);
      }
      case 58:
      case 59: {
        const q = this.emoticon(p);
        if (q > p) {
          this.push(p, q);
          return q;
        }
        this.push(p, p + 1);
        return p + 1;
      }
      case 39:
      case RSQUO: {
        // "'70s" and "'em" are words of their own; otherwise a quote mark.
        const n = this.code(p + 1);
        if ((p === this.s || !isWordCode(text.charCodeAt(p - 1))) && isDigit(n) && isDigit(this.code(p + 2))) return this.word(p, p + 1);
        if ((this.code(p + 1) | 0x20) === 101 && (this.code(p + 2) | 0x20) === 109 && !isWordCode(this.code(p + 3)) && p === this.s) {
          this.push(p, p + 3);
          return p + 3;
        }
        if (c === RSQUO) {
          this.push(p, p + 1);
          return p + 1;
        }
        const q = this.code(p + 1) === c ? p + 2 : p + 1;
        this.push(p, q);
        return q;
      }
      case 96: {
        // '' and `` stand for double quotes
        const q = this.code(p + 1) === c ? p + 2 : p + 1;
        this.push(p, q);
        return q;
      }
      case HYPHEN:
      case 61:
      case 42:
      case 95:
      case 126:
      case 62:
      case 60:
      case 43:
      case 94:
      case 0x2014:
      case 0x2013:
      case 0x2026:
        return this.repeat(p, c);
      default:
        this.push(p, p + 1);
        return p + 1;
    }
  }

  /** A run of one repeated character ("--", "====", "***") as one token. */
  private repeat(p: number, c: number): number {
    let q = p + 1;
    while (q < this.e && this.text.charCodeAt(q) === c) q++;
    this.push(p, q);
    return q;
  }

  /** ":)", ":-(", ";)", ":D", ":P" at the end of a chunk; returns `p` when there is none. */
  private emoticon(p: number): number {
    let q = p + 1;
    if (this.code(q) === HYPHEN) q++;
    const m = this.code(q);
    if (m === 41 || m === 40 || m === 68 || m === 80 || m === 112 || m === 47 || m === 93 || m === 91 || m === 124) {
      q++;
      while (q < this.e && this.text.charCodeAt(q) === m && (m === 41 || m === 40)) q++;
      if (q === this.e || CHAR_CLASS[this.code(q)] === PUNCT) return q;
    }
    return p;
  }
}

/** Units UD splits from a number written against it ("375mm", "650k", "5pm"); ordinals ("4th") stay whole. */
const UNIT_SUFFIXES: ReadonlySet<string> = new Set(
  'm k am pm b mm ft x f cm bn hz km kg mb gb kb lb lbs oz mph ml g mg mi yd hr hrs min sec day yr yrs bln mln kw mw gw K KB MB GB AM PM'.split(' '),
);

/** Length, first and last letter (case-folded) of a word: a cheap filter before looking a word up in SPLIT_WORDS. */
function shapeKey(len: number, first: number, last: number): number {
  return len * 65536 + (first | 0x20) * 256 + ((last | 0x20) & 0xff);
}

const SPLIT_WORD_SHAPES: ReadonlySet<number> = new Set(
  [...SPLIT_WORDS.keys()].map((w) => shapeKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))),
);

function capitalize(w: string): string {
  return (w[0] as string) + w.slice(1).toLowerCase();
}

function isDigit(c: number): boolean {
  return CHAR_CLASS[c] === DIGIT;
}

function allDigits(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CHAR_CLASS[text.charCodeAt(k)] !== DIGIT) return false;
  return b > a;
}
