// Reading a stored article back: the compressed document plus the text kept beside it.
import { inflateRawSync } from 'node:zlib';
import type { Article } from '../../core/index.js';

/** Rebuilds the article (without tokens, which are not stored) from its stored document and text. */
export function loadArticle(doc: Buffer, text: string): Article {
  const rest = JSON.parse(inflateRawSync(doc).toString('utf8')) as Omit<Article, 'text' | 'tokens'>;
  return { ...rest, text, tokens: [] };
}
