// Tests of every layer on the reference article (read from ../shared at test time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../io/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { articleProblems } from '../testing/validate-article.js';
import { toJson } from '../writers/index.js';
import { createDefaultPipeline } from './default.js';
import type { Article } from '../core/index.js';

const SEED = 'examples/seed-ap-2020-11-19.txt';

async function analyseSeed(): Promise<Article> {
  for await (const { result } of readInputs([sharedPath(SEED)], { date: null, maxArticleBytes: 5e6 })) {
    if (!result.ok) throw result.error;
    return createDefaultPipeline().run(result.article);
  }
  throw new Error('no article read');
}

test('the reference article: date, dateline, caption, schema', { skip: needShared(SEED) }, async () => {
  const a = await analyseSeed();
  assert.equal(a.date, '2020-11-19');
  assert.equal(a.dateline?.place, 'NEW YORK');
  assert.equal(a.text.slice(a.dateline?.start, a.dateline?.end), 'NEW YORK');
  const first = a.paragraphs[0];
  assert.equal(first?.role, 'caption');
  assert.match(a.text.slice(first?.start, first?.end), /^FILE - .*\(Bill Robles via AP, File\)$/s);
  assert.ok(a.paragraphs.slice(1).every((p) => p.role === 'body'));
  assert.deepEqual(articleProblems(toJson(a, { tokens: true })), []);
});

test('the reference article: sentence boundaries around abbreviations and quotes', { skip: needShared(SEED) }, async () => {
  const a = await analyseSeed();
  const ends = new Set(a.sentences.map((s) => s.end));
  const starts = new Set(a.sentences.map((s) => s.start));
  const at = (needle: string, from = 0): number => {
    const i = a.text.indexOf(needle, from);
    assert.ok(i >= 0, `"${needle}" is in the article`);
    return i;
  };
  // No break after "Gen.", "Oct." or "U.S." inside a name, a date or a title.
  for (const needle of ['Gen. Salvador', 'Oct. 16, 2020', 'Nov. 17, 2020', 'U.S. Attorney in Brooklyn', 'Gen. Cienfuegos returns']) {
    const i = at(needle);
    const dot = a.text.indexOf('.', i) + 1;
    assert.ok(!ends.has(dot), `no sentence ends inside "${needle}"`);
  }
  // A quote closing a sentence ends it after the mark; the attribution after a comma-quote stays in the sentence.
  const quoteEnd = at('do this."') + 'do this."'.length;
  assert.ok(ends.has(quoteEnd), 'a sentence ends after the closing quote of "... do this."');
  assert.ok(starts.has(at('"You cannot have close')), 'a new sentence starts at the quote that follows');
  const told = at('told the judge at a hearing.') + 'told the judge at a hearing.'.length;
  const s = a.sentences.find((x) => x.end === told);
  assert.ok(s, 'the DuCharme quote sentence ends after its attribution');
  assert.equal(a.text.slice(s.start, s.start + 26), '"The United States determi');
  assert.ok(ends.has(at('worried him."') + 'worried him."'.length));
  // Every sentence lies inside one paragraph.
  for (const x of a.sentences) assert.ok(a.paragraphs.some((p) => p.start <= x.start && x.end <= p.end));
});
