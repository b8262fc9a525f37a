// The contract every Store backend must pass: call `storeContract(name, factory)` from the backend's test file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../core/index.js';
import { ingestItem } from '../corpus/item.js';
import { fixtureArticle, type FixtureSpec } from './fixtures.js';
import type { Store } from './types.js';

/** Builds a fresh, empty store for each test. */
export type StoreFactory = () => Promise<Store>;

const BODY =
  'The harbour authority of Port Vell said on Tuesday that its new container crane would open in the spring, after two years of delays. ' +
  'Engineers from the city council inspected the quay and found the foundations sound, the authority said in a statement. ' +
  'Dock workers have complained for months that the old cranes break down in high winds and slow the unloading of grain ships.';

function item(spec: FixtureSpec) {
  return ingestItem(fixtureArticle(spec));
}

async function withStore(factory: StoreFactory, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await factory();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

function barrArticle(id: string, date: string, body: string, mentions: string[], name = 'William Barr') {
  return item({
    id, date, title: `Report ${id}`, body,
    entities: [{ id: 'e1', type: 'PERSON', name, mentions, country: 'USA', titles: ['Attorney General'] }, { id: 'e2', type: 'ORG', name: 'Justice Department' }],
  });
}

/** Registers the contract tests for one backend. */
export function storeContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    test('an empty store counts nothing', () => withStore(factory, async (store) => {
      assert.deepEqual(await store.stats(), { articles: 0, duplicates: 0, entities: 0, events: 0, quotes: 0, stories: 0 });
    }));

    test('stores an article once; the same key again is reported present', () => withStore(factory, async (store) => {
      const a = item({ id: 'a1', date: '2021-03-02', title: 'Crane to open', body: BODY });
      const [first] = await store.addArticles([a]);
      assert.equal(first?.status, 'stored');
      assert.deepEqual(await store.addArticles([a]), [{ key: a.key, status: 'present' }]);
      assert.deepEqual(await store.hasKeys([a.key, 'nope']), new Set([a.key]));
      assert.equal((await store.stats()).articles, 1);
      const back = first?.status === 'stored' ? await store.getArticle(first.articleId) : null;
      assert.equal(back?.text, a.article.text);
      assert.equal(back?.id, 'a1');
      assert.deepEqual(back?.paragraphs, a.article.paragraphs);
    }));

    test('an open batch stores its articles on commit, none on rollback, and none of it when an article fails', () => withStore(factory, async (store) => {
      if (!store.beginBatch) return;
      const batch = store.beginBatch();
      const [a, b, c] = ['o1', 'o2', 'o3'].map((id, i) => item({ id, date: '2021-03-02', title: `Crane ${i}`, body: `${BODY} Item ${id}.` })) as [ReturnType<typeof item>, ReturnType<typeof item>, ReturnType<typeof item>];
      assert.equal((await batch.add(a)).status, 'stored');
      assert.equal(batch.size, 1);
      await batch.rollback();
      assert.equal((await store.stats()).articles, 0);
      await batch.add(a);
      await batch.add(b);
      assert.deepEqual(await store.hasKeys([b.key]), new Set([b.key]));
      await batch.commit();
      assert.equal((await store.stats()).articles, 2);
      await batch.add(c);
      const broken = { ...c, key: 'broken', article: { ...c.article, id: 'o4', entities: null as unknown as Article['entities'] } };
      await assert.rejects(batch.add(broken));
      assert.equal(batch.size, 0);
      assert.equal((await store.stats()).articles, 2);
      assert.equal((await batch.add(c)).status, 'stored');
      await batch.commit();
      assert.equal((await store.stats()).articles, 3);
    }));

    test('a batch with a malformed article stores none of the batch', () => withStore(factory, async (store) => {
      const good = item({ id: 'g1', date: '2021-03-02', title: 'Good', body: BODY });
      const bad = { ...item({ id: 'b1', date: '2021-03-02', title: 'Bad', body: 'Short text here.' }) };
      const broken = { ...bad, article: { ...bad.article, entities: null as unknown as Article['entities'] } };
      await assert.rejects(store.addArticles([good, broken]));
      assert.equal((await store.stats()).articles, 0);
      await store.addArticles([good]);
      assert.equal((await store.stats()).articles, 1);
    }));

    test('an exact duplicate body under another id and headline is stored as a duplicate of the first', () => withStore(factory, async (store) => {
      const [a] = await store.addArticles([item({ id: 'w1', date: '2021-03-02', title: 'Crane to open', body: BODY })]);
      const [b] = await store.addArticles([item({ id: 'w2', date: '2021-03-02', title: 'CORRECTED - Crane to open', body: BODY })]);
      assert.ok(a?.status === 'stored' && b?.status === 'stored');
      assert.equal(b.duplicateOf, a.articleId);
      const [pair] = await store.duplicates();
      assert.equal(pair?.exact, true);
      assert.equal(pair?.similarity, 1);
      assert.equal(pair?.original.externalId, 'w1');
    }));

    test('a lightly edited body is a near-duplicate; the same text months apart is not looked for', () => withStore(factory, async (store) => {
      const edited = BODY.replace('high winds', 'strong winds');
      const [a] = await store.addArticles([item({ id: 'n1', date: '2021-03-02', title: 'Crane', body: BODY })]);
      const [b] = await store.addArticles([item({ id: 'n2', date: '2021-03-03', title: 'Crane', body: edited })]);
      const [c] = await store.addArticles([item({ id: 'n3', date: '2021-09-03', title: 'Crane', body: edited.replace('spring', 'summer') })]);
      assert.ok(a?.status === 'stored' && b?.status === 'stored' && c?.status === 'stored');
      assert.equal(b.duplicateOf, a.articleId);
      assert.equal(c.duplicateOf, null);
      const [pair] = await store.duplicates();
      assert.equal(pair?.exact, false);
      assert.ok(pair && pair.similarity >= 0.8 && pair.similarity < 1, `similarity ${pair?.similarity}`);
    }));

    test('a bare surname joins the full name another story gave, in either order', () => withStore(factory, async (store) => {
      await store.addArticles([barrArticle('p1', '2020-06-01', 'Attorney General William Barr spoke. Barr said the review would end soon.', ['Barr'])]);
      await store.addArticles([barrArticle('p2', '2020-06-03', 'Barr told reporters the inquiry was over.', [], 'Barr')]);
      const found = await store.findEntities('Barr');
      assert.equal(found.length, 1);
      assert.equal(found[0]?.name, 'William Barr');
      assert.equal(found[0]?.articleCount, 2);
      assert.equal(found[0]?.firstSeen, '2020-06-01');
      assert.equal(found[0]?.lastSeen, '2020-06-03');
      const profile = await store.entityProfile(found[0]?.entityId ?? -1);
      assert.deepEqual([...(profile?.aliases ?? [])].sort(), ['Barr', 'William Barr']);
      assert.deepEqual(profile?.titles.map((t) => [t.title, t.first, t.last, t.count]), [['Attorney General', '2020-06-01', '2020-06-03', 2]]);
      assert.equal(profile?.coOccurring[0]?.name, 'Justice Department');
    }));

    test('a surname seen first merges into the full name when it arrives', () => withStore(factory, async (store) => {
      await store.addArticles([barrArticle('q1', '2020-06-01', 'Barr told reporters the inquiry was over.', [], 'Barr')]);
      await store.addArticles([barrArticle('q2', '2020-06-02', 'Attorney General William Barr spoke. Barr said more.', ['Barr'])]);
      const people = await store.findEntities('William Barr');
      assert.equal(people.length, 1);
      assert.equal(people[0]?.articleCount, 2);
      assert.equal((await store.findEntities('Barr')).length, 1);
    }));

    test('an ambiguous surname and an incompatible country stay apart', () => withStore(factory, async (store) => {
      await store.addArticles([barrArticle('r1', '2020-06-01', 'William Barr spoke.', [])]);
      await store.addArticles([barrArticle('r2', '2020-06-01', 'Bob Barr spoke.', [], 'Bob Barr')]);
      await store.addArticles([barrArticle('r3', '2020-06-02', 'Barr spoke again.', [], 'Barr')]);
      assert.equal((await store.findEntities('William Barr'))[0]?.articleCount, 1);
      assert.equal((await store.findEntities('Bob Barr'))[0]?.articleCount, 1);
      await store.addArticles([item({ id: 'g1', date: '2020-06-01', title: 'Georgia', body: 'Georgia voted.', entities: [{ id: 'e1', type: 'GPE', name: 'Georgia', country: 'USA' }] })]);
      await store.addArticles([item({ id: 'g2', date: '2020-06-01', title: 'Georgia', body: 'Georgia protested.', entities: [{ id: 'e1', type: 'GPE', name: 'Georgia', country: 'GEO' }] })]);
      assert.equal((await store.findEntities('Georgia')).length, 2);
    }));

    test('reports of one event within the window merge, with mentions, articles, sources and provenance', () => withStore(factory, async (store) => {
      const spec = (id: string, date: string, url: string): FixtureSpec => ({
        id, date, url, title: `Talks ${id}`,
        body: 'Ruritania signed a trade agreement with Freedonia on Monday. Officials in Freedonia welcomed it.',
        entities: [{ id: 'e1', type: 'GPE', name: 'Ruritania', country: 'RUR' }, { id: 'e2', type: 'GPE', name: 'Freedonia', country: 'FRE' }],
        events: [{ type: 'AGREE', trigger: 'signed', actor: ['e1'], recipient: ['e2'] }],
      });
      await store.addArticles([item(spec('t1', '2021-05-03', 'https://www.example-news.test/a')), item(spec('t2', '2021-05-04', 'https://wire.example.test/b'))]);
      await store.addArticles([item(spec('t3', '2021-05-20', 'https://wire.example.test/c'))]);
      const events = await store.events({ type: 'AGREE' });
      assert.equal(events.length, 2);
      assert.deepEqual(events.map((e) => [e.numMentions, e.numArticles, e.numSources, e.date]), [[2, 2, 2, '2021-05-03'], [1, 1, 1, '2021-05-20']]);
      assert.deepEqual(events[0]?.actors.map((a) => a.name), ['Ruritania']);
      assert.deepEqual(events[0]?.recipients.map((a) => a.country), ['FRE']);
      const detail = await store.eventDetail(events[0]?.eventId ?? -1);
      assert.deepEqual(detail?.reports.map((r) => [r.trigger, r.sentence]), [
        ['signed', 'Ruritania signed a trade agreement with Freedonia on Monday.'],
        ['signed', 'Ruritania signed a trade agreement with Freedonia on Monday.'],
      ]);
      assert.equal((await store.events({ actor: 'RUR' })).length, 2);
      assert.equal((await store.events({ actor: 'Freedonia' })).length, 0);
      assert.equal((await store.events({ from: '2021-05-10' })).length, 1);
      const all: number[] = [];
      for await (const e of store.eachEvent({})) all.push(e.reports.length);
      assert.deepEqual(all, [2, 1]);
    }));

    test('unnamed parties: kept with their sector and the country of a name inside, filled by a later report, found by --actor ISO3', () => withStore(factory, async (store) => {
      const ruritania = { id: 'e1', type: 'NORP' as const, name: 'Ruritanian', country: 'RUR' };
      const ruiz = { id: 'e2', type: 'PERSON' as const, name: 'Tomas Ruiz' };
      await store.addArticles([
        // The first report names no group: the second one's fills the corpus event.
        item({ id: 'p1', date: '2023-02-01', title: 'Arrest', body: 'Ruritanian agents detained Tomas Ruiz on Monday.', entities: [ruritania, ruiz], events: [{ type: 'COERCE', trigger: 'detained', actor: ['e1'], recipient: ['e2'] }] }),
        item({
          id: 'p2', date: '2023-02-01', url: 'https://wire.example.test/p2', title: 'Arrest in the capital',
          body: 'Ruritanian police detained Tomas Ruiz and two aides on Monday.', entities: [ruritania, ruiz],
          events: [{ type: 'COERCE', trigger: 'detained', actor: ['e1'], recipient: ['e2'], actorGroup: { text: 'Ruritanian police', sector: 'COP' }, recipientGroup: { text: 'two aides', sector: 'CVL' } }],
        }),
        item({ id: 'p3', date: '2023-03-09', title: 'Raid', body: 'Soldiers raided a market on Thursday.', events: [{ type: 'COERCE', trigger: 'raided', actorGroup: { text: 'Soldiers', sector: 'MIL' } }] }),
      ]);
      const events = await store.events({ type: 'COERCE' });
      const arrest = events.find((e) => e.recipients.some((r) => r.name === 'Tomas Ruiz'));
      assert.equal(arrest?.numMentions, 2, 'a group does not split the reports of one arrest');
      assert.deepEqual(arrest?.actorGroup, { text: 'Ruritanian police', sector: 'COP', country: 'RUR' });
      assert.deepEqual(arrest?.recipientGroup, { text: 'two aides', sector: 'CVL', country: null });
      const raid = events.find((e) => e.date === '2023-03-09');
      assert.deepEqual(raid?.actorGroup, { text: 'Soldiers', sector: 'MIL', country: null });
      assert.equal(raid?.recipientGroup, null);
      assert.deepEqual((await store.events({ actor: 'RUR' })).map((e) => e.eventId), [arrest?.eventId]);
    }));

    test('search ranks by relevance, marks matches and honours filters', () => withStore(factory, async (store) => {
      await store.addArticles([
        item({ id: 's1', date: '2021-01-05', title: 'Grain prices rise', body: 'Grain prices rose sharply as grain ships waited at the harbour.', entities: [{ id: 'e1', type: 'ORG', name: 'Harbour Board', country: 'NZL' }], events: [{ type: 'PROTEST', trigger: 'waited', actor: ['e1'] }] }),
        item({ id: 's2', date: '2021-02-05', title: 'Harbour news', body: 'A grain ship docked. The weather was calm.' }),
        item({ id: 's3', date: '2021-03-05', title: 'Football', body: 'The home side won the match.' }),
      ]);
      const hits = await store.search({ text: 'grain' });
      assert.deepEqual(hits.map((h) => h.externalId), ['s1', 's2']);
      assert.ok(hits[0]?.snippet.includes('[Grain]') || hits[0]?.snippet.includes('[grain]'), hits[0]?.snippet);
      assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
      assert.deepEqual((await store.search({ text: 'grain', from: '2021-02-01' })).map((h) => h.externalId), ['s2']);
      assert.deepEqual((await store.search({ text: 'grain', to: '2021-01-31' })).map((h) => h.externalId), ['s1']);
      assert.deepEqual((await store.search({ text: 'grain', entity: 'harbour board' })).map((h) => h.externalId), ['s1']);
      assert.deepEqual((await store.search({ text: 'grain', country: 'NZL' })).map((h) => h.externalId), ['s1']);
      assert.deepEqual((await store.search({ text: 'grain', eventType: 'PROTEST' })).map((h) => h.externalId), ['s1']);
      assert.deepEqual(await store.search({ text: 'grain', entity: 'nobody at all' }), []);
      assert.deepEqual((await store.search({ text: 'ships' })).map((h) => h.externalId).sort(), ['s1', 's2'], 'stemmed: ship matches ships');
      assert.deepEqual(await store.search({ text: '"); DROP' }), []);
    }));

    test('quotes by speaker, entity and story timelines, stories, and filtered article listing', () => withStore(factory, async (store) => {
      const spec = (id: string, date: string, body: string, quote: string): FixtureSpec => ({
        id, date, title: `Strike ${id}`, body,
        entities: [{ id: 'e1', type: 'PERSON', name: 'Maria Okafor', mentions: ['Okafor'] }, { id: 'e2', type: 'ORG', name: 'Dockers Union' }],
        quotes: [{ text: quote, speaker: 'e1' }],
        events: [{ type: 'PROTEST', trigger: 'strike', actor: ['e2'] }],
      });
      await store.addArticles([
        item(spec('k1', '2022-04-01', 'Maria Okafor of the Dockers Union called a strike. "We will not move," Okafor said.', '"We will not move,"')),
        item(spec('k2', '2022-04-02', 'The Dockers Union strike entered its second day, Maria Okafor said. "We are still here," she said.', '"We are still here,"')),
        item({ id: 'k3', date: '2022-04-02', title: 'Weather', body: 'Rain fell on the hills.' }),
      ]);
      const quotes = await store.quotesBy('Okafor');
      assert.deepEqual(quotes.map((q) => [q.date, q.speaker, q.text]), [['2022-04-02', 'Maria Okafor', '"We are still here,"'], ['2022-04-01', 'Maria Okafor', '"We will not move,"']]);
      const [okafor] = await store.findEntities('maria okafor');
      const timeline = await store.entityTimeline(okafor?.entityId ?? -1);
      assert.deepEqual(timeline.filter((t) => t.kind === 'article').map((t) => [t.date, t.text]), [['2022-04-01', 'Strike k1'], ['2022-04-02', 'Strike k2']]);
      assert.equal(timeline.filter((t) => t.kind === 'quote').length, 2);
      const stories = await store.stories();
      assert.equal(stories.length, 1);
      assert.equal(stories[0]?.articleCount, 2);
      assert.deepEqual([...(stories[0]?.topEntities ?? [])].sort(), ['Dockers Union', 'Maria Okafor']);
      const st = await store.storyTimeline(stories[0]?.storyId ?? -1);
      assert.deepEqual(st.filter((t) => t.kind === 'article').map((t) => t.text), ['Strike k1', 'Strike k2']);
      assert.equal(st.filter((t) => t.kind === 'event').length, 2);
      const listed: string[] = [];
      for await (const a of store.articles({ from: '2022-04-02' })) listed.push(a.externalId);
      assert.deepEqual(listed, ['k2', 'k3']);
      const byEntity: string[] = [];
      for await (const a of store.articles({ entity: 'Okafor' })) byEntity.push(a.article.id);
      assert.deepEqual(byEntity, ['k1', 'k2']);
    }));
  });
}
