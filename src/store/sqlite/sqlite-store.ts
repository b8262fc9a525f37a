// The SQLite backend of `Store`: one database file in WAL mode, FTS5 search, corpus tables kept up to date at ingest.
import type { Article, PloverEventType } from '../../core/index.js';
import { normaliseName } from '../../corpus/link.js';
import { StoreError } from '../errors.js';
import {
  DEFAULT_CORPUS_OPTIONS,
  type AddOutcome, type ArticleSummary, type CorpusEntity, type CorpusEvent, type CorpusEventDetail, type CorpusEventGroup, type CorpusFilter,
  type CorpusOptions, type CorpusStats, type DuplicatePair, type EntityProfile, type EventQuery, type EventReport, type IngestItem,
  type SearchHit, type SearchQuery, type Store, type StoreBatch, type StoredQuote, type Story, type TimelineItem,
} from '../types.js';
import { loadArticle } from './codec.js';
import { monthRangeExpression } from './facets.js';
import { bm25Sql, SHARD_SIZE, shardOf, shardTable } from './fts-shards.js';
import { openDatabase, storeErrorFrom, type Db } from './open.js';
import { SqliteWriter } from './writer.js';

type Row = Record<string, unknown>;

/** How many of the newest matches of a search are ranked by relevance. */
const RANK_WINDOW = 500;

/** How to open a SQLite store. */
export interface SqliteStoreOptions {
  /** Open for reading only (queries while an ingest writes): the file must exist. */
  readonly readonly?: boolean;
  readonly corpus?: Partial<CorpusOptions>;
  /** How long a write waits for another writer before failing with LOCKED (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /** Articles per full-text shard for a new database (default 25,000); an existing database keeps its own. */
  readonly ftsShardSize?: number;
  /** A size limit in database pages (SQLite's max_page_count): past it a write fails as DISK_FULL, as on a full disk. */
  readonly maxPageCount?: number;
}

const ENTITY_COLUMNS = 'e.entity_id, e.type, e.name, e.country, e.mention_count, e.article_count, e.first_seen, e.last_seen';

function toEntity(r: Row): CorpusEntity {
  return {
    entityId: r['entity_id'] as number,
    type: r['type'] as CorpusEntity['type'],
    name: r['name'] as string,
    country: (r['country'] as string | null) ?? null,
    mentionCount: r['mention_count'] as number,
    articleCount: r['article_count'] as number,
    firstSeen: (r['first_seen'] as string | null) ?? null,
    lastSeen: (r['last_seen'] as string | null) ?? null,
  };
}

/** The unnamed party of an events row in one role, or null. */
function toGroup(r: Row, role: 'actor' | 'recipient'): CorpusEventGroup | null {
  const sector = r[`${role}_sector`] as string | null | undefined;
  if (!sector) return null;
  return { text: (r[`${role}_group`] as string | null) ?? '', sector, country: (r[`${role}_group_country`] as string | null) ?? null };
}

function toSummary(r: Row): ArticleSummary {
  return {
    articleId: r['article_id'] as number,
    externalId: r['external_id'] as string,
    date: (r['date'] as string | null) ?? null,
    title: (r['title'] as string | null) ?? null,
    source: r['source'] as string,
    duplicateOf: (r['duplicate_of'] as number | null) ?? null,
  };
}

/** Words of free text as an FTS5 query: each word quoted (so punctuation cannot break the syntax), all required. */
export function ftsQuery(text: string, allowSyntax = true): string {
  const trimmed = text.trim();
  // A query already written in FTS5 syntax (quotes, AND/OR/NOT, NEAR, prefix*) is passed through.
  if (allowSyntax && /["*]|\b(AND|OR|NOT|NEAR)\b/.test(trimmed)) return trimmed;
  const words = trimmed.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu) ?? [];
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/** A SQLite corpus store. */
export class SqliteStore implements Store {
  private writer: SqliteWriter | null = null;
  private readonly opts: CorpusOptions;
  private readonly shardSize: number;

  private constructor(
    private readonly db: Db,
    private readonly file: string,
    opts: SqliteStoreOptions,
  ) {
    this.opts = { ...DEFAULT_CORPUS_OPTIONS, ...opts.corpus };
    const kept = db.prepare("SELECT value FROM meta WHERE key = 'fts_shard_size'").pluck().get() as string | undefined;
    if (kept === undefined && !db.readonly) {
      this.shardSize = Math.max(1, Math.floor(opts.ftsShardSize ?? SHARD_SIZE));
      db.prepare("INSERT INTO meta (key, value) VALUES ('fts_shard_size', ?)").run(String(this.shardSize));
    } else this.shardSize = Number(kept ?? SHARD_SIZE);
  }

  /** Opens or creates the database at `file` (":memory:" for a throw-away one). */
  static open(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
    const db = openDatabase(file, opts);
    if (opts.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
    return new SqliteStore(db, file, opts);
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(storeErrorFrom(err, this.file));
    }
  }

  private entityIdsFor(name: string): number[] {
    return this.findEntitiesSync(name, 20).map((e) => e.entityId);
  }

  hasKeys(keys: readonly string[]): Promise<Set<string>> {
    return this.guard(() => {
      const out = new Set<string>();
      const stmt = this.db.prepare('SELECT 1 FROM articles WHERE key = ?').pluck();
      for (const k of keys) if (stmt.get(k)) out.add(k);
      return out;
    });
  }

  addArticles(items: readonly IngestItem[]): Promise<AddOutcome[]> {
    return this.guard(() => {
      this.writer ??= new SqliteWriter(this.db, this.opts, this.shardSize);
      return this.writer.addBatch(items);
    });
  }

  beginBatch(): StoreBatch {
    if (this.db.inTransaction) throw new StoreError('IO', `${this.file}: a batch is already open on this store`);
    const writer = (this.writer ??= new SqliteWriter(this.db, this.opts, this.shardSize));
    let size = 0;
    let open = false;
    const guard = this.guard.bind(this);
    const ensureOpen = (): void => {
      if (!open) {
        writer.beginOpen();
        open = true;
      }
    };
    return {
      get size() {
        return size;
      },
      add: (item) =>
        guard(() => {
          ensureOpen();
          try {
            const outcome = writer.addInOpen(item);
            size++;
            return outcome;
          } catch (err) {
            open = false;
            size = 0;
            throw err;
          }
        }),
      commit: () =>
        guard(() => {
          if (!open) return;
          open = false;
          size = 0;
          writer.commitOpen();
        }),
      rollback: () =>
        guard(() => {
          open = false;
          size = 0;
          writer.rollbackOpen();
        }),
    };
  }

  stats(): Promise<CorpusStats> {
    return this.guard(() => {
      const n = (sql: string) => (this.db.prepare(sql).pluck().get() as number) ?? 0;
      return {
        articles: n('SELECT count(*) FROM articles'),
        duplicates: n('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
        entities: n('SELECT count(*) FROM entities'),
        events: n('SELECT count(*) FROM events'),
        quotes: n('SELECT count(*) FROM quotes'),
        stories: n('SELECT count(*) FROM stories'),
      };
    });
  }

  getArticle(articleId: number): Promise<Article | null> {
    return this.guard(() => {
      const r = this.db.prepare('SELECT a.doc, t.body FROM articles a JOIN article_text t USING (article_id) WHERE article_id = ?').get(articleId) as Row | undefined;
      return r ? loadArticle(r['doc'] as Buffer, r['body'] as string) : null;
    });
  }

  /** SQL conditions on `a` (articles) for a filter; entity names that match nothing make the filter match nothing. */
  private filterSql(f: CorpusFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.from) {
      where.push('a.date >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('a.date <= ?');
      params.push(`${f.to}\uffff`);
    }
    if (f.entity) {
      const ids = this.entityIdsFor(f.entity);
      where.push(`a.article_id IN (SELECT article_id FROM article_entities WHERE entity_id IN (${ids.map(() => '?').join(',') || 'NULL'}))`);
      params.push(...ids);
    }
    if (f.eventType) {
      where.push('a.article_id IN (SELECT r.article_id FROM event_reports r JOIN events ev USING (event_id) WHERE ev.type = ?)');
      params.push(f.eventType);
    }
    if (f.country) {
      where.push('a.article_id IN (SELECT ae.article_id FROM article_entities ae JOIN entities e USING (entity_id) WHERE e.country = ?)');
      params.push(f.country.toUpperCase());
    }
    return { where, params };
  }

  /**
   * The facet part of a search's MATCH expression, or null when a filter can match nothing. Dates are matched by whole
   * months in the index; `dates` is the exact range still to check on the matches, when the months cover more.
   */
  private facetExpression(q: SearchQuery): { parts: string[]; dates: [string, string] | null } | null {
    const parts: string[] = [];
    let dates: [string, string] | null = null;
    if (q.from || q.to) {
      // Two subqueries: SQLite answers a lone min() or max() from the index, but not both in one select.
      const bounds = this.db.prepare('SELECT (SELECT min(date) FROM articles) AS lo, (SELECT max(date) FROM articles) AS hi').get() as { lo: string | null; hi: string | null };
      if (!bounds.lo || !bounds.hi) return null;
      const from = q.from && q.from > bounds.lo ? q.from : bounds.lo.slice(0, 10);
      const to = q.to && q.to < bounds.hi ? q.to : bounds.hi.slice(0, 10);
      const range = monthRangeExpression(from, to);
      if (!range) return null;
      parts.push(range.expression);
      if (!range.exact) dates = [from, to];
    }
    if (q.entity) {
      const ids = this.entityIdsFor(q.entity);
      if (ids.length === 0) return null;
      const merged = this.db.prepare(`SELECT from_id FROM entity_merges WHERE into_id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as number[];
      parts.push(`facets : (${[...ids, ...merged].map((id) => `e${id}`).join(' OR ')})`);
    }
    if (q.eventType) parts.push(`facets : t${q.eventType.toLowerCase()}`);
    if (q.country) {
      if (!/^[A-Za-z]{3}$/.test(q.country)) return null;
      parts.push(`facets : c${q.country.toLowerCase()}`);
    }
    return { parts, dates };
  }

  /** The full-text shards that exist, newest first (an ingest running beside this reader may add one). */
  private shards(): number[] {
    return (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'article_fts_[0-9]*' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[])
      .map((n) => Number(n.slice('article_fts_'.length)))
      .sort((a, b) => b - a);
  }

  search(q: SearchQuery): Promise<SearchHit[]> {
    return this.guard(() => {
      const facets = this.facetExpression(q);
      if (facets === null) return [];
      const limit = q.limit ?? 20;
      const offset = q.offset ?? 0;
      const shards = this.shards();
      // Ranking every match of a common word costs too much on a large corpus: relevance is ranked among the newest
      // RANK_WINDOW matches (by storage order), gathered shard by shard from the newest.
      const run = (words: string): { id: number; score: number }[] => {
        const expr = [`{title body} : (${words})`, ...facets.parts].join(' AND ');
        const found: { id: number; score: number }[] = [];
        const dateParams = facets.dates ? [facets.dates[0], `${facets.dates[1]}\uffff`] : [];
        let wanted = shards;
        if (facets.dates) {
          // Only the shards holding articles of those dates are searched.
          const ids = this.db.prepare('SELECT min(article_id) AS lo, max(article_id) AS hi FROM articles WHERE date BETWEEN ? AND ?').get(...dateParams) as { lo: number | null; hi: number | null };
          if (ids.lo === null || ids.hi === null) return [];
          const [lo, hi] = [shardOf(ids.lo, this.shardSize), shardOf(ids.hi, this.shardSize)];
          wanted = shards.filter((x) => x >= lo && x <= hi);
        }
        const dateOf = this.db.prepare('SELECT date FROM articles WHERE article_id = ?').pluck();
        for (const shard of wanted) {
          const table = shardTable(shard);
          const want = RANK_WINDOW - found.length;
          if (!facets.dates) {
            found.push(...(this.db.prepare(`SELECT rowid AS id, ${bm25Sql(shard)} AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`)
              .all(expr, want) as { id: number; score: number }[]));
          } else {
            // Months match in the index; the exact days are checked on the newest matches, and only those are scored.
            const [from, to] = dateParams as [string, string];
            const ids = new Set<number>();
            for (const id of this.db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC`).pluck().iterate(expr) as IterableIterator<number>) {
              const d = dateOf.get(id) as string | null;
              if (d !== null && d >= from && d <= to) ids.add(id);
              if (ids.size >= want) break;
            }
            if (ids.size) {
              const lo = Math.min(...ids);
              const hi = Math.max(...ids);
              for (const r of this.db.prepare(`SELECT rowid AS id, ${bm25Sql(shard)} AS score FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ?`)
                .all(expr, lo, hi) as { id: number; score: number }[]) if (ids.has(r.id)) found.push(r);
            }
          }
          if (found.length >= RANK_WINDOW) break;
        }
        return found.sort((x, y) => x.score - y.score || y.id - x.id).slice(offset, offset + limit);
      };
      let words = ftsQuery(q.text);
      if (!words) return [];
      let ranked: { id: number; score: number }[];
      try {
        ranked = run(words);
      } catch (err) {
        // Text that looked like FTS5 syntax but is not valid syntax is searched for as plain words.
        const plain = ftsQuery(q.text, false);
        if ((err as { code?: string }).code !== 'SQLITE_ERROR' || plain === words) throw err;
        if (!plain) return [];
        words = plain;
        ranked = run(plain);
      }
      const summary = this.db.prepare('SELECT article_id, external_id, date, title, source, duplicate_of FROM articles WHERE article_id = ?');
      const snippetExpr = `{title body} : (${words})`;
      return ranked.map((r) => {
        const table = shardTable(shardOf(r.id, this.shardSize));
        const snippet = this.db.prepare(`SELECT snippet(${table}, 1, '[', ']', ' ... ', 16) FROM ${table} WHERE ${table} MATCH ? AND rowid = ?`).pluck().get(snippetExpr, r.id);
        return { ...toSummary(summary.get(r.id) as Row), score: -r.score, snippet: String(snippet ?? '').replace(/\s+/g, ' ') };
      });
    });
  }

  private findEntitiesSync(name: string, limit: number): CorpusEntity[] {
    const norm = normaliseName(name);
    if (!norm) return [];
    const byName = this.db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.norm = ? ORDER BY e.mention_count DESC LIMIT ?`).all(norm, limit) as Row[];
    const byAlias = this.db.prepare(`SELECT DISTINCT ${ENTITY_COLUMNS} FROM aliases x JOIN entities e USING (entity_id)
      WHERE x.norm = ? ORDER BY e.mention_count DESC LIMIT ?`).all(norm, limit) as Row[];
    const seen = new Set<number>();
    const out: CorpusEntity[] = [];
    for (const r of [...byName, ...byAlias]) {
      const e = toEntity(r);
      if (!seen.has(e.entityId)) out.push(e);
      seen.add(e.entityId);
    }
    return out.slice(0, limit);
  }

  findEntities(name: string, limit = 10): Promise<CorpusEntity[]> {
    return this.guard(() => this.findEntitiesSync(name, limit));
  }

  private participants(eventId: number, role: string): CorpusEvent['actors'] {
    return (this.db.prepare(`SELECT e.entity_id, e.name, e.country FROM event_participants p JOIN entities e USING (entity_id)
      WHERE p.event_id = ? AND p.role = ? ORDER BY e.entity_id`).all(eventId, role) as Row[])
      .map((r) => ({ entityId: r['entity_id'] as number, name: r['name'] as string, country: (r['country'] as string | null) ?? null }));
  }

  private toEvent(r: Row): CorpusEvent {
    const id = r['event_id'] as number;
    return {
      eventId: id,
      type: r['type'] as PloverEventType,
      cameo: (r['cameo'] as string | null) ?? null,
      date: (r['date'] as string | null) ?? null,
      actors: this.participants(id, 'actor'),
      recipients: this.participants(id, 'recipient'),
      actorGroup: toGroup(r, 'actor'),
      recipientGroup: toGroup(r, 'recipient'),
      numMentions: r['num_mentions'] as number,
      numArticles: r['num_articles'] as number,
      numSources: r['num_sources'] as number,
    };
  }

  private quotesWhere(where: string, params: unknown[], limit: number): StoredQuote[] {
    return (this.db.prepare(`SELECT article_id, date, speaker, entity_id, kind, text FROM quotes WHERE ${where} ORDER BY date DESC, quote_id DESC LIMIT ?`)
      .all(...params, limit) as Row[]).map((r) => ({
      articleId: r['article_id'] as number,
      date: (r['date'] as string | null) ?? null,
      speaker: (r['speaker'] as string | null) ?? null,
      entityId: (r['entity_id'] as number | null) ?? null,
      kind: r['kind'] as string,
      text: r['text'] as string,
    }));
  }

  entityProfile(entityId: number): Promise<EntityProfile | null> {
    return this.guard(() => {
      const r = this.db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.entity_id = ?`).get(entityId) as Row | undefined;
      if (!r) return null;
      const aliases = (this.db.prepare('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias LIMIT 20').pluck().all(entityId) as string[]);
      const titles = (this.db.prepare(`SELECT title, min(date) AS first, max(date) AS last, count(*) AS n FROM entity_titles WHERE entity_id = ?
        GROUP BY lower(title) ORDER BY first, n DESC LIMIT 20`).all(entityId) as Row[])
        .map((t) => ({ title: t['title'] as string, first: (t['first'] as string | null) ?? null, last: (t['last'] as string | null) ?? null, count: t['n'] as number }));
      // Co-occurrence over the entity's latest 1,000 articles keeps the profile fast for entities in huge numbers of articles.
      const co = (this.db.prepare(`WITH recent AS (SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY date DESC LIMIT 1000)
        SELECT ${ENTITY_COLUMNS}, count(DISTINCT o.article_id) AS together FROM recent JOIN article_entities o USING (article_id)
        JOIN entities e ON e.entity_id = o.entity_id WHERE o.entity_id <> ? GROUP BY o.entity_id ORDER BY together DESC, e.mention_count DESC LIMIT 10`)
        .all(entityId, entityId) as Row[]).map((x) => ({ ...toEntity(x), together: x['together'] as number }));
      const quotes = this.quotesWhere('entity_id = ?', [entityId], 10);
      const events = (this.db.prepare(`SELECT ev.* FROM (SELECT DISTINCT event_id, date FROM event_participants WHERE entity_id = ? ORDER BY date DESC LIMIT 10) p
        JOIN events ev USING (event_id) ORDER BY p.date DESC`).all(entityId) as Row[]).map((x) => this.toEvent(x));
      return { ...toEntity(r), aliases, titles, coOccurring: co, quotes, events };
    });
  }

  entityTimeline(entityId: number, limit = 100): Promise<TimelineItem[]> {
    return this.guard(() => {
      const items: TimelineItem[] = [];
      for (const r of this.db.prepare(`SELECT a.article_id, a.date, a.title FROM article_entities ae JOIN articles a USING (article_id)
        WHERE ae.entity_id = ? AND a.duplicate_of IS NULL ORDER BY ae.date DESC LIMIT ?`).all(entityId, limit) as Row[]) {
        items.push({ date: (r['date'] as string | null) ?? null, kind: 'article', articleId: r['article_id'] as number, text: (r['title'] as string | null) ?? '(untitled)' });
      }
      for (const r of this.db.prepare(`SELECT ev.event_id, ev.date, ev.type, (SELECT article_id FROM event_reports WHERE event_id = ev.event_id LIMIT 1) AS article_id,
          (SELECT trigger FROM event_reports WHERE event_id = ev.event_id LIMIT 1) AS trig
        FROM (SELECT DISTINCT event_id, date FROM event_participants WHERE entity_id = ? ORDER BY date DESC LIMIT ?) p JOIN events ev USING (event_id)`).all(entityId, limit) as Row[]) {
        items.push({ date: (r['date'] as string | null) ?? null, kind: 'event', articleId: r['article_id'] as number, eventId: r['event_id'] as number, text: `${String(r['type'])}: ${String(r['trig'])}` });
      }
      for (const q of this.quotesWhere('entity_id = ?', [entityId], limit)) items.push({ date: q.date, kind: 'quote', articleId: q.articleId, text: q.text });
      return sortTimeline(items).slice(-limit);
    });
  }

  storyTimeline(storyId: number): Promise<TimelineItem[]> {
    return this.guard(() => {
      const items: TimelineItem[] = [];
      for (const r of this.db.prepare('SELECT article_id, date, title FROM articles WHERE story_id = ? ORDER BY date LIMIT 500').all(storyId) as Row[]) {
        items.push({ date: (r['date'] as string | null) ?? null, kind: 'article', articleId: r['article_id'] as number, text: (r['title'] as string | null) ?? '(untitled)' });
      }
      for (const r of this.db.prepare(`SELECT r.article_id, r.event_id, ev.date, ev.type, r.trigger FROM articles a JOIN event_reports r USING (article_id)
        JOIN events ev USING (event_id) WHERE a.story_id = ? LIMIT 500`).all(storyId) as Row[]) {
        items.push({ date: (r['date'] as string | null) ?? null, kind: 'event', articleId: r['article_id'] as number, eventId: r['event_id'] as number, text: `${String(r['type'])}: ${String(r['trigger'])}` });
      }
      return sortTimeline(items);
    });
  }

  quotesBy(speaker: string, limit = 50): Promise<StoredQuote[]> {
    return this.guard(() => {
      const ids = this.entityIdsFor(speaker);
      const norm = normaliseName(speaker);
      return this.quotesWhere(`(entity_id IN (${ids.map(() => '?').join(',') || 'NULL'}) OR speaker_norm = ?)`, [...ids, norm], limit);
    });
  }

  private eventSql(q: EventQuery): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.type) {
      where.push('ev.type = ?');
      params.push(q.type);
    }
    if (q.from) {
      where.push('ev.date >= ?');
      params.push(q.from);
    }
    if (q.to) {
      where.push('ev.date <= ?');
      params.push(q.to);
    }
    if (q.actor) {
      if (/^[A-Z]{3}$/.test(q.actor)) {
        // A named actor of that country, or an unnamed one with a name of it inside ("Turkish police").
        where.push(`(ev.event_id IN (SELECT p.event_id FROM event_participants p JOIN entities e USING (entity_id) WHERE p.role = 'actor' AND e.country = ?)
          OR ev.actor_group_country = ?)`);
        params.push(q.actor, q.actor);
      } else {
        const ids = this.entityIdsFor(q.actor);
        where.push(`ev.event_id IN (SELECT event_id FROM event_participants WHERE role = 'actor' AND entity_id IN (${ids.map(() => '?').join(',') || 'NULL'}))`);
        params.push(...ids);
      }
    }
    return { where, params };
  }

  events(q: EventQuery): Promise<CorpusEvent[]> {
    return this.guard(() => {
      const { where, params } = this.eventSql(q);
      const sql = `SELECT ev.* FROM events ev ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ev.num_mentions DESC, ev.date DESC LIMIT ?`;
      return (this.db.prepare(sql).all(...params, q.limit ?? 50) as Row[]).map((r) => this.toEvent(r));
    });
  }

  private reports(eventId: number): EventReport[] {
    return (this.db.prepare('SELECT * FROM event_reports WHERE event_id = ? ORDER BY date, article_id').all(eventId) as Row[]).map((r) => ({
      articleId: r['article_id'] as number,
      localId: r['local_id'] as string,
      date: (r['date'] as string | null) ?? null,
      trigger: r['trigger'] as string,
      sentence: r['sentence'] as string,
      modality: r['modality'] as string,
      negated: Boolean(r['negated']),
      confidence: r['confidence'] as number,
    }));
  }

  eventDetail(eventId: number): Promise<CorpusEventDetail | null> {
    return this.guard(() => {
      const r = this.db.prepare('SELECT * FROM events WHERE event_id = ?').get(eventId) as Row | undefined;
      return r ? { ...this.toEvent(r), reports: this.reports(eventId) } : null;
    });
  }

  duplicates(limit = 100): Promise<DuplicatePair[]> {
    return this.guard(() => {
      const rows = this.db.prepare(`SELECT d.article_id AS d_id, d.external_id AS d_ext, d.date AS d_date, d.title AS d_title, d.source AS d_source,
          d.duplicate_of AS d_dup, d.similarity, d.exact, o.article_id, o.external_id, o.date, o.title, o.source, o.duplicate_of
        FROM articles d JOIN articles o ON o.article_id = d.duplicate_of WHERE d.duplicate_of IS NOT NULL ORDER BY d.article_id LIMIT ?`).all(limit) as Row[];
      return rows.map((r) => ({
        article: toSummary({ article_id: r['d_id'], external_id: r['d_ext'], date: r['d_date'], title: r['d_title'], source: r['d_source'], duplicate_of: r['d_dup'] }),
        original: toSummary(r),
        similarity: r['similarity'] as number,
        exact: Boolean(r['exact']),
      }));
    });
  }

  stories(limit = 50): Promise<Story[]> {
    return this.guard(() => {
      const rows = this.db.prepare('SELECT * FROM stories WHERE article_count > 1 ORDER BY article_count DESC, last DESC LIMIT ?').all(limit) as Row[];
      const top = this.db.prepare(`SELECT e.name FROM story_entities se JOIN entities e USING (entity_id) WHERE se.story_id = ?
        ORDER BY se.weight DESC, e.mention_count DESC LIMIT 5`).pluck();
      return rows.map((r) => ({
        storyId: r['story_id'] as number,
        title: (r['title'] as string | null) ?? null,
        first: (r['first'] as string | null) ?? null,
        last: (r['last'] as string | null) ?? null,
        articleCount: r['article_count'] as number,
        topEntities: top.all(r['story_id']) as string[],
      }));
    });
  }

  async *articles(f: CorpusFilter & { readonly includeDuplicates?: boolean }): AsyncIterable<ArticleSummary & { readonly article: Article }> {
    const { where, params } = this.filterSql(f);
    if (!f.includeDuplicates) where.push('a.duplicate_of IS NULL');
    const sql = `SELECT a.article_id, a.external_id, a.date, a.title, a.source, a.duplicate_of, a.doc, t.body FROM articles a
      JOIN article_text t USING (article_id) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    // Paged by article id (storage order) so that no read transaction stays open across the caller's awaits.
    let after = 0;
    for (;;) {
      let rows: Row[];
      try {
        rows = this.db.prepare(`${sql} ${where.length ? 'AND' : 'WHERE'} a.article_id > ? ORDER BY a.article_id LIMIT 500`).all(...params, after) as Row[];
      } catch (err) {
        throw storeErrorFrom(err, this.file);
      }
      if (rows.length === 0) return;
      for (const r of rows) yield { ...toSummary(r), article: loadArticle(r['doc'] as Buffer, r['body'] as string) };
      after = (rows[rows.length - 1] as Row)['article_id'] as number;
    }
  }

  async *eachEvent(q: EventQuery): AsyncIterable<CorpusEventDetail> {
    const { where, params } = this.eventSql(q);
    let after = 0;
    for (;;) {
      let rows: Row[];
      try {
        rows = this.db.prepare(`SELECT ev.* FROM events ev WHERE ev.event_id > ? ${where.map((w) => `AND ${w}`).join(' ')} ORDER BY ev.event_id LIMIT 500`)
          .all(after, ...params) as Row[];
      } catch (err) {
        throw storeErrorFrom(err, this.file);
      }
      if (rows.length === 0) return;
      for (const r of rows) yield { ...this.toEvent(r), reports: this.reports(r['event_id'] as number) };
      after = (rows[rows.length - 1] as Row)['event_id'] as number;
    }
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.db.open) {
        if (!this.db.readonly) {
          try {
            this.db.pragma('optimize');
          } catch {
            // Optimising is a courtesy; a busy database is closed all the same.
          }
        }
        this.db.close();
      }
    });
  }
}

function sortTimeline(items: TimelineItem[]): TimelineItem[] {
  return items.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.articleId - y.articleId);
}

/** Opens the SQLite store at `file`; a convenience for `SqliteStore.open`. */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  return SqliteStore.open(file, opts);
}

export { StoreError };
