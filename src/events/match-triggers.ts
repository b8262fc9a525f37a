// Finds trigger words in a sentence and checks each dictionary line's particle, object and complement constraints.
import { objectFormSet, type TriggerEntry, type TriggerLexicon } from './triggers.js';
import { childrenWith, deprel, isClauseBreak, misparsedMainVerb, passiveClause, uposOf, type ArticleIndex, type SentenceView } from './sentence-view.js';
import { looksLikeParticiple } from './inflect.js';

/** A dictionary line matched at one token, with the complement that gives an embedding verb its content. */
export interface TriggerMatch {
  readonly token: number;
  readonly entry: TriggerEntry;
  /** Token of the particle, when the line needs one. */
  readonly particle: number;
  /** The matched object/complement noun, or -1. */
  readonly object: number;
  readonly complement: TriggerMatch | null;
  readonly passive: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'any', 'no', 'every', 'each', "'s", '\u2019s', 'such', 'further', 'new', 'recent', 'latest']);
const VERB_LEFT = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'not', "n't", 'did', 'do', 'does', 'they', 'we', 'i', 'you', "'ll", 'also', 'then', 'who', 'that', 'which', 'never', 'and', 'or']);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'am', 'get', 'got', 'gets', 'getting', 'remain', 'remains', 'remained', 'seemed', 'appeared']);
const PASSIVE_SKIP = new Set(['also', 'not', "n't", 'never', 'just', 'secretly', 'formally', 'reportedly', 'allegedly', 'later', 'since', 'then', 'already', 'being', 'been', 'recently', 'quietly', 'finally']);
const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'into', 'about', 'over', 'after', 'before', 'against', 'under', 'as', 'that', ',', '.', 'since', 'during', 'until', 'through', 'across', 'between', 'among', 'near', 'amid', 'without', 'toward', 'towards', 'if', 'when', 'while', 'because', 'and', 'or', 'but']);
const WINDOW = 7;
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['year', 'years', 'quarter', 'quarters', 'month', 'months', 'week', 'weeks', 'period', 'periods', 'half', 'season', 'term', 'decade']);
/** Participles that after "be" describe their subject's stance or activity, with the preposition that follows. */
const ADJECTIVAL_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['committed', 'to'], ['prepared', 'to'], ['determined', 'to'], ['opposed', 'to'], ['resolved', 'to'], ['dedicated', 'to'],
  ['inclined', 'to'], ['disposed', 'to'], ['engaged', 'in'], ['involved', 'in'],
]);

/**
 * True when the trigger at `i` describes its subject's stance, not something done to it: an adjective line, or
 * "is opposed to", "is committed to", "were engaged in" (the subject opposes, commits, engages).
 */
export function isStance(index: ArticleIndex, i: number, entry: TriggerEntry): boolean {
  if (entry.pos === 'a') return true;
  const prep = ADJECTIVAL_PARTICIPLES.get(index.lower[i] ?? '');
  return prep !== undefined && index.lower[i + 1] === prep;
}
/**
 * True when the verb at `i` is read by a line for an intransitive act of demonstrating ("marched", "rallied",
 * "demonstrated") with no passive auxiliary: such a verb has no passive, so a parser's reduced-relative reading
 * ("Thousands of people marched in the capital" as a noun with a participle) is an active clause.
 */
export function activeOnly(index: ArticleIndex, i: number, entry: TriggerEntry): boolean {
  return entry.pos === 'v' && entry.type === 'PROTEST' && entry.mode === 'demo' && entry.objects.length === 0 && !childrenWith(index, i, 'aux:pass').length;
}
const COMPOUND_HEADS = new Set(['warrant', 'warrants', 'movement', 'movements', 'leader', 'leaders', 'group', 'groups', 'campaign', 'site', 'helicopter', 'helicopters', 'plane', 'planes', 'order', 'orders', 'threat', 'threats', 'record', 'rate', 'organizer', 'organizers', 'organiser', 'organisers', 'vote', 'song', 'dog', 'dogs', 'squad', 'unit', 'units', 'force', 'forces', 'zone', 'line', 'lines']);

const OBJECT_SETS = new WeakMap<TriggerEntry, { objects: ReadonlySet<string>; forbidden: ReadonlySet<string>; modifiers: ReadonlySet<string> }>();

function sets(entry: TriggerEntry) {
  let s = OBJECT_SETS.get(entry);
  if (!s) {
    s = { objects: objectFormSet(entry.objects), forbidden: objectFormSet(entry.forbidden), modifiers: new Set(entry.modifiers) };
    OBJECT_SETS.set(entry, s);
  }
  return s;
}

/** True when the token is used passively: a `:pass` dependent, or (no parse) a form of "be" before a participle. */
export function isPassive(index: ArticleIndex, view: SentenceView, i: number, entry?: TriggerEntry): boolean {
  const participleModifier = deprel(index, i).startsWith('acl') && index.article.tokens[i]?.xpos === 'VBN' && !misparsedMainVerb(index, i);
  if (index.parsed && (passiveClause(index, i) || participleModifier)) return true;
  const form = index.lower[i] ?? '';
  if (!looksLikeParticiple(form) || form === index.lemma[i]) {
    if (!(form.endsWith('ed') || looksLikeParticiple(form))) return false;
  }
  for (let j = i - 1; j >= view.first && j >= i - 4; j--) {
    const w = index.lower[j] ?? '';
    if (BE_FORMS.has(w)) return true;
    if (w === 'has' || w === 'have' || w === 'had') return false;
    if (!PASSIVE_SKIP.has(w) && !w.endsWith('ly')) break;
  }
  // A participle after a noun with no object of its own is a reduced relative ("the official arrested in Texas").
  if (entry && PATIENT_TYPES.has(entry.type ?? '') && !entry.lemmas.includes(form)) {
    const prev = index.lower[i - 1] ?? '';
    const next = index.lower[i + 1] ?? '';
    const nounBefore = i > view.first && !VERB_LEFT.has(prev) && !BE_FORMS.has(prev) && !PRONOUNS.has(prev) && /^\p{L}/u.test(prev) && index.entityAt[i - 1] === -1;
    return nounBefore && (PREPOSITIONS.has(next) && next !== 'to' && next !== 'with' && next !== 'that' || isClauseBreak(index, i + 1));
  }
  return false;
}

const PATIENT_TYPES = new Set(['COERCE', 'ASSAULT', 'CONCEDE', 'RETREAT', 'SANCTION']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'police', 'authorities', 'troops', 'officials', 'prosecutors', 'forces', 'soldiers', 'militants', 'rebels', 'protesters']);

/** Tokens that may hold the object or complement of the trigger at `i`. */
export function objectRegion(index: ArticleIndex, view: SentenceView, i: number, passive: boolean): number[] {
  const out: number[] = [];
  if (index.parsed) {
    const first = childrenWith(index, i, 'obj', 'iobj', 'obl', 'nsubj:pass', 'xcomp', 'nmod', 'compound:prt', 'advmod', 'ccomp');
    for (const c of first) {
      out.push(c);
      for (const g of childrenWith(index, c, 'nmod', 'obj', 'obl', 'compound', 'amod', 'conj', 'xcomp', 'case', 'flat')) out.push(g);
    }
  }
  // The word window as well: a parser's attachment errors should not hide "dropped ... charges".

  for (let j = i + 1; j < view.end && j <= i + WINDOW; j++) {
    if (isClauseBreak(index, j)) break;
    out.push(j);
  }
  if (passive) for (let j = i - 1; j >= view.first && j >= i - 5; j--) out.push(j);
  return out;
}

function hasDirectObject(index: ArticleIndex, view: SentenceView, i: number, passive: boolean): number {
  if (index.parsed) {
    const obj = childrenWith(index, i, 'obj', passive ? 'nsubj:pass' : 'obj')[0];
    return obj ?? -1;
  }
  if (passive) return -1;
  for (let j = i + 1; j < view.end && j <= i + 4; j++) {
    const w = index.lower[j] ?? '';
    if (PREPOSITIONS.has(w) || isClauseBreak(index, j) || /^[^\p{L}\p{N}]+$/u.test(w)) return -1;
    if (DETERMINERS.has(w) || w.endsWith('ly')) continue;
    return j;
  }
  return -1;
}

/** The token's text as written. */
function tokenText(index: ArticleIndex, i: number): string {
  const t = index.article.tokens[i];
  return t ? index.article.text.slice(t.start, t.end) : '';
}

function posFits(index: ArticleIndex, view: SentenceView, i: number, entry: TriggerEntry): boolean {
  const upos = uposOf(index, i);
  const form = index.lower[i] ?? '';
  const prev = i > view.first ? (index.lower[i - 1] ?? '') : '';
  const next = i + 1 < view.end ? (index.lower[i + 1] ?? '') : '';
  // "the year ended March 31", "the quarter ending in June": a date, not an act.
  if (PERIOD_NOUNS.has(prev) && (form.endsWith('ed') || form.endsWith('ing'))) return false;
  // "125 pct bid/140 offered": a price quote.
  // A number, not a lone comma: "X, the envoy, demanded talks" is a verb.
  if (/^[\d/.,-]+$/.test(prev) && /\d/.test(prev) && form.endsWith('ed') && !DETERMINERS.has(next)) return false;
  if (entry.pos === 'n') {
    // A noun modifying another ("arrest warrant", "protest leaders", "attack helicopter") names no act of its own.
    if (uposOf(index, i + 1) === 'NOUN' || COMPOUND_HEADS.has(next)) return false;
    if (upos) return upos === 'NOUN';
    return DETERMINERS.has(prev) || next === 'of' || next === 'by' || next === 'against' || index.entityAt[i - 1] !== -1;
  }
  if (entry.pos === 'a') {
    if (upos && upos !== 'ADJ' && upos !== 'VERB') return false;
    // "was opposed by X" is the verb's passive, with its agent; the stance adjective takes "to" ("is opposed to").
    if (index.lower[i + 1] === 'by') return false;
    for (let j = i - 1; j >= view.first && j >= i - 3; j--) if (BE_FORMS.has(index.lower[j] ?? '') || index.lower[j] === 'said') return true;
    return false;
  }
  // The second half of a hyphenated modifier is no verb: "Syrian-backed", "UN-brokered", "Israeli-occupied".
  if (prev === '-' && (index.article.tokens[i - 1]?.end ?? -1) === (index.article.tokens[i]?.start ?? 0)) return false;
  // "plans to", "vows to" mis-tagged as nouns after a comma or a name.
  const prevprev = i - 2 >= view.first ? (index.lower[i - 2] ?? '') : '';
  if (upos === 'NOUN' && entry.embeds !== 'none' && next === 'to' && !DETERMINERS.has(prev) && !DETERMINERS.has(prevprev)) return true;
  // An attributive participle ("hand over alleged bombers", "and banned parties") modifies the next noun.
  // A parse that gives the word a subject of its own says it is the clause's verb ("X, the envoy, demanded parties to").
  if (form.endsWith('ed') && ['NOUN', 'ADJ'].includes(uposOf(index, i + 1)) && ['ADP', 'DET', 'ADJ', 'CCONJ', 'PUNCT'].includes(uposOf(index, i - 1)) && !(index.parsed && childrenWith(index, i, 'nsubj').length > 0)) return false;
  // A tagger may call a past form an adjective ("undertook", "arrested"): trust the form when no determiner precedes.
  if (upos === 'ADJ' && !DETERMINERS.has(prev) && !entry.lemmas.includes(form) && !form.endsWith('ed')) return true;
  // A bare form right after a verb is that verb's object noun ("increase demand", "expects demand").
  if (entry.lemmas.includes(form) && uposOf(index, i - 1) === 'VERB') return false;
  // Verbs do not follow determiners: "the occupied West Bank", "its banned members".
  if (DETERMINERS.has(prev)) return false;
  // "threatened to institute a curfew": a lower-case word the tagger called a proper noun but gave a verb's fine tag.
  if (upos === 'PROPN' && index.article.tokens[i]?.xpos?.startsWith('VB') && form === tokenText(index, i)) return true;
  if (upos) return upos === 'VERB';
  // A past or -ing form of the line's lemma is a verb; a bare or -s form may be a noun ("the protests").
  const sForm = entry.lemmas.some((l) => form === `${l}s` || form === `${l}es` || (l.endsWith('y') && form === `${l.slice(0, -1)}ies`));
  const base = entry.lemmas.includes(form);
  if (!base && !sForm) return true;
  if (base && (VERB_LEFT.has(prev) || BE_FORMS.has(prev) || prev === 'has' || prev === 'have' || prev === 'had' || prev.endsWith('ly'))) return true;
  // "plans to", "threatens to": an embedding verb before its complement.
  if (entry.embeds !== 'none' && (next === 'to' || next === 'that')) return true;
  // A bare form before an object ("beat up the", "attack the") is a verb.
  if (base && (DETERMINERS.has(next) || index.entityAt[i + 1] !== -1 || next === 'up' || next === 'off' || next === 'out' || next === 'down')) return true;
  // A bare or -s form right after a name or pronoun is a present-tense verb ("Mexico threatens").
  return index.entityAt[i - 1] !== -1 || prev === 'he' || prev === 'she' || prev === 'it';
}

/** Candidate lines for the word at `i` (by lemma and by form), most specific first. */
function candidates(lexicon: TriggerLexicon, index: ArticleIndex, i: number): readonly TriggerEntry[] {
  const byLemma = lexicon.lookup(index.lemma[i] ?? '');
  const form = index.lower[i] ?? '';
  if (form === index.lemma[i]) return byLemma;
  const byForm = lexicon.lookup(form);
  if (!byForm.length) return byLemma;
  if (!byLemma.length) return byForm;
  const merged = [...new Set([...byLemma, ...byForm])];
  return merged.sort((a, b) => b.specificity - a.specificity || a.line - b.line);
}

function findParticle(index: ArticleIndex, view: SentenceView, i: number, particle: string): number {
  for (let j = i + 1; j < view.end && j <= i + 4; j++) {
    if (index.lower[j] === particle) return j;
    if (isClauseBreak(index, j)) break;
  }
  return -1;
}

/** True when token `j` lies inside a time expression ("starts on 19 March" names no march). */
function inTime(index: ArticleIndex, j: number): boolean {
  const t = index.article.tokens[j];
  return t !== undefined && index.article.times.some((x) => x.start <= t.start && t.end <= x.end);
}

function findObject(index: ArticleIndex, region: readonly number[], objects: ReadonlySet<string>): number {
  for (const j of region) if ((objects.has(index.lemma[j] ?? '') || objects.has(index.lower[j] ?? '')) && !inTime(index, j)) return j;
  return -1;
}

/** The infinitival or clausal complement of the trigger at `i`: its first word that may itself be a trigger. */
function complementTokens(lexicon: TriggerLexicon, index: ArticleIndex, view: SentenceView, i: number): number[] {
  const found: number[] = [];
  if (index.parsed) {
    // "decide whether X is placed in custody" embeds a question, not an intent.
    found.push(...childrenWith(index, i, 'xcomp', 'ccomp').filter((c) => !childrenWith(index, c, 'mark').some((k) => ['whether', 'if'].includes(index.lower[k] ?? ''))));
  }
  // Word order as well: parsers often attach a complement clause elsewhere.
  for (const k of complementByOrder(lexicon, index, view, i)) if (!found.includes(k)) found.push(k);
  return found;
}

function complementByOrder(lexicon: TriggerLexicon, index: ArticleIndex, view: SentenceView, i: number): number[] {
  for (let j = i + 1; j < view.end && j <= i + 8; j++) {
    if (index.lower[j] === 'that') {
      // "demanded that its partners refuse to ...": the first trigger word of the clause.
      for (let k = j + 1; k < view.end && k <= j + 8; k++) {
        if (isClauseBreak(index, k)) break;
        if (lexicon.lookup(index.lemma[k] ?? '').length || lexicon.lookup(index.lower[k] ?? '').length) return [k];
      }
      return [];
    }
    if (isClauseBreak(index, j)) break;
    if (index.lower[j] === 'to' || index.lower[j] === 'will' || index.lower[j] === 'would') {
      const k = index.lower[j + 1] === 'not' || index.lower[j + 1] === 'be' ? j + 2 : j + 1;
      return k < view.end ? [k] : [];
    }
  }
  return [];
}

const ACCORD_LEMMAS: ReadonlySet<string> = new Set(['agree', 'concur']);

/** After an "agree" with no act in its complement: a "that" clause, "with" and no party, or nothing at all. */
function expressesAccord(index: ArticleIndex, view: SentenceView, i: number): boolean {
  let j = i + 1;
  while (j < view.end && (index.lower[j] ?? '').endsWith('ly')) j++;
  const next = index.lower[j] ?? '.';
  if (next === 'that' || j >= view.end || isClauseBreak(index, j) || next === ',') return true;
  if (next !== 'with') return false;
  for (let k = j + 1; k < view.end && k <= j + 4; k++) if ((index.entityAt[k] ?? -1) !== -1) return false;
  return true;
}

const OPENERS = new Set(['"', '\u201c', "'", '\u2018', ':', '(', '-', '--', '\u2013', '\u2014', ';']);

/**
 * A capitalised trigger word inside a sentence in ordinary case is part of a name or title ("Meet the Press",
 * "Operation Protective Edge", "Demand Deposits"); headlines in title or upper case are not ordinary case.
 */
function insideName(index: ArticleIndex, view: SentenceView, i: number): boolean {
  if (i === view.first || OPENERS.has(index.lower[i - 1] ?? '')) return false;
  const t = index.article.tokens[i];
  const word = t ? index.article.text.slice(t.start, t.end) : '';
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  let words = 0;
  let capitalised = 0;
  for (let j = view.first; j < view.end; j++) {
    const u = index.article.tokens[j];
    const w = u ? index.article.text.slice(u.start, u.end) : '';
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
  }
  return capitalised * 2 < words;
}

/** The best dictionary line matching at token `i`, or null (also null for a blocker). */
export function matchAt(lexicon: TriggerLexicon, view: SentenceView, i: number, depth = 0): TriggerMatch | null {
  const index = view.index;
  const list = candidates(lexicon, index, i);
  if (!list.length) return null;
  if (insideName(index, view, i)) return null;
  const plainPassive = isPassive(index, view, i);
  let plainRegion: number[] | null = null;
  for (const entry of list) {
    if (!posFits(index, view, i, entry)) continue;
    // The reduced-relative reading ("the official arrested in Texas") depends on the line's type.
    const passive = plainPassive || (!index.parsed && isPassive(index, view, i, entry));
    let region: number[] | null = passive === plainPassive ? plainRegion : null;
    let particle = -1;
    if (entry.particle) {
      particle = findParticle(index, view, i, entry.particle);
      if (particle === -1) continue;
    }
    if (!region) {
      region = objectRegion(index, view, i, passive);
      if (passive === plainPassive) plainRegion = region;
    }
    let object = -1;
    if (entry.objects.length) {
      const s = sets(entry);
      if (entry.objects[0] === '*') {
        object = hasDirectObject(index, view, i, passive);
        if (object === -1) continue;
        if (s.forbidden.has(index.lemma[object] ?? '') || s.forbidden.has(index.lower[object] ?? '')) continue;
      } else {
        object = findObject(index, region, s.objects);
        if (object === -1) continue;
      }
      if (s.modifiers.size) {
        const lo = Math.max(view.first, Math.min(i, object) - 3);
        // A modifier may also follow the object: "an attack on the government's policy".
        const hi = Math.min(view.end - 1, Math.max(i, object) + 5);
        let found = false;
        for (let j = lo; j <= hi && !found; j++) found = s.modifiers.has(index.lower[j] ?? '') || s.modifiers.has(index.lemma[j] ?? '');
        if (!found && index.parsed) found = childrenWith(index, object, 'amod', 'compound', 'advmod').some((c) => s.modifiers.has(index.lower[c] ?? ''));
        if (!found) continue;
      }
    }
    if (entry.transitive && !passive && hasDirectObject(index, view, i, passive) === -1) continue;
    let complement: TriggerMatch | null = null;
    if (entry.embeds !== 'none' && depth === 0) {
      for (const c of complementTokens(lexicon, index, view, i)) {
        complement = matchAt(lexicon, view, c, depth + 1);
        if (complement) break;
      }
      if (!complement && entry.embeds === 'required') continue;
    }
    // "economists agreed that the report painted a bleak picture", "he agreed with that": agreeing with a view is
    // CAMEO 019 (express accord), which has no PLOVER class; agreeing to act or on terms is AGREE.
    if (!complement && entry.embeds === 'optional' && (ACCORD_LEMMAS.has(index.lemma[i] ?? '') || /^(agree|concur)/.test(index.lower[i] ?? '')) && expressesAccord(index, view, i)) return null;
    if (!entry.type) return null;
    // "is opposed to": an adjective after the copula, not a passive.
    return { token: i, entry, particle, object, complement, passive: isStance(index, i, entry) || activeOnly(index, i, entry) ? false : passive };
  }
  return null;
}
