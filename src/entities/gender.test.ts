// Tests of the sex cues: titles, pronouns and given names.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Entity } from '../core/document.js';
import { createGazetteer } from './gazetteer.js';
import { personGender, pronounGender, titleGender } from './gender.js';

const gaz = createGazetteer({ version: 1, countries: {}, demonyms: {}, regions: {}, cities: {}, femaleNames: ['Ines'], maleNames: ['Tobias'] });

function person(name: string, titles: string[], pronouns: string[] = []): Entity {
  return {
    id: 'E1', type: 'PERSON', name, titles, country: null, sector: null,
    mentions: [{ start: 0, end: name.length, text: name, kind: 'name' }, ...pronouns.map((p, i) => ({ start: 100 + i * 10, end: 100 + i * 10 + p.length, text: p, kind: 'pronoun' as const }))],
  };
}

test('titles and pronouns say a sex', () => {
  assert.equal(titleGender('Mrs.'), 'female');
  assert.equal(titleGender('Congressman'), 'male');
  assert.equal(titleGender('Judge'), null);
  assert.equal(pronounGender('She'), 'female');
  assert.equal(pronounGender('they'), null);
});

test('a person sex comes from titles, the given name and resolved pronouns', () => {
  assert.equal(personGender(person('Ines Corva', ['Judge']), gaz), 'female');
  assert.equal(personGender(person('Tobias Rel', []), gaz), 'male');
  assert.equal(personGender(person('Corva', ['Ms.']), gaz), 'female');
  assert.equal(personGender(person('Dale Quist', [], ['he', 'He']), gaz), 'male');
  assert.equal(personGender(person('Dale Quist', []), gaz), null);
  // A title outweighs a given name used mostly for the other sex.
  assert.equal(personGender(person('Tobias Rel', ['Mrs.']), gaz), 'female');
});
