// Tests of the entity layer on the reference article (read from ../shared at test time).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { createPipeline, type Entity } from '../core/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { createEntitiesStage } from './stage.js';

const SEED = 'examples/seed-ap-2020-11-19.txt';

test('the reference article: one entity per person, titles apart, places and organisations typed', { skip: needShared(SEED) }, () => {
  const raw = readFileSync(sharedPath(SEED), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) ([\s\S]*)$/.exec(raw);
  assert.ok(m, 'the file starts with "date YYYY-MM-DD"');
  const pipeline = createPipeline([createStructureStage(), createSegmentStage(), createEntitiesStage()]);
  const article = pipeline.run({ id: 'seed', date: m[1] ?? null, title: null, text: m[2] ?? '', source: { format: 'text' } });
  const persons = article.entities.filter((e) => e.type === 'PERSON');
  const find = (name: string): Entity[] => persons.filter((e) => e.name === name);
  const people = [
    'Salvador Cienfuegos Zepeda', 'William Barr', 'Bill Robles', 'Seth DuCharme', 'Marcelo Ebrard', 'Christopher Landau',
    'Andres Manuel Lopez Obrador', 'Enrique Pena Nieto', 'Genaro Garcia Luna', 'Carol Bagley Amon', 'Edward Sapone',
    'Alejandro Gertz Manero',
  ];
  for (const name of people) assert.equal(find(name).length, 1, `exactly one PERSON "${name}"`);
  // Surnames attach to their person; no other person holds them.
  for (const [full, surname] of [['Salvador Cienfuegos Zepeda', 'Cienfuegos'], ['William Barr', 'Barr'], ['Marcelo Ebrard', 'Ebrard'], ['Carol Bagley Amon', 'Amon']] as const) {
    const e = find(full)[0];
    assert.ok(e?.mentions.some((x) => x.kind === 'name' && x.text === surname), `${full} has the mention "${surname}"`);
    assert.ok(!persons.some((p) => p.name === surname), `no separate person "${surname}"`);
  }
  const titles = (name: string): readonly string[] => find(name)[0]?.titles ?? [];
  assert.ok(titles('William Barr').includes('Attorney General'));
  assert.ok(titles('Seth DuCharme').includes('acting U.S. Attorney in Brooklyn'));
  assert.ok(titles('Carol Bagley Amon').includes('Judge'));
  assert.ok(titles('Salvador Cienfuegos Zepeda').includes('Gen.'));
  assert.ok(titles('Edward Sapone').includes('defense attorney'));
  assert.equal(find('Marcelo Ebrard')[0]?.country, 'MEX');
  assert.equal(find('Christopher Landau')[0]?.country, 'USA');
  assert.equal(find('Seth DuCharme')[0]?.country, 'USA');
  assert.equal(find('Alejandro Gertz Manero')[0]?.country, 'MEX');
  assert.equal(find('Salvador Cienfuegos Zepeda')[0]?.country, 'MEX');
  assert.equal(find('Carol Bagley Amon')[0]?.sector, 'JUD');
  // No title word becomes (or starts) a person.
  const titleWord = /^(Gen\.|General|Judge|President|Ambassador|Attorney|Secretary|Mr\.|Dr\.|Sen\.)\b/;
  for (const p of persons) assert.ok(!titleWord.test(p.name), `"${p.name}" is not a title`);
  const typeOf = (name: string): string[] => article.entities.filter((e) => e.name === name || e.mentions.some((x) => x.kind === 'name' && x.text === name)).map((e) => e.type);
  for (const org of ['Justice Department', 'H-2 cartel', 'U.S. marshals', 'AP']) assert.ok(typeOf(org).includes('ORG'), `${org} is an ORG (got ${typeOf(org).join(',')})`);
  for (const place of ['Los Angeles', 'New York', 'Brooklyn', 'Mexico', 'United States', 'Texas']) {
    assert.ok(typeOf(place).some((t) => t === 'GPE' || t === 'LOC'), `${place} is a place (got ${typeOf(place).join(',')})`);
  }
});
