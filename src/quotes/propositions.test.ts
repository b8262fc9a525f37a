// Tests that objects which state nothing ("attacked the plan", "charged a man with murder") make no indirect quote, on our own sentences through the full pipeline.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import test from 'node:test';
import { createDefaultPipeline } from '../pipeline/index.js';
import { modelPath } from '../syntax/model-paths.js';

const missing = (['pos', 'lemma', 'parse'] as const).filter((m) => !existsSync(modelPath(m)));
const skip = missing.length ? `needs the ${missing.join(', ')} models` : false;

function indirect(text: string): string[] {
  const article = createDefaultPipeline().run({ id: 't', date: '2024-05-02', title: null, text, source: { format: 'text' } });
  return article.quotes.filter((q) => q.kind === 'indirect').map((q) => `${q.speakerMention?.text ?? '-'}: ${q.text}`);
}

test('a criticised or praised object is no quote, with or without adjuncts after it', { skip }, () => {
  for (const text of [
    'Union leader Rosa Mendes attacked the council\'s housing plan on Monday.',
    'The governor criticised the new tax rules in a radio interview.',
    'Senator Paulo Reis praised the rescue teams during a visit to the valley.',
    'Farm groups condemned the import quotas, calling them unfair.',
  ]) assert.deepEqual(indirect(text), [], text);
});

test('violence named by a framing verb is no quote', { skip }, () => {
  assert.deepEqual(indirect('Rebels attacked a police station near the river on Sunday.'), []);
  assert.deepEqual(indirect('Gunmen ambushed a bus and attacked its driver.'), []);
});

test('charging, reporting a loss and declaring a dividend report nothing; a clause after them does', { skip }, () => {
  assert.deepEqual(indirect('Police in Tours charged a 40-year-old driver with manslaughter.'), []);
  assert.deepEqual(indirect('Delta Mills reported a net loss of 4 million dollars for the year.'), []);
  assert.deepEqual(indirect('The bank declared a quarterly dividend of 12 cents a share.'), []);
  assert.deepEqual(indirect('The bill will allow farmers to sell their water rights.'), []);
  assert.deepEqual(indirect('The two ports signed an agreement on sharing cargo records in March.'), []);
  const clause = indirect('Defence lawyers charged that the police had hidden the evidence.');
  assert.equal(clause.length, 1);
  assert.match(clause[0]!, /^Defence lawyers: that the police had hidden the evidence$/);
});

test('the object of a naming verb is no quote when it is a bare pronoun; a clause after a framing verb still is', { skip }, () => {
  assert.deepEqual(indirect('The mayor visited the new bridge, calling it a triumph.').filter((q) => /triumph/.test(q)), []);
  const found = indirect('The minister questioned whether the rail link would ever be finished.');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /whether the rail link would ever be finished/);
});

test('an all-capitals headline has no cue but SAYS, SAID, TELLS or TOLD', { skip }, () => {
  assert.deepEqual(indirect('ORION FOODS FILES PLANS FOR OFFERING\n\nOrion Foods Inc expects higher sales.').filter((q) => /OFFERING/.test(q)), []);
});

test('a noun-phrase object of deny or reject is a refusal, no quote; a clause after them, or a claim noun with its clause, is', { skip }, () => {
  for (const text of [
    'The senator denied the charges through his lawyer.',
    'The mayor denies any wrongdoing.',
    'The governor rejected calls for a new inquiry into the fire.',
    'Ministers rejected the union\'s offer on Friday.',
  ]) assert.deepEqual(indirect(text), [], text);
  assert.deepEqual(indirect('The senator denied that he had taken bribes.'), ['The senator: that he had taken bribes']);
  assert.deepEqual(indirect('The minister denied he had misled parliament.'), ['The minister: he had misled parliament']);
  assert.deepEqual(indirect('The company denied reports that it was up for sale.'), ['The company: reports that it was up for sale']);
});

test('a clause without "that" or a gerund after deny is reported; a person denied a thing is not', { skip }, () => {
  assert.deepEqual(indirect('The minister denied his budget forecasts were too rosy.'), ['The minister: his budget forecasts were too rosy']);
  assert.deepEqual(indirect('The mayor denies having any role in the deal.'), ['The mayor: having any role in the deal']);
  assert.deepEqual(indirect('The club denied Silva a new contract.'), []);
  assert.deepEqual(indirect('The referee denied Lima the chance to equalise.'), []);
  assert.deepEqual(indirect('He denied Ana Ruiz, his press secretary, had leaked the memo.'), ['He: Ana Ruiz, his press secretary, had leaked the memo']);
  assert.deepEqual(indirect('The senator denied the charges, which were filed in May.'), []);
});
