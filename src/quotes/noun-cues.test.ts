// Tests of speech nouns with a "that" clause on hand-parsed short sentences: content, speaker, and what is left alone.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Article } from '../core/index.js';
import { analyse } from './analysis.js';
import { parsedArticle as parsed } from './testing-parsed.js';
import { attributeSpeechNouns } from './noun-cues.js';


function found(article: Article): Array<{ content: string; speaker: string | null }> {
  const a = analyse(article);
  return attributeSpeechNouns(a, []).map((at) => ({
    content: article.text.slice(at.start, at.end),
    speaker: at.speaker ? article.text.slice(a.words[at.speaker.from]!.start, a.words[at.speaker.to - 1]!.end) : null,
  }));
}

test('"reports that ...": the clause is the content, a name compounded with the noun the speaker', () => {
  const article = parsed([
    ['A', 'DET', 'a', 2, 'det'],
    ['Ledger', 'PROPN', 'Ledger', 2, 'compound'],
    ['report', 'NOUN', 'report', 8, 'nsubj'],
    ['that', 'SCONJ', 'that', 6, 'mark'],
    ['the', 'DET', 'the', 5, 'det'],
    ['mill', 'NOUN', 'mill', 6, 'nsubj'],
    ['closed', 'VERB', 'close', 2, 'acl'],
    ['early', 'ADV', 'early', 6, 'advmod'],
    ['spread', 'VERB', 'spread', -1, 'root'],
    ['.', 'PUNCT', '.', 8, 'punct'],
  ]);
  assert.deepEqual(found(article), [{ content: 'that the mill closed early', speaker: 'Ledger' }]);
});

test('a possessor is the speaker', () => {
  const possessed = parsed([
    ['His', 'PRON', 'his', 1, 'nmod:poss'],
    ['claim', 'NOUN', 'claim', 6, 'nsubj'],
    ['that', 'SCONJ', 'that', 5, 'mark'],
    ['the', 'DET', 'the', 4, 'det'],
    ['dam', 'NOUN', 'dam', 5, 'nsubj'],
    ['leaked', 'VERB', 'leak', 1, 'acl'],
    ['failed', 'VERB', 'fail', -1, 'root'],
    ['.', 'PUNCT', '.', 6, 'punct'],
  ]);
  assert.deepEqual(found(possessed), [{ content: 'that the dam leaked', speaker: 'His' }]);
});

test('a relative "that" or a noun that names no speech gives nothing', () => {
  const relative = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['report', 'NOUN', 'report', 5, 'nsubj'],
    ['that', 'PRON', 'that', 4, 'obj'],
    ['Ruiz', 'PROPN', 'Ruiz', 4, 'nsubj'],
    ['wrote', 'VERB', 'write', 1, 'acl:relcl'],
    ['leaked', 'VERB', 'leak', -1, 'root'],
    ['.', 'PUNCT', '.', 5, 'punct'],
  ]);
  assert.deepEqual(found(relative), []);
  const fact = parsed([
    ['The', 'DET', 'the', 1, 'det'],
    ['fact', 'NOUN', 'fact', 6, 'nsubj'],
    ['that', 'SCONJ', 'that', 5, 'mark'],
    ['the', 'DET', 'the', 4, 'det'],
    ['dam', 'NOUN', 'dam', 5, 'nsubj'],
    ['leaked', 'VERB', 'leak', 1, 'acl'],
    ['mattered', 'VERB', 'matter', -1, 'root'],
    ['.', 'PUNCT', '.', 6, 'punct'],
  ]);
  assert.deepEqual(found(fact), []);
});
