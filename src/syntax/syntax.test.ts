// Tests for the tagger, lemmatiser and parser: shipped models on sentences of our own, the transition system, and dev-set floors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createArticle, type Article, type Token } from '../core/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { DEFAULT_READ_OPTIONS } from '../readers/reader.js';
import { plainTextReader } from '../readers/plain-text.js';
import { createSegmentStage, createStructureStage, splitSentences, tokenize } from '../text/index.js';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITIONS, projectivise, transitionCosts } from './arc-eager.js';
import { readConllu } from './conllu.js';
import { loadLemmatizer, loadParser, loadTagger } from './models.js';
import { createParserStage, createTaggerStage } from './stages.js';
import { scoreParser, predictTags } from './parser-train.js';
import { scoreTagger } from './tagger-train.js';
import { buildLemmatizer, scoreLemmatizer } from './lemmatizer.js';
import { sentenceTokenRanges } from './sentence-groups.js';
import { wordShape, normaliseForm } from './word-features.js';

/** Tokenises, tags and parses a text of our own with the shipped models, as the pipeline would. */
function analyse(text: string): Article {
  const tokens = tokenize(text);
  let article = createArticle({ id: 't', date: null, title: null, text, source: { format: 'text' }, tokens, sentences: splitSentences(text, tokens) });
  for (const stage of [createTaggerStage(), createParserStage()]) article = { ...article, ...stage.run(article, { referenceDate: null, options: {} }) };
  return article;
}

function find(a: Article, surface: string, from = 0): number {
  const i = a.tokens.findIndex((t, k) => k >= from && a.text.slice(t.start, t.end) === surface);
  assert.ok(i >= 0, `token "${surface}" not found`);
  return i;
}

function tok(a: Article, i: number): Token {
  return a.tokens[i] as Token;
}

test('word shapes and form normalisation', () => {
  assert.equal(wordShape('Peru-2020'), 'Xxx-dd');
  assert.equal(wordShape('McDonald'), 'XxXxx');
  assert.equal(normaliseForm('\u201cdon\u2019t\u201d \u2014'), '"don\'t" --');
});

test('the CoNLL-U reader keeps syntactic words and skips ranges and empty nodes', () => {
  const text = [
    '# sent_id = x1',
    '# text = They won\'t go.',
    '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
    '2-3\twon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
    '2\two\twill\tAUX\tMD\t_\t4\taux\t_\t_',
    '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
    '3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_',
    '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
    '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
    '',
  ].join('\n');
  const [s] = readConllu(text);
  assert.equal(s?.id, 'x1');
  assert.deepStrictEqual(s?.words.map((w) => w.form), ['They', 'wo', "n't", 'go', '.']);
  assert.equal(s?.words[3]?.spaceAfter, false);
  assert.throws(() => readConllu('1\tbad line\n'), /expected 10 tab-separated columns/);
});

test('projectivisation lifts crossing arcs and leaves projective trees alone', () => {
  assert.deepStrictEqual(projectivise([2, 0, 2]), [2, 0, 2]);
  // Word 1 hangs from 3 across 2, whose head (4) lies outside the arc: lifted to 3's head.
  const lifted = projectivise([3, 4, 4, 0]);
  assert.deepStrictEqual(lifted, [4, 4, 4, 0]);
});

test('following zero-cost transitions rebuilds a projective gold tree', () => {
  // "Prosecutors dropped the case on Monday ." with heads (1-based).
  const gold = Int32Array.from([0, 2, 0, 4, 2, 6, 2, 2]);
  const st = new ParseState(7);
  const costs = new Int32Array(TRANSITIONS);
  while (!st.done) {
    transitionCosts(st, gold, costs);
    const t = [LEFT, RIGHT, REDUCE, SHIFT].find((c) => costs[c] === 0);
    assert.ok(t !== undefined, 'some transition must be free');
    st.apply(t, 0);
  }
  assert.deepStrictEqual([...st.head].slice(1), [...gold].slice(1));
});

test('lemmas from rules and the exception lexicon', () => {
  const lem = loadLemmatizer();
  const cases: [string, string, string][] = [
    ['dropped', 'VBD', 'drop'],
    ['indicted', 'VBN', 'indict'],
    ['charges', 'NNS', 'charge'],
    ['was', 'VBD', 'be'],
    ['men', 'NNS', 'man'],
    ['said', 'VBD', 'say'],
    ['Prosecutors', 'NNS', 'prosecutor'],
    ['denied', 'VBD', 'deny'],
    ['hoping', 'VBG', 'hope'],
    ['Peruvian', 'JJ', 'peruvian'],
    ['Lopez', 'NNP', 'Lopez'],
  ];
  for (const [form, xpos, lemma] of cases) assert.equal(lem.lemmatize(form, xpos), lemma, `${form}/${xpos}`);
});

test('a lemmatiser built from a tiny treebank learns its irregular forms', () => {
  const s = readConllu(['1\tgeese\tgoose\tNOUN\tNNS\t_\t2\tnsubj\t_\t_', '2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_', ''].join('\n'));
  const lem = buildLemmatizer(s);
  assert.equal(lem.lemmatize('geese', 'NNS'), 'goose');
  assert.equal(lem.lemmatize('flew', 'VBD'), 'fly');
  assert.equal(lem.lemmatize('cats', 'NNS'), 'cat');
  assert.equal(scoreLemmatizer(lem, s, null), 1);
});

test('the shipped tagger and parser analyse a sentence of our own', () => {
  const a = analyse('Federal prosecutors dropped a fraud case against a retired Peruvian admiral on Monday.');
  const dropped = find(a, 'dropped');
  const prosecutors = find(a, 'prosecutors');
  const kase = find(a, 'case');
  assert.equal(tok(a, dropped).upos, 'VERB');
  assert.equal(tok(a, dropped).xpos, 'VBD');
  assert.equal(tok(a, dropped).lemma, 'drop');
  assert.equal(tok(a, prosecutors).lemma, 'prosecutor');
  assert.equal(tok(a, dropped).head, -1);
  assert.equal(tok(a, dropped).deprel, 'root');
  assert.equal(tok(a, prosecutors).head, dropped);
  assert.equal(tok(a, prosecutors).deprel, 'nsubj');
  assert.equal(tok(a, kase).head, dropped);
  assert.equal(tok(a, kase).deprel, 'obj');
  // Every token gets a head inside its sentence and exactly one root.
  assert.equal(a.tokens.filter((t) => t.head === -1).length, 1);
});

test('an apposition attaches to the name it renames', () => {
  const a = analyse('Maria Lopez, the acting district attorney in Queens, told the court that the charges would stand.');
  const maria = find(a, 'Maria');
  const attorney = find(a, 'attorney');
  // UD heads a multi-word name by its first word (Lopez is `flat` under Maria), so the apposition hangs from Maria.
  assert.equal(tok(a, find(a, 'Lopez')).head, maria);
  assert.equal(tok(a, attorney).head, maria);
  assert.equal(tok(a, attorney).deprel, 'appos');
  assert.equal(tok(a, find(a, 'told')).deprel, 'root');
  assert.equal(tok(a, maria).head, find(a, 'told'));
  assert.equal(tok(a, maria).deprel, 'nsubj');
});

test('a dateline is parsed apart and attached to the root of the sentence it opens', () => {
  const text = 'BERLIN -- Federal prosecutors charged two men on Monday with smuggling weapons across the border.';
  const tokens = tokenize(text);
  let a = createArticle({ id: 't', date: null, title: null, text, source: { format: 'text' }, tokens, sentences: splitSentences(text, tokens) });
  for (const stage of [createStructureStage(), createTaggerStage(), createParserStage()]) a = { ...a, ...stage.run(a, { referenceDate: null, options: {} }) };
  assert.equal(a.dateline?.place, 'BERLIN');
  const charged = find(a, 'charged');
  assert.deepEqual(a.tokens.flatMap((t, i) => (t.head === -1 ? [i] : [])), [charged]);
  assert.equal(tok(a, find(a, 'prosecutors')).head, charged);
  assert.equal(tok(a, find(a, 'prosecutors')).deprel, 'nsubj');
  assert.equal(tok(a, find(a, 'BERLIN')).head, charged);
  assert.equal(tok(a, find(a, 'BERLIN')).deprel, 'parataxis');
  assert.equal(tok(a, find(a, '--')).head, find(a, 'BERLIN'));
});

test('each sentence is parsed on its own and heads index the whole token array', () => {
  const a = analyse('The bank raised rates. Markets fell sharply on Tuesday.');
  const ranges = sentenceTokenRanges(a.tokens, a.sentences);
  assert.equal(ranges.length, 2);
  for (const [from, to] of ranges) {
    const roots = a.tokens.slice(from, to).filter((t) => t.head === -1);
    assert.equal(roots.length, 1);
    for (const t of a.tokens.slice(from, to)) if (t.head !== -1) assert.ok((t.head ?? -2) >= from && (t.head ?? -2) < to);
  }
  assert.equal(tok(a, find(a, 'fell')).head, -1);
  assert.equal(tok(a, find(a, 'Markets')).head, find(a, 'fell'));
});

const SEED = 'examples/seed-ap-2020-11-19.txt';
const seedSkip = existsSync(sharedPath(SEED)) ? false : 'needs ../shared/examples';

/** The reference article as the pipeline sees it up to the parser: read as a text file, its structure (caption, dateline) found. */
function seedArticle(): Article {
  const file = sharedPath(SEED);
  const [read] = [...plainTextReader.read({ path: file, bytes: readFileSync(file) }, DEFAULT_READ_OPTIONS)];
  assert.ok(read?.ok);
  let a = createArticle(read.article);
  for (const stage of [createStructureStage(), createSegmentStage(), createTaggerStage(), createParserStage()]) a = { ...a, ...stage.run(a, { referenceDate: a.date, options: {} }) };
  return a;
}

function seedDropped(a: Article): number {
  const i = a.tokens.findIndex((t, k) => a.text.slice(t.start, t.end) === 'dropped' && k > 0 && a.text.slice(tok(a, k - 1).start, tok(a, k - 1).end) === 'formally');
  assert.ok(i > 0);
  return i;
}

// The dateline "NEW YORK --" is parsed apart from the sentence it opens (parsed with it, "YORK" became the subject).
test('the reference article: "dropped" heads its clause with "prosecutors" as subject', { skip: seedSkip }, () => {
  const a = seedArticle();
  const dropped = seedDropped(a);
  const prosecutors = find(a, 'prosecutors', dropped - 6);
  assert.equal(tok(a, dropped).head, -1);
  assert.equal(tok(a, prosecutors).head, dropped);
  assert.equal(tok(a, prosecutors).deprel, 'nsubj');
});

// Both fail today through tagger errors: "money laundering case" tags "laundering" as a verb (VBG), and "the acting U.S.
// Attorney" tags "acting" as a noun, which the parser then takes for the apposition's head.
test('the reference article: "case" is the object and "Attorney" an apposition of the name', { skip: seedSkip, todo: 'tagger errors on "laundering" and "acting"' }, () => {
  const a = seedArticle();
  const dropped = seedDropped(a);
  const kase = find(a, 'case', dropped);
  assert.equal(tok(a, kase).head, dropped);
  assert.equal(tok(a, kase).deprel, 'obj');
  const duCharme = find(a, 'DuCharme');
  const seth = duCharme - 1;
  const attorney = find(a, 'Attorney', duCharme);
  // UD heads the name "Seth DuCharme" by its first word; either word counts as the name here.
  assert.ok(tok(a, attorney).head === duCharme || tok(a, attorney).head === seth);
  assert.equal(tok(a, attorney).deprel, 'appos');
});

const DEV = ['data/ud/en_ewt-dev.conllu', 'data/ud/en_gum-dev.conllu'];

test('development-set floors of the shipped models', { skip: needShared(...DEV) }, () => {
  const tagger = loadTagger();
  const parser = loadParser();
  const floors: Record<string, { upos: number; uas: number; las: number }> = {
    // Measured (fifth session, with the run-time shortcuts): EWT UPOS 95.49, UAS 85.99, LAS (with subtypes) 82.13; GUM 96.81, 85.13, 81.42.
    'en_ewt-dev': { upos: 0.952, uas: 0.855, las: 0.815 },
    'en_gum-dev': { upos: 0.965, uas: 0.846, las: 0.81 },
  };
  for (const file of DEV) {
    const name = file.slice(8, -7);
    const gold = readConllu(readFileSync(sharedPath(file), 'utf8'), file);
    const tags = scoreTagger(tagger, gold);
    const tree = scoreParser(parser, gold, predictTags(tagger, gold));
    const floor = floors[name] as { upos: number; uas: number; las: number };
    assert.ok(tags.upos >= floor.upos, `${name} UPOS ${tags.upos}`);
    assert.ok(tree.uas >= floor.uas, `${name} UAS ${tree.uas}`);
    assert.ok(tree.las >= floor.las, `${name} LAS ${tree.las}`);
  }
});
