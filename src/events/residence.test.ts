// Tests of the countries read from the text around names: where a people lives, whose a body is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventsStage } from './stage.js';
import { bodyCountries, residenceCountries } from './residence.js';
import { indexArticle } from './sentence-view.js';
import { fixtureArticle, type FixtureEntity } from './testing-fixture.js';
import { existsSync } from 'node:fs';
import { GAZETTEER_PATH, loadGazetteer } from '../entities/index.js';

const noGazetteer = existsSync(GAZETTEER_PATH) ? false : 'the shipped gazetteer (models/gazetteer.json) is missing';

function countries(text: string, entities: readonly FixtureEntity[], withGazetteer = false): Record<string, string> {
  const index = indexArticle(fixtureArticle(text, { entities }));
  const gazetteer = withGazetteer ? loadGazetteer() : null;
  const found = new Map([...bodyCountries(index, gazetteer), ...residenceCountries(index, gazetteer)]);
  return Object.fromEntries([...found].map(([e, c]) => [index.article.entities[e]?.name ?? '', c]));
}

test('a people named with a country\'s demonym or name before it lives there ("Bosnian Serbs")', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Kalani'], type: 'NORP', country: 'KAL' },
    { texts: ['Tolvar'], type: 'GPE', country: 'TOL' },
    { texts: ['Merish'], type: 'NORP', country: 'MER' },
  ];
  // Invented country codes keep the test about word order, not about any real place.
  assert.deepEqual(countries('Tolvar Merish demanded more rights.', entities), { Merish: 'TOL' });
  assert.deepEqual(countries('Merish and Kalani leaders met.', entities), {});
  // A group the entity layer gave no country gets one the same way.
  assert.deepEqual(countries('Tolvar Orun marched.', [...entities, { texts: ['Orun'], type: 'NORP' }]), { Orun: 'TOL' });
});

test('a people located by "of/in" and a place lives there, when every mention says so', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Merish'], type: 'NORP', country: 'MER' },
    { texts: ['Tolvar'], type: 'GPE', country: 'TOL' },
  ];
  assert.deepEqual(countries('The Merish of southern Tolvar are demanding autonomy.', entities), { Merish: 'TOL' });
  assert.deepEqual(countries('Ethnic Merish in Tolvar protested. The Merish government replied.', entities), {});
});

test('a body with no country takes the place in its "of/in" phrase or the country of its short form', () => {
  const entities: FixtureEntity[] = [
    { texts: ['United Ferry Company'], type: 'ORG' },
    { texts: ['Tolvar'], type: 'GPE', country: 'TOL' },
    { texts: ['Northern Research Facility'], type: 'FAC' },
    { texts: ['Federal Republic of Oskan'], type: 'ORG' },
    { texts: ['FRO'], type: 'GPE', country: 'OSK' },
    { texts: ['Harbour Club'], type: 'ORG' },
  ];
  const text = 'Workers of the United Ferry Company of Tolvar struck. Inspectors visited the Northern Research Facility (NRF) in central Tolvar. The Federal Republic of Oskan (FRO) protested. The Harbour Club met.';
  assert.deepEqual(countries(text, entities), { 'United Ferry Company': 'TOL', 'Northern Research Facility': 'TOL', 'Federal Republic of Oskan': 'OSK' });
});

test('with the gazetteer: a two-word people opening with a demonym, and a body opening with a country\'s name', { skip: noGazetteer }, () => {
  const entities: FixtureEntity[] = [
    { texts: ['Bosnian Serbs'], type: 'NORP', country: 'SRB' },
    { texts: ['Kenya Roads Board'], type: 'ORG' },
    { texts: ['South African'], type: 'NORP', country: 'ZAF' },
    { texts: ['Indian Ocean'], type: 'LOC' },
  ];
  const text = 'Bosnian Serbs rejected the plan. The Kenya Roads Board objected. South African officials agreed. Ships crossed the Indian Ocean.';
  assert.deepEqual(countries(text, entities, true), { 'Bosnian Serbs': 'BIH', 'Kenya Roads Board': 'KEN' });
});

test('the stage codes events with the countries it read and returns them in the entities layer', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Merish'], type: 'NORP', country: 'MER' },
    { texts: ['Tolvar'], type: 'GPE', country: 'TOL' },
  ];
  const article = fixtureArticle('Tolvar Merish demanded autonomy from Tolvar.', { entities });
  const patch = createEventsStage().run(article, { referenceDate: article.date, options: {} });
  assert.equal(patch.entities?.find((e) => e.name === 'Merish')?.country, 'TOL');
  assert.deepEqual(patch.events?.map((e) => [e.type, e.actor]), [['REQUEST', ['e1']]]);
});

test('a group called ethnic lives in the country its own clause acts in', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Merish'], type: 'NORP', country: 'MER' },
    { texts: ['Tolvar'], type: 'GPE', country: 'TOL' },
  ];
  assert.deepEqual(countries('About 200 ethnic Merish marched on Sunday in northern Tolvar.', entities), { Merish: 'TOL' });
  assert.deepEqual(countries('Ethnic Merish, who fled to Tolvar, marched on Sunday.', entities), {});
  assert.deepEqual(countries('Merish marched on Sunday in Tolvar.', entities), {});
});

test('a place that ends a body\'s own name after "of" gives the body its country ("the Bus Drivers Union of Quito")', { skip: noGazetteer }, () => {
  const entities: FixtureEntity[] = [
    { texts: ['Bus Drivers Union of Quito'], type: 'ORG' },
    { texts: ['Friends of Tomorrow'], type: 'ORG' },
  ];
  const text = 'The Bus Drivers Union of Quito and the Friends of Tomorrow called a strike.';
  assert.deepEqual(countries(text, entities, true), { 'Bus Drivers Union of Quito': 'ECU' });
});

test('a region named as a part of a known place takes its country ("Northern Helmand", "Quito Province"); a bare compass word before a town does not', { skip: noGazetteer }, () => {
  const entities: FixtureEntity[] = [
    { texts: ['Northern Helmand'], type: 'LOC' },
    { texts: ['Quito Province'], type: 'LOC' },
    { texts: ['South Asia'], type: 'LOC' },
  ];
  const text = 'Floods hit Northern Helmand and Quito Province but spared South Asia.';
  assert.deepEqual(countries(text, entities, true), { 'Northern Helmand': 'AFG', 'Quito Province': 'ECU' });
});

test('the long form of an international body\'s short form in brackets is that body ("Andean Trade Council (ATC)")', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Andean Trade Council'], type: 'ORG' },
    { texts: ['ATC'], type: 'ORG', sector: 'IGO' },
  ];
  const text = 'The Andean Trade Council (ATC) agreed to open an office in Lima.';
  assert.deepEqual(countries(text, entities), { 'Andean Trade Council': 'IGO' });
  const article = fixtureArticle(text, { entities });
  const patched = createEventsStage().run(article, { referenceDate: null, options: {} }).entities;
  assert.deepEqual(patched?.map((e) => [e.name, e.country, e.sector]), [['Andean Trade Council', null, 'IGO'], ['ATC', null, 'IGO']]);
});
