// The SQLite schema, its version, and the check made when a database is opened.

/** The schema version this code writes; kept in PRAGMA user_version and in the meta table. */
export const SCHEMA_VERSION = 2;

/** The tables, built in one transaction on an empty database. */
export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  article_id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  external_id TEXT NOT NULL,
  date TEXT,
  title TEXT,
  source TEXT NOT NULL,
  source_name TEXT NOT NULL,
  body_hash TEXT,
  duplicate_of INTEGER,
  similarity REAL,
  exact INTEGER NOT NULL DEFAULT 0,
  story_id INTEGER,
  doc BLOB NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_body_hash ON articles(body_hash) WHERE body_hash IS NOT NULL;
CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_story ON articles(story_id, date);
CREATE TABLE article_text (article_id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL, facets TEXT NOT NULL DEFAULT '');
-- The full-text index is sharded: article_fts_N tables are made as articles arrive (see fts-shards.ts).
CREATE TABLE entity_merges (from_id INTEGER PRIMARY KEY, into_id INTEGER NOT NULL);
CREATE INDEX entity_merges_into ON entity_merges(into_id);
CREATE TABLE lsh (band INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID;
CREATE TABLE entities (
  entity_id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX entities_norm ON entities(type, norm);
CREATE INDEX entities_country ON entities(country);
CREATE TABLE aliases (
  type TEXT NOT NULL, norm TEXT NOT NULL, entity_id INTEGER NOT NULL, alias TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (type, norm, entity_id)
) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX aliases_norm ON aliases(norm);
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL, date TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, date);
CREATE TABLE entity_titles (entity_id INTEGER NOT NULL, title TEXT NOT NULL, article_id INTEGER NOT NULL, date TEXT);
CREATE INDEX entity_titles_entity ON entity_titles(entity_id);
CREATE TABLE quotes (
  quote_id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, entity_id INTEGER, speaker TEXT, speaker_norm TEXT,
  kind TEXT NOT NULL, text TEXT NOT NULL, date TEXT
);
CREATE INDEX quotes_entity ON quotes(entity_id, date);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE events (
  event_id INTEGER PRIMARY KEY, type TEXT NOT NULL, cameo TEXT, actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL,
  date TEXT, num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
  actor_group TEXT, actor_sector TEXT, actor_group_country TEXT,
  recipient_group TEXT, recipient_sector TEXT, recipient_group_country TEXT
);
CREATE INDEX events_key ON events(type, actor_key, recipient_key, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor_group_country ON events(actor_group_country) WHERE actor_group_country IS NOT NULL;
CREATE TABLE event_participants (event_id INTEGER NOT NULL, role TEXT NOT NULL, entity_id INTEGER NOT NULL, date TEXT,
  PRIMARY KEY (event_id, role, entity_id)) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id, date);
CREATE TABLE event_reports (
  event_id INTEGER NOT NULL, article_id INTEGER NOT NULL, local_id TEXT NOT NULL, date TEXT, source_name TEXT NOT NULL,
  trigger TEXT NOT NULL, sentence TEXT NOT NULL, modality TEXT NOT NULL, negated INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (event_id, article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX event_reports_article ON event_reports(article_id);
CREATE TABLE stories (story_id INTEGER PRIMARY KEY, title TEXT, first TEXT, last TEXT, article_count INTEGER NOT NULL);
CREATE INDEX stories_last ON stories(last);
CREATE TABLE story_entities (story_id INTEGER NOT NULL, entity_id INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (entity_id, story_id)) WITHOUT ROWID;
`;
