// Tests of unnamed parties ("Police arrested two men"): group nouns with sectors, on our own sentences and hand-built parses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEvent } from '../core/index.js';
import { groupSector } from './groups.js';
import { createEventsStage } from './stage.js';
import { fixtureArticle, type FixtureEntity, type FixtureParse } from './testing-fixture.js';
import { byTrigger, needModels, pipelineEvents } from './testing-pipeline.js';

const stage = createEventsStage();

function events(text: string, parses: FixtureParse[], entities: readonly FixtureEntity[] = []): ArticleEvent[] {
  const article = fixtureArticle(text, { entities, parses });
  return [...(stage.run(article, { referenceDate: article.date, options: {} }).events ?? [])];
}

test('group nouns take CAMEO sectors by lemma, in any number; unknown nouns have none', () => {
  assert.deepEqual(
    ['police', 'troops', 'Soldiers', 'gunmen', 'rebels', 'civilians', 'students', 'prosecutors', 'umbrella'].map(groupSector),
    ['COP', 'MIL', 'MIL', 'UAF', 'REB', 'CVL', 'EDU', 'JUD', null],
  );
});

test('people named by what they were doing are civilians: "an elderly driver", "two pedestrians"', () => {
  assert.deepEqual(['driver', 'pedestrians', 'Motorists', 'voters', 'hostages'].map(groupSector), ['CVL', 'CVL', 'CVL', 'CVL', 'CVL']);
  const found = events('Police arrested an elderly driver.', [
    [
      'Police police NOUN 2 nsubj',
      'arrested arrest VERB 0 root',
      'an a DET 5 det',
      'elderly elderly ADJ 5 amod',
      'driver driver NOUN 2 obj',
      '. . PUNCT 2 punct',
    ],
  ]);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.recipientGroup, { start: 19, end: 33, text: 'elderly driver', sector: 'CVL' });
});

test('"Police arrested two men": an event with group actor and recipient, though no name is in the sentence', () => {
  const found = events('Police arrested two men on Sunday.', [
    [
      'Police police NOUN 2 nsubj',
      'arrested arrest VERB 0 root',
      'two two NUM 4 nummod',
      'men man NOUN 2 obj',
      'on on ADP 6 case',
      'Sunday Sunday PROPN 2 obl',
      '. . PUNCT 2 punct',
    ],
  ]);
  assert.equal(found.length, 1);
  const e = found[0] as ArticleEvent;
  assert.deepEqual([e.type, e.actor, e.recipient], ['COERCE', [], []]);
  assert.deepEqual(e.actorGroup, { start: 0, end: 6, text: 'Police', sector: 'COP' });
  assert.deepEqual(e.recipientGroup, { start: 16, end: 23, text: 'two men', sector: 'CVL' });
});

test('passive: the subject group undergoes it and the "by" group acts; a demonym inside the group stays the named actor', () => {
  const text = 'Dozens of students were detained by Chilean riot police.';
  const found = events(
    text,
    [
      [
        'Dozens dozen NOUN 5 nsubj:pass',
        'of of ADP 3 case',
        'students student NOUN 1 nmod',
        'were be AUX 5 aux:pass',
        'detained detain VERB 0 root',
        'by by ADP 9 case',
        'Chilean Chilean ADJ 9 amod',
        'riot riot NOUN 9 compound',
        'police police NOUN 5 obl:agent',
        '. . PUNCT 5 punct',
      ],
    ],
    [{ texts: ['Chilean'], type: 'NORP', country: 'CHL' }],
  );
  assert.equal(found.length, 1);
  const e = found[0] as ArticleEvent;
  assert.equal(e.type, 'COERCE');
  assert.deepEqual([e.recipientGroup?.text, e.recipientGroup?.sector], ['Dozens of students', 'EDU']);
  assert.deepEqual([e.actorGroup?.text, e.actorGroup?.sector], ['Chilean riot police', 'COP']);
  assert.deepEqual(e.actor, ['e1'], 'the demonym is the named actor, which gives the group its country');
  assert.equal(text.slice(e.actorGroup?.start, e.actorGroup?.end), 'Chilean riot police');
});

test('a noun that names no party is no group, and firms alone do not make a political event', () => {
  const weather = events('Heavy rain battered the coast.', [
    ['Heavy heavy ADJ 2 amod', 'rain rain NOUN 3 nsubj', 'battered batter VERB 0 root', 'the the DET 5 det', 'coast coast NOUN 3 obj', '. . PUNCT 3 punct'],
  ]);
  assert.deepEqual(weather, []);
  const deal = events('The banks agreed to lend more.', [
    ['The the DET 2 det', 'banks bank NOUN 3 nsubj', 'agreed agree VERB 0 root', 'to to PART 5 mark', 'lend lend VERB 3 xcomp', 'more more ADV 5 advmod', '. . PUNCT 3 punct'],
  ]);
  assert.equal(deal.length, 0, `no event for a business dealing among unnamed firms, got ${deal.map((e) => e.type).join(', ')}`);
});

test('end to end: a hyphenated age stays in the group phrase; the owner of an attacked thing is the recipient', { skip: needModels }, () => {
  assert.equal(byTrigger(pipelineEvents('Police arrested a 19-year-old student near the stadium.'), 'arrested').recipient, '19-year-old student');
  const plan = byTrigger(pipelineEvents('The senator attacked the government\'s pension plan on Monday.'), 'attacked');
  assert.equal(plan.event.type, 'ACCUSE');
  assert.equal(plan.recipient, 'government');
  const critics = byTrigger(pipelineEvents('The prime minister attacked critics of the new border law.'), 'attacked');
  assert.equal(critics.event.type, 'ACCUSE');
  assert.equal(critics.recipient, 'critics');
  const post = byTrigger(pipelineEvents('Rebels attacked an army post near the border.'), 'attacked');
  assert.equal(post.event.type, 'ASSAULT');
  assert.equal(post.recipient, 'army');
});

test('"Protesters in Lima blocked a highway": the group takes the country of the place its own phrase puts it in', () => {
  const found = events(
    'Protesters in Lima blocked a highway.',
    [
      [
        'Protesters protester NOUN 4 nsubj',
        'in in ADP 3 case',
        'Lima Lima PROPN 1 nmod',
        'blocked block VERB 0 root',
        'a a DET 6 det',
        'highway highway NOUN 4 obj',
        '. . PUNCT 4 punct',
      ],
    ],
    [{ texts: ['Lima'], type: 'GPE', country: 'PER' }],
  );
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]?.type, found[0]?.actor], ['PROTEST', []]);
  assert.deepEqual(found[0]?.actorGroup, { start: 0, end: 10, text: 'Protesters', sector: 'CVL', country: 'PER' });
});
