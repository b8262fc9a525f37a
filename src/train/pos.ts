// `npm run train -- pos [--epochs N] [--seed S] [--prune W] [--direct-upos SHARE] [--out FILE] [--lemma-out FILE] [--news FILE ...]`: trains the tagger and the lemmatiser on UD EWT + GUM (and optionally CoNLL-2003 news).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pruneModelFile, saveModel } from '../learn/index.js';
import { trainTagger } from '../syntax/tagger-train.js';
import { buildLemmatizer, scoreLemmatizer } from '../syntax/lemmatizer.js';
import { modelPath } from '../syntax/model-paths.js';
import { buildUposLexicon } from '../syntax/ptb-upos.js';
import { sharedPath } from '../testing/shared-data.js';
import { readConllPos } from './conll-pos.js';
import { loadUdData, option } from './ud-data.js';

function textOption(args: readonly string[], name: string): string | null {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return null;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} expects a value`);
  return v;
}

/**
 * Trains and saves the tagger (models/pos.bin, or `--out FILE`) and the lemmatiser (models/lemma.bin when no `--out` is
 * given, else only to `--lemma-out FILE`); prints per-epoch development figures. `--news FILE` (or `--news conll2003` for
 * ../shared's CoNLL-2003 train file, the default; `--news none` for the treebanks alone) adds news sentences with
 * automatic Penn tags, weighted by `--news-weight W` (default 0.7), in the ambiguity classes unless `--news-lexicon 0`,
 * for the UPOS model only with `--news-upos 1`, in the first `--news-epochs N` epochs (default all).
 */
export async function main(args: string[]): Promise<number> {
  const epochs = option(args, 'epochs', 9);
  const seed = option(args, 'seed', 1);
  const t0 = Date.now();
  const { train, dev } = loadUdData();
  const directUpos = option(args, 'direct-upos', 2);
  // The shipped tagger's recipe is the default: CoNLL-2003 news at weight 0.7 for the XPOS model (`--news none` leaves it out).
  let newsFile: string | null = textOption(args, 'news') ?? 'conll2003';
  if (newsFile === 'none') newsFile = null;
  else if (newsFile === 'conll2003') newsFile = sharedPath('data/ner/conll2003-train.txt');
  const extra = newsFile
    ? readConllPos(newsFile, buildUposLexicon(train), { minLowerShare: option(args, 'news-min-lower', 0.3), minWords: option(args, 'news-min-words', 4) })
    : [];
  if (newsFile) console.log(`news: ${extra.length} sentences, ${extra.reduce((n, s) => n + s.words.length, 0)} words from ${newsFile}`);
  const result = trainTagger(train, {
    epochs,
    seed,
    dev,
    directUpos,
    extra,
    extraWeight: option(args, 'news-weight', 0.7),
    extraInLexicon: option(args, 'news-lexicon', 1) !== 0,
    extraUpos: option(args, 'news-upos', 0) !== 0,
    extraEpochs: option(args, 'news-epochs', Infinity),
    log: (l) => console.log(l),
  });
  const outArg = textOption(args, 'out');
  const out = outArg ?? modelPath('pos');
  mkdirSync(path.dirname(out), { recursive: true });
  // Weights below this (in int16 units) cost a fifth of the file and under 0.02 points of accuracy (docs/models.md).
  const prune = option(args, 'prune', 200);
  saveModel(out, prune > 0 ? pruneModelFile(result.file, prune) : result.file);
  console.log(`best epoch ${result.bestEpoch}; saved ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const lemmaOut = textOption(args, 'lemma-out') ?? (outArg === null ? modelPath('lemma') : null);
  const lemmatizer = buildLemmatizer(train);
  for (const [name, sents] of Object.entries(dev)) {
    const gold = scoreLemmatizer(lemmatizer, sents, null);
    const pred = scoreLemmatizer(lemmatizer, sents, result.tagger);
    console.log(`${name} lemma accuracy: ${(100 * gold).toFixed(2)} with gold XPOS, ${(100 * pred).toFixed(2)} with predicted XPOS`);
  }
  if (lemmaOut) {
    saveModel(lemmaOut, lemmatizer.toFile());
    console.log(`saved ${lemmaOut}`);
  } else console.log('lemmatiser not saved (--out given without --lemma-out)');
  return 0;
}
