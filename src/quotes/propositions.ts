// Tells a reported proposition from a bare object: "said (that) taxes will rise" reports something, "attacked the plan" does not.
import type { Analysis } from './analysis.js';
import { isAgentNoun } from '../events/participants.js';
import { SUBJECT_PRONOUNS, type WordRange } from './noun-phrase.js';

// Verbs whose object is a target or a thing, not a proposition: the criticised or praised object ("attacked the plan",
// "praised the police") is no one's statement, and the same verbs name violence ("rebels attacked a post").
const TARGET_OBJECT_VERBS = new Set([
  'attack', 'criticize', 'criticise', 'blast', 'slam', 'condemn', 'denounce', 'decry', 'mock', 'deride', 'ridicule',
  'praise', 'hail', 'laud', 'applaud', 'welcome', 'defend', 'reject', 'dismiss', 'chide', 'scold', 'rail', 'lash', 'bash',
  'rip', 'knock', 'taunt', 'tease', 'tout', 'promote', 'blame', 'accuse',
]);
// Verbs of saying with a common sense that takes a thing for object: "charged a man with murder", "reported a loss",
// "posted a profit", "maintained its dividend", "declared a dividend", "accepted bribes", "approved the merger",
// "signed an agreement": only a clause after them is reported speech.
// "denied the charges" is an act of refusal, not a report: only "denied (that) he ..." reports something.
const CLAUSE_ONLY_VERBS = new Set(['charge', 'report', 'post', 'maintain', 'observe', 'signal', 'indicate', 'add', 'pen', 'sing', 'state', 'issue', 'accept', 'allow', 'see', 'get', 'declare', 'assume', 'hear', 'approve', 'sign', 'deny']);
// Verbs of refusal: a "for" after their object belongs to the object ("rejected calls for an inquiry"), it gives no reason.
const REFUSAL_VERBS = new Set(['reject', 'dismiss', 'deny']);
// Naming verbs: "called the plan reckless" says something of the plan; "calling it reckless" names nothing.
const NAMING_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand', 'term', 'characterize', 'characterise']);
const WH_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'us', 'me', 'you']);

/**
 * Whether the complement starting at word `s` of the cue at `c` states something: a clause (`that ...`, a clause
 * without `that`, `whether ...`), rather than a bare object of a verb whose object is a target or a thing; `lemma`
 * is the cue's lemma.
 */
export function statesSomething(a: Analysis, c: number, s: number, lemma: string): boolean {
  const opener = a.words[s]!.lower;
  if (opener === 'that' || WH_OPENERS.has(opener)) return true;
  if (NAMING_VERBS.has(lemma)) return !OBJECT_PRONOUNS.has(opener);
  if (!TARGET_OBJECT_VERBS.has(lemma) && !CLAUSE_ONLY_VERBS.has(lemma)) return true;
  // "accused the government of lying", "criticised the mayor for closing the port": the charge or the reason is a
  // proposition about the object; so is a predicate on it ("derided the deal as toothless").
  const unitEnd = a.units[a.unitOf[s]!]!.to;
  const reason = lemma === 'accuse' ? 'of' : REFUSAL_VERBS.has(lemma) ? null : 'for';
  if (TARGET_OBJECT_VERBS.has(lemma) && ((reason !== null && hasWordAfter(a, s, unitEnd, reason)) || hasWordAfter(a, s, unitEnd, 'as'))) return true;
  if (lemma === 'see' && hasWordAfter(a, s, unitEnd, 'as')) return true;
  // "denied reports that it was for sale", "rejected claims he had lied": a noun for a claim with its clause after it.
  if (claimWithClause(a, s, unitEnd)) return true;
  if (lemma === 'deny' && deniedClause(a, s, unitEnd)) return true;
  // Without a parse only a pronoun subject shows a clause ("charged he had lied").
  if (!a.hasParse) return SUBJECT_PRONOUNS.has(opener) && opener !== 'it';
  // The relation by which the complement hangs on the cue: a clause (ccomp, parataxis) states something, an object not.
  let k = s;
  for (let steps = 0; steps < 30; steps++) {
    const h = a.words[k]!.head;
    if (h === null || h < 0) return false;
    if (h === c) break;
    k = h;
  }
  if (a.words[k]!.head !== c) return false;
  if (/^(?:ccomp|parataxis)/.test(a.words[k]!.deprel ?? '')) return true;
  // "saw the comment as a dig", "attacked the remarks as divisive": a predicate on the object is a proposition.
  if (a.children[c]!.some((x) => x > k && /^(?:obl|advcl|xcomp)/.test(a.words[x]!.deprel ?? '') && a.children[x]!.some((y) => a.words[y]!.lower === 'as' && y < x))) return true;
  // "accepted the reality that ...": an object noun with a clause of its own.
  return a.children[k]!.some((x) => /^(?:acl|ccomp)/.test(a.words[x]!.deprel ?? '') && a.children[x]!.some((y) => a.words[y]!.lower === 'that' && a.words[y]!.deprel === 'mark'));
}

// Nouns that name a claim, whose clause is what is denied or rejected.
const CLAIM_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions', 'speculation', 'rumour', 'rumours', 'rumor', 'rumors', 'accusation', 'accusations', 'charge', 'charges', 'assertion', 'assertions', 'notion', 'idea', 'view', 'belief', 'fears', 'fear']);

// Whether the object starting at `s` is a claim noun (within its first four words) followed by "that" or a pronoun subject.
function claimWithClause(a: Analysis, s: number, to: number): boolean {
  for (let k = s; k < to - 1 && k < s + 4; k++) {
    const w = a.words[k]!;
    if (/^[,;:.!?()\u2014]$/.test(w.text)) return false;
    if (!CLAIM_NOUNS.has(w.lower)) continue;
    const next = a.words[k + 1]!.lower;
    return next === 'that' || next === 'there' || (SUBJECT_PRONOUNS.has(next) && next !== 'it' && next !== 'you' && next !== 'who');
  }
  return false;
}

// Tags of the words of a noun phrase that may open a clause without "that" ("denied his forecasts were too rosy").
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that']);

// "denied his forecasts were too rosy", "denies having any role": a clause (a noun phrase, then a finite verb) or a
// gerund after "deny", however the parser attached it; "denied him a visa" and "denied X the chance to" are no clause.
function deniedClause(a: Analysis, s: number, to: number): boolean {
  const first = a.words[s]!;
  if (first.upos === 'VERB' && first.lower.endsWith('ing')) return true;
  for (let k = s; k < to && k < s + 14; k++) {
    const w = a.words[k]!;
    if (k > s && (w.upos === 'AUX' || (w.upos === 'VERB' && !w.lower.endsWith('ing')))) return true;
    // An apposition may stand between the subject and its verb ("denied Mr X, his spokesman, said ..."); a relative
    // pronoun opens a clause about the object instead.
    if (w.text === ',' && k > s) continue;
    if (!PHRASE_TAGS.has(w.upos ?? '') || w.lower === 'to' || RELATIVE_WORDS.has(w.lower)) return false;
  }
  return false;
}

// Whether `lower` follows within the object's clause: before any punctuation, within a dozen words.
function hasWordAfter(a: Analysis, from: number, to: number, lower: string): boolean {
  for (let k = from + 1; k < to && k < from + 12; k++) {
    const w = a.words[k]!;
    if (w.lower === lower) return true;
    if (/^[,;:.!?()\u2014]$|^--$/.test(w.text)) return false;
  }
  return false;
}

// Verbs of letting and causing: "the bill will allow farmers to sell", "helped the party to win" report nothing.
const CAUSING_VERBS = new Set(['allow', 'let', 'enable', 'help', 'cause', 'force', 'permit', 'require', 'keep', 'get', 'lead', 'prompt', 'drive']);

/** Whether a verb lemma lets or causes rather than reports ("allow", "enable", "force"). */
export function isCausingVerb(lemma: string): boolean {
  return CAUSING_VERBS.has(lemma);
}

/** Whether the verb at word `i` is a participle modifying a noun ("the agency, called Water First,", "a poll released on Tuesday"). */
export function isReducedRelative(a: Analysis, i: number): boolean {
  const w = a.words[i]!;
  // A noun the parser made the root ("Campaign aides insisted ...") has no other verb: the participle is the verb.
  const noun = w.head === null || w.head < 0 ? null : a.words[w.head]!;
  if (!noun || noun.deprel === 'root') return false;
  return w.deprel !== null && w.deprel.startsWith('acl') && /(?:ed|told|shown|written|known|seen)$/.test(w.lower) &&
    !a.children[i]!.some((k) => /^(?:nsubj|aux|ccomp)/.test(a.words[k]!.deprel ?? ''));
}

// Verbs whose infinitive is a commitment only when someone makes it: "the arrest threatened to damage ties", "the
// season promises to be long" say what may happen, not what anyone said.
const COMMITMENT_VERBS = new Set(['threaten', 'promise']);

/** Whether a commitment cue ("threatened to ...") has a subject that can commit to nothing: no name, pronoun or noun for people. */
export function threatensNobody(a: Analysis, lemma: string, speaker: WordRange): boolean {
  if (!COMMITMENT_VERBS.has(lemma)) return false;
  for (let k = speaker.from; k < speaker.to; k++) {
    const w = a.words[k]!;
    if (/^\p{Lu}/u.test(w.text) || SUBJECT_PRONOUNS.has(w.lower) || w.lower === 'who') return false;
  }
  const head = a.words[speaker.to - 1]!;
  return !isAgentNoun(head.lemma ?? head.lower);
}
