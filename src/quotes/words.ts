// The word view the quote layer reads: article tokens (with tagger and parser fields when present) or, when the token layer is empty, a small tokenizer of our own.
import type { Article, Token } from '../core/index.js';

/** One token as the quote layer sees it. */
export interface Word {
  readonly start: number;
  readonly end: number;
  /** Surface text with straight quotes. */
  readonly text: string;
  readonly lower: string;
  readonly lemma: string | null;
  readonly upos: string | null;
  /** Index into the word array of the syntactic head (-1 root), or null without a parse. */
  readonly head: number | null;
  readonly deprel: string | null;
}

// Words keep inner periods, apostrophes, hyphens and ampersands ("U.S.", "O'Neill", "AT&T"); a final period joins only
// abbreviation-like words so that "said." stays two tokens.
const WORD = /[\p{L}\p{N}]+(?:[.'\u2019\-&][\p{L}\p{N}]+)*\.?|\S/gu;
const ABBREVIATION = /^(?:[A-Z]|[A-Za-z](?:\.[A-Za-z])+|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Jr|Sr|St|Rev|Prof|Pres|Gov|Atty|Supt|Insp|Det|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|etc|Ft|Mt)\.$/;

/** Tokenizes text on our own, for articles that reach the quote stage without a token layer. */
export function fallbackTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let s = m[0];
    const start = m.index;
    if (s.length > 1 && s.endsWith('.') && !ABBREVIATION.test(s)) {
      s = s.slice(0, -1);
      tokens.push({ start, end: start + s.length });
      tokens.push({ start: start + s.length, end: start + s.length + 1 });
      continue;
    }
    tokens.push({ start, end: start + s.length });
  }
  return tokens;
}

const NEEDS_STRAIGHTENING = /[\u2018-\u201f\u00ab\u00bb\u2032\u2033]/;
const CURLY = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Builds the word view of an article; parse heads stay indices because words and tokens are one-to-one. */
export function buildWords(article: Article): Word[] {
  const tokens = article.tokens.length > 0 ? article.tokens : fallbackTokens(article.text);
  return tokens.map((t) => {
    const raw = t.norm ?? article.text.slice(t.start, t.end);
    const text = NEEDS_STRAIGHTENING.test(raw) ? raw.replace(CURLY, "'").replace(CURLY_DOUBLE, '"') : raw;
    return {
      start: t.start,
      end: t.end,
      text,
      lower: text.toLowerCase(),
      lemma: t.lemma?.toLowerCase() ?? null,
      upos: t.upos ?? null,
      head: t.head ?? null,
      deprel: t.deprel ?? null,
    };
  });
}

/** Index of the first word that ends after `offset` (binary search over start-sorted words). */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
