// The name of the source an article came from, for counting distinct sources of an event (GDELT NumSources).
import path from 'node:path';
import type { ArticleSource } from '../core/index.js';

/** The URL's host when there is one, else the input format with the folder the file sits in. */
export function sourceName(source: ArticleSource): string {
  if (source.url) {
    try {
      return new URL(source.url).host.replace(/^www\./, '');
    } catch {
      // Not a URL after all: fall through to the file.
    }
  }
  if (source.path) return `${source.format}:${path.basename(path.dirname(source.path))}`;
  return source.format;
}
