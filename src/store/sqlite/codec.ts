// The stored document of an article and reading it back: the compressed document plus the text kept beside it.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Article } from '../../core/index.js';

/** The article as stored: everything but the text (kept once, in article_text) and the tokens (bulky, re-derivable). */
export function encodeDoc(article: Article): Buffer {
  const { text: _text, tokens: _tokens, ...rest } = article;
  // Output chunks of 2 KB come from Node's buffer pool; the default 16 KB ones are each a buffer of their own, left
  // for the garbage collector. The bytes are the same.
  return deflateRawSync(Buffer.from(JSON.stringify(rest), 'utf8'), { level: 1, chunkSize: 2048 });
}

/** Rebuilds the article (without tokens, which are not stored) from its stored document and text. */
export function loadArticle(doc: Buffer, text: string): Article {
  const rest = JSON.parse(inflateRawSync(doc).toString('utf8')) as Omit<Article, 'text' | 'tokens'>;
  return { ...rest, text, tokens: [] };
}
