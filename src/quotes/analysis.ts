// The shared view of one article for the quote layer: words, quoted stretches, and quote-aware sentence units.
import type { Article, Span } from '../core/index.js';
import { cueVerbOf, type CueVerb } from './cues.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { buildWords, wordAt, type Word } from './words.js';

/** A run of words `[from, to)` that reads as one sentence, never cut inside a quotation. */
export interface Unit {
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
  /** A headline in title case ("Obama Says Museum Will Tell of ‘Suffering’"), where cue words are capitalised too. */
  readonly headline: boolean;
}

/** Everything the quote finders share about one article. */
export interface Analysis {
  readonly text: string;
  readonly words: readonly Word[];
  readonly quoted: readonly QuotedSpan[];
  /** For each word, the index in `quoted` of the stretch whose marks enclose it (marks included), or -1. */
  readonly inQuote: readonly number[];
  readonly units: readonly Unit[];
  /** For each word, the index of its unit. */
  readonly unitOf: readonly number[];
  /** Children of each word in the parse (empty lists without a parse). */
  readonly children: readonly (readonly number[])[];
  readonly hasParse: boolean;
  /** For each word, the cue verb it is a form of (by lemma), or null. */
  readonly verbs: readonly (CueVerb | null)[];
  /** The article's dateline ("FLINT, Mich. (UPI) --"), which never names a speaker. */
  readonly dateline: Span | null;
}

const PARAGRAPH_BREAK = /\n[ \t\r\f\v\u00a0]*\n/g;

/** Paragraph spans: the layer's, else blank-line blocks, else the whole text. */
export function paragraphSpans(article: Article): Span[] {
  if (article.paragraphs.length > 0) return article.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  const spans: Span[] = [];
  let from = 0;
  const push = (s: number, e: number): void => {
    const piece = article.text.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (e - trail > s + lead) spans.push({ start: s + lead, end: e - trail });
  };
  for (const m of article.text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, article.text.length);
  return spans;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const END_PUNCT = new Set(['.', '!', '?', '...', '\u2026']);

function startsUpper(w: Word | undefined): boolean {
  if (!w) return false;
  const c = w.text[0] ?? '';
  return c === '"' || c === "'" || c === '(' || /[\p{Lu}\p{N}]/u.test(c);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs', 'over', 'into']);

// Most content words capitalised: a headline (PolNeAR headlines end in a full stop, so that says nothing).
function isTitleCase(words: readonly Word[], from: number, to: number): boolean {
  let content = 0;
  let capital = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!/^\p{L}/u.test(w.text) || SMALL_WORDS.has(w.text)) continue;
    content++;
    if (/^\p{Lu}/u.test(w.text)) capital++;
  }
  return content >= 3 && capital / content >= 0.7;
}

/** Builds the analysis of an article. */
export function analyse(article: Article): Analysis {
  const text = article.text;
  const words = buildWords(article);
  const paragraphs = paragraphSpans(article);
  const titleParagraphs = new Set(article.paragraphs.flatMap((p, i) => (p.role === 'title' ? [i] : [])));
  const quoted = findQuotedSpans(text, paragraphs);

  const inQuote = new Array<number>(words.length).fill(-1);
  for (const [qi, q] of quoted.entries()) {
    for (let w = wordAt(words, q.start); w < words.length && words[w]!.start < q.end; w++) inQuote[w] = qi;
  }

  // Sentence starts the sentence layer agrees to; without one, every candidate stands.
  const layerStarts = article.sentences.length > 0 ? new Set(article.sentences.map((s) => wordAt(words, s.start))) : null;
  const units: Unit[] = [];
  const unitOf = new Array<number>(words.length).fill(0);
  for (const [p, para] of paragraphs.entries()) {
    const a = wordAt(words, para.start);
    let b = a;
    while (b < words.length && words[b]!.start < para.end) b++;
    let from = a;
    for (let k = a; k < b - 1; k++) {
      const w = words[k]!;
      const next = words[k + 1];
      const q = inQuote[k]!;
      let boundary = false;
      if (q < 0 && END_PUNCT.has(w.text) && startsUpper(next)) boundary = true;
      // A quote that ends a sentence inside its marks ("... him." He said) closes the unit at its closing mark.
      if (q >= 0 && w.end === quoted[q]!.end && quoted[q]!.closed && k > a && END_PUNCT.has(words[k - 1]!.text) && startsUpper(next)) boundary = true;
      if (boundary && layerStarts && !layerStarts.has(k + 1) && !(q >= 0)) boundary = false;
      // A line break inside a paragraph (lists, letters, bylines under quotes) ends a unit too, outside quotes.
      if (!boundary && next && next.start - w.end > 0 && !(q >= 0 && inQuote[k + 1] === q) && hasNewline(text, w.end, next.start)) boundary = true;
      if (boundary) {
        for (let i = from; i <= k; i++) unitOf[i] = units.length;
        units.push({ from, to: k + 1, paragraph: p, headline: false });
        from = k + 1;
      }
    }
    if (b > from) {
      for (let i = from; i < b; i++) unitOf[i] = units.length;
      const headline = from === a && (titleParagraphs.has(p) || p === 0) && isTitleCase(words, from, b);
      units.push({ from, to: b, paragraph: p, headline });
    }
  }

  const hasParse = words.some((w) => w.deprel !== null && w.head !== null);
  const children: number[][] = words.map(() => []);
  if (hasParse) {
    for (const [i, w] of words.entries()) {
      if (w.head !== null && w.head >= 0 && w.head < words.length) children[w.head]!.push(i);
    }
  }
  const verbs = words.map((w) => cueVerbOf(w.lower, w.lemma));
  const dateline = article.dateline ? { start: article.dateline.start, end: article.dateline.end } : null;
  return { text, words, quoted, inQuote, units, unitOf, children, hasParse, verbs, dateline };
}

/** Whether a unit has letters and no lowercase letter (an all-capitals headline). */
export function allCapitals(a: Analysis, unit: Unit): boolean {
  let letters = 0;
  for (let k = unit.from; k < unit.to; k++) {
    const t = a.words[k]!.text;
    if (/\p{Ll}/u.test(t)) return false;
    if (/\p{Lu}/u.test(t)) letters++;
  }
  return letters > 0;
}
