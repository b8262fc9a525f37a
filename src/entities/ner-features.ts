// Feature extraction for the named-entity recogniser: per-token hashes computed once per document, combined per decision.
import { feat1, feat2, feat3, hashSlice, hashString } from '../learn/index.js';
import { foldName, type Gazetteer } from './gazetteer.js';
import type { WordClusters } from './word-clusters.js';

/** The lexical resources the features draw on beside the words themselves. */
export interface NerResources {
  readonly gazetteer: Gazetteer | null;
  readonly clusters: WordClusters | null;
  /** How often a lower-cased word is capitalised mid-sentence in raw news text: a bucket 1..5, 0 unknown. */
  readonly caseTable: CaseTable | null;
}

/** Capitalisation evidence from raw text, by lower-cased word. */
export interface CaseTable {
  readonly words: readonly string[];
  readonly buckets: Uint8Array;
}

/** Buckets a word's capitalised share of mid-sentence occurrences: 1 (never) .. 5 (always). */
export function caseBucket(capitalised: number, total: number): number {
  const r = capitalised / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

/** Counts how often each word (lower-cased, seen at least `minCount` times mid-sentence) is capitalised. */
export function buildCaseTable(sentences: Iterable<readonly string[]>, minCount = 3): CaseTable {
  const caps = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const words of sentences) {
    if (isAllCapsSentence(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      if (!/^\p{L}/u.test(w)) continue;
      const l = w.toLowerCase();
      totals.set(l, (totals.get(l) ?? 0) + 1);
      if (capitalised(w)) caps.set(l, (caps.get(l) ?? 0) + 1);
    }
  }
  const words = [...totals].filter(([, n]) => n >= minCount).map(([w]) => w).sort();
  const buckets = Uint8Array.from(words.map((w) => caseBucket(caps.get(w) ?? 0, totals.get(w) ?? 1)));
  return { words, buckets };
}

/** The entity types the recogniser labels (CoNLL-2003's). */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** BILOU labels: 0 is O; then for each type B, I, L, U. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** Label id of a BILOU tag, or -1. */
export function labelId(tag: string): number {
  return NER_LABELS.indexOf(tag);
}

/** Type index (0..3) of a label id, or -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : ((label - 1) >> 2);
}

/** Position of a label id: 0 B, 1 I, 2 L, 3 U, -1 for O. */
export function labelPos(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** Whether label `c` may follow label `prev` under BILOU (an open entity must continue with I or L of its type). */
export function allowedAfter(prev: number, c: number): boolean {
  const pp = labelPos(prev);
  const open = pp === 0 || pp === 1;
  const cp = labelPos(c);
  if (open) return (cp === 1 || cp === 2) && labelType(c) === labelType(prev);
  return cp !== 1 && cp !== 2;
}

/** Whether label `c` may end a sentence. */
export function allowedAtEnd(c: number): boolean {
  const p = labelPos(c);
  return p !== 0 && p !== 1;
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; runs longer than 2 cut to 2 ("Xxx" -> "Xxx", "Salvador" -> "Xxx"). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && i < 40; i++) {
    const ch = w[i] as string;
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** The shape with every run collapsed to one character ("Xx", "X.X.", "d-d"). */
export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Per-token hashes of one sentence, computed once. */
export interface PreparedSentence {
  readonly n: number;
  readonly word: Int32Array;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  readonly short: Int32Array;
  /** Prefixes and suffixes of length 1..4 of the lower-cased word: 8 per token. */
  readonly affix: Int32Array;
  /** Gazetteer code per token (0 none): kind * 4 + BILU position + 1. */
  readonly gaz: Int32Array;
  /** Demonym hit per token (0/1). */
  readonly demonym: Uint8Array;
  /** Capitalisation bucket of the word in raw text (0 unknown). */
  readonly caseBucket: Uint8Array;
  /** Given-name hit per token (0/1). */
  readonly firstName: Uint8Array;
  /** The first pass's label per token, when a second pass runs (stacking); null in the first pass. */
  pass1: Int32Array | null;
  /** Bit t set when the first pass gave the word type t somewhere else in the document. */
  docTypes: Uint8Array | null;
  /** 1 when the word starts with a capital letter. */
  readonly cap: Uint8Array;
  /** Document evidence about the lower-cased word: bit 1 seen capitalised mid-sentence, bit 2 seen lower-case. */
  readonly docCase: Uint8Array;
  /** Whether the sentence is an all-capitals headline. */
  readonly allCaps: boolean;
  /** Word cluster ids per token and level (`levels` per token; 0 unknown). */
  readonly clusters: Int32Array;
  readonly levels: number;
  /** The cached facts of each token's word form (shared between documents; never mutate but for the `vec` fields). */
  readonly infos: readonly WordInfo[];
}

/** Hashes standing for the words before the sentence start and after its end. */
export const START = hashString('<S>');
export const END = hashString('</S>');

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLowerCh = (c: number): boolean => c >= 97 && c <= 122;

function capitalised(w: string): boolean {
  const ch = w[0];
  return ch !== undefined && ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
}

/** True for a sentence whose words are (nearly) all in capitals: a headline or a dateline. */
function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    let u = 0;
    let l = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (isUpper(c)) u++;
      else if (isLowerCh(c)) l++;
    }
    if (u + l < 2) continue;
    if (l === 0) upper++;
    else lower++;
  }
  return upper >= 2 && lower <= upper / 4;
}

const caseIndexes = new WeakMap<CaseTable, Map<string, number>>();

/** The capitalisation bucket of every word of a case table, by lower-cased word. */
export function caseIndexOf(t: CaseTable): Map<string, number> {
  let m = caseIndexes.get(t);
  if (!m) {
    m = new Map();
    t.words.forEach((w, i) => (m as Map<string, number>).set(w, t.buckets[i] as number));
    caseIndexes.set(t, m);
  }
  return m;
}

/** What is known of one word form, whatever its context: computed once and cached. */
export interface WordInfo {
  /** word, lower, shape, short shape, 4 prefixes, 4 suffixes, then one cluster id per level. */
  readonly hashes: Int32Array;
  readonly lower: string;
  readonly folded: string;
  readonly cap: number;
  readonly caseBucket: number;
  /** Whether the form was looked up as a word of an all-capitals headline (clusters and features differ). */
  readonly allCaps: boolean;
  /** 1 when the form is all lower case (document evidence of a common word). */
  readonly lowerForm: number;
  /** Capitalised demonym (0/1) and capitalised given name (0/1), from the gazetteer. */
  readonly demonym: number;
  readonly firstName: number;
  /** For a capitalised word, the most words of a gazetteer place name starting with it (0 none: no probe needed). */
  readonly placeWords: number;
  /** How many words the folded form has (1 but for tokens with spaces inside). */
  readonly foldedWords: number;
  /** Number of the lower-cased form within its lexicon, for document evidence without string look-ups. */
  readonly lowerId: number;
  /** The word's vote on whether its sentence is a headline in capitals: 0 none, 1 capitals, 2 lower case. */
  readonly capsVote: number;
  /** Where the fast decoder `vecOwner` keeps this form's pre-summed score vectors (its generation `vecGen`); see ner-fast.ts. */
  vecAt: number;
  vecGen: number;
  vecOwner: object | null;
}

// Words repeat (Zipf): hashing each form once per process instead of once per token is most of the speed.
const WORD_CACHE_SIZE = 100_000;

/** The cached word forms of one set of resources, with numbers for their lower-cased forms and per-document scratch. */
interface Lexicon {
  readonly forms: Map<string, WordInfo>;
  readonly lowerIds: Map<string, number>;
  // Document case evidence by lower id, valid where `docStamp` equals the current document's stamp.
  docCase: Uint8Array;
  docStamp: Int32Array;
  stamp: number;
}

const lexicons = new WeakMap<NerResources, Lexicon>();

function lexiconOf(res: NerResources): Lexicon {
  let lex = lexicons.get(res);
  if (!lex) {
    lex = { forms: new Map(), lowerIds: new Map(), docCase: new Uint8Array(1024), docStamp: new Int32Array(1024), stamp: 0 };
    lexicons.set(res, lex);
  }
  return lex;
}

// A word's vote in isAllCapsSentence: ignored (fewer than two ASCII letters), in capitals, or with lower case.
function capsVoteOf(w: string): number {
  let u = 0;
  let l = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpper(c)) u++;
    else if (isLowerCh(c)) l++;
  }
  return u + l < 2 ? 0 : l === 0 ? 1 : 2;
}

function wordInfo(w: string, allCaps: boolean, res: NerResources, lex: Lexicon, caseIndex: Map<string, number> | null, levels: number): WordInfo {
  const l = w.toLowerCase();
  const sh = wordShape(w);
  const hashes = new Int32Array(12 + levels);
  hashes[0] = hashString(w);
  hashes[1] = hashString(l);
  hashes[2] = hashString(sh);
  hashes[3] = hashString(shortShape(sh));
  for (let k = 1; k <= 4; k++) {
    hashes[3 + k] = k <= l.length ? hashSlice(l, 0, k, 0x1234567 + k) : 0;
    hashes[7 + k] = k <= l.length ? hashSlice(l, l.length - k, l.length, 0x7654321 + k) : 0;
  }
  const wc = res.clusters;
  if (wc) {
    // Headlines are in capitals: look their words up in the case the body would use.
    const form = allCaps && w.length > 1 ? w[0] + l.slice(1) : w;
    for (let k = 0; k < levels; k++) hashes[12 + k] = wc.cluster(form, k) || wc.cluster(l, k);
  }
  const gaz = res.gazetteer;
  const folded = gaz ? foldName(w) : l;
  const cap = capitalised(w) ? 1 : 0;
  let lowerId = lex.lowerIds.get(l);
  if (lowerId === undefined) {
    lowerId = lex.lowerIds.size;
    lex.lowerIds.set(l, lowerId);
  }
  return {
    hashes,
    lower: l,
    folded,
    cap,
    caseBucket: caseIndex?.get(l) ?? 0,
    allCaps,
    lowerForm: l === w && !cap ? 1 : 0,
    demonym: gaz && cap && gaz.demonymByKey(folded) ? 1 : 0,
    firstName: gaz && cap && gaz.isFirstNameKey(folded) ? 1 : 0,
    placeWords: gaz !== null && cap === 1 ? gaz.placeWordsFrom(folded) : 0,
    foldedWords: folded.split(' ').length,
    lowerId,
    capsVote: capsVoteOf(w),
    vecAt: -1,
    vecGen: -1,
    vecOwner: null,
  };
}

/** The cached facts of every word of a document, one array per sentence, and which sentences are headlines. */
function documentWords(sentences: readonly (readonly string[])[], res: NerResources, lex: Lexicon): { infos: WordInfo[][]; allCaps: boolean[] } {
  const caseIndex = res.caseTable ? caseIndexOf(res.caseTable) : null;
  const levels = res.clusters?.levels ?? 0;
  const forms = lex.forms;
  // Emptied between documents only, so that one document's words share one numbering of lower-cased forms.
  if (forms.size >= WORD_CACHE_SIZE) {
    forms.clear();
    lex.lowerIds.clear();
  }
  const lookUp = (w: string, caps: boolean): WordInfo => {
    const key = caps ? `${w}\u0001` : w;
    let info = forms.get(key);
    if (!info) {
      info = wordInfo(w, caps, res, lex, caseIndex, levels);
      forms.set(key, info);
    }
    return info;
  };
  const allCaps: boolean[] = [];
  const infos = sentences.map((words) => {
    const out: WordInfo[] = new Array<WordInfo>(words.length);
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < words.length; i++) {
      const info = lookUp(words[i] as string, false);
      out[i] = info;
      if (info.capsVote === 1) upper++;
      else if (info.capsVote === 2) lower++;
    }
    // The test of isAllCapsSentence; a headline's words are looked up again as headline words.
    const caps = upper >= 2 && lower <= upper / 4;
    if (caps) for (let i = 0; i < words.length; i++) out[i] = lookUp(words[i] as string, true);
    allCaps.push(caps);
    return out;
  });
  return { infos, allCaps };
}

/** One sentence as the fast decoder reads it: each word's cached facts, plus what depends on the neighbours and document. */
export interface WordSentence {
  readonly n: number;
  readonly infos: readonly WordInfo[];
  /** Gazetteer code per token (0 none): kind * 4 + BILU position + 1. */
  readonly gaz: Int32Array;
  /** Document evidence about the lower-cased word: bit 1 seen capitalised mid-sentence, bit 2 seen lower-case. */
  readonly docCase: Uint8Array;
  readonly allCaps: boolean;
}

/** Looks every word of a document up once, with gazetteer matches and document-case evidence. */
export function prepareWords(sentences: readonly (readonly string[])[], res: NerResources): WordSentence[] {
  const gaz = res.gazetteer;
  const lex = lexiconOf(res);
  const { infos, allCaps: allCapsFlags } = documentWords(sentences, res, lex);
  // Document evidence by lower-cased form, in arrays stamped per document instead of a map of strings.
  const stamp = ++lex.stamp;
  const ids = lex.lowerIds.size;
  if (lex.docCase.length < ids) {
    const size = Math.max(ids, lex.docCase.length * 2);
    lex.docCase = new Uint8Array(size);
    lex.docStamp = new Int32Array(size);
  }
  const docCase = lex.docCase;
  const docStamp = lex.docStamp;
  for (let si = 0; si < infos.length; si++) {
    if (allCapsFlags[si]) continue;
    const list = infos[si] as WordInfo[];
    for (let i = 1; i < list.length; i++) {
      const info = list[i] as WordInfo;
      const bit = info.lowerForm ? 2 : info.cap ? 1 : 0;
      if (!bit) continue;
      const id = info.lowerId;
      if (docStamp[id] !== stamp) {
        docStamp[id] = stamp;
        docCase[id] = 0;
      }
      docCase[id] = (docCase[id] as number) | bit;
    }
  }
  return infos.map((list, si) => {
    const n = list.length;
    const s: WordSentence = { n, infos: list, gaz: new Int32Array(n), docCase: new Uint8Array(n), allCaps: allCapsFlags[si] ?? false };
    for (let i = 0; i < n; i++) {
      const id = (list[i] as WordInfo).lowerId;
      s.docCase[i] = docStamp[id] === stamp ? (docCase[id] as number) : 0;
    }
    if (gaz) {
      for (let i = 0; i < n; ) {
        // No place name starts with this word: no probe can hit (most capitalised words).
        const most = (list[i] as WordInfo).placeWords;
        if (most === 0) {
          i++;
          continue;
        }
        let key = '';
        let best = 0;
        let kind = 0;
        let words = 0;
        for (let m = 1; m <= 4 && i + m <= n; m++) {
          // A key of more words than any place name starting with this word has cannot match, nor can longer ones.
          words += (list[i + m - 1] as WordInfo).foldedWords;
          if (words > most) break;
          key = m === 1 ? (list[i] as WordInfo).folded : `${key} ${(list[i + m - 1] as WordInfo).folded}`;
          const hit = gaz.placeByKey(key);
          if (hit) {
            best = m;
            kind = hit.kind === 'country' ? 0 : hit.kind === 'region' ? 1 : 2;
          }
        }
        if (best === 0) {
          i++;
          continue;
        }
        for (let k = 0; k < best; k++) {
          const pos = best === 1 ? 3 : k === 0 ? 0 : k === best - 1 ? 2 : 1;
          s.gaz[i + k] = kind * 4 + pos + 1;
        }
        i += best;
      }
    }
    return s;
  });
}

/** Hashes every token of a document (a list of sentences of words) once, with gazetteer and document-case evidence. */
export function prepareDocument(sentences: readonly (readonly string[])[], res: NerResources): PreparedSentence[] {
  const levels = res.clusters?.levels ?? 0;
  return prepareWords(sentences, res).map((ws) => {
    const n = ws.n;
    const list = ws.infos;
    const s: PreparedSentence = {
      n,
      word: new Int32Array(n),
      lower: new Int32Array(n),
      shape: new Int32Array(n),
      short: new Int32Array(n),
      affix: new Int32Array(n * 8),
      gaz: ws.gaz,
      demonym: new Uint8Array(n),
      firstName: new Uint8Array(n),
      caseBucket: new Uint8Array(n),
      pass1: null,
      docTypes: null,
      cap: new Uint8Array(n),
      docCase: ws.docCase,
      allCaps: ws.allCaps,
      clusters: new Int32Array(n * levels),
      levels,
      infos: list,
    };
    for (let i = 0; i < n; i++) {
      const info = list[i] as WordInfo;
      const h = info.hashes;
      s.word[i] = h[0] as number;
      s.lower[i] = h[1] as number;
      s.shape[i] = h[2] as number;
      s.short[i] = h[3] as number;
      for (let k = 0; k < 8; k++) s.affix[i * 8 + k] = h[4 + k] as number;
      for (let k = 0; k < levels; k++) s.clusters[i * levels + k] = h[12 + k] as number;
      s.cap[i] = info.cap;
      s.caseBucket[i] = info.caseBucket;
      s.demonym[i] = info.demonym;
      s.firstName[i] = info.firstName;
    }
    return s;
  });
}

// Template numbers: each names one kind of feature; changing one invalidates trained models.
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, short: 5, affix: 6, lowerM1: 7, lowerP1: 8, lowerM2: 9, lowerP2: 10,
  shapeM1: 11, shapeP1: 12, shapeBi: 13, lowerBiL: 14, lowerBiR: 15, prev: 16, prev2: 17, prevLower: 18,
  prevShape: 19, first: 20, allCapsLower: 21, gaz: 22, gazM1: 23, gazP1: 24, hist: 25, histMajor: 26, docCase: 27,
  shortTri: 28, demonym: 29, capWindow: 30, wordM1: 31, wordP1: 32, histShape: 33, docCaseFirst: 34, suffixM1: 35,
  allCapsShape: 36, histPrevType: 37, cluster: 38, clusterM1: 39, clusterP1: 40, clusterPrev: 41,
  firstName: 42, firstNameM1: 43, caseRatio: 49, caseRatioM1: 50, caseRatioP1: 51, clusterM2: 52, clusterP2: 53, clusterShape: 54, lowerM3: 55, lowerP3: 56, wordBi: 57, wordBiL: 58, pass1: 44, pass1Window: 45, docTypes: 46, docTypesShape: 47, pass1Next: 48,
} as const;

/** The feature template numbers (the fast decoder builds the same feature ids). */
export const TEMPLATES = T;

/** Counts of the entity types (by type index) that a lower-cased word got earlier in the document. */
export type History = Map<number, Int32Array>;

/** Records the labels of a tagged sentence into the document history. */
export function recordHistory(hist: History, s: PreparedSentence, labels: ArrayLike<number>): void {
  for (let i = 0; i < s.n; i++) {
    const t = labelType(labels[i] as number);
    if (t < 0 || !s.cap[i]) continue;
    const key = s.lower[i] as number;
    let c = hist.get(key);
    if (!c) {
      c = new Int32Array(4);
      hist.set(key, c);
    }
    c[t] = (c[t] as number) + 1;
  }
}

/** `recordHistory` for a sentence prepared by `prepareWords`: the same counts. */
export function recordWordHistory(hist: History, s: WordSentence, labels: ArrayLike<number>): void {
  for (let i = 0; i < s.n; i++) {
    const t = labelType(labels[i] as number);
    const info = s.infos[i] as WordInfo;
    if (t < 0 || !info.cap) continue;
    const key = info.hashes[1] as number;
    let c = hist.get(key);
    if (!c) {
      c = new Int32Array(4);
      hist.set(key, c);
    }
    c[t] = (c[t] as number) + 1;
  }
}

/** Writes the feature ids of token `i` (given the two previous labels) into `out`; returns how many. */
export function tokenFeatures(s: PreparedSentence, i: number, prev1: number, prev2: number, hist: History, out: Int32Array): number {
  let n = 0;
  const at = (a: Int32Array, j: number, edge: number): number => (j < 0 ? START : j >= s.n ? END : (a[j] as number)) || edge;
  const w = s.word[i] as number;
  const l = s.lower[i] as number;
  const sh = s.shape[i] as number;
  const lm1 = at(s.lower, i - 1, START);
  const lp1 = at(s.lower, i + 1, END);
  const shm1 = at(s.shape, i - 1, START);
  const shp1 = at(s.shape, i + 1, END);
  out[n++] = feat1(T.bias, 0);
  out[n++] = feat1(T.word, w);
  out[n++] = feat1(T.lower, l);
  out[n++] = feat1(T.shape, sh);
  out[n++] = feat1(T.short, s.short[i] as number);
  for (let k = 0; k < 8; k++) {
    const a = s.affix[i * 8 + k] as number;
    if (a) out[n++] = feat2(T.affix, k, a);
  }
  out[n++] = feat1(T.lowerM1, lm1);
  out[n++] = feat1(T.lowerP1, lp1);
  out[n++] = feat1(T.lowerM2, at(s.lower, i - 2, START));
  out[n++] = feat1(T.lowerP2, at(s.lower, i + 2, END));
  out[n++] = feat1(T.lowerM3, at(s.lower, i - 3, START));
  out[n++] = feat1(T.lowerP3, at(s.lower, i + 3, END));
  out[n++] = feat2(T.wordBi, w, at(s.word, i + 1, END));
  out[n++] = feat2(T.wordBiL, at(s.word, i - 1, START), w);
  out[n++] = feat1(T.wordM1, at(s.word, i - 1, START));
  out[n++] = feat1(T.wordP1, at(s.word, i + 1, END));
  out[n++] = feat2(T.shapeM1, shm1, sh);
  out[n++] = feat2(T.shapeP1, sh, shp1);
  out[n++] = feat3(T.shapeBi, shm1, sh, shp1);
  out[n++] = feat2(T.lowerBiL, lm1, l);
  out[n++] = feat2(T.lowerBiR, l, lp1);
  out[n++] = feat3(T.shortTri, at(s.short, i - 1, START), s.short[i] as number, at(s.short, i + 1, END));
  out[n++] = feat3(
    T.capWindow,
    i > 0 ? (s.cap[i - 1] as number) : 2,
    s.cap[i] as number,
    i + 1 < s.n ? (s.cap[i + 1] as number) : 2,
  );
  if (i > 0) {
    const sfx = s.affix[(i - 1) * 8 + 6] as number;
    if (sfx) out[n++] = feat1(T.suffixM1, sfx);
  }
  out[n++] = feat1(T.prev, prev1);
  out[n++] = feat2(T.prev2, prev1, prev2);
  out[n++] = feat2(T.prevLower, prev1, l);
  out[n++] = feat2(T.prevShape, prev1, sh);
  if (i === 0) out[n++] = feat1(T.first, sh);
  if (s.allCaps) {
    out[n++] = feat1(T.allCapsLower, l);
    out[n++] = feat1(T.allCapsShape, s.short[i] as number);
  }
  const L = s.levels;
  for (let k = 0; k < L; k++) out[n++] = feat2(T.cluster, k, s.clusters[i * L + k] as number);
  if (L > 0) {
    const k = Math.min(1, L - 1);
    for (let q = 0; q < L; q++) {
      out[n++] = feat2(T.clusterM1, q, i > 0 ? (s.clusters[(i - 1) * L + q] as number) : -1);
      out[n++] = feat2(T.clusterP1, q, i + 1 < s.n ? (s.clusters[(i + 1) * L + q] as number) : -1);
    }
    out[n++] = feat2(T.clusterM2, k, i > 1 ? (s.clusters[(i - 2) * L + k] as number) : -1);
    out[n++] = feat2(T.clusterP2, k, i + 2 < s.n ? (s.clusters[(i + 2) * L + k] as number) : -1);
    out[n++] = feat2(T.clusterPrev, prev1, s.clusters[i * L + k] as number);
    out[n++] = feat3(T.clusterShape, L - 1, s.clusters[i * L + L - 1] as number, s.short[i] as number);
  }
  const g = s.gaz[i] as number;
  if (g) out[n++] = feat1(T.gaz, g);
  if (i > 0 && s.gaz[i - 1]) out[n++] = feat2(T.gazM1, s.gaz[i - 1] as number, g);
  if (i + 1 < s.n && s.gaz[i + 1]) out[n++] = feat2(T.gazP1, s.gaz[i + 1] as number, g);
  if (s.demonym[i]) out[n++] = feat1(T.demonym, 1);
  const cb = s.caseBucket[i] as number;
  out[n++] = feat3(T.caseRatio, cb, s.cap[i] as number, s.allCaps ? 2 : i === 0 ? 1 : 0);
  out[n++] = feat2(T.caseRatioM1, i > 0 ? (s.caseBucket[i - 1] as number) : 9, cb);
  out[n++] = feat2(T.caseRatioP1, cb, i + 1 < s.n ? (s.caseBucket[i + 1] as number) : 9);
  if (s.firstName[i]) out[n++] = feat2(T.firstName, 1, i + 1 < s.n ? (s.cap[i + 1] as number) : 2);
  if (i > 0 && s.firstName[i - 1]) out[n++] = feat2(T.firstNameM1, 1, s.cap[i] as number);
  if (s.pass1 && s.docTypes) {
    const p = s.pass1[i] as number;
    out[n++] = feat1(T.pass1, p);
    out[n++] = feat3(T.pass1Window, i > 0 ? (s.pass1[i - 1] as number) : -1, p, i + 1 < s.n ? (s.pass1[i + 1] as number) : -1);
    out[n++] = feat2(T.pass1Next, p, prev1);
    const dt = s.docTypes[i] as number;
    out[n++] = feat2(T.docTypes, dt, s.cap[i] as number);
    out[n++] = feat3(T.docTypesShape, dt, s.short[i] as number, p === 0 ? 0 : 1);
  }
  const dc = s.docCase[i] as number;
  out[n++] = feat2(T.docCase, dc, s.cap[i] as number);
  if (i === 0 || s.allCaps) out[n++] = feat2(T.docCaseFirst, dc, s.allCaps ? 1 : 0);
  if (s.cap[i]) {
    const h = hist.get(l);
    if (h) {
      let best = -1;
      let bestCount = 0;
      for (let t = 0; t < 4; t++) {
        const c = h[t] as number;
        if (c > 0) out[n++] = feat1(T.hist, t);
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
      out[n++] = feat2(T.histMajor, best, s.short[i] as number);
      out[n++] = feat2(T.histPrevType, best, labelType(prev1) + 1);
    } else {
      out[n++] = feat2(T.histShape, -1, s.short[i] as number);
    }
  }
  return n;
}

/** Gives a prepared document the first pass's labels: each token's own, and the types its word got elsewhere. */
export function attachFirstPass(doc: readonly PreparedSentence[], labels: readonly Int32Array[]): PreparedSentence[] {
  const types = new Map<number, number>();
  doc.forEach((s, si) => {
    const l = labels[si] as Int32Array;
    for (let i = 0; i < s.n; i++) {
      const t = labelType(l[i] as number);
      if (t >= 0) types.set(s.lower[i] as number, (types.get(s.lower[i] as number) ?? 0) | (1 << t));
    }
  });
  return doc.map((s, si) => {
    const docTypes = new Uint8Array(s.n);
    for (let i = 0; i < s.n; i++) docTypes[i] = types.get(s.lower[i] as number) ?? 0;
    return { ...s, pass1: labels[si] as Int32Array, docTypes };
  });
}

/** Room enough for one token's features. */
export const MAX_TOKEN_FEATURES = 96;
