// Turns recognised spans into the article's entities: types, titles, within-article clusters, country and sector.
import type { Entity, EntityType, Mention, MentionKind } from '../core/document.js';
import { foldName, type Gazetteer, type Gender, type PlaceHit } from './gazetteer.js';
import { titleGender } from './gender.js';
import { isAwardName, knownNameType } from './known-names.js';
import { knownPerson } from './known-people.js';
import { extraDemonym, extraPlace } from './place-extras.js';
import { knownOrganisation, type KnownOrganisation } from './organisations.js';
import { HONORIFICS, ROLE_SECTORS, TITLE_MODIFIERS, roleKey, sectorOfOrg, sectorOfTitle, type Sector } from './roles.js';
import { appositionAfter, departmentEnd, isDepartmentWord, isRoleToken, isTitleToken, leadingTitleLength, splitTitles, titleBefore, type EntityToken, type TitleSpan } from './titles.js';

/** A recognised span over article tokens `[start, end)` with its CoNLL type, in sentence `sentence`. */
export interface RawSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly sentence: number;
}

/** The article as the entity builder sees it: text, tokens and each sentence's token range. */
export interface EntityInput {
  readonly text: string;
  readonly tokens: readonly EntityToken[];
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  /** The dateline's place as a span of `text` ("WASHINGTON" in "WASHINGTON --"), when the article has one. */
  readonly dateline?: { readonly start: number; readonly end: number } | null;
}

interface Draft {
  type: EntityType;
  /** Folded name tokens of the fullest name seen. */
  key: string[];
  name: string;
  nameTokens: number;
  titles: string[];
  titleSpans: TitleSpan[];
  countries: string[];
  sectors: Sector[];
  mentions: Mention[];
  /** Role keys of the heads of its titles, for nominal mentions. */
  heads: Set<string>;
  firstStart: number;
  /** The organisation table's entry for it, which outranks what the context suggests. */
  known: KnownOrganisation | null;
  /** Evidence of a person's sex: honorifics and gendered titles, the given name, pronouns already resolved to them. */
  gender: { female: number; male: number };
}

const PLURAL_ORG_HEADS = new Set(['marshals', 'cartel', 'army', 'navy', 'military', 'police', 'government', 'embassy']);
const ORG_HEAD_AFTER = new Set(['cartel', 'gang', 'party', 'group', 'militia', 'ministry', 'department', 'agency']);

/**
 * Whether token `e` is an organisation noun that joins the name before it ("the H-2 cartel"); not a numbered group of a
 * competition ("World Cup group four qualifier", "European group 8").
 */
function orgHeadAfter(tokens: readonly EntityToken[], e: number): boolean {
  const w = tokens[e]?.text.toLowerCase();
  if (w === undefined || !ORG_HEAD_AFTER.has(w)) return false;
  return !(w === 'group' && /^(\d+|[A-H]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(tokens[e + 1]?.text ?? ''));
}
const EVENT_WORDS = /\b(war|olympics|games|cup|championship|summit|election|elections|festival|conference|open|tour|crisis)$/i;
const INSTITUTION_HEADS = /\b(college|university|school|academy|institute|comprehensive|court|council|commission|committee|party|union)$/i;
const FAC_WORDS = /\b(airport|bridge|stadium|courthouse|tower|hotel|prison|jail|hospital|palace|square|station|highway|museum)$/i;
const ABBREVIATED_HEADS: Readonly<Record<string, string>> = {
  gen: 'general', sen: 'senator', rep: 'representative', gov: 'governor', lt: 'lieutenant', col: 'colonel',
  maj: 'major', capt: 'captain', adm: 'admiral', sgt: 'sergeant', amb: 'ambassador', prof: 'professor', det: 'detective',
};
const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);
const VERBISH = new Set([
  'said', 'says', 'told', 'added', 'noted', 'was', 'is', 'had', 'has', 'would', 'will', 'could', 'can', 'did', 'does',
  'expected', 'also', 'then', 'later', 'asked', 'called', 'wrote', 'announced', 'denied', 'declined', 'urged', 'warned',
]);

/** News agencies, named in credits and datelines. */
const NEWS_AGENCIES = new Set(['AP', 'AFP', 'Reuters', 'UPI', 'Xinhua', 'Bloomberg', 'TASS', 'Kyodo', 'Yonhap', 'ANSA', 'EFE']);

/** Words a recogniser may mistake for a name that never are one. */
// Lower-case words inside names ("Ministry of Culture and the Arts", "Trinidad y Tobago", "Abu Bakr al-Baghdadi").
const NAME_PARTICLES = new Set(['the', 'of', 'for', 'de', 'du', 'des', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'y', 'e', 'and']);
const NOT_NAMES = new Set(['you', 'i', 'we', 'he', 'she', 'it', 'they', 'this', 'that', 'the', 'mr', 'mrs', 'ms']);

// Marks of tokens for the per-token passes of buildEntities.
const AGENCY = 1;
const THE = 2;
const PRONOUN = 3;

// What the nominal pass asks of a word: /^[a-z-]+$/, a key of ROLE_SECTORS as it stands, a title word or demonym,
// and /^[a-z]+$/ together with a role word.
const LOWER_DASH = 1;
const IN_ROLES = 2;
const TITLE_OR_DEMONYM = 4;
const LOWER_ROLE = 8;
const nominalMemos = new WeakMap<object, Map<string, number>>();
const NO_GAZETTEER = {};

/** The nominal pass's facts of a word, kept by word (and gazetteer): the pass asks them of words after every "the". */
function nominalFlags(t: string, gaz: Gazetteer | null): number {
  const owner: object = gaz ?? NO_GAZETTEER;
  let memo = nominalMemos.get(owner);
  if (!memo) {
    memo = new Map();
    nominalMemos.set(owner, memo);
  }
  let f = memo.get(t);
  if (f === undefined) {
    f =
      (/^[a-z-]+$/.test(t) ? LOWER_DASH : 0) |
      (t in ROLE_SECTORS ? IN_ROLES : 0) |
      (isTitleToken(t, gaz) || gaz?.demonym(t) ? TITLE_OR_DEMONYM : 0) |
      (/^[a-z]+$/.test(t) && isRoleToken(t) ? LOWER_ROLE : 0);
    if (memo.size >= 50_000) memo.clear();
    memo.set(t, f);
  }
  return f;
}

/** Typed arrays reused from article to article (each call of buildEntities zeroes the part it uses). */
const scratch = {
  intArrays: [new Int32Array(256), new Int32Array(256)],
  byteArrays: [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)],
  /** Int32 scratch number k, n long and zeroed. */
  ints(k: number, n: number): Int32Array {
    let a = this.intArrays[k] as Int32Array;
    if (a.length < n) a = this.intArrays[k] = new Int32Array(Math.max(n, 2 * a.length));
    const view = a.subarray(0, n);
    view.fill(0);
    return view;
  },
  /** Byte scratch number k, n long and zeroed. */
  bytes(k: number, n: number): Uint8Array {
    let a = this.byteArrays[k] as Uint8Array;
    if (a.length < n) a = this.byteArrays[k] = new Uint8Array(Math.max(n, 2 * a.length));
    const view = a.subarray(0, n);
    view.fill(0);
    return view;
  },
};

/** Whether a token is "the" in any case (the test /^the$/i makes, without a regular expression per token). */
function isThe(t: string): boolean {
  return t.length === 3 && (t.charCodeAt(0) | 32) === 116 && (t.charCodeAt(1) | 32) === 104 && (t.charCodeAt(2) | 32) === 101;
}

// Credit ratings as agencies write them.
const CREDIT_RATING = /^(AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)(-?[123]|[+-]|-plus|-minus)?$/;

// Regions of the gazetteer named by a common word, which news uses for something else ("the Gulf", "Central").
const REGION_WORDS = new Set([
  'gulf', 'central', 'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'capital', 'coast',
  'centre', 'center', 'interior', 'islands', 'lakes', 'upper', 'lower', 'delta', 'plateau', 'littoral', 'federal',
  'north east', 'north west', 'south east', 'south west', 'highlands', 'lowlands', 'midlands', 'valley', 'mountain', 'river',
]);

// Words that end a company's name.
// Offices no name ends in (unlike "King" or "Judge", which are surnames too).
const OFFICES = new Set([
  'Minister', 'Secretary', 'Chancellor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Commissioner',
  'Ambassador', 'President', 'Director', 'Executive', 'Officer', 'Correspondent', 'Editor', 'Premier', 'Envoy',
]);
// Heads that make a name ending in them a body, whoever it is named after.
const NAMED_BODY_ENDS = new Set(['Foundation', 'Trust', 'Institute', 'Fund', 'Partnership', 'Society', 'Association', 'Alliance', 'Campaign']);
// The head of a body named "<Head> for|of <Field>" ("Department for International Development", "Global Alliance for
// Vaccines and Immunisation"), when the recogniser found only the field.
const BODY_HEADS_BEFORE_FIELD = new Set(['Department', 'Ministry', 'Office', 'Alliance', 'Commission', 'Council', 'Institute', 'Centre', 'Center', 'Campaign', 'Society', 'Federation', 'Fund', 'Bureau', 'Agency', 'Foundation', 'Organisation', 'Organization', 'Association', 'Board', 'Authority', 'Coalition', 'Movement', 'Committee', 'Trust']);
const COMPANY_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'plc', 'LLC', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'SpA', 'AB', 'ASA', 'Oyj', 'Cos', 'Bhd', 'Pty']);

// Nouns after a leader's name that make it the name of a government ("the Reagan administration").
const LEADER_GOVERNMENTS = new Set(['administration', 'government', 'regime', 'presidency', 'cabinet']);

// Lower-case words that never stand inside a name: clause openers, auxiliaries and modals (with or without tags).
const CLAUSE_WORDS = new Set([
  'but', 'now', 'who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'while', 'if', 'because', 'although', 'though', 'unless', 'whether',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should',
  'must', 'do', 'does', 'did', 'said', 'says',
]);
// Function words a cut name may be left ending with ("Bank to", "Council of").
const TRAILING_FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'at', 'on', 'by', 'with', 'from', 'a', 'an', ',', '"', "'"]);

function isAllCaps(s: string): boolean {
  return /[A-Z]{2}/.test(s) && !/[a-z]/.test(s);
}

function headKey(word: string): string {
  const k = roleKey(word);
  return ABBREVIATED_HEADS[k] ?? k;
}

function isVerbish(t: EntityToken | undefined): boolean {
  if (!t) return false;
  if (t.xpos !== undefined) return /^(VB|MD)/.test(t.xpos);
  if (t.upos !== undefined) return t.upos === 'VERB' || t.upos === 'AUX';
  const w = t.text.toLowerCase();
  return VERBISH.has(w) || (/^[a-z]{3,}ed$/.test(w) && !/^(need|speed|seed|feed|bed|red)$/.test(w));
}

/** The demonym that opens a name ("Sri Lankan" in "Sri Lankan Tamils"): its length in words and country, or null. */
function leadingDemonym(gaz: Gazetteer, words: readonly string[]): { length: number; country: string } | null {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const c = gaz.demonym(words.slice(0, n).join(' '));
    if (c) return { length: n, country: c };
  }
  return null;
}

/** The first country named inside a name's words (only countries: region names such as "Western" recur worldwide). */
function countryInside(gaz: Gazetteer, words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const hit = gaz.longestPlace(words, i);
    if (hit?.hit.kind === 'country') return hit.hit.country;
  }
  return null;
}

// Clause openers, conjunctions and sentence adverbs the recogniser glues to the name after them at the start of a
// sentence ("While Ortiz", "And Agassi", "Despite Cuba"). Left out: words that are also given names or open many
// titles ("Will", "So", "Now", "Still", "Like", "Once", "In").
const LEADING_FUNCTION_WORDS = new Set([
  'While', 'Whilst', 'Although', 'Though', 'When', 'Whenever', 'After', 'Before', 'Since', 'If', 'As', 'But', 'And', 'Or',
  'Nor', 'Yet', 'Meanwhile', 'However', 'Because', 'Unless', 'Until', 'Whereas', 'Where', 'Thus', 'Hence', 'Also',
  'Indeed', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Instead', 'Besides', 'Otherwise', 'Despite',
  'Unlike', 'Of', 'For', 'With', 'Without', 'Against', 'Among', 'Including', 'Following', 'Both', 'Either', 'Neither',
]);
// Tokens after which a span starts a clause as if at the start of a sentence.
const CLAUSE_OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '--', '—', '–', ':', ';']);

/**
 * Cuts the function words ahead of a name at the start of a sentence ("While Ortiz was abroad" -> "Ortiz"), when what
 * is left is still a name; a country left over is a place, whatever the clause opener made the recogniser say.
 */
function cutLeadingFunctionWords(sp: RawSpan, tokens: readonly EntityToken[], input: EntityInput, gaz: Gazetteer | null): RawSpan {
  const first = tokens[sp.start]?.text ?? '';
  if (!LEADING_FUNCTION_WORDS.has(first)) return sp;
  const sentenceStart = input.sentences[sp.sentence]?.start ?? 0;
  if (sp.start !== sentenceStart && !CLAUSE_OPENERS.has(tokens[sp.start - 1]?.text ?? '')) return sp;
  let start = sp.start;
  while (start < sp.end - 1 && LEADING_FUNCTION_WORDS.has(tokens[start]?.text ?? '')) start++;
  // A pronoun left over ("If you") is cut too: it names nothing, and goes with the other non-names.
  const rest0 = tokens[start]?.text ?? '';
  if (start === sp.start || !(/^[\p{Lu}\p{N}]/u.test(rest0) || (start === sp.end - 1 && NOT_NAMES.has(rest0.toLowerCase())))) return sp;
  const rest = input.text.slice((tokens[start] as EntityToken).start, (tokens[sp.end - 1] as EntityToken).end);
  return { ...sp, start, type: gaz?.country(rest) || extraPlace(rest)?.kind === 'country' ? 'LOC' : sp.type };
}

// Words that end a company's name, as COMPANY_SUFFIXES, and their long forms ("Merck and Company").
const JOINED_COMPANY_ENDS = new Set([...COMPANY_SUFFIXES, 'Company', 'Corporation', 'Limited', 'Incorporated', 'Cos.']);
// Words that end an organisation's name as surely as a suffix ("Daewoo Group and General Motors Corp" are two).
const COMPLETE_NAME_ENDS = new Set(['Group', 'Holdings', 'Holding', 'Bancorp', 'International']);
// What follows "and" in a partnership's name: "Merck and Co", "A.G. Edwards and Sons", "Lehman and Brothers".
const PARTNER_WORDS = new Set(['Co', 'Co.', 'Cos', 'Cos.', 'Company', 'Sons', 'Son', 'Brothers', 'Bros', 'Bros.', 'Associates', 'Partners']);

/**
 * Joins a company name the recogniser split at its "and" or "&" ("American Telephone" | "Telegraph Co", "Procter" |
 * "Gamble Co") into one organisation: capitalised names on both sides, the second ending in a company suffix. Always
 * for a partnership ("Merck and Co Inc"); else not for a coordination of two names each complete in itself: a first
 * part that is a company's whole name (it ends in a suffix, "Group" or "International", holds "of", the organisation
 * table knows it, it is an acronym), a second part the table knows ("General Motors") or with a suffix inside, a
 * person's full name with an initial, a country or region (unless the second part names a place too: "Australia and
 * New Zealand Banking Group Ltd"), or either part named on its own elsewhere in the article ("EDS" ... "EDS and
 * Hughes Aircraft Co").
 */
function joinCompanyNames(found: readonly RawSpan[], tokens: readonly EntityToken[], input: EntityInput, gaz: Gazetteer | null): RawSpan[] {
  const word = (i: number): string => tokens[i]?.text ?? '';
  const isAnd = (i: number): boolean => word(i) === 'and' || word(i) === '&';
  let spans = found;
  // Cheap test first: most articles have no "X and Y Co".
  let any = false;
  const suffixSoon = (i: number): boolean => {
    for (let j = i; j < i + 5 && /^\p{Lu}/u.test(word(j)); j++) if (JOINED_COMPANY_ENDS.has(word(j))) return true;
    return false;
  };
  for (let k = 0; k < spans.length && !any; k++) {
    const a = spans[k] as RawSpan;
    const next = spans[k + 1];
    // The second part ends in a suffix within a few capitalised words ("Co Inc", "Telegraph Co"), or the next span does.
    if (isAnd(a.end) && (suffixSoon(a.end + 1) || (next && (JOINED_COMPANY_ENDS.has(word(next.end - 1)) || JOINED_COMPANY_ENDS.has(word(next.end)))))) any = true;
    else if (isAnd(a.start - 1) && JOINED_COMPANY_ENDS.has(word(a.end - 1))) any = true;
  }
  if (!any) return [...spans];
  // A first part the recogniser left out ("Standard" in "Standard and Poor's Corp"): capitalised words right before
  // the "and", tried as a name of its own and dropped again unless it joins.
  const guessed = new Set<RawSpan>();
  const all: RawSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const b = spans[k] as RawSpan;
    const floor = Math.max(input.sentences[b.sentence]?.start ?? 0, spans[k - 1]?.end ?? 0);
    let start = b.start - 1;
    if (isAnd(start) && JOINED_COMPANY_ENDS.has(word(b.end - 1)) && !(spans[k - 1]?.end === start)) {
      while (start > floor && b.start - 1 - start < 3 && /^\p{Lu}\p{Ll}/u.test(word(start - 1))) start--;
      if (start < b.start - 1) {
        const a: RawSpan = { start, end: b.start - 1, type: 'ORG', sentence: b.sentence };
        guessed.add(a);
        all.push(a);
      }
    }
    all.push(b);
  }
  spans = all;
  const fold = (s: number, e: number): string => {
    const ws: string[] = [];
    for (let i = s; i < e; i++) if (!/^('s|’s)$/.test(word(i))) ws.push(foldName(word(i)));
    return ws.join(' ');
  };
  const nameWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || w === '&' || /^('s|’s)$/.test(w) || /^(of|de|du|van|von)$/.test(w);
  const out: RawSpan[] = [];
  // Each span's folded text, and whether it stands between "and"s (one side of a split name).
  const texts = spans.map((o) => fold(o.start, o.end));
  const coordinated = (o: RawSpan): boolean => isAnd(o.end) || isAnd(o.start - 1);
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k] as RawSpan;
    const next = spans[k + 1];
    const sentenceEnd = input.sentences[a.sentence]?.end ?? tokens.length;
    if (!isAnd(a.end) || a.end + 1 >= sentenceEnd) {
      if (!guessed.has(a)) out.push(a);
      continue;
    }
    // The second part: the next span if it starts right after "and", else bare capitalised words (often "Co Inc").
    const bStart = a.end + 1;
    const bSpan = next && next.start === bStart && next.sentence === a.sentence ? next : null;
    let bEnd = bSpan ? bSpan.end : bStart;
    if (!bSpan) {
      while (bEnd < sentenceEnd && bEnd - bStart < 4 && /^\p{Lu}/u.test(word(bEnd)) && !spans.some((o) => o.start <= bEnd && bEnd < o.end)) bEnd++;
    }
    // A suffix the recogniser left outside the second part.
    while (bEnd < sentenceEnd && JOINED_COMPANY_ENDS.has(word(bEnd))) bEnd++;
    let core = bEnd;
    while (core > bStart && JOINED_COMPANY_ENDS.has(word(core - 1))) core--;
    const aWords: string[] = [];
    for (let i = a.start; i < a.end; i++) aWords.push(word(i));
    const bWords: string[] = [];
    for (let i = bStart; i < bEnd; i++) bWords.push(word(i));
    // The spans the second part overlaps: swallowed whole, so they may run on past it only over suffixes ("Co Inc").
    let last = k;
    let stretch = bEnd;
    while (last + 1 < spans.length && (spans[last + 1] as RawSpan).start < bEnd) stretch = Math.max(stretch, (spans[++last] as RawSpan).end);
    let over = true;
    for (let i = bEnd; i < stretch; i++) if (!JOINED_COMPANY_ENDS.has(word(i))) over = false;
    const lastA = aWords[aWords.length - 1] ?? '';
    let join =
      over && core < bEnd && aWords.every(nameWord) && bWords.every(nameWord) && /^\p{Lu}/u.test(aWords[0] ?? '') &&
      !JOINED_COMPANY_ENDS.has(lastA) && !PARTNER_WORDS.has(lastA);
    const partners = bWords.slice(0, core - bStart).every((w) => PARTNER_WORDS.has(w));
    if (join && !partners) {
      const aText = texts[k] as string;
      const coreWords = bWords.slice(0, core - bStart);
      const coreText = fold(bStart, core);
      const alone = (test: (t: string) => boolean): boolean => spans.some((o, j) => j !== k && o !== bSpan && !coordinated(o) && test(texts[j] as string));
      const placeFirst = (ws: readonly string[]): boolean => !!(gaz?.longestPlace(ws, 0) || gaz?.demonym(ws[0] ?? ''));
      // The second of two names joined by "and" is no first part ("House and Associates and United Rehabilitation"),
      // nor the end of a name with "of" ("Orange Julius of America"); a suffix inside either part ends a name; "both",
      // "between" open a coordination; a given name opens a person's name ("Boyd Jefferies and Jefferies Group Inc").
      join =
        !isAnd(a.start - 1) &&
        !(word(a.start - 1) === 'of' && spans.some((o) => o.end === a.start - 1)) &&
        !coreWords.some((w, i) => i > 0 && JOINED_COMPANY_ENDS.has(w)) &&
        !knownOrganisation(aWords, true) &&
        !knownOrganisation(coreWords, true) &&
        !COMPLETE_NAME_ENDS.has(lastA) &&
        !aWords.includes('of') &&
        !(aWords.length === 1 && /^[\p{Lu}\d&.-]{2,}$/u.test(aWords[0] as string)) &&
        !aWords.some((w) => /^\p{Lu}\.$/u.test(w)) &&
        !(gaz?.places(aWords.join(' ')).some((h) => h.kind !== 'city') && !placeFirst(coreWords)) &&
        !aWords.some((w) => JOINED_COMPANY_ENDS.has(w)) &&
        !/^(both|between|either|neither)$/i.test(word(a.start - 1)) &&
        !(a.type === 'PER' && aWords.length > 1 && gaz?.isFirstNameKey(foldName(aWords[0] as string))) &&
        !alone((t) => t === aText) &&
        !alone((t) => t === coreText || t.startsWith(`${coreText} `));
    }
    if (!join) {
      if (!guessed.has(a)) out.push(a);
      continue;
    }
    // A span touching the first part belongs to the name too ("Merrill Lynch" "Pierce Fenner and Smith Inc").
    let start = a.start;
    while (out.length > 0) {
      const prev = out[out.length - 1] as RawSpan;
      if (prev.end !== start || prev.sentence !== a.sentence) break;
      out.pop();
      start = prev.start;
    }
    out.push({ start, end: stretch, type: 'ORG', sentence: a.sentence });
    k = last;
  }
  return out;
}

const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

// Words after an award's name that keep it an award ("Oscar Night", "Emmy Awards"), and days and months ("won an
// Oscar Sunday").
const AWARD_CONTEXT_AFTER = new Set([
  'Award', 'Awards', 'Prize', 'Prizes', 'Academy', 'Ceremony', 'Night', 'Nomination', 'Nominations', 'Nominee', 'Nominees',
  'Winner', 'Winners', 'Foundation', 'Committee', 'Show', 'Party', 'Gala', 'Museum', 'Statuette', 'Race', 'Season',
  'Lifetime', 'Best', 'Hall', 'Honorary', 'Special', ...WEEKDAYS, ...MONTHS,
]);
// Words before an award's name that make it the award ("won an Oscar", "his second Oscar", "Hollywood's Oscar").
const AWARD_CONTEXT_BEFORE = /^(a|an|the|his|her|their|its|our|my|your|two|three|four|five|first|second|third|'s|’s|\d+)$/i;

/**
 * A one-word award ("Oscar", "Emmy") right before a capitalised word is a person's given name ("Oscar Quispe-Ruiz,
 * 45,"): the span runs on over the surname (joining a span the recogniser found there) as a person. Alone, in the
 * plural, after "an"/"the"/"his", or before "Award" or a day, it stays the award.
 */
function awardGivenNames(spans: readonly RawSpan[], tokens: readonly EntityToken[], input: EntityInput): RawSpan[] {
  const out: RawSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as RawSpan;
    const w = tokens[sp.start]?.text ?? '';
    if (!isAwardName(w) || w.endsWith('s') || AWARD_CONTEXT_BEFORE.test(tokens[sp.start - 1]?.text ?? '')) {
      out.push(sp);
      continue;
    }
    const sentenceEnd = input.sentences[sp.sentence]?.end ?? tokens.length;
    const surname = (i: number): boolean => {
      const t = tokens[i]?.text ?? '';
      return i < sentenceEnd && /^(\p{Lu}[\p{Ll}'’]|\p{Ll}{1,2}['’]\p{Lu})/u.test(t) && !AWARD_CONTEXT_AFTER.has(t) && !isAwardName(t);
    };
    if (sp.end - sp.start > 1) {
      // "Oscar Arias" read whole as a name of the award's kind (MISC) is the person.
      let person = sp.type === 'MISC';
      for (let i = sp.start + 1; i < sp.end && person; i++) person = surname(i) || (/^[-'’]$/.test(tokens[i]?.text ?? '') && surname(i + 1));
      out.push(person ? { ...sp, type: 'PER' } : sp);
      continue;
    }
    if (!surname(sp.end)) {
      out.push(sp);
      continue;
    }
    // The surname: capitalised words, with the hyphens and apostrophes inside them ("Quispe-Ruiz", "O'Neill").
    let end = sp.end;
    while (surname(end) && end - sp.end < 3) {
      end++;
      while (end + 1 < sentenceEnd && /^[-'’]$/.test(tokens[end]?.text ?? '') && tokens[end]?.start === tokens[end - 1]?.end && surname(end + 1)) end += 2;
    }
    // A span found over the surname joins; one found over anything else ends the name before it.
    const nextSpan = spans[k + 1];
    if (nextSpan && nextSpan.start < end) {
      if (nextSpan.start !== sp.end) end = nextSpan.start;
      else {
        end = Math.max(end, nextSpan.end);
        k++;
      }
    }
    out.push({ start: sp.start, end, type: 'PER', sentence: sp.sentence });
  }
  return out;
}

/** Who owns a mention, in the order mentions were added (pronouns look back through them). */
interface MentionOwner {
  start: number;
  draft: Draft;
  kind: MentionKind;
  subject: boolean;
}

const NO_BYTES = new Uint8Array(0);

/**
 * What the phases of one article's entity building share: the article, the drafts and their mentions, and the helpers
 * that add to them. The phases are functions of their own, not one long function: V8 re-optimises a function each time
 * a rarely taken path deoptimises it, and as one function the builder cost about 0.6 s of background compiling each
 * time (over half of the pipeline's compiling on Reuters stories after warm-up).
 */
class ArticleBuild {
  readonly text: string;
  readonly tokens: readonly EntityToken[];
  readonly sentenceOf: Int32Array;
  readonly taken: Uint8Array;
  readonly sentenceEnds: ReadonlySet<number>;
  readonly drafts: Draft[];
  readonly mentionOwner: MentionOwner[];
  readonly titleTokens: Set<number>;
  readonly personDrafts: Draft[] = [];
  readonly namedCountries = new Set<string>();
  /** Tokens inside a recognised span, and the marks of the tokens later passes look at (set by `prepareSpans`). */
  covered: Uint8Array = NO_BYTES;
  marks: Uint8Array = NO_BYTES;
  /** The spans after trimming, joining and retyping (set by `prepareSpans`). */
  spans: readonly RawSpan[] = [];
  readonly tok: (i: number) => EntityToken;
  readonly slice: (s: number, e: number) => string;
  readonly ratingSentence: (si: number) => boolean;
  readonly addMention: (d: Draft, s: number, e: number, kind: MentionKind, subject?: boolean) => void;
  readonly newDraft: (type: EntityType, s: number, e: number) => Draft;
  readonly addTitle: (d: Draft, span: TitleSpan) => void;
  readonly parsedApposition: (s: number, e: number, floor: number, limit: number) => TitleSpan | null;
  readonly placeReadings: (name: string) => readonly PlaceHit[];
  readonly tokenAt: (offset: number) => number | undefined;

  constructor(
    readonly input: EntityInput,
    readonly gaz: Gazetteer | null,
  ) {
    const { text, tokens } = input;
    const tok = (i: number): EntityToken => tokens[i] as EntityToken;
    const slice = (s: number, e: number): string => text.slice(tok(s).start, tok(e - 1).end);
    const sentenceOf = scratch.ints(0, tokens.length);
    input.sentences.forEach((s, si) => {
      for (let i = s.start; i < s.end; i++) sentenceOf[i] = si;
    });
    const taken = scratch.bytes(0, tokens.length);
    const ratingSentence = (si: number): boolean => {
      const sent = input.sentences[si];
      if (!sent) return false;
      for (let i = sent.start; i < sent.end; i++) if (/^(rat(e|ed|es|ing|ings)|downgrad|upgrad|affirm)/i.test(tok(i).text)) return true;
      return false;
    };
    const sentenceEnds = new Set(input.sentences.map((x) => x.end - 1));
    const drafts: Draft[] = [];
    const mentionOwner: { start: number; draft: Draft; kind: MentionKind; subject: boolean }[] = [];
    const addMention = (d: Draft, s: number, e: number, kind: MentionKind, subject = false): void => {
      const start = tok(s).start;
      let end = tok(e - 1).end;
      // A sentence-final period the tokeniser left on a name ("Barr.") is not part of it.
      if (kind === 'name' && /[a-z]{2}\.$/.test(tok(e - 1).text) && sentenceEnds.has(e - 1)) end--;
      if (d.mentions.some((m) => m.start === start && m.end === end)) return;
      d.mentions.push({ start, end, text: text.slice(start, end), kind });
      mentionOwner.push({ start, draft: d, kind, subject });
      d.firstStart = Math.min(d.firstStart, start);
    };
    const newDraft = (type: EntityType, s: number, e: number): Draft => {
      const d: Draft = {
        type, key: [], name: slice(s, e), nameTokens: e - s, titles: [], titleSpans: [], countries: [], sectors: [],
        mentions: [], heads: new Set(), firstStart: tok(s).start, known: null, gender: { female: 0, male: 0 },
      };
      for (let i = s; i < e; i++) d.key.push(foldName(tok(i).text));
      drafts.push(d);
      return d;
    };
    const titleTokens = new Set<number>();
    const addTitle = (d: Draft, span: TitleSpan): void => {
      for (let i = span.start; i < span.end; i++) titleTokens.add(i);
      for (const part of splitTitles(tokens, span)) {
        const words: string[] = [];
        for (let i = part.start; i < part.end; i++) words.push(tok(i).text);
        const title = slice(part.start, part.end);
        if (!d.titles.includes(title)) d.titles.push(title);
        d.titleSpans.push(part);
        const sector = sectorOfTitle(words);
        if (sector) d.sectors.push(sector);
        // "U.N. Secretary-General": an international body in the title makes its holder an international actor.
        const body = knownOrganisation(words);
        if (body && (body.sector === 'IGO' || body.sector === 'NGO')) d.known ??= { country: null, sector: body.sector, group: body.group };
        // Towns count only as whole runs of capitalised words ("Brooklyn", "Los Angeles"): a word of a longer name
        // ("Green" in "Wood Green") or a party ("Labour") read alone as a town gave British MPs American homes.
        let run: string[] = [];
        const endRun = (): void => {
          const c = gaz && run.length > 0 ? gaz.place(run.join(' '))?.country : null;
          if (c) d.countries.push(c);
          run = [];
        };
        for (const w of words) {
          const g = titleGender(w);
          if (g) d.gender[g] += 2;
          const role = isRoleToken(w);
          if (role) d.heads.add(headKey(w));
          // "UN" in "UN secretary-general" is the body, not a town of that name.
          const capital = /^[A-Z]/.test(w) && !knownOrganisation([w], true);
          const c = gaz && capital ? (gaz.demonym(w) ?? gaz.country(w)) : null;
          if (c) d.countries.push(c);
          if (capital && !role && !c) run.push(w);
          else endRun();
        }
        endRun();
        addMention(d, part.start, part.end, 'title');
      }
    };

    // With a parse: an `appos` dependent of the name is a title when its phrase holds a role word ("X, a general who ...").
    const parsedApposition = (s: number, e: number, floor: number, limit: number): TitleSpan | null => {
      for (let j = floor; j < limit; j++) {
        const t = tok(j);
        if (t.deprel !== 'appos' || t.head === undefined || t.head < s || t.head >= e || (j >= s && j < e)) continue;
        // The phrase: j and the tokens of the sentence whose head chain reaches j, cut at a relative clause.
        let lo = j;
        let hi = j + 1;
        for (let k = floor; k < limit; k++) {
          let h = k;
          for (let steps = 0; steps < 50 && h >= 0 && h !== j; steps++) h = tokens[h]?.head ?? -1;
          if (h !== j) continue;
          if (/^acl:relcl$/.test(tok(k).deprel ?? '')) continue;
          lo = Math.min(lo, k);
          hi = Math.max(hi, k + 1);
        }
        while (lo < hi && /^(the|a|an|,)$/i.test(tok(lo).text)) lo++;
        for (let k = lo; k < hi; k++) {
          if (/^(who|which|that|whose|,)$/i.test(tok(k).text)) hi = k;
        }
        if (hi - lo < 1 || hi - lo > 12) continue;
        for (let k = lo; k < hi; k++) if (isRoleToken(tok(k).text)) return { start: lo, end: hi };
      }
      return null;
    };

    // Countries the article names (as places or demonyms): an ambiguous place name takes the reading in one of them.
    // The places a name may denote: the gazetteer's, less regions named by a common word ("Gulf", a province of Papua
    // New Guinea), else our extras ("Calif.").
    // Looked up twice per name (the countries the article names, then each name's type): kept for the article.
    const readingsOf = new Map<string, readonly PlaceHit[]>();
    const placeReadings = (name: string): readonly PlaceHit[] => {
      let hit = readingsOf.get(name);
      if (!hit) readingsOf.set(name, (hit = lookUpPlace(name)));
      return hit;
    };
    const lookUpPlace = (name: string): readonly PlaceHit[] => {
      let found = gaz?.places(name) ?? [];
      if (found.length > 0 && REGION_WORDS.has(name.toLowerCase())) found = found.filter((h) => h.kind !== 'region');
      if (found.length > 0) return found;
      const extra = extraPlace(name);
      return extra ? [extra] : [];
    };
    // Token index by start offset, built on first use (most articles never ask).
    let tokenIndex: Map<number, number> | null = null;
    const tokenAt = (offset: number): number | undefined => {
      if (!tokenIndex) {
        const m = new Map<number, number>();
        tokens.forEach((t, i) => m.set(t.start, i));
        tokenIndex = m;
      }
      return tokenIndex.get(offset);
    };
    this.text = text;
    this.tokens = tokens;
    this.sentenceOf = sentenceOf;
    this.taken = taken;
    this.sentenceEnds = sentenceEnds;
    this.drafts = drafts;
    this.mentionOwner = mentionOwner;
    this.titleTokens = titleTokens;
    this.tok = tok;
    this.slice = slice;
    this.ratingSentence = ratingSentence;
    this.addMention = addMention;
    this.newDraft = newDraft;
    this.addTitle = addTitle;
    this.parsedApposition = parsedApposition;
    this.placeReadings = placeReadings;
    this.tokenAt = tokenAt;
  }
}

/** Whether the words of `small` occur in `big` in order. */
function subsetOf(small: readonly string[], big: readonly string[]): boolean {
  if (small.length > big.length) return false;
  let j = 0;
  for (const w of big) if (w === small[j]) j++;
  return j === small.length;
}

// Words that make a name a body or a competition, never a person, whatever rank word opens it ("Major League
// Baseball", "General Assembly" is typed by the sector words).
const BODY_NAME_WORDS = new Set([
  'League', 'Association', 'Federation', 'Cup', 'Championship', 'Championships', 'Series', 'Games', 'Club', 'Committee',
  'Foundation', 'Society', 'Organisation', 'Organization', 'Conference', 'Festival', 'Award', 'Awards', 'Prize', 'Open',
  'Tournament', 'Trophy', 'Office', 'Bureau', 'Secretariat',
]);

// The recogniser's spans, with news agencies it missed, trimmed, joined where it split a name, and retyped.
function prepareSpans(b: ArticleBuild, raw: readonly RawSpan[]): RawSpan[] {
  const { input, tokens, gaz, tok, slice, sentenceOf } = b;
  // Spans in text order; persons first so that other mentions of a surname can join them.
  // News agencies named in credits ("via AP") are organisations even where the recogniser missed them.
  const agencySpans: RawSpan[] = [];
  const covered = scratch.bytes(1, tokens.length);
  for (const r of raw) for (let i = r.start; i < r.end; i++) covered[i] = 1;
  // One pass over the tokens marks the few that the later per-token passes look at: agency names, "the", he/she.
  const marks = scratch.bytes(2, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tok(i).text;
    const c = t.charCodeAt(0);
    if (c >= 65 && c <= 90 && NEWS_AGENCIES.has(t)) marks[i] = AGENCY;
    else if (isThe(t)) marks[i] = THE;
    else if ((t.length === 2 || t.length === 3) && SUBJECT_PRONOUNS.has(t.toLowerCase())) marks[i] = PRONOUN;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i] && marks[i] === AGENCY) agencySpans.push({ start: i, end: i + 1, type: 'ORG', sentence: sentenceOf[i] as number });
    // "Vietnamese-led forces", "a U.S.-led coalition": the leading nation, which the recogniser often leaves out of the
    // compound, is named.
    else if (!covered[i] && tokens[i + 2]?.text === 'led' && tokens[i + 1]?.text === '-' && tok(i).end === tokens[i + 1]?.start && gaz) {
      const w = tok(i).text;
      if (gaz.demonym(w) !== null) agencySpans.push({ start: i, end: i + 1, type: 'MISC', sentence: sentenceOf[i] as number });
      else if (gaz.country(w) !== null) agencySpans.push({ start: i, end: i + 1, type: 'LOC', sentence: sentenceOf[i] as number });
    }
  }
  // An ORG right after a person's title ("top security official Genaro Garcia Luna") is a person the recogniser mistyped.
  const trimmed = [...raw, ...agencySpans]
    .sort((a, b) => a.start - b.start)
    .map((sp) => {
      // Punctuation at the edges of a span ("Barr ." tagged together) is not part of the name.
      let { start, end } = sp;
      // A name ends before a lower-case verb or clause word: the recogniser ran on into "Bank said", "Fund would
      // support these", "Holding for now, but"; the function words left at its end go too ("Bank to be" -> "Bank").
      for (let i = start + 1; i < end; i++) {
        const w = tok(i).text;
        // "the Church of England and some Anglicans": a lower-case word after "and" starts another phrase.
        if (/^[a-z]/.test(w) && i > start + 1 && /^(and|or)$/.test(tok(i - 1).text) && !NAME_PARTICLES.has(w)) {
          end = i - 1;
          break;
        }
        if (!/^[a-z]/.test(w) || !(CLAUSE_WORDS.has(w) || isVerbish(tok(i)))) continue;
        end = i;
        while (end > start + 1 && TRAILING_FUNCTION_WORDS.has(tok(end - 1).text)) end--;
        break;
      }
      while (end > start + 1 && /^[^\p{L}\p{N}]+$/u.test(tok(end - 1).text)) end--;
      while (start < end - 1 && /^[^\p{L}\p{N}]+$/u.test(tok(start).text)) start++;
      // A day is never the end of a name ("Serbia Friday" read as a person in "talks with Serbia Friday").
      while (end > start + 1 && WEEKDAY_SET.has(tok(end - 1).text)) end--;
      // A sentence's "The" before an organisation the table knows is no part of its name ("The European Commission").
      if (end - start >= 2 && tok(start).text === 'The' && knownOrganisation(slice(start + 1, end).split(' '), true)) start++;
      if (start === sp.start && end === sp.end) return sp;
      // What is left of a "person" may be a country: "Serbia".
      const type = sp.type === 'PER' && end - start === 1 && gaz?.country(tok(start).text) ? 'LOC' : sp.type;
      return { ...sp, start, end, type };
    })
    // A span of punctuation alone (the ">" of a Reuters ticker "<PLMA>") names nothing.
    .filter((sp) => !(sp.end - sp.start === 1 && /^[^\p{L}\p{N}]+$/u.test(tok(sp.start).text)))
    .map((sp) => cutLeadingFunctionWords(sp, tokens, input, gaz))
    .map((sp) => departmentCut(sp, tokens, gaz))
    .filter((sp): sp is RawSpan => sp !== null)
    .flatMap((sp) => possessorAndPerson(sp, tokens, gaz))
    .flatMap((sp) => organisationTitlePerson(sp, tokens, gaz));
  // Names the recogniser split ("American Telephone" | "Telegraph Co"; "Oscar" | "Quispe-Ruiz") are put together.
  const spans = bodyHeadsBeforeField(givenNameSurnames(awardGivenNames(joinCompanyNames(trimmed, tokens, input, gaz), tokens, input), tokens, input, gaz), tokens, input)
    .map((sp) => {
      const prev = tokens[sp.start - 1]?.text ?? '';
      // "Police in Marseille": a city of the gazetteer right after "in" is the place, not an organisation.
      // So is a region after a word of place ("in that part of Leicestershire", "across Yorkshire").
      if (sp.type === 'ORG' && sp.end - sp.start === 1 && !knownOrganisation([tok(sp.start).text], true) && (
        (/^(in|In)$/.test(prev) && gaz?.places(tok(sp.start).text).some((h) => h.kind === 'city')) ||
        (/^(in|of|across|throughout|near|around)$/i.test(prev) && gaz?.places(tok(sp.start).text).some((h) => h.kind === 'region')))) {
        return { ...sp, type: 'LOC' };
      }
      // A name the organisation table knows whole ("Hamas", "Kremlin") is an organisation whatever the recogniser said.
      if (sp.type === 'ORG') return sp;
      // "President Bush" typed as a place (a town of that name exists): a capitalised honorific before it makes a person.
      if (sp.type === 'LOC' && /^[A-Z]/.test(prev) && HONORIFICS.has(roleKey(prev)) && !gaz?.country(slice(sp.start, sp.end))) return { ...sp, type: 'PER' };
      // A name ending in a company suffix ("Prairie Expo Inc") is a company whatever the recogniser said.
      if (sp.end - sp.start > 1 && COMPANY_SUFFIXES.has(tok(sp.end - 1).text)) return { ...sp, type: 'ORG' };
      // So is a person's name ending in a body's head ("Bill Gates Foundation", "Joseph Rowntree Trust").
      if (sp.type === 'PER' && sp.end - sp.start > 1 && NAMED_BODY_ENDS.has(tok(sp.end - 1).text)) return { ...sp, type: 'ORG' };
      // "the Reagan administration", "the Kohl government": one capitalised word naming a government is its leader.
      const next = tokens[sp.end]?.text ?? '';
      if ((sp.type === 'MISC' || sp.type === 'LOC') && sp.end - sp.start === 1 && isThe(prev) && LEADER_GOVERNMENTS.has(next)) {
        const w = tok(sp.start).text;
        // Not a political adjective ("the Conservative government", "the Socialist regime", "the Tory cabinet").
        // Nor a country's adjective the gazetteer lacks ("the Philippine government").
        const adjective = /(ist|ive|al|ary|ic|ican|ese|ish)$/.test(w) || w === 'Labour' || w === 'Labor' || knownNameType(w) !== undefined || gaz?.country(`${w}s`);
        if (/^[A-Z][a-z]+$/.test(w) && !adjective && !gaz?.demonym(w) && !gaz?.place(w) && !knownOrganisation([w], true)) return { ...sp, type: 'PER' };
      }
      const words: string[] = [];
      for (let i = sp.start; i < sp.end; i++) if (!/^('s|’s)$/.test(tok(i).text)) words.push(tok(i).text);
      if (knownOrganisation(words, true)) return { ...sp, type: 'ORG' };
      // A name our table types ("Oscar", "Easter") is no person: it is typed (or dropped) with the other names.
      return sp.type === 'PER' && knownNameType(words.join(' ')) !== undefined ? { ...sp, type: 'MISC' } : sp;
    })
    .map((sp) => {
      if ((sp.type !== 'ORG' && sp.type !== 'MISC') || sp.end - sp.start < 2) return sp;
      const lead = leadingTitleLength(tokens, sp.start, sp.end, gaz);
      const prev = tokens[sp.start - 1]?.text ?? '';
      const words: string[] = [];
      for (let i = sp.start + lead; i < sp.end; i++) words.push(tok(i).text);
      // "Fidelis Nanga, a journalist based in Yaounde": a given name and a surname with a person's role after them.
      if (lead === 0 && words.length <= 3 && gaz?.isFirstNameKey(foldName(words[0] as string)) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isTitleToken(w, gaz)) &&
        sectorOfOrg(words) === null && !words.some((w) => BODY_NAME_WORDS.has(w)) && !knownOrganisation(words, true) &&
        appositionAfter(tokens, sp.end, input.sentences[sp.sentence]?.end ?? tokens.length, gaz)) {
        return { ...sp, type: 'PER' };
      }
      // One word is a surname only after a title of two or more words ("Attorney General Lord Goldsmith").
      if (words.length < (lead >= 2 ? 1 : 2) || !(isRoleToken(prev) || lead > 0) || sectorOfOrg(words) !== null || words.some((w) => BODY_NAME_WORDS.has(w))) return sp;
      if (!words.every((w) => /^[A-Z][a-z]/.test(w) && !isTitleToken(w, gaz))) return sp;
      return { ...sp, type: 'PER' };
    });
  b.covered = covered;
  b.marks = marks;
  return splitSurnamePlace(spans, tokens, gaz);
}

// Capitalised words after a given name that are no surname: days, months, and words that start another phrase.
const NOT_SURNAMES = new Set([...WEEKDAYS, ...MONTHS, 'The', 'And', 'But', 'In', 'On', 'At']);

/**
 * "Department for International Development", "Global Alliance for Vaccines and Immunisation": the recogniser found the
 * field (or split the name at "for"); a body's head before "for"/"of" joins it into one organisation, with the
 * capitalised words before the head ("Global") that no other span holds.
 */
function bodyHeadsBeforeField(spans: RawSpan[], tokens: readonly EntityToken[], input: EntityInput): RawSpan[] {
  let out: RawSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as RawSpan;
    const head = sp.start - 2;
    const joins =
      sp.type !== 'PER' && head >= (input.sentences[sp.sentence]?.start ?? 0) && /^(for|of)$/.test(tokens[sp.start - 1]?.text ?? '') &&
      BODY_HEADS_BEFORE_FIELD.has(tokens[head]?.text ?? '');
    if (!joins) {
      out?.push(sp);
      continue;
    }
    out ??= spans.slice(0, k);
    const prev = out[out.length - 1];
    if (prev && prev.end === head + 1 && prev.type !== 'PER') {
      out[out.length - 1] = { start: prev.start, end: sp.end, type: 'ORG', sentence: sp.sentence };
      continue;
    }
    if (prev && prev.end > head) {
      out.push(sp);
      continue;
    }
    let start = head;
    const floor = Math.max(prev?.end ?? 0, input.sentences[sp.sentence]?.start ?? 0);
    while (start > floor && head - start < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]?.text ?? '') && !/^(The|A|An|This|That|Its|Their|His|Her|Our)$/.test(tokens[start - 1]?.text ?? '')) start--;
    out.push({ start, end: sp.end, type: 'ORG', sentence: sp.sentence });
  }
  return out ?? spans;
}

/**
 * A person span that ends on a given name right before a capitalised word no other span covers ("Defense Secretary
 * Mary" | "Walsh said") stopped short of the surname: it runs on over it. News names a person by a given name alone
 * only in a few set phrases ("Prince Harry"), and then no capitalised word follows.
 */
function givenNameSurnames(spans: RawSpan[], tokens: readonly EntityToken[], input: EntityInput, gaz: Gazetteer | null): RawSpan[] {
  if (!gaz) return spans;
  let out: RawSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as RawSpan;
    const next = tokens[sp.end]?.text ?? '';
    const extend =
      sp.type === 'PER' && /^\p{Lu}\p{Ll}+(['’-]\p{Lu}?\p{Ll}+)?$/u.test(next) && !NOT_SURNAMES.has(next) &&
      sp.end < (input.sentences[sp.sentence]?.end ?? 0) && (spans[k + 1]?.start ?? Infinity) > sp.end &&
      gaz.isFirstNameKey(foldName(tokens[sp.end - 1]?.text ?? '')) && !isTitleToken(next, gaz) && !gaz.place(next) && !knownNameType(next);
    if (extend) {
      out ??= spans.slice(0, k);
      out.push({ start: sp.start, end: sp.end + 1, type: sp.type, sentence: sp.sentence });
    } else out?.push(sp);
  }
  return out ?? spans;
}

// Title modifiers that, capitalised before an office, end an organisation's name instead ("Velmora Bank Chairman").
const NAME_HEAD_MODIFIERS = new Set(['bank', 'court', 'party', 'union', 'cartel', 'team', 'club', 'company', 'house', 'government', 'county', 'city', 'town', 'police', 'army', 'navy', 'force', 'central', 'federal', 'national', 'state']);

/**
 * "IMF Managing Director Michel Camdessus", "Federal Reserve Board Chairman Paul Volcker", "Bank of Japan Governor
 * Satoshi Sumita": the recogniser glued an organisation, an office in it and its holder into one organisation. Two or
 * more capitalised words after the span's last office word are the person; the words before the office (and its
 * modifiers, "Managing") are the organisation, unless they are only a country or demonym, which the title keeps.
 */
function organisationTitlePerson(sp: RawSpan, tokens: readonly EntityToken[], gaz: Gazetteer | null): RawSpan[] {
  if ((sp.type !== 'ORG' && sp.type !== 'MISC') || sp.end - sp.start < 4) return [sp];
  let office = -1;
  for (let i = sp.end - 3; i > sp.start; i--) {
    if (isRoleToken(tokens[i]?.text ?? '')) {
      office = i;
      break;
    }
  }
  if (office < 0) return [sp];
  // Two office holders in one span ("Governor X and President Y") are left as the recogniser read them.
  for (let i = sp.start; i < office; i++) {
    if (/^(and|&)$/.test(tokens[i]?.text ?? '')) {
      for (let k = sp.start; k < i; k++) if (isRoleToken(tokens[k]?.text ?? '')) return [sp];
    }
  }
  for (let i = office + 1; i < sp.end; i++) {
    const w = tokens[i]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(w) || isTitleToken(w, gaz)) return [sp];
  }
  // The title runs back over offices, modifiers, portfolios ("External Trade Commissioner"), countries and demonyms
  // ("West German Technology Minister"), except a word that ends the organisation's name ("Bank of Japan Governor",
  // "Office of Management and Budget Director").
  let titleStart = office;
  while (titleStart > sp.start) {
    const w = tokens[titleStart - 1]?.text ?? '';
    const before = tokens[titleStart - 2]?.text ?? '';
    const endsName = /^(of|for|the|and|&)$/i.test(before);
    const modifier = TITLE_MODIFIERS.has(roleKey(w)) && !NAME_HEAD_MODIFIERS.has(roleKey(w));
    if (isRoleToken(w) || modifier || ((isDepartmentWord(w) || knownNameType(w) === 'NORP') && !endsName)) titleStart--;
    else if (titleStart - 2 >= sp.start && extraDemonym(`${before} ${w}`)) titleStart -= 2;
    else if (gaz && (gaz.country(w) !== null || gaz.demonym(w) !== null) && !endsName) titleStart--;
    else break;
  }
  const person: RawSpan = { start: office + 1, end: sp.end, type: 'PER', sentence: sp.sentence };
  let orgOnly = true;
  for (let i = sp.start; i < titleStart; i++) if (!isTitleToken(tokens[i]?.text ?? '', gaz)) orgOnly = false;
  return orgOnly ? [person] : [{ start: sp.start, end: titleStart, type: sp.type, sentence: sp.sentence }, person];
}

/**
 * "the BBC's Sarah Mukherjee", "Acme's John Hale": an organisation's possessive before a person's full name (a known given
 * name and a surname) is two names, the organisation and its person.
 */
function possessorAndPerson(sp: RawSpan, tokens: readonly EntityToken[], gaz: Gazetteer | null): RawSpan[] {
  if (!gaz || sp.type === 'PER' || sp.end - sp.start < 4) return [sp];
  for (let i = sp.start + 1; i < sp.end - 2; i++) {
    if (!/^('s|’s)$/.test(tokens[i]?.text ?? '')) continue;
    if (!gaz.isFirstNameKey(foldName(tokens[i + 1]?.text ?? ''))) return [sp];
    for (let k = i + 1; k < sp.end; k++) if (!/^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '')) return [sp];
    return [
      { start: sp.start, end: i, type: sp.type, sentence: sp.sentence },
      { start: i + 1, end: sp.end, type: 'PER', sentence: sp.sentence },
    ];
  }
  return [sp];
}

/**
 * "Secretary of State Mary Walsh": a span that opens with the department of an "<office> of <Department>" title gives
 * the department to the title (found later by `titleBefore`) and is the holder's name, a person. A department alone
 * ("the Secretary of State said") names nothing: null.
 */
function departmentCut(sp: RawSpan, tokens: readonly EntityToken[], gaz: Gazetteer | null): RawSpan | null {
  const cut = departmentEnd(tokens, sp.start, sp.end);
  if (cut === sp.start) return sp;
  if (cut >= sp.end) return null;
  for (let i = cut; i < sp.end; i++) {
    const w = tokens[i]?.text ?? '';
    if (!/^\p{Lu}/u.test(w) || isTitleToken(w, gaz)) return sp;
  }
  return { start: cut, end: sp.end, type: 'PER', sentence: sp.sentence };
}

/**
 * Headlines run names into noun compounds ("Lebed Chechnya peace plan", "Walsh Iran deal"), and the recogniser reads the
 * surname and the place as one person. A two-word person span ending in a place the gazetteer knows, whose first word is the
 * surname of another person named in the article, is that surname and the place.
 */
function splitSurnamePlace(spans: RawSpan[], tokens: readonly EntityToken[], gaz: Gazetteer | null): RawSpan[] {
  if (!gaz) return spans;
  let surnames: Map<string, number> | null = null;
  let out: RawSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as RawSpan;
    const place = tokens[sp.end - 1]?.text ?? '';
    if (sp.type !== 'PER' || sp.end - sp.start !== 2 || !/^\p{Lu}\p{Ll}/u.test(place) || !gaz.place(place)) continue;
    if (!surnames) {
      surnames = new Map();
      for (const o of spans) {
        if (o.type !== 'PER' || o.end - o.start < 2) continue;
        const key = foldName(tokens[o.end - 1]?.text ?? '');
        surnames.set(key, (surnames.get(key) ?? 0) + 1);
      }
    }
    // Another person's surname: a person span other than this one ends with it.
    const surname = foldName(tokens[sp.end - 2]?.text ?? '');
    const others = (surnames.get(surname) ?? 0) - (foldName(place) === surname ? 1 : 0);
    if (others < 1) continue;
    out ??= spans.slice(0, k);
    out.push({ start: sp.start, end: sp.end - 1, type: 'PER', sentence: sp.sentence });
    out.push({ start: sp.end - 1, end: sp.end, type: 'LOC', sentence: sp.sentence });
    for (let j = k + 1; j < spans.length; j++) {
      const o = spans[j] as RawSpan;
      const p = tokens[o.end - 1]?.text ?? '';
      if (o.type === 'PER' && o.end - o.start === 2 && /^\p{Lu}\p{Ll}/u.test(p) && gaz.place(p) && (surnames.get(foldName(tokens[o.end - 2]?.text ?? '')) ?? 0) >= 1) {
        out.push({ start: o.start, end: o.end - 1, type: 'PER', sentence: o.sentence });
        out.push({ start: o.end - 1, end: o.end, type: 'LOC', sentence: o.sentence });
      } else out.push(o);
    }
    return out;
  }
  return out ?? spans;
}

// Persons: each name joins the most recent person whose name contains it (or that it contains); titles before, inside
// and after the name.
function addPersons(b: ArticleBuild): void {
  const { input, tokens, gaz, tok, slice, taken, addMention, newDraft, addTitle, parsedApposition, spans, personDrafts } = b;
  const persons = spans.filter((s) => s.type === 'PER');
  // How many person spans cover each token, so that "does another person span overlap this title?" reads the title's
  // tokens instead of every span (spans are never empty; should one be, every span is tested as before).
  const personCover = scratch.ints(1, tokens.length);
  for (const o of persons) for (let i = o.start; i < o.end; i++) personCover[i] = (personCover[i] as number) + 1;
  const noEmptySpan = spans.every((o) => o.end > o.start);
  const otherPersonOver = (p: RawSpan, range: TitleSpan): boolean => {
    if (!noEmptySpan) return spans.some((o) => o !== p && o.start < range.end && o.end > range.start && o.type === 'PER');
    for (let i = range.start; i < range.end; i++) {
      const own = p.start <= i && i < p.end ? 1 : 0;
      if ((personCover[i] as number) > own) return true;
    }
    return false;
  };
  for (const p of persons) {
    let s = p.start;
    let e = p.end;
    // A possessive clitic or a trailing possessive "'s" belongs to the sentence, not the name.
    while (e > s && /^('s|’s|'|’)$/.test(tok(e - 1).text)) e--;
    const lead = leadingTitleLength(tokens, s, e, gaz);
    const titleInside = lead > 0 ? { start: s, end: s + lead } : null;
    s += lead;
    if (e <= s) continue;
    if (e - s === 1 && NOT_NAMES.has(tok(s).text.toLowerCase())) continue;
    // "Lifelong Learning Minister" (before "Jim Wallace"): a name does not end in an office.
    if (OFFICES.has(tok(e - 1).text)) continue;
    let allTitle = true;
    for (let i = s; i < e; i++) if (!isTitleToken(tok(i).text, gaz)) allTitle = false;
    // A word that could head a title or name a country ("King", "Jordan") is still the surname of a person named in
    // full before ("Billie Jean King" ... "King said").
    if (allTitle && !(e - s === 1 && personDrafts.some((c) => c.key.length > 1 && c.key[c.key.length - 1] === foldName(tok(s).text)))) continue;
    const key: string[] = [];
    for (let i = s; i < e; i++) key.push(foldName(tok(i).text));
    // Join the most recent person whose name contains this one, or whose name this one contains.
    let d: Draft | undefined;
    for (let k = personDrafts.length - 1; k >= 0 && !d; k--) {
      const c = personDrafts[k] as Draft;
      if (subsetOf(key, c.key) && (key[key.length - 1] === c.key[c.key.length - 1] || key[0] === c.key[0])) d = c;
      else if (subsetOf(key, c.key) && key.length === 1 && c.key.includes(key[0] as string) && c.key.length > 1) d = c;
    }
    for (let k = personDrafts.length - 1; k >= 0 && !d; k--) {
      const c = personDrafts[k] as Draft;
      if (subsetOf(c.key, key) && (c.key[c.key.length - 1] === key[key.length - 1] || c.key[0] === key[0])) d = c;
    }
    if (!d) {
      d = newDraft('PERSON', s, e);
      personDrafts.push(d);
    }
    // The first given name of a full name says the person's sex when English usage is one-sided ("Carol", "Peter").
    if (e - s >= 2 && gaz) {
      const g = gaz.givenNameGender(tok(s).text);
      if (g) d.gender[g]++;
    }
    // The canonical name is the fullest form: a headline's "NAKASONE" gives way to "Yasuhiro Nakasone" later.
    if (e - s > d.nameTokens || (e - s === d.nameTokens && isAllCaps(d.name) && !isAllCaps(slice(s, e)))) {
      d.name = slice(s, e);
      d.nameTokens = e - s;
      d.key = key;
    }
    for (let i = p.start; i < p.end; i++) taken[i] = 1;
    const subject = isVerbish(tokens[p.end]) || (tokens[p.end]?.deprel === undefined && /^(nsubj)/.test(tok(e - 1).deprel ?? ''));
    addMention(d, s, e, 'name', subject || /^nsubj/.test(tok(e - 1).deprel ?? ''));
    const floor = input.sentences[p.sentence]?.start ?? 0;
    const limit = input.sentences[p.sentence]?.end ?? tokens.length;
    const before = titleBefore(tokens, p.start, floor, gaz);
    if (before && !otherPersonOver(p, before)) addTitle(d, before);
    if (titleInside) addTitle(d, titleInside);
    const appos = appositionAfter(tokens, p.end, limit, gaz) ?? parsedApposition(s, e, floor, limit);
    if (appos) addTitle(d, appos);
  }

}

// Countries the article names (as places or demonyms): an ambiguous place name takes the reading in one of them.
function collectNamedCountries(b: ArticleBuild): void {
  const { tokens, gaz, tok, slice, spans, namedCountries, placeReadings } = b;
  if (gaz) {
    // Every span once ("others" are among the spans; a set keeps no order that matters). A place with one reading
    // names its country too ("PORTLAND, Ore.": Oregon is in the United States, so Portland is the American one).
    for (const o of spans) {
      const text = slice(o.start, o.end);
      const only = placeReadings(text);
      const c = gaz.country(text) ?? gaz.demonym(text) ?? (only.length === 1 ? (only[0] as PlaceHit).country : null);
      if (c) namedCountries.add(c);
    }
    // State abbreviations name their country though the recogniser seldom marks them ("PORTLAND, Ore., March 3").
    for (let i = 0; i < tokens.length; i++) {
      const t = tok(i).text;
      if (t.length <= 6 && t.endsWith('.')) {
        const hit = extraPlace(t);
        if (hit) namedCountries.add(hit.country);
      }
    }
  }
}

// The other spans: type from the gazetteer, clusters by folded name or contained name.
function addOthers(b: ArticleBuild, others: readonly RawSpan[]): void {
  const { tokens, gaz, tok, slice, sentenceOf, taken, ratingSentence, drafts, addMention, newDraft, titleTokens, addTitle, covered, spans, personDrafts, namedCountries, placeReadings } = b;
  // The most recent person draft that `test` accepts.
  const latestPerson = (test: (d: Draft) => boolean): Draft | undefined => {
    for (let k = personDrafts.length - 1; k >= 0; k--) if (test(personDrafts[k] as Draft)) return personDrafts[k];
    return undefined;
  };

  // How a mention stands beside other places: after "Town," as the larger unit ("Bramalea, Ontario", "Woodbridge,
  // Suffolk"; not inside a list "Hartford, Norfolk, Portland"), or as a peer of a country ("Ontario and the U.S.",
  // "from Ontario to the U.S.").
  const afterTown = (s: number, e: number): boolean => {
    if (tokens[s - 1]?.text !== ',' || !/^\p{Lu}/u.test(tokens[s - 2]?.text ?? '')) return false;
    const town = spans.find((o) => o.end === s - 1);
    if (town ? town.type !== 'LOC' : covered[s - 2]) return false;
    const next = tokens[e]?.text ?? '';
    return !/^(and|or|&)$/.test(next) && !(next === ',' && /^\p{Lu}/u.test(tokens[e + 1]?.text ?? ''));
  };
  const peerOf = (o: RawSpan, country: string): boolean =>
    spans.some((p) => {
      if (p.sentence !== o.sentence || p === o || gaz?.country(slice(p.start, p.end)) !== country) return false;
      const [lo, hi] = p.start >= o.end ? [o.end, p.start] : [p.end, o.start];
      if (hi < lo || hi - lo > 3) return false;
      for (let i = lo; i < hi; i++) if (/^(and|or|to|nor|versus|vs\.?)$/.test(tok(i).text)) return true;
      return false;
    });
  // A name's reading: the one in a country the article names, else the first (country, region, city). A city in a
  // named country gives way to a region of the name elsewhere where a mention reads as a region: after a town, or
  // beside that very country as its peer. (Not merely for the name's fame: "Toledo" in the grain reports of a story
  // naming the U.S. is the Ohio city, not the district of Belize.)
  const chooseReading = (name: string, readings: readonly PlaceHit[]): PlaceHit | null => {
    const named = readings.find((h) => namedCountries.has(h.country));
    if (named?.kind !== 'city') return named ?? readings[0] ?? null;
    const region = readings.find((h) => h.kind === 'region' && h.country !== named.country);
    if (!region) return named;
    const key = foldName(name);
    for (const o of spans) {
      if (foldName(slice(o.start, o.end)) === key && (afterTown(o.start, o.end) || peerOf(o, named.country))) return region;
    }
    return named;
  };
  // Other spans: type from the gazetteer, clusters by folded name or contained name.
  const byKey = new Map<string, Draft>();
  for (const o of others) {
    const s = o.start;
    let e = o.end;
    // The possessive goes ("Barr's" -> Barr), unless it is part of a known name ("Moody's", "McDonald's"), which it
    // joins when the recogniser left it out.
    if (e < tokens.length && /^('s|’s)$/.test(tok(e).text) && knownOrganisation([slice(s, e + 1)], true)) e++;
    if (!(e > s + 1 && /^('s|’s)$/.test(tok(e - 1).text) && knownOrganisation([slice(s, e)], true))) {
      while (e > s && /^('s|’s)$/.test(tok(e - 1).text)) e--;
    }
    if (e <= s) continue;
    let words: string[] = [];
    for (let i = s; i < e; i++) words.push(tok(i).text);
    // A span of title words alone ("then-President") is a role, not an entity.
    const content = words.filter((w) => w !== '-');
    if (content.every((w) => isTitleToken(w, gaz) && !gaz?.place(w)) && content.some((w) => isRoleToken(w))) continue;
    // "Gen. Cienfuegos" typed otherwise: the title goes to the person the rest names.
    const lead = leadingTitleLength(tokens, s, e, gaz);
    if (lead > 0) {
      const rest = words.slice(lead).map(foldName);
      const person = latestPerson((d) => subsetOf(rest, d.key));
      if (person) {
        addTitle(person, { start: s, end: s + lead });
        addMention(person, s + lead, e, 'name', isVerbish(tokens[e]));
        for (let i = s; i < e; i++) taken[i] = 1;
        continue;
      }
      words = words.slice(lead);
    }
    const name = slice(s, e);
    if (words.length === 1 && NOT_NAMES.has(name.toLowerCase())) continue;
    // A credit rating ("AA", "Baa-1", "BBB-plus") in a sentence about ratings names no organisation.
    if (CREDIT_RATING.test(name) && ratingSentence(o.sentence)) continue;
    const known = knownNameType(name);
    if (known === 'none') continue;
    // A surname (or the end of a name) the recogniser typed otherwise is still that person.
    const folded = words.map(foldName);
    const person = latestPerson((d) => d.key.length > folded.length && subsetOf(folded, d.key) && folded[0] !== d.key[0]);
    if (person) {
      addMention(person, s, e, 'name', isVerbish(tokens[e]));
      for (let i = s; i < e; i++) taken[i] = 1;
      continue;
    }
    // A title phrase ("U.S. Attorney") is a role, not an organisation.
    if (words.some((w) => isRoleToken(w)) && titleTokens.has(s)) continue;
    let type: EntityType;
    let country: string | null = null;
    const readings = placeReadings(name);
    const place = chooseReading(name, readings);
    if (o.type === 'LOC' && !place && INSTITUTION_HEADS.test(name)) {
      // "Clare College", "the High Court": an institution, not a place.
      type = 'ORG';
    } else if (o.type === 'LOC') {
      type = place ? 'GPE' : FAC_WORDS.test(name) ? 'FAC' : 'LOC';
      // A place the gazetteer lacks may still hold a country it knows ("Western Cambodia", "South Lebanon").
      country = place?.country ?? (gaz ? countryInside(gaz, words) : null);
    } else if (o.type === 'ORG') {
      type = 'ORG';
    } else if (o.type === 'MISC' && orgHeadAfter(tokens, e) && sentenceOf[e] === o.sentence) {
      // "the H-2 cartel": a name and an organisation noun after it make one organisation.
      type = 'ORG';
      e++;
    } else if (o.type === 'MISC' && place && tokens[e]?.text === '-' && /^(based|born|listed|led|owned|run|made|headquartered|registered)$/.test(tokens[e + 1]?.text ?? '')) {
      // "a Tokyo-based bank": the place before "-based" is a place.
      type = 'GPE';
      country = place.country;
    } else if (o.type === 'MISC') {
      // "Sri Lankan" is one demonym; "Iraqi Kurds" and "Bosnian Serbs" are a people named by their country's demonym.
      const whole = gaz?.demonym(name) ?? extraDemonym(name);
      const dem = whole !== null || (gaz ? words.every((w) => gaz.demonym(w) !== null) : false);
      const lead = gaz && !dem ? leadingDemonym(gaz, words) : null;
      const people = lead !== null && words.length - lead.length === 1 && /^[A-Z][a-z]+s$/.test(words[words.length - 1] as string);
      type = dem || people ? 'NORP' : EVENT_WORDS.test(name) ? 'EVENT' : 'MISC';
      if (dem && gaz) country = whole ?? gaz.demonym(words[words.length - 1] as string);
      else if (lead) country = lead.country;
    } else type = 'MISC';
    if (known !== undefined) {
      // Our table knows the name whole ("Oscars", "Sunnis"): its type stands, and a town of that name lends no country.
      type = known;
      country = null;
    }
    if (type === 'GPE' && place?.kind === 'country' && e < tokens.length && PLURAL_ORG_HEADS.has(tok(e).text) && sentenceOf[e] === o.sentence) {
      type = 'ORG';
      e++;
    }
    if (type === 'ORG' && orgHeadAfter(tokens, e) && sentenceOf[e] === o.sentence) e++;
    const fullName = slice(s, e);
    // The names of one known organisation are one entity ("Liberal Democrats" ... "the Lib Dems").
    const canonical = type === 'ORG' ? knownOrganisation(fullName.replace(/^The /, '').split(' '), true)?.canonical : undefined;
    const key = type === 'GPE' && place?.kind === 'country' ? `GPE:${place.country}` : canonical ? `ORG=${canonical}` : `${type}:${foldName(fullName)}`;
    let d = byKey.get(key);
    if (!d && type === 'ORG') {
      // "Justice Department" and "U.S. Justice Department" are one organisation.
      const f = foldName(fullName);
      d = drafts.find((x) => x.type === 'ORG' && (foldName(x.name).endsWith(` ${f}`) || f.endsWith(` ${foldName(x.name)}`)));
      // "the Bank" after "the Bank of England": a one-word head joins the one organisation it opens.
      if (!d && !f.includes(' ')) {
        const opened = drafts.filter((x) => x.type === 'ORG' && foldName(x.name).startsWith(`${f} `));
        if (opened.length === 1) d = opened[0];
      }
    }
    if (!d) {
      d = newDraft(type, s, e);
      byKey.set(key, d);
    } else if (d.name !== canonical && ((e - s > d.nameTokens && type !== 'GPE') || (e - s === d.nameTokens && isAllCaps(d.name) && !isAllCaps(fullName)))) {
      d.name = fullName;
      d.nameTokens = e - s;
    }
    // A known organisation goes by its own name once the story uses it ("BBC", not "BBC Radio").
    if (canonical && fullName === canonical) d.name = canonical;
    for (let i = s; i < e; i++) taken[i] = 1;
    addMention(d, s, e, 'name');
    if (country) d.countries.push(country);
    if (type === 'ORG') {
      const orgWords: string[] = [];
      for (let i = s; i < e; i++) orgWords.push(tok(i).text);
      const sector = sectorOfOrg(orgWords);
      if (sector) d.sectors.push(sector);
      d.known ??= knownOrganisation(orgWords);
      // The organisation's country: a country or demonym in its name, or just before it ("U.S. Justice Department").
      const around = [...orgWords];
      if (s > 0 && sentenceOf[s - 1] === o.sentence) around.unshift(tok(s - 1).text);
      if (s > 2 && /^('s|’s)$/.test(tok(s - 1).text)) around.unshift(tok(s - 2).text);
      for (const w of around) {
        const c = gaz && /^[A-Z]/.test(w) ? (gaz.country(w) ?? gaz.demonym(w)) : null;
        if (c) {
          d.countries.push(c);
          break;
        }
      }
    }
  }

}

// Nouns that name a work right before its title ("the film Vera Drake", "their album Hopes and Fears").
const WORK_NOUNS = new Set([
  'film', 'movie', 'drama', 'comedy', 'thriller', 'blockbuster', 'biopic', 'documentary', 'epic', 'musical', 'album',
  'song', 'novel', 'book', 'series', 'sitcom', 'soap', 'show', 'programme', 'program', 'sequel', 'remake', 'cartoon',
]);

/**
 * A name right after a noun for a work ("the film Vera Drake", "Oscar-nominated movie The Aviator") is the work's
 * title, whatever the recogniser read it as: the story's other mentions of it are the work too (MISC).
 */
function worksByContext(b: ArticleBuild): void {
  const { tokens, drafts, tokenAt, sentenceOf, text } = b;
  for (const d of drafts) {
    // Peoples and places stay ("the film Chicago" is rare beside "Irish film"); a person with a title or a pronoun is one.
    if (d.type === 'MISC' || d.type === 'NORP' || d.type === 'GPE' || d.known) continue;
    if (d.type === 'PERSON' && d.mentions.some((m) => m.kind === 'title' || m.kind === 'pronoun')) continue;
    const work = d.mentions.some((m) => {
      if (m.kind !== 'name') return false;
      const s = tokenAt(m.start);
      // The noun is in the same sentence, and the mention is the whole name ("the biopic Ray" is no mention of Ray Charles).
      if (s === undefined || !WORK_NOUNS.has(tokens[s - 1]?.text ?? '') || sentenceOf[s - 1] !== sentenceOf[s]) return false;
      if (text.slice(m.start, m.end) !== d.name) return false;
      // "the film Michael Moore's Fahrenheit 9/11", "the film Oscar Tull made": a possessive or a verb after the name
      // makes it the maker.
      let e = s;
      while ((tokens[e + 1]?.start ?? Infinity) < m.end) e++;
      const after = tokens[e + 1];
      return !/^('s|’s)$/.test(after?.text ?? '') && !/^VB/.test(after?.xpos ?? '');
    });
    if (work) {
      d.type = 'MISC';
      d.countries.length = 0;
      d.sectors.length = 0;
    }
  }
}

// What a company has and undergoes: "Southcorp's shares", "Southcorp's board", "a stake in Southcorp".
const COMPANY_NOUNS_AFTER = new Set([
  'shares', 'share', 'stock', 'board', 'chairman', 'chairwoman', 'directors', 'profit', 'profits', 'earnings', 'sales',
  'revenue', 'revenues', 'turnover', 'subsidiary', 'subsidiaries', 'unit', 'units', 'shareholders', 'stake', 'takeover',
  'bid', 'brands', 'brand', 'products', 'factory', 'factories', 'plant', 'plants', 'customers', 'employees', 'workforce',
  'chief', 'executive', 'executives', 'management', 'merger', 'acquisition', 'dividend', 'debts', 'assets',
]);
const COMPANY_CUES_BEFORE = new Set(['shares in', 'shares of', 'stake in', 'takeover of', 'bid for', 'acquisition of', 'merger with', 'executive of', 'chairman of', 'shareholders in', 'shareholders of', 'subsidiary of', 'unit of']);
// "Southcorp employs 2,700 people", "Southcorp posted a profit" ("X shares" is no cue: "European shares fell").
const COMPANY_VERBS_AFTER = new Set(['employs', 'posted', 'reported', 'bought', 'acquired', 'manufactures', 'makes', 'sells']);

/**
 * The recogniser reads many company names it never saw as places ("Southcorp"). A name the gazetteer does not know as
 * a place is a company when any of its mentions reads as one: a company's possession after it ("Southcorp's shares",
 * "Southcorp's board"), a company's verb after it ("Southcorp employs 2,700 people"), or a stake, bid or office before
 * it ("a stake in Southcorp", "chief executive of Southcorp").
 */
function companiesByContext(b: ArticleBuild): void {
  const { tokens, drafts, tokenAt } = b;
  const word = (i: number): string => tokens[i]?.text ?? '';
  for (const d of drafts) {
    if (d.type !== 'LOC' || d.known) continue;
    const company = d.mentions.some((m) => {
      if (m.kind !== 'name') return false;
      const s = tokenAt(m.start);
      if (s === undefined) return false;
      let e = s;
      while ((tokens[e + 1]?.start ?? Infinity) < m.end) e++;
      const possessive = /^('s|’s)$/.test(word(e + 1));
      if ((possessive && COMPANY_NOUNS_AFTER.has(word(e + 2).toLowerCase())) || COMPANY_VERBS_AFTER.has(word(e + 1))) return true;
      // Not before a possessive: in "shares in Europe's leading reinsurers" the shares are the reinsurers'.
      return !possessive && COMPANY_CUES_BEFORE.has(`${word(s - 2).toLowerCase()} ${word(s - 1)}`);
    });
    if (company) {
      d.type = 'ORG';
      d.sectors.push('BUS');
    }
  }
}

// Nominal mentions ("the general").
function joinNominals(b: ArticleBuild): void {
  const { tokens, gaz, tok, taken, addMention, marks, personDrafts } = b;
  // Nominals: "the general" joins the one earlier person with that title head; conservative by design.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (marks[i] !== THE || taken[i + 1]) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4) {
      const f = nominalFlags(tok(j).text, gaz);
      if (!(f & LOWER_DASH) || ((f & IN_ROLES) && !isTitleToken(tokens[j + 1]?.text ?? '', gaz))) break;
      if (!(f & TITLE_OR_DEMONYM)) break;
      j++;
    }
    if (j >= tokens.length || (nominalFlags(tok(j).text, gaz) & LOWER_ROLE) !== LOWER_ROLE) continue;
    const next = tokens[j + 1]?.text ?? '';
    if (next === 'of' || next === "'s" || /^[A-Z]/.test(next)) continue;
    const head = headKey(tok(j).text);
    const start = tok(i).start;
    const candidates = personDrafts.filter((d) => d.heads.has(head) && d.firstStart < start);
    if (candidates.length !== 1) continue;
    addMention(candidates[0] as Draft, i, j + 1, 'nominal', isVerbish(tokens[j + 1]));
  }

}

// Subject pronouns ("he", "she").
function joinPronouns(b: ArticleBuild): void {
  const { tokens, tok, sentenceOf, mentionOwner, addMention, marks, tokenAt } = b;
  // Pronouns in subject position join the most recent person mentioned as a subject in the last few sentences.
  const ordered = () => [...mentionOwner].sort((a, b) => a.start - b.start);
  const owners = ordered();
  const genderOf = (d: Draft): Gender | null =>
    d.gender.female > d.gender.male ? 'female' : d.gender.male > d.gender.female ? 'male' : null;
  for (let i = 0; i < tokens.length; i++) {
    if (marks[i] !== PRONOUN) continue;
    const t = tok(i);
    const pronounGender = SUBJECT_PRONOUNS.get(t.text.toLowerCase());
    if (!pronounGender) continue;
    const subject = t.deprel !== undefined ? /^nsubj/.test(t.deprel) : isVerbish(tokens[i + 1]);
    if (!subject) continue;
    const si = sentenceOf[i] as number;
    let found: Draft | null = null;
    for (let k = owners.length - 1; k >= 0; k--) {
      const m = owners[k] as (typeof owners)[number];
      if (m.start >= t.start) continue;
      const ms = tokenAt(m.start);
      if (ms !== undefined && si - (sentenceOf[ms] as number) > 2) break;
      // "He" never goes to a person known to be a woman, nor "she" to a man.
      const g = genderOf(m.draft);
      if (m.draft.type === 'PERSON' && m.subject && (g === null || g === pronounGender)) {
        found = m.draft;
        break;
      }
    }
    if (found) {
      const before = mentionOwner.length;
      addMention(found, i, i + 1, 'pronoun', true);
      // A pronoun that found its person is weak evidence of that person's sex for the pronouns after it.
      if (genderOf(found) === null) found.gender[pronounGender] += 1;
      // The new owner goes where a stable sort by start would put it: after every owner starting at or before it.
      if (mentionOwner.length > before) {
        const added = mentionOwner[mentionOwner.length - 1] as (typeof owners)[number];
        let lo = 0;
        let hi = owners.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((owners[mid] as (typeof owners)[number]).start <= added.start) lo = mid + 1;
          else hi = mid;
        }
        owners.splice(lo, 0, added);
      }
    }
  }

}

// Countries borrowed from the sentence of an office holder's first mention.
// A leader our table knows ("Vladimir Putin", "Putin" alone) has the country they led when the story gives none.
function knownLeaders(b: ArticleBuild): void {
  for (const d of b.personDrafts) {
    if (d.countries.length > 0 || d.known) continue;
    const leader = knownPerson(d.name);
    if (!leader) continue;
    d.countries.push(leader.country);
    if (d.sectors.length === 0) d.sectors.push(leader.sector);
  }
}

function borrowCountries(b: ArticleBuild): void {
  const { tokens, gaz, sentenceOf, drafts, personDrafts, tokenAt } = b;
  // A titled office holder whose titles name no country ("President X said Vietnam ...") takes the one country the
  // sentence of their first named mention speaks of; with two or more countries in that sentence, none.
  // Organisations with a country count too ("the White House said" beside Afghanistan leaves the president open).
  // Cities do not count: "Gen. X arrived in Lima" says where the general is, not whose general. Another person with
  // a country in the sentence ("welcomed South African leader Y", "Barr said" after a Mexican general), or a country
  // after "against"/"with" (the other party), rules the guess out.
  // News media do not count either: "told Reuters" says nothing of whose professor spoke.
  const media = (d: Draft): boolean => d.known?.sector === 'JRN' || d.sectors.includes('JRN');
  const placeDrafts = drafts.filter(
    (d) =>
      (d.known ? d.known.country !== null : d.countries.length > 0) && (d.type !== 'GPE' || gaz?.country(d.name)) && d.type !== 'LOC' && d.type !== 'FAC' && !media(d),
  );
  const sentenceAt = (offset: number): number => sentenceOf[tokenAt(offset) ?? -1] ?? -1;
  const otherParty = (start: number): boolean => /^(against|with)$/i.test(tokens[(tokenAt(start) ?? 0) - 1]?.text ?? '');
  // A story filed from one country ("WASHINGTON --") lends its office holders no other country: "Secretary Walsh said
  // Iran had made concessions" is no Iranian secretary.
  const dl = b.input.dateline;
  let datelineCountry: string | null = null;
  if (dl) {
    for (const p of drafts) {
      if (p.countries.length > 0 && p.mentions.some((m) => m.start >= dl.start && m.end <= dl.end)) datelineCountry = p.countries[0] as string;
    }
  }
  const borrowed: [Draft, string][] = [];
  for (const d of personDrafts) {
    if (d.countries.length > 0 || d.sectors.length === 0 || d.known) continue;
    const first = d.mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const si = sentenceAt(first.start);
    const seen = new Set<string>();
    let veto = false;
    for (const p of placeDrafts) {
      const here = p.mentions.filter((m) => m.kind === 'name' && sentenceAt(m.start) === si);
      if (here.length === 0 || p === d) continue;
      if (p.type === 'PERSON' || here.some((m) => otherParty(m.start))) veto = true;
      for (const c of p.known ? [p.known.country as string] : p.countries) seen.add(c);
    }
    const only = [...seen][0];
    if (seen.size === 1 && !veto && (datelineCountry === null || datelineCountry === only)) borrowed.push([d, only as string]);
  }
  for (const [d, c] of borrowed) d.countries.push(c);

}

// The drafts with a name mention, as entities in text order.
function finishEntities(b: ArticleBuild): Entity[] {
  const { drafts } = b;
  const majority = <T extends string>(xs: readonly T[]): T | null => {
    const counts = new Map<T, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    let best: T | null = null;
    let bestN = 0;
    for (const [x, n] of counts) if (n > bestN) [best, bestN] = [x, n];
    return best;
  };
  // A known organisation's own codes outrank the context; a person holding an international post keeps a country
  // only when a title names one ("Egyptian diplomat and U.N. envoy").
  const countryOf = (d: Draft): string | null => (d.known && d.type === 'ORG' ? d.known.country : majority(d.countries));
  const sectorOf = (d: Draft): string | null => {
    if (d.known && d.type === 'ORG') return d.known.sector ?? majority(d.sectors);
    if (d.known && d.type === 'PERSON' && d.countries.length === 0) return d.known.sector;
    return majority(d.sectors);
  };
  return drafts
    .filter((d) => d.mentions.some((m) => m.kind === 'name'))
    .sort((a, b) => a.firstStart - b.firstStart)
    .map((d, i) => ({
      id: `E${i + 1}`,
      type: d.type,
      name: d.name,
      titles: d.titles,
      country: countryOf(d),
      sector: sectorOf(d),
      mentions: [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    }));
}

/** Builds the entities of one article from recognised spans. */
export function buildEntities(input: EntityInput, raw: readonly RawSpan[], gaz: Gazetteer | null): Entity[] {
  const b = new ArticleBuild(input, gaz);
  b.spans = prepareSpans(b, raw);
  addPersons(b);
  collectNamedCountries(b);
  addOthers(b, b.spans.filter((s) => s.type !== 'PER'));
  companiesByContext(b);
  worksByContext(b);
  joinNominals(b);
  joinPronouns(b);
  knownLeaders(b);
  borrowCountries(b);
  return finishEntities(b);
}
