// The statistical core shared by Dateline's trained models (tagger, parser, NER).
//
// API (stable):
// - Hashing: `hashString(s)` / `hashSlice(s, start, end)` give a 32-bit hash of a string, computed once per token;
//   `feat1..feat4(template, ...values)` combine a small template number with hashes or small integers into a feature id
//   (a signed 32-bit integer) without building strings. Put the ids of one decision in an Int32Array and pass (array, n).
// - Training: `new AveragedPerceptron(classes)`; per instance call `score(ids, n, scores)`, then
//   `update(ids, n, truth, guess)` (or `updateClass(ids, n, cls, delta)`), then `tick()`. Rows are allocated only for
//   features that were ever updated; averaging is lazy (per-row time stamps).
// - `perceptron.compact({ precision: 'int16' | 'float32', prune })` returns the averaged weights as a `LinearModel`:
//   sparse rows (feature id -> class ids + weights), int16 with one scale per model by default.
// - Run time: `linearModel.score(ids, n, scores)` / `predict(ids, n, scores, allowed?)`; scores are in weight units
//   (multiply by `linearModel.scale` for real values). `linearModel.prune(minAbs)` drops small weights to shrink a model;
//   `mergeLinearModels(a, b)` makes one table scoring a's classes then b's (one look-up for features both use).
//   `linearModel.touch(ids, from, to)` reads the table slots of ids that will be scored soon (a whole sentence's), so
//   that their cache misses overlap; it never changes a score.
// - Files: `saveModel(path, { kind, meta, sections })` / `loadModel(path)` (format: "DLMF", version, JSON header,
//   8-byte-aligned typed-array sections read as views, no per-weight parsing). `packLinearModel(model, prefix, sections)`
//   returns the metadata to put at `meta[prefix]`; `unpackLinearModel(file, prefix)` rebuilds it;
//   `pruneModelFile(file, minAbs)` prunes every linear model packed in a file.
// - Reproducibility: `createRng(seed)` and `shuffle(items, rng)`.
export {
  adoptModelArrays,
  modelArray,
  recordModelArrays,
  recordedModelArrays,
  resetModelArrays,
  type ShareableArray,
  type ShareableArrayConstructor,
  type SharedModelArrays,
} from './shared-arrays.js';
export { hashString, hashSlice, feat1, feat2, feat3, feat4 } from './hash.js';
export { createRng, shuffle, type Rng } from './rng.js';
export { IdTable } from './id-table.js';
export { AveragedPerceptron, type CompactOptions } from './perceptron.js';
export { LinearModel, argmax, mergeLinearModels, slotCapacity, homeSlot, type LinearModelData, type ClassArray, type WeightArray } from './linear-model.js';
export {
  MODEL_MAGIC,
  MODEL_FORMAT_VERSION,
  encodeModel,
  decodeModel,
  saveModel,
  loadModel,
  packLinearModel,
  unpackLinearModel,
  pruneModelFile,
  type ModelFile,
  type Section,
} from './model-file.js';
