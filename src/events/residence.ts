// Countries for actor codes that the text itself states around a name: where a people lives ("Bosnian Serbs",
// "Albanians of southern Serbia") and whose a body is ("the United Bus Company of Tehran", "the Kenya Anti-Corruption Commission").
import type { Entity } from '../core/index.js';
import type { Gazetteer } from '../entities/index.js';
import type { ArticleIndex } from './sentence-view.js';

/** Words that may sit between a name and the place in "of/in" that locates it ("southern", "the", "central"). */
const AREA_WORDS: ReadonlySet<string> = new Set([
  'the', 'south', 'north', 'east', 'west', 'southern', 'northern', 'eastern', 'western', 'central', 'southeastern',
  'southwestern', 'northeastern', 'northwestern', 'south-east', 'south-west', 'north-east', 'north-west', 'neighbouring',
  'neighboring', 'occupied', 'rural', 'coastal',
]);

/** Country slot of an entity for actor codes: its country, or IGO/NGO for international bodies; null when none. */
function codeOf(entity: Entity | undefined): string | null {
  if (!entity) return null;
  return entity.country ?? (entity.sector === 'IGO' || entity.sector === 'NGO' ? entity.sector : null);
}

/** The article text from token `first` to token `last`. */
function mentionText(index: ArticleIndex, first: number, last: number): string {
  const { tokens, text } = index.article;
  return text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
}

/** The text of token `i`. */
function tokenText(index: ArticleIndex, i: number): string {
  const t = index.article.tokens[i];
  return t ? index.article.text.slice(t.start, t.end) : '';
}

/** Words already looked up, per gazetteer (names recur across articles; the gazetteer folds every probe). */
const WORD_COUNTRIES = new WeakMap<Gazetteer, Map<string, string | null>>();
const WORD_CACHE_LIMIT = 50_000;

/** The country a single word names as a demonym or as a country's name ("Bosnian", "Kenya"), or null. */
function countryWord(gazetteer: Gazetteer, word: string): string | null {
  let cache = WORD_COUNTRIES.get(gazetteer);
  if (!cache) WORD_COUNTRIES.set(gazetteer, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  const c = gazetteer.demonym(word) ?? (gazetteer.place(word)?.kind === 'country' ? gazetteer.country(word) : null);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, c);
  return c;
}

/** First and last token of every run of tokens covered by one entity, per entity index, in one pass. */
function mentionRuns(index: ArticleIndex): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const { entityAt } = index;
  for (let i = 0; i < entityAt.length; i++) {
    const e = entityAt[i] ?? -1;
    if (e === -1 || entityAt[i - 1] === e) continue;
    let j = i;
    while (entityAt[j + 1] === e) j++;
    const list = out.get(e);
    if (list) list.push([i, j]);
    else out.set(e, [[i, j]]);
  }
  return out;
}

/**
 * The place entity after "in"/"of" right behind token `last` ("of southern Serbia", "in the West Bank"), or -1. With
 * `inOnly`, only "in": a place's "of X" is often part of its own name ("Gulf of Mexico", "Bay of Bengal").
 */
function locatedIn(index: ArticleIndex, last: number, inOnly = false): number {
  let j = last + 1;
  // "Esfahan Uranium Conversion Facilities (UCF) in central Iran": past a bracketed short form.
  if (index.lower[j] === '(' && index.lower[j + 2] === ')') j += 3;
  if (index.lower[j] !== 'in' && (inOnly || index.lower[j] !== 'of')) return -1;
  for (let k = j + 1; k <= j + 3; k++) {
    const e = index.entityAt[k] ?? -1;
    if (e !== -1) {
      const t = index.article.entities[e]?.type;
      return t === 'GPE' || t === 'LOC' ? e : -1;
    }
    if (!AREA_WORDS.has(index.lower[k] ?? '')) return -1;
  }
  return -1;
}

/** Words that end the clause a name acts in, for `actsIn`. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', 'who', 'which', 'where', 'when', 'while', 'after', 'before', 'because', 'but', 'and', 'said', 'says']);

/** The country (GPE) in the first "in X" of the clause after token `last`, within twelve words, or -1. */
function actsIn(index: ArticleIndex, last: number): number {
  for (let j = last + 1; j <= last + 12 && j < index.lower.length; j++) {
    const w = index.lower[j] ?? '';
    if (CLAUSE_END.has(w)) return -1;
    if (w !== 'in') continue;
    let k = j + 1;
    while (AREA_WORDS.has(index.lower[k] ?? '') && k <= j + 3) k++;
    const e = index.entityAt[k] ?? -1;
    if (e !== -1 && index.article.entities[e]?.type === 'GPE') return e;
  }
  return -1;
}

/**
 * Where a people named in the article lives, when every mention says so: a country's demonym or name before it
 * ("Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians"), a place in "of/in" after it ("Albanians of southern
 * Serbia", "ethnic Albanians in south Serbia"), or for a group called ethnic, the country its clause acts in ("ethnic
 * Albanians demonstrated in Serbia"). CAMEO codes an ethnic or national group by the state it lives in.
 * Returns entity index -> ISO alpha-3 code, only where that differs from the entity layer's country.
 */
export function residenceCountries(index: ArticleIndex, gazetteer: Gazetteer | null, known?: Map<number, [number, number][]>): Map<number, string> {
  const found = new Map<number, string>();
  const { entities } = index.article;
  if (!entities.some((entity) => entity.type === 'NORP')) return found;
  const runs = known ?? mentionRuns(index);
  entities.forEach((entity, e) => {
    if (entity.type !== 'NORP') return;
    let country: string | null = null;
    for (const [first, last] of runs.get(e) ?? []) {
      let here: string | null = null;
      const before = index.entityAt[first - 1] ?? -1;
      const lender = before === -1 ? undefined : entities[before];
      if (lender && (lender.type === 'NORP' || lender.type === 'GPE') && index.article.tokens[first - 1]?.end !== undefined) {
        // Two names side by side, the first a country's ("Bosnian" + "Serbs").
        here = codeOf(lender);
      } else if (last > first && gazetteer && !gazetteer.demonym(mentionText(index, first, last))) {
        // One name of two words whose first is a demonym or a country ("Bosnian Serbs" as a single mention), but
        // not a demonym of its own ("South African").
        here = countryWord(gazetteer, index.lower[first] ?? '');
      }
      if (!here) {
        const place = locatedIn(index, last);
        here = place === -1 ? null : codeOf(entities[place]);
      }
      if (!here && index.lower[first - 1] === 'ethnic') {
        // "ethnic Albanians demonstrated on Tuesday in Serbia": a group marked as ethnic lives where its clause says it acts.
        const place = actsIn(index, last);
        here = place === -1 ? null : codeOf(entities[place]);
      }
      if (!here || (country !== null && here !== country)) return;
      country = here;
    }
    if (country && country !== entity.country && /^[A-Z]{3}$/.test(country) && country !== 'IGO' && country !== 'NGO') found.set(e, country);
  });
  return found;
}

/**
 * The country of a place that ends a body's own name after "of" ("the United Bus Company of Tehran", "University of
 * Nairobi"): the entity layer keeps the place inside the name, so it is no entity of its own. Only capitalised words
 * to the end of the name count, looked up as one place.
 */
function ownPlaceTail(index: ArticleIndex, gazetteer: Gazetteer, first: number, last: number): string | null {
  for (let j = last - 1; j > first && j >= last - 3; j--) {
    if (index.lower[j] === 'of') return gazetteer.place(mentionText(index, j + 1, last))?.country ?? null;
    if (!/^\p{Lu}/u.test(tokenText(index, j))) return null;
  }
  return null;
}

/** Compass words that open a region's name ("West Darfur", "Northern Punjab"). */
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);
/** Nouns that close a region's name ("Darfur State", "Helmand Province"). */
const REGION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'region', 'district', 'governorate', 'prefecture', 'county', 'department', 'oblast']);

/**
 * The country of a region named as a part of a known place ("West Darfur State", "Helmand Province", "Northern
 * Punjab"): the name without its compass word and region noun, looked up in the gazetteer. A bare compass word
 * only counts before a region or country ("South Asia" is no part of a town called Asia).
 */
function regionCore(index: ArticleIndex, gazetteer: Gazetteer, first: number, last: number): string | null {
  let from = first;
  let to = last;
  if (COMPASS.has(index.lower[from] ?? '')) from++;
  const suffixed = REGION_NOUNS.has(index.lower[to] ?? '');
  if (suffixed) to--;
  if (from > to || (from === first && !suffixed)) return null;
  const hit = gazetteer.place(mentionText(index, from, to));
  return hit && (suffixed || hit.kind !== 'city') ? hit.country : null;
}

/**
 * Countries of bodies and places the entity layer left without one, from the text around them: a place in "of/in"
 * right after the name ("the facility in central Iran") or ending the body's own name ("the United Bus Company of
 * Tehran"), the country of a short form in brackets ("Democratic People's Republic of Korea (DPRK)"), the known
 * place a region's name is part of ("West Darfur State"), or a country the name opens with ("Kenya Anti-Corruption
 * Commission"). Returns entity index -> country code, or IGO/NGO for the long form of an international body's short
 * form.
 */
export function bodyCountries(index: ArticleIndex, gazetteer: Gazetteer | null, known?: Map<number, [number, number][]>): Map<number, string> {
  const found = new Map<number, string>();
  const { entities } = index.article;
  const open = (entity: Entity) => (entity.type === 'ORG' || entity.type === 'FAC' || entity.type === 'LOC') && codeOf(entity) === null;
  if (!entities.some(open)) return found;
  const runs = known ?? mentionRuns(index);
  entities.forEach((entity, e) => {
    if (!open(entity)) return;
    let opened = false;
    for (const [first, last] of runs.get(e) ?? []) {
      // "(DPRK)": the short form's country is the long form's; "(APEC)": so is an international body's standing.
      if (index.lower[last + 1] === '(' && index.lower[last + 3] === ')') {
        const short = codeOf(entities[index.entityAt[last + 2] ?? -1]);
        if (short) {
          found.set(e, short);
          return;
        }
      }
      const place = locatedIn(index, last, entity.type === 'LOC');
      const c = place === -1 ? null : (entities[place]?.country ?? null);
      if (c) {
        found.set(e, c);
        return;
      }
      const own = !gazetteer ? null : entity.type === 'ORG' ? ownPlaceTail(index, gazetteer, first, last) : entity.type === 'LOC' ? regionCore(index, gazetteer, first, last) : null;
      if (own) {
        found.set(e, own);
        return;
      }
      // Only a country's name or demonym: many town names are common words ("Independence", "Mobile"). The name's
      // first word is looked up once per entity.
      // Not for natural places: "Indian Ocean", "Persian Gulf" belong to no one country.
      const opening = gazetteer && entity.type !== 'LOC' && last > first && !opened && /^\p{Lu}/u.test(tokenText(index, first)) ? countryWord(gazetteer, index.lower[first] ?? '') : null;
      if (last > first) opened = true;
      if (opening) {
        found.set(e, opening);
        return;
      }
    }
  });
  return found;
}

/** Both of the above in one pass over the article's mentions: entity index -> country code (or IGO/NGO). */
export function contextCountries(index: ArticleIndex, gazetteer: Gazetteer | null): Map<number, string> {
  const runs = mentionRuns(index);
  const bodies = bodyCountries(index, gazetteer, runs);
  const peoples = residenceCountries(index, gazetteer, runs);
  if (!peoples.size) return bodies;
  for (const [e, c] of peoples) bodies.set(e, c);
  return bodies;
}
