// The corpus commands (search, entity, timeline, quotes, events, duplicates, stories, export) on a small hand-built corpus.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { parseArgs } from 'node:util';
import { ingestItem } from '../../corpus/item.js';
import { fixtureArticle, type FixtureSpec } from '../../store/fixtures.js';
import { SqliteStore } from '../../store/sqlite/index.js';
import type { Command } from '../command.js';
import { duplicatesCommand } from './duplicates.js';
import { entityCommand, participantsText } from './entity.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestSummaryText, progressLine } from './ingest.js';
import { quotesCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { storiesCommand } from './stories.js';
import { timelineCommand } from './timeline.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-cmd-'));
const db = path.join(dir, 'c.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const spec = (id: string, date: string, url: string, extra = ''): FixtureSpec => ({
  id, date, url, title: `Ruritania and Freedonia sign grain pact ${id}`,
  body: `Ruritania signed a grain agreement with Freedonia on Monday. "This is a fair deal," said Trade Minister Anna Kovac. Kovac said shipments would start soon.${extra}`,
  entities: [
    { id: 'e1', type: 'GPE', name: 'Ruritania', country: 'RUR' }, { id: 'e2', type: 'GPE', name: 'Freedonia', country: 'FRE' },
    { id: 'e3', type: 'PERSON', name: 'Anna Kovac', mentions: ['Kovac'], country: 'RUR', titles: ['Trade Minister'] },
    { id: 'e4', type: 'ORG', name: 'Grain Board' },
  ],
  events: [{ type: 'AGREE', trigger: 'signed', actor: ['e1'], recipient: ['e2'] }],
  quotes: [{ text: '"This is a fair deal,"', speaker: 'e3' }],
});

before(async () => {
  const store = SqliteStore.open(db);
  await store.addArticles([
    ingestItem(fixtureArticle(spec('a1', '2023-02-06', 'https://one.example.test/a1', ' The Grain Board welcomed it.'))),
    ingestItem(fixtureArticle(spec('a2', '2023-02-07', 'https://two.example.test/a2', ' The Grain Board welcomed it.'))),
    ingestItem(fixtureArticle({ id: 'a3', date: '2023-03-01', title: 'Storm closes port', body: 'A storm closed the port of Westhaven on Tuesday.' })),
  ]);
  await store.close();
});

async function run(command: Command, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const { values, positionals } = parseArgs({ args: [...args, '--db', db], options: command.options, allowPositionals: true, strict: true });
  const code = await command.run(values, positionals, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

test('search prints a table, or JSON with --json, honouring filters', async () => {
  const table = await run(searchCommand, ['grain', 'agreement']);
  assert.equal(table.code, 0);
  assert.match(table.out, /^#\s+date\s+id\s+title\s+snippet/);
  assert.match(table.out, /\[grain\]/);
  const hits = JSON.parse((await run(searchCommand, ['agreement', '--json'])).out) as { snippet: string }[];
  assert.match(hits[0]?.snippet ?? '', /signed a grain \[agreement\] with/);
  const json = JSON.parse((await run(searchCommand, ['storm', '--json'])).out) as { externalId: string }[];
  assert.deepEqual(json.map((h) => h.externalId), ['a3']);
  assert.deepEqual(JSON.parse((await run(searchCommand, ['grain', '--from', '2023-02-07', '--json'])).out).map((h: { externalId: string }) => h.externalId), ['a2']);
  assert.deepEqual(JSON.parse((await run(searchCommand, ['port', '--country', 'RUR', '--json'])).out), []);
});

test('entity profile, timeline and quotes', async () => {
  const profile = await run(entityCommand, ['Kovac']);
  assert.match(profile.out, /^Anna Kovac {2}\[PERSON, RUR\]/);
  assert.match(profile.out, /mentions \d+ in 2 articles, first seen 2023-02-06, last seen 2023-02-07/);
  assert.match(profile.out, /Trade Minister \(2023-02-06 \.\. 2023-02-07, 2x\)/);
  assert.match(profile.out, /seen with: .*Grain Board \(2\)/);
  assert.match((await run(entityCommand, ['ruritania'])).out, /AGREE {2}Ruritania -> Freedonia {2}\(2 mentions, 2 articles\)/);
  const missing = await run(entityCommand, ['Nobody Atall']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no entity named "Nobody Atall"/);
  const tl = JSON.parse((await run(timelineCommand, ['--entity', 'Ruritania', '--json'])).out) as { kind: string; date: string }[];
  // a2 repeats a1's body word for word: a duplicate, so the timeline lists the original only.
  assert.deepEqual(tl.map((t) => `${t.date} ${t.kind}`), ['2023-02-06 article', '2023-02-06 event']);
  const quotes = await run(quotesCommand, ['--speaker', 'Anna Kovac']);
  assert.match(quotes.out, /2023-02-07 {2}Anna Kovac/);
});

test('events, duplicates and stories', async () => {
  const ev = JSON.parse((await run(eventsCommand, ['--actor', 'RUR', '--json'])).out) as { numMentions: number; numSources: number; eventId: number }[];
  assert.deepEqual(ev.map((e) => [e.numMentions, e.numSources]), [[2, 2]]);
  const one = await run(eventsCommand, ['--id', String(ev[0]?.eventId)]);
  assert.match(one.out, /2 mentions, 2 articles, 2 sources/);
  assert.match(one.out, /Ruritania signed a grain agreement with Freedonia on Monday\./);
  const dup = await run(duplicatesCommand, []);
  assert.match(dup.out, /a2\s+a1\s+1\.000\s+exact/);
  const stories = await run(storiesCommand, ['--json']);
  assert.deepEqual(JSON.parse(stories.out).map((s: { articleCount: number }) => s.articleCount), [2]);
});

test('export streams CSV, JSON Lines, GDELT and PLOVER', async () => {
  const csv = path.join(dir, 'e.csv');
  const r = await run(exportCommand, ['--format', 'csv', '--out', csv]);
  assert.equal(r.code, 0);
  assert.match(r.err, /exported 1 events/);
  const lines = readFileSync(csv, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'event_id,date,type,cameo,actors,actor_countries,recipients,recipient_countries,actor_group,actor_group_code,recipient_group,recipient_group_code,' +
    'num_mentions,num_articles,num_sources,first_article,first_sentence');
  assert.match(lines[1] ?? '', /^\d+,2023-02-06,AGREE,,Ruritania,RUR,Freedonia,FRE,,,,,2,2,2,\d+,Ruritania signed/);
  const jsonl = (await run(exportCommand, ['--format', 'jsonl', '--type', 'AGREE'])).out.trim().split('\n').map((l) => JSON.parse(l) as { reports: unknown[] });
  assert.equal(jsonl[0]?.reports.length, 2);
  const gdelt = (await run(exportCommand, ['--format', 'gdelt'])).out.trim().split('\n');
  assert.equal(gdelt.length, 2);
  const cols = (gdelt[0] ?? '').split('\t');
  const row = (gdelt[1] ?? '').split('\t');
  assert.equal(row[cols.indexOf('NumMentions')], '2');
  assert.equal(row[cols.indexOf('NumSources')], '2');
  const plover = (await run(exportCommand, ['--format', 'plover'])).out.trim().split('\n').map((l) => JSON.parse(l) as { event: string[] });
  assert.deepEqual(plover.map((p) => p.event), [['AGREE']]);
  await assert.rejects(run(exportCommand, ['--format', 'xml']), /--format expects one of/);
});

test('a missing database is a clear one-line error', async () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const { values, positionals } = parseArgs({ args: ['x', '--db', path.join(dir, 'nope.db')], options: searchCommand.options, allowPositionals: true });
  assert.equal(await searchCommand.run(values, positionals, { stdout, stderr, stdin: new PassThrough() }), 1);
  assert.match(err, /cannot open the database.*run `dateline ingest` first/);
});

test('ingest progress line and summary', () => {
  const p = { read: 500, stored: 450, duplicates: 3, present: 40, failed: 10, reasons: { PARSE_ERROR: 10 }, seconds: 5, bytesDone: 250, bytesTotal: 1000 };
  const line = progressLine(p, 120);
  assert.equal(line.length, 119);
  assert.match(line, /^ingest \[#####\.{15}\] 25% 500 read, 450 stored, 40 present, 10 failed, 100\/s, ETA 15s/);
  assert.equal(ingestSummaryText(p, 'x.db'), 'dateline: 500 read, 450 stored (3 duplicates), 40 skipped as already present, 10 failed (10 PARSE_ERROR) in 5.0 s -> x.db\n');
});

test('an event table shows unnamed parties with their code, and a name inside a group only through it', () => {
  const base = { eventId: 1, type: 'COERCE' as const, cameo: '173', date: '2023-02-01', numMentions: 1, numArticles: 1, numSources: 1 };
  const turks = { entityId: 4, name: 'Turkish', country: 'TUR' };
  assert.equal(
    participantsText({ ...base, actors: [turks], recipients: [], actorGroup: { text: 'Turkish police', sector: 'COP', country: 'TUR' }, recipientGroup: { text: 'two men', sector: 'CVL', country: null } }),
    'Turkish police (TURCOP) -> two men (CVL)',
  );
  assert.equal(participantsText({ ...base, actors: [turks], recipients: [], actorGroup: null, recipientGroup: null }), 'Turkish -> ?');
});
