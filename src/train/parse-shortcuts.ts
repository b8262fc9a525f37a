// `npm run train -- parse-shortcuts [--in FILE] [--out FILE] [--flip-rate R] [--stages 24] [--dry-run]`: measures the parser's run-time
// shortcuts (staged transition scoring, tag-fixed labels) on the UD training sentences and stores them in the model file.
import { loadModel, saveModel } from '../learn/index.js';
import { modelPath } from '../syntax/model-paths.js';
import { Parser, parseInput } from '../syntax/parser.js';
import { buildShortcuts } from '../syntax/parser-shortcuts-build.js';
import { predictTags, scoreParser } from '../syntax/parser-train.js';
import { Tagger } from '../syntax/tagger.js';
import { normaliseForm } from '../syntax/word-features.js';
import { loadUdData, option } from './ud-data.js';

/** Builds the shortcuts of a parser model (default models/parse.bin, in place) from its decisions on the training sentences. */
export async function main(args: string[]): Promise<number> {
  const value = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const input = value('in') ?? modelPath('parse');
  const out = value('out') ?? input;
  const t0 = Date.now();
  const file = loadModel(input);
  const parser = Parser.fromFile(file).withShortcuts(null);
  const { train, dev } = loadUdData();
  // The tags the shipped tagger gives: what the parser sees at run time.
  const tagger = Tagger.fromFile(loadModel(modelPath('pos')));
  const tags = predictTags(tagger, train);
  const inputs = train.map((s, i) => parseInput(s.words.map((w) => normaliseForm(w.form)), tags[i]?.xpos ?? [], tags[i]?.upos ?? []));
  const stages = value('stages')?.split(',').map(Number);
  const shortcuts = buildShortcuts(parser, inputs, { flipRate: option(args, 'flip-rate', 1e-4), ...(stages ? { stages } : {}), log: (l) => console.log(l) });
  const meta = { ...file.meta, shortcuts };
  const built = Parser.fromFile({ ...file, meta });
  if (!built.shortcuts) throw new Error('the shortcuts just built do not load');
  // Development sets are only measured here, never used to choose anything.
  for (const [name, sents] of Object.entries(dev)) {
    const devTags = predictTags(tagger, sents);
    const a = scoreParser(parser, sents, devTags);
    const b = scoreParser(built, sents, devTags);
    const pct = (v: number): string => (100 * v).toFixed(2);
    console.log(`${name}: full scoring UAS ${pct(a.uas)} LAS ${pct(a.las)}; with shortcuts UAS ${pct(b.uas)} LAS ${pct(b.las)} (LAS with subtypes)`);
  }
  if (args.includes('--dry-run')) console.log('dry run: nothing written');
  else {
    saveModel(out, { ...file, meta });
    console.log(`shortcuts written to ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return 0;
}
