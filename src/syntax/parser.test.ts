// Tests for the parser's run-time shortcuts (cached buffer scores, template subsets) against the plain greedy definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeModel, encodeModel, loadModel } from '../learn/index.js';
import { LEFT, ParseState, RIGHT, TRANSITIONS } from './arc-eager.js';
import { modelPath } from './model-paths.js';
import { loadParser, loadTagger } from './models.js';
import { ALL_TEMPLATES, Parser, bestLabel, finish, parseInput, transitionFeatures, type ParsedIds, type ParseInput } from './parser.js';
import { trainParser } from './parser-train.js';
import type { Scorer } from './tagger.js';
import { tinyTreebank } from './testing-treebank.js';
import { normaliseForm } from './word-features.js';

// Sentences we wrote, in the style of news copy.
const SENTENCES = [
  'The city council approved a new budget for the harbour on Tuesday , officials said .',
  'Shares of the shipping company fell 4 percent after it warned that profits would shrink .',
  'Police arrested two men who had tried to sell stolen paintings to a collector in Lyon .',
];

// The greedy parser spelled out: every legal move scored from the full feature list, no caching.
function plainGreedy(x: ParseInput, transitions: Scorer, labels: Scorer, rootLabel: number, fallbackLabel: number, templates = ALL_TEMPLATES): ParsedIds {
  const st = new ParseState(x.n);
  const feats = new Int32Array(128);
  const ts = new Float64Array(TRANSITIONS);
  const ls = new Float64Array(labels.classes);
  while (!st.done) {
    transitions.score(feats, transitionFeatures(x, st, feats, templates.transitions), ts);
    let t = -1;
    for (let c = 0; c < TRANSITIONS; c++) if (st.valid(c) && (t < 0 || (ts[c] as number) > (ts[t] as number))) t = c;
    let label = 0;
    if (t === LEFT && st.front === 0) label = rootLabel;
    else if (t === LEFT || t === RIGHT) label = bestLabel(x, st, t, labels, feats, ls, rootLabel, templates.labels);
    st.apply(t, label);
  }
  return finish(st, rootLabel, fallbackLabel);
}

test('the shipped parser without its shortcuts parses like the plain greedy definition (buffer scores cached per position)', () => {
  const tagger = loadTagger();
  const parser = loadParser().withShortcuts(null);
  const member = parser.members[0];
  assert.ok(member);
  const root = parser.labels.indexOf('root');
  const fallback = parser.labels.indexOf('parataxis');
  for (const s of SENTENCES) {
    const words = s.split(' ').map(normaliseForm);
    const tags = tagger.tagIds(words);
    const got = parser.parseTree(words, tags.xpos, tags.upos);
    const want = plainGreedy(parseInput(words, tags.xpos, tags.upos), member.transitions, member.labels, root, fallback, parser.templates);
    assert.deepStrictEqual([...got.heads], [...want.heads], s);
    assert.deepStrictEqual([...got.labels], [...want.labels], s);
  }
});

test('a parser trained on a subset of templates stores the subset and reloads to the same parses', () => {
  const rows = [
    'Prosecutors dropped the case .|2 0 4 2 2|nsubj root det obj punct|NNS VBD DT NN .|NOUN VERB DET NOUN PUNCT',
    'The judge approved the deal on Monday .|2 3 0 5 3 7 3 3|det nsubj root det obj case obl punct|DT NN VBD DT NN IN NNP .|DET NOUN VERB DET NOUN ADP PROPN PUNCT',
  ];
  const { train, tags } = tinyTreebank(rows);
  const templates = { transitions: ALL_TEMPLATES.transitions.filter((t) => t !== 5 && t !== 13), labels: ALL_TEMPLATES.labels.filter((t) => t !== 210) };
  const r = trainParser(train, { epochs: 2, seed: 3, explore: 0.9, trainTags: tags, dev: {}, templates });
  assert.deepStrictEqual(r.file.meta['templates'], templates);
  const reloaded = Parser.fromFile(decodeModel(encodeModel(r.file)));
  assert.deepStrictEqual(reloaded.templates, templates);
  const words = ['The', 'judge', 'dropped', 'the', 'case', '.'];
  const xt = [2, 3, 1, 2, 3, 4];
  const ut = [2, 0, 1, 2, 0, 3];
  assert.deepStrictEqual(reloaded.parse(words, xt, ut), r.parser.parse(words, xt, ut));
});

test('a model file with unknown template numbers is refused', () => {
  const file = loadModel(modelPath('parse'));
  assert.throws(() => Parser.fromFile({ ...file, meta: { ...file.meta, templates: { transitions: [1, 999], labels: [201] } } }), /templates/);
});
