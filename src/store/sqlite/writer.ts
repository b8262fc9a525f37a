// The SQLite write path: analysed articles stored in batch transactions (whole or one at a time), linked into the corpus.
import type { Article, ArticleEvent, Entity } from '../../core/index.js';
import { bodyText } from '../../corpus/hash.js';
import { countriesCompatible, daysBetween, addDays, entityNameForms, isShortName, normaliseName } from '../../corpus/link.js';
import { corpusEventGroup } from '../../corpus/event-groups.js';
import { BANDS } from '../../corpus/minhash.js';
import { jaccard, shingleHashes } from '../../corpus/minhash.js';
import { storyWeight } from '../../corpus/stories.js';
import type { AddOutcome, CorpusOptions, IngestItem } from '../types.js';
import type { Db } from './open.js';
import { encodeDoc, loadArticle } from './codec.js';
import { facetTokens } from './facets.js';
import { createShardSql, shardOf, shardTable } from './fts-shards.js';
import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;

/** Pages of write-ahead log after which a commit copies the log into the database file. */
const WAL_CHECKPOINT_PAGES = 8000;

/** SQLite page cache, in KB, of a connection once it writes. */
const WRITE_CACHE_KB = 16384;

function eventDate(event: ArticleEvent, article: Article): string | null {
  const d = event.date && /^\d{4}-\d{2}-\d{2}/.test(event.date) ? event.date.slice(0, 10) : null;
  return d ?? (article.date ? article.date.slice(0, 10) : null);
}

function articleDate(article: Article): string | null {
  return article.date && /^\d{4}-\d{2}-\d{2}/.test(article.date) ? article.date.slice(0, 10) : null;
}

/** Writes batches; prepared statements are made once per database. */
export class SqliteWriter {
  private readonly s;

  constructor(
    private readonly db: Db,
    private readonly opts: CorpusOptions,
    private readonly shardSize: number,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      hasKey: p('SELECT article_id FROM articles WHERE key = ?'),
      insertArticle: p(`INSERT INTO articles (key, external_id, date, title, source, source_name, body_hash, doc)
        VALUES (@key, @externalId, @date, @title, @source, @sourceName, @bodyHash, @doc)`),
      setDuplicate: p('UPDATE articles SET duplicate_of = ?, similarity = ?, exact = ? WHERE article_id = ?'),
      setStory: p('UPDATE articles SET story_id = ? WHERE article_id = ?'),
      insertText: p('INSERT INTO article_text (article_id, title, body, facets) VALUES (?, ?, ?, ?)'),
      exactDup: p('SELECT article_id, duplicate_of FROM articles WHERE body_hash = ? AND article_id <> ? ORDER BY article_id LIMIT 1'),
      insertBand: p('INSERT OR IGNORE INTO lsh (band, article_id) VALUES (?, ?)'),
      bandHits: p('SELECT article_id FROM lsh WHERE band = ?'),
      // An article's bands in one statement each way: 2 statements instead of 40 per article.
      insertBands: p(`INSERT OR IGNORE INTO lsh (band, article_id) VALUES ${Array.from({ length: BANDS }, () => '(?, ?)').join(', ')}`),
      allBandHits: p(`SELECT DISTINCT article_id FROM lsh WHERE band IN (${Array.from({ length: BANDS }, () => '?').join(', ')})`).pluck(),
      candidate: p('SELECT a.article_id, a.date, a.duplicate_of, a.doc, t.body FROM articles a JOIN article_text t USING (article_id) WHERE a.article_id = ?'),
      entityByNorm: p('SELECT entity_id, norm, country, mention_count FROM entities WHERE type = ? AND norm = ? ORDER BY mention_count DESC'),
      entitiesByAlias: p(`SELECT DISTINCT e.entity_id, e.norm, e.country, e.mention_count FROM aliases a JOIN entities e USING (entity_id)
        WHERE a.type = ? AND a.norm = ? AND e.norm <> a.norm`),
      insertEntity: p(`INSERT INTO entities (type, name, norm, country, sector, mention_count, article_count, first_seen, last_seen)
        VALUES (?, ?, ?, ?, ?, 0, 0, NULL, NULL)`),
      touchEntity: p(`UPDATE entities SET mention_count = mention_count + @mentions, article_count = article_count + @articles,
        first_seen = CASE WHEN @date IS NULL THEN first_seen WHEN first_seen IS NULL OR @date < first_seen THEN @date ELSE first_seen END,
        last_seen = CASE WHEN @date IS NULL THEN last_seen WHEN last_seen IS NULL OR @date > last_seen THEN @date ELSE last_seen END
        WHERE entity_id = @id`),
      // Apart from the counts: setting the indexed country column, even to its own value, rewrites its index entry.
      fillEntity: p(`UPDATE entities SET country = COALESCE(country, @country), sector = COALESCE(sector, @sector)
        WHERE entity_id = @id AND ((country IS NULL AND @country IS NOT NULL) OR (sector IS NULL AND @sector IS NOT NULL))`),
      upsertAlias: p(`INSERT INTO aliases (type, norm, entity_id, alias, count) VALUES (?, ?, ?, ?, 1)
        ON CONFLICT (type, norm, entity_id) DO UPDATE SET count = count + 1`),
      insertArticleEntity: p('INSERT OR REPLACE INTO article_entities (article_id, local_id, entity_id, date, mentions) VALUES (?, ?, ?, ?, ?)'),
      insertTitle: p('INSERT INTO entity_titles (entity_id, title, article_id, date) VALUES (?, ?, ?, ?)'),
      insertQuote: p('INSERT INTO quotes (article_id, entity_id, speaker, speaker_norm, kind, text, date) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      findEvent: p(`SELECT event_id FROM events WHERE type = ? AND actor_key = ? AND recipient_key = ? AND date BETWEEN ? AND ?
        ORDER BY abs(julianday(date) - julianday(?)), event_id LIMIT 1`),
      findUndatedEvent: p('SELECT event_id FROM events WHERE type = ? AND actor_key = ? AND recipient_key = ? AND date IS NULL LIMIT 1'),
      insertEvent: p(`INSERT INTO events (type, cameo, actor_key, recipient_key, date, num_mentions, num_articles, num_sources,
          actor_group, actor_sector, actor_group_country, recipient_group, recipient_sector, recipient_group_country)
        VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)`),
      // A later report can name the unnamed party that the first one did not.
      fillEventGroups: p(`UPDATE events SET
          actor_sector = coalesce(actor_sector, @as), actor_group_country = CASE WHEN actor_sector IS NULL THEN @ac ELSE actor_group_country END,
          actor_group = coalesce(actor_group, @ag),
          recipient_sector = coalesce(recipient_sector, @rs), recipient_group_country = CASE WHEN recipient_sector IS NULL THEN @rc ELSE recipient_group_country END,
          recipient_group = coalesce(recipient_group, @rg)
        WHERE event_id = @id`),
      insertParticipant: p('INSERT OR IGNORE INTO event_participants (event_id, role, entity_id, date) VALUES (?, ?, ?, ?)'),
      insertReport: p(`INSERT OR IGNORE INTO event_reports (event_id, article_id, local_id, date, source_name, trigger, sentence, modality, negated, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      recountEvent: p(`UPDATE events SET num_mentions = (SELECT count(*) FROM event_reports WHERE event_id = @id),
        num_articles = (SELECT count(DISTINCT article_id) FROM event_reports WHERE event_id = @id),
        num_sources = (SELECT count(DISTINCT source_name) FROM event_reports WHERE event_id = @id) WHERE event_id = @id`),
      // Only the entity's latest 100 stories are looked at: an entity in thousands of stories (a wire's own name) says little.
      storyCandidates: p(`SELECT s.story_id AS story_id FROM (SELECT story_id FROM story_entities WHERE entity_id = ? ORDER BY story_id DESC LIMIT 100) se
        JOIN stories s USING (story_id) WHERE (s.last IS NULL OR s.last >= ?) AND (s.first IS NULL OR s.first <= ?)`),
      articleCount: p('SELECT article_count FROM entities WHERE entity_id = ?').pluck(),
      storyOf: p('SELECT story_id FROM articles WHERE article_id = ?'),
      insertStory: p('INSERT INTO stories (title, first, last, article_count) VALUES (?, ?, ?, 0)'),
      touchStory: p(`UPDATE stories SET article_count = article_count + 1,
        first = CASE WHEN @date IS NULL THEN first WHEN first IS NULL OR @date < first THEN @date ELSE first END,
        last = CASE WHEN @date IS NULL THEN last WHEN last IS NULL OR @date > last THEN @date ELSE last END WHERE story_id = @id`),
      upsertStoryEntity: p(`INSERT INTO story_entities (story_id, entity_id, weight) VALUES (?, ?, 1)
        ON CONFLICT (entity_id, story_id) DO UPDATE SET weight = weight + 1`),
      storyEvents: p(`SELECT DISTINCT a.story_id FROM event_reports r JOIN articles a USING (article_id)
        WHERE r.event_id = ? AND a.story_id IS NOT NULL AND a.article_id <> ? ORDER BY r.article_id DESC LIMIT 20`),
    };
    this.merger = new EntityMerger(db);
    // Writing touches the newest pages and the indexes' inner pages; 16 MB of cache does as well for it as 64 MB
    // (measured on Reuters: about 5% more time storing) and keeps an ingest's memory 48 MB lower.
    db.pragma(`cache_size = -${WRITE_CACHE_KB}`);
    // A batch of a few hundred articles dirties more than SQLite's default 1,000 pages, so each commit would also copy
    // the log back into the database; checkpointing every 8,000 pages (32 MB of log) copies a page rewritten by
    // several batches once.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }

  private readonly ftsInserts = new Map<number, Database.Statement>();
  private readonly merger: EntityMerger;

  private insertFts(id: number, title: string, text: string, facets: string): void {
    const shard = shardOf(id, this.shardSize);
    let stmt = this.ftsInserts.get(shard);
    if (!stmt) {
      this.db.exec(createShardSql(shard));
      stmt = this.db.prepare(`INSERT INTO ${shardTable(shard)} (rowid, title, body, facets) VALUES (?, ?, ?, ?)`);
      this.ftsInserts.set(shard, stmt);
    }
    stmt.run(id, title, text, facets);
  }

  private insertBands(bands: readonly number[], id: number): void {
    if (bands.length === BANDS) {
      const args: number[] = [];
      for (const band of bands) args.push(band, id);
      this.s.insertBands.run(...args);
    } else for (const band of bands) this.s.insertBand.run(band, id);
  }

  /** Opens a write transaction that `addInOpen` adds to, until `commitOpen` or `rollbackOpen`. */
  beginOpen(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  /** Adds one article to the open transaction; on any failure the whole transaction is rolled back (no partial article). */
  addInOpen(item: IngestItem): AddOutcome {
    try {
      return this.addOne(item);
    } catch (err) {
      this.rollbackOpen();
      throw err;
    }
  }

  commitOpen(): void {
    try {
      this.db.exec('COMMIT');
    } catch (err) {
      this.rollbackOpen();
      throw err;
    }
  }

  rollbackOpen(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    // A shard made inside the rolled-back transaction is gone again: forget its statement.
    this.ftsInserts.clear();
  }

  /** Stores the batch in one immediate transaction: all of it, or (on any failure) none of it. */
  addBatch(items: readonly IngestItem[]): AddOutcome[] {
    try {
      return this.db.transaction(() => items.map((item) => this.addOne(item))).immediate();
    } catch (err) {
      // A shard made inside the rolled-back transaction is gone again: forget its statement.
      this.ftsInserts.clear();
      throw err;
    }
  }

  private addOne(item: IngestItem): AddOutcome {
    if (this.s.hasKey.get(item.key)) return { key: item.key, status: 'present' };
    const a = item.article;
    const date = articleDate(a);
    const info = this.s.insertArticle.run({
      key: item.key,
      externalId: a.id,
      date,
      title: a.title,
      source: a.source.url ?? a.source.path ?? a.source.format,
      sourceName: item.sourceName,
      bodyHash: item.bodyHash,
      doc: encodeDoc(a),
    });
    const id = Number(info.lastInsertRowid);
    const duplicateOf = this.findDuplicate(id, item, date);
    this.insertBands(item.bands, id);
    const local = this.linkEntities(id, a, date);
    this.storeQuotes(id, a, date, local);
    const events = this.mergeEvents(id, a, item.sourceName, local);
    this.assignStory(id, a, date, local, events, duplicateOf);
    const facets = facetTokens(a, date, local.values(), a.entities.flatMap((e) => (e.country ? [e.country] : [])));
    // The text goes in once, with its facets; near-duplicate verification of a later article of this batch reads it back.
    this.s.insertText.run(id, a.title, a.text, facets);
    this.insertFts(id, a.title ?? '', a.text, facets);
    return { key: item.key, status: 'stored', articleId: id, duplicateOf };
  }

  private findDuplicate(id: number, item: IngestItem, date: string | null): number | null {
    if (item.bodyHash) {
      const row = this.s.exactDup.get(item.bodyHash, id) as { article_id: number; duplicate_of: number | null } | undefined;
      if (row) {
        const original = row.duplicate_of ?? row.article_id;
        this.s.setDuplicate.run(original, 1, 1, id);
        return original;
      }
    }
    if (item.bands.length === 0) return null;
    const seen = new Set<number>();
    if (item.bands.length === BANDS) for (const hit of this.s.allBandHits.all(...item.bands) as number[]) seen.add(hit);
    else for (const band of item.bands) for (const r of this.s.bandHits.all(band) as { article_id: number }[]) seen.add(r.article_id);
    if (seen.size === 0) return null;
    const mine = shingleHashes(bodyText(item.article));
    let best: { original: number; similarity: number } | null = null;
    for (const cand of [...seen].sort((x, y) => x - y)) {
      const row = this.s.candidate.get(cand) as { article_id: number; date: string | null; duplicate_of: number | null; doc: Buffer; body: string } | undefined;
      if (!row) continue;
      const gap = daysBetween(date, row.date);
      if (gap !== null && gap > this.opts.duplicateWindowDays) continue;
      const other = loadArticle(row.doc, row.body);
      const sim = jaccard(mine, shingleHashes(bodyText(other)));
      if (sim >= this.opts.duplicateThreshold && (!best || sim > best.similarity)) best = { original: row.duplicate_of ?? row.article_id, similarity: sim };
    }
    if (!best) return null;
    this.s.setDuplicate.run(best.original, best.similarity, 0, id);
    return best.original;
  }

  /** Links each article entity to a corpus entity (creating or merging as needed); returns local id -> corpus id. */
  private linkEntities(articleId: number, a: Article, date: string | null): Map<string, number> {
    const local = new Map<string, number>();
    const counted = new Set<number>();
    for (const e of a.entities) {
      // Each name is normalised once: normalising is a good part of linking's own time.
      const forms = entityNameForms(e);
      const norm = normaliseName(e.name);
      if (!norm) continue;
      const norms = [...forms.keys()];
      const corpusId = this.linkOne(e, norm, norms);
      local.set(e.id, corpusId);
      const first = !counted.has(corpusId);
      counted.add(corpusId);
      this.s.touchEntity.run({ id: corpusId, mentions: Math.max(e.mentions.length, 1), articles: first ? 1 : 0, date });
      if (e.country !== null || e.sector !== null) this.s.fillEntity.run({ id: corpusId, country: e.country, sector: e.sector });
      for (const [n, display] of forms) this.s.upsertAlias.run(e.type, n, corpusId, display);
      this.s.insertArticleEntity.run(articleId, e.id, corpusId, date, e.mentions.length);
      for (const t of e.titles) this.s.insertTitle.run(corpusId, t, articleId, date);
      if (!isShortName(norm)) for (const n of norms) if (isShortName(n) && n !== norm) this.absorbShortEntity(e, corpusId, n);
    }
    return local;
  }

  private linkOne(e: Entity, norm: string, norms: readonly string[]): number {
    const compatible = (rows: Row[]) => rows.filter((r) => countriesCompatible(r['country'] as string | null, e.country));
    const exact = compatible(this.s.entityByNorm.all(e.type, norm) as Row[]);
    if (exact[0]) return exact[0]['entity_id'] as number;
    // A bare surname or short form joins the one fuller name that goes by it; if several do, it is ambiguous and stands alone.
    if (isShortName(norm)) {
      const byAlias = compatible(this.s.entitiesByAlias.all(e.type, norm) as Row[]);
      if (byAlias.length === 1) return (byAlias[0] as Row)['entity_id'] as number;
    } else {
      const fuller = new Set<number>();
      for (const n of norms) {
        if (n === norm || isShortName(n)) continue;
        for (const r of compatible(this.s.entityByNorm.all(e.type, n) as Row[])) fuller.add(r['entity_id'] as number);
      }
      if (fuller.size === 1) return [...fuller][0] as number;
    }
    return Number(this.s.insertEntity.run(e.type, e.name, norm, e.country, e.sector).lastInsertRowid);
  }

  /** A corpus entity known only by a short name ("Barr") merges into a full name ("William Barr") now known to go by it, if only one does. */
  private absorbShortEntity(e: Entity, fullId: number, short: string): void {
    const shorts = (this.s.entityByNorm.all(e.type, short) as Row[]).filter((r) => countriesCompatible(r['country'] as string | null, e.country));
    if (shorts.length !== 1) return;
    const fuller = this.s.entitiesByAlias.all(e.type, short) as Row[];
    if (fuller.length !== 1 || fuller[0]?.['entity_id'] !== fullId) return;
    const shortId = (shorts[0] as Row)['entity_id'] as number;
    if (shortId === fullId) return;
    this.merger.merge(shortId, fullId);
  }

  private storeQuotes(articleId: number, a: Article, date: string | null, local: Map<string, number>): void {
    for (const q of a.quotes) {
      const entityId = q.speaker ? local.get(q.speaker) ?? null : null;
      const speakerEntity = q.speaker ? a.entities.find((e) => e.id === q.speaker) : undefined;
      const speaker = speakerEntity?.name ?? q.speakerMention?.text ?? null;
      this.s.insertQuote.run(articleId, entityId, speaker, speaker ? normaliseName(speaker) : null, q.kind, q.text, date);
    }
  }

  private mergeEvents(articleId: number, a: Article, sourceName: string, local: Map<string, number>): number[] {
    const ids: number[] = [];
    for (const ev of a.events) {
      const actors = [...new Set(ev.actor.flatMap((l) => local.get(l) ?? []))].sort((x, y) => x - y);
      const recipients = [...new Set(ev.recipient.flatMap((l) => local.get(l) ?? []))].sort((x, y) => x - y);
      const actorKey = actors.join(',');
      const recipientKey = recipients.join(',');
      const date = eventDate(ev, a);
      const ag = corpusEventGroup(a, ev.actor, ev.actorGroup);
      const rg = corpusEventGroup(a, ev.recipient, ev.recipientGroup);
      const groupCells = [ag?.text ?? null, ag?.sector ?? null, ag?.country ?? null, rg?.text ?? null, rg?.sector ?? null, rg?.country ?? null];
      let eventId: number | null = null;
      // Without a known participant, two reports of the same type are not evidence of one event.
      if (actors.length + recipients.length > 0) {
        const w = this.opts.eventWindowDays;
        const row = (date
          ? this.s.findEvent.get(ev.type, actorKey, recipientKey, addDays(date, -w), addDays(date, w), date)
          : this.s.findUndatedEvent.get(ev.type, actorKey, recipientKey)) as { event_id: number } | undefined;
        eventId = row?.event_id ?? null;
      }
      if (eventId === null) {
        eventId = Number(this.s.insertEvent.run(ev.type, ev.cameo, actorKey, recipientKey, date, ...groupCells).lastInsertRowid);
        for (const x of actors) this.s.insertParticipant.run(eventId, 'actor', x, date);
        for (const x of recipients) this.s.insertParticipant.run(eventId, 'recipient', x, date);
      } else if (ag || rg) {
        const [gText, gSector, gCountry, rText, rSector, rCountry] = groupCells;
        this.s.fillEventGroups.run({ ag: gText, as: gSector, ac: gCountry, rg: rText, rs: rSector, rc: rCountry, id: eventId });
      }
      const sentence = a.sentences[ev.sentence];
      this.s.insertReport.run(eventId, articleId, ev.id, date, sourceName, ev.trigger.text, sentence ? a.text.slice(sentence.start, sentence.end) : '',
        ev.modality, ev.negated ? 1 : 0, ev.confidence);
      this.s.recountEvent.run({ id: eventId });
      ids.push(eventId);
    }
    return ids;
  }

  /** Online story clustering: join the active story sharing most weighted entities or an event, else start one. */
  private assignStory(articleId: number, a: Article, date: string | null, local: Map<string, number>, events: number[], duplicateOf: number | null): void {
    const weights = new Map<number, number>();
    // An entity in more than 1% of all articles (a wire's own name, a sign-off read as a name) ties unrelated stories together.
    const common = Math.max(20, articleId / 100);
    for (const e of a.entities) {
      const id = local.get(e.id);
      const w = storyWeight(e.type);
      if (id === undefined || w <= 0) continue;
      if (((this.s.articleCount.get(id) as number | undefined) ?? 0) > common) continue;
      weights.set(id, Math.max(weights.get(id) ?? 0, w));
    }
    let story: number | null = null;
    if (duplicateOf !== null) story = (this.s.storyOf.get(duplicateOf) as { story_id: number | null } | undefined)?.story_id ?? null;
    if (story === null && (weights.size > 0 || events.length > 0)) {
      const total = [...weights.values()].reduce((x, y) => x + y, 0);
      const score = new Map<number, number>();
      const shared = new Map<number, number>();
      const from = date ? addDays(date, -this.opts.storyWindowDays) : '0000-00-00';
      const to = date ? addDays(date, this.opts.storyWindowDays) : '9999-99-99';
      for (const [id, w] of weights) {
        for (const r of this.s.storyCandidates.all(id, from, to) as { story_id: number }[]) {
          score.set(r.story_id, (score.get(r.story_id) ?? 0) + w / total);
          shared.set(r.story_id, (shared.get(r.story_id) ?? 0) + 1);
        }
      }
      for (const ev of new Set(events)) {
        for (const r of this.s.storyEvents.all(ev, articleId) as { story_id: number }[]) {
          score.set(r.story_id, (score.get(r.story_id) ?? 0) + 0.5);
          shared.set(r.story_id, (shared.get(r.story_id) ?? 0) + 2);
        }
      }
      let best = -1;
      for (const [s, v] of score) {
        if (v >= this.opts.storyThreshold && (shared.get(s) ?? 0) >= 2 && v > best) {
          best = v;
          story = s;
        }
      }
      if (story === null && weights.size > 0) story = Number(this.s.insertStory.run(a.title, date, date).lastInsertRowid);
    }
    if (story === null) return;
    this.s.setStory.run(story, articleId);
    this.s.touchStory.run({ id: story, date });
    for (const id of weights.keys()) this.s.upsertStoryEntity.run(story, id);
  }
}

/** Moves everything of one corpus entity onto another; its statements are prepared once, not on every merge. */
export class EntityMerger {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      entity: p('SELECT * FROM entities WHERE entity_id = ?'),
      addCounts: p(`UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + ?,
        first_seen = CASE WHEN ? IS NOT NULL AND (first_seen IS NULL OR ? < first_seen) THEN ? ELSE first_seen END,
        last_seen = CASE WHEN ? IS NOT NULL AND (last_seen IS NULL OR ? > last_seen) THEN ? ELSE last_seen END,
        country = COALESCE(country, ?) WHERE entity_id = ?`),
      moveArticleEntities: p('UPDATE article_entities SET entity_id = ? WHERE entity_id = ?'),
      aliasesOf: p('SELECT type, norm, alias, count FROM aliases WHERE entity_id = ?'),
      addAlias: p(`INSERT INTO aliases (type, norm, entity_id, alias, count) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (type, norm, entity_id) DO UPDATE SET count = count + excluded.count`),
      deleteAliases: p('DELETE FROM aliases WHERE entity_id = ?'),
      moveTitles: p('UPDATE entity_titles SET entity_id = ? WHERE entity_id = ?'),
      moveQuotes: p('UPDATE quotes SET entity_id = ? WHERE entity_id = ?'),
      moveParticipants: p('UPDATE OR IGNORE event_participants SET entity_id = ? WHERE entity_id = ?'),
      deleteParticipants: p('DELETE FROM event_participants WHERE entity_id = ?'),
      eventsOf: p('SELECT DISTINCT event_id FROM event_participants WHERE entity_id = ?'),
      roleIds: p('SELECT entity_id FROM event_participants WHERE event_id = ? AND role = ? ORDER BY entity_id'),
      setKey: p('UPDATE events SET actor_key = ?, recipient_key = ? WHERE event_id = ?'),
      storiesOf: p('SELECT story_id, weight FROM story_entities WHERE entity_id = ?'),
      addStoryEntity: p(`INSERT INTO story_entities (story_id, entity_id, weight) VALUES (?, ?, ?)
        ON CONFLICT (entity_id, story_id) DO UPDATE SET weight = weight + excluded.weight`),
      deleteStoryEntities: p('DELETE FROM story_entities WHERE entity_id = ?'),
      deleteEntity: p('DELETE FROM entities WHERE entity_id = ?'),
      redirectMerges: p('UPDATE entity_merges SET into_id = ? WHERE into_id = ?'),
      addMerge: p('INSERT OR REPLACE INTO entity_merges (from_id, into_id) VALUES (?, ?)'),
    };
  }

  /** Moves everything of corpus entity `from` onto `into` and deletes `from` (counts added, first/last widened). */
  merge(from: number, into: number): void {
    const s = this.s;
    const f = s.entity.get(from) as Row | undefined;
    if (!f) return;
    s.addCounts.run(f['mention_count'], f['article_count'], f['first_seen'], f['first_seen'], f['first_seen'], f['last_seen'], f['last_seen'], f['last_seen'], f['country'], into);
    s.moveArticleEntities.run(into, from);
    for (const r of s.aliasesOf.all(from) as Row[]) s.addAlias.run(r['type'], r['norm'], into, r['alias'], r['count']);
    s.deleteAliases.run(from);
    s.moveTitles.run(into, from);
    s.moveQuotes.run(into, from);
    s.moveParticipants.run(into, from);
    s.deleteParticipants.run(from);
    // Event keys name participants by id: rebuild the keys of the events the merged entity took part in.
    for (const { event_id } of s.eventsOf.all(into) as { event_id: number }[]) {
      const key = (role: string) => (s.roleIds.all(event_id, role) as { entity_id: number }[]).map((r) => r.entity_id).join(',');
      s.setKey.run(key('actor'), key('recipient'), event_id);
    }
    for (const r of s.storiesOf.all(from) as Row[]) s.addStoryEntity.run(r['story_id'], into, r['weight']);
    s.deleteStoryEntities.run(from);
    s.deleteEntity.run(from);
    // Articles indexed under the old id (facet tokens) are still found by the new one.
    s.redirectMerges.run(into, from);
    s.addMerge.run(from, into);
  }
}

/** Moves everything of corpus entity `from` onto `into` and deletes `from` (counts added, first/last widened). */
export function mergeEntities(db: Db, from: number, into: number): void {
  new EntityMerger(db).merge(from, into);
}
