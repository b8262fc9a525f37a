// Tests for publication-date normalisation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDate, normalizeDate } from './dates.js';

test('ISO dates and timestamps keep the calendar date they are written in', () => {
  assert.equal(normalizeDate('2020-11-19'), '2020-11-19');
  assert.equal(normalizeDate('2020-11-19T10:00:00Z'), '2020-11-19');
  assert.equal(normalizeDate('2020-11-19T23:30:00.123+02:00'), '2020-11-19');
  assert.equal(normalizeDate('2021-03-04T22:30:00-05:00'), '2021-03-04');
  assert.equal(normalizeDate('2020-11-19 10:00'), '2020-11-19');
  assert.equal(normalizeDate('20201119T100000Z'), '2020-11-19');
});

test('RFC 2822 and month-first dates', () => {
  assert.equal(normalizeDate('Thu, 19 Nov 2020 10:00:00 GMT'), '2020-11-19');
  assert.equal(normalizeDate('Thu, 19 Nov 2020 10:00:00 +0000'), '2020-11-19');
  assert.equal(normalizeDate('5 Apr 87 01:53 EST'), '1987-04-05');
  assert.equal(normalizeDate('November 19, 2020'), '2020-11-19');
  assert.equal(normalizeDate('Sept. 3, 2019 10:00 AM'), '2019-09-03');
});

test('Reuters SGML dates with leading spaces, odd hours and trailing noise', () => {
  assert.equal(normalizeDate(' 5-APR-1987 01:53:30.27'), '1987-04-05');
  assert.equal(normalizeDate('27-MAR-1987 00:02:59.13\u0005\u0005RM'), '1987-03-27');
  assert.equal(normalizeDate('19-OCT-1987 605:01:02.00'), '1987-10-19');
});

test('impossible or unreadable dates give null', () => {
  assert.equal(normalizeDate('2020-02-30'), null);
  assert.equal(normalizeDate('2021-02-29'), null);
  assert.equal(normalizeDate('2020-13-01'), null);
  assert.equal(normalizeDate('last Tuesday'), null);
  assert.equal(normalizeDate(''), null);
  assert.equal(isoDate(2024, 2, 29), '2024-02-29');
});
