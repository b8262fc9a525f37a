// Titles and roles kept apart from names: title words stripped from name edges, titles before a name, appositions after it.
import type { Gazetteer } from './gazetteer.js';
import { HONORIFICS, ROLE_SECTORS, TITLE_MODIFIERS, roleKey } from './roles.js';

/** The view of a token the entity layer works on. */
export interface EntityToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly xpos?: string;
  readonly upos?: string;
  readonly head?: number;
  readonly deprel?: string;
}

/** A title found for a name: the token range `[start, end)` of the article tokens. */
export interface TitleSpan {
  readonly start: number;
  readonly end: number;
}

// Answers of the two tests below by word (and gazetteer): both run on most tokens of an article, and words repeat.
const MEMO_SIZE = 50_000;
const roleMemo = new Map<string, boolean>();
const titleMemos = new WeakMap<Gazetteer, Map<string, boolean>>();
const titleMemoNoGaz = new Map<string, boolean>();

function remember(memo: Map<string, boolean>, t: string, v: boolean): boolean {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(t, v);
  return v;
}

/** Whether a token is a role head or honorific ("Gen.", "secretary", "Judge", "then-President"). */
export function isRoleToken(t: string): boolean {
  const known = roleMemo.get(t);
  if (known !== undefined) return known;
  const k = roleKey(t);
  return remember(roleMemo, t, k in ROLE_SECTORS || HONORIFICS.has(k));
}

/** Whether a token may stand inside a title phrase (role words, modifiers, demonyms, country names). */
export function isTitleToken(t: string, gaz: Gazetteer | null): boolean {
  let memo = gaz ? titleMemos.get(gaz) : titleMemoNoGaz;
  if (!memo) {
    memo = new Map();
    titleMemos.set(gaz as Gazetteer, memo);
  }
  const known = memo.get(t);
  if (known !== undefined) return known;
  return remember(memo, t, titleTokenUncached(t, gaz));
}

function titleTokenUncached(t: string, gaz: Gazetteer | null): boolean {
  if (isRoleToken(t)) return true;
  const k = roleKey(t);
  if (TITLE_MODIFIERS.has(k)) return true;
  if (gaz && /^[A-Z]/.test(t) && (gaz.demonym(t) !== null || gaz.country(t) !== null)) return true;
  return false;
}

// Words naming a government department in an "<office> of (the) <Department>" title: "Secretary of State", "Minister of
// Foreign Affairs", "Secretary of Health and Human Services", "Chancellor of the Exchequer".
const DEPARTMENT_WORDS = new Set([
  'State', 'Defense', 'Defence', 'Justice', 'Treasury', 'Finance', 'Foreign', 'Affairs', 'Interior', 'Health', 'Education',
  'Labor', 'Labour', 'Commerce', 'Energy', 'Agriculture', 'Transportation', 'Transport', 'Homeland', 'Security', 'Veterans',
  'Housing', 'Urban', 'Development', 'Trade', 'Industry', 'Economy', 'Home', 'Exchequer', 'War', 'Navy', 'Culture',
  'Environment', 'Information', 'Tourism', 'Fisheries', 'Planning', 'Public', 'Works', 'Human', 'Services', 'Welfare',
  'Social', 'Communications', 'Mines', 'Petroleum', 'Internal', 'External', 'Economic', 'Science', 'Technology', 'Farm',
  'Budget', 'Research',
]);

/** Whether a word names a government department or portfolio ("State", "Trade", "Foreign"). */
export function isDepartmentWord(t: string | undefined): boolean {
  return t !== undefined && DEPARTMENT_WORDS.has(t);
}

/**
 * Where the department of an "<office> of (the) <Department>" title ends, for department words starting at token `at`
 * ("State" in "Secretary of State Mary Walsh"): the index after them, or `at` itself when the words before `at` are
 * not an office and "of" (no such title).
 */
export function departmentEnd(tokens: readonly EntityToken[], at: number, limit: number): number {
  let of = at - 1;
  if (tokens[of]?.text === 'the') of--;
  if (tokens[of]?.text !== 'of' || !isRoleToken(tokens[of - 1]?.text ?? '')) return at;
  let i = at;
  while (i < limit && i - at < 5) {
    const t = tokens[i]?.text;
    if (isDepartmentWord(t)) i++;
    else if ((t === 'and' || t === '&') && isDepartmentWord(tokens[i + 1]?.text) && i + 1 < limit) i++;
    else break;
  }
  return i;
}

// The office word of an "<office> of (the) <Department>" title ending right before `start`, or -1.
function departmentTitleOffice(tokens: readonly EntityToken[], start: number, floor: number): number {
  let j = start;
  while (j > floor && (isDepartmentWord(tokens[j - 1]?.text) || (/^(and|&)$/.test(tokens[j - 1]?.text ?? '') && isDepartmentWord(tokens[j]?.text)))) j--;
  if (j === start || !isDepartmentWord(tokens[j]?.text) || departmentEnd(tokens, j, start) !== start) return -1;
  const office = tokens[j - 1]?.text === 'the' ? j - 3 : j - 2;
  return office >= floor ? office : -1;
}

/** How many leading tokens of a name are title words (leaving at least one name token). */
export function leadingTitleLength(tokens: readonly EntityToken[], start: number, end: number, gaz: Gazetteer | null): number {
  let n = 0;
  while (start + n < end - 1 && isTitleToken((tokens[start + n] as EntityToken).text, gaz)) n++;
  // A trailing modifier alone ("Foreign" in "Foreign Minister X") is only a title when a role word is in it.
  let hasRole = false;
  for (let i = start; i < start + n; i++) if (isRoleToken((tokens[i] as EntityToken).text)) hasRole = true;
  return hasRole ? n : 0;
}

/** The title phrase directly before token `start` (not crossing `floor`), or null when it holds no role word. */
export function titleBefore(tokens: readonly EntityToken[], start: number, floor: number, gaz: Gazetteer | null): TitleSpan | null {
  // "Secretary of State": the department and "of" belong to the title, which then ends with them, not with a role word.
  const office = departmentTitleOffice(tokens, start, floor);
  let i = office >= 0 ? office : start;
  while (i > floor) {
    const t = (tokens[i - 1] as EntityToken).text;
    if (isTitleToken(t, gaz)) {
      i--;
      continue;
    }
    // "Secretary-General", "Attorney-General": a hyphen written tight between two title words joins them.
    if (
      (t === '-' || t === '\u2010') && i - 2 >= floor && isTitleToken((tokens[i - 2] as EntityToken).text, gaz) &&
      (tokens[i - 2] as EntityToken).end === (tokens[i - 1] as EntityToken).start && (tokens[i - 1] as EntityToken).end === (tokens[i] as EntityToken).start
    ) {
      i -= 2;
      continue;
    }
    // "Mexico's attorney general": a place and its possessive may open a title.
    if ((t === "'s" || t === '’s') && i - 2 >= floor && gaz?.place((tokens[i - 2] as EntityToken).text)) {
      i -= 2;
      continue;
    }
    break;
  }
  // Modifiers before the first role word that are not themselves part of a role ("the", "top") were never taken;
  // a title must hold a role word, and ends with one (or with its department).
  if (office >= 0) return { start: i, end: start };
  let last = -1;
  for (let k = i; k < start; k++) if (isRoleToken((tokens[k] as EntityToken).text)) last = k;
  if (last < 0 || last !== start - 1) return null;
  return { start: i, end: start };
}

/** Splits a title phrase where a new honorific begins ("former defense secretary" | "Gen."). */
export function splitTitles(tokens: readonly EntityToken[], span: TitleSpan): TitleSpan[] {
  const out: TitleSpan[] = [];
  let s = span.start;
  for (let k = span.start; k < span.end - 1; k++) {
    const a = (tokens[k] as EntityToken).text;
    const b = (tokens[k + 1] as EntityToken).text;
    const bothRoles = isRoleToken(a) && isRoleToken(b);
    const phrase = `${roleKey(a)} ${roleKey(b)}`;
    const newStarts = /^[A-Z]/.test(b) && (/^[a-z]/.test(a) || b.endsWith('.'));
    if (bothRoles && !(phrase in ROLE_SECTORS) && newStarts) {
      out.push({ start: s, end: k + 1 });
      s = k + 1;
    }
  }
  out.push({ start: s, end: span.end });
  return out;
}

const STOP_APPOSITION = new Set([',', '.', ';', ':', '--', '—', '–', '(', ')', '"', '?', '!', 'who', 'which', 'that', 'whose', 'said', 'says']);

/**
 * The apposition after a name ("X, the acting U.S. Attorney in Brooklyn, said"): the phrase after the comma, without its
 * article, up to the next comma, stop word or sentence end; null unless it holds a role word.
 */
export function appositionAfter(tokens: readonly EntityToken[], end: number, limit: number, gaz: Gazetteer | null): TitleSpan | null {
  if (end >= limit || (tokens[end] as EntityToken).text !== ',') return null;
  let i = end + 1;
  const first = tokens[i]?.text ?? '';
  const det = /^(the|a|an)$/i.test(first);
  if (det) i++;
  const start = i;
  let hasRole = false;
  while (i < limit && i - start < 12) {
    const t = (tokens[i] as EntityToken).text;
    if (STOP_APPOSITION.has(t.toLowerCase())) break;
    if (isRoleToken(t)) hasRole = true;
    i++;
  }
  if (!hasRole || i === start) return null;
  // Without an article the phrase must itself open like a title ("Mexico's foreign minister", "chief executive of").
  if (!det && !isTitleToken(first, gaz) && !(gaz?.place(first) && tokens[start + 1]?.text === "'s")) return null;
  // The phrase must end at a comma or the sentence end, not run on into a clause.
  const stop = tokens[i]?.text ?? '.';
  if (i < limit && !/^(,|\.|;|--|—|who|which|that|whose)$/.test(stop)) return null;
  return { start, end: i };
}
