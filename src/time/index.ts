// The time layer: finding temporal expressions and resolving them to TimeML TIMEX3 values.
export { tagTimes, durationValue, type TagOptions } from './recognise.js';
export { createTimesStage } from './stage.js';
export { guessTense, type Tense } from './tense.js';
