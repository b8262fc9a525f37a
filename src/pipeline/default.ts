// The default pipeline: the one ordered list of stages every command uses.
import { createPipeline, type Pipeline } from '../core/index.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { createTimesStage } from '../time/index.js';

/** Builds the default pipeline (structure, segmentation, syntax, entities, times, quotes, events). */
export function createDefaultPipeline(): Pipeline {
  return createPipeline([
    createStructureStage(),
    createSegmentStage(),
    createTimesStage(),
  ]);
}
