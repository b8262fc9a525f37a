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

/** Indented JSON where each small record (a span, a token, a mention) stays on one line, so layers read as lists. */
export function formatJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || flat.length <= 100 || (!Array.isArray(value) && isFlatRecord(value) && flat.length <= 160)) {
    return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

function isFlatRecord(value: object): boolean {
  return Object.values(value).every((v) => v === null || typeof v !== 'object' || (typeof v === 'object' && JSON.stringify(v).length <= 60));
}

/** One article as an indented JSON object. */
export const jsonWriter: Writer = {
  format: 'json',
  extension: '.json',
  streamable: false,
  write: (article, options) => `${formatJson(toJson(article, options))}\n`,
};

/** One article per line. */
export const jsonlWriter: Writer = {
  format: 'jsonl',
  extension: '.jsonl',
  streamable: true,
  write: (article, options) => `${JSON.stringify(toJson(article, options))}\n`,
};
