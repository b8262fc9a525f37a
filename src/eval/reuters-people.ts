// `npm run eval -- reuters-people [--db FILE]`: how many of the people and places Reuters-21578 lists for a story the
// entity layer finds in it. A listed person ("james-baker") is found when a PERSON entity of the story has the same
// surname; a listed place ("west-germany") when a GPE or LOC entity has the same name, a known alias, or its country code.
import { createRequire } from 'node:module';
import type { Article, Entity } from '../core/index.js';
import { normaliseName, surnameOf } from '../corpus/link.js';
import { sharedPath } from '../testing/shared-data.js';
import { REUTERS_SGM, reutersStore } from './reuters-corpus-db.js';
import { readReutersGold, type ReutersGold } from './reuters-gold.js';

/** Reuters place names whose country code is not found from the name alone. */
const PLACE_CODES: Record<string, string> = {
  usa: 'USA', uk: 'GBR', ussr: 'RUS', 'west germany': 'DEU', 'east germany': 'DEU', 'south korea': 'KOR', 'north korea': 'PRK',
  'hong kong': 'HKG', taiwan: 'TWN', 'ivory coast': 'CIV', burma: 'MMR', zaire: 'COD', 'czechoslovakia': 'CZE', yugoslavia: 'SRB',
  uae: 'ARE', 'ussr ': 'RUS',
};

/** A listed place's aliases as our entity layer may name it. */
const PLACE_NAMES: Record<string, readonly string[]> = {
  usa: ['united states', 'u s', 'us', 'america', 'united states of america'],
  uk: ['britain', 'united kingdom', 'u k', 'great britain', 'england'],
  ussr: ['soviet union', 'ussr', 'u s s r', 'russia'],
};

/** Country codes by normalised place name (Reuters' own names and the world-countries package's). */
export function placeCodes(): Map<string, string> {
  const out = new Map<string, string>(Object.entries(PLACE_CODES));
  try {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries') as { name: { common: string; official: string }; altSpellings: string[]; cca3: string }[];
    for (const c of countries) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (!out.has(normaliseName(n))) out.set(normaliseName(n), c.cca3);
  } catch {
    // Without the country list only the names above resolve to codes.
  }
  return out;
}

/** Share found, with counts. */
export interface Tally {
  stories: number;
  listed: number;
  found: number;
}

/** An empty tally. */
export function tally(): Tally {
  return { stories: 0, listed: 0, found: 0 };
}

function pct(t: Tally): string {
  return `${t.found}/${t.listed} = ${t.listed ? ((100 * t.found) / t.listed).toFixed(1) : '0.0'}% (${t.stories} stories)`;
}

/**
 * Adds one analysed story to the tallies: a listed person ("james-baker") is found when a PERSON entity's canonical
 * surname or a name mention's last word is the listed surname; a listed place when a GPE/LOC entity has its name, a
 * known alias, or its country code (`codes` from `placeCodes()`).
 */
export function scoreStory(article: Pick<Article, 'entities'>, g: ReutersGold, codes: ReadonlyMap<string, string>, people: Tally, places: Tally): void {
  const persons = article.entities.filter((e: Entity) => e.type === 'PERSON');
  const surnames = new Set(persons.flatMap((e) => {
    const n = normaliseName(e.name);
    return [surnameOf(n) ?? n, ...e.mentions.filter((m) => m.kind === 'name').map((m) => normaliseName(m.text).split(' ').pop() ?? '')];
  }));
  if (g.people.length) {
    people.stories++;
    for (const p of g.people) {
      people.listed++;
      const surname = p.split('-').pop() ?? p;
      if (surnames.has(surname)) people.found++;
    }
  }
  const geo = article.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
  const geoNames = new Set(geo.flatMap((e) => [normaliseName(e.name), ...e.mentions.map((m) => normaliseName(m.text))]));
  const geoCodes = new Set(geo.flatMap((e) => (e.country ? [e.country] : [])));
  if (g.places.length) {
    places.stories++;
    for (const raw of g.places) {
      places.listed++;
      const name = normaliseName(raw.replace(/-/g, ' '));
      const code = codes.get(name);
      if (geoNames.has(name) || (PLACE_NAMES[name] ?? []).some((n) => geoNames.has(n)) || (code !== undefined && geoCodes.has(code))) places.found++;
    }
  }
}

/** Prints recall of <PEOPLE> against PERSON entities and of <PLACES> against GPE/LOC entities. */
export async function main(args: string[]): Promise<number> {
  const gold = readReutersGold(sharedPath(REUTERS_SGM));
  const codes = placeCodes();
  const store = await reutersStore(args);
  const people = tally();
  const places = tally();
  let seen = 0;
  try {
    for await (const { article } of store.articles({ includeDuplicates: true })) {
      const g = gold.get(article.id);
      if (!g) continue;
      seen++;
      scoreStory(article, g, codes, people, places);
    }
  } finally {
    await store.close();
  }
  console.log(`Reuters-21578 stories in the corpus: ${seen} of ${gold.size}`);
  console.log(`<PEOPLE> found among the story's PERSON entities by surname: ${pct(people)}`);
  console.log(`<PLACES> found among the story's GPE/LOC entities (name, alias or country code): ${pct(places)}`);
  return 0;
}
