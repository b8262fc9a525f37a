// Tests of the leaders' table: full names, distinctive surnames alone, and surnames too common to stand alone.
import assert from 'node:assert/strict';
import test from 'node:test';
import { knownPerson } from './known-people.js';

test('a leader is known by the full name, and alone by a surname only leaders of one country bear', () => {
  assert.deepEqual(knownPerson('Vladimir Putin'), { country: 'RUS', sector: 'GOV' });
  assert.deepEqual(knownPerson('Bouteflika'), { country: 'DZA', sector: 'GOV' });
  assert.equal(knownPerson('Xi')?.country, undefined, 'a family name of one syllable is too common alone');
  assert.equal(knownPerson('Jiang Zemin')?.country, 'CHN');
});

test('common surnames and unknown names give nothing alone', () => {
  assert.equal(knownPerson('Taylor'), null);
  assert.equal(knownPerson('Brown'), null);
  assert.equal(knownPerson('Helen Marsh'), null);
  // The full name still does.
  assert.equal(knownPerson('Gordon Brown')?.country, 'GBR');
});
