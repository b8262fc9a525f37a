// Tiny treebanks written inline for parser tests: one line per sentence, "words|heads|relations|XPOS|UPOS".
import { readConllu, type UdSentence } from './conllu.js';

/** The XPOS tags of the tiny treebanks, by id. */
export const TINY_XPOS = ['NNS', 'VBD', 'DT', 'NN', '.', 'IN', 'NNP'];
const UPOS = ['NOUN', 'VERB', 'DET', 'PUNCT', 'ADP', 'PROPN'];

/** The sentences of `rows` and their tag ids (over the small tag sets above), ready for `trainParser`. */
export function tinyTreebank(rows: readonly string[]): { train: UdSentence[]; tags: { xpos: number[]; upos: number[] }[] } {
  const text = rows
    .map((r) => {
      const [form, head, rel, xpos, upos] = r.split('|').map((f) => f.split(' '));
      return (form ?? []).map((w, i) => [i + 1, w, '_', upos?.[i], xpos?.[i], '_', head?.[i], rel?.[i], '_', '_'].join('\t')).join('\n');
    })
    .join('\n\n');
  const train = readConllu(text);
  const tags = train.map((s) => ({ xpos: s.words.map((w) => TINY_XPOS.indexOf(w.xpos)), upos: s.words.map((w) => UPOS.indexOf(w.upos)) }));
  return { train, tags };
}
