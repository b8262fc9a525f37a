// `--format plover`: one PLOVER JSON record per event (JSON Lines), with the manual's field names.
import type { Article, ArticleEvent, Entity, EventGroup } from '../core/index.js';
import { cameoCode, groupHolds, PLOVER_TYPES } from '../events/index.js';
import type { Writer } from './writer.js';

/** A PLOVER entity object (manual, "Data Fields"): code, sector, entity_text and an identifier. */
export interface PloverEntity {
  readonly code: string | null;
  readonly sector: string | null;
  readonly entity_text: string;
  readonly identifier_text: string;
}

function ploverEntity(entity: Entity, sentence: { start: number; end: number } | undefined): PloverEntity {
  // The text the sentence itself uses for the entity, else its canonical name.
  const inSentence = sentence ? entity.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end && m.kind === 'name') ?? entity.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end) : undefined;
  return { code: entity.country, sector: entity.sector, entity_text: inSentence?.text ?? entity.name, identifier_text: entity.name };
}

/** One event as a PLOVER record; our additions (cameo, goldstein, modality, negated, confidence) are documented in docs/events.md. */
export function ploverRecord(article: Article, event: ArticleEvent): Record<string, unknown> {
  const sentence = article.sentences[event.sentence];
  const entity = (id: string) => article.entities.find((e) => e.id === id);
  // A group noun is one more party ("Police"); a name inside its phrase ("Turkish" in "Turkish police") gives it a
  // country and is not listed again.
  const entities = (ids: readonly string[], group: EventGroup | undefined) => {
    const named = ids.flatMap((id) => {
      const e = entity(id);
      return e ? [e] : [];
    });
    const inside = group ? named.filter((e) => groupHolds(group, e)) : [];
    const out = named.filter((e) => !inside.includes(e)).map((e) => ploverEntity(e, sentence));
    if (group) out.push({ code: inside[0]?.country ?? null, sector: group.sector, entity_text: group.text, identifier_text: group.text });
    return out;
  };
  const cameo = event.cameo ? cameoCode(event.cameo) : null;
  const place = event.place ? entity(event.place) : undefined;
  const record: Record<string, unknown> = {
    id: `${article.id}-${event.id}`,
    date: event.date,
    actor: entities(event.actor, event.actorGroup),
    recipient: entities(event.recipient, event.recipientGroup),
    event: [event.type],
    mode: event.mode ? [event.mode] : [],
    context: cameo?.context ? cameo.context.split(';') : [],
    quad_code: PLOVER_TYPES[event.type].quad,
    event_text: event.trigger.text,
    event_loc: place ? { entity_text: place.name, code: place.country } : null,
    text: sentence ? article.text.slice(sentence.start, sentence.end) : '',
    text_info: {
      sequence: event.sentence,
      start: event.trigger.start,
      end: event.trigger.end,
      text_story: article.id,
    },
    cite_info: {
      url: article.source.url ?? null,
      title: article.title,
      publication_date: article.date,
    },
    coder: 'dateline',
    cameo: event.cameo,
    goldstein: cameo?.goldstein ?? null,
    modality: event.modality,
    negated: event.negated,
    confidence: event.confidence,
  };
  return record;
}

/** PLOVER records, one JSON object per line per event; an article without events writes nothing. */
export const ploverWriter: Writer = {
  format: 'plover',
  extension: '.plover.jsonl',
  streamable: true,
  write: (article) => article.events.map((e) => `${JSON.stringify(ploverRecord(article, e))}\n`).join(''),
};
