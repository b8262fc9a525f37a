// Tests of the PLOVER writer: one record per event with the manual's fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventsStage } from '../events/index.js';
import { fixtureArticle } from '../events/testing-fixture.js';
import { ploverWriter } from './plover.js';

test('an event becomes a PLOVER record with actor and recipient objects, text_info offsets and our additions', () => {
  const base = fixtureArticle('Peru arrested Maria Alves in Lima on Monday.', {
    entities: [
      { texts: ['Peru'], type: 'GPE', country: 'PER', sector: 'GOV' },
      { texts: ['Maria Alves'], type: 'PERSON', country: 'BRA' },
      { texts: ['Lima'], type: 'GPE', country: 'PER' },
    ],
    times: [{ text: 'Monday', value: '2024-03-04' }],
  });
  const article = { ...base, ...createEventsStage().run(base, { referenceDate: base.date, options: {} }) };
  const lines = ploverWriter.write(article, { tokens: false }).trim().split('\n');
  assert.equal(lines.length, 1);
  assert.deepEqual(JSON.parse(lines[0] ?? ''), {
    id: 'fixture-V1',
    date: '2024-03-04',
    actor: [{ code: 'PER', sector: 'GOV', entity_text: 'Peru', identifier_text: 'Peru' }],
    recipient: [{ code: 'BRA', sector: null, entity_text: 'Maria Alves', identifier_text: 'Maria Alves' }],
    event: ['COERCE'],
    mode: ['arrest'],
    context: ['legal'],
    quad_code: 4,
    event_text: 'arrested',
    event_loc: { entity_text: 'Lima', code: 'PER' },
    text: 'Peru arrested Maria Alves in Lima on Monday.',
    text_info: { sequence: 0, start: 5, end: 13, text_story: 'fixture' },
    cite_info: { url: null, title: null, publication_date: '2024-03-08' },
    coder: 'dateline',
    cameo: '173',
    goldstein: -5,
    modality: 'asserted',
    negated: false,
    confidence: 0.75,
  });
  assert.equal(ploverWriter.write({ ...article, events: [] }, { tokens: false }), '');
});

test('group nouns become PLOVER entity objects with their sector; a demonym inside one gives its code and is not listed twice', () => {
  const base = fixtureArticle('Chilean police arrested two men.', {
    entities: [{ texts: ['Chilean'], type: 'NORP', country: 'CHL' }],
    parses: [['Chilean Chilean ADJ 2 amod', 'police police NOUN 3 nsubj', 'arrested arrest VERB 0 root', 'two two NUM 5 nummod', 'men man NOUN 3 obj', '. . PUNCT 3 punct']],
  });
  const article = { ...base, ...createEventsStage().run(base, { referenceDate: base.date, options: {} }) };
  const record = JSON.parse(ploverWriter.write(article, { tokens: false }).split('\n')[0] ?? '{}') as { actor: unknown[]; recipient: unknown[] };
  assert.deepEqual(record.actor, [{ code: 'CHL', sector: 'COP', entity_text: 'Chilean police', identifier_text: 'Chilean police' }]);
  assert.deepEqual(record.recipient, [{ code: null, sector: 'CVL', entity_text: 'two men', identifier_text: 'two men' }]);
});
