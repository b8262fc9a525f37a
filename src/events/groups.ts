// Unnamed parties of an event ("Police arrested two men", "Turkish troops shelled the village"): the noun phrase and
// its CAMEO/PLOVER sector code, for roles that no name fills or whose name is only a modifier ("Turkish").
import type { Entity, EventGroup } from '../core/index.js';
import { ROLE_SECTORS } from '../entities/index.js';
import { isAgentNoun, singular } from './participants.js';
import { childrenWith, uposOf, type ArticleIndex } from './sentence-view.js';

/**
 * Sectors of group nouns (singular lemmas), from the CAMEO actor sector codes as the PLOVER gold records use them:
 * COP police, MIL armed forces, REB rebels, UAF unidentified armed forces, GOV government, LEG legislature, JUD
 * courts, CVL civilians, EDU, LAB, AGR, REF, MED, JRN, BUS, CRM, REL. Person roles come from the entity layer's
 * role dictionary; a noun in neither has no sector (null), which says "unknown", not "none".
 */
const GROUP_SECTORS: Readonly<Record<string, string>> = {
  police: 'COP', policeman: 'COP', policemen: 'COP', patrol: 'COP', gendarme: 'COP', gendarmerie: 'COP',
  troop: 'MIL', soldier: 'MIL', army: 'MIL', military: 'MIL', force: 'MIL', navy: 'MIL', marine: 'MIL',
  paratrooper: 'MIL', commando: 'MIL', peacekeeper: 'MIL', warship: 'MIL', warplane: 'MIL', jet: 'MIL',
  serviceman: 'MIL', servicemen: 'MIL', battalion: 'MIL', brigade: 'MIL', regiment: 'MIL', platoon: 'MIL',
  rebel: 'REB', guerrilla: 'REB', guerilla: 'REB', insurgent: 'REB', militant: 'REB', separatist: 'REB', militia: 'REB',
  militiaman: 'REB', militiamen: 'REB',
  gunman: 'UAF', gunmen: 'UAF', attacker: 'UAF', assailant: 'UAF', sniper: 'UAF',
  government: 'GOV', authority: 'GOV', administration: 'GOV', regime: 'GOV', cabinet: 'GOV', ministry: 'GOV',
  official: 'GOV', diplomat: 'GOV', negotiator: 'GOV', embassy: 'GOV', junta: 'GOV',
  parliament: 'LEG', congress: 'LEG', senate: 'LEG', assembly: 'LEG', legislature: 'LEG', lawmaker: 'LEG',
  court: 'JUD', tribunal: 'JUD', jury: 'JUD', prosecutor: 'JUD', judge: 'JUD',
  party: 'PTY', opposition: 'OPP',
  civilian: 'CVL', people: 'CVL', resident: 'CVL', villager: 'CVL', citizen: 'CVL', population: 'CVL', national: 'CVL',
  inhabitant: 'CVL', passenger: 'CVL', pilgrim: 'CVL', tourist: 'CVL', man: 'CVL', men: 'CVL', woman: 'CVL',
  women: 'CVL', child: 'CVL', children: 'CVL', family: 'CVL', teenager: 'CVL', teen: 'CVL', youth: 'CVL', boy: 'CVL',
  girl: 'CVL', neighbour: 'CVL', neighbor: 'CVL', husband: 'CVL', wife: 'CVL', son: 'CVL', daughter: 'CVL',
  critic: 'OPP', opponent: 'OPP', dissident: 'OPP', suspect: 'CRM', brother: 'CVL', sister: 'CVL', employer: 'BUS',
  // Protesters are civilians in CAMEO's coding (the PLOVER gold codes "demonstrators" CVL).
  demonstrator: 'CVL', protester: 'CVL', protestor: 'CVL', marcher: 'CVL', crowd: 'CVL', mob: 'CVL',
  // People named by what they were doing or by their age ("a 34-year-old driver", "two pedestrians", "a 20-year-old").
  person: 'CVL', persons: 'CVL', individual: 'CVL', driver: 'CVL', motorist: 'CVL', pedestrian: 'CVL', cyclist: 'CVL',
  shopper: 'CVL', customer: 'CVL', voter: 'CVL', fan: 'CVL', spectator: 'CVL', worshipper: 'CVL', homeowner: 'CVL',
  tenant: 'CVL', victim: 'CVL', hostage: 'CVL', bystander: 'CVL', motorcyclist: 'CVL', hiker: 'CVL', swimmer: 'CVL',
  father: 'CVL', mother: 'CVL', parent: 'CVL', baby: 'CVL', infant: 'CVL', toddler: 'CVL', pensioner: 'CVL',
  student: 'EDU', teacher: 'EDU', university: 'EDU', school: 'EDU',
  worker: 'LAB', union: 'LAB', employee: 'LAB', miner: 'LAB', striker: 'LAB',
  farmer: 'AGR', refugee: 'REF', migrant: 'REF', doctor: 'MED', nurse: 'MED', hospital: 'MED',
  journalist: 'JRN', reporter: 'JRN', newspaper: 'JRN', broadcaster: 'JRN',
  company: 'BUS', firm: 'BUS', bank: 'BUS', businessman: 'BUS', trader: 'BUS',
  cartel: 'CRM', gang: 'CRM', smuggler: 'CRM', trafficker: 'CRM', kidnapper: 'CRM', hijacker: 'CRM', pirate: 'CRM',
  cleric: 'REL', priest: 'REL', monk: 'REL', church: 'REL',
};

// Role nouns that say little of the body their holder serves ("officer", "official", "member").
const GENERIC_ROLES = new Set(['officer', 'official', 'member', 'agent', 'employee', 'worker', 'representative', 'spokesman', 'spokeswoman', 'leader']);

// Nouns of quantity whose "of" phrase names the group ("hundreds of students", "a group of protesters").
const QUANTITIES = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions', 'group', 'crowd', 'number', 'band', 'unit']);

// Left dependents kept in the group's phrase ("two men", "Turkish riot police", "security forces").
const PHRASE_RELATIONS = new Set(['amod', 'compound', 'nummod', 'nmod:poss', 'det']);

/** Whether a name of `entity` lies inside the group's phrase ("Chilean" in "Chilean riot police"): the group then speaks for it. */
export function groupHolds(group: EventGroup, entity: Entity): boolean {
  return entity.mentions.some((m) => m.start >= group.start && m.end <= group.end);
}

/** The sector code of a group noun (any number), or null when our dictionaries have none. */
export function groupSector(noun: string): string | null {
  const w = noun.toLowerCase();
  const s = singular(w);
  const roles = ROLE_SECTORS as Readonly<Record<string, string | null>>;
  return GROUP_SECTORS[w] ?? GROUP_SECTORS[s] ?? (Object.hasOwn(roles, w) ? roles[w] ?? null : Object.hasOwn(roles, s) ? roles[s] ?? null : null);
}

/**
 * The unnamed group at nominal token `n` (a subject or object): a common noun for people, bodies or forces that has a
 * sector code, with its determiners, numbers and modifiers ("the Turkish riot police"), leading articles left out.
 * Null for names, pronouns, and nouns that name no party or have no sector.
 */
export function groupAt(index: ArticleIndex, n: number): EventGroup | null {
  if (n < 0 || uposOf(index, n) !== 'NOUN') return null;
  // A name covering the noun itself is an entity, not a group.
  if ((index.entityAt[n] ?? -1) !== -1) return null;
  let head = n;
  if (QUANTITIES.has(index.lemma[n] ?? '')) {
    const of = childrenWith(index, n, 'nmod').find((c) => (index.children[c] ?? []).some((k) => index.lower[k] === 'of'));
    if (of !== undefined && uposOf(index, of) === 'NOUN') head = of;
  }
  const lemma = index.lemma[head] ?? '';
  if (!isAgentNoun(lemma) && !isAgentNoun(index.lower[head] ?? '')) return null;
  // The phrase: the contiguous run of left dependents that modify the head.
  let from = n;
  for (let k = n - 1; k >= 0; k--) {
    const rel = index.article.tokens[k]?.deprel ?? '';
    const h = index.article.tokens[k]?.head ?? -1;
    if (!PHRASE_RELATIONS.has(rel) || h <= k || h > n) break;
    from = k;
  }
  // "34-year-old man", "two-year-old girl": the parse ties only the last piece of a hyphenated word to the noun.
  const tokens = index.article.tokens;
  while (from > 0 && tokens[from - 1] && tokens[from] && tokens[from - 1]!.end === tokens[from]!.start && (index.lower[from - 1] === '-' || index.lower[from] === '-' || /-$/.test(index.lower[from - 1] ?? ''))) from--;
  while (from < n && /^(the|a|an)$/.test(index.lower[from] ?? '')) from++;
  const first = index.article.tokens[from];
  const last = index.article.tokens[head];
  // Only nouns with a sector count: documents ("the agreement"), places and things are no group of actors.
  let sector = groupSector(lemma) ?? groupSector(index.lower[head] ?? '');
  // "police officers", "party officials", "union members": a generic role head takes the sector of the body before it.
  if (GENERIC_ROLES.has(lemma)) {
    for (const c of childrenWith(index, head, 'compound')) sector = groupSector(index.lemma[c] ?? '') ?? sector;
  }
  if (!first || !last || sector === null) return null;
  const country = locatedIn(index, head);
  const text = index.article.text.slice(first.start, last.end);
  return country ? { start: first.start, end: last.end, text, sector, country } : { start: first.start, end: last.end, text, sector };
}

/** The country of a place a group noun is put in by its own "in", "from", "throughout" phrase ("demonstrators in Baghdad"), or null. */
function locatedIn(index: ArticleIndex, head: number): string | null {
  for (const c of childrenWith(index, head, 'nmod')) {
    if (!(index.children[c] ?? []).some((k) => /^(in|from|throughout|across)$/.test(index.lower[k] ?? ''))) continue;
    const e = index.article.entities[index.entityAt[c] ?? -1];
    if (e && (e.type === 'GPE' || e.type === 'LOC') && e.country) return e.country;
  }
  return null;
}
