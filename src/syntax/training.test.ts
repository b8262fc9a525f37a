// Tests for the trainers on a tiny treebank of our own: reproducible models, and the merged tagger table matching the pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeModel, unpackLinearModel } from '../learn/index.js';
import { readConllu } from './conllu.js';
import { trainParser } from './parser-train.js';
import { Tagger, sentenceContext, tagSentence } from './tagger.js';
import { trainTagger } from './tagger-train.js';

// Three short sentences we wrote, in CoNLL-U.
const CORPUS = [
  ['Prosecutors', 'prosecutor', 'NOUN', 'NNS', 2, 'nsubj'],
  ['dropped', 'drop', 'VERB', 'VBD', 0, 'root'],
  ['the', 'the', 'DET', 'DT', 4, 'det'],
  ['case', 'case', 'NOUN', 'NN', 2, 'obj'],
  ['.', '.', 'PUNCT', '.', 2, 'punct'],
  null,
  ['The', 'the', 'DET', 'DT', 2, 'det'],
  ['judge', 'judge', 'NOUN', 'NN', 3, 'nsubj'],
  ['approved', 'approve', 'VERB', 'VBD', 0, 'root'],
  ['the', 'the', 'DET', 'DT', 5, 'det'],
  ['deal', 'deal', 'NOUN', 'NN', 3, 'obj'],
  ['on', 'on', 'ADP', 'IN', 7, 'case'],
  ['Monday', 'Monday', 'PROPN', 'NNP', 3, 'obl'],
  ['.', '.', 'PUNCT', '.', 3, 'punct'],
  null,
  ['Officials', 'official', 'NOUN', 'NNS', 2, 'nsubj'],
  ['protested', 'protest', 'VERB', 'VBD', 0, 'root'],
  ['loudly', 'loudly', 'ADV', 'RB', 2, 'advmod'],
  ['.', '.', 'PUNCT', '.', 2, 'punct'],
  null,
];

function corpus(): ReturnType<typeof readConllu> {
  const lines: string[] = [];
  let id = 1;
  for (const w of CORPUS) {
    if (w === null) {
      lines.push('');
      id = 1;
      continue;
    }
    lines.push([id++, w[0], w[1], w[2], w[3], '_', w[4], w[5], '_', '_'].join('\t'));
  }
  return readConllu(lines.join('\n'));
}

test('tagger training is deterministic and the merged table tags like the two models', () => {
  const train = corpus();
  const a = trainTagger(train, { epochs: 3, seed: 5, dev: {} });
  const b = trainTagger(train, { epochs: 3, seed: 5, dev: {} });
  assert.deepStrictEqual(encodeModel(a.file), encodeModel(b.file));
  const tagger = Tagger.fromFile(a.file);
  const words = ['The', 'judge', 'dropped', 'the', 'case', '.'];
  const tags = tagger.tag(words);
  assert.deepStrictEqual(tags.xpos, ['DT', 'NN', 'VBD', 'DT', 'NN', '.']);
  // The trainer's separate models give the same tags as the shipped merged table.
  const x = new Int32Array(words.length);
  const u = new Int32Array(words.length);
  const joint = unpackLinearModel(a.file, 'joint');
  assert.equal(joint.classes, tagger.xposTags.length + tagger.uposTags.length);
  tagSentence(sentenceContext(words, tagger.lexicon), a.tagger.xposModel, a.tagger.uposModel, tagger.xposToUpos, x, u);
  assert.deepStrictEqual([...x].map((t) => tagger.xposTags[t]), tags.xpos);
  assert.deepStrictEqual([...u].map((t) => tagger.uposTags[t]), tags.upos);
});

test('parser training is deterministic for a fixed seed', () => {
  const train = corpus();
  const tags = train.map((s) => ({ xpos: s.words.map((w) => ['NNS', 'VBD', 'DT', 'NN', '.', 'IN', 'NNP', 'RB'].indexOf(w.xpos)), upos: s.words.map((w) => ['NOUN', 'VERB', 'DET', 'PUNCT', 'ADP', 'PROPN', 'ADV'].indexOf(w.upos)) }));
  const run = (): Uint8Array => encodeModel(trainParser(train, { epochs: 3, seed: 2, explore: 0.9, trainTags: tags, dev: {} }).file);
  assert.deepStrictEqual(run(), run());
});
