// Behaviour of the time tagger on short invented news sentences, against a fixed reference date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimeExpression } from '../core/index.js';
import { tagTimes } from './recognise.js';

// Thursday 10 June 2021: the invented story's publication date.
const REF = '2021-06-10';

function tag(text: string, referenceDate: string | null = REF): TimeExpression[] {
  return tagTimes(text, { referenceDate });
}

function brief(text: string, referenceDate: string | null = REF): [string, string, string, string][] {
  return tag(text, referenceDate).map((t) => [t.text, t.type, t.value, t.resolution]);
}

test('a weekday in a past-tense sentence is the latest such day before the story', () => {
  assert.deepStrictEqual(brief('The council voted on Wednesday to close the bridge.'), [['Wednesday', 'DATE', '2021-06-09', 'exact']]);
  assert.deepStrictEqual(brief('Police said Monday that two men were detained.'), [['Monday', 'DATE', '2021-06-07', 'exact']]);
});

test('a weekday after "will" is the next such day', () => {
  assert.deepStrictEqual(brief('The ministers will meet Monday in Lisbon.'), [['Monday', 'DATE', '2021-06-14', 'exact']]);
});

test('the story\'s own weekday is the publication day', () => {
  assert.deepStrictEqual(brief('The mayor resigned Thursday.'), [['Thursday', 'DATE', '2021-06-10', 'exact']]);
});

test('a month and day without a year take the nearest plausible year', () => {
  assert.deepStrictEqual(brief('The suspect was arrested June 3 near the border.'), [['June 3', 'DATE', '2021-06-03', 'exact']]);
  assert.deepStrictEqual(brief('The trial was held on Dec. 14 in Lyon.'), [['Dec. 14', 'DATE', '2020-12-14', 'exact']]);
  assert.deepStrictEqual(brief('The dividend is payable July 1.'), [['July 1', 'DATE', '2021-07-01', 'exact']]);
});

test('full dates, with or without the weekday, are one expression', () => {
  assert.deepStrictEqual(brief('The bank said Tuesday, Nov. 17, 2020, that it would merge.'), [
    ['Tuesday, Nov. 17, 2020', 'DATE', '2020-11-17', 'exact'],
  ]);
  assert.deepStrictEqual(brief('It opened on 4 March 2019 and closed in January 1998.'), [
    ['4 March 2019', 'DATE', '2019-03-04', 'exact'],
    ['January 1998', 'DATE', '1998-01', 'exact'],
  ]);
});

test('a bare year is exact', () => {
  assert.deepStrictEqual(brief('He was indicted in 2018 on fraud charges.'), [['2018', 'DATE', '2018', 'exact']]);
});

test('"from 2012 to 2018" gives two dates marked as the ends of one range', () => {
  const times = tag('She ran the agency from 2012 to 2018.');
  assert.deepStrictEqual(times, [
    { id: 'T1', start: 24, end: 28, text: '2012', type: 'DATE', value: '2012', resolution: 'range', range: { from: 'T1', to: 'T2' } },
    { id: 'T2', start: 32, end: 36, text: '2018', type: 'DATE', value: '2018', resolution: 'range', range: { from: 'T1', to: 'T2' } },
  ]);
  const dash = tag('The 2009-2010 season was cut short.');
  assert.deepStrictEqual(dash.map((t) => [t.value, t.resolution, t.range?.to]), [['2009', 'range', 'T2'], ['2010', 'range', 'T2']]);
});

test('durations', () => {
  assert.deepStrictEqual(brief('He led the army for six years.'), [['six years', 'DURATION', 'P6Y', 'exact']]);
  assert.deepStrictEqual(brief('The talks lasted three hours.'), [['three hours', 'DURATION', 'PT3H', 'exact']]);
  assert.deepStrictEqual(brief('a 16-hour flight'), [['16-hour', 'DURATION', 'PT16H', 'exact']]);
  assert.deepStrictEqual(brief('over the past two months'), [['the past two months', 'DURATION', 'P2M', 'exact']]);
  assert.deepStrictEqual(brief('for nearly 2 1/2 years'), [['nearly 2 1/2 years', 'DURATION', 'P2Y6M', 'exact']]);
  assert.deepStrictEqual(brief('for several years'), [['several years', 'DURATION', 'PXY', 'approximate']]);
});

test('"just weeks ago" is an approximate past reference', () => {
  assert.deepStrictEqual(brief('The envoy, who was arrested just weeks ago, was freed.'), [['weeks ago', 'DATE', 'PAST_REF', 'approximate']]);
});

test('counted offsets from the publication date', () => {
  assert.deepStrictEqual(brief('The plant closed two years ago.'), [['two years ago', 'DATE', '2019', 'exact']]);
  assert.deepStrictEqual(brief('The strike began 11 days ago.'), [['11 days ago', 'DATE', '2021-05-30', 'exact']]);
});

test('sets', () => {
  assert.deepStrictEqual(brief('The market is closed every Monday.'), [['every Monday', 'SET', 'XXXX-WXX-1', 'exact']]);
  assert.deepStrictEqual(brief('The paper prints daily and the board meets each month.'), [
    ['daily', 'SET', 'P1D', 'exact'],
    ['each month', 'SET', 'P1M', 'exact'],
  ]);
});

test('relative weeks, months, years and quarters', () => {
  assert.deepStrictEqual(brief('Last week the firm hired staff; next month it moves, and this year it grows.'), [
    ['Last week', 'DATE', '2021-W22', 'exact'],
    ['next month', 'DATE', '2021-07', 'exact'],
    ['this year', 'DATE', '2021', 'exact'],
  ]);
  assert.deepStrictEqual(brief('Profit fell in the first quarter of 2020.'), [['the first quarter of 2020', 'DATE', '2020-Q1', 'exact']]);
  assert.deepStrictEqual(brief('Sales rose in the third quarter.'), [['the third quarter', 'DATE', '2020-Q3', 'exact']]);
  assert.deepStrictEqual(brief('In fiscal 2020 the group lost money.'), [['fiscal 2020', 'DATE', '2020', 'exact']]);
});

test('a year-on-year comparison after a quarter means that quarter a year before', () => {
  assert.deepStrictEqual(brief('Net income rose in the first quarter, up from $4 million a year earlier.'), [
    ['the first quarter', 'DATE', '2021-Q1', 'exact'],
    ['a year earlier', 'DATE', '2020-Q1', 'exact'],
  ]);
});

test('"the next day" and "the day before" follow the last mentioned date', () => {
  assert.deepStrictEqual(brief('The fire started on March 3, 2019. The next day, crews arrived.'), [
    ['March 3, 2019', 'DATE', '2019-03-03', 'exact'],
    ['The next day', 'DATE', '2019-03-04', 'exact'],
  ]);
  assert.deepStrictEqual(brief('Crews arrived on May 2, 2019, a fire having started the day before.'), [
    ['May 2, 2019', 'DATE', '2019-05-02', 'exact'],
    ['the day before', 'DATE', '2019-05-01', 'exact'],
  ]);
});

test('seasons, decades, centuries and parts of the day', () => {
  assert.deepStrictEqual(brief('Rents rose last summer, as in the 1990s.'), [
    ['last summer', 'DATE', '2020-SU', 'exact'],
    ['1990s', 'DATE', '199', 'exact'],
  ]);
  assert.deepStrictEqual(brief('He spoke this morning and again last night.'), [
    ['this morning', 'TIME', '2021-06-10TMO', 'exact'],
    ['last night', 'TIME', '2021-06-09TNI', 'exact'],
  ]);
  assert.deepStrictEqual(brief('She is a 20th century novelist.'), [['20th century', 'DATE', '19', 'exact']]);
});

test('clock times take their day from the text or the last mentioned date', () => {
  assert.deepStrictEqual(brief('The vote closed at 9 p.m. EST Tuesday.'), [['9 p.m. EST Tuesday', 'TIME', '2021-06-08T21:00', 'exact']]);
  assert.deepStrictEqual(brief('The blast came at 10:35 a.m. on Monday.'), [['10:35 a.m. on Monday', 'TIME', '2021-06-07T10:35', 'exact']]);
});

test('vague references', () => {
  assert.deepStrictEqual(brief('The rules recently changed; now they are strict, and soon they may ease.'), [
    ['recently', 'DATE', 'PAST_REF', 'approximate'],
    ['now', 'DATE', 'PRESENT_REF', 'approximate'],
    ['soon', 'DATE', 'FUTURE_REF', 'approximate'],
  ]);
});

test('without a reference date relative expressions stay unresolved', () => {
  assert.deepStrictEqual(brief('Talks resumed on Wednesday and will end in March.', null), [
    ['Wednesday', 'DATE', 'XXXX-WXX-3', 'unresolved'],
    ['March', 'DATE', 'XXXX-03', 'unresolved'],
  ]);
  assert.deepStrictEqual(brief('It was signed on Oct. 2, 2015.', null), [['Oct. 2, 2015', 'DATE', '2015-10-02', 'exact']]);
});

test('words that only look like dates are left alone', () => {
  assert.deepStrictEqual(brief('Officials may march to the square; 1,500 people and 2000 troops came.'), []);
  assert.deepStrictEqual(brief('The airline runs four flights a week and he is 37 years old.'), []);
  assert.deepStrictEqual(brief('April Ryan asked about the 6-year-old boy, The Sunday Times reported.'), []);
  assert.deepStrictEqual(brief('The fall in prices hit a second time.'), []);
  assert.deepStrictEqual(brief('The minister told Today the rules work on a month-to-month basis.'), []);
  assert.deepStrictEqual(brief("That took 2019's total to a record; prices rose in the 1990's."), [
    ['2019', 'DATE', '2019', 'exact'],
    ["1990's", 'DATE', '199', 'exact'],
  ]);
});

test('frequencies with "twice" and "times" are sets', () => {
  assert.deepStrictEqual(brief('The board meets twice a week and votes three times a year.'), [
    ['twice a week', 'SET', 'P1W', 'exact'],
    ['three times a year', 'SET', 'P1Y', 'exact'],
  ]);
});

test('an unqualified weekend is approximate, a qualified one exact', () => {
  assert.deepStrictEqual(brief('Talks broke down over the weekend.', '2021-06-07'), [['the weekend', 'DATE', '2021-W22-WE', 'approximate']]);
  assert.deepStrictEqual(brief('Talks will resume next weekend.'), [['next weekend', 'DATE', '2021-W24-WE', 'exact']]);
});

test('spans inside larger units', () => {
  assert.deepStrictEqual(brief('Earnings will fall in the last half of 2021 and the hearing is set for the week of March 6, 2022.'), [
    ['the last half of 2021', 'DATE', '2021-H2', 'exact'],
    ['the week of March 6, 2022', 'DATE', '2022-W09', 'exact'],
  ]);
  assert.deepStrictEqual(brief('The envoy will meet the premier later this afternoon.'), [['later this afternoon', 'TIME', '2021-06-10TAF', 'exact']]);
});

test('a day range takes its year from the range end', () => {
  assert.deepStrictEqual(brief('The dumping occurred Sept. 23-30, 2019, officials said.'), [['Sept. 23', 'DATE', '2019-09-23', 'exact']]);
});

test('a fronted "By <time>," takes the main clause\'s tense; a deadline "by <day>" stays ahead', () => {
  assert.deepStrictEqual(brief('By 1100 GMT on Monday, shares in the port operator were down 4 percent.'), [['1100 GMT on Monday', 'TIME', '2021-06-07T11:00', 'exact']]);
  assert.deepStrictEqual(brief('The bids must be filed by Monday, the agency said.'), [['Monday', 'DATE', '2021-06-14', 'exact']]);
});
