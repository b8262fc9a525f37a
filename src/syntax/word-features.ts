// Per-word strings and hashes shared by the tagger and the parser: normalised form, lower case, shape, affixes.
import { hashSlice, hashString } from '../learn/index.js';

/** Straight quotes and ASCII dashes, as the tokenizer's `norm` gives them, so training and run time see the same forms. */
export function normaliseForm(form: string): string {
  if (!/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2212\u00a0]/.test(form)) return form;
  return form
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2212]/g, '-')
    .replace(/\u2014/g, '--')
    .replace(/\u00a0/g, ' ');
}

/** The word's shape: letters to X/x, digits to d, runs longer than two collapsed ("Peru-2020" -> "Xxx-dd"). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const ch = w.charCodeAt(i);
    let c: string;
    if (ch >= 65 && ch <= 90) c = 'X';
    else if (ch >= 97 && ch <= 122) c = 'x';
    else if (ch >= 48 && ch <= 57) c = 'd';
    else if (ch > 127) {
      const s = w[i] as string;
      c = s.toLowerCase() !== s ? 'X' : s.toUpperCase() !== s ? 'x' : s;
    } else c = w[i] as string;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Hashes of one word's views, computed once per word and reused by every feature template. */
export interface WordHashes {
  readonly form: number;
  readonly lower: number;
  readonly shape: number;
  /** Suffixes of the lower-cased word, lengths 1..4 (shorter words repeat their whole form). */
  readonly suf: readonly [number, number, number, number];
  /** Prefixes of the lower-cased word, lengths 1..3. */
  readonly pre: readonly [number, number, number];
}

/** Hashes of a word (already normalised). */
export function hashWord(w: string): WordHashes {
  const lower = w.toLowerCase();
  const n = lower.length;
  const s = (k: number): number => hashSlice(lower, Math.max(0, n - k), n, 0x1234567 + k);
  const p = (k: number): number => hashSlice(lower, 0, Math.min(n, k), 0x7654321 + k);
  return {
    form: hashString(w),
    lower: hashString(lower, 0x2545f491),
    shape: hashString(wordShape(w), 0x5bd1e995),
    suf: [s(1), s(2), s(3), s(4)],
    pre: [p(1), p(2), p(3)],
  };
}

/** Stand-ins for the positions before the first and after the last word. */
export const BOS: WordHashes = hashWord('<s>');
export const EOS: WordHashes = hashWord('</s>');
