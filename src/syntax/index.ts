// The syntax layer: part-of-speech tagger, lemmatiser and dependency parser, their pipeline stages and trainers.
export { createTaggerStage, createParserStage } from './stages.js';
export { loadTagger, loadLemmatizer, loadParser } from './models.js';
export { MODELS_DIR, MODEL_FILES, modelPath } from './model-paths.js';
export { Tagger, type TaggedWords, type Scorer } from './tagger.js';
export { Lemmatizer, buildLemmatizer, scoreLemmatizer } from './lemmatizer.js';
export { Parser, type ParsedWords, type ParsedIds, type ParserMember, type ParseDirection } from './parser.js';
export { readConllu, type UdSentence, type UdWord } from './conllu.js';
export { sentenceTokenRanges } from './sentence-groups.js';
export { normaliseForm } from './word-features.js';
export { trainTagger, scoreTagger, type TaggerTrainOptions, type TagScores } from './tagger-train.js';
export { trainParser, trainRelabeller, jackknifeTags, predictTags, scoreParser, type ParserTrainOptions, type AttachmentScores, type SentenceTags } from './parser-train.js';
