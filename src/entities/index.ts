// The entity layer: named-entity recognition, titles and roles, gazetteers, within-article clustering, and its stage.
export { createEntitiesStage, loadShippedNer, entityInput, type EntitiesStageOptions } from './stage.js';
export { NerModel, NER_MODEL_PATH, NER_CLUSTERS_PATH } from './ner-model.js';
export { loadGazetteer, createGazetteer, foldName, GAZETTEER_PATH, type Gazetteer, type GazetteerData, type PlaceHit, type Gender } from './gazetteer.js';
export { personGender, pronounGender, titleGender } from './gender.js';
export { knownOrganisation, knownGroupOf, type KnownOrganisation } from './organisations.js';
export { parseConll2003, toIob2, type NerDocument, type NerSentence } from './conll2003.js';
export { EntityScorer, spansFromIob, iobFromSpans, prf, type TagSpan } from './spans.js';
export { scoreDocuments } from './ner-score.js';
export { ROLE_SECTORS, sectorOfTitle, sectorOfOrg, type Sector } from './roles.js';
export { buildEntities, type RawSpan, type EntityInput } from './build-entities.js';
