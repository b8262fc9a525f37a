// Tests of the trigger dictionary's line format, its phrasal expansion and the inflected-form index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatelineError } from '../core/index.js';
import { createTriggerLexicon, expandPhrasal, parseTriggerLine } from './triggers.js';
import { nounForms, verbForms } from './inflect.js';

test('a dictionary line parses into an entry', () => {
  const e = parseTriggerLine('v drop,dismiss ~out +charge,case&criminal!statement > : CONCEDE - 081 r:against theme', 0);
  assert.deepEqual(
    [e.pos, e.lemmas, e.particle, e.objects, e.modifiers, e.forbidden, e.embeds, e.type, e.mode, e.cameo, e.recipientPreps, e.theme, e.swap],
    ['v', ['drop', 'dismiss'], 'out', ['charge', 'case'], ['criminal'], ['statement'], 'optional', 'CONCEDE', null, '081', ['against'], true, false],
  );
  assert.equal(parseTriggerLine('v release +statement : NONE - -', 1).type, null);
});

test('bad lines fail with the line number', () => {
  assert.throws(() => parseTriggerLine('v arrest COERCE arrest 173', 4), (e: unknown) => e instanceof DatelineError && /line 5/.test(e.message));
  assert.throws(() => parseTriggerLine('v arrest : COERSE arrest 173', 0), /unknown PLOVER type "COERSE"/);
  assert.throws(() => parseTriggerLine('v arrest : COERCE arrest 173 bogus', 0), /unknown flag "bogus"/);
});

test('phrasal lemmas split into one line per particle', () => {
  assert.deepEqual(expandPhrasal('v concede,back_down : CONCEDE - 080'), ['v concede : CONCEDE - 080', 'v back ~down : CONCEDE - 080']);
  assert.deepEqual(expandPhrasal('v arrest : COERCE arrest 173'), ['v arrest : COERCE arrest 173']);
});

test('inflected forms: regular, doubled, -y, -e, irregular and British spellings', () => {
  assert.deepEqual(verbForms('arrest'), ['arrest', 'arrests', 'arrested', 'arresting']);
  assert.ok(verbForms('kidnap').includes('kidnapped'));
  assert.ok(verbForms('deny').includes('denied'));
  assert.ok(verbForms('seize').includes('seizing'));
  assert.ok(verbForms('take').includes('taken'));
  assert.ok(verbForms('cancel').includes('cancelled') && verbForms('cancel').includes('canceled'));
  assert.deepEqual(nounForms('charge'), ['charge', 'charges']);
});

test('the lexicon finds entries by any form, most specific first', () => {
  const lexicon = createTriggerLexicon();
  const dropped = lexicon.lookup('dropped');
  assert.ok(dropped.length > 0);
  assert.equal(dropped[0]?.type, 'CONCEDE');
  assert.ok(lexicon.lookup('arrested').some((e) => e.type === 'COERCE' && e.mode === 'arrest'));
  assert.deepEqual(lexicon.lookup('weather'), []);
});
