// Acts named as the charge of a legal step ("charged a man with killing his neighbour"): who is said to have done them.
import { childrenWith, deprel, headOf, type ArticleIndex } from './sentence-view.js';

/** Verbs of legal steps whose "with" / "of" / "for" clause names an act the object is said to have done. */
const CHARGE_VERBS = new Set([
  'charge', 'accuse', 'convict', 'suspect', 'indict', 'arrest', 'detain', 'prosecute', 'sentence', 'jail', 'try',
  'acquit', 'clear', 'fine', 'sue', 'investigate', 'question', 'hold', 'blame', 'find',
]);
const CHARGE_MARKERS = new Set(['with', 'of', 'for']);

/** The party said to have done an alleged act: the token of its nominal and the legal step's verb. */
export interface AllegedAct {
  readonly holder: number;
  readonly step: number;
}

/**
 * When the verb at `token` is the act a legal step charges someone with ("charged X with killing Y", "X was
 * accused of spying", "three men suspected of planting bombs"), the one said to have done it; else null.
 */
export function allegedAct(index: ArticleIndex, token: number): AllegedAct | null {
  if (!index.parsed) return null;
  const rel = deprel(index, token);
  if (!rel.startsWith('advcl') && !rel.startsWith('acl') && !rel.startsWith('obl')) return null;
  const marked = (index.children[token] ?? []).some((c) => CHARGE_MARKERS.has(index.lower[c] ?? '') && /^(?:mark|case)$/.test(deprel(index, c)));
  if (!marked) return null;
  let step = headOf(index, token);
  if (step < 0) return null;
  // "charged a man with killing": the clause may hang on the object noun rather than on the verb.
  if (rel.startsWith('acl') && !CHARGE_VERBS.has(index.lemma[step] ?? '')) {
    const noun = step;
    step = headOf(index, noun);
    if (step < 0 || !CHARGE_VERBS.has(index.lemma[step] ?? '') || !childrenWith(index, step, 'obj', 'nsubj:pass').includes(noun)) return null;
    return { holder: noun, step };
  }
  if (!CHARGE_VERBS.has(index.lemma[step] ?? '')) return null;
  const object = childrenWith(index, step, 'obj', 'nsubj:pass')[0];
  if (object !== undefined) return { holder: object, step };
  // "three men suspected of planting bombs": a participle on the noun it describes.
  if (deprel(index, step).startsWith('acl')) {
    const noun = headOf(index, step);
    if (noun >= 0) return { holder: noun, step };
  }
  return null;
}
