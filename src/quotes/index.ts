// The quote layer's public surface: the stage, and the PolNeAR reader and scorer its evaluation uses.
export { createQuotesStage, findQuotes, type QuotesStageOptions } from './quotes-stage.js';
export { CUE_VERBS, cueVerbOf, type CueVerb } from './cues.js';
export { parsePolnear, holdsQuotationMark, codePointToUtf16, type GoldAttribution } from './polnear.js';
export { scoreArticle, summarise, matchOverlap, speakerMatches, type DetectionCounts } from './score.js';
