// Pins a floor on TempEval-3 task A figures over TBAQ, the development set (skipped when ../shared is absent).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreTagger } from '../eval/timeml.js';
import { needShared, sharedPath } from '../testing/shared-data.js';

const TBAQ = 'data/temporal/tbaq-cleaned';

test('TBAQ strict, relaxed and value F1 stay above the floor', { skip: needShared(TBAQ) }, () => {
  const s = scoreTagger(sharedPath(TBAQ));
  assert.equal(s.counts.gold, 1822);
  assert.ok(s.strict.f1 >= 86, `strict F1 ${s.strict.f1.toFixed(2)} < 86`);
  assert.ok(s.relaxed.f1 >= 92, `relaxed F1 ${s.relaxed.f1.toFixed(2)} < 92`);
  assert.ok(s.valueF1 >= 79, `value F1 ${s.valueF1.toFixed(2)} < 79`);
});
