// Whether an act's core participant can take part in a political event: people, groups, bodies, forces and weapons
// can; rain, inflation, shares and reports cannot ("heavy rain battered the coast", "inflation threatens wages").
import { ROLE_SECTORS } from '../entities/index.js';
import { DAY_WORDS, uposOf, type ArticleIndex } from './sentence-view.js';

/**
 * Nouns (singular lemmas) for participants of political events: people and groups of people, bodies and
 * institutions, armed forces, and the weapons and attacks that stand for their users in news ("a car bomb killed").
 * Role words of the entity layer's title dictionary count too.
 */
const AGENT_NOUNS: ReadonlySet<string> = new Set([
  // People and groups of people.
  'people', 'person', 'man', 'woman', 'men', 'women', 'youth', 'child', 'children', 'boy', 'girl', 'student', 'worker',
  'farmer', 'villager', 'resident', 'inhabitant', 'citizen', 'civilian', 'refugee', 'migrant', 'prisoner', 'detainee',
  'hostage', 'inmate', 'demonstrator', 'protester', 'protestor', 'activist', 'campaigner', 'supporter', 'opponent',
  'critic', 'dissident', 'teenager', 'teen', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'suspect', 'member', 'elder', 'landowner', 'settler', 'tribesman', 'tribe', 'clan', 'family', 'victim',
  'survivor', 'passenger', 'pilgrim', 'worshipper', 'voter', 'fan', 'mob', 'crowd', 'gang', 'group', 'faction', 'side',
  'individual', 'driver', 'motorist', 'pedestrian', 'cyclist', 'motorcyclist', 'shopper', 'customer', 'spectator',
  'homeowner', 'tenant', 'bystander', 'hiker', 'swimmer', 'father', 'mother', 'parent', 'baby', 'infant', 'toddler',
  'pensioner',
  'employee', 'staff', 'crew', 'team', 'hacker', 'monk', 'nun', 'mullah', 'ayatollah', 'cleric', 'priest', 'leadership',
  'nationalist', 'islamist', 'loyalist', 'unionist', 'communist', 'socialist', 'leftist', 'rightist', 'royalist',
  'journalist', 'immigrant', 'participant', 'intellectual', 'scholar', 'academic', 'writer', 'artist', 'expert', 'thinker', 'delegation', 'delegate', 'negotiator', 'mediator', 'monitor', 'observer', 'peacekeeper', 'investigator', 'inspector',
  'official', 'authority', 'leader', 'chief', 'head', 'representative', 'spokesman', 'spokeswoman', 'everyone', 'nobody',
  'watchdog', 'wing', 'arm', 'branch', 'forum', 'summit', 'conference', 'convention', 'mission', 'contingent',
  // Bodies and institutions.
  'government', 'administration', 'regime', 'junta', 'cabinet', 'ministry', 'department', 'agency', 'office', 'embassy',
  'consulate', 'parliament', 'congress', 'senate', 'assembly', 'legislature', 'council', 'committee', 'commission',
  'court', 'tribunal', 'jury', 'party', 'opposition', 'union', 'coalition', 'alliance', 'bloc', 'movement',
  'organization', 'organisation', 'association', 'federation', 'league', 'body', 'board', 'panel', 'company', 'firm',
  'bank', 'newspaper', 'paper', 'broadcaster', 'network', 'country', 'nation', 'state', 'province', 'city', 'town',
  'village', 'neighbour', 'neighbor', 'ally', 'partner', 'power', 'community', 'employer', 'cartel', 'syndicate',
  'republic', 'kingdom', 'emirate', 'region', 'territory', 'enclave', 'colony', 'island', 'capital', 'world', 'west',
  'media', 'press', 'radio', 'television', 'agency', 'outlet',
  // Documents that speak for their authors ("a declaration demanding reforms", "the resolution calls for").
  'statement', 'declaration', 'letter', 'resolution', 'communique', 'petition', 'motion', 'report', 'editorial',
  'message', 'memo', 'decree', 'law', 'bill', 'ruling', 'verdict', 'order', 'treaty', 'accord', 'agreement',
  // Armed forces and their people.
  'army', 'military', 'navy', 'force', 'troop', 'soldier', 'police', 'policeman', 'militia', 'militiaman', 'rebel',
  'guerrilla', 'guerilla', 'insurgent', 'militant', 'fighter', 'gunman', 'attacker', 'assailant', 'bomber', 'hijacker',
  'kidnapper', 'terrorist', 'extremist', 'fundamentalist', 'separatist', 'sniper', 'raider', 'unit', 'battalion',
  'brigade', 'division', 'regiment', 'platoon', 'patrol', 'squad', 'guard', 'commando', 'paratrooper', 'marine',
  // Weapons and attacks that stand for their users.
  'warplane', 'jet', 'aircraft', 'plane', 'helicopter', 'tank', 'ship', 'warship', 'gunboat', 'drone', 'missile',
  'rocket', 'bomb', 'shell', 'mortar', 'artillery', 'explosion', 'blast', 'mine', 'minefield', 'grenade', 'gunfire',
  'shelling', 'airstrike', 'strike', 'raid', 'attack', 'assault', 'offensive', 'fighting', 'clash', 'violence', 'bullet',
  'explosive', 'device', 'fire', 'bombing', 'ambush', 'uprising', 'riot', 'unrest', 'bulldozer', 'vehicle', 'convoy',
  'boat', 'vessel', 'truck', 'gun', 'weapon',
]);

/** Quantity and collective heads whose "of" phrase names who they are ("hundreds of students", "a third of rebels"). */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(['ten', 'hundred', 'thousand', 'million', 'dozen', 'score', 'number', 'third', 'half', 'quarter', 'majority', 'minority', 'some', 'most', 'many', 'all', 'one', 'two', 'rest', 'handful', 'band', 'wave']);

/** A plural noun's singular by spelling ("troops" -> troop, "militias" -> militia; -men words stay). */
export function singular(lemma: string): string {
  if (lemma.endsWith('ies')) return `${lemma.slice(0, -3)}y`;
  if (lemma.endsWith('men')) return lemma;
  return lemma.endsWith('s') && !lemma.endsWith('ss') ? lemma.slice(0, -1) : lemma;
}

/** True when the noun (a lemma, any number) names people, a body, a force or a weapon. */
export function isAgentNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (AGENT_NOUNS.has(w) || Object.hasOwn(ROLE_SECTORS, w)) return true;
  // Compounds in -man/-men name people: servicemen, gunmen, militiamen, fishermen.
  if (/.{3}(man|men|woman|women)$/.test(w)) return true;

  const s = singular(w);
  return AGENT_NOUNS.has(s) || Object.hasOwn(ROLE_SECTORS, s);
}

/**
 * Whether the nominal at token `n` (a subject) can be a party to a political event: a name, a pronoun, a
 * number, a noun for people, bodies, forces or weapons, or a quantity of those ("hundreds of students").
 * Only a common noun of another kind ("rain", "inflation", "the report", "shares") fails.
 */
export function canBeParty(index: ArticleIndex, n: number, ofChild: (n: number) => number): boolean {
  if ((index.entityAt[n] ?? -1) !== -1) return true;
  // A clause is no party: "Getting everyone together gave us food for thought".
  if ((index.article.tokens[n]?.deprel ?? '').startsWith('csubj')) return false;
  // "Human rights watchdog Amnesty International": a name in apposition or compound after the noun stands for the
  // party; a name before the noun only modifies it ("U.S. corn exports").
  for (const c of index.children[n] ?? []) {
    const rel = index.article.tokens[c]?.deprel ?? '';
    if ((rel === 'appos' || rel === 'flat' || rel.startsWith('compound')) && c > n && (index.entityAt[c] ?? -1) !== -1) return true;
  }
  // "Pakistan today threatened": a parser may make the adverb the subject and the name its modifier.
  if (DAY_WORDS.has(index.lower[n] ?? '') && (index.children[n] ?? []).some((c) => (index.entityAt[c] ?? -1) !== -1)) return true;
  const pos = uposOf(index, n);
  if (pos !== 'NOUN') return true;
  const lemma = index.lemma[n] ?? '';
  const form = index.lower[n] ?? '';
  if (isAgentNoun(lemma) || isAgentNoun(form)) return true;
  if (QUANTITY_HEADS.has(singular(lemma))) {
    const of = ofChild(n);
    return of === -1 || canBeParty(index, of, ofChild);
  }
  return false;
}
