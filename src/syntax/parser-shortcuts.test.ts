// Tests for the parser's shortcuts: staged transition scoring with early stops, tag-fixed labels, their file format and builder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdTable, decodeModel, encodeModel, loadModel } from '../learn/index.js';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITIONS } from './arc-eager.js';
import { modelPath } from './model-paths.js';
import { loadParser, loadTagger } from './models.js';
import { ALL_TEMPLATES, Parser, bestLabel, fillStackFeatures, parseInput, planTemplates, stagedMove, transitionFeatures } from './parser.js';
import { buildShortcuts } from './parser-shortcuts-build.js';
import { labelShortcutKeys, readShortcuts, shortcutLabel, type ParserShortcuts } from './parser-shortcuts.js';
import { trainParser } from './parser-train.js';
import type { Scorer } from './tagger.js';
import { TINY_XPOS, tinyTreebank } from './testing-treebank.js';
import { normaliseForm } from './word-features.js';

// Sentences we wrote, in the style of news copy.
const SENTENCES = [
  'The regional bank said on Friday that it would close twelve branches , citing lower demand .',
  'A spokeswoman for the ministry declined to comment on the report .',
  'Exports of copper rose sharply in March , the statistics office said .',
  'The union , which represents nurses , called a strike for next week .',
];

// A parser's shortcuts with every stack template in one stage after a first stage of `first` templates.
function twoStages(parser: Parser, first: number, margin: number, labels: ParserShortcuts | null = null): ParserShortcuts {
  const stack = Array.from(planTemplates(parser.templates).stack);
  const stages = [stack.slice(0, first), stack.slice(first)];
  const mask = (s: number[]): Uint8Array => {
    const on = new Uint8Array(89);
    for (const t of s) on[t] = 1;
    return on;
  };
  return {
    stages: stages.map((s) => Int32Array.from(s)),
    stageOn: stages.map(mask),
    margins: Float64Array.of(margin),
    labelTable: labels?.labelTable ?? new IdTable(),
    labelOf: labels?.labelOf ?? new Int32Array(0),
  };
}

function tagged(words: string[]): { xpos: Int32Array; upos: Int32Array } {
  return loadTagger().tagIds(words);
}

test('staged scoring that never stops early parses exactly like the full scoring', () => {
  const parser = loadParser().withShortcuts(null);
  const staged = parser.withShortcuts(twoStages(parser, 12, Number.MAX_VALUE));
  for (const s of SENTENCES) {
    const words = s.split(' ').map(normaliseForm);
    const t = tagged(words);
    assert.deepStrictEqual(staged.parseIds(words, t.xpos, t.upos), parser.parseIds(words, t.xpos, t.upos), s);
  }
});

test('an early stop takes the best legal move of the partial sums and only when it leads by the margin', () => {
  const x = parseInput(['Rates', 'rose', 'again', '.'], [0, 1, 2, 3], [0, 1, 2, 3]);
  const st = new ParseState(x.n);
  st.apply(SHIFT, 0);
  // Which template each stack feature id of this configuration belongs to.
  const all = new Int32Array(89);
  fillStackFeatures(x, st, all);
  const templateOf = new Map<number, number>();
  for (const t of planTemplates(ALL_TEMPLATES).stack) templateOf.set(all[t] as number, t);
  // Template 1 favours SHIFT by 10, every other template RIGHT by 1.
  const scorer: Scorer = {
    classes: TRANSITIONS,
    score(features, n, scores) {
      scores.fill(0, 0, TRANSITIONS);
      for (let f = 0; f < n; f++) {
        if (templateOf.get(features[f] as number) === 1) scores[SHIFT]! += 10;
        else scores[RIGHT]! += 1;
      }
    },
  };
  const stages = [[1], [2, 3, 13, 18, 19, 22, 24, 27, 28, 30, 33, 35, 36, 37, 38, 39, 40]];
  const sc: ParserShortcuts = {
    stages: stages.map((s) => Int32Array.from(s)),
    stageOn: stages.map((s) => {
      const on = new Uint8Array(89);
      for (const t of s) on[t] = 1;
      return on;
    }),
    margins: Float64Array.of(10),
    labelTable: new IdTable(),
    labelOf: new Int32Array(0),
  };
  const row = new Int32Array(89);
  const feats = new Int32Array(128);
  const ts = new Float64Array(TRANSITIONS);
  const buffer = new Float64Array(TRANSITIONS);
  // Stage 1 leads by exactly the margin: SHIFT stands although the full sums (10 against 17) favour RIGHT.
  assert.equal(stagedMove(sc, x, st, row, scorer, feats, ts, buffer, 0, true, false, true, true), SHIFT);
  // Just below the margin, the second stage is scored and RIGHT wins.
  const strict: ParserShortcuts = { ...sc, margins: Float64Array.of(10.5) };
  assert.equal(stagedMove(strict, x, st, row, scorer, feats, ts, buffer, 0, true, false, true, true), RIGHT);
  // Illegal moves never win, however high their sums; ties go to the lowest transition id.
  assert.equal(stagedMove(sc, x, st, row, scorer, feats, ts, buffer, 0, false, true, true, false), REDUCE);
});

test('on our sentences the shipped parser gives the same trees and labels with and without its shortcuts', () => {
  const full = loadParser().withShortcuts(null);
  const fast = loadParser();
  for (const s of SENTENCES) {
    const words = s.split(' ').map(normaliseForm);
    const t = tagged(words);
    // Run-time shortcuts were chosen to agree with the full scoring; on our sentences they do on every arc and label.
    assert.deepStrictEqual(fast.parseIds(words, t.xpos, t.upos), full.parseIds(words, t.xpos, t.upos), s);
  }
});

test('every label the shipped shortcuts fix on our sentences is the label model\'s own choice', () => {
  const parser = loadParser();
  const sc = parser.shortcuts;
  const member = parser.members[0];
  assert.ok(member);
  if (!sc) return assert.equal(loadModel(modelPath('parse')).meta['shortcuts'], undefined, 'a model file with shortcuts must load them');
  const root = parser.labels.indexOf('root');
  const plan = planTemplates(parser.templates);
  const feats = new Int32Array(128);
  const ts = new Float64Array(TRANSITIONS);
  const ls = new Float64Array(member.labels.classes);
  let fixed = 0;
  for (const s of SENTENCES) {
    const words = s.split(' ').map(normaliseForm);
    const t = tagged(words);
    const x = parseInput(words, t.xpos, t.upos);
    // The plain greedy parse, asking both paths for the label of each arc it adds.
    const st = new ParseState(x.n);
    while (!st.done) {
      member.transitions.score(feats, transitionFeatures(x, st, feats, parser.templates.transitions), ts);
      let move = -1;
      for (let c = 0; c < TRANSITIONS; c++) if (st.valid(c) && (move < 0 || (ts[c] as number) > (ts[move] as number))) move = c;
      let label = 0;
      if (move === LEFT && st.front === 0) label = root;
      else if (move === LEFT || move === RIGHT) {
        label = bestLabel(x, st, move, member.labels, feats, ls, root, plan.labels);
        const dep = move === LEFT ? st.s0 : st.front;
        const head = move === LEFT ? st.front : st.s0;
        const cheap = shortcutLabel(sc, move, x.p[dep] as number, x.p[head] as number, x.w[dep] as number);
        if (cheap >= 0) {
          fixed++;
          assert.equal(parser.labels[cheap], parser.labels[label], `${s}: ${words[dep - 1]} <- ${words[head - 1]}`);
        }
      }
      st.apply(move, label);
    }
  }
  assert.ok(fixed > 0, 'the shortcuts fix some labels of ordinary sentences (determiners, punctuation)');
});

test('files without shortcuts, or with shortcuts of another model, parse in full; malformed shortcuts are refused', () => {
  const file = loadModel(modelPath('parse'));
  const plain = Object.fromEntries(Object.entries(file.meta).filter(([k]) => k !== 'shortcuts'));
  assert.equal(Parser.fromFile({ ...file, meta: plain }).shortcuts, null);
  const stored = file.meta['shortcuts'] as Record<string, unknown> | undefined;
  if (!stored) return;
  const other = { ...stored, rows: { transitions: 1, arcLabels: 1 } };
  assert.equal(Parser.fromFile({ ...file, meta: { ...file.meta, shortcuts: other } }).shortcuts, null);
  const broken = { ...stored, transitionStages: [[1, 2, 3]] };
  assert.throws(() => Parser.fromFile({ ...file, meta: { ...file.meta, shortcuts: broken } }), /shortcuts/);
  assert.throws(() => readShortcuts({ ...stored, transitionMargins: [-1] }, planTemplates(Parser.fromFile(file).templates).stack, stored['rows'] as { transitions: number; arcLabels: number }, 51), /margin/);
});

test('shortcuts built from a small trained parser load back and keep its parses on its training sentences', () => {
  const rows = [
    'Prosecutors dropped the case .|2 0 4 2 2|nsubj root det obj punct|NNS VBD DT NN .|NOUN VERB DET NOUN PUNCT',
    'The judge approved the deal on Monday .|2 3 0 5 3 7 3 3|det nsubj root det obj case obl punct|DT NN VBD DT NN IN NNP .|DET NOUN VERB DET NOUN ADP PROPN PUNCT',
    'The mayor signed the order .|2 3 0 5 3 3|det nsubj root det obj punct|DT NN VBD DT NN .|DET NOUN VERB DET NOUN PUNCT',
  ];
  const { train, tags } = tinyTreebank(rows);
  const r = trainParser(train, { epochs: 3, seed: 5, explore: 0.9, trainTags: tags, dev: {}, templates: ALL_TEMPLATES });
  const inputs = train.map((s, i) => parseInput(s.words.map((w) => normaliseForm(w.form)), tags[i]?.xpos ?? [], tags[i]?.upos ?? []));
  // Repeated sentences give the label keys enough arcs to count.
  const many = Array.from({ length: 40 }, () => inputs).flat();
  const meta = buildShortcuts(r.parser, many, { stages: [8, 8], labelMinCount: 20 });
  const stack = Array.from(planTemplates(ALL_TEMPLATES).stack).sort((a, b) => a - b);
  assert.deepStrictEqual(meta.transitionStages.flat().sort((a, b) => a - b), stack);
  assert.equal(meta.transitionStages.length, 3);
  assert.ok(meta.transitionMargins.every((m) => m > 0));
  // Every word of these sentences is fixed by (move, tag): "the" (det), "." (punct) at least.
  assert.ok(meta.labelKeys.length > 0);
  const file = { ...r.file, meta: { ...r.file.meta, shortcuts: meta } };
  const fast = Parser.fromFile(decodeModel(encodeModel(file)));
  assert.ok(fast.shortcuts);
  train.forEach((s, i) => {
    const words = s.words.map((w) => w.form);
    const t = tags[i] as { xpos: number[]; upos: number[] };
    assert.deepStrictEqual(fast.parseIds(words, t.xpos, t.upos), r.parser.parseIds(words, t.xpos, t.upos));
  });
  // The det key of "the" before its noun names the det label.
  const keys = new Int32Array(3);
  labelShortcutKeys(LEFT, 2 + TINY_XPOS.indexOf('DT'), 2 + TINY_XPOS.indexOf('NN'), parseInput(['the'], [0], [0]).w[1] as number, keys);
  const det = r.parser.labels.indexOf('det');
  const found = [...keys].map((k) => meta.labelKeys.indexOf(k)).find((i) => i >= 0);
  assert.ok(found !== undefined && meta.labelValues[found] === det);
  // The staged path reads the stack features the full path reads.
  const x = inputs[0];
  assert.ok(x);
  const a = new Int32Array(89);
  const b = new Int32Array(89);
  const st = new ParseState(x.n);
  st.apply(SHIFT, 0);
  fillStackFeatures(x, st, a);
  for (const on of fast.shortcuts.stageOn) fillStackFeatures(x, st, b, on);
  for (const t of stack) assert.equal(b[t], a[t]);
});
