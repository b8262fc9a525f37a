// Story clustering weights: which entity types say two articles tell the same story.
import type { EntityType } from '../core/index.js';

const WEIGHTS: Record<EntityType, number> = { PERSON: 1, ORG: 1, FAC: 1, EVENT: 1, MISC: 0.5, GPE: 0, LOC: 0, NORP: 0 };

/** How much sharing an entity of this type counts toward two articles being one story; places and groups count nothing. */
export function storyWeight(type: EntityType): number {
  return WEIGHTS[type];
}
