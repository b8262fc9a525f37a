// Tests for the HTML reader: main text, paragraphs, title, byline, date sources and their priority, URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlReader } from './html.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';
import type { ReadResult } from './reader.js';

const BODY = `
<p>A powerful storm struck the northern coast on Tuesday, cutting power to thousands of homes, officials said.
The mayor of Port Alden called it the worst in a decade and asked residents to stay inside.</p>
<p>Rescue crews worked through the night to clear roads blocked by fallen trees, according to the regional fire
service. Schools will remain closed on Wednesday while engineers inspect the sea wall.</p>
<p>&ldquo;We have never seen water this high,&rdquo; said Tom Hale, a fisherman who has lived in the town for forty
years, standing beside his damaged boat on the quay.</p>`;

function page(head: string, article = BODY, extra = ''): string {
  return `<!doctype html><html><head><title>Storm cuts power along the coast</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Storm cuts power along the coast</h1><p class="byline">By Jane Roe</p>${article}</article>${extra}
<footer><p>Copyright Daily Example. All rights reserved.</p></footer></body></html>`;
}

function read(html: string, path: string | null = 'saved/storm.html'): ReadResult[] {
  return [...htmlReader.read({ path, bytes: new TextEncoder().encode(html) }, DEFAULT_READ_OPTIONS)];
}

test('main text as one paragraph per block, title and byline first, navigation and footer left out', () => {
  const [r] = read(page('<meta property="article:published_time" content="2021-03-04T09:30:00Z"><link rel="canonical" href="https://news.example/storm">'));
  assert.ok(r?.ok, r && !r.ok ? r.error.describe() : '');
  const a = r.article;
  assert.equal(a.id, 'storm');
  assert.equal(a.title, 'Storm cuts power along the coast');
  assert.equal(a.date, '2021-03-04');
  assert.deepEqual(a.source, { path: 'saved/storm.html', url: 'https://news.example/storm', format: 'html' });
  const paras = (a.paragraphs ?? []).map((p) => [p.role, a.text.slice(p.start, p.end)]);
  assert.deepEqual(paras.map(([role]) => role), ['title', 'byline', 'body', 'body', 'body']);
  assert.deepEqual(paras[0], ['title', 'Storm cuts power along the coast']);
  assert.deepEqual(paras[1], ['byline', 'By Jane Roe']);
  assert.match(paras[2]?.[1] ?? '', /^A powerful storm struck .* stay inside\.$/);
  assert.equal(paras[4]?.[1]?.slice(0, 37), '\u201cWe have never seen water this high,\u201d');
  assert.ok(!a.text.includes('Copyright') && !a.text.includes('Sport'));
  assert.equal(a.text.split('\n\n').length, 5);
});

test('date priority: article:published_time, then JSON-LD datePublished (in an @graph), then <time datetime>', () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-05-06T08:00:00Z"}]}</script>';
  const time = '<p><time datetime="2021-07-08">July 8</time></p>';
  const meta = '<meta property="article:published_time" content="2021-03-04">';
  const dateOf = (html: string): string | null => {
    const [r] = read(html);
    assert.ok(r?.ok);
    return r.article.date;
  };
  assert.equal(dateOf(page(meta + ld, BODY + time)), '2021-03-04');
  assert.equal(dateOf(page(ld, BODY + time)), '2021-05-06');
  assert.equal(dateOf(page('', BODY + time)), '2021-07-08');
  assert.equal(dateOf(page('')), null);
});

test('og:url is used when there is no canonical link; an unreadable date is a warning', () => {
  const [r] = read(page('<meta property="og:url" content="https://news.example/og"><meta property="article:published_time" content="soon">'));
  assert.ok(r?.ok);
  assert.equal(r.article.source.url, 'https://news.example/og');
  assert.equal(r.article.date, null);
  assert.equal(r.article.messages?.[0]?.severity, 'warning');
});

test('a page with no article text is NO_ARTICLE_TEXT naming the file', () => {
  const [r] = read('<!doctype html><html><head><title>Empty</title></head><body><script>var x = 1;</script></body></html>', 'saved/empty.html');
  assert.ok(r && !r.ok);
  assert.equal(r.error.code, 'NO_ARTICLE_TEXT');
  assert.equal(r.error.location.file, 'saved/empty.html');
});

test('sniffing recognises HTML documents', () => {
  assert.ok(htmlReader.sniff('<!DOCTYPE html>\n<html>'));
  assert.ok(htmlReader.sniff('  <html lang="en">'));
  assert.ok(!htmlReader.sniff('The <b>bold</b> plan'));
});
