// Runs our own sentences through the whole default pipeline (tagger, parser, entities) for the event layer's end-to-end tests.
import { existsSync } from 'node:fs';
import type { ArticleEvent } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { modelPath } from '../syntax/model-paths.js';

const missing = (['pos', 'lemma', 'parse'] as const).filter((m) => !existsSync(modelPath(m)));

/** A `skip` value for node:test: the reason when a model the pipeline needs is absent, else false. */
export const needModels: string | false = missing.length ? `needs the ${missing.join(', ')} models` : false;

/** One coded event with its parties spelled out: entity names, then the group phrase. */
export interface CodedEvent {
  readonly event: ArticleEvent;
  readonly actor: string;
  readonly recipient: string;
  readonly place: string | null;
}

/** The events of a text (first line may be `date YYYY-MM-DD`) coded by the default pipeline. */
export function pipelineEvents(text: string, date = '2024-05-02'): CodedEvent[] {
  const article = createDefaultPipeline().run({ id: 't', date, title: null, text, source: { format: 'text' } });
  const name = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;
  return article.events.map((event) => ({
    event,
    actor: [...event.actor.map(name), ...(event.actorGroup ? [event.actorGroup.text] : [])].join(' & '),
    recipient: [...event.recipient.map(name), ...(event.recipientGroup ? [event.recipientGroup.text] : [])].join(' & '),
    place: event.place === null ? null : name(event.place),
  }));
}

/** The event whose trigger is `trigger`; fails naming the triggers found otherwise. */
export function byTrigger(events: readonly CodedEvent[], trigger: string): CodedEvent {
  const found = events.find((e) => e.event.trigger.text === trigger);
  if (!found) throw new Error(`no event on "${trigger}" among: ${events.map((e) => e.event.trigger.text).join(', ') || 'none'}`);
  return found;
}
