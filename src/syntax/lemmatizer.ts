// The lemmatiser: suffix rules by Penn XPOS tag, checked against known lemmas, plus an exception lexicon from training data.
import type { ModelFile } from '../learn/index.js';
import type { UdSentence } from './conllu.js';
import type { Tagger } from './tagger.js';
import { normaliseForm } from './word-features.js';

const VOWEL = /[aeiou]/;

/** Candidate lemmas for an inflected word, most plausible first. */
function candidates(lower: string, xpos: string): string[] {
  const strip = (n: number): string => lower.slice(0, lower.length - n);
  switch (xpos) {
    case 'NNS':
    case 'NNPS':
    case 'VBZ': {
      if (lower.length <= 3 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return [lower];
      const out: string[] = [];
      if (lower.endsWith('ies') && lower.length > 4) out.push(strip(3) + 'y');
      if (/(?:ss|x|ch|sh|z|o)es$/.test(lower)) out.push(strip(2));
      if (xpos !== 'VBZ' && lower.endsWith('ves')) out.push(strip(3) + 'f', strip(3) + 'fe');
      out.push(strip(1));
      return out;
    }
    case 'VBD':
    case 'VBN':
    case 'VBG': {
      const suffix = xpos === 'VBG' ? 'ing' : 'ed';
      if (!lower.endsWith(suffix) || lower.length <= suffix.length + 1) return [lower];
      const stem = strip(suffix.length);
      const out: string[] = [];
      if (suffix === 'ed' && lower.endsWith('ied')) out.push(strip(3) + 'y');
      if (/([bdgklmnprtvz])\1$/.test(stem)) out.push(stem.slice(0, -1));
      out.push(stem, stem + 'e');
      if (suffix === 'ing' && stem.endsWith('y')) out.push(stem.slice(0, -1) + 'ie');
      return out;
    }
    case 'JJR':
    case 'RBR':
    case 'JJS':
    case 'RBS': {
      const suffix = xpos.endsWith('R') ? 'er' : 'est';
      if (!lower.endsWith(suffix) || lower.length <= suffix.length + 2) return [lower];
      const stem = strip(suffix.length);
      const out: string[] = [];
      if (stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y');
      if (/([bdgmnpt])\1$/.test(stem)) out.push(stem.slice(0, -1));
      out.push(stem, stem + 'e');
      return out;
    }
    default:
      return [lower];
  }
}

// Without a known lemma to confirm a candidate, these guesses are right most often.
function fallback(lower: string, xpos: string, cands: readonly string[]): string {
  if (xpos === 'VBD' || xpos === 'VBN' || xpos === 'VBG') {
    const suffix = xpos === 'VBG' ? 'ing' : 'ed';
    if (!lower.endsWith(suffix)) return lower;
    const stem = lower.slice(0, lower.length - suffix.length);
    if (suffix === 'ed' && lower.endsWith('ied')) return stem.slice(0, -1) + 'y';
    if (/([bdgkmnprt])\1$/.test(stem) && !/(?:ll|ss|zz|ff)$/.test(stem)) return stem.slice(0, -1);
    // A consonant-vowel-consonant stem of one syllable usually lost a final e ("hoped", "taking").
    if (/[^aeiou][aeiou][bcdgkmnprstvz]$/.test(stem) && (stem.match(/[aeiouy]+/g) ?? []).length === 1) return stem + 'e';
    if (/(?:[^aeiou]l|[cgsuv]|[^aeioul]r|dg|iz|ys|at)$/.test(stem) && VOWEL.test(stem)) return stem + 'e';
    return stem;
  }
  return cands[0] ?? lower;
}

// Lemmas remembered before the memo starts afresh.
const MEMO_LIMIT = 100_000;

/** A lemmatiser: exceptions by (form, XPOS), then rules. */
export class Lemmatizer {
  private readonly exceptions: Map<string, string>;
  private readonly known: Set<string>;
  // Lemmas already given, by XPOS and form: running text repeats its words, and the rules allocate candidate lists.
  private memo = new Map<string, Map<string, string>>();
  private memoSize = 0;

  constructor(exceptions: ReadonlyMap<string, string>, known: Iterable<string>) {
    this.exceptions = new Map(exceptions);
    this.known = new Set(known);
  }

  /** Rebuilds a lemmatiser from its model file. */
  static fromFile(file: ModelFile): Lemmatizer {
    const meta = file.meta as { exceptions: Record<string, string>; known: string[] };
    return new Lemmatizer(new Map(Object.entries(meta.exceptions)), meta.known);
  }

  /** The model file of this lemmatiser. */
  toFile(): ModelFile {
    return { kind: 'dateline/lemma', meta: { exceptions: Object.fromEntries(this.exceptions), known: [...this.known] }, sections: {} };
  }

  /** The lemma of a word with its Penn XPOS tag ("dropped"/VBD -> "drop", "men"/NNS -> "man"). */
  lemmatize(form: string, xpos: string): string {
    let byForm = this.memo.get(xpos);
    const known = byForm?.get(form);
    if (known !== undefined) return known;
    const lemma = this.lemmatizeUncached(form, xpos);
    // Bounded: a long run over a large vocabulary starts afresh rather than growing without end.
    if (this.memoSize >= MEMO_LIMIT) {
      this.memo = new Map();
      this.memoSize = 0;
      byForm = undefined;
    }
    if (byForm === undefined) this.memo.set(xpos, (byForm = new Map()));
    byForm.set(form, lemma);
    this.memoSize++;
    return lemma;
  }

  private lemmatizeUncached(form: string, xpos: string): string {
    const w = normaliseForm(form);
    const proper = xpos === 'NNP' || xpos === 'NNPS';
    const exact = this.exceptions.get(`${w}\t${xpos}`);
    if (exact !== undefined) return exact;
    return this.byRule(w, xpos, proper);
  }

  /** The lemma the rules alone give (no exception lexicon). */
  byRule(w: string, xpos: string, proper = xpos === 'NNP' || xpos === 'NNPS'): string {
    if (xpos === 'NNP') return w;
    const lower = w.toLowerCase();
    const ex = this.exceptions.get(`${lower}\t${xpos}`);
    if (ex !== undefined) return ex;
    const cands = candidates(lower, xpos);
    let lemma = cands.find((c) => this.known.has(c)) ?? fallback(lower, xpos, cands);
    if (proper && lemma.length > 0) lemma = w.slice(0, 1) + lemma.slice(1);
    return lemma;
  }

  // The rules' output before the exception lexicon exists (used while building it).
  ruleOnly(w: string, xpos: string): string {
    if (xpos === 'NNP') return w;
    const lower = w.toLowerCase();
    const cands = candidates(lower, xpos);
    let lemma = cands.find((c) => this.known.has(c)) ?? fallback(lower, xpos, cands);
    if (xpos === 'NNPS' && lemma.length > 0) lemma = w.slice(0, 1) + lemma.slice(1);
    return lemma;
  }
}

const INFLECTED = new Set(['NNS', 'NNPS', 'VBZ', 'VBD', 'VBN', 'VBG', 'JJR', 'JJS', 'RBR', 'RBS']);

/** Builds the lemmatiser from training sentences: known base forms, and exceptions wherever the rules disagree with the majority lemma. */
export function buildLemmatizer(train: readonly UdSentence[]): Lemmatizer {
  const known = new Set<string>();
  for (const s of train) {
    for (const w of s.words) {
      if (/^(?:NN|NNS|VB|VBP|JJ|RB)$/.test(w.xpos)) known.add(normaliseForm(w.lemma).toLowerCase());
    }
  }
  const base = new Lemmatizer(new Map(), known);
  // Exceptions are keyed by the exact form for proper nouns and by the lower-case form otherwise.
  const votes = new Map<string, Map<string, number>>();
  for (const s of train) {
    for (const w of s.words) {
      const form = normaliseForm(w.form);
      const lemma = normaliseForm(w.lemma);
      if (lemma === '_' || w.xpos === '_') continue;
      const key = w.xpos === 'NNP' || w.xpos === 'NNPS' ? `${form}\t${w.xpos}` : `${form.toLowerCase()}\t${w.xpos}`;
      const v = votes.get(key) ?? new Map<string, number>();
      const target = w.xpos === 'NNP' || w.xpos === 'NNPS' || lemma !== lemma.toLowerCase() ? lemma : lemma;
      v.set(target, (v.get(target) ?? 0) + 1);
      votes.set(key, v);
    }
  }
  const exceptions = new Map<string, string>();
  for (const [key, v] of votes) {
    const [form, xpos] = key.split('\t') as [string, string];
    let top = '';
    let topCount = 0;
    for (const [l, n] of v) if (n > topCount) [top, topCount] = [l, n];
    const rule = base.ruleOnly(form, xpos);
    if (rule !== top && (INFLECTED.has(xpos) || topCount >= 1)) exceptions.set(key, top);
  }
  return new Lemmatizer(exceptions, known);
}

/** Lemma accuracy on gold sentences, with gold XPOS (tagger null) or the tagger's XPOS. */
export function scoreLemmatizer(lem: Lemmatizer, sentences: readonly UdSentence[], tagger: Tagger | null): number {
  let n = 0;
  let ok = 0;
  for (const s of sentences) {
    const xpos = tagger ? tagger.tag(s.words.map((w) => w.form)).xpos : s.words.map((w) => w.xpos);
    s.words.forEach((w, i) => {
      n++;
      if (lem.lemmatize(w.form, xpos[i] ?? 'X') === normaliseForm(w.lemma)) ok++;
    });
  }
  return n ? ok / n : 0;
}
