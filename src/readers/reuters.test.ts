// Tests for the Reuters-21578 SGML reader, on invented stories and (when present) on the whole collection.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { RawArticle } from '../core/index.js';
import { needShared, sharedPath } from '../testing/shared-data.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import { datelinePlace, decodeSgmlText, reutersReader, wireParagraphs } from './reuters.js';

const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="100" NEWID="901">
<DATE> 5-APR-1987 01:53:30.27</DATE>
<TOPICS><D>grain</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<UNKNOWN>&#5;&#5;&#5;C T
&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> RAISES GRAIN &amp; FEED OUTPUT</TITLE>
<AUTHOR>    By Ann Writer, Reuters</AUTHOR>
<DATELINE>    KANSAS CITY, April 4 - </DATELINE><BODY>Acme Mills Inc said it raised
output at its two plants by 12 pct.
    The company said demand from
export buyers remained firm.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="902">
<DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>LOCAL BANK CUTS PRIME RATE TO 7.5 PCT
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="903">
<DATE>30-FEB-1987 10:00:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
WEEKLY GRAIN SHIPMENTS
    Wheat......120 vs.....110
&#3;
</TEXT>
</REUTERS>
`;

function readAll(sgml: Uint8Array | string, date: string | null = null): RawArticle[] {
  const bytes = typeof sgml === 'string' ? new TextEncoder().encode(sgml) : sgml;
  return [...reutersReader.read({ path: 'wire/reut-test.sgm', bytes }, { ...DEFAULT_READ_OPTIONS, date })].map((r) => {
    assert.ok(r.ok, r.ok ? '' : r.error.describe());
    return r.article;
  });
}

test('a full story: title, byline, dateline joined to the body, entities decoded, wire markers gone', () => {
  const [a] = readAll(SGML);
  assert.ok(a);
  assert.equal(a.id, '901');
  assert.equal(a.date, '1987-04-05');
  assert.equal(a.title, 'ACME <ACM> RAISES GRAIN & FEED OUTPUT');
  assert.equal(
    a.text,
    'ACME <ACM> RAISES GRAIN & FEED OUTPUT\n\nBy Ann Writer, Reuters\n\n' +
      'KANSAS CITY, April 4 - Acme Mills Inc said it raised output at its two plants by 12 pct.\n\n' +
      'The company said demand from export buyers remained firm.\n\nReuter',
  );
  assert.deepEqual(
    (a.paragraphs ?? []).map((p) => p.role),
    ['title', 'byline', 'body', 'body', 'body'],
  );
  assert.ok(a.dateline);
  assert.equal(a.dateline.place, 'KANSAS CITY');
  assert.equal(a.text.slice(a.dateline.start, a.dateline.end), 'KANSAS CITY');
  assert.equal(a.source.format, 'reuters');
});

test('title-only briefs are articles with the title as text; the "Blah blah blah." stand-in is dropped', () => {
  const b = readAll(SGML)[1];
  assert.deepEqual(b, {
    id: '902',
    date: '1987-03-27',
    title: 'LOCAL BANK CUTS PRIME RATE TO 7.5 PCT',
    text: 'LOCAL BANK CUTS PRIME RATE TO 7.5 PCT',
    source: { path: 'wire/reut-test.sgm', format: 'reuters' },
    paragraphs: [{ start: 0, end: 37, role: 'title' }],
  });
});

test('unprocessed stories keep their raw text; an impossible date warns and falls back to --date', () => {
  const c = readAll(SGML, '1987-03-01')[2];
  assert.ok(c);
  assert.equal(c.title, null);
  assert.equal(c.text, 'WEEKLY GRAIN SHIPMENTS\n\nWheat......120 vs.....110');
  assert.equal(c.date, '1987-03-01');
  assert.match(c.messages?.[0]?.message ?? '', /unreadable <DATE> of story 903 "30-FEB-1987/);
});

test('a Latin-1 byte is kept as its character, with a warning on the story that holds it', () => {
  const [before, after] = SGML.split('export buyers') as [string, string];
  const enc = new TextEncoder();
  const bytes = Uint8Array.from([...enc.encode(`${before}export buyers `), 0xfc, ...enc.encode(after)]);
  const [a, b] = readAll(bytes);
  assert.ok(a?.text.includes('export buyers \u00fc remained'));
  assert.match(a?.messages?.[0]?.message ?? '', /invalid UTF-8 byte 0xFC/);
  assert.equal(b?.messages, undefined);
});

test('helpers: SGML references, wire paragraphs, dateline places', () => {
  assert.equal(decodeSgmlText('A &amp; B &lt;C&gt; &#3;&#x41;'), 'A & B <C> A');
  assert.deepEqual(wireParagraphs('One line\ncontinues.\n    Second para.\n Reuter\n'), ['One line continues.', 'Second para.', 'Reuter']);
  assert.equal(datelinePlace('COSTA MESA, Calif., March 20 -'), 'COSTA MESA');
  assert.equal(datelinePlace('LONDON -'), 'LONDON');
});

test('Reuters-21578: all 21,578 stories read, each with a date and a unique id', { skip: needShared('data/corpora/reuters21578/sgm-data') }, () => {
  const dir = sharedPath('data/corpora/reuters21578/sgm-data');
  let stories = 0;
  let dated = 0;
  let failed = 0;
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
    const file = path.join(dir, name);
    for (const r of reutersReader.read({ path: file, bytes: readFileSync(file) }, DEFAULT_READ_OPTIONS)) {
      if (!r.ok) {
        failed++;
        continue;
      }
      stories++;
      ids.add(r.article.id);
      if (r.article.date !== null && /^1987-\d\d-\d\d$/.test(r.article.date)) dated++;
    }
  }
  assert.deepEqual({ stories, dated, failed, ids: ids.size }, { stories: 21578, dated: 21578, failed: 0, ids: 21578 });
});
