// Tests of names in all-capitals wire headlines, found by the story's own names (our own short texts).
import assert from 'node:assert/strict';
import test from 'node:test';
import { createPipeline } from '../core/index.js';
import { createSegmentStage, createStructureStage, tokenize } from '../text/index.js';
import { createEntitiesStage } from './stage.js';
import type { RawSpan } from './build-entities.js';
import { headlineSpans, isAllCaps } from './headlines.js';

const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);

function run(title: string, body: string) {
  return pipeline.run({ id: 't', date: '2024-03-04', title, text: `${title}\n\n${body}`, source: { format: 'text' } });
}

test('capitals: most letters upper case, at least four letters', () => {
  assert.deepEqual([isAllCaps('OKONKWO QUITS AS FINANCE CHIEF'), isAllCaps('Okonkwo quits'), isAllCaps('UN'), isAllCaps('U.S. WHEAT 3.5 PCT')], [true, false, false, true]);
});

test('a capitals headline names only what the story names: the surname joins the person, a country is a place', () => {
  const a = run(
    'OKONKWO WARNS BANKS OVER NIGERIA DEBT PLAN',
    'LAGOS, March 4 - Finance Minister Adaeze Okonkwo told lenders on Monday that Nigeria would not accept new terms. ' +
      'Okonkwo said talks would resume next week.',
  );
  const titleEnd = a.text.indexOf('\n');
  const inTitle = a.entities.filter((e) => e.mentions.some((m) => m.end <= titleEnd));
  assert.deepEqual(
    inTitle.map((e) => [e.type, e.name, e.mentions.filter((m) => m.end <= titleEnd).map((m) => m.text)]),
    [
      ['PERSON', 'Adaeze Okonkwo', ['OKONKWO']],
      ['GPE', 'Nigeria', ['NIGERIA']],
    ],
  );
  // No capitalised run of headline words becomes a name of its own.
  assert.ok(!a.entities.some((e) => /WARNS|BANKS|DEBT/.test(e.name)), a.entities.map((e) => e.name).join(', '));
});

test('a headline name takes the type the body gives it ("USDA" read as a surname in capitals)', () => {
  const title = 'AGRIFED CUTS CORN FORECAST';
  const text = `${title}\n\nThe Agrifed said on Monday that the crop would be smaller.`;
  const tokens = tokenize(text).map((t) => ({ text: text.slice(t.start, t.end), start: t.start, end: t.end }));
  const bodyStart = tokens.findIndex((t) => t.text === 'The');
  const sentences = [{ start: 0, end: bodyStart }, { start: bodyStart, end: tokens.length }];
  const paragraphs = [{ start: 0, end: title.length, role: 'title' as const }, { start: title.length + 2, end: text.length, role: 'body' as const }];
  const raw: RawSpan[] = [{ start: 0, end: 1, type: 'PER', sentence: 0 }, { start: bodyStart + 1, end: bodyStart + 2, type: 'ORG', sentence: 1 }];
  const spans = headlineSpans(tokens, sentences, paragraphs, text, raw, null);
  assert.deepEqual(spans.map((s) => [tokens[s.start]?.text, s.type]), [['AGRIFED', 'ORG'], ['Agrifed', 'ORG']]);
});
