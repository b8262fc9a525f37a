// `npm run eval -- ud GOLD.conllu [SYSTEM.conllu]`: UPOS, XPOS, lemma accuracy, UAS and LAS on gold tokenisation (punctuation included).
import { readFileSync } from 'node:fs';
import { DatelineError } from '../core/errors.js';
import { readConllu, type UdSentence, type UdWord } from '../syntax/conllu.js';
import { loadLemmatizer, loadParser, loadTagger } from '../syntax/models.js';
import { normaliseForm } from '../syntax/word-features.js';

/** Per-column accuracy of a system file against a gold file. */
export interface UdScores {
  readonly words: number;
  readonly sentences: number;
  readonly upos: number;
  readonly xpos: number;
  readonly lemma: number;
  readonly uas: number;
  readonly las: number;
  readonly lasFull: number;
}

/** Scores system sentences against gold ones word by word; both must share the tokenisation. */
export function scoreUd(gold: readonly UdSentence[], system: readonly UdSentence[], file = '<system>'): UdScores {
  if (gold.length !== system.length) {
    throw new DatelineError('PARSE_ERROR', `expected ${gold.length} sentences as in the gold file, found ${system.length}`, { file });
  }
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  gold.forEach((g, si) => {
    const s = system[si] as UdSentence;
    if (s.words.length !== g.words.length) {
      throw new DatelineError('PARSE_ERROR', `sentence ${si + 1} (${g.id}): expected ${g.words.length} words as in the gold file, found ${s.words.length}`, { file });
    }
    g.words.forEach((gw, i) => {
      const sw = s.words[i] as UdWord;
      n++;
      if (sw.upos === gw.upos) upos++;
      if (sw.xpos === gw.xpos) xpos++;
      if (sw.lemma === gw.lemma) lemma++;
      if (sw.head === gw.head) {
        uas++;
        // The CoNLL 2018 shared task's LAS compares universal relations only (subtypes ignored); `lasFull` keeps them.
        if (sw.deprel.split(':')[0] === gw.deprel.split(':')[0]) las++;
        if (sw.deprel === gw.deprel) lasFull++;
      }
    });
  });
  const r = (k: number): number => (n ? k / n : 0);
  return { words: n, sentences: gold.length, upos: r(upos), xpos: r(xpos), lemma: r(lemma), uas: r(uas), las: r(las), lasFull: r(lasFull) };
}

/** Runs the shipped tagger, lemmatiser and parser on the gold file's words. */
export function analyseUd(gold: readonly UdSentence[]): UdSentence[] {
  const tagger = loadTagger();
  const lemmatizer = loadLemmatizer();
  const parser = loadParser();
  return gold.map((g) => {
    const forms = g.words.map((w) => w.form);
    const ids = tagger.tagIds(forms.map(normaliseForm));
    const tags = { xpos: [...ids.xpos].map((t) => tagger.xposTags[t] ?? 'X'), upos: [...ids.upos].map((t) => tagger.uposTags[t] ?? 'X') };
    const tree = parser.parse(forms, ids.xpos, ids.upos);
    const words: UdWord[] = g.words.map((w, i) => ({
      form: w.form,
      lemma: lemmatizer.lemmatize(w.form, tags.xpos[i] as string),
      upos: tags.upos[i] as string,
      xpos: tags.xpos[i] as string,
      head: tree.heads[i] as number,
      deprel: tree.deprels[i] as string,
      spaceAfter: w.spaceAfter,
    }));
    return { id: g.id, text: g.text, words };
  });
}

/** Prints the scores of SYSTEM (or of our own analysis) against GOLD. */
export async function main(args: string[]): Promise<number> {
  const [goldFile, systemFile] = args;
  if (!goldFile) {
    console.error('usage: npm run eval -- ud GOLD.conllu [SYSTEM.conllu]');
    return 2;
  }
  const gold = readConllu(readFileSync(goldFile, 'utf8'), goldFile);
  const t0 = performance.now();
  const system = systemFile ? readConllu(readFileSync(systemFile, 'utf8'), systemFile) : analyseUd(gold);
  const ms = performance.now() - t0;
  const s = scoreUd(gold, system, systemFile ?? '<ours>');
  const pct = (x: number): string => (100 * x).toFixed(2);
  console.log(`${goldFile}: ${s.sentences} sentences, ${s.words} words${systemFile ? '' : ` (analysed in ${(ms / 1000).toFixed(1)} s)`}`);
  console.log(`UPOS ${pct(s.upos)}  XPOS ${pct(s.xpos)}  Lemma ${pct(s.lemma)}  UAS ${pct(s.uas)}  LAS ${pct(s.las)}  (LAS with subtypes ${pct(s.lasFull)})`);
  return 0;
}
