// Turns an analysed article into what the store needs besides it: its key, body hash, MinHash bands and source name.
import type { Article } from '../core/index.js';
import type { IngestItem } from '../store/types.js';
import { articleKey, bodyHash, bodyText } from './hash.js';
import { textBands } from './minhash.js';
import { sourceName } from './source.js';

/** Everything ingest hands the store for one article; pure, so it runs in the analysis workers. `key` is the article's
 * `articleKey` when the caller has it already (ingest computes it to skip stored articles). */
export function ingestItem(article: Article, key?: string): IngestItem {
  const body = bodyText(article);
  return {
    article,
    key: key ?? articleKey(article.id, article.text),
    bodyHash: bodyHash(body),
    bands: textBands(body),
    sourceName: sourceName(article.source),
  };
}
