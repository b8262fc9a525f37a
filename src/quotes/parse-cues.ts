// Reported content found through the parse: a cue verb's clause or object, or a cue noun's complement, for the cue lemmas learned from PolNeAR train.
import { allCapitals, type Analysis } from './analysis.js';
import { CUE_VERBS } from './cues.js';
import type { Attribution } from './attribute.js';
import { LEARNED_CUES } from './learned-cues.js';
import { subjectPhrase, TIME_WORDS, type WordRange } from './noun-phrase.js';
import { isCausingVerb, isReducedRelative, statesSomething, threatensNobody } from './propositions.js';

/** One parse-based candidate: the lexicon key of its cue ("v:seem", "n:decision", "p:speak:of") and the attribution it would make. */
export interface ParseCandidate {
  readonly key: string;
  readonly attribution: Attribution;
}

// The complement that holds the content, most clause-like first: "says (that) ...", "seems to ...", "cited the poll".
const VERB_COMPLEMENTS = ['ccomp', 'xcomp', 'obj'] as const;
// "the decision to ...", "his claim that ...", "her attack on ...".
const NOUN_COMPLEMENTS = ['acl', 'ccomp', 'nmod'] as const;
// "sure (that) he would win": only a clause.
const ADJECTIVE_COMPLEMENTS = ['ccomp'] as const;

// Subjects that name no source of a report.
const NO_SOURCE = new Set(['you', 'this', 'these', 'those']);

function isSubject(rel: string): boolean {
  return rel === 'nsubj';
}

/** The lexicon key of a word as a parse cue: "v:LEMMA" for verbs, "n:LEMMA" for nouns, "a:LEMMA" for adjectives, else null. */
export function parseCueKey(upos: string | null, lemma: string | null): string | null {
  if (lemma === null) return null;
  if (upos === 'VERB') return `v:${lemma}`;
  if (upos === 'NOUN') return `n:${lemma}`;
  if (upos === 'ADJ') return `a:${lemma}`;
  return null;
}

// The words a node heads, as [from, to): parse subtrees of news sentences are contiguous, or near enough.
function subtree(a: Analysis, node: number): WordRange {
  let from = node;
  let to = node + 1;
  const stack = [node];
  let guard = 0;
  while (stack.length > 0 && guard++ < 400) {
    const k = stack.pop()!;
    if (k < from) from = k;
    if (k + 1 > to) to = k + 1;
    for (const c of a.children[k]!) stack.push(c);
  }
  return { from, to };
}

// A noun phrase with a number among its own modifiers ("200,000 shares", "a dividend of five cts").
function countsSomething(a: Analysis, n: number): boolean {
  const stack = [n];
  for (let guard = 0; stack.length > 0 && guard < 60; guard++) {
    const k = stack.pop()!;
    if (a.words[k]!.upos === 'NUM') return true;
    for (const c of a.children[k]!) if (!/^(?:acl|relcl|ccomp|advcl)/.test(a.words[c]!.deprel ?? '')) stack.push(c);
  }
  return false;
}

function onlyAdverbs(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (a.words[k]!.upos !== 'ADV' && a.words[k]!.upos !== 'PART') return false;
  return true;
}

function overlapsAny(start: number, end: number, taken: readonly Attribution[]): boolean {
  for (const t of taken) if (t.start < end && start < t.end) return true;
  return false;
}

/**
 * Every parse-based candidate of an article that no attribution in `taken` overlaps: a verb with a subject and a
 * clause, infinitive or object after it, or a noun with a possessor and a complement after it; `keep` filters cue keys
 * before the work of building each. Without a parse, none.
 */
export function parseCandidates(a: Analysis, taken: readonly Attribution[], keep: (key: string) => boolean = () => true): ParseCandidate[] {
  if (!a.hasParse) return [];
  const out: ParseCandidate[] = [];
  const { words } = a;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w.upos !== 'VERB' && w.upos !== 'NOUN' && w.upos !== 'ADJ') || w.lemma === null || a.inQuote[i]! >= 0) continue;
    const kids = a.children[i]!;
    if (kids.length === 0) continue;
    const verb = w.upos === 'VERB';
    // "Democrats are afraid (that) turnout will sag", "she was sure he would win": a predicate adjective and its clause.
    const adjective = w.upos === 'ADJ';
    let comp = -1;
    for (const rel of adjective ? ADJECTIVE_COMPLEMENTS : verb ? VERB_COMPLEMENTS : NOUN_COMPLEMENTS) {
      comp = kids.find((k) => words[k]!.deprel === rel) ?? -1;
      if (comp >= 0) break;
    }
    if (adjective && comp < 0) continue;
    // "spoke of the legacy", "responded to the criticism": a prepositional object, a cue class of its own.
    let lexKey = parseCueKey(w.upos, w.lemma)!;
    if (comp < 0 && verb) {
      let prep = '';
      comp = kids.find((k) => words[k]!.deprel === 'obl' && k > i && a.children[k]!.some((c) => {
        if (words[c]!.deprel !== 'case' || c <= i || c > i + 3 || !onlyAdverbs(a, i + 1, c)) return false;
        prep = words[c]!.lower;
        return true;
      })) ?? -1;
      // The preposition is part of the key: "spoke of the war" reports, "spoke at the rally" does not.
      lexKey = `p:${w.lemma}:${prep}`;
    }
    if (comp < 0) continue;
    let subj = kids.find((k) => (verb || adjective ? isSubject(words[k]!.deprel ?? '') : words[k]!.deprel === 'nmod:poss')) ?? -1;
    // "wants to criticize X", "said A and argued B": the subject of the verb this one hangs on.
    if (subj < 0 && verb && (w.deprel === 'xcomp' || w.deprel === 'conj') && w.head !== null && w.head >= 0) {
      subj = a.children[w.head]!.find((k) => isSubject(words[k]!.deprel ?? '')) ?? -1;
    }
    // Nouns with no possessor ("allegations of fraud") were tried as a key class of their own: +0.1 F1 for -4 points
    // of precision in two-fold cross-validation on train, so they are left out.
    if (subj < 0 || !keep(lexKey)) continue;
    // A subject inside a quotation, or a cue right after one ('"...," said Ruiz'), is a misparse of an inverted cue.
    if (a.inQuote[subj]! >= 0 || (i > 0 && a.inQuote[i - 1]! >= 0) || (i > 1 && words[i - 1]!.text === ',' && a.inQuote[i - 2]! >= 0)) continue;
    // "..., said Tom Ruiz, an adviser to the family": an inverted subject has its content before the verb, and what
    // follows it is an apposition.
    if (verb && subj > i && comp > subj) continue;
    // "attacked the plan", "accepted bribes": an object that is a target or a thing reports nothing.
    if (verb && !lexKey.startsWith('p:') && words[comp]!.deprel === 'obj' && !statesSomething(a, i, comp, w.lemma)) continue;
    // "offered 200,000 shares", "declined 114 mln dlrs": an object counted in numbers, after a verb that is no verb of
    // saying, thinking or stance in our lexicon, is goods or money.
    if (verb && !lexKey.startsWith('p:') && words[comp]!.deprel === 'obj' && !CUE_VERBS.has(w.lemma) && countsSomething(a, comp)) continue;
    // An all-capitals headline ("RED LION INNS FILES PLANS OFFERING") parses badly and names no one's words.
    const unit = a.units[a.unitOf[i]!];
    if (unit && allCapitals(a, unit)) continue;
    // "the bill will allow farmers to sell", "the agency, called Water First,": letting, causing and naming by a
    // participle report nothing.
    if (verb && (isCausingVerb(w.lemma) || isReducedRelative(a, i))) continue;
    // "prices which are expected to trend higher": a passive cue's subject is what is expected, not who expects it.
    if (verb && kids.some((k) => words[k]!.deprel === 'aux:pass' || (words[k]!.deprel === 'aux' && /^(?:is|are|was|were|been|be|being)$/.test(words[k]!.lower) && /ed$/.test(w.lower)))) continue;
    // "the government's plan on Tuesday": a time is no content.
    if (!verb && TIME_WORDS.has(words[comp]!.lower)) continue;
    const span = subtree(a, comp);
    if (span.from <= i) continue;
    let from = span.from;
    while (from < span.to && (words[from]!.upos === 'PUNCT' || words[from]!.upos === 'CCONJ' || (lexKey.startsWith('p:') && words[from]!.deprel === 'case'))) from++;
    let to = span.to;
    while (to > from && words[to - 1]!.upos === 'PUNCT') to--;
    if (to <= from) continue;
    // "the report, which found that ...": the relative pronoun stands for the report.
    const speaker = subjectPhrase(a, a.words[subj]!.head ?? i, subj);
    if (verb && threatensNobody(a, w.lemma, speaker)) continue;
    // A generic "you" ("you see people make deals") or a demonstrative ("this could see jobs cut") is nobody's report.
    if (speaker.to - speaker.from === 1 && NO_SOURCE.has(words[speaker.from]!.lower)) continue;
    const start = words[from]!.start;
    const end = words[to - 1]!.end;
    if (overlapsAny(start, end, taken)) continue;
    // Content inside one quotation is that quotation's business.
    const q = a.inQuote[from]!;
    if (q >= 0 && a.quoted[q]!.end >= end) continue;
    out.push({
      key: lexKey,
      attribution: { start, end, kind: 'indirect', cue: { from: i, to: i + 1 }, speaker, inheritedFrom: null, quoted: null },
    });
  }
  return out;
}

/** The parse-based attributions whose cue is in the learned lexicon. */
export function attributeByParse(a: Analysis, taken: readonly Attribution[]): Attribution[] {
  return parseCandidates(a, taken, (key) => LEARNED_CUES.has(key)).map((c) => c.attribution);
}
