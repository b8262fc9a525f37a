// Tests of the GDELT writer: the 61 event-table columns, filled where we can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventsStage } from '../events/index.js';
import { fixtureArticle } from '../events/testing-fixture.js';
import { GDELT_COLUMNS, GDELT_HEADER, gdeltWriter } from './gdelt.js';

test('the header has the 61 GDELT 2.0 columns', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_HEADER.split('\t').length, 61);
  assert.deepEqual([GDELT_COLUMNS[0], GDELT_COLUMNS[5], GDELT_COLUMNS[26], GDELT_COLUMNS[60]], ['GLOBALEVENTID', 'Actor1Code', 'EventCode', 'SOURCEURL']);
});

test('an event becomes one row: actor codes with sectors, CAMEO codes, quad class, Goldstein, action place', () => {
  const base = fixtureArticle('Mexico arrested Juan Soto in Tijuana on Monday. Mexico did not arrest Ana Ruiz.', {
    entities: [
      { texts: ['Mexico'], type: 'GPE', country: 'MEX', sector: 'MIL' },
      { texts: ['Juan Soto'], type: 'PERSON', country: 'USA', sector: 'JUD' },
      { texts: ['Tijuana'], type: 'GPE', country: 'MEX' },
      { texts: ['Ana Ruiz'], type: 'PERSON' },
    ],
    times: [{ text: 'Monday', value: '2024-03-04' }],
  });
  const article = { ...base, ...createEventsStage().run(base, { referenceDate: base.date, options: {} }) };
  const rows = gdeltWriter.write(article, { tokens: false }).split('\n').filter((r) => r !== '');
  assert.equal(rows.length, 1, 'the negated arrest is left out');
  const cells = (rows[0] ?? '').split('\t');
  assert.equal(cells.length, 61);
  const at = (name: string) => cells[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual(
    ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'ActionGeo_FullName', 'AvgTone'].map(at),
    ['fixture-V1', '20240304', '202403', '2024', 'MEXMIL', 'MEXICO', 'MEX', 'MIL', 'USAJUD', '173', '173', '17', '4', '-5.0', '1', 'Tijuana', ''],
  );
});

test('a group noun around a demonym gives the actor code its sector ("Chilean police" -> CHLCOP); a bare group gives the sector alone', () => {
  const base = fixtureArticle('Chilean police arrested two men.', {
    entities: [{ texts: ['Chilean'], type: 'NORP', country: 'CHL' }],
    parses: [['Chilean Chilean ADJ 2 amod', 'police police NOUN 3 nsubj', 'arrested arrest VERB 0 root', 'two two NUM 5 nummod', 'men man NOUN 3 obj', '. . PUNCT 3 punct']],
  });
  const article = { ...base, ...createEventsStage().run(base, { referenceDate: base.date, options: {} }) };
  const cells = (gdeltWriter.write(article, { tokens: false }).split('\n')[0] ?? '').split('\t');
  const at = (name: string) => cells[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual(
    ['Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code', 'Actor2Name', 'Actor2Type1Code'].map(at),
    ['CHLCOP', 'CHILEAN POLICE', 'CHL', 'COP', 'CVL', 'TWO MEN', 'CVL'],
  );
});

test('a group put in a place by its own phrase takes that place\'s country ("Protesters in Lima" -> PERCVL)', () => {
  const base = fixtureArticle('Protesters in Lima blocked a highway.', {
    entities: [{ texts: ['Lima'], type: 'GPE', country: 'PER' }],
    parses: [['Protesters protester NOUN 4 nsubj', 'in in ADP 3 case', 'Lima Lima PROPN 1 nmod', 'blocked block VERB 0 root', 'a a DET 6 det', 'highway highway NOUN 4 obj', '. . PUNCT 4 punct']],
  });
  const article = { ...base, ...createEventsStage().run(base, { referenceDate: base.date, options: {} }) };
  const cells = (gdeltWriter.write(article, { tokens: false }).split('\n')[0] ?? '').split('\t');
  const at = (name: string) => cells[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual(['Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code'].map(at), ['PERCVL', 'PROTESTERS', 'PER', 'CVL']);
});
