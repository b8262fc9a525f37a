// Tests of the events stage on our own short sentences: patterns, tie-breaks, negation, modality, arguments, anchors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, ArticleEvent } from '../core/index.js';
import { createEventsStage } from './stage.js';
import { fixtureArticle, type FixtureEntity, type FixtureParse } from './testing-fixture.js';
import { needModels, pipelineEvents } from './testing-pipeline.js';
import { existsSync } from 'node:fs';
import { GAZETTEER_PATH } from '../entities/index.js';

const ENTITIES: readonly FixtureEntity[] = [
  { texts: ['Peru'], type: 'GPE', country: 'PER' },
  { texts: ['Brazil'], type: 'GPE', country: 'BRA' },
  { texts: ['Chile'], type: 'GPE', country: 'CHL' },
  { texts: ['United States'], type: 'GPE', country: 'USA' },
  { texts: ['Maria Alves', 'Alves'], type: 'PERSON', country: 'BRA', sector: 'MIL' },
  { texts: ['Lima'], type: 'GPE', country: 'PER' },
  { texts: ['Peruvian ambassador'], type: 'PERSON', country: 'PER', sector: 'GOV' },
];
const ID = { Peru: 'e1', Brazil: 'e2', Chile: 'e3', US: 'e4', Alves: 'e5', Lima: 'e6', Ambassador: 'e7' } as const;

const stage = createEventsStage();

function code(text: string, extra: Parameters<typeof fixtureArticle>[1] = {}): ArticleEvent[] {
  const article: Article = fixtureArticle(text, { entities: ENTITIES, ...extra });
  return [...(stage.run(article, { referenceDate: article.date, options: {} }).events ?? [])];
}

function only(text: string, extra: Parameters<typeof fixtureArticle>[1] = {}): ArticleEvent {
  const events = code(text, extra);
  assert.equal(events.length, 1, `one event expected in "${text}", got ${events.map((e) => `${e.type}:${e.trigger.text}`).join(', ') || 'none'}`);
  return events[0] as ArticleEvent;
}

function summary(e: ArticleEvent) {
  return { type: e.type, mode: e.mode, cameo: e.cameo, actor: e.actor, recipient: e.recipient };
}

test('the stage declares its layers (entities: it fills countries the entity layer left open)', () => {
  assert.deepEqual([stage.name, stage.requires, stage.provides], ['events', ['tokens', 'sentences', 'entities', 'times'], ['events', 'entities']]);
});

test('active arrest: subject acts, object undergoes, "in X" is the place, the governing day the date', () => {
  const e = only('Peru arrested Maria Alves in Lima on Monday.', { times: [{ text: 'Monday', value: '2024-03-04' }] });
  assert.deepEqual(summary(e), { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [ID.Peru], recipient: [ID.Alves] });
  assert.deepEqual([e.place, e.date, e.time, e.modality, e.negated, e.sentence], [ID.Lima, '2024-03-04', 'T1', 'asserted', false, 0]);
  assert.equal(e.trigger.text, 'arrested');
});

test('passive arrest: the passive subject undergoes it and "by X" acts', () => {
  const e = only('Maria Alves was arrested by Peru in Lima.');
  assert.deepEqual(summary(e), { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [ID.Peru], recipient: [ID.Alves] });
});

test('nominal event: "the arrest of X"', () => {
  const e = only('The arrest of Maria Alves was unexpected.');
  assert.deepEqual([e.type, e.recipient], ['COERCE', [ID.Alves]]);
});

test('compound actors are listed once each', () => {
  const e = only('Brazil and the United States signed a trade agreement.');
  assert.deepEqual(summary(e), { type: 'SUPPORT', mode: null, cameo: '057', actor: [ID.Brazil, ID.US], recipient: [] });
});

test('a threat takes its mode from what is threatened and codes one event', () => {
  const e = only('Chile threatened to cut off cooperation with Peru.');
  assert.deepEqual(summary(e), { type: 'THREATEN', mode: 'relations', cameo: '1313', actor: [ID.Chile], recipient: [ID.Peru] });
});

test('negation: "did not threaten"', () => {
  const e = only('Chile did not threaten Peru.');
  assert.deepEqual([e.type, e.negated, e.actor, e.recipient], ['THREATEN', true, [ID.Chile], [ID.Peru]]);
});

test('future: "will be returned" keeps its type, marked future and undated', () => {
  const e = only('Maria Alves will be returned to Brazil.');
  assert.deepEqual([e.type, e.mode, e.modality, e.date], ['RETREAT', 'release', 'future', null]);
  assert.ok(e.recipient.includes(ID.Alves));
});

test('hypothetical: a release under "whether"', () => {
  const e = only('Peru would decide whether Maria Alves is released.');
  assert.deepEqual([e.type, e.modality], ['RETREAT', 'hypothetical']);
});

test('reported: an arrest in what someone said', () => {
  const e = only('Officials in Chile said Peru arrested Maria Alves.');
  assert.deepEqual([e.type, e.modality, e.actor], ['COERCE', 'reported', [ID.Peru]]);
});

test('alleged acts are not asserted: "accused of conspiring" codes only the accusation', () => {
  const e = only('Maria Alves was accused of conspiring with a gang.');
  assert.deepEqual([e.type, e.mode, e.recipient], ['ACCUSE', 'allege', [ID.Alves]]);
});

test('an announced cooperative act is an intent (AGREE); an announced conflictual one a threat', () => {
  assert.deepEqual(summary(only('Brazil will provide food aid to Peru.')), { type: 'AGREE', mode: null, cameo: '033', actor: [ID.Brazil], recipient: [ID.Peru] });
  assert.equal(only('Chile said it would impose sanctions on Peru.').type, 'THREATEN');
});

test('"X said Y must release Z" is a request from X to Y', () => {
  const e = only('Brazil said Peru must release Maria Alves.');
  assert.deepEqual([e.type, e.mode, e.actor, e.recipient], ['REQUEST', 'yield', [ID.Brazil], [ID.Peru]]);
});

test('tie-break: a pardon CONCEDEs, an actual release is a RETREAT', () => {
  assert.deepEqual([only('Brazil pardoned Maria Alves.').type, only('Peru released Maria Alves.').type], ['CONCEDE', 'RETREAT']);
  assert.equal(only('Peru released Maria Alves.').mode, 'release');
});

test('tie-break: joint exercises COOPERATE, one country\'s exercises MOBILIZE', () => {
  const joint = only('Brazil and Peru held joint military exercises.');
  assert.deepEqual([joint.type, joint.cameo, joint.actor], ['COOPERATE', '062', [ID.Brazil, ID.Peru]]);
  assert.equal(only('Chile held military exercises near the border.').type, 'MOBILIZE');
});

test('tie-break: summoning or calling in an ambassador to complain is one ACCUSE, not a CONSULT', () => {
  const summoned = only('Brazil summoned the Peruvian ambassador to express its displeasure.');
  assert.deepEqual([summoned.type, summoned.actor, summoned.recipient], ['ACCUSE', [ID.Brazil], [ID.Ambassador]]);
  const called = only('Brazil called in the Peruvian ambassador to express its displeasure.');
  assert.deepEqual([called.type, called.trigger.text], ['ACCUSE', 'called in']);
});

test('legal patterns: dropped charges CONCEDE, an indictment ACCUSEs, charges COERCE, an arrest warrant THREATENs arrest', () => {
  const dropped = only('Prosecutors in Peru dropped the charges against Maria Alves.');
  assert.deepEqual([dropped.type, dropped.cameo, dropped.recipient], ['CONCEDE', '081', [ID.Alves]]);
  // The CAMEO codebook's own example of 1124 (accuse of war crimes) is an indictment.
  assert.deepEqual(summary(only('Peru indicted Maria Alves.')), { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: [ID.Peru], recipient: [ID.Alves] });
  assert.deepEqual(summary(only('Peru charged Maria Alves with fraud.')), { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [ID.Peru], recipient: [ID.Alves] });
  assert.deepEqual([only('Peru issued an arrest warrant for Maria Alves.').type, only('Peru issued an arrest warrant for Maria Alves.').mode], ['THREATEN', 'arrest']);
});

test('"provided X with evidence" is COOPERATE (sharing information) with X the recipient', () => {
  assert.deepEqual(summary(only('Brazil provided Peru with evidence.')), { type: 'COOPERATE', mode: null, cameo: '064', actor: [ID.Brazil], recipient: [ID.Peru] });
});

test('"returned X to Y" is a RETREAT release', () => {
  const e = only('Peru returned Maria Alves to Brazil.');
  assert.deepEqual([e.type, e.mode, e.actor], ['RETREAT', 'release', [ID.Peru]]);
  assert.ok(e.recipient.includes(ID.Alves));
});

test('tie-breaks: debt forgiveness is AID, a court-ordered payment SANCTION', () => {
  assert.equal(only('Brazil forgave the debt of Peru.').type, 'AID');
  assert.equal(only('A court ordered Brazil to pay compensation to Peru.').type, 'SANCTION');
});

test('words that look like triggers but code nothing', () => {
  assert.deepEqual(code('Peru released a statement on Monday.'), []);
  assert.deepEqual(code('Peru declined to comment.'), []);
  assert.deepEqual(code('The weather in Lima was mild on Monday.'), []);
  assert.deepEqual(code('The protests were large.'), []);
});

test('an event without a governing time takes the publication date (time null); a past reference leaves it undated', () => {
  const plain = only('Peru arrested Maria Alves.', { date: '2024-03-08' });
  assert.deepEqual([plain.date, plain.time], ['2024-03-08', null]);
  const vague = only('Peru arrested Maria Alves weeks ago.', { times: [{ text: 'weeks ago', value: 'PAST_REF' }] });
  assert.deepEqual([vague.date, vague.time], [null, 'T1']);
});

test('mentions of one arrest share date and place', () => {
  const events = code('Maria Alves was arrested weeks ago in Lima. Maria Alves was taken into custody on March 1.', {
    times: [{ text: 'weeks ago', value: 'PAST_REF' }, { text: 'March 1', value: '2024-03-01' }],
  });
  assert.deepEqual(events.map((e) => [e.type, e.date, e.place]), [['COERCE', '2024-03-01', ID.Lima], ['COERCE', '2024-03-01', ID.Lima]]);
});

test('the dateline place applies to acts of the past week that name no place', () => {
  const e = only('LIMA -- Peru arrested Maria Alves on Thursday.', {
    entities: [...ENTITIES, { texts: ['LIMA'], type: 'GPE', country: 'PER' }],
    times: [{ text: 'Thursday', value: '2024-03-07' }],
    dateline: 'LIMA',
  });
  assert.equal(e.place, 'e8');
});

// Hand-built UD parses: the parse path of argument extraction, independent of any tagger or parser.
test('parse path: passive subject and "by" agent', () => {
  const parse: FixtureParse = [
    'Maria Maria PROPN 4 nsubj:pass',
    'Alves Alves PROPN 1 flat',
    'was be AUX 4 aux:pass',
    'arrested arrest VERB 0 root',
    'by by ADP 6 case',
    'Peru Peru PROPN 4 obl:agent',
    '. . PUNCT 4 punct',
  ];
  const e = only('Maria Alves was arrested by Peru.', { parses: [parse] });
  assert.deepEqual(summary(e), { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [ID.Peru], recipient: [ID.Alves] });
});

test('parse path: conjoined subjects, a threat with an xcomp complement, and a nominal event', () => {
  const threat = only('Brazil and Chile threatened to cut off cooperation with Peru.', {
    parses: [[
      'Brazil Brazil PROPN 4 nsubj',
      'and and CCONJ 3 cc',
      'Chile Chile PROPN 1 conj',
      'threatened threaten VERB 0 root',
      'to to PART 6 mark',
      'cut cut VERB 4 xcomp',
      'off off ADP 6 compound:prt',
      'cooperation cooperation NOUN 6 obj',
      'with with ADP 10 case',
      'Peru Peru PROPN 8 nmod',
      '. . PUNCT 4 punct',
    ]],
  });
  assert.deepEqual(summary(threat), { type: 'THREATEN', mode: 'relations', cameo: '1313', actor: [ID.Brazil, ID.Chile], recipient: [ID.Peru] });
  const both = code('Brazil condemned the arrest of Maria Alves.', {
    parses: [[
      'Brazil Brazil PROPN 2 nsubj',
      'condemned condemn VERB 0 root',
      'the the DET 4 det',
      'arrest arrest NOUN 2 obj',
      'of of ADP 6 case',
      'Maria Maria PROPN 4 nmod',
      'Alves Alves PROPN 6 flat',
      '. . PUNCT 2 punct',
    ]],
  });
  // The condemnation (its object phrase names Alves), and the arrest it mentions as a nominal event.
  assert.deepEqual(both.map((e) => [e.type, e.actor, e.recipient]), [['ACCUSE', [ID.Brazil], [ID.Alves]], ['COERCE', [], [ID.Alves]]]);
});

test('parse path: a time expression attached to the trigger dates it; a place in an obl phrase locates it', () => {
  const e = only('Peru arrested Alves in Lima on Monday.', {
    times: [{ text: 'Monday', value: '2024-03-04' }],
    parses: [[
      'Peru Peru PROPN 2 nsubj',
      'arrested arrest VERB 0 root',
      'Alves Alves PROPN 2 obj',
      'in in ADP 5 case',
      'Lima Lima PROPN 2 obl',
      'on on ADP 7 case',
      'Monday Monday PROPN 2 obl:tmod',
      '. . PUNCT 2 punct',
    ]],
  });
  assert.deepEqual([e.actor, e.recipient, e.place, e.date], [[ID.Peru], [ID.Alves], ID.Lima, '2024-03-04']);
});

test('an act in a subordinate clause is less confident than the main clause\'s', () => {
  const events = code('Brazil condemned Peru after Chile arrested Maria Alves.');
  assert.deepEqual(events.map((e) => e.type), ['ACCUSE', 'COERCE']);
  assert.ok((events[0]?.confidence ?? 0) > (events[1]?.confidence ?? 1));
});

test('an empty article, and one with tokens but no entities or times, code without failing', () => {
  const empty = fixtureArticle('');
  assert.deepEqual(stage.run(empty, { referenceDate: null, options: {} }).events, []);
  const bare = fixtureArticle('Police arrested two men on the bridge.');
  const all = createEventsStage({ minConfidence: 0 }).run(bare, { referenceDate: null, options: {} }).events ?? [];
  assert.deepEqual(all.map((e) => [e.type, e.actor, e.recipient, e.place]), [['COERCE', [], [], null]]);
  // Without a parse, an act with no named party falls under the default confidence floor.
  assert.ok((all[0]?.confidence ?? 1) < 0.5);
  assert.deepEqual(stage.run(bare, { referenceDate: null, options: {} }).events, []);
});

test('parse path: a time expression inside a relative clause dates that clause, not the event', () => {
  // "Alves, who led Peru from 2010, was arrested." is no arrest in 2010.
  const e = only('Alves , who led Peru from 2010 , was arrested .', {
    times: [{ text: '2010', value: '2010' }],
    parses: [[
      'Alves Alves PROPN 10 nsubj:pass',
      ', , PUNCT 4 punct',
      'who who PRON 4 nsubj',
      'led lead VERB 1 acl:relcl',
      'Peru Peru PROPN 4 obj',
      'from from ADP 7 case',
      '2010 2010 NUM 4 obl',
      ', , PUNCT 4 punct',
      'was be AUX 10 aux:pass',
      'arrested arrest VERB 0 root',
      '. . PUNCT 10 punct',
    ]],
  });
  assert.equal(e.type, 'COERCE');
  assert.notEqual(e.date, '2010');
});

test('a material act with no named target lands on the place it happens in', () => {
  const e = only('Rebels blocked the roads in Lima on Monday.');
  assert.deepEqual([e.type, e.actor, e.recipient], ['PROTEST', [], [ID.Lima]]);
});

test('a protest with no named target takes the party its purpose names', () => {
  const e = only('Farmers marched to demand land reform from Peru.');
  assert.deepEqual([e.type, e.recipient], ['PROTEST', [ID.Peru]]);
});

test('agreeing with a view is no event; agreeing to act is', () => {
  assert.deepEqual(code('Peru agreed that the plan was sound.'), []);
  assert.deepEqual(code('Peru agreed with the analysis.'), []);
  assert.deepEqual(summary(only('Peru agreed to release Maria Alves.')).actor, [ID.Peru]);
});

test('a period that ends or a price quoted as offered is no act', () => {
  assert.deepEqual(code('For the year ended March 31, Peru reported a profit of 3 million dollars.'), []);
  assert.deepEqual(code('Lima wheat was 125 bid and 140 offered.'), []);
  assert.deepEqual(code('Brazil defended its title against Chile.'), []);
  assert.deepEqual(code('Peru offered 2 million shares to investors.'), []);
  // A month name inside a date is no object: "starts on 19 March" names no march.
  assert.deepEqual(code('The race starts on 19 March in Lima.', { times: [{ text: '19 March', value: '2024-03-19' }] }), []);
});

test('a stance adjective keeps its subject as the actor: "is committed to", "is opposed to"', () => {
  const e = only('Peru is committed to releasing Maria Alves.');
  assert.deepEqual([e.actor, e.recipient], [[ID.Peru], [ID.Alves]]);
});

test('a titled person with no country takes the one their title phrase names', () => {
  const entities: FixtureEntity[] = [
    { texts: ['Peruvian'], type: 'NORP', country: 'PER' },
    { texts: ['Ana Ruiz'], type: 'PERSON' },
    { texts: ['Chile'], type: 'GPE', country: 'CHL' },
    { texts: ['Tomas Vega'], type: 'PERSON' },
    { texts: ['Luis Mora'], type: 'PERSON' },
    { texts: ['Rosa Diaz'], type: 'PERSON' },
  ];
  const article = fixtureArticle("Peruvian foreign minister Ana Ruiz met King Tomas Vega of Chile. Luis Mora watched them in Chile. Chile's Rosa Diaz left.", { entities });
  const patch = stage.run(article, { referenceDate: article.date, options: {} });
  const country = (name: string) => patch.entities?.find((e) => e.name === name)?.country ?? null;
  assert.deepEqual([country('Ana Ruiz'), country('Tomas Vega'), country('Luis Mora'), country('Rosa Diaz')], ['PER', 'CHL', null, 'CHL']);
});

const PARSE_RAIN: FixtureParse = ['Heavy heavy ADJ 2 amod', 'rain rain NOUN 3 nsubj', 'battered batter VERB 0 root', 'Lima Lima PROPN 3 obj', '. . PUNCT 3 punct'];
const PARSE_REBELS: FixtureParse = ['Rebels rebel NOUN 2 nsubj', 'battered batter VERB 0 root', 'Lima Lima PROPN 2 obj', '. . PUNCT 2 punct'];

test('parse path: weather, markets and figures do not act ("heavy rain battered Lima"); people do', () => {
  assert.deepEqual(code('Heavy rain battered Lima.', { parses: [PARSE_RAIN] }), []);
  assert.deepEqual(summary(only('Rebels battered Lima.', { parses: [PARSE_REBELS] })).recipient, [ID.Lima]);
});

test('parse path: an unresolved pronoun subject stands for the subject of the clause that governs it', () => {
  const e = only('Peru said it would release Maria Alves.', {
    parses: [[
      'Peru Peru PROPN 2 nsubj',
      'said say VERB 0 root',
      'it it PRON 5 nsubj',
      'would would AUX 5 aux',
      'release release VERB 2 ccomp',
      'Maria Maria PROPN 5 obj',
      'Alves Alves PROPN 6 flat',
      '. . PUNCT 2 punct',
    ]],
  });
  assert.deepEqual([e.actor, e.recipient], [[ID.Peru], [ID.Alves]]);
});

test('parse path: "X said Y must do Z" is a demand from X to Y even when Z is no trigger', () => {
  const e = only('Brazil said Peru must lower its tariffs.', {
    parses: [[
      'Brazil Brazil PROPN 2 nsubj',
      'said say VERB 0 root',
      'Peru Peru PROPN 5 nsubj',
      'must must AUX 5 aux',
      'lower lower VERB 2 ccomp',
      'its its PRON 7 nmod:poss',
      'tariffs tariff NOUN 5 obj',
      '. . PUNCT 2 punct',
    ]],
  });
  assert.deepEqual([e.type, e.cameo, e.actor, e.recipient, e.trigger.text], ['REQUEST', '100', [ID.Brazil], [ID.Peru], 'must lower']);
});

test('a deal between firms to buy or sell is no political event; a state\'s purchase is', () => {
  const firms: FixtureEntity[] = [...ENTITIES, { texts: ['Norvale Corp'], type: 'ORG', sector: 'BUS' }, { texts: ['Tessan Ltd'], type: 'ORG' }];
  assert.deepEqual(code('Norvale Corp agreed to acquire Tessan Ltd for 40 million dollars.', { entities: firms }), []);
  // A firm's home country does not make it a state.
  const abroad: FixtureEntity[] = [...ENTITIES, { texts: ['Norvale Corp'], type: 'ORG', sector: 'BUS', country: 'USA' }, { texts: ['Tessan Ltd'], type: 'ORG', country: 'JPN' }];
  assert.deepEqual(code('Norvale Corp agreed to acquire Tessan Ltd for 40 million dollars.', { entities: abroad }), []);
  assert.equal(only('Peru agreed to purchase wheat from Brazil.').type, 'AGREE');
});

test('"executed" a contract or a licence is no killing', () => {
  const firms: FixtureEntity[] = [...ENTITIES, { texts: ['Norvale Corp'], type: 'ORG', sector: 'BUS' }];
  assert.deepEqual(code('Norvale Corp executed two new licences in Lima.', { entities: firms }), []);
  assert.equal(only('Rebels executed Maria Alves in Lima.').type, 'ASSAULT');
});

test('a capitalised trigger word inside an ordinary sentence belongs to a name or title', () => {
  assert.deepEqual(code('The minister from Peru appeared on the program Meet the Press on Sunday.'), []);
});

test('parse path: a threat whose complement is no trigger lands on the place of the threatened act', () => {
  const e = only('Chile threatened to resume operations in Lima.', {
    parses: [[
      'Chile Chile PROPN 2 nsubj',
      'threatened threaten VERB 0 root',
      'to to PART 4 mark',
      'resume resume VERB 2 xcomp',
      'operations operation NOUN 4 obj',
      'in in ADP 7 case',
      'Lima Lima PROPN 4 obl',
      '. . PUNCT 2 punct',
    ]],
  });
  assert.deepEqual([e.type, e.actor, e.recipient], ['THREATEN', [ID.Chile], [ID.Lima]]);
});

test('"charged with" a duty is no charge; charged with a crime is', () => {
  const duty = code('Maria Alves is charged with overseeing the port of Lima.', {
    parses: [[
      'Maria Maria PROPN 4 nsubj:pass',
      'Alves Alves PROPN 1 flat',
      'is be AUX 4 aux:pass',
      'charged charge VERB 0 root',
      'with with SCONJ 6 mark',
      'overseeing oversee VERB 4 advcl',
      'the the DET 8 det',
      'port port NOUN 6 obj',
      'of of ADP 10 case',
      'Lima Lima PROPN 8 nmod',
      '. . PUNCT 4 punct',
    ]],
  });
  assert.deepEqual(duty, []);
  assert.equal(only('Peru charged Maria Alves with fraud.').type, 'COERCE');
});

test('end to end: an agreement among firms is no political event; an all-capitals headline is not coded', { skip: needModels }, () => {
  assert.deepEqual(pipelineEvents('Norton Tools Corp said it reached a distribution agreement with Keller Devices Inc.').map((e) => e.event.type), []);
  assert.deepEqual(pipelineEvents('ARGENTINA THREATENS TO SUSPEND DEBT PAYMENTS\n\nThe minister spoke on the radio.').map((e) => e.event.trigger.text), []);
});

test('trade curbs imposed on a country are a sanction, and announced ones a threat of restrictions', () => {
  assert.deepEqual(summary(only('Chile imposed curbs on Peru.')), { type: 'SANCTION', mode: null, cameo: '163', actor: [ID.Chile], recipient: [ID.Peru] });
  const threat = only('Chile will impose curbs on Peru.');
  assert.deepEqual([threat.type, threat.modality, threat.recipient], ['THREATEN', 'future', [ID.Peru]]);
});

test('an arrest or investigation in a country with no agent named is that country\'s act; not so in a town', { skip: existsSync(GAZETTEER_PATH) ? false : 'the shipped gazetteer is missing' }, () => {
  const parse = (place: string): FixtureParse => [
    'A a DET 3 det',
    'Argentine Argentine ADJ 3 amod',
    'nurse nurse NOUN 5 nsubj:pass',
    'was be AUX 5 aux:pass',
    'arrested arrest VERB 0 root',
    'in in ADP 7 case',
    `${place} ${place} PROPN 5 obl`,
    '. . PUNCT 5 punct',
  ];
  const entities: FixtureEntity[] = [...ENTITIES, { texts: ['Argentine'], type: 'NORP', country: 'BRA' }];
  const inPeru = only('A Argentine nurse was arrested in Peru.', { entities, parses: [parse('Peru')] });
  assert.deepEqual([inPeru.type, inPeru.actor, inPeru.recipient], ['COERCE', [ID.Peru], ['e8']]);
  const inLima = only('A Argentine nurse was arrested in Lima.', { entities, parses: [parse('Lima')] });
  assert.deepEqual([inLima.type, inLima.actor, inLima.recipient, inLima.place], ['COERCE', [], ['e8'], ID.Lima]);
});

test('a lower-case verb the tagger called a proper noun but tagged VB still takes part ("threatened to institute a curfew")', () => {
  const parse: FixtureParse = [
    'Peru Peru PROPN 2 nsubj',
    'threatened threaten VERB 0 root',
    'to to PART 4 mark',
    'institute institute PROPN 2 xcomp',
    'a a DET 6 det',
    'curfew curfew NOUN 4 obj',
    'in in ADP 8 case',
    'Lima Lima PROPN 6 nmod',
    '. . PUNCT 2 punct',
  ];
  const article = fixtureArticle('Peru threatened to institute a curfew in Lima.', { entities: ENTITIES, parses: [parse] });
  const tokens = article.tokens.map((t) => (article.text.slice(t.start, t.end) === 'institute' ? { ...t, xpos: 'VB' } : t));
  const events = stage.run({ ...article, tokens }, { referenceDate: article.date, options: {} }).events ?? [];
  assert.deepEqual(events.map((e) => [e.type, e.cameo, e.actor]), [['THREATEN', '1323', [ID.Peru]]]);
});
