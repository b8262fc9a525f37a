// The place gazetteer: country names, demonyms, regions (states, provinces) and cities, each with its ISO alpha-3 country.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DatelineError } from '../core/errors.js';
import { REPO_ROOT } from '../testing/shared-data.js';

/** The JSON shape of models/gazetteer.json (written by `npm run train -- gazetteer`). */
export interface GazetteerData {
  readonly version: 1;
  readonly countries: Record<string, string>;
  readonly demonyms: Record<string, string>;
  readonly regions: Record<string, string>;
  readonly cities: Record<string, string>;
  /** Common English given names (a recogniser feature). */
  readonly firstNames?: readonly string[];
  /** Given names found only on the female list, and only on the male list (pronoun agreement). */
  readonly femaleNames?: readonly string[];
  readonly maleNames?: readonly string[];
}

/** The sex a given name or a pronoun points to. */
export type Gender = 'female' | 'male';

/** What kind of place a name is, as far as the gazetteer knows. */
export type PlaceKind = 'country' | 'region' | 'city';

/** A gazetteer hit: the kind of place and its country. */
export interface PlaceHit {
  readonly kind: PlaceKind;
  readonly country: string;
}

/** Lookups over the gazetteer, case- and accent-insensitive so that headlines ("NEW YORK") and "Mexico"/"México" match. */
export interface Gazetteer {
  /** The place a name denotes (country before region before city), or null. */
  place(name: string): PlaceHit | null;
  /** Every place a name may denote, in that order ("Santiago": a Dominican province, the Chilean capital). */
  places(name: string): readonly PlaceHit[];
  /** The country of a demonym ("Mexican" -> MEX), or null. */
  demonym(word: string): string | null;
  /** The country a name denotes ("Mexico", "U.S."), or null. */
  country(name: string): string | null;
  /** Whether an already folded word is a common given name. */
  isFirstNameKey(key: string): boolean;
  /** The sex an English given name points to ("Maria" -> female), or null when unknown or used for both. */
  givenNameGender(word: string): Gender | null;
  /** The place under an already folded key (see `foldName`), or null. */
  placeByKey(key: string): PlaceHit | null;
  /** The country of an already folded demonym, or null. */
  demonymByKey(key: string): string | null;
  /**
   * The most words (space-separated) of a place key that starts with the first word of this folded key, 0 when none
   * does: a probe from that word with more words cannot match.
   */
  placeWordsFrom(key: string): number;
  /** The longest gazetteer match (in tokens, at most `max`) starting at `words[i]`: its length and hit. */
  longestPlace(words: readonly string[], i: number, max?: number): { readonly length: number; readonly hit: PlaceHit } | null;
}

/** The default location of the shipped gazetteer. */
export const GAZETTEER_PATH = path.join(REPO_ROOT, 'models', 'gazetteer.json');

/** Folds a name to its lookup key: NFD without marks, lower case, single spaces, "the " dropped. */
export function foldName(name: string): string {
  // Most calls fold printable ASCII words between single spaces: lower case is all the folding they need, unless
  // the name opens with "the ".
  let plain = name.length > 0 && name.charCodeAt(0) !== 32 && name.charCodeAt(name.length - 1) !== 32;
  for (let i = 0; plain && i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && name.charCodeAt(i + 1) === 32)) plain = false;
  }
  if (plain) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('the ')) return lower;
  }
  // Most names are ASCII: skip the costly normalisation for them.
  const base = /^[ -~]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return base
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Builds lookups over gazetteer data. */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const places = new Map<string, PlaceHit>();
  // Names with more than one reading in different countries, every reading kept (rare: a few thousand).
  const readings = new Map<string, PlaceHit[]>();
  const add = (table: Record<string, string>, kind: PlaceKind): void => {
    for (const [name, country] of Object.entries(table)) {
      const key = foldName(name);
      const first = places.get(key);
      if (!first) places.set(key, { kind, country });
      else if (first.country !== country) {
        const all = readings.get(key) ?? [first];
        if (!all.some((h) => h.country === country)) all.push({ kind, country });
        readings.set(key, all);
      }
    }
  };
  add(data.countries, 'country');
  add(data.regions, 'region');
  add(data.cities, 'city');
  const firstNames = new Set((data.firstNames ?? []).map(foldName));
  const genders = new Map<string, Gender>();
  for (const n of data.femaleNames ?? []) genders.set(foldName(n), 'female');
  for (const n of data.maleNames ?? []) genders.set(foldName(n), 'male');
  const demonyms = new Map<string, string>();
  for (const [d, c] of Object.entries(data.demonyms)) demonyms.set(foldName(d), c);
  // The longest name bounds how far a longest-match probe needs to look.
  let maxWords = 1;
  for (const key of places.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  // The first words of all place names, so that a probe from a word that starts none costs one look-up.
  const firstWord = (key: string): string => {
    const sp = key.indexOf(' ');
    return sp < 0 ? key : key.slice(0, sp);
  };
  const firstWords = new Map<string, number>();
  for (const key of places.keys()) {
    const fw = firstWord(key);
    firstWords.set(fw, Math.max(firstWords.get(fw) ?? 0, key.split(' ').length));
  }
  return {
    place(name) {
      return places.get(foldName(name)) ?? null;
    },
    places(name) {
      const key = foldName(name);
      const hit = places.get(key);
      return readings.get(key) ?? (hit ? [hit] : []);
    },
    isFirstNameKey(key) {
      return firstNames.has(key);
    },
    givenNameGender(word) {
      return genders.get(foldName(word)) ?? null;
    },
    placeByKey(key) {
      return places.get(key) ?? null;
    },
    placeWordsFrom(key) {
      return firstWords.get(firstWord(key)) ?? 0;
    },
    demonymByKey(key) {
      return demonyms.get(key) ?? null;
    },
    demonym(word) {
      return demonyms.get(foldName(word)) ?? null;
    },
    country(name) {
      const hit = places.get(foldName(name));
      return hit?.kind === 'country' ? hit.country : null;
    },
    longestPlace(words, i, max = maxWords) {
      let parts = '';
      let found: { length: number; hit: PlaceHit } | null = null;
      for (let n = 1; n <= max && i + n <= words.length; n++) {
        const w = words[i + n - 1] ?? '';
        parts = n === 1 ? w : `${parts} ${w}`;
        const hit = places.get(foldName(parts));
        if (hit) found = { length: n, hit };
      }
      return found;
    },
  };
}

let cached: Gazetteer | null = null;

/** Loads the shipped gazetteer once (lazily, on first use); fails with a clear error when the file is missing. */
export function loadGazetteer(file: string = GAZETTEER_PATH): Gazetteer {
  if (cached && file === GAZETTEER_PATH) return cached;
  if (!existsSync(file)) {
    throw new DatelineError('MODEL', `gazetteer ${file} is missing: run \`npm run train -- gazetteer\``);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
  if (data.version !== 1) throw new DatelineError('MODEL', `gazetteer ${file}: expected version 1, got ${String(data.version)}`);
  const g = createGazetteer(data);
  if (file === GAZETTEER_PATH) cached = g;
  return g;
}
