// JSON and JSON Lines writers: the article document exactly as `dateline/article@1` describes it.
import type { Article } from '../core/index.js';
import type { WriteOptions, Writer } from './writer.js';

/** The article as a plain JSON-safe object in schema field order; tokens only when asked for. */
export function toJson(article: Article, options: WriteOptions): Record<string, unknown> {
  const { tokens, ...rest } = article;
  const out: Record<string, unknown> = {
    schema: rest.schema,
    id: rest.id,
    date: rest.date,
    title: rest.title,
    dateline: rest.dateline,
    source: rest.source,
    text: rest.text,
    paragraphs: rest.paragraphs,
    sentences: rest.sentences,
  };
  if (options.tokens) out['tokens'] = tokens;
  out['entities'] = rest.entities;
  out['times'] = rest.times;
  out['quotes'] = rest.quotes;
  out['events'] = rest.events;
  out['messages'] = rest.messages;
  return out;
}

/** One article as an indented JSON object. */
export const jsonWriter: Writer = {
  format: 'json',
  extension: '.json',
  streamable: false,
  write: (article, options) => `${JSON.stringify(toJson(article, options), null, 2)}\n`,
};

/** One article per line. */
export const jsonlWriter: Writer = {
  format: 'jsonl',
  extension: '.jsonl',
  streamable: true,
  write: (article, options) => `${JSON.stringify(toJson(article, options))}\n`,
};
