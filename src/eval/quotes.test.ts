// Tests of the quote layer on shared data: the reference article's quotes and speakers, and a floor on the PolNeAR dev split.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { summarise } from '../quotes/score.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { DEFAULT_QUOTES_DIR, evalPipeline, evaluateSplit } from './quotes.js';

const SEED = 'examples/seed-ap-2020-11-19.txt';

test('the reference article: every direct and indirect quote with its speaker', { skip: needShared(SEED) }, (t) => {
  const raw = readFileSync(sharedPath(SEED), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) ([\s\S]*)$/.exec(raw);
  assert.ok(m, 'the file starts with "date YYYY-MM-DD"');
  const article = evalPipeline().run({ id: 'seed', date: m[1] ?? null, title: null, text: m[2] ?? '', source: { format: 'text' } });
  // Speakers are entity ids: without the entity layer only the speaker phrases can be right.
  if (article.entities.length === 0) t.todo('needs the entity layer (no entities stage, or its model failed to load)');
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const check = (kind: 'quoted' | 'indirect', snippet: string, speaker: string): void => {
    const hits = article.quotes.filter((q) => (kind === 'indirect' ? q.kind === 'indirect' : q.kind !== 'indirect') && q.text.includes(snippet));
    assert.ok(hits.length > 0, `a ${kind} quote holding ${JSON.stringify(snippet)}`);
    const said = hits.map((q) => (q.speaker ? names.get(q.speaker) ?? q.speaker : `(${q.speakerMention?.text ?? 'none'})`));
    assert.ok(said.some((n) => n.includes(speaker)), `${JSON.stringify(snippet)} said by ${speaker}, got ${said.join(', ')}`);
  };
  const direct: Array<[string, string]> = [
    ['The United States determined', 'DuCharme'],
    ['It is in your hands', 'Ebrard'],
    ['You cannot have close cooperation', 'Ebrard'],
    ['I imagine it worried him.', 'Ebrard'],
    ['Gen. Cienfuegos returns to Mexico as a free man', 'Ebrard'],
    ['This does not signify impunity', 'Lopez Obrador'],
    ['expeditiously in the custody of the U.S. marshals', 'Amon'],
    ['I have no reason to doubt', 'Amon'],
    ['of the strong law enforcement partnership', 'Barr'],
  ];
  for (const [snippet, speaker] of direct) check('quoted', snippet, speaker);
  const indirect: Array<[string, string]> = [
    ['the decision to drop the charges was made by', 'DuCharme'],
    ['the U.S. had to choose', 'Ebrard'],
    ["attorney general's office would decide", 'Lopez Obrador'],
    ['Cienfuegos to be returned', 'Sapone'],
    ['the Justice Department would drop its case', 'Barr'],
    ['it has provided Mexico with evidence', 'Justice Department'],
  ];
  for (const [snippet, speaker] of indirect) check('indirect', snippet, speaker);
});

test('PolNeAR dev: floors under the measured figures', { skip: needShared(DEFAULT_QUOTES_DIR) }, () => {
  const dir = sharedPath(DEFAULT_QUOTES_DIR);
  const pipeline = evalPipeline();
  const r = evaluateSplit({ name: 'dev', dir }, pipeline);
  const direct = summarise(r.direct);
  const indirect = summarise(r.indirect);
  assert.equal(r.articles, 84);
  // Measured (seventh session): 95.4 / 92.4 / 75.9 with tagger, parser and entities (73.4 in the sixth); 94.8 / 88.5 /
  // 66.1 with none of them. The parse and entity layers carry the speaker and indirect figures, so the floors depend on
  // whether they ran.
  const layered = ['tagger', 'parser', 'entities'].every((name) => pipeline.stages.some((st) => st.name === name));
  const floor = layered ? { f1: 94.5, speaker: 91, indirect: 75 } : { f1: 93.5, speaker: 86, indirect: 65.5 };
  assert.ok(direct.f1 >= floor.f1, `direct F1 ${direct.f1.toFixed(1)} >= ${floor.f1}`);
  assert.ok(direct.speaker >= floor.speaker, `direct speaker accuracy ${direct.speaker.toFixed(1)} >= ${floor.speaker}`);
  assert.ok(indirect.f1 >= floor.indirect, `indirect F1 ${indirect.f1.toFixed(1)} >= ${floor.indirect}`);
});
