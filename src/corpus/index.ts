// Cross-article analysis: content hashes, MinHash near-duplicates, entity-linking rules, story weights, ingest items.
export { articleKey, bodyHash, bodyText, normaliseText } from './hash.js';
export { BANDS, ROWS, SHINGLE_WORDS, jaccard, lshBands, minhashSignature, shingleHashes, textBands } from './minhash.js';
export { addDays, countriesCompatible, daysBetween, displayAliases, entityAliases, isShortName, normaliseName, surnameOf } from './link.js';
export { sourceName } from './source.js';
export { storyWeight } from './stories.js';
export { ingestItem } from './item.js';
