// TempEval-3 task A scoring: pairing, strict and relaxed matches, attribute F1, and the folder-level scorer.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { countDocument, emptyCounts, goldTimexes, scoreFolders, scoresOf, type ScoredTimex } from './timeml.js';

const GOLD: ScoredTimex[] = [
  { start: 0, end: 6, type: 'DATE', value: '2021-06-07' },
  { start: 10, end: 19, type: 'DURATION', value: 'P6Y' },
  { start: 30, end: 34, type: 'DATE', value: '2018' },
];

test('a run scored against itself gives 100 everywhere', () => {
  const c = emptyCounts();
  countDocument(GOLD, GOLD, c);
  const s = scoresOf(c);
  assert.deepStrictEqual([s.strict.f1, s.relaxed.f1, s.typeF1, s.valueF1, s.valueAccuracy], [100, 100, 100, 100, 100]);
});

test('extents that only overlap count as relaxed, values are compared on relaxed pairs', () => {
  const c = emptyCounts();
  countDocument(GOLD, [
    { start: 0, end: 6, type: 'DATE', value: '2021-06-07' },
    { start: 6, end: 19, type: 'DURATION', value: 'P5Y' },
    { start: 40, end: 44, type: 'DATE', value: '2019' },
  ], c);
  assert.deepStrictEqual(c, { gold: 3, system: 3, strict: 1, relaxed: 2, typeCorrect: 2, valueCorrect: 1 });
  const s = scoresOf(c);
  assert.equal(s.valueF1, (2 * 1 * 100) / 6);
  assert.equal(s.relaxed.f1, (2 * 2 * 100) / 6);
});

test('a folder of system files that drops every third tag loses exactly those', { skip: needShared('data/temporal/tbaq-cleaned/TimeBank') }, () => {
  const goldDir = sharedPath('data/temporal/tbaq-cleaned/TimeBank');
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-timeml-'));
  const sysDir = path.join(work, 'sys');
  mkdirSync(sysDir);
  const names = ['wsj_0006.tml', 'wsj_0127.tml', 'APW19980227.0489.tml'];
  const sub = path.join(work, 'gold');
  mkdirSync(sub);
  let total = 0;
  let kept = 0;
  for (const name of names) {
    const content = readFileSync(path.join(goldDir, name), 'utf8');
    writeFileSync(path.join(sub, name), content);
    let n = 0;
    // Unwrap every third TIMEX3 of TEXT (the DCT is not counted), keeping its text.
    const textStart = content.indexOf('<TEXT>');
    const head = content.slice(0, textStart);
    const body = content.slice(textStart).replace(/<TIMEX3[^>]*>([^<]*)<\/TIMEX3>/g, (whole, inner: string) => (++n % 3 === 0 ? inner : whole));
    total += n;
    kept += n - Math.floor(n / 3);
    writeFileSync(path.join(sysDir, name), head + body);
    assert.equal(goldTimexes(head + body).text, goldTimexes(content).text);
  }
  const s = scoreFolders(sub, sysDir);
  assert.deepStrictEqual(s.counts, { gold: total, system: kept, strict: kept, relaxed: kept, typeCorrect: kept, valueCorrect: kept });
  assert.equal(s.strict.p, 100);
  assert.equal(s.strict.r, (100 * kept) / total);
});
