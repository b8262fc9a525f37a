// Guesses a person's sex from what news text shows of it (honorifics, gendered titles, given names, pronouns), for pronoun agreement.
import type { Entity } from '../core/document.js';
import type { Gazetteer, Gender } from './gazetteer.js';
import { roleKey } from './roles.js';

/** Honorifics and role words that say the holder's sex, by role key (lower case, no final period). */
const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'chairman', 'spokesman', 'businessman', 'policeman', 'councilman', 'father', 'brother', 'emir', 'sultan', 'sheikh'].map((w) => [w, 'male'] as const),
  ...['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'policewoman', 'councilwoman', 'sister'].map((w) => [w, 'female'] as const),
]);

/** The sex a title word says ("Mrs." -> female, "congressman" -> male), or null. */
export function titleGender(word: string): Gender | null {
  return GENDERED_TITLES.get(roleKey(word)) ?? null;
}

/** The sex a subject or object pronoun refers to ("she" -> female), or null for other words. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return w === 'he' || w === 'him' || w === 'his' ? 'male' : w === 'she' || w === 'her' || w === 'hers' ? 'female' : null;
}

/**
 * A person entity's likely sex: titles count twice, the first given name of a full name once, each he/she already
 * resolved to them once; null for other entity types, and when the evidence is absent or split evenly.
 */
export function personGender(entity: Entity, gaz: Gazetteer | null): Gender | null {
  if (entity.type !== 'PERSON') return null;
  const votes = { female: 0, male: 0 };
  for (const t of entity.titles) {
    for (const w of t.split(/\s+/)) {
      const g = titleGender(w);
      if (g) votes[g] += 2;
    }
  }
  const words = entity.name.split(/\s+/);
  const given = words.length >= 2 && gaz ? gaz.givenNameGender(words[0] as string) : null;
  if (given) votes[given]++;
  for (const m of entity.mentions) {
    const g = m.kind === 'pronoun' ? pronounGender(m.text) : null;
    if (g) votes[g]++;
  }
  return votes.female > votes.male ? 'female' : votes.male > votes.female ? 'male' : null;
}
