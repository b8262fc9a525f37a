// The text layer: tokeniser, sentence splitter and the stage that runs them.
export { tokenize, normalizeSurface } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { createSegmentStage } from './segment-stage.js';
export { createStructureStage } from './structure.js';
