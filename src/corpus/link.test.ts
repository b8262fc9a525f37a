// Entity-linking rules and content hashes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleKey, bodyHash, bodyText, normaliseText } from './hash.js';
import { countriesCompatible, daysBetween, addDays, displayAliases, entityAliases, entityNameForms, normaliseName, surnameOf } from './link.js';

test('names normalise without case, accents, punctuation or a leading "the"', () => {
  assert.equal(normaliseName('The  Dockers\u2019 Union'), 'dockers union');
  assert.equal(normaliseName('José Núñez-Ortiz'), 'jose nunez ortiz');
  assert.equal(normaliseName('U.S.'), 'u s');
  assert.equal(surnameOf('william p barr jr'), 'barr');
  assert.equal(surnameOf('barr'), null);
});

test('name forms: the aliases with the display form of each, normalised once', () => {
  const mentions = [
    { start: 0, end: 13, text: 'Maria  Lopez', kind: 'name' as const },
    { start: 20, end: 25, text: 'Lopez', kind: 'name' as const },
    { start: 30, end: 33, text: 'she', kind: 'pronoun' as const },
  ];
  const person = { type: 'PERSON' as const, name: 'Maria Lopez', mentions };
  const forms = entityNameForms(person);
  assert.deepEqual([...forms.keys()], entityAliases(person));
  assert.deepEqual([...forms.entries()], [['maria lopez', 'Maria Lopez'], ['lopez', 'Lopez']]);
  // A surname never mentioned alone shows in its normalised form, as the aliases table always had it.
  assert.deepEqual([...entityNameForms({ type: 'PERSON', name: 'Tomas Berg', mentions: [] }).entries()], [['tomas berg', 'Tomas Berg'], ['berg', 'berg']]);
  assert.deepEqual([...forms.values()].slice(0, 2), displayAliases(person));
});

test('aliases: canonical name, name mentions and a person\'s surname', () => {
  const mentions = [{ start: 0, end: 12, text: 'William Barr', kind: 'name' as const }, { start: 20, end: 24, text: 'Barr', kind: 'name' as const }, { start: 30, end: 32, text: 'he', kind: 'pronoun' as const }];
  assert.deepEqual(entityAliases({ type: 'PERSON', name: 'William Barr', mentions }), ['william barr', 'barr']);
  assert.deepEqual(entityAliases({ type: 'ORG', name: 'Justice Department', mentions: [] }), ['justice department']);
});

test('countries, dates', () => {
  assert.equal(countriesCompatible(null, 'USA'), true);
  assert.equal(countriesCompatible('USA', 'USA'), true);
  assert.equal(countriesCompatible('USA', 'GEO'), false);
  assert.equal(daysBetween('2020-01-01', '2020-01-31T10:00:00Z'), 30);
  assert.equal(daysBetween(null, '2020-01-01'), null);
  assert.equal(addDays('2020-02-28', 2), '2020-03-01');
});

test('keys and body hashes: layout-insensitive; titles and datelines left out of the body', () => {
  assert.equal(normaliseText(' a \n\n b\t'), 'a b');
  assert.equal(articleKey('x', 'Some  text.'), articleKey('x', 'Some text.'));
  assert.notEqual(articleKey('x', 'Some text.'), articleKey('y', 'Some text.'));
  const text = 'Headline\n\nLONDON, March 3 - Prices rose. Traders said so.';
  const doc = { text, paragraphs: [{ start: 0, end: 8, role: 'title' as const }, { start: 10, end: text.length, role: 'body' as const }], dateline: { start: 10, end: 16, place: 'LONDON' } };
  assert.equal(bodyText(doc), 'Prices rose. Traders said so.');
  const other = 'Other headline\n\nPARIS, March 4 - Prices rose.  Traders said so.';
  assert.equal(bodyHash(bodyText(doc)), bodyHash(bodyText({ text: other, paragraphs: [{ start: 0, end: 14, role: 'title' }, { start: 16, end: other.length, role: 'body' }], dateline: { start: 16, end: 21, place: 'PARIS' } })));
  assert.equal(bodyHash('  '), null);
  assert.equal(bodyText({ text: 'just text', paragraphs: [], dateline: null }), 'just text');
});
