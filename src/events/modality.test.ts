// Tests of the modality cues on our own sentences: act nouns under a modal, infinitives under "expected to" / "plans to", agreements still ahead with no party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEvent } from '../core/index.js';
import { createEventsStage } from './stage.js';
import { fixtureArticle, type FixtureEntity, type FixtureParse } from './testing-fixture.js';
import { byTrigger, needModels, pipelineEvents } from './testing-pipeline.js';

const ENTITIES: readonly FixtureEntity[] = [
  { texts: ['Peru'], type: 'GPE', country: 'PER' },
  { texts: ['Chile'], type: 'GPE', country: 'CHL' },
  { texts: ['Gao'], type: 'GPE', country: 'MLI' },
  { texts: ['Ana Ruiz'], type: 'PERSON', country: 'PER', sector: 'GOV' },
];
const ID = { Peru: 'e1', Chile: 'e2', Gao: 'e3', Ruiz: 'e4' } as const;

const stage = createEventsStage();

function code(text: string, parse?: FixtureParse): ArticleEvent[] {
  const article = fixtureArticle(text, { entities: ENTITIES, ...(parse ? { parses: [parse] } : {}) });
  return [...(stage.run(article, { referenceDate: article.date, options: {} }).events ?? [])];
}

function one(text: string, parse?: FixtureParse): ArticleEvent {
  const events = code(text, parse);
  assert.equal(events.length, 1, `one event expected in "${text}", got ${events.map((e) => `${e.type}:${e.trigger.text}`).join(', ') || 'none'}`);
  return events[0] as ArticleEvent;
}

// "Officials said the withdrawal from Gao will be completed soon.", parsed right.
const WITHDRAWAL: FixtureParse = [
  'Officials official NOUN 2 nsubj',
  'said say VERB 0 root',
  'the the DET 4 det',
  'withdrawal withdrawal NOUN 9 nsubj:pass',
  'from from ADP 6 case',
  'Gao Gao PROPN 4 nmod',
  'will will AUX 9 aux',
  'be be AUX 9 aux:pass',
  'completed complete VERB 2 ccomp',
  'soon soon ADV 9 advmod',
  '. . PUNCT 2 punct',
];

test('an act noun that is the passive subject of "will be completed" is future, not reported', () => {
  const e = one('Officials said the withdrawal from Gao will be completed soon.', WITHDRAWAL);
  assert.deepEqual([e.type, e.mode, e.modality, e.recipient, e.date], ['RETREAT', 'withdraw', 'future', [ID.Gao], null]);
});

test('a parser that made the act noun the object of "said" still leaves the modal after its noun phrase', () => {
  // The same sentence with "withdrawal" attached as the object of "said".
  const parse: FixtureParse = WITHDRAWAL.map((line, i) => (i === 3 ? 'withdrawal withdrawal NOUN 2 obj' : line));
  assert.equal(one('Officials said the withdrawal from Gao will be completed soon.', parse).modality, 'future');
});

test('an act noun under "could" with no report is hypothetical; under "may have" it happened', () => {
  const could: FixtureParse = [
    'A a DET 2 det',
    'withdrawal withdrawal NOUN 6 nsubj',
    'from from ADP 4 case',
    'Gao Gao PROPN 2 nmod',
    'could could AUX 6 aux',
    'begin begin VERB 0 root',
    'soon soon ADV 6 advmod',
    '. . PUNCT 6 punct',
  ];
  assert.equal(one('A withdrawal from Gao could begin soon.', could).modality, 'hypothetical');
  const perfect: FixtureParse = [
    'The the DET 2 det',
    'withdrawal withdrawal NOUN 7 nsubj',
    'from from ADP 4 case',
    'Gao Gao PROPN 2 nmod',
    'may may AUX 7 aux',
    'have have AUX 7 aux',
    'cost cost VERB 0 root',
    'Peru Peru PROPN 7 iobj',
    'millions million NOUN 7 obj',
    '. . PUNCT 7 punct',
  ];
  assert.equal(one('The withdrawal from Gao may have cost Peru millions.', perfect).modality, 'asserted');
});

test('"is expected to resign" and "is due to resign" lie ahead: future, and still a resignation, not a promise', () => {
  const parse: FixtureParse = [
    'Ana Ana PROPN 4 nsubj:pass',
    'Ruiz Ruiz PROPN 1 flat',
    'is be AUX 4 aux:pass',
    'expected expect VERB 0 root',
    'to to PART 6 mark',
    'resign resign VERB 4 xcomp',
    '. . PUNCT 4 punct',
  ];
  const e = one('Ana Ruiz is expected to resign.', parse);
  assert.deepEqual([e.type, e.mode, e.modality, e.actor], ['RETREAT', 'resign', 'future', [ID.Ruiz]]);
  const due: FixtureParse = [
    'Ana Ana PROPN 4 nsubj',
    'Ruiz Ruiz PROPN 1 flat',
    'is be AUX 4 cop',
    'due due ADJ 0 root',
    'to to PART 6 mark',
    'resign resign VERB 4 xcomp',
    '. . PUNCT 4 punct',
  ];
  const d = one('Ana Ruiz is due to resign.', due);
  assert.deepEqual([d.type, d.modality], ['RETREAT', 'future']);
});

test('without a parse, "is set to", "plans to" and "intends to" still mark the act future', () => {
  assert.equal(one('Ana Ruiz is set to resign.').modality, 'future');
  for (const text of ['Peru plans to expel Ana Ruiz.', 'Peru intends to expel Ana Ruiz.']) {
    const e = one(text);
    assert.deepEqual([e.type, e.modality, e.actor, e.recipient], ['THREATEN', 'future', [ID.Peru], [ID.Ruiz]], text);
  }
  // The act itself, said with no such word, stays asserted.
  assert.equal(one('Peru expelled Ana Ruiz.').modality, 'asserted');
});

test('an agreement still ahead that names no party is not coded; one between named parties is, as hypothetical', () => {
  const parse: FixtureParse = [
    'An a DET 2 det',
    'agreement agreement NOUN 5 nsubj:pass',
    'would would AUX 5 aux',
    'be be AUX 5 aux:pass',
    'reached reach VERB 9 ccomp',
    'soon soon ADV 5 advmod',
    ', , PUNCT 9 punct',
    'officials official NOUN 9 nsubj',
    'said say VERB 0 root',
    '. . PUNCT 9 punct',
  ];
  assert.deepEqual(code('An agreement would be reached soon, officials said.', parse), []);
  const named = code('Peru and Chile would reach an agreement soon.');
  assert.equal(named.length, 1);
  assert.deepEqual([named[0]?.type, named[0]?.actor, named[0]?.modality], ['AGREE', [ID.Peru, ID.Chile], 'hypothetical']);
});

test('any act still ahead or only supposed that names no party is not coded: "the embargo could be lifted"', () => {
  const parse: FixtureParse = [
    'The the DET 2 det',
    'embargo embargo NOUN 5 nsubj:pass',
    'could could AUX 5 aux',
    'be be AUX 5 aux:pass',
    'lifted lift VERB 0 root',
    'next next ADJ 7 amod',
    'year year NOUN 5 obl:tmod',
    '. . PUNCT 5 punct',
  ];
  assert.deepEqual(code('The embargo could be lifted next year.', parse), []);
  const named = code('Peru could lift the embargo next year.');
  assert.equal(named.length, 1);
  assert.deepEqual([named[0]?.actor, named[0]?.modality], [[ID.Peru], 'hypothetical']);
});

test('pipeline: modal clauses around act nouns and prospective infinitives', { skip: needModels }, () => {
  assert.deepEqual(pipelineEvents('Officials said an agreement would be reached next week.').filter((e) => e.event.type === 'AGREE'), []);
  assert.equal(byTrigger(pipelineEvents('Officials said the withdrawal of troops from Gao will be completed next month.'), 'withdrawal').event.modality, 'future');
  assert.equal(byTrigger(pipelineEvents('The foreign minister is expected to resign.'), 'resign').event.modality, 'future');
  assert.notEqual(byTrigger(pipelineEvents('The foreign minister is likely to resign.'), 'resign').event.modality, 'asserted');
  assert.equal(byTrigger(pipelineEvents('Peru plans to expel the Chilean ambassador.'), 'plans').event.modality, 'future');
});
