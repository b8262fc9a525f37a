// The full-text index split into shards of consecutive articles, so that a common word's posting list is read one
// shard at a time, newest first, instead of whole for every search on a large corpus.

/** Articles per full-text shard, unless a database was made with another size (kept in its meta table). */
export const SHARD_SIZE = 25_000;

/** The shard an article's row goes to. */
export function shardOf(articleId: number, shardSize: number): number {
  return Math.floor((articleId - 1) / shardSize);
}

/** The FTS5 table name of a shard. */
export function shardTable(shard: number): string {
  return `article_fts_${shard}`;
}

/** The statement creating a shard (external content: the text is stored once, in article_text). */
export function createShardSql(shard: number): string {
  return `CREATE VIRTUAL TABLE IF NOT EXISTS ${shardTable(shard)} USING fts5(title, body, facets, content='article_text',
    content_rowid='article_id', tokenize='porter unicode61 remove_diacritics 2')`;
}

/** The ranking function: bm25 with title matches counting double and the facets column not at all. */
export function bm25Sql(shard: number): string {
  return `bm25(${shardTable(shard)}, 2.0, 1.0, 0.0)`;
}
