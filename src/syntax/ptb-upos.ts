// Converts Penn Treebank tags from other corpora (CoNLL-2003's POS column) to the UD English treebanks' XPOS spelling and a UPOS.
import type { UdSentence } from './conllu.js';

/** UPOS of each Penn tag when neither the word nor its context says otherwise. */
const DEFAULT_UPOS: Readonly<Record<string, string>> = {
  CC: 'CCONJ', CD: 'NUM', DT: 'DET', EX: 'PRON', FW: 'X', IN: 'ADP', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', LS: 'NUM',
  MD: 'AUX', NN: 'NOUN', NNS: 'NOUN', NNP: 'PROPN', NNPS: 'PROPN', PDT: 'DET', POS: 'PART', PRP: 'PRON', PRP$: 'PRON',
  RB: 'ADV', RBR: 'ADV', RBS: 'ADV', RP: 'ADP', SYM: 'SYM', TO: 'PART', UH: 'INTJ', VB: 'VERB', VBD: 'VERB', VBG: 'VERB',
  VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', WDT: 'PRON', WP: 'PRON', WP$: 'PRON', WRB: 'ADV', $: 'SYM', '#': 'SYM',
  HYPH: 'PUNCT', NFP: 'PUNCT', ADD: 'X', AFX: 'X', GW: 'X',
};

/** Majority UPOS of each (lower-case form, XPOS) pair in UD training data, kept where it differs from the default. */
export type UposLexicon = ReadonlyMap<string, string>;

/** Learns which words take a UPOS other than their XPOS's default (be -> AUX, that/DT -> PRON, not/RB -> PART, ...). */
export function buildUposLexicon(sentences: readonly UdSentence[]): UposLexicon {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const key = `${w.form.toLowerCase()}\t${w.xpos}`;
      const m = counts.get(key) ?? new Map<string, number>();
      m.set(w.upos, (m.get(w.upos) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    let top = '';
    let n = 0;
    let total = 0;
    for (const [u, k] of m) {
      total += k;
      if (k > n) [top, n] = [u, k];
    }
    const xpos = key.slice(key.indexOf('\t') + 1);
    // Two sightings at least, so that a single annotation slip does not decide a word.
    if (total >= 2 && top !== (DEFAULT_UPOS[xpos] ?? 'PUNCT')) out.set(key, top);
  }
  return out;
}

const HAVE = new Set(['have', 'has', 'had', 'having', "'ve"]);
const DO = new Set(['do', 'does', 'did']);
const DEMONSTRATIVE = new Set(['that', 'this', 'these', 'those']);
// Tags that may stand between an auxiliary and its verb ("has not yet been", "did he say").
const BETWEEN = new Set(['RB', 'RBR', 'PRP', 'NNP', 'DT', 'NN', 'NNS']);

/** Whether a verb with an XPOS in `targets` follows position i within three words, across adverbs and a subject only. */
function verbFollows(xpos: readonly string[], i: number, targets: ReadonlySet<string>): boolean {
  for (let j = i + 1; j < xpos.length && j <= i + 3; j++) {
    const t = xpos[j] as string;
    if (targets.has(t)) return true;
    if (!BETWEEN.has(t)) return false;
  }
  return false;
}

const VBN = new Set(['VBN']);
const VB = new Set(['VB']);

/** Whether a straight double quote is open across sentences (quotes often span several); reset per document. */
export interface QuoteState {
  open: boolean;
}

const CLOSERS = /^[.,;:?!)\]]/;

/** A CoNLL-2003 Penn tag as the UD treebanks spell it: brackets, straight quotes, the preposition "to". */
function udXpos(forms: readonly string[], tags: readonly string[], i: number, quotes: QuoteState): string {
  const form = forms[i] as string;
  const tag = tags[i] as string;
  if (tag === '(' || form === '(' || form === '[' || form === '{') return '-LRB-';
  if (tag === ')' || form === ')' || form === ']' || form === '}') return '-RRB-';
  if (tag === '"' || form === '"') {
    // Before punctuation or at the end a quote closes, at the start it opens; otherwise it alternates.
    const next = forms[i + 1];
    if (next === undefined || CLOSERS.test(next)) quotes.open = false;
    else if (i === 0) quotes.open = true;
    else quotes.open = !quotes.open;
    return quotes.open ? '``' : "''";
  }
  if (tag === 'NN|SYM') return 'NN';
  // Penn gives every "to" TO; the UD treebanks keep TO for the infinitive marker and give the preposition IN.
  if (tag === 'TO' && !infinitive(tags, i)) return 'IN';
  return tag;
}

/** Whether the "to" at i marks an infinitive: a base-form verb follows, possibly after adverbs ("to quickly sell"). */
function infinitive(tags: readonly string[], i: number): boolean {
  for (let j = i + 1; j < tags.length && j <= i + 3; j++) {
    const tag = tags[j];
    if (tag === 'VB') return true;
    if (tag !== 'RB') return false;
  }
  return false;
}

/** UD-style XPOS and UPOS for a sentence tagged with Penn tags; `quotes` carries open quotes from the previous sentence. */
export function ptbToUd(
  forms: readonly string[],
  tags: readonly string[],
  lexicon: UposLexicon,
  quotes: QuoteState = { open: false },
): { xpos: string[]; upos: string[] } {
  const xpos = forms.map((_, i) => udXpos(forms, tags, i, quotes));
  const upos = forms.map((f, i) => {
    const x = xpos[i] as string;
    const lower = f.toLowerCase();
    if (x.startsWith('VB') && HAVE.has(lower)) return verbFollows(xpos, i, VBN) ? 'AUX' : 'VERB';
    if (x.startsWith('VB') && DO.has(lower)) return verbFollows(xpos, i, VB) ? 'AUX' : 'VERB';
    if (x === 'DT' && DEMONSTRATIVE.has(lower)) {
      const next = xpos[i + 1] ?? '';
      return /^(NN|JJ|CD|VBG|\$)/.test(next) ? 'DET' : 'PRON';
    }
    if (x === 'IN' && lower === 'that') return 'SCONJ';
    return lexicon.get(`${lower}\t${x}`) ?? DEFAULT_UPOS[x] ?? 'PUNCT';
  });
  return { xpos, upos };
}
