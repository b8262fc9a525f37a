// Finds who said what: cue words, the speaker of each quoted stretch, and reported clauses without quotation marks.
import { allCapitals, type Analysis, type Unit } from './analysis.js';
import { COGNITIVE_CUES, cueVerbOf, isNounLikeForm, type CueVerb } from './cues.js';
import { phraseLeft, phraseRight, subjectByParse, subjectLeft, SUBJECT_PRONOUNS, TIME_WORDS, type WordRange } from './noun-phrase.js';
import type { QuoteKind } from '../core/index.js';
import { attributeByParse } from './parse-cues.js';
import { attributeAsked, attributePassive } from './passive-cues.js';
import { attributeSpeechNouns } from './noun-cues.js';
import { isReducedRelative, statesSomething, threatensNobody } from './propositions.js';
import type { Word } from './words.js';

/** A cue found in the text: a speech verb (or "according to") and the phrase naming its speaker. */
export interface CueMatch {
  readonly cue: WordRange;
  readonly verb: CueVerb | null;
  readonly speaker: WordRange | null;
  /** True for "according to X". */
  readonly according: boolean;
}

/** One attribution before entity resolution: word ranges for speaker and cue, character span for content. */
export interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: WordRange | null;
  readonly speaker: WordRange | null;
  /** When the speaker was carried over from an earlier attribution (a quote with no cue of its own). */
  readonly inheritedFrom: number | null;
  /** Index into Analysis.quoted, for quotation-mark quotes. */
  readonly quoted: number | null;
}

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'this', 'that', "'s", 'my', 'your', 'no', 'any', 'such']);

/** The cue starting at word `i`, or null: "according to" anywhere, a verb of saying unless it reads as a noun. */
export function cueAt(a: Analysis, i: number, unit: Unit, stance = false): CueMatch | null {
  const w = a.words[i];
  if (!w || a.inQuote[i]! >= 0) return null;
  if (w.lower === 'according' && a.words[i + 1]?.lower === 'to') {
    // "according to exit polls", "according to a report by the inspector general": up to the clause's punctuation.
    let e = i + 2;
    while (e < unit.to && e < i + 14 && a.inQuote[e]! < 0 && !/^[,.;:!?()\u2014]$|^--$/.test(a.words[e]!.text)) e++;
    const speaker = phraseRight(a, i + 2, unit.to) ?? (e > i + 2 ? { from: i + 2, to: e } : null);
    return { cue: { from: i, to: i + 2 }, verb: null, speaker, according: true };
  }
  const candidate = a.verbs[i];
  if (!candidate || (candidate.stance && !stance)) return null;
  // Every caller asks about a word within its own unit, so the answer can be kept per word.
  let memo = CUE_MEMO.get(a);
  if (!memo) CUE_MEMO.set(a, (memo = new Map()));
  const key = stance ? -1 - i : i;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = verbCueAt(a, i, w, unit, stance);
  memo.set(key, found);
  return found;
}

const CUE_MEMO = new WeakMap<Analysis, Map<number, CueMatch | null>>();

function verbCueAt(a: Analysis, i: number, w: Word, unit: Unit, stance: boolean): CueMatch | null {
  if (w.upos !== null && w.upos !== 'VERB' && w.upos !== 'AUX' && !unit.headline) {
    if (w.upos === 'NOUN' || w.upos === 'ADJ' || w.upos === 'PROPN') return null;
  }
  // A capitalised cue word is a name ("The Washington Post", "the United States").
  if (/^\p{Lu}/u.test(w.text) && i > unit.from && !unit.headline) return null;
  const verb = a.verbs[i] ?? null;
  if (!verb || (verb.stance && !stance)) return null;
  // An all-capitals headline ("FED WEEKLY REPORT", "HOMES OFFERING PRICED") is full of nouns that look like cues: only
  // "SAYS" or "TELLS" counts there ("MINISTER SAYS ...").
  if (allCapitals(a, unit) && !/^(?:SAYS|SAID|TELLS|TOLD)$/.test(w.text)) return null;
  // "the program, called The Health Test,", "a poll released on Tuesday showed": a participle modifying a noun.
  if (isReducedRelative(a, i)) return null;
  const prev = a.words[i - 1];
  if (prev && NOUN_DETERMINERS.has(prev.lower) && !/^(?:said|told|wrote|added|noted)$/.test(w.lower)) return null;
  if (w.upos === null && isNounLikeForm(w.lower, verb.lemma)) {
    const next = a.words[i + 1];
    if (!(prev && (/^\p{Lu}/u.test(prev.text) || SUBJECT_PRONOUNS.has(prev.lower)))) return null;
    // "DNC rules permit", "Republican claims as": a noun before a verb or preposition; a verb opens its object.
    if (!next || !(/^(?:that|to|the|a|an|his|her|their|its|he|she|they|it|we|i|you|no|more|"|')$/.test(next.lower) || /^\p{Lu}/u.test(next.text))) return null;
  }
  // "-ing" forms ("saying", "adding that") take the subject of the clause they hang on; found later by the caller.
  const parsed = subjectByParse(a, i);
  const progressive = prev !== undefined && /^(?:is|are|was|were|'s|been|be|am|'re)$/.test(prev.lower);
  const shaped = w.lower.endsWith('ing') && !progressive ? null : subjectLeft(a, i, unit.from);
  // A subject right before the verb, found by shape, is surer than the parser's nsubj; the parse covers the rest.
  // A relative clause's subject ("Beck, who has in the past described") is surer through the parse.
  const relative = parsed !== null && parsed.to - 1 > parsed.from && a.words[parsed.to - 1]!.lower === 'who';
  // "Wells Fargo this month announced", "a panel in 2001 found": a time phrase right before the verb is no subject.
  let speaker = relative ? parsed : shaped && !isTimePhrase(a, shaped) ? shaped : parsed;
  if (speaker && isTimePhrase(a, speaker)) speaker = null;
  // "Trump is telling a veterans group ... and says he will ...": a second verb shares the first one's subject.
  if (!speaker && !parsed && prev && prev.lower === 'and') speaker = mainSubject(a, unit, i);
  // A subject inside a quotation is a misparse: '"... what he proposed," said Len Burman'.
  if (speaker && a.inQuote[speaker.from]! >= 0) speaker = null;
  return { cue: { from: i, to: i + 1 }, verb, speaker, according: false };
}

const MONTH_NAMES = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

// A phrase of nothing but time words, month names and years ("this month", "late August", "2001").
function isTimePhrase(a: Analysis, r: WordRange): boolean {
  for (let k = r.from; k < r.to; k++) {
    const w = a.words[k]!;
    if (!(TIME_WORDS.has(w.lower) || MONTH_NAMES.test(w.lower) || /^(?:1[89]|20)\d\d$/.test(w.text) || /^(?:mid|just|in)$/.test(w.lower))) return false;
  }
  return true;
}

function unitOfWord(a: Analysis, w: number): Unit | undefined {
  return a.units[a.unitOf[w] ?? -1];
}

const CLOSING_INNER = /[,?!\u2014\-:;]$/;

// After a closing mark: ", Ebrard said", "he asks", "said Ebrard, the foreign minister", "Leonard Burman, director of
// ..., said", "Flynn added Thursday". The cue must follow the quote in the same unit, with only its speaker between.
function speakerAfter(a: Analysis, qi: number, unit: Unit): CueMatch | null {
  const q = a.quoted[qi]!;
  const { words } = a;
  let k = firstWordOf(a, q.end);
  const inner = a.text.slice(q.innerStart, q.innerEnd).trimEnd();
  const sentenceEnded = /[.!?]$/.test(inner) && !CLOSING_INNER.test(inner);
  // '"... fail." Barrett said.' reads as its own unit: take it when it is nothing but speaker and cue.
  if (k >= unit.to && sentenceEnded && k < words.length) {
    const next = a.units[a.unitOf[k]!];
    if (next && next.from === k && next.paragraph === unit.paragraph && next.to - next.from <= 12) unit = next;
  }
  if (k >= unit.to || a.inQuote[k]! >= 0) return null;
  // "“...” ― Sonya Herridge": a dash and a name closing the unit.
  if (DASHES.has(words[k]?.text ?? '')) {
    const byline = phraseRight(a, k + 1, unit.to);
    if (byline && /^\p{Lu}/u.test(words[byline.from]!.text) && isUnitEndAfter(a, byline.to - 1, unit)) {
      return { cue: { from: k, to: k + 1 }, verb: null, speaker: byline, according: false };
    }
  }
  if (words[k]?.text === ',' || DASHES.has(words[k]?.text ?? '')) k++;
  const inverted = cueAt(a, k, unit);
  if (inverted) {
    if (inverted.according) return inverted;
    const right = phraseRight(a, k + 1, unit.to);
    if (right) return { ...inverted, speaker: right };
    return inverted.speaker && inverted.speaker.from >= k ? inverted : null;
  }
  const np = phraseRight(a, k, unit.to) ?? (SUBJECT_PRONOUNS.has(words[k]?.lower ?? '') ? { from: k, to: k + 1 } : null);
  if (!np) return null;
  let c = np.to;
  // An apposition set off by commas ("Burman, director of the ... Center, said"), or in parentheses.
  if (words[c]?.text === '(') {
    while (c < unit.to && words[c]!.text !== ')') c++;
    c++;
  }
  if (words[c]?.text === ',') {
    let e = c + 1;
    while (e < unit.to && e < c + 40 && words[e]!.text !== ',' && a.inQuote[e]! < 0) e++;
    if (words[e]?.text === ',') c = e + 1;
  }
  while (c < unit.to && SKIPPABLE.has(words[c]!.lower)) c++;
  const m = cueAt(a, c, unit);
  if (!m || m.according) return null;
  if (/[.]$/.test(inner) && !isUnitEndAfter(a, c, unit)) return null;
  return { ...m, speaker: np };
}

const DASHES = new Set(['\u2014', '\u2013', '\u2015', '--', '-']);

// Between a speaker named after a quotation and its verb: "Flynn later added", "Trump has often said".
const SKIPPABLE = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'once', 'again', 'recently', 'previously', 'repeatedly', 'would', 'will',
  'further', 'simply', 'often', 'famously', 'publicly', 'reportedly', 'quickly',
]);

// "... Trump said." ends the unit: only time words and punctuation after the cue (and its inverted speaker).
function isUnitEndAfter(a: Analysis, c: number, unit: Unit): boolean {
  for (let i = c + 1; i < unit.to; i++) {
    const w = a.words[i]!;
    if (!/^[\p{L}\p{N}]/u.test(w.text)) continue;
    if (TIME_WORDS.has(w.lower)) continue;
    return false;
  }
  return true;
}

// The content and speaker of "Claiming the vote was rigged, Ruiz ..." for the "-ing" cue at c opening the unit, or null.
function openingParticiple(a: Analysis, c: number, unit: Unit, verb: CueVerb, m: CueMatch): Attribution | null {
  const { words } = a;
  let k = c + 1;
  while (k < unit.to && k < c + 40 && words[k]!.text !== ',' && a.inQuote[k]! < 0) k++;
  if (words[k]?.text !== ',' || a.inQuote[k]! >= 0) return null;
  let speaker = phraseRight(a, k + 1, unit.to);
  if (!speaker) return null;
  // Without a tagger the phrase may run on into its verb ("Berg walked out"): a name ends with its capitalised words,
  // any phrase before a cue word.
  const capitalised = words[speaker.from]!.upos === null && /^\p{Lu}/u.test(words[speaker.from]!.text);
  for (let j = speaker.from + 1; j < speaker.to; j++) {
    if (words[j]!.upos === null && (a.verbs[j] || (capitalised && !/^[\p{Lu}.]/u.test(words[j]!.text)))) {
      speaker = { from: speaker.from, to: j };
      break;
    }
  }
  const s = complementStart(a, c, verb, unit);
  if (s >= k || k - s < 3 || hasQuoteBetween(a, s, k) || !statesSomething(a, c, s, verb.lemma)) return null;
  return { start: words[s]!.start, end: words[k - 1]!.end, kind: 'indirect', cue: m.cue, speaker, inheritedFrom: null, quoted: null };
}

// The content of "As Ruiz said, CLAUSE" or "As stated in the Ledger, CLAUSE" for the cue at c, or null.
function asReport(a: Analysis, c: number, unit: Unit, m: CueMatch, speaker: WordRange | null): Attribution | null {
  const { words } = a;
  let sp = speaker && speaker.from > unit.from && speaker.to <= c ? speaker : null;
  if (!sp && c === unit.from + 1 && /^(?:by|in)$/.test(words[c + 1]?.lower ?? '')) sp = phraseRight(a, c + 2, unit.to);
  if (!sp && c !== unit.from + 1) return null;
  const k = adjunctsEnd(a, c + 1, unit, m.verb?.object === true, m.verb?.lemma ?? null);
  if (words[k]?.text !== ',' || a.inQuote[k + 1]! >= 0) return null;
  const end = contentEnd(a, k + 1, unit);
  if (end - (k + 1) < 3 || hasQuoteBetween(a, k + 1, end)) return null;
  return { start: words[k + 1]!.start, end: words[end - 1]!.end, kind: 'indirect', cue: m.cue, speaker: sp, inheritedFrom: null, quoted: null };
}

const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'to', 'from', 'before', 'after', 'with', 'for', 'by']);

// The first word after a cue (from `from`) that is not one of its adjuncts: time words ("on Monday"), short
// prepositional phrases with no verb in them ("in an interview with the paper", "at a news conference"), and after a
// verb with a hearer the hearer ("told reporters"). Linear in the words skipped.
function adjunctsEnd(a: Analysis, from: number, unit: Unit, hearer: boolean, lemma: string | null): number {
  // "called for a moratorium", "spoke about the war": the verb's own prepositional object is no adjunct.
  const objects = lemma === null ? undefined : PREPOSITION_OBJECTS[lemma];
  const { words } = a;
  let k = from;
  if (hearer && k < unit.to && a.inQuote[k]! < 0 && (HEARER_SKIP.has(words[k]!.lower) || /^\p{Lu}/u.test(words[k]!.text))) {
    const np = phraseRight(a, k, unit.to);
    // The hearer is a short phrase: "asked the court for a recount" has its object after it.
    let e = k + 1;
    while (np && e < np.to && !/^(?:for|of|about|to|on|in|at|with)$/.test(words[e]!.lower)) e++;
    k = e;
  }
  while (k < unit.to && a.inQuote[k]! < 0) {
    const w = words[k]!;
    if (TIME_WORDS.has(w.lower)) {
      k++;
      continue;
    }
    if (!ADJUNCT_PREPOSITIONS.has(w.lower) || objects?.includes(w.lower) === true) break;
    let e = k + 1;
    while (e < unit.to && e < k + 12 && a.inQuote[e]! < 0) {
      const x = words[e]!;
      if (/^[,.;:!?()\u2014]$|^--$/.test(x.text)) break;
      if (x.lower === 'that' || (x.upos !== null ? x.upos === 'VERB' || x.upos === 'AUX' : a.verbs[e] !== null)) return k;
      e++;
    }
    if (e === k + 1 || (e < unit.to && a.inQuote[e]! >= 0) || e >= k + 12) return k;
    k = e;
  }
  return k;
}

// After an inverted speaker ("..., said Tom Ruiz"), nothing but its adjuncts and maybe an apposition ("..., said Tom Ruiz,
// an adviser to the family", "..., said Ruiz, who chairs the panel") closes the unit.
function speakerClosesUnit(a: Analysis, sp: WordRange, unit: Unit): boolean {
  const k = adjunctsEnd(a, sp.to, unit, false, null);
  if (k >= unit.to || isUnitEndAfter(a, k - 1, unit)) return true;
  // "..., said a handful of Democrats who point to his record."
  if (/^(?:who|whose)$/.test(a.words[k]!.lower)) return !hasQuoteBetween(a, k, unit.to);
  if (a.words[k]!.text !== ',' || k + 1 >= unit.to) return false;
  const n = a.words[k + 1]!;
  if (a.inQuote[k + 1]! >= 0 || /^(?:and|but|or|nor|so|yet|while|whereas|although|though|because|adding|saying|according)$/.test(n.lower)) return false;
  if (/^(?:a|an|the|who|whose|which|his|her|their|its)$/.test(n.lower) || /^\p{Lu}/u.test(n.text)) return !hasQuoteBetween(a, k + 1, unit.to);
  return n.upos === 'NOUN' || n.upos === 'ADJ' || n.upos === 'NUM';
}

// Before the opening mark, nearest first: "Ebrard said:", "he said of Barr:", "Trump tells his supporters to ...".
function speakerBefore(a: Analysis, unit: Unit, firstWord: number): CueMatch | null {
  // "Pat Caddell: Democrat Voters Worried ...; It’s ‘in Their Heads’": a name and a colon opening the unit.
  for (let c = unit.from + 1; c < firstWord && c <= unit.from + 6; c++) {
    if (a.words[c]!.text !== ':') continue;
    const np = phraseLeft(a, c, unit.from);
    if (np && np.from === unit.from && /^\p{Lu}/u.test(a.words[np.from]!.text)) return { cue: { from: c, to: c + 1 }, verb: null, speaker: np, according: false };
    break;
  }
  let unnamed: CueMatch | null = null;
  for (let c = firstWord - 1; c >= unit.from; c--) {
    if (a.inQuote[c]! >= 0) continue;
    const m = cueAt(a, c, unit);
    if (!m) continue;
    // "Ryan said the recent spate of shootings demands “more listening”": a subject that names no one gives way to a
    // named speaker further left, whose clause holds the nearer cue.
    if (m.speaker && !m.according && !isNamed(a, m.speaker)) {
      unnamed ??= m;
      continue;
    }
    if (m.speaker) return m;
    const ing = a.words[c]!.lower.endsWith('ing');
    if (ing) {
      const lead = clauseSubject(a, c, unit);
      if (lead) return { ...m, speaker: lead };
    }
  }
  return unnamed;
}

// A phrase that names someone: a capitalised word or a personal pronoun.
function isNamed(a: Analysis, r: WordRange): boolean {
  for (let k = r.from; k < r.to; k++) {
    const w = a.words[k]!;
    if (/^\p{Lu}/u.test(w.text) || (SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it')) return true;
  }
  return false;
}

const INTRODUCTORY = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'by', 'without', 'in', 'despite', 'besides']);

// The subject of the main clause an "-ing" cue hangs on: "Trump spoke Friday, saying ..." -> Trump; "After saying ..., she
// was ..." -> she.
function clauseSubject(a: Analysis, c: number, unit: Unit): WordRange | null {
  if (INTRODUCTORY.has(a.words[unit.from]!.lower) && c <= unit.from + 2) {
    for (let k = c + 1; k < unit.to - 1; k++) {
      if (a.inQuote[k]! >= 0 || a.words[k]!.text !== ',') continue;
      return phraseRight(a, k + 1, unit.to);
    }
    return null;
  }
  for (let v = c - 1; v > unit.from; v--) {
    if (a.inQuote[v]! >= 0 || a.words[v]!.lower.endsWith('ing')) continue;
    const m = cueAt(a, v, unit);
    if (m?.speaker) return m.speaker;
  }
  // "He staked out new positions, saying ...": the subject of the verb the "-ing" clause hangs on, through the parse.
  const head = a.words[c]!.head;
  if (head !== null && head >= unit.from && head < c && /^(?:advcl|xcomp|conj)/.test(a.words[c]!.deprel ?? '')) {
    const s = subjectByParse(a, head);
    if (s && s.to <= c && a.inQuote[s.from]! < 0 && !isTimePhrase(a, s)) return s;
  }
  const v = firstVerbish(a, unit);
  return phraseLeft(a, v, unit.from) ?? (v > unit.from ? subjectLeft(a, v, unit.from) : null);
}

function firstVerbish(a: Analysis, unit: Unit, before = unit.to): number {
  for (let i = unit.from; i < Math.min(unit.to, before); i++) {
    const w = a.words[i]!;
    if (a.inQuote[i]! >= 0) return unit.from;
    if ((w.upos === 'VERB' || w.upos === 'AUX') && i > unit.from) return i;
    if (w.upos === null && i > unit.from && /^(?:is|are|was|were|has|had|have|will|would|did|does|can|could|may|might|should|must|\p{Ll}+ed|\p{Ll}{2,}[^s']s)$/u.test(w.text)) return i;
  }
  return unit.from;
}

// Anywhere after the quote in its unit: "Trump has “enormous respect” for the military, Flynn said."
function speakerLater(a: Analysis, firstAfter: number, unit: Unit, partial: boolean): CueMatch | null {
  let unnamed: CueMatch | null = null;
  for (let c = firstAfter; c < unit.to; c++) {
    if (a.inQuote[c]! >= 0) continue;
    const m = cueAt(a, c, unit);
    if (!(m && m.speaker && (m.according || !m.verb?.postQuoteOnly || (partial && m.verb.framing)))) continue;
    if (m.according || isNamed(a, m.speaker!)) return m;
    unnamed ??= m;
  }
  return unnamed;
}

// The subject of the unit's main clause, for a quoted fragment in narration with no cue: "Reid's “con artist” jab ...".
function mainSubject(a: Analysis, unit: Unit, before: number): WordRange | null {
  // The sentence-opening name or pronoun found by shape first; the parse for the rest.
  const shaped = shapedSubject(a, unit, before);
  if (shaped) return shaped;
  if (a.hasParse) {
    // Up the tree from the quotation (or the cue): a cue verb's subject first, else the nearest clause's subject.
    const start = a.inQuote[before]! >= 0 && before + 1 < unit.to ? before + 1 : before;
    const q = a.inQuote[start]!;
    const outside = (k: number): boolean => q < 0 || a.inQuote[k] !== q;
    let nearest: WordRange | null = null;
    for (let k = a.words[start]!.head, steps = 0; k !== null && k >= 0 && steps < 40; k = a.words[k]!.head, steps++) {
      if (!outside(k)) continue;
      const s = subjectByParse(a, k);
      if (!s || (q >= 0 && a.inQuote[s.from] === q) || inDateline(a, s)) continue;
      const verb = a.verbs[k];
      if (verb && !verb.stance) return s;
      nearest ??= s;
    }
    return nearest;
  }
  return null;
}

function shapedSubject(a: Analysis, unit: Unit, before: number): WordRange | null {
  const v = firstVerbish(a, unit, before);
  if (v <= unit.from) return null;
  const s = subjectLeft(a, v, unit.from);
  // Without a parse only a sentence-opening name or pronoun is trusted as the subject.
  if (!s || s.to > before || s.to - s.from > 6) return null;
  const head = a.words.slice(s.from, s.to);
  const named = head.some((w) => /^\p{Lu}/u.test(w.text)) || SUBJECT_PRONOUNS.has(head[0]!.lower);
  const opens = s.from === unit.from || a.words[s.from - 1]!.text === ',';
  const nominal = head[0]!.upos === 'DET' || /^(?:the|a|an)$/.test(head[0]!.lower);
  return (named || (nominal && a.words[s.from]!.upos !== null)) && (opens || SUBJECT_PRONOUNS.has(head[0]!.lower)) ? s : null;
}

function firstWordOf(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DIRECT_BEFORE = new Set([':', ',', '\u2014', '-', '--', '(', ';']);

/** Attributes every quoted stretch: its kind, its cue and its speaker (or the speaker it continues). */
export function attributeQuoted(a: Analysis, options: { readonly keepUnattributed: boolean }): Attribution[] {
  const out: Attribution[] = [];
  // Every cue outside quotes with a speaker: a quote with no cue of its own continues the latest one before it.
  const anchors: Array<{ pos: number; paragraph: number; speaker: WordRange; cue: WordRange | null; from: number | null; weak: boolean }> = [];
  for (const unit of a.units) {
    for (let c = unit.from; c < unit.to; c++) {
      const m = cueAt(a, c, unit);
      // Framing and thinking verbs ("many women feel", "critics called it") are weak anchors: a speech cue near enough wins.
      const weak = m?.verb?.framing === true || COGNITIVE_CUES.has(m?.verb?.lemma ?? '') || (m?.speaker ? !isNamed(a, m.speaker) : false);
      // A subject inside a quotation is a misparse of an inverted cue, which the quotation's own attribution covers.
      if (m?.speaker && !m.verb?.postQuoteOnly && a.inQuote[m.speaker.from]! < 0) anchors.push({ pos: a.words[c]!.start, paragraph: unit.paragraph, speaker: m.speaker, cue: m.cue, from: null, weak });
    }
  }
  // Each stretch's own cue first; then a quote running over several paragraphs shares the cue one of its pieces has.
  const excluded: boolean[] = a.quoted.map(() => false);
  const own: Array<{ cue: WordRange | null; speaker: WordRange } | null> = a.quoted.map((q, qi) => {
    const first = firstWordOf(a, q.start);
    const unit = unitOfWord(a, first);
    if (!unit) return null;
    let firstAfter = first;
    while (firstAfter < a.words.length && a.words[firstAfter]!.start < q.end) firstAfter++;
    const kind = quoteKind(a, qi, unit, first);
    const inner = a.text.slice(q.innerStart, q.innerEnd);
    // Titles and names in quotation marks ("Face the Nation", "Hey Jude") and numbers are no one's words.
    if (!/\p{L}/u.test(inner) || (!unit.headline && looksLikeTitle(inner) && (kind === 'partial' || /\s\S/.test(inner.trim())))) {
      excluded[qi] = true;
      return null;
    }
    // A transcript line quoted whole: "PENCE: Well, look, ..." names its speaker inside the marks.
    const transcript = /^[\p{Lu}][\p{Lu}.' -]{1,30}:/u.exec(inner);
    if (transcript && kind === 'direct') {
      const colon = q.innerStart + transcript[0].length - 1;
      let k = first + 1;
      while (k < unit.to && a.words[k]!.start < colon) k++;
      if (a.words[k]?.text === ':' && k > first + 1) return { cue: { from: k, to: k + 1 }, speaker: { from: first + 1, to: k } };
    }
    let m = speakerAfter(a, qi, unit) ?? speakerBefore(a, unit, first);
    if (!m?.speaker || (!m.according && !isNamed(a, m.speaker))) {
      const later = speakerLater(a, firstAfter, unit, kind === 'partial');
      if (later?.speaker && (!m?.speaker || later.according || isNamed(a, later.speaker))) m = later;
    }
    if (m?.speaker) return { cue: m.cue, speaker: m.speaker };
    if (kind === 'partial') {
      const subject = mainSubject(a, unit, first);
      if (subject) return { cue: null, speaker: subject };
    }
    return null;
  });
  for (let i = 0; i < a.quoted.length; i++) {
    let j = i;
    while (j + 1 < a.quoted.length && !a.quoted[j]!.closed && a.quoted[j + 1]!.continued) j++;
    if (j === i) continue;
    const shared = own.slice(i, j + 1).find((m) => m !== null) ?? null;
    if (shared) for (let k = i; k <= j; k++) own[k] ??= { cue: null, speaker: shared.speaker };
    i = j;
  }

  let anchorIdx = 0;
  let latest: (typeof anchors)[number] | null = null;
  let latestStrong: (typeof anchors)[number] | null = null;
  for (const [qi, q] of a.quoted.entries()) {
    const first = firstWordOf(a, q.start);
    const unit = unitOfWord(a, first);
    if (!unit) continue;
    while (anchorIdx < anchors.length && anchors[anchorIdx]!.pos < q.start) {
      const cand = anchors[anchorIdx++]!;
      if (!latest || cand.pos > latest.pos) latest = cand;
      if (!cand.weak && (!latestStrong || cand.pos > latestStrong.pos)) latestStrong = cand;
    }
    const inner = a.text.slice(q.innerStart, q.innerEnd).trim();
    if (inner.length === 0 || excluded[qi]) continue;
    const kind = quoteKind(a, qi, unit, first);
    const match = own[qi];
    // Single-mark stretches outside headlines are often apostrophe noise or titles: keep only attributed ones.
    const single = !q.double;
    if (match) {
      out.push({ start: q.start, end: q.end, kind, cue: match.cue, speaker: match.speaker, inheritedFrom: null, quoted: qi });
      const m = match.cue ? a.verbs[match.cue.from] : null;
      latest = { pos: q.end, paragraph: unit.paragraph, speaker: match.speaker, cue: match.cue, from: out.length - 1, weak: m?.framing === true || COGNITIVE_CUES.has(m?.lemma ?? '') };
      if (!latest.weak) latestStrong = latest;
      continue;
    }
    if (latest?.weak && latestStrong && unit.paragraph - latestStrong.paragraph <= 1) latest = latestStrong;
    // A quote right after a sentence about someone, in the same paragraph and with no cue since: "On CNN, Sen. Ann Roe
    // (Vt.) named three reasons. "The first ...": the person that sentence is about.
    const lead = kind === 'direct' && !single ? leadSubject(a, unit, first, latest?.pos ?? -1) : null;
    if (lead) {
      out.push({ start: q.start, end: q.end, kind, cue: null, speaker: lead, inheritedFrom: null, quoted: qi });
      latest = { pos: q.end, paragraph: unit.paragraph, speaker: lead, cue: null, from: out.length - 1, weak: false };
      latestStrong = latest;
      continue;
    }
    // No cue of its own: a stand-alone quote takes the speaker of the latest cue before it (news convention).
    if (kind === 'direct' && !single && latest && unit.paragraph - latest.paragraph <= 1) {
      out.push({ start: q.start, end: q.end, kind, cue: null, speaker: latest.speaker, inheritedFrom: latest.from, quoted: qi });
      latest = { ...latest, pos: q.end, paragraph: unit.paragraph, from: latest.from ?? null };
      if (!latest.weak) latestStrong = latest;
      continue;
    }
    if (options.keepUnattributed && !single) {
      out.push({ start: q.start, end: q.end, kind, cue: null, speaker: null, inheritedFrom: null, quoted: qi });
    }
  }
  return out;
}

// The named subject of the sentence just before a quotation that opens its own sentence, when no cue came since.
function leadSubject(a: Analysis, unit: Unit, first: number, latestPos: number): WordRange | null {
  if (first !== unit.from) return null;
  const prev = a.units[a.unitOf[first]! - 1];
  if (!prev || prev.paragraph !== unit.paragraph || a.words[prev.from]!.start <= latestPos) return null;
  for (let k = prev.from; k < prev.to; k++) if (a.inQuote[k]! >= 0) return null;
  const s = shapedSubject(a, prev, prev.to);
  if (!s || !/^\p{Lu}/u.test(a.words[s.from]!.text) || SUBJECT_PRONOUNS.has(a.words[s.from]!.lower)) return null;
  return s;
}

const TITLE_SMALL = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|vs\.?|de|la|el)$/;

/** True for a quoted title or name ("Hey Jude", "The Apprentice"): every word capitalised, no sentence inside. */
export function looksLikeTitle(inner: string): boolean {
  const words = inner.replace(/[,.!?;:]+$/, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.!?;]\s/.test(inner)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.test(w)));
}

function inDateline(a: Analysis, r: WordRange): boolean {
  const d = a.dateline;
  return d !== null && a.words[r.from]!.start < d.end && d.start < a.words[r.to - 1]!.end;
}

// Direct when the quotation stands as a sentence or follows a cue, a colon or a comma; partial when it sits inside a clause.
function quoteKind(a: Analysis, qi: number, unit: Unit, first: number): QuoteKind {
  const q = a.quoted[qi]!;
  if (q.continued) return 'direct';
  const inner = a.text.slice(q.innerStart, q.innerEnd).trim();
  const before = first > unit.from ? a.words[first - 1] : undefined;
  const verb = before ? cueVerbOf(before.lower, before.lemma) : null;
  const beforeVerb = verb?.stance ? null : verb;
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(inner) || /^[.\u2026]/.test(inner);
  let kind: QuoteKind = !before || DIRECT_BEFORE.has(before.text) || (beforeVerb !== null && startsUpper) ? 'direct' : 'partial';
  if (kind === 'direct' && before && !startsUpper && before.text !== ':') kind = 'partial';
  return kind;
}

const HEARER_SKIP = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'supporters', 'listeners', 'viewers', 'voters', 'the', 'a', 'his', 'their', 'crowd', 'audience', 'court', 'jury', 'judge', 'congress', 'senators', 'lawmakers', 'members', 'committee', 'host', 'interviewer']);
const PREPOSITIONS = new Set(['of', 'about', 'on', 'to', 'for', 'with', 'in', 'at', 'by', 'from', 'into', 'during', 'after', 'before', 'over', 'under', 'through', 'as', 'so', 'than', 'and', 'or', 'but', 'up', 'out', 'off', 'down', 'it', 'yes', 'no', 'not', 'nothing', 'anything', 'something', 'this', 'otherwise', 'thanks', 'hello', 'goodbye', 'goodnight', 'sorry', 'hi', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'did', 'does']);
const ADJUNCT_NOUNS = new Set(['statement', 'interview', 'letter', 'post', 'tweet', 'speech', 'release', 'email', 'e-mail', 'memo', 'filing', 'report', 'op-ed', 'column', 'message', 'video', 'appearance', 'conference', 'call', 'rally', 'hearing', 'event', 'address', 'briefing', 'radio', 'television', 'broadcast', 'debate', 'session', 'meeting', 'remarks']);

// Skips what may stand between a cue and its reported clause: time words, "in a statement", "on Twitter", a hearer.
function complementStart(a: Analysis, c: number, verb: CueVerb | null, unit: Unit): number {
  const { words } = a;
  // "says at a campaign stop in Toledo, Ohio, that ...", "is telling a veterans group that ...": a nearby "that".
  const firstAfter = words[c + 1];
  if (firstAfter && (verb?.object || /^(?:at|in|on|during|after|before|to|with|from|while|through|via|over)$/.test(firstAfter.lower) || TIME_WORDS.has(firstAfter.lower))) {
    for (let k = c + 1; k < unit.to && k <= c + 16; k++) {
      const w = words[k]!;
      if (a.inQuote[k]! >= 0 || /^[.;:!?]$/.test(w.text) || (k > c + 1 && a.verbs[k])) break;
      // "threatened to damage the relationship that enables ...": a relative pronoun opens no reported clause.
      if (w.lower === 'that' && isRelativeThat(a, k)) break;
      if (w.lower === 'that') return k;
    }
  }
  let j = c + 1;
  let guard = 0;
  while (j < unit.to && guard++ < 25) {
    const w = words[j]!;
    // "on" is a time word only before a date ("said on Monday"); "said on CNBC" names a medium, "commented on X" a topic.
    const onDate = w.lower !== 'on' || TIME_WORDS.has(words[j + 1]?.lower ?? '') || MONTH_NAMES.test(words[j + 1]?.lower ?? '') || /^\d/.test(words[j + 1]?.text ?? '');
    if (onDate && TIME_WORDS.has(w.lower) && !(w.lower === 'this' && !/^(?:week|month|year|morning|afternoon|evening|weekend)$/.test(words[j + 1]?.lower ?? ''))) {
      j++;
      continue;
    }
    if (/^(?:in|on|at|during|via|through|over)$/.test(w.lower)) {
      // "in a statement", "in an interview with Fox News", "on Twitter", "at a rally in Ohio": skip to the adjunct's end.
      let k = j + 1;
      let sawAdjunct = false;
      while (k < unit.to && k < j + 12) {
        const x = words[k]!;
        if (ADJUNCT_NOUNS.has(x.lower) || /^(?:twitter|facebook|instagram|cnn|fox|msnbc|nbc|abc|cbs|npr|court)$/.test(x.lower)) sawAdjunct = true;
        if (x.lower === 'that' || x.text === ',' || x.text === ':' || a.inQuote[k]! >= 0) break;
        if (sawAdjunct && !/^(?:with|to|on|in|at|of|the|a|an|news|\p{Lu}.*)$/u.test(x.text) && !ADJUNCT_NOUNS.has(x.lower)) break;
        k++;
      }
      if (!sawAdjunct) return j;
      j = k;
      continue;
    }
    if (w.text === ',' && words[j + 1] && /^(?:in|on|at|during|citing)$/.test(words[j + 1]!.lower)) {
      j++;
      continue;
    }
    if (verb?.object && words[j]!.lower !== 'that') {
      const hearer = SUBJECT_PRONOUNS.has(w.lower) ? null : HEARER_SKIP.has(w.lower) || /^\p{Lu}/u.test(w.text) ? phraseRight(a, j, unit.to) ?? { from: j, to: j + 1 } : null;
      if (hearer && j === c + 1) {
        // "told the council the tunnel was safe": a second determiner opens the reported clause, not the hearer.
        let to = hearer.from + 1;
        while (to < hearer.to && !(NOUN_DETERMINERS.has(words[to]!.lower) && words[to]!.lower !== "'s")) to++;
        j = to;
        continue;
      }
    }
    break;
  }
  return j;
}

const PREPOSITION_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'], talk: ['about', 'of'], speak: ['about', 'of', 'out'], point: ['to', 'out'], focus: ['on'],
  vote: ['for', 'against'], look: ['at'], complain: ['about'], warn: ['about', 'of', 'against'], write: ['about', 'of'],
  ask: ['about', 'for'], argue: ['for', 'against'], express: [], rail: ['against'], lash: ['out'], push: ['for'],
};
// "commented on the letter", "agrees on who is a terrorist": the topic is the content, except after verbs of saying,
// where "on" names the medium ("said on CNBC").
const TOPIC_PREPOSITIONS = new Set(['on', 'about']);
const MEDIUM_VERBS = new Set(['say', 'add', 'tell', 'write', 'post', 'tweet', 'state', 'announce', 'declare', 'report', 'repeat', 'note', 'explain', 'insist', 'reply', 'respond']);
const INFINITIVE_CUES = new Set([
  'seem', 'appear',
  'want', 'plan', 'promise', 'pledge', 'vow', 'urge', 'agree', 'refuse', 'decline', 'seek', 'hope', 'intend', 'aim',
  'threaten', 'call', 'ask', 'tell', 'warn', 'encourage', 'demand', 'offer', 'propose', 'decide', 'expect', 'advise',
  'remind', 'push', 'recommend', 'request', 'swear', 'commit',
]);
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'if', 'whether', 'no', 'some', 'many', 'most', 'all', 'every', 'any', 'none', 'nobody', 'everyone', 'nothing', 'what', 'why', 'how', 'when', 'who', 'one']);
const POSTPOSED_SPLIT = new Set([',', '\u2014', '--']);

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'get', 'gets', 'got', 'gotten', 'getting']);

// Whether the cue at c is a past participle after a form of "be" or "get" (adverbs and "not" between allowed).
function passiveParticiple(a: Analysis, c: number, unit: Unit): boolean {
  if (!/(?:ed|told|sworn)$/.test(a.words[c]!.lower)) return false;
  let k = c - 1;
  while (k > unit.from && (a.words[k]!.upos === 'ADV' || a.words[k]!.lower === 'not' || /ly$/.test(a.words[k]!.lower))) k--;
  return k >= unit.from && PASSIVE_AUXILIARIES.has(a.words[k]!.lower);
}

function contentEnd(a: Analysis, from: number, unit: Unit): number {
  // Stop before a later ", adding ...", ", according to", ": " or a dash that opens another clause.
  for (let i = from; i < unit.to; i++) {
    const w = a.words[i]!;
    if (a.inQuote[i]! >= 0) continue;
    if ((w.text === ',' || w.text === ';') && a.words[i + 1]) {
      const n = a.words[i + 1]!;
      if (/^(?:adding|saying|noting|according|arguing|explaining|insisting|claiming|warning|calling|describing|accusing|urging|citing|he|she|they)$/.test(n.lower)) {
        const m = cueAt(a, i + 1, unit) ?? cueAt(a, i + 2, unit);
        if (m) return i;
      }
    }
    if (w.text === ':' && a.words[i + 1] && a.inQuote[i + 1]! >= 0) return i;
  }
  let end = unit.to;
  while (end > from && /^[.!?;:,\u2026]$/.test(a.words[end - 1]!.text)) end--;
  return end;
}

/**
 * Reported clauses without quotation marks: "X said (that) ...", "X told Y ...", "according to X, ...", "..., X said.";
 * then (unless `parse` is false) the parse-based ones these leave: the learned cue lexicon, passive cues ("is expected
 * to ..."), "Asked whether ...", and speech nouns with a "that" clause.
 */
export function attributeIndirect(a: Analysis, parse = true): Attribution[] {
  const out: Attribution[] = [];
  for (const [ui, unit] of a.units.entries()) {
    const line = speakerLine(a, ui);
    if (line) out.push(line);
    for (let c = unit.from; c < unit.to; c++) {
      if (a.inQuote[c]! >= 0) continue;
      const m = cueAt(a, c, unit, true);
      if (!m) continue;
      if (m.according) {
        if (!m.speaker) continue;
        const after = m.speaker.to;
        if (c === unit.from || (c === unit.from + 1 && /^\p{Lu}/u.test(a.words[unit.from]!.text) === false)) {
          // "According to X, CLAUSE."
          let s = after;
          while (s < unit.to && a.words[s]!.text !== ',') s++;
          s++;
          const end = contentEnd(a, s, unit);
          if (end > s) out.push(span(a, s, end, 'indirect', m));
        } else {
          let e = c;
          while (e > unit.from && POSTPOSED_SPLIT.has(a.words[e - 1]!.text)) e--;
          if (e > unit.from) out.push(span(a, unit.from, e, 'indirect', m));
        }
        c = after - 1;
        continue;
      }
      const verb = m.verb!;
      if (verb.postQuoteOnly) continue;
      const w = a.words[c]!;
      let speaker = m.speaker;
      // "Claiming the vote was rigged, Ruiz told the crowd ...": an "-ing" cue opening the sentence reports the clause up
      // to the comma, and the main clause's subject after it is the speaker.
      if (!speaker && c === unit.from && w.lower.endsWith('ing') && verb.indirect) {
        const opening = openingParticiple(a, c, unit, verb, m);
        if (opening) out.push(opening);
        continue;
      }
      if (!speaker && w.lower.endsWith('ing')) speaker = clauseSubject(a, c, unit);
      // "As Ruiz said, CLAUSE", "As reported by the Ledger, CLAUSE": the clause after the comma is the content.
      if (a.words[unit.from]!.lower === 'as' && c > unit.from && c - unit.from <= 10) {
        const report = asReport(a, c, unit, m, speaker);
        if (report) {
          out.push(report);
          continue;
        }
      }
      // ", said Ebrard." or ", said Tom Ruiz, an adviser to the family." after a reported clause (the parser may have
      // found the inverted subject, or none).
      // A parsed subject far to the left of ", said NAME" is a misparse of the inversion.
      const splitBefore = c - 1 > unit.from && POSTPOSED_SPLIT.has(a.words[c - 1]!.text);
      const farSubject = speaker !== null && splitBefore && speaker.to < c - 1 && !SUBJECT_PRONOUNS.has(a.words[c + 1]?.lower ?? '') && /^\p{Lu}/u.test(a.words[c + 1]?.text ?? '');
      if (!speaker || speaker.from > c || farSubject) {
        const right = speaker && speaker.from === c + 1 ? speaker : phraseRight(a, c + 1, unit.to);
        const inverted = right !== null && splitBefore && speakerClosesUnit(a, right, unit);
        if (inverted && !hasQuoteBetween(a, unit.from, c)) out.push(span(a, unit.from, c - 1, 'indirect', { ...m, speaker: right }));
        if (inverted || !farSubject || !speaker) continue;
      }
      if (COGNITIVE_CUES.has(verb.lemma) && (a.words[speaker.from]!.lower === 'i' || a.words[speaker.from]!.lower === 'you' || a.words[speaker.from]!.lower === 'we')) continue;
      // Postposed: "CLAUSE, Ebrard said." — the speaker follows a comma and the unit ends after the cue.
      const sp = speaker;
      // Or set off in the middle: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt." (the part before it).
      // "Seas will rise, Ruiz said in an interview on Monday.": adjuncts of the cue may close the unit too.
      const after = passiveParticiple(a, c, unit) ? c + 1 : adjunctsEnd(a, c + 1, unit, verb.object, verb.lemma);
      const opensWithAdjunct = a.words[unit.from]!.upos === 'ADP' || a.words[unit.from]!.upos === 'SCONJ' || INTRODUCTORY.has(a.words[unit.from]!.lower) || /^(?:during|at|on|as|if|although|though|because|with|for|from|to|speaking|asked|outside)$/.test(a.words[unit.from]!.lower);
      const parenthetical = a.words[after]?.text === ',' && !hasQuoteBetween(a, unit.from, sp.from) && a.inQuote[after + 1] === -1;
      if (sp.from > unit.from && POSTPOSED_SPLIT.has(a.words[sp.from - 1]!.text) && (after >= unit.to || isUnitEndAfter(a, after - 1, unit) || parenthetical)) {
        const e = sp.from - 1;
        // "To see the real story, Ruiz said, one should visit the museum.": before the cue stands only an adjunct, so
        // the reported clause is the part after it.
        // "And yet, the aides say, ...", "At times last year, people close to him said, ...": a short lead-in with no verb.
        const verbless = a.hasParse && e - unit.from <= 6 && !hasVerb(a, unit.from, e) && !/^(?:and|but|or|nor)$/.test(a.words[after + 1]?.lower ?? '');
        // "... near the stadium, which, Ruiz said, is full on game days": the report is the clause the cue interrupts.
        const interrupts = /^(?:which|who|that|because|whereas)$/.test(a.words[e - 1]?.lower ?? '');
        if (parenthetical && (opensWithAdjunct || verbless || interrupts)) {
          const end = contentEnd(a, after + 1, unit);
          if (end - (after + 1) >= 2 && !quoteCovers(a, after + 1, end)) out.push(span(a, after + 1, end, 'indirect', { ...m, speaker }));
        } else if (e > unit.from && !quoteCovers(a, unit.from, e) && !(opensWithAdjunct && verbless)) out.push(span(a, unit.from, e, 'indirect', { ...m, speaker }));
        continue;
      }
      // An inverted cue ('"...," said Chad Bown, an expert') has its content before it, not after.
      if (sp.from > c) continue;
      let s = complementStart(a, c, verb, unit);
      const opener = a.words[s];
      if (!opener || a.inQuote[s]! >= 0) continue;
      // '"...," said Len Burman', '"...," Trump said on CNBC': the quotation is the content; what follows is not.
      const adjacent = sp.to === c || (a.words[sp.to]?.text === ',' && a.words[c - 1]?.text === ',') || SKIPPABLE.has(a.words[sp.to]?.lower ?? '');
      const inverted = followsQuote(a, c, unit) || (followsQuote(a, sp.from, unit) && adjacent && !w.lower.endsWith('ing'));
      if (inverted && opener.lower !== 'that') continue;
      // "wants to ...", "urged voters to ...": an infinitive is content too.
      const infinitive = opener.lower === 'to' && INFINITIVE_CUES.has(verb.lemma);
      // "A judge is expected to rule", "they were asked to leave": after a passive cue the subject is the one expected
      // or asked, not the source, and the source is not named.
      if (infinitive && passiveParticiple(a, c, unit)) continue;
      if (infinitive && threatensNobody(a, verb.lemma, speaker)) continue;
      // "talked about X", "called for X", "pointed to X": the object of the preposition is the content.
      const forObject = (PREPOSITION_OBJECTS[verb.lemma]?.includes(opener.lower) === true || (TOPIC_PREPOSITIONS.has(opener.lower) && !MEDIUM_VERBS.has(verb.lemma))) && s + 1 < unit.to;
      if (forObject) s++;
      // "attacked the plan", "charged a man with murder", "calling it reckless": an object that states nothing.
      if (!infinitive && !forObject && !statesSomething(a, c, s, verb.lemma)) continue;
      const ok = infinitive || forObject || CLAUSE_OPENERS.has(opener.lower) ||
        (opener.upos !== null
          ? ['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB'].includes(opener.upos) && !PREPOSITIONS.has(opener.lower)
          : /^[\p{L}\p{N}]/u.test(opener.text) && !PREPOSITIONS.has(opener.lower) && !/ly$/.test(opener.lower));
      if (!ok || (PREPOSITIONS.has(opener.lower) && opener.lower !== 'it' && !infinitive && !forObject)) continue;
      if ((opener.lower === 'it' || opener.lower === 'this' || opener.lower === 'so') && /^[.,;:!?]$/.test(a.words[s + 1]?.text ?? '.')) continue;
      const end = contentEnd(a, s, unit);
      if (end - s < (forObject || /^\p{Lu}/u.test(a.words[s]!.text) ? 1 : 2)) continue;
      if (quoteCovers(a, s, end)) continue;
      // "It was reported that ...": an expletive subject of a passive cue names no source.
      const expletive = sp.to - sp.from === 1 && a.words[sp.from]!.lower === 'it' && passiveParticiple(a, c, unit);
      out.push(span(a, s, end, 'indirect', { ...m, speaker: expletive ? null : speaker }));
    }
  }
  if (!parse) return withoutNested(a, out);
  // Each later finder takes only what the earlier ones left: the learned parse cues, passive cues, "Asked whether ...",
  // speech nouns with a "that" clause.
  let all = out.concat(attributeByParse(a, out));
  all = all.concat(attributePassive(a, all));
  all = all.concat(attributeAsked(a, all));
  all = all.concat(attributeSpeechNouns(a, all));
  return withoutNested(a, all);
}

// "Ebrard said he did not threaten any action", "Ruiz said he expected the law to pass": an indirect quote wholly
// inside another's content, from a cue inside that content, is part of the outer report, not a second quote.
function withoutNested(a: Analysis, all: Attribution[]): Attribution[] {
  return all.filter((inner) => {
    if (inner.kind !== 'indirect' || !inner.cue) return true;
    return !all.some((outer) => outer !== inner && outer.kind === 'indirect' && outer.start <= inner.start && inner.end <= outer.end &&
      (outer.start < inner.start || inner.end < outer.end) && cueInside(a, outer, inner.cue!)) || namesOwnSource(a, inner);
  });
}

// A nested report keeps its own quote when someone named speaks in it ("Police said Ruiz told them ..."): a pronoun
// ("Ebrard said he expected ...") is the outer speaker again, a thing ("messages showed") is no source, and a stance
// or decision ("the office would decide whether ...") is part of what the outer speaker said.
function namesOwnSource(a: Analysis, inner: Attribution): boolean {
  const sp = inner.speaker;
  if (!sp || !inner.cue) return false;
  const cue = a.verbs[inner.cue.from];
  if (!cue || cue.stance) return false;
  if (sp.to - sp.from === 1 && SUBJECT_PRONOUNS.has(a.words[sp.from]!.lower)) return false;
  for (let k = sp.from; k < sp.to; k++) if (/^\p{Lu}/u.test(a.words[k]!.text)) return true;
  return false;
}

// Whether the inner attribution's cue sits inside the outer one's content (the span is in characters, the cue in words).
function cueInside(a: Analysis, outer: Attribution, cue: WordRange): boolean {
  const w = a.words[cue.from];
  return w !== undefined && outer.start <= w.start && w.end <= outer.end;
}

// A "that" the parser made a relative pronoun (a subject or object of a relative clause) rather than a complementizer.
function isRelativeThat(a: Analysis, k: number): boolean {
  const w = a.words[k]!;
  if (w.deprel !== null) return w.deprel !== 'mark';
  // Without a parse: "the relationship that enables" — a noun before, a verb in -s right after.
  const before = a.words[k - 1];
  const after = a.words[k + 1];
  return before?.upos === 'NOUN' && after !== undefined && (after.upos === 'VERB' || after.upos === 'AUX');
}

const EDITORIAL_LABELS = new Set(['note', 'notes', 'correction', 'clarification', 'update', 'updated', 'editors', 'editor', 'repeat', 'repeats', 'advisory', 'source', 'sources', 'photo', 'video', 'related', 'background', 'reuter', 'reuters', 'ap', 'afp', 'profile', 'timeline', 'factbox', 'explainer', 'obituary', 'analysis']);

// A transcript line, "PENCE: Well, look, ...", or a headline, "Poll: Voters Sour on ...": the name before the colon
// says what follows, to the end of the paragraph (a transcript turn) or of the headline.
function speakerLine(a: Analysis, ui: number): Attribution | null {
  const unit = a.units[ui]!;
  const { words } = a;
  let k = unit.from;
  while (k < unit.to && k < unit.from + 4 && words[k]!.text !== ':') k++;
  if (k === unit.from || words[k]?.text !== ':' || k + 1 >= unit.to || a.inQuote[k + 1]! >= 0) return null;
  if (unit.from > 0 && a.unitOf[unit.from - 1] !== undefined && a.units[a.unitOf[unit.from - 1]!]!.paragraph === unit.paragraph) return null;
  const name = words.slice(unit.from, k);
  const transcript = name.every((w) => /^\p{Lu}[\p{Lu}.'-]+$/u.test(w.text));
  const headline = unit.headline && name.every((w) => /^\p{Lu}/u.test(w.text));
  if (!transcript && !headline) return null;
  // "NOTE: Per share figures ...", "CORRECTION: ...": an editor's label, not a speaker.
  if (name.length === 1 && EDITORIAL_LABELS.has(name[0]!.lower)) return null;
  // "Profile: Jane Doe", "Timeline: The Long Strike": a headline whose rest has no verb is a label on a topic, not words.
  if (headline && !transcript && !hasVerb(a, k + 1, unit.to)) return null;
  let last = ui;
  while (transcript && a.units[last + 1]?.paragraph === unit.paragraph) last++;
  let end = a.units[last]!.to;
  while (end > k + 1 && /^[.!?;:,\u2026]$/.test(words[end - 1]!.text)) end--;
  if (end <= k + 1) return null;
  return { start: words[k + 1]!.start, end: words[end - 1]!.end, kind: 'indirect', cue: { from: k, to: k + 1 }, speaker: { from: unit.from, to: k }, inheritedFrom: null, quoted: null };
}

function hasVerb(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = a.words[k]!;
    if (w.upos === 'VERB' || w.upos === 'AUX' || (w.upos === null && a.verbs[k])) return true;
  }
  return false;
}

// Right after a closing quotation mark, maybe with a comma or dash between.
function followsQuote(a: Analysis, w: number, unit: Unit): boolean {
  if (w - 1 >= unit.from && a.inQuote[w - 1]! >= 0) return true;
  return w - 2 >= unit.from && DIRECT_BEFORE.has(a.words[w - 1]!.text) && a.inQuote[w - 2]! >= 0;
}

function hasQuoteBetween(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.inQuote[i]! >= 0) return true;
  return false;
}

// A clause that is one quotation from end to end is a direct quote, not reported speech.
function quoteCovers(a: Analysis, from: number, to: number): boolean {
  const q = a.inQuote[from]!;
  if (q < 0) return false;
  const quote = a.quoted[q]!;
  return a.words[to - 1]!.end <= quote.end + 1;
}

function span(a: Analysis, from: number, to: number, kind: QuoteKind, m: CueMatch): Attribution {
  return { start: a.words[from]!.start, end: a.words[to - 1]!.end, kind, cue: m.cue, speaker: m.speaker, inheritedFrom: null, quoted: null };
}
