// Tests of the pinned CAMEO/PLOVER tables: facts from the GDELT lookups and CAMEO2PLOVER-2021.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOVER_EVENT_TYPES } from '../core/index.js';
import { allCameoCodes, cameoBaseCode, cameoCode, cameoRootCode, normalisePloverType, PLOVER_TYPES } from './ontology.js';

test('the ontology has the 16 PLOVER types with the manual\'s quad classes', () => {
  assert.deepEqual(Object.keys(PLOVER_TYPES), [...PLOVER_EVENT_TYPES]);
  assert.deepEqual(
    PLOVER_EVENT_TYPES.map((t) => PLOVER_TYPES[t].quad),
    [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4],
  );
  assert.ok(PLOVER_TYPES.COERCE.modes.includes('arrest'));
  assert.ok(PLOVER_TYPES.RETREAT.modes.includes('release'));
});

test('CAMEO codes carry the pinned Goldstein value, quad class and PLOVER class', () => {
  assert.deepEqual(cameoCode('173'), { code: '173', name: 'Arrest, detain, or charge with legal action', goldstein: -5, quad: 4, plover: 'COERCE', mode: 'arrest', context: 'legal' });
  assert.deepEqual([cameoCode('0841')?.plover, cameoCode('0841')?.mode, cameoCode('0841')?.goldstein], ['RETREAT', 'release', 7]);
  // The GDELT table, not the ICEWS one, for codes where they disagree (016: -2.0 vs -5.0; 164: -7.0 vs -6.5).
  assert.deepEqual([cameoCode('016')?.goldstein, cameoCode('164')?.goldstein], [-2, -7]);
  // Statements and appeals have no PLOVER class.
  assert.deepEqual([cameoCode('010')?.plover, cameoCode('020')?.plover], [null, null]);
  assert.equal(cameoCode('064')?.plover, 'COOPERATE');
  assert.equal(allCameoCodes().length, 311);
});

test('a code the lookup lacks falls back to its parent', () => {
  assert.equal(cameoCode('1213')?.code, '121');
  assert.equal(cameoCode('999'), null);
  assert.deepEqual([cameoBaseCode('0841'), cameoRootCode('0841')], ['084', '08']);
});

test('legacy PLOVER names map to current types', () => {
  assert.deepEqual(['DEMAND', 'DISAPPROVE', 'INVESTIGATE', 'FIGHT', 'assault', 'CRIME'].map(normalisePloverType), ['REQUEST', 'ACCUSE', 'ACCUSE', 'ASSAULT', 'ASSAULT', null]);
});
