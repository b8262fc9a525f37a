// Tests of names in all-capitals wire headlines, found by the story's own names (our own short texts).
import assert from 'node:assert/strict';
import test from 'node:test';
import { createPipeline } from '../core/index.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { createEntitiesStage } from './stage.js';
import { isAllCaps } from './headlines.js';

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
