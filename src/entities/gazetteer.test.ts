// Tests of the gazetteer: places with their country, folded names.
import assert from 'node:assert/strict';
import test from 'node:test';
import { foldName, loadGazetteer } from './gazetteer.js';

test('the shipped gazetteer gives places their country', () => {
  const g = loadGazetteer();
  assert.deepEqual(g.place('Los Angeles'), { kind: 'city', country: 'USA' });
  assert.deepEqual(g.place('Brooklyn'), { kind: 'city', country: 'USA' });
  assert.deepEqual(g.place('Texas'), { kind: 'region', country: 'USA' });
  assert.deepEqual(g.place('MEXICO'), { kind: 'country', country: 'MEX' });
  assert.equal(g.country('United States'), 'USA');
  assert.equal(g.country('U.S.'), 'USA');
  assert.equal(g.demonym('Mexican'), 'MEX');
  assert.equal(g.demonym('Germans'), 'DEU');
  assert.equal(g.place('Nowhereville Upon Nothing'), null);
  assert.deepEqual(g.longestPlace(['New', 'York', 'City', 'police'], 0), { length: 3, hit: { kind: 'city', country: 'USA' } });
});

test('names fold without case, accents or a leading "the"', () => {
  assert.equal(foldName('The  Bronx'), 'bronx');
  assert.equal(foldName('México'), 'mexico');
});
