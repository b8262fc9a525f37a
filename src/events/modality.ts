// Negation, modality (asserted / reported / future / hypothetical) and tense cues around a trigger.
import type { Modality } from '../core/index.js';
import { childrenWith, deprel, headOf, isClauseBreak, uposOf, type ArticleIndex, type SentenceView } from './sentence-view.js';

/** What the words around a trigger say about the event's status. */
export interface ModalityCues {
  readonly negated: boolean;
  readonly modality: Modality;
  /** "will", "would", "going to": the act lies ahead of the speech time. */
  readonly future: boolean;
  /** "had arrested": a background fact before another past event. */
  readonly pluperfect: boolean;
  /** Token of the reporting verb whose clause holds the event ("said"), or -1. */
  readonly reporter: number;
  /** The modal auxiliary on the trigger ("would", "must"), or null. */
  readonly modal: string | null;
  /** The trigger sits in a subordinate clause (relative, adverbial, participle, purpose): background to the main act. */
  readonly subordinate: boolean;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', "'d", 'can', 'ca', 'likely', 'unlikely', 'possibly', 'perhaps', 'probably']);
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
const NEGATING_VERBS = new Set(['fail', 'failed', 'fails', 'failing', 'refrain', 'refrained', 'avoid', 'avoided']);
/** Verbs of saying whose complement clause is reported, not asserted by the article. */
export const REPORTING_LEMMAS = new Set([
  'say', 'tell', 'report', 'claim', 'state', 'add', 'note', 'insist', 'allege', 'contend', 'assert', 'testify', 'write',
  'according', 'suggest', 'believe', 'think', 'argue', 'announce', 'confirm', 'acknowledge', 'explain', 'maintain', 'suspect', 'accuse',
]);
const REPORTING_FORMS = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'claimed', 'claims', 'according', 'alleged', 'allegedly', 'stated', 'added', 'noted', 'accused', 'suspected', 'reportedly', 'testified', 'insisted', 'believed']);
const BREAK_BACK = new Set([',', ';', ':', 'that', 'and', 'but', 'who', 'which', 'because', 'after', 'before', 'when', 'while', '"', '\u201c', '\u201d', 'as']);

function auxCues(words: readonly string[]) {
  let negated = false;
  let future = false;
  let hypothetical = false;
  let pluperfect = false;
  let modal: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (NEGATORS.has(w)) negated = true;
    else if (NEGATING_VERBS.has(w)) negated = true;
    else if (FUTURE.has(w)) future = true;
    else if (HYPOTHETICAL.has(w)) {
      hypothetical = true;
      modal = w;
    } else if ((w === 'have' || w === 'has' || w === 'had') && words[k + 1] === 'to') modal = 'must';
    else if (w === 'had' || w === "'d") pluperfect = true;
    else if (w === 'going' && words[k + 1] === 'to') future = true;
  }
  return { negated, future, hypothetical, pluperfect, modal };
}

/** The auxiliary words that belong to the trigger's verb group. */
function auxiliaries(index: ArticleIndex, view: SentenceView, i: number): string[] {
  if (index.parsed) {
    const out = childrenWith(index, i, 'aux', 'advmod', 'neg', 'mark').map((c) => index.lower[c] ?? '');
    // A governing "failed to" or "going to" sits on the head of an xcomp.
    if (deprel(index, i) === 'xcomp') {
      const h = headOf(index, i);
      if (h >= 0) out.push(index.lemma[h] ?? '', ...childrenWith(index, h, 'aux', 'advmod').map((c) => index.lower[c] ?? ''));
    }
    return out;
  }
  const out: string[] = [];
  for (let j = i - 1; j >= view.first && j >= i - 5; j--) {
    const w = index.lower[j] ?? '';
    if (BREAK_BACK.has(w)) break;
    if (index.entityAt[j] !== -1) break;
    out.unshift(w);
  }
  return out;
}

function conditionalClause(index: ArticleIndex, view: SentenceView, i: number): boolean {
  if (index.parsed) {
    for (let h = i, steps = 0; h >= 0 && steps < 3; h = headOf(index, h), steps++) {
      if (childrenWith(index, h, 'mark').some((m) => CONDITIONAL.has(index.lower[m] ?? ''))) return true;
      if (deprel(index, h) !== 'conj' && deprel(index, h) !== 'xcomp') break;
    }
    return false;
  }
  for (let j = i - 1; j >= view.first && j >= i - 8; j--) {
    const w = index.lower[j] ?? '';
    if (CONDITIONAL.has(w)) return true;
    if (w === ',' || w === ';') break;
  }
  return false;
}

/** The reporting verb whose clause holds the trigger, or -1. */
function findReporter(index: ArticleIndex, view: SentenceView, i: number): number {
  if (index.parsed) {
    let h = i;
    for (let steps = 0; steps < 4; steps++) {
      const rel = deprel(index, h);
      const up = headOf(index, h);
      if (up < 0) break;
      if (REPORTING_LEMMAS.has(index.lemma[up] ?? '') && (rel === 'ccomp' || rel === 'parataxis' || rel === 'advcl' || rel === 'xcomp' || rel === 'obl')) return up;
      // The reporting verb may be the child (", officials said" attached as parataxis to the event's verb).
      h = up;
    }
    const dependent = childrenWith(index, i, 'parataxis').find((c) => REPORTING_LEMMAS.has(index.lemma[c] ?? ''));
    if (dependent !== undefined) return dependent;
    // Parsers often attach reported clauses loosely: fall back to word order.
  }
  for (let j = i - 1; j >= view.first; j--) if (REPORTING_FORMS.has(index.lower[j] ?? '')) return j;
  for (let j = i + 1; j < view.end; j++) {
    if (REPORTING_FORMS.has(index.lower[j] ?? '')) {
      // Only a trailing ", X said" or '" X said' reports what went before.
      for (let k = j - 1; k > i && k >= j - 6; k--) {
        const w = index.lower[k] ?? '';
        if (w === ',' || w === '"' || w === '\u201d') return j;
      }
    }
  }
  return -1;
}

const SUBORDINATORS = new Set(['unless', 'if', 'after', 'before', 'when', 'whom', 'who', 'which', 'because', 'while', 'since', 'until', 'whose', 'where', 'although', 'though', 'once']);

function isSubordinate(index: ArticleIndex, view: SentenceView, i: number, reporter: number): boolean {
  return parsedSubordinate(index, i, reporter) || orderSubordinate(index, view, i, reporter);
}

function parsedSubordinate(index: ArticleIndex, i: number, reporter: number): boolean {
  if (!index.parsed) return false;
  for (let h = i, steps = 0; h >= 0 && steps < 4; steps++) {
    const rel = deprel(index, h);
    if (rel.startsWith('advcl') || rel.startsWith('acl') || rel === 'csubj') return true;
    const up = headOf(index, h);
    // The clause a reporting verb introduces is the report's main content.
    if (up === reporter || up < 0) return false;
    if (rel !== 'conj' && rel !== 'xcomp' && rel !== 'ccomp' && rel !== 'parataxis') return false;
    h = up;
  }
  return false;
}

/** Word-order cues of a subordinate clause; also used with a parse, whose clause labels are the least reliable part. */
function orderSubordinate(index: ArticleIndex, view: SentenceView, i: number, reporter: number): boolean {
  const prev = index.lower[i - 1] ?? '';
  const form = index.lower[i] ?? '';
  // A participle straight after a noun is a reduced relative ("the curfew imposed in Sudan").
  if (form.endsWith('ed') && index.article.tokens[i - 1]?.upos === 'NOUN') return true;
  if (prev === 'to' || ((index.lower[i] ?? '').endsWith('ing') && (prev === ',' || prev === 'and' || prev === 'by' || prev === 'for'))) return true;
  for (let j = i - 1; j >= view.first && j >= i - 10; j--) {
    const w = index.lower[j] ?? '';
    if (SUBORDINATORS.has(w)) return true;
    if (w === ';' || w === ':' || (w === ',' && j < i - 1) || j === reporter) return false;
  }
  return false;
}

/** Lemmas that, governing an infinitive, put its act ahead without anyone doing it yet ("is expected to resign", "is set to", "plans to"). */
const PROSPECTIVE_LEMMAS = new Set(['expect', 'set', 'due', 'plan', 'intend', 'schedule', 'poise', 'aim', 'slate']);
/** The same as forms, for word order ("is due to", "plans to") and for triggers that are such verbs themselves. */
const PROSPECTIVE_FORMS = new Set([
  'expected', 'set', 'due', 'scheduled', 'poised', 'slated', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends',
  'intended', 'intending', 'aim', 'aims', 'aimed', 'aiming',
]);

/**
 * "The minister is expected to resign", "is due to", "plans to expel": the act lies ahead of the report; the trigger
 * is the infinitive under such a word, or (for "plans", "intends") that word itself before its infinitive.
 */
function prospective(index: ArticleIndex, view: SentenceView, i: number): boolean {
  const self = PROSPECTIVE_LEMMAS.has(index.lemma[i] ?? '') || PROSPECTIVE_FORMS.has(index.lower[i] ?? '');
  if (self && index.lemma[i] !== 'set' && index.lemma[i] !== 'due' && (index.lower[i + 1] === 'to' || (index.lower[i + 2] === 'to' && (index.lower[i + 1] ?? '').endsWith('ly')))) return true;
  if (index.parsed) {
    if (deprel(index, i) === 'xcomp') {
      const h = headOf(index, i);
      if (h >= 0 && PROSPECTIVE_LEMMAS.has(index.lemma[h] ?? '')) return true;
    }
  }
  // Word order as well ("is set to withdraw" parsed with the infinitive elsewhere): the form right before "to".
  if (index.lower[i - 1] !== 'to' || i - 2 < view.first) return false;
  const before = index.lower[i - 2] ?? '';
  return PROSPECTIVE_FORMS.has(before) && uposOf(index, i) !== 'NOUN';
}

/** Verbs whose object noun is the act they bring about ("will launch an attack", "would reach an agreement"). */
const NOMINAL_SUPPORT_LEMMAS = new Set(['carry', 'conduct', 'launch', 'make', 'stage', 'hold', 'begin', 'start', 'complete', 'continue', 'resume', 'mount', 'undertake', 'reach', 'sign', 'finalise', 'finalize', 'seal', 'strike', 'announce', 'impose', 'order', 'declare', 'call']);

/**
 * For an act noun, the verb whose auxiliaries govern it: the verb it is the subject of ("an agreement would be
 * reached", "the withdrawal will be completed", "there could be a strike") or the support verb it is the object of
 * ("will launch an attack"); -1 otherwise (the object of another act keeps its own time: "will condemn the attack").
 */
function nominalGovernor(index: ArticleIndex, i: number): number {
  if (!index.parsed || uposOf(index, i) !== 'NOUN') return -1;
  const rel = deprel(index, i);
  const h = headOf(index, i);
  if (h < 0) return -1;
  // A perfect after the modal ("a strike may have cost X") guesses about the past: the act itself happened.
  if (childrenWith(index, h, 'aux').some((c) => ['have', 'has', 'had'].includes(index.lower[c] ?? ''))) return -1;
  if (rel === 'nsubj:pass' || (rel === 'obj' && NOMINAL_SUPPORT_LEMMAS.has(index.lemma[h] ?? ''))) return h;
  // The act's subject: only of a verb of taking place ("a strike could begin") or a copula ("is likely", "there will be").
  if (rel === 'nsubj' && (OCCURRENCE_LEMMAS.has(index.lemma[h] ?? '') || childrenWith(index, h, 'cop').length > 0)) return h;
  return -1;
}

/** Verbs whose subject is an act that takes place ("the strike could begin", "an agreement may come soon"). */
const OCCURRENCE_LEMMAS = new Set(['be', 'begin', 'start', 'come', 'happen', 'occur', 'take', 'go', 'resume', 'follow', 'proceed', 'continue', 'end', 'last', 'materialise', 'materialize', 'emerge']);

/** Tags inside a noun phrase, which may stand between an act noun and the modal of the clause it is the subject of. */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART']);

/**
 * Word order for an act noun the parser did not make a subject ("said the withdrawal of troops from X will be
 * completed" parsed with the noun as the object of "said"): the modal right after its noun phrase, or [].
 */
function modalAfterNoun(index: ArticleIndex, view: SentenceView, i: number): string[] {
  if (uposOf(index, i) !== 'NOUN') return [];
  for (let j = i + 1; j < view.end && j <= i + 10; j++) {
    const w = index.lower[j] ?? '';
    if (FUTURE.has(w) || HYPOTHETICAL.has(w)) {
      if (index.parsed && uposOf(index, j) !== 'AUX') return [];
      // The verb after the modal: a passive ("will be completed") or one of taking place ("could begin"), not a
      // perfect ("may have cost") nor another act the noun causes ("would anger").
      let k = j + 1;
      while (index.lower[k] === 'not' || (index.lower[k] ?? '').endsWith('ly')) k++;
      const next = index.lower[k] ?? '';
      if (next === 'be' || OCCURRENCE_LEMMAS.has(index.lemma[k] ?? '')) return [w];
      return [];
    }
    if (!PHRASE_TAGS.has(uposOf(index, j)) || isClauseBreak(index, j)) return [];
  }
  return [];
}

/** Reads the negation, modality and tense cues for the trigger at `i`. */
export function readModality(index: ArticleIndex, view: SentenceView, i: number): ModalityCues {
  const words = auxiliaries(index, view, i);
  const cues = auxCues(words);
  const conditional = conditionalClause(index, view, i);
  const reporter = findReporter(index, view, i);
  // An act noun takes the time and mood of the clause it is the subject (or support object) of.
  const governor = nominalGovernor(index, i);
  const governing = governor >= 0 ? [...auxiliaries(index, view, governor), index.lower[governor] ?? ''] : modalAfterNoun(index, view, i);
  const clause = auxCues(governing);
  let modality: Modality = 'asserted';
  if (conditional) modality = 'hypothetical';
  else if (cues.future) modality = 'future';
  else if (cues.hypothetical) {
    // "said the department would drop the case": the future of a past report, not a hypothesis.
    modality = reporter !== -1 && words.includes('would') ? 'future' : 'hypothetical';
  } else if (clause.future) modality = 'future';
  else if (clause.hypothetical) modality = reporter !== -1 && governing.includes('would') ? 'future' : 'hypothetical';
  else if (prospective(index, view, i)) modality = 'future';
  else if (reporter !== -1) modality = 'reported';
  if (!index.parsed && isClauseBreak(index, i)) modality = 'asserted';
  return {
    negated: cues.negated,
    modality,
    // Only the trigger's own auxiliaries make a said-to-be-done act an intent: "is expected to resign" is no promise.
    future: modality === 'future' && (cues.future || (cues.hypothetical && words.includes('would'))),
    pluperfect: cues.pluperfect,
    reporter,
    modal: cues.modal,
    subordinate: isSubordinate(index, view, i, reporter),
  };
}
