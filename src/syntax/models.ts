// Loads the shipped tagger, lemmatiser and parser once per process (lazily, on first use).
import { loadModel } from '../learn/index.js';
import { Lemmatizer } from './lemmatizer.js';
import { modelPath } from './model-paths.js';
import { Parser } from './parser.js';
import { Tagger } from './tagger.js';

let tagger: Tagger | null = null;
let lemmatizer: Lemmatizer | null = null;
let parser: Parser | null = null;

/** The shipped tagger (models/pos.bin). */
export function loadTagger(): Tagger {
  tagger ??= Tagger.fromFile(loadModel(modelPath('pos')));
  return tagger;
}

/** The shipped lemmatiser (models/lemma.bin). */
export function loadLemmatizer(): Lemmatizer {
  lemmatizer ??= Lemmatizer.fromFile(loadModel(modelPath('lemma')));
  return lemmatizer;
}

/** The shipped parser (models/parse.bin). */
export function loadParser(): Parser {
  parser ??= Parser.fromFile(loadModel(modelPath('parse')));
  return parser;
}
