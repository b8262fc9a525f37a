// Tests of the PolNeAR standoff reader and the quote scorer on small invented annotations.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Quote } from '../core/index.js';
import { codePointToUtf16, parsePolnear } from './polnear.js';
import { scoreArticle } from './score.js';

// An emoji before the quote makes code-point and UTF-16 offsets differ by one.
const TEXT = '\u{1F600} "We are ready," Ruiz said. Berg said the vote was close.';

const ANN = [
  'T1\tContent 2 17\t"We are ready,"',
  'T2\tSource 18 22\tRuiz',
  'T3\tCue 23 27\tsaid',
  'T4\tAttribution 23 27\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tSource 29 33\tBerg',
  'T6\tCue 34 38\tsaid',
  'T7\tContent 39 47;48 57\tthe vote was close',
  'T8\tAttribution 34 38\tsaid',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  '#1\tAnnotatorNotes T1\ta note',
].join('\n');

test('code points map to UTF-16 offsets', () => {
  const map = codePointToUtf16(TEXT);
  assert.equal(map(0), 0);
  assert.equal(map(1), 2);
});

test('attributions come out with UTF-16 spans, discontinuous content and a quoted flag', () => {
  const gold = parsePolnear(ANN, TEXT, 'x.ann');
  assert.deepEqual(gold.map((g) => ({ content: g.content, sources: g.sources, quoted: g.quoted })), [
    { content: [{ start: 3, end: 18 }], sources: [{ start: 19, end: 23 }], quoted: true },
    { content: [{ start: 40, end: 48 }, { start: 49, end: 58 }], sources: [{ start: 30, end: 34 }], quoted: false },
  ]);
});

test('covered text running over several lines is skipped', () => {
  const ann = 'T1\tContent 2 7\t"We\nare"\nT2\tSource 18 22\tRuiz\nE1\tAttribution:T2 Content:T1 Source:T2';
  assert.equal(parsePolnear(ann, TEXT, 'x.ann').length, 1);
});

test('a malformed span is a located parse error', () => {
  assert.throws(() => parsePolnear('T1\tContent x y\tz', TEXT, 'bad.ann'), (e: Error & { code?: string; location?: { line?: number } }) => e.code === 'PARSE_ERROR' && e.location?.line === 1);
});

test('scoring: half-overlap matching, speaker by phrase overlap, other-category matches left out', () => {
  const gold = parsePolnear(ANN, TEXT, 'x.ann');
  const mk = (start: number, end: number, kind: Quote['kind'], speaker: [number, number] | null): Quote => ({
    id: 'Q', start, end, text: TEXT.slice(start, end), kind, speaker: null,
    speakerMention: speaker ? { start: speaker[0], end: speaker[1], text: TEXT.slice(speaker[0], speaker[1]) } : null, cue: null,
  });
  // The indirect one names the wrong speaker (Ruiz for Berg); the last lies inside the direct gold content.
  const ours = [mk(3, 18, 'direct', [19, 23]), mk(40, 58, 'indirect', [19, 23]), mk(4, 10, 'indirect', null)];
  const s = scoreArticle(gold, ours, []);
  assert.deepEqual(s.direct, { gold: 1, goldFound: 1, predicted: 1, predictedCorrect: 1, ignored: 0, speakerScored: 1, speakerCorrect: 1, noGoldSource: 0 });
  assert.deepEqual(s.indirect, { gold: 1, goldFound: 1, predicted: 1, predictedCorrect: 1, ignored: 1, speakerScored: 1, speakerCorrect: 0, noGoldSource: 0 });
});
