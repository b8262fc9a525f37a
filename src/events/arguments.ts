// Finds an event's actor and recipient entities from the parse (or, without one, from word order around the trigger).
import { activeOnly, isStance, type TriggerMatch } from './match-triggers.js';
import { isAgentNoun } from './participants.js';
import { groupSector } from './groups.js';
import { loadGazetteer, type Gazetteer } from '../entities/index.js';
import { caseOf, childrenWith, DAY_WORDS, dayWordSubject, deprel, headOf, isClauseBreak, misparsedSubject, passiveClause, subjectBeforeDayWord, uposOf, type ArticleIndex, type SentenceView } from './sentence-view.js';

/** Actor and recipient entity indexes (into `article.entities`), in text order, without duplicates. */
export interface EventArguments {
  readonly actor: readonly number[];
  readonly recipient: readonly number[];
}

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const AUX_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does', 'not', "n't", 'also', 'still', 'now', 'then', 'reportedly', 'today', 'yesterday', 'again']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'from', 'on', 'into', 'since', 'during', 'after', 'before', 'until', 'over', 'under', 'around', 'between', 'among', 'for', 'of', 'about', 'than', 'like', 'as', 'within', 'via', 'per', 'toward', 'towards']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** Verbs whose object noun names the act their subject performs ("carried out an attack", "completed the withdrawal"). */
const LIGHT_VERBS = new Set(['carry', 'conduct', 'launch', 'make', 'stage', 'hold', 'order', 'complete', 'begin', 'start', 'announce', 'continue', 'speed', 'mount', 'undertake', 'perform', 'commit', 'execute', 'resume', 'finish']);
/** Past forms of verbs whose object noun names their subject's act ("announced a suspension", "completed its withdrawal"). */
const NOMINAL_SUPPORT = new Set(['carried', 'conducted', 'launched', 'staged', 'held', 'ordered', 'completed', 'began', 'started', 'announced', 'continued', 'speeded', 'sped', 'mounted', 'undertook', 'resumed', 'finished', 'made', 'declared', 'imposed', 'issued', 'lodged', 'filed', 'opened']);
/** Words that also introduce clauses ("after Mexico threatened"), so a name after them may still be a subject. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'than', 'like']);

function push(list: number[], e: number): void {
  if (e >= 0 && !list.includes(e)) list.push(e);
}

/** Verb forms that open a trailing attribution (", Defence Minister X said"): the name before them reports, it does not take part. */
const REPORT_TAIL = new Set(['said', 'says', 'told', 'reported', 'reports', 'added', 'stated', 'announced']);

/** True when the name at token `n` is the subject of a reporting verb that follows it ("..., Foreign Minister X said"). */
function reportsAfter(index: ArticleIndex, n: number): boolean {
  const e = index.entityAt[n] ?? -1;
  let j = n + 1;
  while (e !== -1 && (index.entityAt[j] ?? -1) === e) j++;
  return REPORT_TAIL.has(index.lower[j] ?? '');
}

/** True when the name ending at token `last`, with at most two nouns after it, is followed by a reporting verb ("the Israeli army said"). */
function reporterRun(index: ArticleIndex, last: number): boolean {
  let j = last + 1;
  // Without tags, the nouns for parties stand in ("the Bolivian army said").
  while (j <= last + 2 && (uposOf(index, j) === 'NOUN' || (!uposOf(index, j) && isAgentNoun(index.lower[j] ?? '')))) j++;
  return REPORT_TAIL.has(index.lower[j] ?? '');
}

/** True when the entity has a country (or is an international body): it can fill the country slot of an actor code. */
function hasCountry(index: ArticleIndex, e: number): boolean {
  const entity = index.article.entities[e];
  return entity !== undefined && (entity.country !== null || entity.sector === 'IGO' || entity.sector === 'NGO');
}

/**
 * The entity a nominal stands for: its own mention, else a name inside its phrase ("U.S. prosecutors", "officials
 * in Mexico"). Among the names inside, one with a country wins: in "Nicaragua's Sandinista government" and "the
 * Protestant organization in Northern Ireland" the party is the country's, the other modifier only describes it.
 */
function entityOfNominal(index: ArticleIndex, n: number, depth = 0, places = false): number {
  const own = index.entityAt[n] ?? -1;
  if (own !== -1) return own;
  if (depth > 2) return -1;
  let first = -1;
  for (const rel of ['compound', 'flat', 'amod', 'nmod:poss', 'appos', 'nmod']) {
    for (const c of childrenWith(index, n, rel)) {
      if (rel === 'nmod' && !['of', 'in', 'from', 'for'].includes(caseOf(index, c))) continue;
      // "a former Chilean finance minister": a demonym on one person's role says where that person is from; the
      // person is an unnamed party of their own, not the nation ("Chilean officials" still speak for Chile).
      if (rel === 'amod' && index.article.entities[index.entityAt[c] ?? -1]?.type === 'NORP' && isOfficeHolder(index, n)) continue;
      // "Police in Lyon": a town or region the party is in is the event's place, not a party (a country still
      // speaks for it, "rebels in the Ivory Coast", and so does a town for its armed groups, "militias in Tripoli").
      // A name after "in" that the gazetteer knows for a town is the town, whatever type the entity layer gave it.
      if (!places && rel === 'nmod' && caseOf(index, c) === 'in' && isAgentNoun(index.lemma[n] ?? '') && placeOnlyModifies(index.lemma[n] ?? '') && isLocalPlace(index, index.entityAt[c] ?? -1, true)) continue;
      // "New York bankers", "its Alberta-based division": a town or region modifying a noun that names no government
      // says where, not who ("the Kabul government" still stands for its state).
      if (!places && (rel === 'compound' || rel === 'amod') && placeOnlyModifies(index.lemma[n] ?? '') && isLocalPlace(index, index.entityAt[c] ?? -1)) continue;
      // A parser may hang the subject of a trailing ", Minister X said" on the phrase before it as an appositive.
      if ((rel === 'appos' || rel === 'nmod') && c > n && reportsAfter(index, c)) continue;
      const e = entityOfNominal(index, c, depth + 1, places);
      if (e === -1) continue;
      if (hasCountry(index, e)) return e;
      if (first === -1) first = e;
    }
  }
  return first;
}

/** Whether the NORP entity `e` ending at token `last` modifies one person's role noun ("a Chilean finance minister"). */
function demonymOnPerson(index: ArticleIndex, e: number, last: number): boolean {
  if (index.article.entities[e]?.type !== 'NORP') return false;
  let k = last + 1;
  while (uposOf(index, k) === 'NOUN' && index.article.tokens[k + 1] && uposOf(index, k + 1) === 'NOUN') k++;
  return isOfficeHolder(index, k);
}

/** Office titles a person holds ("defense secretary", "finance minister", "general"). */
const OFFICE_NOUNS = new Set(['secretary', 'minister', 'general', 'ambassador', 'envoy', 'president', 'governor', 'mayor', 'commander', 'chief', 'premier', 'prosecutor', 'judge', 'senator', 'lawmaker', 'diplomat', 'official']);

/**
 * Whether the noun at `n` names one former or titled office holder ("a former Chilean general", "a Chilean finance
 * minister"): singular, an office, and "former" or a title compound on it. Bare "Chilean officials" or "an Albanian
 * rebel" stay the nation's, as CAMEO codes them.
 */
function isOfficeHolder(index: ArticleIndex, n: number): boolean {
  if (index.article.tokens[n]?.xpos !== 'NN' || !OFFICE_NOUNS.has(index.lemma[n] ?? '')) return false;
  let k = n - 1;
  let titled = false;
  while (k >= 0 && uposOf(index, k) === 'NOUN') {
    titled = true;
    k--;
  }
  for (let j = k; j >= 0 && j >= n - 5; j--) if (index.lower[j] === 'former') return true;
  return titled;
}

/** Nouns for a state's rulers, which a capital city may stand for ("the Kabul government", "Baghdad authorities"). */
const GOVERNING_NOUNS = new Set(['government', 'regime', 'administration', 'authority', 'authorities', 'official', 'officials', 'leadership', 'junta', 'cabinet', 'ministry']);

/** Nouns a place name before them names ("the Tyumen region", "Gaza city"): the name is the nominal's own. */
const PLACE_NOUNS = new Set(['region', 'province', 'state', 'city', 'town', 'village', 'district', 'county', 'area', 'port', 'capital', 'valley', 'island', 'territory', 'enclave', 'republic', 'border', 'camp', 'prefecture', 'governorate', 'municipality', 'oblast', 'canton']);

/** Sectors of bodies a town's name only locates ("New York bankers", "Omdurman radio", "Lyon police", "prosecutors in Tours"). */
const LOCATED_SECTORS = new Set(['BUS', 'JRN', 'COP', 'JUD', 'CVL', 'MED', 'EDU', 'LAB', 'AGR']);

/**
 * Whether a town or region before the noun `lemma` only says where it is: not for rulers ("the Kabul government"),
 * armed groups ("Darfur rebels", whose region is who they are) or place nouns ("the Tyumen region").
 */
function placeOnlyModifies(lemma: string): boolean {
  if (GOVERNING_NOUNS.has(lemma) || PLACE_NOUNS.has(lemma)) return false;
  const sector = groupSector(lemma);
  return sector === null || LOCATED_SECTORS.has(sector);
}

let gazetteer: Gazetteer | null | undefined;

/**
 * Whether entity `e` is a place below the level of a country (a town, a region, a site) by the shipped gazetteer;
 * `anyType` accepts a name the entity layer typed otherwise (a town taken for its football club).
 */
export function isLocalPlace(index: ArticleIndex, e: number, anyType = false): boolean {
  const entity = index.article.entities[e];
  if (!entity || (!anyType && !PLACE_TYPES.has(entity.type)) || entity.type === 'PERSON') return false;
  if (gazetteer === undefined) {
    try {
      gazetteer = loadGazetteer();
    } catch {
      gazetteer = null;
    }
  }
  if (!gazetteer) return false;
  return gazetteer.country(entity.name) === null && gazetteer.place(entity.name)?.kind !== 'country';
}

/** The entities a nominal at token `n` stands for, with its conjuncts ("Brazil and the United States"). */
export function nominalEntities(view: SentenceView, n: number): number[] {
  return n < 0 ? [] : entitiesOf(view.index, [n]);
}

/** A nominal and the nominals conjoined with it ("Brazil and the United States"). */
function withConjuncts(index: ArticleIndex, n: number): number[] {
  const out = [n];
  for (let k = 0; k < out.length && k < 8; k++) for (const c of childrenWith(index, out[k] ?? -1, 'conj')) out.push(c);
  return out;
}

/** Modifier relations through which a noun phrase names its party ("Chinese steel", "EC exports", "Iran's banks"). */
const MODIFIER_RELATIONS = ['compound', 'amod', 'nmod:poss', 'nmod'] as const;

/**
 * The parties coordinated with entity `e` inside the modifiers of the nominal at `n` ("curbs on EC and Korean
 * exports", "Russian and Iranian attacks": the second name is a conjunct of the first modifier, not of the noun),
 * `e` first; [] when `e` has no such conjuncts.
 */
function modifierConjuncts(index: ArticleIndex, n: number, e: number, depth = 0): number[] {
  if (depth > 2 || e < 0) return [];
  for (const k of childrenWith(index, n, ...MODIFIER_RELATIONS)) {
    if (deprel(index, k) === 'nmod' && !['of', 'in', 'from', 'for'].includes(caseOf(index, k))) continue;
    if ((index.entityAt[k] ?? -1) !== e) {
      const deeper = (index.entityAt[k] ?? -1) === -1 ? modifierConjuncts(index, k, e, depth + 1) : [];
      if (deeper.length) return deeper;
      continue;
    }
    const out = [e];
    for (const c of withConjuncts(index, k).slice(1)) {
      const other = index.entityAt[c] ?? -1;
      // Only names that modify the same noun the way the first one does: "Chinese and Japanese", "EC and Korean".
      if (other >= 0 && ACTOR_MODIFIER_TYPES.has(index.article.entities[other]?.type ?? '') && /^(?:ADJ|PROPN)$/.test(uposOf(index, c))) push(out, other);
    }
    return out.length > 1 ? out : [];
  }
  return [];
}

function entitiesOf(index: ArticleIndex, nominals: readonly number[]): number[] {
  const out: number[] = [];
  for (const n of nominals) {
    let head = n;
    // "Cienfuegos, who was arrested": the relative pronoun stands for the noun it modifies.
    if (RELATIVE.has(index.lower[n] ?? '')) {
      const clause = headOf(index, n);
      if (clause >= 0 && deprel(index, clause).startsWith('acl')) head = headOf(index, clause);
      else if (index.lower[n] === 'who' || index.lower[n] === 'which') {
        // A parser that made the relative clause a conjunct of the main verb still leaves the antecedent just before
        // the pronoun (past a comma).
        const before = n - (index.lower[n - 1] === ',' ? 2 : 1);
        if (before >= 0 && /^(?:NOUN|PROPN)$/.test(uposOf(index, before))) head = before;
      }
    }
    for (const c of withConjuncts(index, head)) {
      const e = entityOfNominal(index, c);
      push(out, e);
      if (e >= 0 && (index.entityAt[c] ?? -1) === -1) for (const x of modifierConjuncts(index, c, e)) push(out, x);
    }
  }
  return out;
}

/** Subject of the trigger's clause, inherited from the verb it is conjoined with or controlled by. */
function subjectOf(index: ArticleIndex, i: number): { token: number; passive: boolean } | null {
  // The active infinitive a passive verb governs ("Regan, expected to resign", "they were asked to leave"): its
  // inherited subject does the act.
  let activeComplement = -1;
  for (let h = i, steps = 0; h >= 0 && steps < 5; steps++) {
    const active = childrenWith(index, h, 'nsubj', 'csubj').filter((c) => !deprel(index, c).endsWith(':pass'));
    const day = active[0] === undefined || DAY_WORDS.has(index.lower[active[0]] ?? '') ? subjectBeforeDayWord(index, h) : -1;
    if (day !== -1) return { token: day, passive: false };
    if (active[0] !== undefined) return { token: active[0], passive: false };
    const passive = childrenWith(index, h, 'nsubj:pass').find((c) => !locativeMisparse(index, c));
    if (passive !== undefined) return { token: passive, passive: activeComplement === -1 ? passiveClause(index, h) : passiveClause(index, activeComplement) };
    const rel = deprel(index, h);
    const up = headOf(index, h);
    if (up < 0) return null;
    if (rel === 'conj' && steps === 0) {
      // "X, who was detained in May but will be returned": a parser that hung the second verb on the main clause
      // still leaves it right after the relative clause, whose pronoun it shares.
      const who = relativeBeforeConjunct(index, h);
      if (who !== -1) return { token: who, passive: childrenWith(index, h, 'aux:pass').length > 0 };
    }
    if (rel.startsWith('acl')) {
      // A participle modifying a noun ("the general arrested in May") has that noun as its passive subject;
      // an infinitive ("the decision to drop the case") shares the subject of the verb governing the noun.
      const t = index.article.tokens[h];
      const participle = t?.xpos === 'VBN' || (t?.xpos === undefined && /(ed|en)$/.test(index.lower[h] ?? ''));
      if (participle) {
        let acting = misparsedSubject(index, h);
        // "The German government today welcomed": the day word was made the root noun the participle modifies.
        const stand = acting !== -1 && DAY_WORDS.has(index.lower[acting] ?? '') ? dayWordSubject(index, acting, h) : -1;
        if (stand !== -1) acting = stand;
        return acting === -1 ? { token: up, passive: true } : { token: acting, passive: false };
      }
      // "forces fighting in the north", "tourists visiting Egypt": the noun does what its -ing modifier says.
      // Not a gerund complement ("the process of returning X"), whose subject is whoever the outer clause names.
      if (t?.xpos === 'VBG' && !childrenWith(index, h, 'mark', 'case').length) return { token: up, passive: false };
      h = headOf(index, up);
      continue;
    }
    if (rel === 'xcomp') {
      // Object control: in "urged Mexico to release" and "expected him to be returned" the object is the subject.
      const obj = childrenWith(index, up, 'obj')[0];
      if (obj !== undefined && obj !== h) return { token: obj, passive: false };
      if (activeComplement === -1) activeComplement = h;
    } else if (rel !== 'conj' && !rel.startsWith('advcl')) return null;
    h = up;
  }
  return null;
}

/**
 * Whether the subject at `n` follows an "in" / "at" the parser made a clause marker ("arrested in Los Angeles but
 * will be returned" read as "in [Los Angeles will be returned]"): a place, not a subject.
 */
function locativeMisparse(index: ArticleIndex, n: number): boolean {
  let first = n;
  for (const c of index.children[n] ?? []) if (c < first) first = c;
  const before = first - 1;
  return before >= 0 && ['in', 'at', 'near', 'from'].includes(index.lower[before] ?? '') && deprel(index, before) === 'mark';
}

/** The relative pronoun of a relative clause that ends just before the conjunction of the conjunct `h`, or -1. */
function relativeBeforeConjunct(index: ArticleIndex, h: number): number {
  const cc = childrenWith(index, h, 'cc').find((c) => c < h);
  if (cc === undefined || index.lower[cc - 1] === ',') return -1;
  for (let j = cc - 1; j >= 0 && j >= cc - 20; j--) {
    const w = index.lower[j] ?? '';
    if (w === '.' || w === ';') return -1;
    if (w !== 'who' && w !== 'which') continue;
    const clause = headOf(index, j);
    if (!deprel(index, j).startsWith('nsubj') || clause < 0 || clause === headOf(index, h) || !deprel(index, clause).startsWith('acl')) return -1;
    return j;
  }
  return -1;
}

/** Personal pronouns that stand for a party named elsewhere ("Nigeria announced that it will withdraw"). */
const PARTY_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
/** Clause relations through which a complement clause's pronoun subject reaches the governing clause's subject. */
const EMBEDDING_RELATIONS = new Set(['ccomp', 'xcomp', 'advcl', 'conj', 'parataxis']);
/** Demonym, country or organisation modifiers of an act noun name who acts ("Palestinian riots", "U.S. sanctions"). */
const ACTOR_MODIFIER_TYPES = new Set(['NORP', 'GPE', 'ORG']);
/** Types of act nouns whose "on X" / "against X" names the target. */
const TARGETED_NOUN_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);

/**
 * A pronoun subject the entity layer left unresolved stands for the subject of the clause that governs its own
 * ("Nigeria announced that it will withdraw", "the union said it had called off the strike").
 */
function pronounAntecedent(view: SentenceView, subjectToken: number, clause: number): number[] {
  const index = view.index;
  if (!PARTY_PRONOUNS.has(index.lower[subjectToken] ?? '')) return [];
  for (let h = clause, steps = 0; h >= 0 && steps < 3; steps++) {
    if (!EMBEDDING_RELATIONS.has(deprel(index, h).split(':')[0] ?? '')) return [];
    const up = headOf(index, h);
    if (up < 0) return [];
    const s = subjectOf(index, up);
    if (s && s.token !== subjectToken) {
      if (s.passive) return [];
      const found = entitiesOf(index, [s.token]);
      if (found.length) return found;
    }
    // The parser may have left the governing verb without a subject ("Nigeria today announced"): word order.
    if (!s && up < subjectToken) {
      const found = orderSubject(index, view, up);
      if (found.length) return found;
    }
    h = up;
  }
  return [];
}

function parsedArguments(view: SentenceView, m: TriggerMatch, outer: TriggerMatch | null): EventArguments {
  const index = view.index;
  const actor: number[] = [];
  const recipient: number[] = [];
  const { entry } = m;
  const head = outer ?? m;
  const subject = subjectOf(index, head.token);
  // "Israel is opposed to", "Vietnam is committed to": a stance adjective, whatever the parser calls its subject.
  const stance = isStance(index, head.token, head.entry);
  // An inherited subject of a passive trigger undergoes it ("he is likely to be set free").
  const passive = !stance && !activeOnly(index, head.token, head.entry) && ((subject?.passive ?? false) || head.passive);
  const isNoun = entry.pos === 'n';
  let controlled: number[] = [];
  // The object counts as recipient unless it is the theme noun the line named ("dropped the charges").
  const objectNouns = (t: number) => childrenWith(index, t, 'obj', 'iobj').filter((o) => o !== m.object || entry.objects[0] === '*');
  const preps = (t: number, wanted: readonly string[]) =>
    childrenWith(index, t, 'obl', 'nmod').filter((c) => wanted.includes(caseOf(index, c)));
  if (isNoun) {
    // "attacks on Aleppo", "sanctions against Iran": a conflictual act noun's target.
    const targets = entry.type !== null && TARGETED_NOUN_TYPES.has(entry.type) ? ['on', 'against'] : [];
    for (const c of [...childrenWith(index, m.token, 'nmod:poss'), ...preps(m.token, ['of', ...entry.recipientPreps, ...targets])]) for (const e of entitiesOf(index, [c])) push(recipient, e);
    const agents = entitiesOf(index, preps(m.token, ['by']));
    if (outer && subject && !subject.passive && !stance) {
      // "warned that police would not tolerate rallies by X", "rejected a proposal by X": the embedding verb's subject
      // speaks, and the act noun's own agent is the party the speech is aimed at.
      for (const e of entitiesOf(index, [subject.token])) push(actor, e);
      for (const e of agents) if (!actor.includes(e)) push(recipient, e);
    } else for (const e of agents) push(actor, e);
    // "X carried out the attack": the support verb's subject acts.
    const support = headOf(index, m.token);
    if (!actor.length && support >= 0 && deprel(index, m.token) === 'obj' && LIGHT_VERBS.has(index.lemma[support] ?? '')) {
      const s = subjectOf(index, support);
      if (s && !s.passive) for (const e of entitiesOf(index, [s.token])) push(actor, e);
    }
    if (!actor.length) {
      // "Palestinian riots against ...", "U.S. sanctions on ...": a demonym or named body modifying the act noun.
      for (const c of childrenWith(index, m.token, 'amod', 'compound')) {
        const e = index.entityAt[c] ?? -1;
        if (e >= 0 && ACTOR_MODIFIER_TYPES.has(index.article.entities[e]?.type ?? '') && !recipient.includes(e)) {
          push(actor, e);
          // "Russian and Iranian attacks": both modifiers act.
          for (const x of modifierConjuncts(index, m.token, e)) if (!recipient.includes(x)) push(actor, x);
        }
      }
    }
  } else {
    const causer = causerOf(index, head.token, subject?.token ?? -1);
    if (causer) {
      // "the government ordered the newspaper to suspend publication": the one who orders or forces acts; the
      // party made to act undergoes it, unless the act names a target of its own.
      for (const e of entitiesOf(index, [causer.subject])) push(actor, e);
      if (!actor.length) for (const e of orderSubject(index, view, causer.verb)) push(actor, e);
      controlled = entitiesOf(index, [causer.object]).filter((e) => !actor.includes(e));
    } else if (subject) {
      const named = entitiesOf(index, [subject.token]);
      const found = named.length ? named : pronounAntecedent(view, subject.token, head.token);
      for (const e of found) push(passive ? recipient : actor, e);
    }
    if (passive) for (const e of entitiesOf(index, preps(head.token, ['by']))) push(actor, e);
    // An embedding verb whose complement is no trigger ("threatened to deliver blows to X") still has its
    // complement's objects and prepositional parties.
    const untriggered = !outer && m.entry.embeds !== 'none' ? childrenWith(index, m.token, 'xcomp') : [];
    const objectHolders = outer ? [outer.token, m.token] : [m.token, ...untriggered];
    for (const t of objectHolders) {
      if (!entry.theme) for (const e of entitiesOf(index, objectNouns(t))) push(recipient, e);
      for (const e of entitiesOf(index, preps(t, entry.recipientPreps))) push(entry.reciprocal && caseOf(index, t) === 'with' ? actor : recipient, e);
      for (const e of entitiesOf(index, preps(t, entry.actorPreps))) push(actor, e);
    }
    const asked = outer && outer.entry.type === 'REQUEST' ? askedParty(index, m.token, actor) : [];
    if (asked.length) {
      // "demanded that the government provide information on its leader X": the one asked is the complement's own
      // subject, not a party named inside what it is asked to do.
      recipient.length = 0;
      for (const e of asked) push(recipient, e);
    }
    if (m.object >= 0 && !recipient.length) {
      for (const e of entitiesOf(index, preps(m.object, [...entry.recipientPreps, 'against', 'on', 'of', 'to']))) push(recipient, e);
    }
    if (!recipient.length && !passive && !outer) {
      // "sent inspectors to Bosnia to investigate": a purpose infinitive's act lands where its governing verb sends.
      for (const e of entitiesOf(index, purposeDestination(index, m.token))) if (!actor.includes(e)) push(recipient, e);
    }
    if (!recipient.length && !passive && !outer) {
      // The party behind the object noun: "rejected a fresh offer from X", "accepted X's demands", "boycott contact
      // with X", "demanded the removal of X", "violated a ban by X".
      for (const o of childrenWith(index, m.token, 'obj')) {
        if ((index.entityAt[o] ?? -1) !== -1) continue;
        // "halted mediation efforts among X's republics", "suspended talks between X and Y": the parties to it.
        const behind = [...childrenWith(index, o, 'nmod:poss'), ...preps(o, ['of', 'from', 'with', 'to', 'against', 'on', 'by', 'between', 'among'])];
        for (const e of entitiesOf(index, behind)) if (!actor.includes(e)) push(recipient, e);
      }
    }
  }
  if (!recipient.length) for (const e of controlled) push(recipient, e);
  return orient(entry.swap, actor, recipient, view);
}

/**
 * The named parties a request's complement clause has for its own active subject ("demanded that Japan lift the
 * ban" -> Japan), other than the requester; [] when that subject is a pronoun or names no party.
 */
function askedParty(index: ArticleIndex, clause: number, requester: readonly number[]): number[] {
  for (const c of index.children[clause] ?? []) {
    // A "that" the parser also made a subject ("its demand that X ease") stands for nothing.
    if (deprel(index, c) !== 'nsubj' || PARTY_PRONOUNS.has(index.lower[c] ?? '') || RELATIVE.has(index.lower[c] ?? '')) continue;
    return entitiesOf(index, [c]).filter((e) => !requester.includes(e));
  }
  return [];
}

/**
 * For an infinitive of purpose ("sent inspectors to Bosnia to investigate"), the "to" phrases of the verb it
 * modifies and of that verb's object: where the purpose is carried out. [] for any other clause.
 */
function purposeDestination(index: ArticleIndex, clause: number): number[] {
  if (!deprel(index, clause).startsWith('advcl') || !childrenWith(index, clause, 'mark').some((c) => index.lower[c] === 'to')) return [];
  const verb = headOf(index, clause);
  if (verb < 0) return [];
  const out: number[] = [];
  for (const holder of [verb, ...childrenWith(index, verb, 'obj')]) {
    for (const c of childrenWith(index, holder, 'obl', 'nmod')) if (caseOf(index, c) === 'to') out.push(c);
  }
  return out;
}

/** Verbs whose object is made to do what their infinitive says ("ordered X to", "forced X to"). */
const CAUSATIVES = new Set(['order', 'force', 'compel', 'oblige', 'instruct', 'direct', 'require', 'coerce', 'pressure', 'pressurize', 'pressurise']);

/**
 * For a clause that is the infinitive of a causative verb whose object controls it ("ordered La Prensa to suspend
 * publication"): the causative verb, its subject (the causer) and that object; else null.
 */
function causerOf(index: ArticleIndex, clause: number, controlled: number): { verb: number; subject: number; object: number } | null {
  if (controlled < 0 || deprel(index, clause) !== 'xcomp') return null;
  const verb = headOf(index, clause);
  if (verb < 0 || !CAUSATIVES.has(index.lemma[verb] ?? '') || !childrenWith(index, verb, 'obj').includes(controlled)) return null;
  const s = subjectOf(index, verb);
  return { verb, subject: s && !s.passive ? s.token : -1, object: controlled };
}

/**
 * Actor and recipient in the line's direction. A party on both sides is dropped from the recipient, unless `view` is
 * given (the sides come from separate phrases of the parse) and it is a demonym on two party nouns of the sentence:
 * "Palestinian police confiscated weapons from Palestinian groups" names two parties of one nation, "Canadian
 * negotiators discussed Canadian exports" only one.
 */
function orient(swap: boolean, actor: number[], recipient: number[], view: SentenceView | null = null): EventArguments {
  const a = swap ? recipient : actor;
  const r = (swap ? actor : recipient).filter((e) => !a.includes(e) || (view !== null && demonymOnTwoParties(view, e)));
  return { actor: a, recipient: r };
}

/**
 * Whether the demonym entity `e` modifies both a subject party noun and another party noun of the sentence
 * ("Palestinian police [subject] ... from Palestinian groups"), and no thing ("Canadian wheat exports": the party
 * behind a thing may be the subject's own nation).
 */
function demonymOnTwoParties(view: SentenceView, e: number): boolean {
  const index = view.index;
  if (index.article.entities[e]?.type !== 'NORP') return false;
  let subjects = 0;
  let others = 0;
  for (let j = view.first; j < view.end; j++) {
    if (index.entityAt[j] !== e || index.entityAt[j + 1] === e) continue;
    const noun = headOf(index, j);
    if (!isAgentNoun(index.lemma[noun] ?? '')) return false;
    if (deprel(index, noun).startsWith('nsubj')) subjects++;
    else others++;
  }
  return subjects > 0 && others > 0;
}

/** Entity runs in the sentence: `[entity, firstToken, lastToken]`, in order. */
function runs(index: ArticleIndex, view: SentenceView): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let j = view.first; j < view.end; j++) {
    const e = index.entityAt[j] ?? -1;
    if (e === -1) continue;
    const last = out.at(-1);
    // Adjacent names form one phrase whose last name is its head: "U.S. Ambassador Christopher Landau".
    if (last && last[2] === j - 1) {
      last[0] = e;
      last[2] = j;
    } else out.push([e, j, j]);
  }
  return out;
}

function prepBefore(index: ArticleIndex, view: SentenceView, first: number, skip = -1): string {
  for (let j = first - 1; j >= view.first && j >= first - 3; j--) {
    if (j === skip) return '';
    const w = index.lower[j] ?? '';
    if (w === 'the' || w === 'a' || w === 'an' || /^(u\.s\.|former|top|acting|then-|senior)$/.test(w)) continue;
    return w;
  }
  return '';
}

/** Runs coordinated with a run by "and" / "," ("Brazil and the United States"). */
function coordinated(index: ArticleIndex, all: readonly [number, number, number][], k: number, direction: 1 | -1): number[] {
  const out: number[] = [];
  let cur = all[k];
  for (let step = 0; step < 4 && cur; step++) {
    const next = all[k + direction * (step + 1)];
    if (!next) break;
    const [gapFrom, gapTo] = direction === 1 ? [cur[2] + 1, next[1] - 1] : [next[2] + 1, cur[1] - 1];
    const gap: string[] = [];
    // "the Sudanese government and SPLM": a noun for a party after the earlier name is that name's head.
    let from = gapFrom;
    while (from <= gapTo && index.lower[from] !== 'and' && index.lower[from] !== ',' && uposOf(index, from) !== 'PROPN' && isAgentNoun(index.lemma[from] ?? '')) from++;
    for (let j = from; j <= gapTo; j++) gap.push(index.lower[j] ?? '');
    const words = gap.filter((w) => w !== 'the');
    // "A, B and C" or "A and B"; a lone comma more often ends a fronted phrase ("in Mexico, he").
    const joined = words.join(' ');
    const list = joined === 'and' || joined === 'or' || joined === ', and' || (joined === ',' && out.length === 0 && direction === 1);
    if (!list) break;
    out.push(next[0]);
    cur = next;
  }
  return out;
}

/**
 * Words that open an adjunct of time or cause ("following the discovery of X", "after talks with Y"): a name past
 * them belongs to that adjunct, not to the act.
 */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['following', 'after', 'before', 'despite', 'amid', 'during', 'because', 'until']);

/**
 * The party a stranded preposition of the line shares with the next conjunct ("established ties with and opened an
 * embassy in Tehran": Tehran is what the ties are with), or -1.
 */
function strandedObject(index: ArticleIndex, view: SentenceView, m: TriggerMatch, preps: readonly string[], all: readonly [number, number, number][]): number {
  for (let j = m.token + 1; j < view.end && j <= m.token + 6; j++) {
    if (isClauseBreak(index, j)) return -1;
    if (index.lower[j + 1] !== 'and' || !preps.includes(index.lower[j] ?? '')) continue;
    const run = all.find((r) => r[1] > j + 1);
    if (!run || run[1] - j > 12) return -1;
    for (let k = j + 2; k < run[1]; k++) if (isClauseBreak(index, k) || index.lower[k] === ',') return -1;
    return run[0];
  }
  return -1;
}

function windowArguments(index: ArticleIndex, view: SentenceView, m: TriggerMatch, outer: TriggerMatch | null): EventArguments {
  const actor: number[] = [];
  const recipient: number[] = [];
  const { entry } = m;
  const all = runs(index, view);
  const left = outer ? outer.token : m.token;
  const passive = (outer ?? m).passive;
  // An embedding verb's own recipient prepositions count too ("offered to hand over to Britain").
  const recipientPreps = outer ? [...entry.recipientPreps, ...outer.entry.recipientPreps] : entry.recipientPreps;
  // Subject: the nearest name before the trigger that is not inside a prepositional phrase.
  let subjectRun = -1;
  // "Cienfuegos, who was arrested": the relative pronoun's antecedent is the subject.
  let relative = -1;
  for (let j = left - 1; j >= view.first && j >= left - 5; j--) {
    const w = index.lower[j] ?? '';
    if (w === 'who' || w === 'which') {
      relative = j;
      break;
    }
    if (index.entityAt[j] !== -1 || isClauseBreak(index, j) || w === ',') break;
  }
  // The verb group's left edge, past auxiliaries and adverbs ("has also been").
  let edge = left - 1;
  while (edge > view.first && (AUX_WORDS.has(index.lower[edge] ?? '') || (index.lower[edge] ?? '').endsWith('ly'))) edge--;
  const form = index.lower[left] ?? '';
  if (relative !== -1) {
    const antecedent = relative - (index.lower[relative - 1] === ',' ? 2 : 1);
    subjectRun = all.findIndex((r) => r[2] === antecedent);
  } else if (index.lower[edge] === ',' && !form.endsWith('ing')) {
    // "Pakistan, a key U.S. ally, has refused": the subject is the name before the appositive's opening comma.
    for (let j = edge - 1; j >= view.first && j >= edge - 15; j--) {
      if (index.lower[j] !== ',') continue;
      subjectRun = all.findIndex((r) => r[2] === j - 1);
      break;
    }
  } else if (form.endsWith('ing') && (index.lower[edge] === ',' || (index.lower[edge] === 'and' && index.lower[edge - 1] === ','))) {
    // ", killing one and arresting 12": a participle clause shares the sentence's subject.
    subjectRun = all.findIndex((r) => !LOCATIVE.has(prepBefore(index, view, r[1])) && r[2] < edge);
  }
  if (subjectRun === -1 && relative === -1) {
    for (let k = all.length - 1; k >= 0; k--) {
      const run = all[k];
      if (!run || run[2] >= left) continue;
      if (left - run[2] > 12) break;
      let blocked = false;
      for (let j = run[2] + 1; j < left; j++) if (index.lower[j] === ';' || RELATIVE.has(index.lower[j] ?? '')) blocked = true;
      if (blocked) break;
      const prep = prepBefore(index, view, run[1]);
      if ((LOCATIVE.has(prep) && !SUBORDINATORS.has(prep)) || prep === 'by' || prep === 'to' || prep === 'with' || prep === 'against') continue;
      subjectRun = k;
      break;
    }
  }
  if (subjectRun === -1 && relative === -1) {
    // "Rebels in the Ivory Coast dismissed", "supporters of Ben Bella blocked": a name inside the subject phrase.
    for (let k = all.length - 1; k >= 0; k--) {
      const run = all[k];
      if (!run || run[2] >= left) continue;
      if (left - run[2] > 8) break;
      let verbBetween = false;
      for (let j = run[2] + 1; j < left; j++) if (isClauseBreak(index, j) || index.lower[j] === ',' || /(ed|ing)$/.test(index.lower[j] ?? '')) verbBetween = true;
      const prep = prepBefore(index, view, run[1]);
      if (!verbBetween && ['in', 'of', 'from', 'throughout', 'across'].includes(prep) && !(prep === 'in' && isLocalPlace(index, run[0], true))) subjectRun = k;
      break;
    }
  }
  // "no agreement would be reached": the passive subject is the line's theme noun, and a name before it is no party.
  if (passive && m.object >= 0 && m.object < left && subjectRun !== -1 && (all[subjectRun]?.[2] ?? -1) < m.object) subjectRun = -1;
  const subjectEntities = subjectRun === -1 ? [] : [...coordinated(index, all, subjectRun, -1).reverse(), all[subjectRun]?.[0] ?? -1];
  const isNoun = entry.pos === 'n';
  // Right-hand arguments: the first name after the trigger, with the preposition that introduces it.
  let objectDone = false;
  const from = Math.min(left, m.object >= 0 ? m.object : m.token);
  for (let k = 0; k < all.length; k++) {
    const run = all[k];
    if (!run || run[1] <= from) continue;
    if (run[1] - m.token > 14) break;
    // ", the Israeli army said": the reporter of a trailing attribution takes no part in the act.
    if (reporterRun(index, run[2])) break;
    // "with Chicago bankers": a town modifying the noun after it says where the party is from, not who it is.
    if (uposOf(index, run[2] + 1) === 'NOUN' && placeOnlyModifies(index.lemma[run[2] + 1] ?? '') && isLocalPlace(index, run[0])) continue;
    // "against a former Chilean finance minister": the demonym describes one unnamed person, who is the party.
    if (demonymOnPerson(index, run[0], run[2])) continue;
    let broken = false;
    for (let j = Math.min(m.token, left) + 1; j < run[1]; j++) {
      if (isClauseBreak(index, j) || (index.lower[j] === ',' && j > m.token + 1 && index.lower[j + 1] !== 'the') || (j > m.token && ADJUNCT_OPENERS.has(index.lower[j] ?? ''))) broken = true;
    }
    if (broken) break;
    const prep = prepBefore(index, view, run[1], m.particle);
    const group = [run[0], ...coordinated(index, all, k, 1)];
    if (recipientPreps.includes(prep) && prep === 'by' && !passive) group.forEach((e) => push(recipient, e));
    else if (prep === 'by') {
      // "by X" is the agent of a passive or a nominal; after an active verb it belongs to some other phrase.
      if (passive || isNoun) group.forEach((e) => push(actor, e));
    } else if (entry.actorPreps.includes(prep)) group.forEach((e) => push(actor, e));
    else if (recipientPreps.includes(prep) || (isNoun && prep === 'of') || (m.object >= 0 && ['against', 'on'].includes(prep))) {
      group.forEach((e) => push(entry.reciprocal && prep === 'with' ? actor : recipient, e));
    } else if (!LOCATIVE.has(prep) && prep !== 'to' && prep !== 'with' && !objectDone && !entry.theme && !passive && !isNoun) {
      group.forEach((e) => push(recipient, e));
      objectDone = true;
    }
  }
  if (isNoun && !actor.length && subjectEntities.length) {
    // "Italy announced a suspension of links": the subject of a support verb just before the noun acts.
    for (let j = m.token - 1; j >= view.first && j >= m.token - 4; j--) {
      if (NOMINAL_SUPPORT.has(index.lower[j] ?? '')) {
        subjectEntities.forEach((e) => push(actor, e));
        break;
      }
    }
  }
  if (isNoun) {
    // "X's arrest" / "the arrest of X": the possessor or "of" phrase undergoes it.
    const before = all.find((r) => r[2] === m.token - 1 || (r[2] === m.token - 2 && /^('s|\u2019s)$/.test(index.lower[m.token - 1] ?? '')));
    if (before) push(recipient, before[0]);
  } else if (passive) subjectEntities.forEach((e) => push(recipient, e));
  else subjectEntities.forEach((e) => push(actor, e));
  if (!recipient.length && !passive) push(recipient, strandedObject(index, view, m, recipientPreps, all));
  return orient(entry.swap, actor, recipient);
}

/** Actor and recipient of the matched trigger (`outer` is the embedding verb when `m` is its complement's coding). */
export function findArguments(view: SentenceView, m: TriggerMatch, outer: TriggerMatch | null): EventArguments {
  const byOrder = windowArguments(view.index, view, m, outer);
  if (!view.index.parsed) return byOrder;
  // The parse decides; word order fills a role the parse left empty (a parser's attachment errors are common).
  const parsed = parsedArguments(view, m, outer);
  const actor = parsed.actor.length ? parsed.actor : byOrder.actor.filter((e) => !parsed.recipient.includes(e));
  const recipient = parsed.recipient.length ? parsed.recipient : byOrder.recipient.filter((e) => !actor.includes(e));
  return { actor, recipient };
}

/**
 * A place entity for the event: a locative "in X" / "at X" phrase on the trigger (or its object), else (when
 * `fronted`) a sentence-initial "In X,", else -1.
 */
export function findPlace(view: SentenceView, m: TriggerMatch, fronted = true): number {
  const index = view.index;
  const isPlace = (e: number) => e >= 0 && PLACE_TYPES.has(index.article.entities[e]?.type ?? '');
  if (index.parsed) {
    // The subject's own "in X" ("police in Lyon arrested") places the act, but is no target of it.
    // "will be returned to Peru": the destination of a release is where it takes place, not a party to it.
    if (m.entry.type === 'RETREAT' && m.entry.mode === 'release') {
      for (const c of childrenWith(index, m.token, 'obl')) {
        if (caseOf(index, c) !== 'to') continue;
        const e = entityOfNominal(index, c, 0, true);
        if (isPlace(e)) return e;
      }
    }
    const holders = [m.token, ...childrenWith(index, m.token, 'obj', 'nsubj:pass', ...(fronted ? ['nsubj'] : []))];
    for (const h of holders) {
      for (const c of childrenWith(index, h, 'obl', 'nmod')) {
        if (!['in', 'at', 'near', 'outside', 'inside'].includes(caseOf(index, c))) continue;
        const e = entityOfNominal(index, c, 0, true);
        if (isPlace(e)) return e;
      }
    }
  }
  for (let j = m.token + 1; j < view.end && j <= m.token + 9; j++) {
    if (isClauseBreak(index, j)) break;
    const w = index.lower[j] ?? '';
    if (j === m.particle) continue;
    // Past another prepositional phrase an "in X" modifies that phrase ("conspiring with the cartel in Mexico").
    if (['with', 'of', 'to', 'against', 'for', 'from', 'between'].includes(w)) break;
    if (w === 'in' || w === 'at' || w === 'near') {
      const k = index.lower[j + 1] === 'the' ? j + 2 : j + 1;
      const e = index.entityAt[k] ?? -1;
      if (isPlace(e)) return e;
    }
  }
  // "In Los Angeles, police arrested ...": a fronted locative before the first comma.
  if (fronted && (index.lower[view.first] === 'in' || index.lower[view.first] === 'at')) {
    const e = index.entityAt[view.first + 1] ?? -1;
    if (isPlace(e)) return e;
  }
  return -1;
}

/** The entities that are the subject of the verb at `token` (the speaker of "X said"), by the parse or word order. */
export function subjectEntities(view: SentenceView, token: number): number[] {
  const index = view.index;
  if (index.parsed) {
    const s = subjectOf(index, token);
    return s && !s.passive ? entitiesOf(index, [s.token]) : [];
  }
  return orderSubject(index, view, token);
}

/** The subject of the verb at `token` by word order: the nearest name before it outside a prepositional phrase. */
function orderSubject(index: ArticleIndex, view: SentenceView, token: number): number[] {
  const all = runs(index, view);
  for (let k = all.length - 1; k >= 0; k--) {
    const run = all[k];
    if (!run || run[2] >= token) continue;
    if (token - run[2] > 8) break;
    const prep = prepBefore(index, view, run[1]);
    if (LOCATIVE.has(prep) && !SUBORDINATORS.has(prep)) continue;
    return [...coordinated(index, all, k, -1).reverse(), run[0]];
  }
  return [];
}

/**
 * The act's core participant: the subject of the trigger's clause (of the embedding verb for a complement's act),
 * with whether it undergoes the act (passive); null when the clause has none.
 */
export function coreParticipant(view: SentenceView, m: TriggerMatch, outer: TriggerMatch | null): { token: number; passive: boolean } | null {
  const index = view.index;
  if (!index.parsed) return null;
  const head = outer ?? m;
  const s = subjectOf(index, head.token);
  if (!s) return null;
  const stance = isStance(index, head.token, head.entry) || activeOnly(index, head.token, head.entry);
  return { token: s.token, passive: !stance && (s.passive || head.passive) };
}

/** The nominal of an "of" phrase on the nominal at `n` ("hundreds of students" -> students), or -1. */
export function ofPhrase(index: ArticleIndex, n: number): number {
  return childrenWith(index, n, 'nmod').find((c) => caseOf(index, c) === 'of') ?? -1;
}
