// "X said Y must do Z": a demand from X to Y (PLOVER REQUEST, CAMEO 100) even when Z is no trigger of its own.
import { REPORTING_LEMMAS } from './modality.js';
import { subjectEntities } from './arguments.js';
import { deprel, headOf, type SentenceView } from './sentence-view.js';

/** One demand read from a modal "must" under a verb of saying. */
export interface ModalDemand {
  /** The "must" token and the verb it governs. */
  readonly modal: number;
  readonly verb: number;
  /** The verb of saying whose subject demands. */
  readonly reporter: number;
  readonly actor: readonly number[];
  readonly recipient: readonly number[];
}

/** Verbs of saying besides the reporting ones whose "that" clause with "must" states a demand. */
const DECLARING = new Set(['declare', 'conclude', 'stress', 'reiterate', 'warn', 'remind', 'demand', 'urge', 'emphasize', 'emphasise', 'repeat']);
const CLAUSAL = new Set(['ccomp', 'parataxis', 'advcl']);

/**
 * Demands in the sentence: a verb with the auxiliary "must" (or "have to"), not itself a trigger, in the clausal
 * complement of a verb of saying, with a named subject (the one asked) ("the administration declared that China
 * must drop its barriers"). With a parse only; the asker is the saying verb's subject, possibly none.
 */
export function modalDemands(view: SentenceView, triggers: ReadonlySet<number>): ModalDemand[] {
  const index = view.index;
  if (!index.parsed) return [];
  const out: ModalDemand[] = [];
  for (let j = view.first; j < view.end; j++) {
    if (index.lower[j] !== 'must' || !deprel(index, j).startsWith('aux')) continue;
    const verb = headOf(index, j);
    if (verb < 0 || triggers.has(verb)) continue;
    const up = headOf(index, verb);
    if (up < 0 || !CLAUSAL.has(deprel(index, verb).split(':')[0] ?? '')) continue;
    // A saying verb that is a trigger itself ("demanded that Y must") already codes the demand.
    if (triggers.has(up)) continue;
    const lemma = index.lemma[up] ?? '';
    if (!REPORTING_LEMMAS.has(lemma) && !DECLARING.has(lemma)) continue;
    const recipient = subjectEntities(view, verb);
    if (!recipient.length) continue;
    const actor = subjectEntities(view, up).filter((e) => !recipient.includes(e));
    out.push({ modal: j, verb, reporter: up, actor, recipient });
  }
  return out;
}
