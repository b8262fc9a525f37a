// `npm run eval -- reuters-duplicates [--db FILE]`: are Reuters-21578's groups of stories with the same <BODY> (whitespace-
// normalised; 279 groups) stored as duplicates of one original? Also counts the other duplicate links the store made.
import { sharedPath } from '../testing/shared-data.js';
import { REUTERS_SGM, reutersStore } from './reuters-corpus-db.js';
import { readReutersGold } from './reuters-gold.js';

/** Prints how many exact-duplicate body groups are found whole (every member linked to the same original). */
export async function main(args: string[]): Promise<number> {
  const gold = readReutersGold(sharedPath(REUTERS_SGM));
  const groups = new Map<string, string[]>();
  for (const g of gold.values()) {
    if (g.body === null) continue;
    const list = groups.get(g.body) ?? [];
    list.push(g.id);
    groups.set(g.body, list);
  }
  const dupGroups = [...groups.values()].filter((l) => l.length > 1);
  const store = await reutersStore(args);
  const root = new Map<string, number>();
  let exact = 0;
  let near = 0;
  try {
    for await (const a of store.articles({ includeDuplicates: true })) root.set(a.externalId, a.duplicateOf ?? a.articleId);
    for (const p of await store.duplicates(1_000_000)) {
      if (p.exact) exact++;
      else near++;
    }
  } finally {
    await store.close();
  }
  let whole = 0;
  const missed: string[][] = [];
  for (const g of dupGroups) {
    if (new Set(g.map((id) => root.get(id))).size === 1 && root.has(g[0] as string)) whole++;
    else missed.push(g);
  }
  console.log(`<BODY> duplicate groups: ${dupGroups.length} (${dupGroups.reduce((n, g) => n + g.length, 0)} stories); found whole: ${whole} (${((100 * whole) / Math.max(dupGroups.length, 1)).toFixed(1)}%)`);
  if (missed.length) console.log(`not linked: ${missed.slice(0, 10).map((g) => g.join('+')).join(', ')}${missed.length > 10 ? ', ...' : ''}`);
  console.log(`duplicate links stored: ${exact} exact (same normalised body), ${near} near (Jaccard >= 0.8 over 5-word shingles)`);
  return 0;
}
