// Tests for the news check: its fixture is well formed, and the shipped tagger keeps its accuracy on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTagger } from './models.js';
import { NEWS_CHECK, parseTagged, scoreNewsCheck } from './news-check.js';

// Penn tags as the UD English treebanks spell them (the tagger's XPOS set).
const PENN = new Set(
  '$ `` \'\' , -LRB- -RRB- . : CC CD DT EX FW HYPH IN JJ JJR JJS LS MD NFP NN NNP NNPS NNS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB'.split(' '),
);

test('the news check parses and uses only Penn tags', () => {
  assert.ok(NEWS_CHECK.length >= 40);
  for (const line of NEWS_CHECK) {
    const s = parseTagged(line);
    assert.equal(s.words.length, s.xpos.length);
    for (const t of s.xpos) assert.ok(PENN.has(t), `${t} in "${line}"`);
  }
  assert.deepStrictEqual(parseTagged('1/2/CD ./.'), { words: ['1/2', '.'], xpos: ['CD', '.'] });
  assert.throws(() => parseTagged('word'), /expected word\/TAG/);
});

test('the shipped tagger stays above its floor on the news check', () => {
  const r = scoreNewsCheck(loadTagger());
  // Measured 96.17 with the shipped tagger (UD EWT + GUM + CoNLL-2003 news; 95.10 without the news; docs/models.md).
  assert.ok(r.accuracy >= 0.955, `news check XPOS ${(100 * r.accuracy).toFixed(2)}: ${r.errors.join(' ')}`);
});
