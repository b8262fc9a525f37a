// Tests of the default pipeline on articles we wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDefaultPipeline } from './default.js';

const pipeline = createDefaultPipeline();

test('the default pipeline runs every stage in order', () => {
  assert.deepEqual(pipeline.stages.map((s) => s.name), ['structure', 'segment', 'tagger', 'parser', 'entities', 'times', 'quotes', 'events']);
});

test('reported speech in the first paragraph does not take in the dateline', () => {
  const text = 'OSLO, Norway -- Coast guard crews on Monday rescued twelve fishermen from a sinking trawler, officials said.';
  const a = pipeline.run({ id: 't', date: '2022-09-06', title: null, text, source: { format: 'text' } });
  assert.equal(a.dateline?.place, 'OSLO');
  const q = a.quotes.find((x) => x.kind === 'indirect');
  assert.ok(q, 'the attribution to officials is found');
  assert.equal(q.text, 'Coast guard crews on Monday rescued twelve fishermen from a sinking trawler');
});

test('a wire sign-off is the agency, not a person', () => {
  const text = 'Shares of Kestrel Mills rose on Monday, the company said.\n\nReuter';
  const a = pipeline.run({ id: 't', date: '1987-03-03', title: null, text, source: { format: 'text' } });
  const agency = a.entities.find((e) => e.name === 'Reuter');
  assert.equal(agency?.type, 'ORG');
  assert.equal(agency?.sector, 'JRN');
});
