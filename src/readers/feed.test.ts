// Tests for the RSS and Atom readers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atomReader, rssReader } from './feed.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import type { Reader, ReadResult } from './reader.js';

function read(reader: Reader, xml: string, path = 'feeds/local.rss'): ReadResult[] {
  return [...reader.read({ path, bytes: new TextEncoder().encode(xml) }, DEFAULT_READ_OPTIONS)];
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Local News</title>
<item>
  <title>Council approves &amp; funds new library</title>
  <link>https://news.example/library</link>
  <guid isPermaLink="false">lib-2023-001</guid>
  <pubDate>Mon, 06 Mar 2023 17:45:00 GMT</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>The town council voted 7&ndash;2 on Monday to fund a new library.</p><p>Building starts in <b>May</b>.</p>]]></content:encoded>
</item>
<item>
  <title>Road closed</title>
  <link>https://news.example/road</link>
  <description>&lt;p&gt;The coast road is closed&amp;nbsp;after a landslide.&lt;/p&gt;</description>
  <dc:date>2023-03-07T06:00:00Z</dc:date>
</item>
<item><description>Untitled brief about the tide.</description></item>
</channel></rss>`;

test('RSS: one article per item; content:encoded preferred; HTML removed and entities decoded; ids and dates', () => {
  const results = read(rssReader, RSS);
  assert.equal(results.length, 3);
  const [a, b, c] = results.map((r) => (r.ok ? r.article : null));
  assert.deepEqual(a, {
    id: 'lib-2023-001',
    date: '2023-03-06',
    title: 'Council approves & funds new library',
    text: 'Council approves & funds new library\n\nThe town council voted 7\u20132 on Monday to fund a new library.\n\nBuilding starts in May.',
    source: { path: 'feeds/local.rss', url: 'https://news.example/library', format: 'rss' },
    paragraphs: [
      { start: 0, end: 36, role: 'title' },
      { start: 38, end: 97, role: 'body' },
      { start: 99, end: 122, role: 'body' },
    ],
  });
  assert.equal(b?.id, 'https://news.example/road');
  assert.equal(b?.date, '2023-03-07');
  assert.equal(b?.text, 'Road closed\n\nThe coast road is closed after a landslide.');
  assert.equal(c?.id, 'local#3');
  assert.equal(c?.title, null);
  assert.equal(c?.text, 'Untitled brief about the tide.');
});

test('Atom: entries with id, alternate link, published date and HTML content', () => {
  const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><id>tag:news.example,2023:42</id><title type="html">Port &lt;em&gt;reopens&lt;/em&gt;</title>
<link rel="self" href="https://news.example/self/42"/><link rel="alternate" href="https://news.example/42"/>
<updated>2023-04-02T10:00:00Z</updated><published>2023-04-01T10:00:00Z</published>
<content type="html">&lt;p&gt;Ships sailed again on Saturday.&lt;/p&gt;</content></entry></feed>`;
  const [r] = read(atomReader, xml, 'wire.atom');
  assert.ok(r?.ok);
  assert.equal(r.article.id, 'tag:news.example,2023:42');
  assert.equal(r.article.title, 'Port reopens');
  assert.equal(r.article.date, '2023-04-01');
  assert.equal(r.article.text, 'Port reopens\n\nShips sailed again on Saturday.');
  assert.equal(r.article.source.url, 'https://news.example/42');
});

test('a feed with no items, and an item with neither title nor text, are errors', () => {
  const [none] = read(rssReader, '<rss><channel><title>Quiet</title></channel></rss>');
  assert.ok(none && !none.ok && none.error.code === 'NO_ARTICLE_TEXT');
  const [empty] = read(rssReader, '<rss><channel><item><link>https://x.example</link></item></channel></rss>');
  assert.ok(empty && !empty.ok && empty.error.code === 'NO_ARTICLE_TEXT');
});

test('sniffing tells RSS from Atom', () => {
  assert.ok(rssReader.sniff('<?xml version="1.0"?>\n<rss version="2.0">'));
  assert.ok(rssReader.sniff('<rdf:RDF xmlns:rdf="x">'));
  assert.ok(atomReader.sniff('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'));
  assert.ok(!atomReader.sniff('<rss>'));
});
