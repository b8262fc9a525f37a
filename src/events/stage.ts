// The "events" stage: codes PLOVER events (with CAMEO codes) from trigger words, their arguments, time and place.
import type { Article, ArticleEvent, EventGroup, PloverEventType, Stage, StageContext } from '../core/index.js';
import { textSpan } from '../core/index.js';
import { PLOVER_TYPES } from './ontology.js';
import { createTriggerLexicon, type TriggerLexicon } from './triggers.js';
import { matchAt, type TriggerMatch } from './match-triggers.js';
import { composeEmbedded, composeFuture, type Coding } from './compose.js';
import { readModality } from './modality.js';
import { coreParticipant, findArguments, findPlace, nominalEntities, ofPhrase, subjectEntities } from './arguments.js';
import { allegedAct } from './alleged.js';
import { canBeParty } from './participants.js';
import { groupAt } from './groups.js';
import { modalDemands } from './modal-demands.js';
import { calendarDate, findGoverningTime, indexTimes } from './anchors.js';
import { titlePhraseCountries } from './actor-countries.js';
import { contextCountries } from './residence.js';
import { loadGazetteer, type Gazetteer } from '../entities/index.js';
import { caseOf, childrenWith, headOf, indexArticle, isClauseBreak, sentenceViews, type ArticleIndex, type SentenceView } from './sentence-view.js';

/** Options for the events stage. */
export interface EventsStageOptions {
  /** A trigger lexicon other than our dictionary (tests, experiments). */
  readonly lexicon?: TriggerLexicon;
  /**
   * Events below this confidence are not reported (default 0.5: with a parse, a main-clause act without a named actor
   * or recipient is kept, a nominal or subordinate one is not; without a parse, every act needs a named party).
   */
  readonly minConfidence?: number;
}

const DAY = 86_400_000;
/** Acts whose undergoer may be a thing (a camp attacked, homes demolished, a road blocked). */
const MATERIAL_CONFLICT: ReadonlySet<PloverEventType> = new Set(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
/** Acts whose target, when no party is named, is the place they happen in. */
const PLACE_TARGETS: ReadonlySet<PloverEventType> = new Set(['THREATEN', 'COOPERATE', 'AID', 'RETREAT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const DEFAULT_MIN_CONFIDENCE = 0.5;

function baseCoding(m: TriggerMatch): Coding {
  const type = m.entry.type ?? 'AGREE';
  return { type, mode: m.entry.mode, cameo: m.entry.cameo ?? PLOVER_TYPES[type].defaultCameo };
}

function codingOf(m: TriggerMatch): Coding {
  return m.complement ? composeEmbedded(baseCoding(m), baseCoding(m.complement)) : baseCoding(m);
}

/** Triggers in a sentence, left to right; complements and purpose clauses fold into the verb that governs them. */
function sentenceMatches(lexicon: TriggerLexicon, view: SentenceView): TriggerMatch[] {
  const index = view.index;
  const out: TriggerMatch[] = [];
  const consumed = new Set<number>();
  for (let i = view.first; i < view.end; i++) {
    if (consumed.has(i)) continue;
    const m = matchAt(lexicon, view, i);
    if (!m) continue;
    if (m.complement) consumed.add(m.complement.token);
    if (m.particle >= 0) consumed.add(m.particle);
    if (m.object >= 0 && m.object > i) consumed.add(m.object);
    // "called in the ambassador to express displeasure": the purpose clause is part of the same act.
    const prev = out.at(-1);
    const infinitive = index.lower[i - 1] === 'to' && !(index.parsed && index.article.tokens[i]?.deprel === 'ccomp');
    if (infinitive && prev && i - prev.token <= 8) continue;
    out.push(m);
  }
  return out;
}

const SUPPORT_VERB_FORMS = new Set(['carried', 'conducted', 'launched', 'staged', 'held', 'ordered', 'completed', 'began', 'started', 'announced', 'continued', 'speeded', 'sped', 'mounted', 'undertook', 'resumed', 'finished', 'made']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * A nominal trigger with no entity argument still names an act when a support verb or a possessive frames it
 * ("completed their withdrawal", "speeded up the withdrawal") or a preposition introduces its target ("riots against").
 */
function nominalHasFrame(index: ArticleIndex, view: SentenceView, m: TriggerMatch): boolean {
  const next = index.lower[m.token + 1] ?? '';
  if (next === 'of' || next === 'against' || m.entry.recipientPreps.includes(next)) return true;
  for (let j = m.token - 1; j >= view.first && j >= m.token - 4; j--) {
    const w = index.lower[j] ?? '';
    if (SUPPORT_VERB_FORMS.has(w) || POSSESSIVES.has(w)) return true;
  }
  return false;
}

/**
 * Whether a verbal act has a participant that can act in politics. Its subject must be one ("heavy rain battered
 * the coast", "inflation threatens wages" and "the report blamed" are no events; a passive subject that is the
 * line's own object noun, "a state of emergency was declared", is exempt); with no subject at all, a named party.
 */
function plausibleParticipants(view: SentenceView, m: TriggerMatch, named: boolean, politicalActor: boolean): boolean {
  const index = view.index;
  const core = coreParticipant(view, m, null);
  if (!core) return named;
  if (core.passive && m.entry.objects.length > 0) return true;
  // Material conflict lands on things as well as people: "a camp was attacked", "homes were demolished".
  const act = m.complement ?? m;
  if (core.passive && act.entry.type !== null && MATERIAL_CONFLICT.has(act.entry.type)) return true;
  // "The plan was rejected by Peru": a passive's subject is what the act is done to, a thing as often as a party,
  // when a named political party does it (not a firm: "the tool was released by Microsoft").
  if (core.passive && politicalActor) return true;
  return canBeParty(index, core.token, (n) => ofPhrase(index, n));
}

/** Verbs of commerce: agreeing to do one of them between firms is a business deal, not a political event. */
const COMMERCE = new Set(['sell', 'buy', 'acquire', 'purchase', 'merge', 'issue', 'invest', 'lease', 'license', 'licence', 'distribute', 'market', 'manufacture', 'supply', 'finance', 'underwrite', 'redeem', 'repurchase', 'list']);
/** Sectors of political actors: an organisation with one of them is no mere firm. */
const BUSINESS_SECTORS = new Set(['BUS']);

/**
 * Whether entity `e` is a firm rather than a political actor: an organisation (or a name the entity layer could not
 * type, "Prairie Expo Inc" as MISC) without a political sector, whatever its country ("Westinghouse agreed to form a
 * venture with Matsushita (Japan)": a firm's home country makes it no state).
 */
function isFirm(index: ArticleIndex, e: number): boolean {
  const entity = index.article.entities[e];
  return entity !== undefined && (entity.type === 'ORG' || entity.type === 'MISC') && (entity.sector === null || BUSINESS_SECTORS.has(entity.sector));
}

/**
 * "Montedison agreed to acquire Antibioticos", "the unit agreed to sell its tire division to Dyneer": an intent to
 * buy, sell, merge or issue whose named parties are all organisations without a political sector (whatever their
 * country) is a business deal, which PLOVER does not code. A state or a person among the parties keeps it ("Cairo agreed to
 * purchase wheat").
 */
function commercialDeal(index: ArticleIndex, m: TriggerMatch, parties: readonly number[]): boolean {
  if (codingOf(m).type !== 'AGREE') return false;
  const firm = (e: number) => isFirm(index, e);
  // "Norton Tools reached a distribution agreement with Keller Devices": any agreement among firms only, one of which
  // the entity layer knows for a business.
  const business = parties.some((e) => index.article.entities[e]?.sector === 'BUS');
  if (parties.length >= 2 && business && parties.every(firm)) return true;
  let verb = m.complement ? m.complement.token : -1;
  for (let j = m.token + 1; verb === -1 && j <= m.token + 4 && j < index.lower.length; j++) {
    if (index.lower[j] === 'to') {
      verb = j + 1;
      break;
    }
  }
  if (verb === -1 || !COMMERCE.has(index.lemma[verb] ?? '') && !COMMERCE.has((index.lower[verb] ?? '').replace(/e?s$/, ''))) return false;
  if (!parties.length) return true;
  return parties.every(firm);
}

/**
 * An all-capitals headline ("BANKS EXPRESS GRAVE CONCERN ON BRAZIL DEBT MOVE"): taggers and parsers read it badly, and
 * the story below it reports the same act in full.
 */
function allCapitals(text: string, view: SentenceView): boolean {
  const tokens = view.index.article.tokens;
  const first = tokens[view.first];
  const last = tokens[view.end - 1];
  if (!first || !last) return false;
  const words = text.slice(first.start, last.end);
  return /\p{Lu}{2}/u.test(words) && !/\p{Ll}/u.test(words);
}

/** Words after which the rest of the sentence is someone's report of the act, not part of it. */
const REPORT_TAIL = new Set(['said', 'says', 'reported', 'according', 'told']);

/**
 * The first entity after token `from` in the sentence, not among `exclude`, before a reporting tail; else -1. A
 * demonym names a nationality, not one party: "Algerian landowners ... against Algerian forces" are two parties.
 */
function firstPartyAfter(index: ArticleIndex, view: SentenceView, from: number, exclude: readonly number[]): number {
  for (let j = from + 1; j < view.end; j++) {
    const w = index.lower[j] ?? '';
    if (REPORT_TAIL.has(w) || w === ';') return -1;
    // ", APS news agency said": a trailing attribution names no target.
    if (w === ',') for (let k = j + 1; k < view.end && k <= j + 6; k++) if (REPORT_TAIL.has(index.lower[k] ?? '')) return -1;
    const e = index.entityAt[j] ?? -1;
    if (e >= 0 && (!exclude.includes(e) || index.article.entities[e]?.type === 'NORP')) return e;
  }
  return -1;
}

/** Acts only a state's authorities perform: arrest, deportation, criminal investigation and prosecution. */
function stateAct(coding: Coding): boolean {
  return coding.mode === 'arrest' || coding.mode === 'deport' || coding.mode === 'investigate' || coding.cameo === '1121';
}

/** Whether entity `e` is a country by name (not a town or region), by the shipped gazetteer. */
function isCountry(article: Article, e: number): boolean {
  const entity = article.entities[e];
  return entity?.type === 'GPE' && entity.country !== null && gazetteerOrNull()?.country(entity.name) === entity.country;
}

function isStateForce(article: Article, e: number): boolean {
  const entity = article.entities[e];
  return entity !== undefined && (entity.type === 'GPE' || entity.sector === 'MIL');
}

function datelinePlace(article: Article): number {
  const d = article.dateline;
  if (!d) return -1;
  return article.entities.findIndex((e) => (e.type === 'GPE' || e.type === 'LOC') && e.mentions.some((m) => m.start < d.end && m.end > d.start));
}

function codeSentence(index: ArticleIndex, view: SentenceView, lexicon: TriggerLexicon, timeAt: Int32Array, dateline: number, out: ArticleEvent[]): void {
  const { article } = index;
  const matches = sentenceMatches(lexicon, view);
  const triggerTokens = matches.map((m) => m.token);
  for (const m of matches) {
    const { entry } = m;
    const cues = readModality(index, view, m.token);
    let coding = codingOf(m);
    const args = m.complement ? findArguments(view, m.complement, m) : findArguments(view, m, null);
    const passive = m.passive;
    if (entry.pos === 'n' && !args.actor.length && !args.recipient.length && m.object === -1 && !nominalHasFrame(index, view, m)) continue;
    if (entry.pos !== 'n' && index.parsed && !plausibleParticipants(view, m, args.actor.length + args.recipient.length > 0, args.actor.some((e) => !isFirm(index, e)))) continue;
    if (commercialDeal(index, m, [...args.actor, ...args.recipient])) continue;
    let negated = cues.negated;
    let actor = args.actor;
    let recipient = args.recipient;
    let modality = cues.modality;
    const act = m.complement ?? m;
    // "charged a man with killing his neighbour": the act is the charge's, done (it is said) by the one charged.
    const alleged = entry.pos !== 'n' && !m.complement ? allegedAct(index, m.token) : null;
    const allegedObject = alleged ? (childrenWith(index, m.token, 'obj')[0] ?? -1) : -1;
    if (alleged) {
      actor = nominalEntities(view, alleged.holder);
      recipient = nominalEntities(view, allegedObject).filter((e) => !actor.includes(e));
      modality = 'reported';
    }
    // A group arrested or attacked ("charged a 34-year-old man") is the target already: the place is where it happened.
    const targetsPeople = act.entry.type === 'COERCE' || act.entry.type === 'ASSAULT';
    const objectGroup = index.parsed && targetsPeople && entry.pos !== 'n' && !entry.theme ? groupAt(index, childrenWith(index, act.token, 'obj')[0] ?? -1) : null;
    if (!recipient.length && !objectGroup && !alleged && act.entry.type !== null && PLACE_TARGETS.has(act.entry.type)) {
      // A material act done in a place with no other target lands on that place ("blocked roads in Algiers",
      // "will evacuate the settlements in the Gaza Strip"), as CAMEO codes the location's country as target.
      let place = findPlace(view, act, false);
      if (place === -1 && !m.complement && index.parsed && entry.embeds !== 'none') {
        // "threatened to resume attacks in Israel": the place of the complement's act.
        for (const x of childrenWith(index, m.token, 'xcomp')) if (place === -1) place = findPlace(view, { ...m, token: x, particle: -1 }, false);
      }
      if (place >= 0 && !actor.includes(place)) recipient = [place];
    }
    if (!recipient.length && coding.type === 'PROTEST') {
      // A protest's target is named in its purpose or motive ("to demand reforms by X's government", "in protest
      // against abuses by X", "to show their disapproval of X's policies"): the first party after the trigger.
      const target = firstPartyAfter(index, view, m.particle > m.token ? m.particle : m.token, actor);
      if (target >= 0) recipient = [target];
    }
    // Unnamed parties, from the parse: the subject and object nouns that are groups ("Police arrested two men").
    let actorGroup: EventGroup | null = null;
    let recipientGroup: EventGroup | null = null;
    if (alleged) {
      actorGroup = groupAt(index, alleged.holder);
      recipientGroup = groupAt(index, allegedObject);
    } else if (index.parsed && entry.pos !== 'n') {
      const core = coreParticipant(view, act, m.complement ? m : null);
      const subjectGroup = core ? groupAt(index, core.token) : null;
      const object = entry.theme ? -1 : (childrenWith(index, act.token, 'obj')[0] ?? -1);
      if (core?.passive) {
        recipientGroup = subjectGroup;
        // "were arrested by police": the agent phrase.
        const agent = childrenWith(index, act.token, 'obl', 'obl:agent').find((c) => caseOf(index, c) === 'by');
        if (agent !== undefined) actorGroup = groupAt(index, agent);
      } else {
        actorGroup = subjectGroup;
        recipientGroup = groupAt(index, object);
        // "attacked the government's budget plan": the party behind an object that is a thing.
        // "dropped the case against a former minister": the theme noun the line named has its party too.
        const owner = object >= 0 ? object : act.object;
        if (!recipientGroup && owner >= 0 && !recipient.length && (index.entityAt[owner] ?? -1) === -1) {
          // "attacked an army post": a group noun modifying the object owns it.
          const behind = [...childrenWith(index, owner, 'nmod:poss', 'compound'), ...childrenWith(index, owner, 'nmod').filter((c) => ['of', 'by', 'from', 'against'].includes(caseOf(index, c)))];
          for (const b of behind) recipientGroup ??= groupAt(index, b);
        }
        // "dropped the case against a former minister", however the parser attached the phrase: the line's own
        // recipient prepositions on the verb.
        if (!recipientGroup && !recipient.length && act.object >= 0 && act.entry.recipientPreps.length) {
          for (let k = act.token + 1; k < view.end && k <= act.token + 12 && !recipientGroup; k++) {
            if (isClauseBreak(index, k)) break;
            if (index.article.tokens[k]?.deprel === 'case' && act.entry.recipientPreps.includes(index.lower[k] ?? '')) recipientGroup = groupAt(index, headOf(index, k));
          }
        }
      }
      if (entry.swap) [actorGroup, recipientGroup] = [recipientGroup, actorGroup];
    }
    if (alleged) {
      // An alleged act keeps its own coding: the charge says it was done, not that anyone asks or intends it.
    } else if ((cues.modal === 'must' || (cues.modal === 'should' && cues.reporter !== -1)) && (!m.complement || cues.reporter !== -1) && !passive) {
      // "X said Y must release the prisoners", "X said Y must be ready to mediate": X asks Y to.
      coding = composeEmbedded({ type: 'REQUEST', mode: null, cameo: '100' }, coding);
      recipient = args.actor;
      actor = cues.reporter === -1 ? [] : subjectEntities(view, cues.reporter);
      recipientGroup = actorGroup;
      actorGroup = null;
    } else if ((cues.future || cues.modal === 'would' || cues.modal === 'may' || cues.modal === 'might' || cues.modal === 'could') && !passive && !m.complement) {
      // Said-to-be-done acts are intents (AGREE) or threats (THREATEN), per the PLOVER manual's auxiliary modes.
      const future = composeFuture(coding, negated);
      if (future.type === 'REJECT' && coding.type !== 'REJECT') negated = false;
      coding = future;
    }
    // A reported plan's date is rarely the report's ("said Tuesday it would drop"): only a later expression counts.
    const ahead = cues.modality === 'future' || cues.modality === 'hypothetical';
    const timeIndex = findGoverningTime(index, view, timeAt, m.token, triggerTokens, ahead);
    const time = timeIndex >= 0 ? article.times[timeIndex] : undefined;
    let date: string | null = null;
    if (time) {
      const from = time.range ? article.times.find((x) => x.id === time.range?.from) : undefined;
      date = calendarDate(from?.value ?? time.value);
    } else if (!cues.pluperfect && cues.modality !== 'future' && cues.modality !== 'hypothetical') {
      // No governing expression: the publication date, marked approximate by `time: null`.
      date = article.date;
    }
    let place = findPlace(view, m);
    if (passive && !m.complement && !alleged && !actor.length && !actorGroup && place >= 0 && stateAct(coding) && isCountry(article, place)) {
      // "A Canadian was arrested in Lebanon", "X was put under investigation in Italy": only a state arrests, deports
      // or investigates, so with no agent named, the country it happens in does (as CAMEO codes it).
      actor = [place];
    }
    if (place === -1 && dateline !== -1 && cues.modality !== 'hypothetical' && cues.modality !== 'future' && !cues.pluperfect) {
      // The dateline names where the news happened: only for acts dated within the week before publication.
      const recent = time !== undefined && date !== null && date.length === 10 && article.date !== null && (Date.parse(article.date) - Date.parse(date)) / DAY <= 7;
      if (recent) place = dateline;
    }
    // CAMEO separates unconventional violence (18x) from a state's or army's military force (19x).
    if (entry.military && coding.cameo.startsWith('18') && actor.some((e) => isStateForce(article, e))) {
      coding = { ...coding, cameo: `19${coding.cameo.slice(2)}` };
    }
    let confidence = index.parsed ? 0.75 : 0.6;
    // A group noun is a party as much as a name is ("Police arrested two men"), though it carries no country; firms and
    // banks are not ("the banks agreed to lend"): PLOVER codes no business dealings.
    const political = (g: EventGroup | null) => g !== null && g.sector !== 'BUS';
    const hasActor = actor.length > 0 || political(actorGroup);
    const hasRecipient = recipient.length > 0 || political(recipientGroup);
    // "Officials said an agreement would be reached next week", "the embargo could be lifted": an act still ahead, or
    // only supposed, that names no party at all says nothing codable. On BBC politics, business and tech stories such
    // events (64 of 3,178) were nearly all non-events ("a compromise could be reached", "copies could then be burned",
    // "the bullets will just refuse to hit him").
    if (!hasActor && !hasRecipient && (modality === 'future' || modality === 'hypothetical')) continue;
    if (hasActor) confidence += 0.1;
    if (hasRecipient || !PLOVER_TYPES[coding.type].requiresRecipient) confidence += 0.05;
    if (entry.objects.length && entry.objects[0] !== '*') confidence += 0.05;
    if (entry.pos === 'n') confidence -= 0.15;
    if (cues.subordinate) confidence -= 0.1;
    if (!hasActor && !hasRecipient) confidence -= 0.25;
    confidence = Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
    const token = article.tokens[m.token];
    if (!token) continue;
    const particle = m.particle === m.token + 1 ? article.tokens[m.particle] : undefined;
    const entityId = (e: number) => article.entities[e]?.id ?? '';
    out.push({
      id: `V${out.length + 1}`,
      type: coding.type,
      mode: coding.mode,
      cameo: coding.cameo,
      actor: actor.map(entityId),
      recipient: recipient.map(entityId),
      date,
      time: time?.id ?? null,
      place: place >= 0 ? entityId(place) : null,
      negated,
      modality,
      sentence: view.sentence,
      trigger: textSpan(article.text, token.start, particle?.end ?? token.end),
      confidence,
      ...(actorGroup ? { actorGroup } : {}),
      ...(recipientGroup ? { recipientGroup } : {}),
    });
  }
  // "X said Y must do Z" where Z is no trigger: a demand all the same.
  const taken = new Set<number>([...triggerTokens, ...matches.flatMap((m) => (m.complement ? [m.complement.token] : []))]);
  for (const d of modalDemands(view, taken)) {
    const cues = readModality(index, view, d.reporter);
    if (cues.negated || cues.modality === 'hypothetical') continue;
    const timeIndex = findGoverningTime(index, view, timeAt, d.reporter, triggerTokens, false);
    const time = timeIndex >= 0 ? article.times[timeIndex] : undefined;
    const date = time ? calendarDate(time.value) : cues.modality === 'future' ? null : article.date;
    const modal = article.tokens[d.modal];
    const verb = article.tokens[d.verb];
    if (!modal || !verb) continue;
    const entityId = (e: number) => article.entities[e]?.id ?? '';
    let confidence = 0.75 + (d.actor.length ? 0.1 : 0) + 0.05 - (cues.subordinate ? 0.1 : 0);
    confidence = Math.round(confidence * 100) / 100;
    out.push({
      id: `V${out.length + 1}`,
      type: 'REQUEST',
      mode: null,
      cameo: '100',
      actor: d.actor.map(entityId),
      recipient: d.recipient.map(entityId),
      date,
      time: time?.id ?? null,
      place: null,
      negated: false,
      modality: cues.modality,
      sentence: view.sentence,
      trigger: textSpan(article.text, modal.start, Math.max(modal.end, verb.end)),
      confidence,
    });
  }
}

/**
 * Mentions of one act ("was arrested weeks ago in Los Angeles" ... "was taken into custody Oct. 15") share what each
 * lacks: an asserted event with no calendar date or no place takes them from an earlier or later event of the same
 * type and mode with the same recipients.
 */
function shareAnchors(article: Article, events: readonly ArticleEvent[]): ArticleEvent[] {
  const surname = new Map(article.entities.map((e) => [e.id, e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'NORP' ? `${e.name.split(/\s+/).at(-1)?.toLowerCase()}` : e.id]));
  // The same person may reach us as two entities ("Gen. Salvador Cienfuegos", "Cienfuegos"): compare surnames.
  const key = (ids: readonly string[]) => [...new Set(ids.map((id) => surname.get(id) ?? id))].sort().join('|');
  const same = (a: ArticleEvent, b: ArticleEvent) =>
    a !== b && a.type === b.type && a.mode === b.mode && !a.negated && !b.negated && a.recipient.length > 0 &&
    key(a.recipient) === key(b.recipient) &&
    a.modality !== 'future' && b.modality !== 'future' && a.modality !== 'hypothetical' && b.modality !== 'hypothetical';
  return events.map((e) => {
    const partners = events.filter((o) => same(e, o));
    if (!partners.length) return e;
    const dated = e.time === null || e.date === null ? partners.find((o) => o.time !== null && o.date !== null) : undefined;
    const placed = e.place === null ? partners.find((o) => o.place !== null) : undefined;
    return {
      ...e,
      ...(dated ? { date: dated.date, time: dated.time } : {}),
      ...(placed ? { place: placed.place } : {}),
    };
  });
}

/** CAMEO codes of measures only a place's own authorities can impose: curfew, martial law or state of emergency, and threats of them. */
const JURISDICTION_CODES: ReadonlySet<string> = new Set(['1723', '1724', '1323', '1324']);

/**
 * A curfew, martial law or a state of emergency is imposed by the authorities of the place it covers: an actor the
 * entity layer left without a country ("President X imposed a curfew in Y") belongs to that place's country.
 * Returns entity id -> country.
 */
function jurisdictionCountries(article: Article, events: readonly ArticleEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!events.some((event) => event.cameo !== null && JURISDICTION_CODES.has(event.cameo))) return out;
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  for (const event of events) {
    if (event.cameo === null || !JURISDICTION_CODES.has(event.cameo) || event.negated) continue;
    const where = [...event.recipient, ...(event.place ? [event.place] : [])].map((id) => byId.get(id)).find((e) => e && (e.type === 'GPE' || e.type === 'LOC') && e.country !== null);
    if (!where?.country) continue;
    for (const id of event.actor) {
      const actor = byId.get(id);
      if (actor && actor.country === null && (actor.type === 'PERSON' || actor.type === 'ORG') && actor.sector !== 'IGO' && actor.sector !== 'NGO') out.set(id, where.country);
    }
  }
  return out;
}

let gazetteer: Gazetteer | null | undefined;

/** The shipped gazetteer (shared with the entity layer, loaded once), or null when it is missing. */
function gazetteerOrNull(): Gazetteer | null {
  if (gazetteer === undefined) {
    try {
      gazetteer = loadGazetteer();
    } catch {
      gazetteer = null;
    }
  }
  return gazetteer;
}

/** Creates the events stage: needs tokens and sentences (best with lemmas and a parse), entities and times. */
export function createEventsStage(options: EventsStageOptions = {}): Stage {
  const lexicon = options.lexicon ?? createTriggerLexicon();
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'entities', 'times'],
    provides: ['events', 'entities'],
    run(input: Article, _ctx: StageContext) {
      let index = indexArticle(input);
      // Actor codes need the parties' countries: fill those the entity layer left open from the text around the
      // names (a person's own title, a body's "of X"), and place peoples where the text says they live. This comes
      // first so that the argument rules see the countries too.
      const gazetteer = gazetteerOrNull();
      const countries = contextCountries(index, gazetteer);
      for (const [e, c] of titlePhraseCountries(index)) countries.set(e, c);
      let article = input;
      if (countries.size) {
        const entities = input.entities.map((entity, k) => {
          const country = countries.get(k);
          if (!country) return entity;
          // An international body fills the code's country slot through its sector.
          return country === 'IGO' || country === 'NGO' ? { ...entity, sector: country } : { ...entity, country };
        });
        article = { ...input, entities };
        index = { ...index, article };
      }
      const timeAt = indexTimes(index);
      const dateline = datelinePlace(article);
      const events: ArticleEvent[] = [];
      for (const view of sentenceViews(index)) if (!allCapitals(article.text, view)) codeSentence(index, view, lexicon, timeAt, dateline, events);
      const kept = shareAnchors(article, events)
        .filter((e) => e.confidence >= minConfidence)
        .map((e, k) => ({ ...e, id: `V${k + 1}` }));
      const ruled = jurisdictionCountries(article, kept);
      if (ruled.size) {
        article = { ...article, entities: article.entities.map((entity) => (ruled.has(entity.id) ? { ...entity, country: ruled.get(entity.id) ?? null } : entity)) };
      }
      return countries.size || ruled.size ? { events: kept, entities: article.entities } : { events: kept };
    },
  };
}
