// The storage contract: what any corpus backend (SQLite now, PostgreSQL next) offers, in backend-neutral types.
import type { Article, EntityType, PloverEventType } from '../core/index.js';

/** An analysed article plus what ingest computed about it outside the pipeline (hashes, MinHash bands). */
export interface IngestItem {
  readonly article: Article;
  /** Identity of this stored item: sha256 of id + normalised text; re-ingesting the same key adds nothing. */
  readonly key: string;
  /** sha256 of the whitespace-normalised body, or null when the body is empty; equal hashes are exact duplicates. */
  readonly bodyHash: string | null;
  /** LSH band keys (safe integers) of the body's MinHash signature; empty when the body has no words. */
  readonly bands: readonly number[];
  /** Where the article came from, for counting distinct sources (a URL host, else a feed/file name). */
  readonly sourceName: string;
}

/** What happened to one item handed to `addArticles`. */
export type AddOutcome =
  | { readonly key: string; readonly status: 'stored'; readonly articleId: number; readonly duplicateOf: number | null }
  | { readonly key: string; readonly status: 'present' };

/** How corpus-level linking and merging behave; every backend honours the same knobs. */
export interface CorpusOptions {
  /** Events of the same type and participants merge when their dates are at most this many days apart. */
  readonly eventWindowDays: number;
  /** Near-duplicates are only looked for among articles at most this many days apart (undated articles always compare). */
  readonly duplicateWindowDays: number;
  /** Jaccard similarity (over 5-word shingles) at or above which an article is a near-duplicate. */
  readonly duplicateThreshold: number;
  /** Articles join a story when they share entities with it within this many days. */
  readonly storyWindowDays: number;
  /** Minimum weighted overlap between an article's entities and a story's for the article to join it. */
  readonly storyThreshold: number;
}

/** Defaults for `CorpusOptions`. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  eventWindowDays: 3,
  duplicateWindowDays: 30,
  duplicateThreshold: 0.8,
  storyWindowDays: 3,
  storyThreshold: 0.3,
};

/** A stored article as queries list it. */
export interface ArticleSummary {
  readonly articleId: number;
  readonly externalId: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly source: string;
  readonly duplicateOf: number | null;
}

/** Filters shared by search, events and export. Dates are inclusive YYYY-MM-DD bounds. */
export interface CorpusFilter {
  readonly from?: string;
  readonly to?: string;
  /** A corpus entity name or alias: only articles (or events) involving it. */
  readonly entity?: string;
  /** A PLOVER event type: only articles with an event of this type. */
  readonly eventType?: PloverEventType;
  /** ISO 3166-1 alpha-3: only articles mentioning an entity of this country. */
  readonly country?: string;
}

/** A full-text query: words or an FTS phrase, plus filters. */
export interface SearchQuery extends CorpusFilter {
  readonly text: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** One search result, best first. */
export interface SearchHit extends ArticleSummary {
  readonly score: number;
  /** A short extract with matches between [ and ]. */
  readonly snippet: string;
}

/** An entity of the whole corpus, linked from the entities of many articles. */
export interface CorpusEntity {
  readonly entityId: number;
  readonly type: EntityType;
  readonly name: string;
  readonly country: string | null;
  readonly mentionCount: number;
  readonly articleCount: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** A title an entity carried, with the dates it was seen with it. */
export interface TitleSpan {
  readonly title: string;
  readonly first: string | null;
  readonly last: string | null;
  readonly count: number;
}

/** A quotation stored from one article. */
export interface StoredQuote {
  readonly articleId: number;
  readonly date: string | null;
  readonly speaker: string | null;
  readonly entityId: number | null;
  readonly kind: string;
  readonly text: string;
}

/** One article's report of a corpus event: the provenance kept for every merged mention. */
export interface EventReport {
  readonly articleId: number;
  readonly localId: string;
  readonly date: string | null;
  readonly trigger: string;
  readonly sentence: string;
  readonly modality: string;
  readonly negated: boolean;
  readonly confidence: number;
}

/** An event merged across reports (GDELT's NumMentions / NumArticles / NumSources). */
export interface CorpusEvent {
  readonly eventId: number;
  readonly type: PloverEventType;
  readonly cameo: string | null;
  readonly date: string | null;
  readonly actors: readonly { readonly entityId: number; readonly name: string; readonly country: string | null }[];
  readonly recipients: readonly { readonly entityId: number; readonly name: string; readonly country: string | null }[];
  /** An unnamed party of the first report that names one ("Turkish police"), or null. */
  readonly actorGroup: CorpusEventGroup | null;
  readonly recipientGroup: CorpusEventGroup | null;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
}

/** An unnamed event party: the report's phrase, its CAMEO sector code and the country a name inside it gives ("Turkish"). */
export interface CorpusEventGroup {
  readonly text: string;
  readonly sector: string;
  readonly country: string | null;
}

/** A corpus event with every report that mentions it. */
export interface CorpusEventDetail extends CorpusEvent {
  readonly reports: readonly EventReport[];
}

/** Filters for listing corpus events. */
export interface EventQuery {
  readonly type?: PloverEventType;
  /** An ISO3 country code, or an entity name or alias, acting as actor. */
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
}

/** Everything the corpus knows about one entity. */
export interface EntityProfile extends CorpusEntity {
  readonly aliases: readonly string[];
  readonly titles: readonly TitleSpan[];
  readonly coOccurring: readonly (CorpusEntity & { readonly together: number })[];
  readonly quotes: readonly StoredQuote[];
  readonly events: readonly CorpusEvent[];
}

/** One dated line of a timeline. */
export interface TimelineItem {
  readonly date: string | null;
  readonly kind: 'article' | 'event' | 'quote';
  readonly articleId: number;
  readonly text: string;
  readonly eventId?: number;
}

/** A stored near- or exact-duplicate relation. */
export interface DuplicatePair {
  readonly article: ArticleSummary;
  readonly original: ArticleSummary;
  readonly similarity: number;
  readonly exact: boolean;
}

/** A cluster of articles sharing entities and events within a time window. */
export interface Story {
  readonly storyId: number;
  readonly title: string | null;
  readonly first: string | null;
  readonly last: string | null;
  readonly articleCount: number;
  readonly topEntities: readonly string[];
}

/** Corpus-wide counts. */
export interface CorpusStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly entities: number;
  readonly events: number;
  readonly quotes: number;
  readonly stories: number;
}

/**
 * A batch being written: one open transaction to which articles are added one at a time, in order, as they become
 * ready, and which `commit` makes durable all together. Until then readers see none of it; if the process dies, or
 * `rollback` is called, or an `add` fails (which rolls back the whole batch), none of it is stored. After a commit or
 * rollback the next `add` starts a new transaction.
 */
export interface StoreBatch {
  /** Stores one article inside the batch, linked as `addArticles` would link it. */
  add(item: IngestItem): Promise<AddOutcome>;
  /** Articles added so far. */
  readonly size: number;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * A corpus store. Every method is async so that a networked backend fits; no method exposes the backend's own
 * handles. `addArticles` stores a batch atomically: every row of every article of the batch, or none.
 */
export interface Store {
  /** Which of these keys are already stored (articles added to this store's open batch included). */
  hasKeys(keys: readonly string[]): Promise<Set<string>>;
  /** Stores a batch in one transaction, linking entities, merging events, finding duplicates and stories. */
  addArticles(items: readonly IngestItem[]): Promise<AddOutcome[]>;
  /**
   * Opens a batch that takes articles one at a time (one batch at a time per store). Ingest stores each article as
   * soon as it is analysed instead of holding hundreds for one `addArticles`: the article's objects die young, and the
   * analysis threads are never left waiting while a large batch is written. Optional: ingest uses `addArticles` without it.
   */
  beginBatch?(): StoreBatch;
  stats(): Promise<CorpusStats>;
  getArticle(articleId: number): Promise<Article | null>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Corpus entities whose name or an alias matches `name` (case-insensitive), most mentioned first. */
  findEntities(name: string, limit?: number): Promise<CorpusEntity[]>;
  entityProfile(entityId: number): Promise<EntityProfile | null>;
  entityTimeline(entityId: number, limit?: number): Promise<TimelineItem[]>;
  storyTimeline(storyId: number): Promise<TimelineItem[]>;
  quotesBy(speaker: string, limit?: number): Promise<StoredQuote[]>;
  events(query: EventQuery): Promise<CorpusEvent[]>;
  eventDetail(eventId: number): Promise<CorpusEventDetail | null>;
  duplicates(limit?: number): Promise<DuplicatePair[]>;
  stories(limit?: number): Promise<Story[]>;
  /** Every stored article (not duplicates unless asked) passing the filter, in the order they were stored, one at a time. */
  articles(filter: CorpusFilter & { readonly includeDuplicates?: boolean }): AsyncIterable<ArticleSummary & { readonly article: Article }>;
  /** Every corpus event passing the query, with its reports, one at a time. */
  eachEvent(query: EventQuery): AsyncIterable<CorpusEventDetail>;
  close(): Promise<void>;
}
