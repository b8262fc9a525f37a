// An event's unnamed party ("Turkish police") as the corpus keeps it: the phrase, its sector, and a country named inside it.
import type { Article, EventGroup } from '../core/index.js';
import { groupHolds } from '../events/index.js';
import type { CorpusEventGroup } from '../store/types.js';

/**
 * The corpus form of a report's group, its country taken from a party named inside the phrase ("Turkish" -> TUR), else
 * from the place the phrase puts it in ("Demonstrators in Baghdad" -> IRQ); null without a group.
 */
export function corpusEventGroup(article: Article, partyIds: readonly string[], group: EventGroup | undefined): CorpusEventGroup | null {
  if (!group) return null;
  let country: string | null = null;
  for (const id of partyIds) {
    const entity = article.entities.find((e) => e.id === id);
    if (entity?.country && groupHolds(group, entity)) {
      country = entity.country;
      break;
    }
  }
  return { text: group.text, sector: group.sector, country: country ?? group.country ?? null };
}
