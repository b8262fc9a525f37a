// Training copies of appositions with their title capitalised, as news writes them ("Seth DuCharme, the U.S. Attorney in Brooklyn").
import type { UdSentence, UdWord } from './conllu.js';
import type { SentenceTags } from './parser-train.js';

/** Tag ids the copies need (as the tagger numbers them). */
export interface TitleCaseTags {
  readonly NNP: number;
  readonly NNPS: number;
  readonly PROPN: number;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * For every training sentence with an apposition whose head is a lower-case common noun with a determiner, attached to
 * a proper name ("Maria Lopez, the finance minister, said"), a copy in which that noun and its noun compounds are
 * capitalised and tagged as the tagger tags capitalised titles (NNP / NNPS, PROPN), with the tree unchanged. Web
 * treebanks write such titles in lower case; news capitalises them, and the parser had learnt to read "Name, the
 * Title" there as a conjunction or a list.
 */
export function titleCaseAppositions(
  train: readonly UdSentence[],
  tags: readonly SentenceTags[],
  ids: TitleCaseTags,
): { sentences: UdSentence[]; tags: SentenceTags[] } {
  const sentences: UdSentence[] = [];
  const out: SentenceTags[] = [];
  train.forEach((s, si) => {
    const t = tags[si];
    if (!t) return;
    const words = s.words;
    const upper = new Set<number>();
    words.forEach((w, i) => {
      const head = words[w.head - 1];
      if (w.deprel !== 'appos' || w.upos !== 'NOUN' || !/^[a-z]/.test(w.form) || head?.upos !== 'PROPN') return;
      if (!words.some((x) => x.head === i + 1 && x.deprel === 'det')) return;
      upper.add(i);
      words.forEach((x, j) => {
        if (x.head === i + 1 && x.deprel === 'compound' && x.upos === 'NOUN' && /^[a-z]/.test(x.form)) upper.add(j);
      });
    });
    if (upper.size === 0) return;
    const xpos = Array.from(t.xpos);
    const upos = Array.from(t.upos);
    const copy: UdWord[] = words.map((w, i) => {
      if (!upper.has(i)) return w;
      const plural = w.xpos === 'NNS';
      xpos[i] = plural ? ids.NNPS : ids.NNP;
      upos[i] = ids.PROPN;
      return { ...w, form: capitalise(w.form), xpos: plural ? 'NNPS' : 'NNP', upos: 'PROPN' };
    });
    sentences.push({ ...s, id: `${s.id}-title-case`, words: copy });
    out.push({ xpos, upos });
  });
  return { sentences, tags: out };
}
