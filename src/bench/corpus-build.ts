// Builds (or reuses) a large generated corpus database for the query benchmark, without running the NLP pipeline.
import { existsSync } from 'node:fs';
import { ingestItem } from '../corpus/item.js';
import { synthArticles, type SynthArticle } from '../corpus/synth.js';
import type { Article } from '../core/index.js';
import { fixtureArticle } from '../store/fixtures.js';
import { SqliteStore } from '../store/sqlite/index.js';

/** The analysed article a generated one stands for (its entities, events and quotes as the generator made them). */
export function synthAnalysed(a: SynthArticle): Article {
  return fixtureArticle({ id: a.id, date: a.date, title: a.title, body: a.text, url: a.url, ...a.analysis });
}

/** Opens `file`, filling it with `count` generated articles unless it already holds them. */
export async function buildSynthCorpus(file: string, count: number, seed = 42): Promise<SqliteStore> {
  if (existsSync(file)) {
    const store = SqliteStore.open(file);
    if ((await store.stats()).articles >= count) return store;
    await store.close();
    throw new Error(`${file} holds fewer than ${count} articles: delete it or pass --rebuild`);
  }
  const store = SqliteStore.open(file);
  const started = Date.now();
  let batch: SynthArticle[] = [];
  let n = 0;
  for (const a of synthArticles(count, seed)) {
    batch.push(a);
    if (batch.length === 1000) {
      await store.addArticles(batch.map((x) => ingestItem(synthAnalysed(x))));
      n += batch.length;
      batch = [];
      if (n % 20000 === 0) process.stderr.write(`  built ${n} articles in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }
  if (batch.length) await store.addArticles(batch.map((x) => ingestItem(synthAnalysed(x))));
  process.stderr.write(`  built ${count} articles in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return store;
}
