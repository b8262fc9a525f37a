// Tests of the organisation table (names, acronyms and their CAMEO codes) and of the places and demonyms the gazetteer lacks.
import assert from 'node:assert/strict';
import test from 'node:test';
import { knownGroupOf, knownOrganisation } from './organisations.js';
import { extraDemonym, extraPlace } from './place-extras.js';

test('whole names and leading parts find the organisation and its CAMEO codes', () => {
  assert.deepEqual(knownOrganisation(['United', 'Nations']), { country: null, sector: 'IGO', group: 'UNO', canonical: 'United Nations' });
  assert.equal(knownOrganisation(['U.N.', 'refugee', 'agency'])?.group, 'UNO');
  assert.equal(knownOrganisation(['U.N.', 'refugee', 'agency'], true), null);
  assert.deepEqual(knownOrganisation(['Hezbollah']), { country: 'LBN', sector: 'REB', group: 'HEZ', canonical: 'Hezbollah' });
  assert.equal(knownGroupOf('North Atlantic Treaty Organization'), 'NAT');
  assert.equal(knownGroupOf('Acme Holdings'), null);
});

test('short acronyms count only in capitals', () => {
  assert.equal(knownOrganisation(['WHO'])?.group, 'WHO');
  assert.equal(knownOrganisation(['Who']), null);
  assert.equal(knownOrganisation(['Un']), null);
  assert.equal(knownOrganisation(['Nato'])?.group, 'NAT');
});

test('news agencies, including the wire sign-off "Reuter", are media organisations', () => {
  assert.deepEqual(knownOrganisation(['Reuter'], true), { country: 'GBR', sector: 'JRN', group: null, canonical: 'Reuters' });
  assert.deepEqual(knownOrganisation(['Associated', 'Press'], true), { country: 'USA', sector: 'JRN', group: null, canonical: 'Associated Press' });
});

test('companies carry their head office country and the business sector; a name that opens a longer one lends it', () => {
  assert.deepEqual(knownOrganisation(['Rosneft'], true), { country: 'RUS', sector: 'BUS', group: null, canonical: 'Rosneft' });
  assert.deepEqual(knownOrganisation(['Deutsche', 'Bank']), { country: 'DEU', sector: 'BUS', group: null, canonical: 'Deutsche Bank' });
  assert.equal(knownOrganisation(['Toyota', 'Motor', 'Corp'])?.country, 'JPN');
  assert.equal(knownOrganisation(['Toyota', 'Motor', 'Corp'], true), null);
  assert.equal(knownOrganisation(['Orange', 'County', 'Register']), null, 'names that open other names are left out');
});

test('seats of government and armed groups: Whitehall, UNITA, al-Qaeda', () => {
  assert.deepEqual([knownOrganisation(['Whitehall'], true)?.country, knownOrganisation(['UNITA'], true)?.sector, knownOrganisation(['al-Qaeda'], true)?.country], ['GBR', 'REB', null]);
});

test('places and demonyms the gazetteer lacks: PRC, Kyrgyz, Tajik', () => {
  assert.deepEqual([extraPlace('PRC')?.country, extraDemonym('Kyrgyz'), extraDemonym('Tajik')], ['CHN', 'KGZ', 'TJK']);
});

test('technology companies and regulators the recogniser took for people: Skype, Napster, Sony Ericsson, Ofcom', () => {
  assert.deepEqual(
    [['Skype'], ['Napster'], ['Sony', 'Ericsson'], ['Ofcom'], ['Hewlett', 'Packard']].map((w) => knownOrganisation(w, true)?.sector ?? null),
    ['BUS', 'BUS', 'BUS', 'GOV', 'BUS'],
  );
});
