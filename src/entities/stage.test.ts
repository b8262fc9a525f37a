// Tests of the entity stage on articles we wrote: persons, titles, places, datelines.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createPipeline } from '../core/index.js';
import { createSegmentStage, createStructureStage, tokenize } from '../text/index.js';
import type { RawSpan } from './build-entities.js';
import { createGazetteer } from './gazetteer.js';
import { createEntitiesStage, datelinePlaces, nerUnits } from './stage.js';

const TEXT =
  'Canadian Foreign Minister Helen Marchetti met U.S. Ambassador David Okafor in Toronto on Monday. ' +
  'Marchetti said the talks were useful. Okafor, a retired general, declined to comment.';

test('the stage gives one entity per person with titles, country and sector, and places with their country', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const a = pipeline.run({ id: 't', date: '2024-03-04', title: null, text: TEXT, source: { format: 'text' } });
  const summary = a.entities.map((e) => [e.type, e.name, e.titles, e.country, e.sector, e.mentions.filter((m) => m.kind === 'name').length]);
  assert.deepEqual(summary, [
    ['PERSON', 'Helen Marchetti', ['Canadian Foreign Minister'], 'CAN', 'GOV', 2],
    ['NORP', 'Canadian', [], 'CAN', null, 1],
    ['PERSON', 'David Okafor', ['U.S. Ambassador', 'retired general'], 'USA', 'GOV', 2],
    ['GPE', 'U.S.', [], 'USA', null, 1],
    ['GPE', 'Toronto', [], 'CAN', null, 1],
  ]);
});

test('hyphen-joined tokens are one recogniser word, as in CoNLL-2003', () => {
  const text = 'the H-2 cartel';
  const tokens = tokenize(text).map((t) => ({ text: text.slice(t.start, t.end), start: t.start, end: t.end }));
  const units = nerUnits(tokens, 0, tokens.length);
  assert.deepEqual(units.words, ['the', 'H-2', 'cartel']);
  assert.deepEqual(units.size, [1, 3, 1]);
});

test('a title names a town only as a whole run of capitalised words: "Wood Green" is no "Green" (a US town in the gazetteer)', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const text =
    'Kate Lyle, Labour MP for Oakfield and Wood Green, said the plan was flawed. ' +
    'Tom Reyes, the acting district attorney in Brooklyn, said he would appeal.';
  const a = pipeline.run({ id: 't', date: '2024-03-04', title: null, text, source: { format: 'text' } });
  const person = (name: string) => a.entities.find((e) => e.type === 'PERSON' && e.name === name);
  assert.ok(person('Kate Lyle')?.titles.some((t) => t.includes('Wood Green')), 'the MP keeps her title');
  assert.equal(person('Kate Lyle')?.country, null);
  assert.equal(person('Tom Reyes')?.country, 'USA');
});

test('the canonical name is the fullest form even when a surname comes first (a headline, a lead)', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const text = 'Okonkwo will step down next month, aides said. Finance Minister Adaeze Okonkwo told reporters on Friday that she was tired.';
  const a = pipeline.run({ id: 't', date: '2024-03-04', title: null, text, source: { format: 'text' } });
  const people = a.entities.filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.mentions.filter((m) => m.kind === 'name').length]), [['Adaeze Okonkwo', 2]]);
});

test('a titled person takes no country from a news agency in the sentence ("told Reuters")', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const text = 'Rosa Ibarra, a professor of law, told Reuters the plan would fail.';
  const a = pipeline.run({ id: 't', date: '2024-03-04', title: null, text, source: { format: 'text' } });
  const person = a.entities.find((e) => e.type === 'PERSON');
  assert.deepEqual([person?.name, person?.sector, person?.country], ['Rosa Ibarra', 'EDU', null]);
  assert.equal(a.entities.find((e) => e.name === 'Reuters')?.sector, 'JRN', 'the agency is known as news media');
});

test('large companies named bare are organisations with their head office country, whatever the recogniser guessed', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const text = 'Shares in Vodafone fell 3% on Monday after Gartner said Nokia and Huawei had gained ground in Asia.';
  const a = pipeline.run({ id: 't', date: '2024-05-06', title: null, text, source: { format: 'text' } });
  const firm = (name: string) => a.entities.find((e) => e.name === name);
  assert.deepEqual(['Vodafone', 'Gartner', 'Nokia', 'Huawei'].map((n) => [n, firm(n)?.type, firm(n)?.country, firm(n)?.sector]), [
    ['Vodafone', 'ORG', 'GBR', 'BUS'],
    ['Gartner', 'ORG', 'USA', 'BUS'],
    ['Nokia', 'ORG', 'FIN', 'BUS'],
    ['Huawei', 'ORG', 'CHN', 'BUS'],
  ]);
});

test('awards are MISC, religious groups NORP, and holidays no entity at all, whatever the recogniser guessed', () => {
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const text = 'Shops in Leeds stayed open over Easter, and Muslims in the city marked Ramadan. Her film won an Oscar and two Baftas.';
  const a = pipeline.run({ id: 't', date: '2024-05-06', title: null, text, source: { format: 'text' } });
  const type = (name: string) => a.entities.find((e) => e.name === name)?.type;
  assert.deepEqual(['Muslims', 'Oscar', 'Baftas', 'Easter', 'Ramadan'].map(type), ['NORP', 'MISC', 'MISC', undefined, undefined]);
  assert.equal(type('Leeds'), 'GPE');
});

test('a name inside the dateline is a place the gazetteer knows, whatever the recogniser read in capitals; the agency after it is not', () => {
  const spans: RawSpan[] = [{ start: 0, end: 2, type: 'ORG', sentence: 0 }, { start: 3, end: 4, type: 'ORG', sentence: 0 }];
  const tokens = [{ start: 0, end: 3 }, { start: 4, end: 11 }, { start: 12, end: 13 }, { start: 13, end: 20 }];
  // "LOS ANGELES (Reuters)": the dateline's place covers the first two tokens only.
  const gaz = createGazetteer({ version: 1, countries: {}, demonyms: {}, regions: {}, cities: { 'Los Angeles': 'USA' } });
  const out = datelinePlaces(spans, tokens, { start: 0, end: 11, place: 'LOS ANGELES' }, gaz);
  assert.deepEqual(out.map((s) => s.type), ['LOC', 'ORG']);
  assert.equal(datelinePlaces(spans, tokens, null, gaz), spans);
  // A sports page's "RUGBY UNION -" reads like a dateline, but the gazetteer knows no such place.
  assert.equal(datelinePlaces(spans, tokens, { start: 0, end: 11, place: 'RUGBY UNION' }, gaz), spans);
});
