// The default pipeline: the one ordered list of stages every command uses.
import { createPipeline, type Pipeline } from '../core/index.js';
import { createEntitiesStage } from '../entities/index.js';
import { createEventsStage } from '../events/index.js';
import { createQuotesStage } from '../quotes/index.js';
import { createParserStage, createTaggerStage } from '../syntax/stages.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { createTimesStage } from '../time/index.js';

/** Builds the default pipeline: structure, segmentation, tagging, parsing, entities, times, quotes, events. */
export function createDefaultPipeline(): Pipeline {
  return createPipeline([
    createStructureStage(),
    createSegmentStage(),
    createTaggerStage(),
    createParserStage(),
    createEntitiesStage(),
    createTimesStage(),
    createQuotesStage(),
    createEventsStage(),
  ]);
}
