// A rule-based sentence splitter over tokens: full stops, abbreviations, closing quotes and paragraph ends.
import type { Sentence, Span, Token } from '../core/document.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { CHAR_CLASS, DIGIT, LOWER, UPPER } from './char-class.js';

const NOT_TERMINAL = 0;
const FULL_STOP = 1;
const EXCLAIM = 2;
const ELLIPSIS = 3;
const ABBREVIATION = 4;

/**
 * Groups `tokens` (sorted, non-overlapping, from `tokenize`) into sentences. A sentence always ends at the end of a
 * paragraph (`paragraphs`; none given means the whole text is one) and at a blank line between two tokens.
 */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Span[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const n = tokens.length;
  if (n === 0) return sentences;
  let para = 0;
  let paraEnd = paragraphs.length ? paragraphEndFor(paragraphs, 0, (tokens[0] as Token).start) : Infinity;
  let first = 0;
  let k = 0;
  while (k < n) {
    const t = tokens[k] as Token;
    let last = k;
    let close = false;
    const kind = terminalKind(text, t);
    if (kind !== NOT_TERMINAL) {
      last = absorbClosers(text, tokens, k, paraEnd);
    }
    const next = tokens[last + 1];
    if (next === undefined) {
      close = true;
    } else if (next.start >= paraEnd || blankLineBetween(text, (tokens[last] as Token).end, next.start)) {
      close = true;
    } else if (kind !== NOT_TERMINAL && !(kind === FULL_STOP && listNumberBefore(text, tokens, k, first))) {
      const quoted = closedQuote(text, tokens, k, last);
      close = endsSentence(text, kind, t, next, tokens[last + 2], last > k);
      // "Why now?" Smith asked. -- a quoted question or exclamation followed by its speaker continues the sentence.
      if (close && quoted && kind === EXCLAIM && speakerFollows(text, tokens, last + 1)) close = false;
    }
    if (close) {
      sentences.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
      first = last + 1;
      if (next !== undefined && next.start >= paraEnd && paragraphs.length) {
        while (para < paragraphs.length && (paragraphs[para] as Span).end <= next.start) para++;
        paraEnd = paragraphEndFor(paragraphs, para, next.start);
      }
    }
    k = last + 1;
  }
  return sentences;
}

/** The full stop at `k` closes "2." or "2.1." opening a sentence, or "1." after a colon: a list item's number. */
function listNumberBefore(text: string, tokens: readonly Token[], k: number, first: number): boolean {
  const number = tokens[k - 1];
  if (number === undefined || k - 1 < first || !isListNumber(text, number)) return false;
  if (k - 1 === first) return true;
  const before = tokens[k - 2] as Token;
  return text.charCodeAt(before.start) === 58 && number.end - number.start <= 2;
}

/** "2." or "2.1.": a numbered heading or list item. */
function isListNumber(text: string, t: Token): boolean {
  if (t.end - t.start > 6) return false;
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (CHAR_CLASS[c] !== DIGIT && c !== 46) return false;
  }
  return true;
}

function closedQuote(text: string, tokens: readonly Token[], k: number, last: number): boolean {
  for (let i = k + 1; i <= last; i++) {
    const c = text.charCodeAt((tokens[i] as Token).start);
    if (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb) return true;
  }
  return false;
}

/** Verbs that attribute a quote ("..." she said); lower-case past and present forms. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('said says say asked asks ask replied replies added adds cried cries shouted shouts yelled whispered called ' +
    'wrote writes thought explained insisted continued answered recalled laughed muttered exclaimed demanded began')
    .split(' '),
);

/** True when a capitalised name (one or two words) at `i` is followed by a speech verb. */
function speakerFollows(text: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 3; j++) {
    const t = tokens[j];
    if (t === undefined) return false;
    const c = CHAR_CLASS[text.charCodeAt(t.start)];
    if (j > i && c === LOWER) {
      // The attribution must end there ("Smith asked." / "Smith said, adding"), else a new sentence reports speech.
      const after = tokens[j + 1];
      const p = after === undefined ? 46 : text.charCodeAt(after.start);
      return SPEECH_VERBS.has(text.slice(t.start, t.end)) && (p === 46 || p === 44 || p === 59 || p === 33 || p === 63);
    }
    if (c !== UPPER) return false;
  }
  return false;
}

/** End of the paragraph holding `offset`, scanning from paragraph `from`; text between paragraphs counts with the next. */
function paragraphEndFor(paragraphs: readonly Span[], from: number, offset: number): number {
  for (let p = from; p < paragraphs.length; p++) {
    const span = paragraphs[p] as Span;
    if (offset < span.end) return span.end;
  }
  return Infinity;
}

function blankLineBetween(text: string, a: number, b: number): boolean {
  if (b - a < 2) return false;
  let newlines = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++newlines >= 2) return true;
    } else if (c === 0x2029) {
      return true;
    }
  }
  return false;
}

function terminalKind(text: string, t: Token): number {
  const len = t.end - t.start;
  const lastCode = text.charCodeAt(t.end - 1);
  if (len === 1) {
    if (lastCode === 46) return FULL_STOP;
    if (lastCode === 33 || lastCode === 63 || lastCode === 0x203c || lastCode === 0x2047) return EXCLAIM;
    if (lastCode === 0x2026) return ELLIPSIS;
    return NOT_TERMINAL;
  }
  const firstCode = text.charCodeAt(t.start);
  if (firstCode === 46 || firstCode === 33 || firstCode === 63 || firstCode === 0x2026) {
    let dots = 0;
    let marks = 0;
    for (let k = t.start; k < t.end; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 || c === 0x2026) dots++;
      else if (c === 33 || c === 63) marks++;
      else return NOT_TERMINAL;
    }
    return marks > 0 ? EXCLAIM : dots > 1 || firstCode === 0x2026 ? ELLIPSIS : FULL_STOP;
  }
  if (lastCode === 46 && CHAR_CLASS[firstCode] !== undefined && (CHAR_CLASS[firstCode] as number) >= LOWER) return ABBREVIATION;
  return NOT_TERMINAL;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 125 || c === 0xbb;
}

/** Closing quotes and brackets glued to a full stop belong to its sentence; so does a "[12]" reference after it. */
function absorbClosers(text: string, tokens: readonly Token[], k: number, paraEnd: number): number {
  let last = k;
  for (;;) {
    const next = tokens[last + 1];
    if (next === undefined || next.start >= paraEnd || next.start !== (tokens[last] as Token).end) break;
    const c = text.charCodeAt(next.start);
    if (!isCloser(c) || next.end - next.start > 2) break;
    last++;
  }
  // References after a full stop ("[12]", "[3] [4]", "[...]", "[citation needed]") belong to the sentence before them.
  for (;;) {
    const open = tokens[last + 1];
    const inner = tokens[last + 2];
    if (open === undefined || inner === undefined || text.charCodeAt(open.start) !== 91 || open.end !== inner.start) break;
    const c = text.charCodeAt(inner.start);
    if (CHAR_CLASS[c] !== DIGIT && CHAR_CLASS[c] !== LOWER && c !== 46 && c !== 0x2026) break;
    let shut = last + 2;
    while (shut < last + 6 && tokens[shut] !== undefined && text.charCodeAt((tokens[shut] as Token).start) !== 93) shut++;
    const closing = tokens[shut];
    if (closing === undefined || text.charCodeAt(closing.start) !== 93 || closing.end > paraEnd) break;
    last = shut;
  }
  return last;
}

function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40 || c === 91 || c === 0xab;
}

/** Whether a terminal token `t` (already followed by its closers) ends the sentence before `next`. */
function endsSentence(text: string, kind: number, t: Token, next: Token, after: Token | undefined, closed: boolean): boolean {
  const c = text.charCodeAt(next.start);
  const cls = CHAR_CLASS[c] as number;
  if (kind === FULL_STOP || kind === EXCLAIM) {
    // A lower-case word after a quoted or bracketed question continues it ("Why?" he asked); after a bare full stop
    // it is informal text that does not capitalise.
    if (cls === LOWER) return !closed;
    // ", said" / "; and" continue a sentence after a quoted question; ". . ." is one ellipsis.
    return !(c === 44 || c === 59 || c === 58 || c === 41 || c === 93 || c === 0x2013 || c === 0x2014 ||
      c === 46 || c === 33 || c === 63);
  }
  if (cls === LOWER) return false;
  if (kind === ELLIPSIS) return cls === UPPER || (isOpeningQuote(c) && after !== undefined && CHAR_CLASS[text.charCodeAt(after.start)] === UPPER);
  // An abbreviation: titles, initials and "No. 3" / "Nov. 17" continue; others end only before a clear sentence opener.
  if (cls === DIGIT) return false;
  const word = text.slice(t.start, t.end - 1);
  if (TITLE_ABBREVIATIONS.has(word) || (word.length > 1 && TITLE_ABBREVIATIONS.has(word[0] + word.slice(1).toLowerCase()))) return false;
  if (word.length === 1 && CHAR_CLASS[word.charCodeAt(0)] === UPPER) return false;
  if (cls === UPPER) return SENTENCE_STARTERS.has(text.slice(next.start, next.end));
  return isOpeningQuote(c) && c !== 40 && c !== 91 && next.start > t.end;
}
