// Tests of alleged acts ("charged a man with killing his neighbour"): who is said to have done them, on our own sentences through the full pipeline.
import assert from 'node:assert/strict';
import test from 'node:test';
import { byTrigger, needModels, pipelineEvents } from './testing-pipeline.js';

test('the act a charge names is done (it is said) by the one charged, to the act\'s own object', { skip: needModels }, () => {
  const events = pipelineEvents('Prosecutors in Tours charged a 29-year-old nurse with poisoning her patients.');
  const charge = byTrigger(events, 'charged');
  assert.equal(charge.event.type, 'COERCE');
  assert.equal(charge.actor, 'Prosecutors');
  assert.equal(charge.recipient, '29-year-old nurse');
  for (const e of events) assert.ok(!(e.event.type === 'ASSAULT' && e.actor === 'Prosecutors'), 'the prosecutors assault no one');
});

test('killing, stabbing and beating under a charge keep the charged party as actor and the modality reported', { skip: needModels }, () => {
  for (const [text, trigger, actor, recipient] of [
    ['Police charged a 34-year-old man with killing two police officers.', 'killing', '34-year-old man', 'two police officers'],
    ['A court in Braga charged a 51-year-old woman with stabbing her husband.', 'stabbing', '51-year-old woman', 'her husband'],
  ] as const) {
    const act = byTrigger(pipelineEvents(text), trigger);
    assert.equal(act.event.type, 'ASSAULT', text);
    assert.equal(act.actor, actor, text);
    assert.equal(act.recipient, recipient, text);
    assert.equal(act.event.modality, 'reported', text);
  }
});
