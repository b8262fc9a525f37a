// `npm run train -- pos [--epochs N] [--seed S] [--prune W] [--direct-upos SHARE]`: trains the tagger and the lemmatiser on UD EWT + GUM and saves them to models/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pruneModelFile, saveModel } from '../learn/index.js';
import { trainTagger } from '../syntax/tagger-train.js';
import { buildLemmatizer, scoreLemmatizer } from '../syntax/lemmatizer.js';
import { modelPath } from '../syntax/model-paths.js';
import { loadUdData, option } from './ud-data.js';

/** Trains and saves models/pos.bin and models/lemma.bin; prints per-epoch development figures. */
export async function main(args: string[]): Promise<number> {
  const epochs = option(args, 'epochs', 9);
  const seed = option(args, 'seed', 1);
  const t0 = Date.now();
  const { train, dev } = loadUdData();
  const directUpos = option(args, 'direct-upos', 2);
  const result = trainTagger(train, { epochs, seed, dev, directUpos, log: (l) => console.log(l) });
  const out = modelPath('pos');
  mkdirSync(path.dirname(out), { recursive: true });
  // Weights below this (in int16 units) cost a fifth of the file and under 0.02 points of accuracy (docs/models.md).
  const prune = option(args, 'prune', 200);
  saveModel(out, prune > 0 ? pruneModelFile(result.file, prune) : result.file);
  console.log(`best epoch ${result.bestEpoch}; saved ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const lemmatizer = buildLemmatizer(train);
  saveModel(modelPath('lemma'), lemmatizer.toFile());
  for (const [name, sents] of Object.entries(dev)) {
    const gold = scoreLemmatizer(lemmatizer, sents, null);
    const pred = scoreLemmatizer(lemmatizer, sents, result.tagger);
    console.log(`${name} lemma accuracy: ${(100 * gold).toFixed(2)} with gold XPOS, ${(100 * pred).toFixed(2)} with predicted XPOS`);
  }
  console.log(`saved ${modelPath('lemma')}`);
  return 0;
}
