// Input walking: command-line paths to articles; the reader registry is re-exported for callers that pick formats.
export { readInputs } from './inputs.js';
export type { InputResult, ReadInputsOptions } from './inputs.js';
export { walkFiles } from './walk.js';
export { READERS, readerFor, detectReader } from '../readers/index.js';
