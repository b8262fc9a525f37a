// Tests of parse-based reported content on hand-parsed short sentences.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createArticle, type Article } from '../core/index.js';
import { analyse } from './analysis.js';
import { parsedArticle as parsed } from './testing-parsed.js';
import { attributeByParse, parseCandidates } from './parse-cues.js';


function slice(article: Article, span: { start: number; end: number }): string {
  return article.text.slice(span.start, span.end);
}

// "Ruiz seems to favor the plan."
const SEEMS = parsed([
  ['Ruiz', 'PROPN', 'Ruiz', 1, 'nsubj'],
  ['seems', 'VERB', 'seem', -1, 'root'],
  ['to', 'PART', 'to', 3, 'mark'],
  ['favor', 'VERB', 'favor', 1, 'xcomp'],
  ['the', 'DET', 'the', 5, 'det'],
  ['plan', 'NOUN', 'plan', 3, 'obj'],
  ['.', 'PUNCT', '.', 1, 'punct'],
]);

test('a verb with a subject and an infinitive: the infinitive is the content, the subject the speaker', () => {
  const a = analyse(SEEMS);
  const seem = parseCandidates(a, []).find((c) => c.key === 'v:seem');
  assert.ok(seem, 'a candidate for "seems"');
  assert.equal(slice(SEEMS, seem.attribution), 'to favor the plan');
  assert.deepEqual(seem.attribution.speaker, { from: 0, to: 1 });
});

test('an infinitive verb takes the subject of the verb it hangs on', () => {
  const favor = parseCandidates(analyse(SEEMS), []).find((c) => c.key === 'v:favor');
  assert.ok(favor, 'a candidate for "favor"');
  assert.equal(slice(SEEMS, favor.attribution), 'the plan');
  assert.deepEqual(favor.attribution.speaker, { from: 0, to: 1 });
});

test('only cues of the learned lexicon are kept, and spans the rules took are left alone', () => {
  const a = analyse(SEEMS);
  const kept = attributeByParse(a, []).map((x) => slice(SEEMS, x));
  assert.ok(kept.includes('to favor the plan'), `kept ${JSON.stringify(kept)}`);
  const taken = attributeByParse(a, []);
  assert.deepEqual(attributeByParse(a, taken), []);
});

test('a noun with a possessor and a complement: "the council\'s decision to close the depot"', () => {
  const article = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['council', 'NOUN', 'council', 3, 'nmod:poss'],
    ["'s", 'PART', "'s", 1, 'case'],
    ['decision', 'NOUN', 'decision', 8, 'nsubj'],
    ['to', 'PART', 'to', 5, 'mark'],
    ['close', 'VERB', 'close', 3, 'acl'],
    ['the', 'DET', 'the', 7, 'det'],
    ['depot', 'NOUN', 'depot', 5, 'obj'],
    ['surprised', 'VERB', 'surprise', -1, 'root'],
    ['drivers', 'NOUN', 'driver', 8, 'obj'],
    ['.', 'PUNCT', '.', 8, 'punct'],
  ]);
  const c = parseCandidates(analyse(article), []).find((x) => x.key === 'n:decision');
  assert.ok(c, 'a candidate for "decision"');
  assert.equal(slice(article, c.attribution), 'to close the depot');
  assert.equal(slice(article, { start: article.tokens[c.attribution.speaker!.from]!.start, end: article.tokens[c.attribution.speaker!.to - 1]!.end }), 'The council');
});

test('a prepositional object after an intransitive cue: "spoke of the flood"', () => {
  const article = parsed([
    ['Berg', 'PROPN', 'Berg', 1, 'nsubj'],
    ['spoke', 'VERB', 'speak', -1, 'root'],
    ['movingly', 'ADV', 'movingly', 1, 'advmod'],
    ['of', 'ADP', 'of', 5, 'case'],
    ['the', 'DET', 'the', 5, 'det'],
    ['flood', 'NOUN', 'flood', 1, 'obl'],
    ['.', 'PUNCT', '.', 1, 'punct'],
  ]);
  const c = parseCandidates(analyse(article), []).find((x) => x.key === 'p:speak:of');
  assert.ok(c, 'a candidate keyed p:speak:of');
  assert.equal(slice(article, c.attribution), 'the flood');
});

test('no parse, no candidates', () => {
  const article = createArticle({ id: 't', date: null, title: null, text: 'Ruiz seems to favor the plan.', source: { format: 'text' } });
  assert.deepEqual(parseCandidates(analyse(article), []), []);
});

// "The audit, which found that costs doubled, was released."
const WHICH = parsed([
  ['The', 'DET', 'the', 1, 'det'],
  ['audit', 'NOUN', 'audit', 9, 'nsubj:pass'],
  [',', 'PUNCT', ',', 4, 'punct'],
  ['which', 'PRON', 'which', 4, 'nsubj'],
  ['found', 'VERB', 'find', 1, 'acl:relcl'],
  ['that', 'SCONJ', 'that', 7, 'mark'],
  ['costs', 'NOUN', 'cost', 7, 'nsubj'],
  ['doubled', 'VERB', 'double', 4, 'ccomp'],
  [',', 'PUNCT', ',', 4, 'punct'],
  ['was', 'AUX', 'be', 10, 'aux:pass'],
  ['released', 'VERB', 'release', -1, 'root'],
  ['.', 'PUNCT', '.', 10, 'punct'],
]);

test('a relative pronoun as the subject of a cue stands for the noun its clause modifies', () => {
  const a = analyse(WHICH);
  const found = parseCandidates(a, []).find((c) => c.key === 'v:find');
  assert.ok(found, 'a candidate for "found"');
  assert.equal(slice(WHICH, found.attribution), 'that costs doubled');
  const speaker = found.attribution.speaker;
  assert.ok(speaker);
  assert.equal(a.words.slice(speaker.from, speaker.to).map((w) => w.text).join(' '), 'The audit , which');
});

// "You see firms make deals."
const YOU = parsed([
  ['You', 'PRON', 'you', 1, 'nsubj'],
  ['see', 'VERB', 'see', -1, 'root'],
  ['firms', 'NOUN', 'firm', 3, 'nsubj'],
  ['make', 'VERB', 'make', 1, 'ccomp'],
  ['deals', 'NOUN', 'deal', 3, 'obj'],
  ['.', 'PUNCT', '.', 1, 'punct'],
]);

test('a generic "you" or a demonstrative subject names no source', () => {
  const found = parseCandidates(analyse(YOU), []);
  assert.deepEqual(found.filter((c) => c.key === 'v:see'), []);
  assert.ok(found.some((c) => c.key === 'v:make'), 'the clause below still has its own subject');
});

test('a predicate adjective with a clause: "Berg was sure the levy would pass"', () => {
  const article = parsed([
    ['Berg', 'PROPN', 'Berg', 2, 'nsubj'],
    ['was', 'AUX', 'be', 2, 'cop'],
    ['sure', 'ADJ', 'sure', -1, 'root'],
    ['the', 'DET', 'the', 4, 'det'],
    ['levy', 'NOUN', 'levy', 6, 'nsubj'],
    ['would', 'AUX', 'would', 6, 'aux'],
    ['pass', 'VERB', 'pass', 2, 'ccomp'],
    ['.', 'PUNCT', '.', 2, 'punct'],
  ]);
  const c = parseCandidates(analyse(article), []).find((x) => x.key === 'a:sure');
  assert.ok(c, 'a candidate keyed a:sure');
  assert.equal(slice(article, c.attribution), 'the levy would pass');
  assert.deepEqual(c.attribution.speaker, { from: 0, to: 1 });
});
