// Checks the tagger on the shared reference article (skipped when ../shared is absent); nothing in code knows this text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { tagTimes } from './recognise.js';

const SEED = 'examples/seed-ap-2020-11-19.txt';

function load(): { date: string; text: string } {
  const raw = readFileSync(sharedPath(SEED), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s/.exec(raw);
  assert.ok(m, 'the seed file starts with "date YYYY-MM-DD"');
  return { date: m[1] ?? '', text: raw.slice(m[0].length) };
}

test('the reference article resolves against its publication date', { skip: needShared(SEED) }, () => {
  const { date, text } = load();
  const times = tagTimes(text, { referenceDate: date });
  const valuesOf = (surface: string): string[] => times.filter((t) => t.text === surface).map((t) => t.value);

  assert.ok(times.some((t) => t.text.endsWith('Oct. 16, 2020') && t.value === '2020-10-16'));
  assert.deepStrictEqual(valuesOf('Tuesday, Nov. 17, 2020'), ['2020-11-17']);
  const wednesdays = valuesOf('Wednesday');
  assert.ok(wednesdays.length >= 2);
  assert.ok(wednesdays.every((v) => v === '2020-11-18'));
  assert.deepStrictEqual(valuesOf('Tuesday'), ['2020-11-17']);
  assert.deepStrictEqual(valuesOf('Oct. 15'), ['2020-10-15']);
  assert.deepStrictEqual(valuesOf('2019'), ['2019', '2019']);
  assert.deepStrictEqual(valuesOf('2012'), ['2012']);
  assert.deepStrictEqual(valuesOf('2018'), ['2018']);
  const range = times.find((t) => t.text === '2012')?.range;
  assert.deepStrictEqual(range, { from: times.find((t) => t.text === '2012')?.id, to: times.find((t) => t.text === '2018')?.id });
  assert.deepStrictEqual(valuesOf('six years'), ['P6Y']);
  const weeksAgo = times.find((t) => t.text.includes('weeks ago'));
  assert.equal(weeksAgo?.resolution, 'approximate');
  assert.equal(weeksAgo?.value, 'PAST_REF');
});
