// Tests of the events evaluation (gold readers, scoring), a floor on the PLOVER gold, and the reference article end to end.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DatelineError, type Article, type ArticleEvent, type Pipeline } from '../core/index.js';
import { plainTextReader } from '../readers/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { evaluationPipeline, inventedEvents, readCameoExamples, readPloverGold, scoreTypes, tripleMatch, DEFAULT_PLOVER_GOLD } from './events.js';
import { EVENTLESS_SENTENCES } from '../events/index.js';

test('PLOVER gold records are read with their older type names mapped', () => {
  const gold = readPloverGold(
    JSON.stringify([
      { id: 'doc', event: 'DOCUMENT', eventText: 'notes' },
      { id: 'a', date: '2001-02-03', event: 'DEMAND', text: 'Ruritania demanded talks.', source: [{ actorText: 'Ruritania' }], target: '' },
      { id: 'b', event: 'FIGHT', text: 'Rebels shelled the town.', source: [{ actorText: 'Rebels', code: 'REBxx' }], target: [{ actorText: 'town' }] },
    ]),
    'gold.json',
  );
  assert.deepEqual(gold.map((g) => [g.id, g.type, g.actorText, g.recipientText, g.actorCodes]), [
    ['a', 'REQUEST', ['Ruritania'], [], []],
    ['b', 'ASSAULT', ['Rebels'], ['town'], ['REB']],
  ]);
  assert.throws(() => readPloverGold('{', 'bad.json'), /expected a JSON array/);
});

test('CAMEO examples are read from the codebook CSV, usage notes dropped', () => {
  const csv = '"code","name","example"\n"173","Arrest","Police held a man.  Note: this is coded 173."\n"010","Statement",NA\n';
  assert.deepEqual(readCameoExamples(csv).map((g) => [g.cameo, g.text]), [['173', 'Police held a man.']]);
});

test('type scores: per-type precision, recall and F1 and their macro average', () => {
  const s = scoreTypes([
    { gold: 'COERCE', predicted: 'COERCE' },
    { gold: 'COERCE', predicted: null },
    { gold: 'ASSAULT', predicted: 'COERCE' },
  ]);
  assert.deepEqual(s.perType.map((t) => [t.type, t.gold, t.predicted, t.correct]), [['COERCE', 2, 2, 1], ['ASSAULT', 1, 0, 0]]);
  assert.equal(s.macroF1, 0.25);
  assert.equal(Math.round(s.accuracy * 1000), 333);
});

/** The full pipeline, or null (the test then skips) while another layer's model is missing or being retrained. */
async function fullPipeline(t: TestContext): Promise<Pipeline | null> {
  try {
    const pipeline = await evaluationPipeline({ strict: true });
    pipeline.run({ id: 'probe', date: null, title: null, text: 'Peru arrested a man.', source: { format: 'test' } });
    return pipeline;
  } catch (e) {
    if (e instanceof DatelineError && e.code === 'MODEL') {
      t.skip(`another layer is not ready: ${e.message}`);
      return null;
    }
    throw e;
  }
}

test('floor: macro-F1 over PLOVER types on the PLOVER gold records', { skip: needShared(DEFAULT_PLOVER_GOLD) }, async (t) => {
  const gold = readPloverGold(readFileSync(sharedPath(DEFAULT_PLOVER_GOLD), 'utf8'), DEFAULT_PLOVER_GOLD);
  const pipeline = await fullPipeline(t);
  if (!pipeline) return;
  const pairs = gold.map((g) => {
    const events = pipeline.run({ id: g.id, date: g.date, title: null, text: g.text, source: { format: 'test' } }).events.filter((e) => !e.negated);
    const top = events.reduce<ArticleEvent | null>((b, e) => (!b || e.confidence > b.confidence ? e : b), null);
    return { gold: g.type, predicted: top?.type ?? null };
  });
  const { macroF1 } = scoreTypes(pairs);
  // 0.831 on the development records (2026-11-28, seventh session); the issue's target is 0.60.
  assert.ok(macroF1 >= 0.8, `macro-F1 ${macroF1.toFixed(3)} is below the 0.80 floor`);
});

test('floor: type + actor country + recipient country on one event for the PLOVER gold records', { skip: needShared(DEFAULT_PLOVER_GOLD) }, async (t) => {
  const gold = readPloverGold(readFileSync(sharedPath(DEFAULT_PLOVER_GOLD), 'utf8'), DEFAULT_PLOVER_GOLD).filter((g) => g.type && g.actorCodes.length);
  const pipeline = await fullPipeline(t);
  if (!pipeline) return;
  const hits = gold.filter((g) => {
    const article = pipeline.run({ id: g.id, date: g.date, title: null, text: g.text, source: { format: 'test' } });
    return tripleMatch(article, article.events.filter((e) => !e.negated), g);
  }).length;
  // 62.9% on the development records (2026-11-28, seventh session; 58.6% before the gold's legacy country codes JAP,
  // ITL and VTN were read as JPN, ITA and VNM); the floor leaves room for the other layers' retraining.
  assert.ok(hits / gold.length >= 0.56, `triple ${(100 * hits / gold.length).toFixed(1)}% is below the 56% floor`);
});

test('floor: our eventless news sentences yield (almost) no events', async (t) => {
  const pipeline = await fullPipeline(t);
  if (!pipeline) return;
  const invented = inventedEvents(pipeline);
  assert.ok(EVENTLESS_SENTENCES.length >= 25);
  // None of 36 on 2026-11-27; at most 3 (the issue's held-out bound is 2 of 12).
  assert.ok(invented.length <= 3, `events invented on ${invented.length} sentences: ${invented.map((x) => `${x.events.map((e) => e.trigger.text).join('+')} in "${x.text}"`).join('; ')}`);
});

const SEED = 'examples/seed-ap-2020-11-19.txt';

test('reference article: the legal and diplomatic events', { skip: needShared(SEED) }, async (t) => {
  const [result] = [...plainTextReader.read({ path: sharedPath(SEED), bytes: readFileSync(sharedPath(SEED)) }, { date: null, maxArticleBytes: 5 << 20 })];
  assert.ok(result?.ok);
  const pipeline = await fullPipeline(t);
  if (!pipeline) return;
  const article: Article = pipeline.run(result.article);
  const named = (id: string) => article.entities.find((e) => e.id === id)?.name ?? '';
  const names = (ids: readonly string[]) => ids.map(named).join(' + ');
  const find = (pred: (e: ArticleEvent) => boolean, what: string) => {
    const e = article.events.find(pred);
    assert.ok(e, `no event for ${what}; events: ${article.events.map((x) => `${x.type}:${x.trigger.text}`).join(', ')}`);
    return e;
  };
  const arrest = find((e) => e.type === 'COERCE' && e.mode === 'arrest' && e.date === '2020-10-15' && /Cienfuegos/.test(names(e.recipient)), 'the arrest on 2020-10-15');
  assert.match(named(arrest.place ?? ''), /Los Angeles/);
  const indictment = find((e) => /indict/.test(e.trigger.text) && e.date === '2019', 'the 2019 indictment');
  assert.match(named(indictment.place ?? ''), /New York/);
  find((e) => e.type === 'CONCEDE' && e.date === '2020-11-18' && /dropped/.test(e.trigger.text), 'the charges dropped on 2020-11-18');
  const threat = find((e) => e.type === 'THREATEN' && !e.negated && /Mexico/.test(names(e.actor)), 'Mexico threatening');
  assert.match(names(threat.recipient), /U\.S\.|United States/);
  assert.equal(threat.mode, 'relations');
  const evidence = find((e) => e.type === 'COOPERATE' && /provided/.test(e.trigger.text), 'the evidence provided');
  assert.match(names(evidence.actor), /Justice Department/);
  assert.match(names(evidence.recipient), /Mexico/);
  const garciaLuna = find((e) => e.type === 'COERCE' && /Garcia Luna/.test(names(e.recipient)), 'Garcia Luna\'s arrest');
  assert.deepEqual([garciaLuna.date, named(garciaLuna.place ?? '')], ['2019', 'Texas']);
  // The one returned is the recipient; the country he is returned to is the place.
  find((e) => e.type === 'RETREAT' && e.mode === 'release' && /Cienfuegos/.test(names(e.recipient)) && /Mexico/.test(named(e.place ?? '')), 'the return to Mexico');
  const denial = find((e) => e.type === 'THREATEN' && e.negated, '"did not threaten"');
  assert.match(names(denial.actor), /Ebrard/);
});
