// Tests of passive cues on hand-parsed short sentences: content, agent as speaker, and what is left alone.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Article } from '../core/index.js';
import { analyse } from './analysis.js';
import { parsedArticle as parsed } from './testing-parsed.js';
import { attributeAsked, attributePassive } from './passive-cues.js';


function found(article: Article, finder = attributePassive): Array<{ content: string; speaker: string | null }> {
  const a = analyse(article);
  return finder(a, []).map((at) => ({
    content: article.text.slice(at.start, at.end),
    speaker: at.speaker ? article.text.slice(a.words[at.speaker.from]!.start, a.words[at.speaker.to - 1]!.end) : null,
  }));
}

test('"is expected to": the subject and the infinitive are the content, no one is named', () => {
  const article = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['ferry', 'NOUN', 'ferry', 3, 'nsubj:pass'],
    ['is', 'AUX', 'be', 3, 'aux:pass'],
    ['expected', 'VERB', 'expect', -1, 'root'],
    ['to', 'PART', 'to', 5, 'mark'],
    ['resume', 'VERB', 'resume', 3, 'xcomp'],
    ['service', 'NOUN', 'service', 5, 'obj'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ]);
  assert.deepEqual(found(article), [{ content: 'The ferry is expected to resume service', speaker: null }]);
});

test('a "by" agent alone: the subject is the content, the agent without its "by" the speaker', () => {
  const article = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['levy', 'NOUN', 'levy', 3, 'nsubj:pass'],
    ['was', 'AUX', 'be', 3, 'aux:pass'],
    ['denounced', 'VERB', 'denounce', -1, 'root'],
    ['by', 'ADP', 'by', 6, 'case'],
    ['the', 'DET', 'the', 6, 'det'],
    ['growers', 'NOUN', 'grower', 3, 'obl:agent'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ]);
  assert.deepEqual(found(article), [{ content: 'The levy', speaker: 'the growers' }]);
});

test('a passive verb of doing, a relative pronoun subject, and an active cue give nothing', () => {
  const doing = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['dam', 'NOUN', 'dam', 3, 'nsubj:pass'],
    ['was', 'AUX', 'be', 3, 'aux:pass'],
    ['finished', 'VERB', 'finish', -1, 'root'],
    ['in', 'ADP', 'in', 5, 'case'],
    ['May', 'PROPN', 'May', 3, 'obl'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ]);
  assert.deepEqual(found(doing), []);
  const relative = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['levy', 'NOUN', 'levy', 7, 'nsubj'],
    [',', 'PUNCT', ',', 3, 'punct'],
    ['which', 'PRON', 'which', 5, 'nsubj:pass'],
    ['was', 'AUX', 'be', 5, 'aux:pass'],
    ['expected', 'VERB', 'expect', 1, 'acl:relcl'],
    [',', 'PUNCT', ',', 5, 'punct'],
    ['passed', 'VERB', 'pass', -1, 'root'],
    ['.', 'PUNCT', '.', 7, 'punct'],
  ]);
  assert.deepEqual(found(relative), []);
  const active = parsed([
    ['Growers', 'NOUN', 'grower', 1, 'nsubj'],
    ['expect', 'VERB', 'expect', -1, 'root'],
    ['rain', 'NOUN', 'rain', 1, 'obj'],
    ['.', 'PUNCT', '.', 1, 'punct'],
  ]);
  assert.deepEqual(found(active), []);
});

test('"Asked whether ...": the question is the content; "asked by reporters" names who asked', () => {
  const article = parsed([
    ['Asked', 'VERB', 'ask', 8, 'advcl'],
    ['on', 'ADP', 'on', 2, 'case'],
    ['Friday', 'PROPN', 'Friday', 0, 'obl'],
    ['whether', 'SCONJ', 'whether', 5, 'mark'],
    ['she', 'PRON', 'she', 5, 'nsubj'],
    ['ran', 'VERB', 'run', 0, 'ccomp'],
    [',', 'PUNCT', ',', 0, 'punct'],
    ['Ruiz', 'PROPN', 'Ruiz', 8, 'nsubj'],
    ['said', 'VERB', 'say', -1, 'root'],
    ['no', 'INTJ', 'no', 8, 'ccomp'],
    ['.', 'PUNCT', '.', 8, 'punct'],
  ]);
  assert.deepEqual(found(article, attributeAsked), [{ content: 'whether she ran', speaker: null }]);
  const byReporters = parsed([
    ['When', 'ADV', 'when', 1, 'advmod'],
    ['asked', 'VERB', 'ask', 8, 'advcl'],
    ['by', 'ADP', 'by', 3, 'case'],
    ['reporters', 'NOUN', 'reporter', 1, 'obl:agent'],
    ['about', 'ADP', 'about', 6, 'case'],
    ['the', 'DET', 'the', 6, 'det'],
    ['strike', 'NOUN', 'strike', 1, 'obl'],
    [',', 'PUNCT', ',', 1, 'punct'],
    ['Berg', 'PROPN', 'Berg', 9, 'nsubj'],
    ['left', 'VERB', 'leave', -1, 'root'],
    ['.', 'PUNCT', '.', 9, 'punct'],
  ]);
  assert.deepEqual(found(byReporters, attributeAsked), [{ content: 'the strike', speaker: 'reporters' }]);
  // A finite "asked" with its own subject is the rules' business, not this finder's.
  const finite = parsed([
    ['Ruiz', 'PROPN', 'Ruiz', 1, 'nsubj'],
    ['asked', 'VERB', 'ask', -1, 'root'],
    ['whether', 'SCONJ', 'whether', 4, 'mark'],
    ['she', 'PRON', 'she', 4, 'nsubj'],
    ['ran', 'VERB', 'run', 1, 'ccomp'],
    ['.', 'PUNCT', '.', 1, 'punct'],
  ]);
  assert.deepEqual(found(finite, attributeAsked), []);
});

test('a perceiving verb reports something only with a predicate: "is seen as", not "were seen leaving"', () => {
  const predicate = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['mayor', 'NOUN', 'mayor', 3, 'nsubj:pass'],
    ['is', 'AUX', 'be', 3, 'aux:pass'],
    ['seen', 'VERB', 'see', -1, 'root'],
    ['as', 'ADP', 'as', 6, 'case'],
    ['a', 'DET', 'a', 6, 'det'],
    ['favorite', 'NOUN', 'favorite', 3, 'obl'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ]);
  assert.deepEqual(found(predicate), [{ content: 'The mayor is seen as a favorite', speaker: null }]);
  const perception = parsed([
    ['Two', 'NUM', 'two', 1, 'nummod'],
    ['men', 'NOUN', 'man', 3, 'nsubj:pass'],
    ['were', 'AUX', 'be', 3, 'aux:pass'],
    ['seen', 'VERB', 'see', -1, 'root'],
    ['leaving', 'VERB', 'leave', 3, 'xcomp'],
    ['the', 'DET', 'the', 6, 'det'],
    ['bank', 'NOUN', 'bank', 4, 'obj'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ]);
  assert.deepEqual(found(perception), []);
});
