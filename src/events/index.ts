// The event layer's public surface: the stage, the ontology, the trigger lexicon and actor codes.
export { createEventsStage, type EventsStageOptions } from './stage.js';
export {
  PLOVER_TYPES,
  LEGACY_PLOVER_NAMES,
  cameoCode,
  cameoBaseCode,
  cameoRootCode,
  allCameoCodes,
  normalisePloverType,
  type CameoCode,
  type PloverTypeInfo,
  type QuadClass,
} from './ontology.js';
export { createTriggerLexicon, parseTriggerLine, type TriggerEntry, type TriggerLexicon } from './triggers.js';
export { TRIGGER_LINES } from './trigger-dictionary.js';
export { actorCode, actorCountry } from './actor-code.js';
export { groupHolds } from './groups.js';
export { titlePhraseCountries } from './actor-countries.js';
export { EVENTLESS_SENTENCES } from './eventless-sentences.js';
