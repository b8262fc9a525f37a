// Reader for saved HTML pages: the main text found by Readability, one paragraph per block, with title, byline, date and URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DatelineError } from '../core/index.js';
import type { Message, Paragraph, ParagraphRole, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { htmlBlocks, squeeze } from './html-blocks.js';
import type { DomNode, HtmlBlock } from './html-blocks.js';
import { baseId, finishArticle, readError, resolveDate } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

/** The part of linkedom's document the reader queries. */
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument extends DomNode {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  readonly title: string;
  readonly body: DomNode | null;
}

/** What the page's head says about the article, read before Readability rewrites the document. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly ogTitle: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

function meta(doc: DomDocument, selector: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
  return v && v.trim() ? v.trim() : null;
}

// JSON-LD may hold one object, an array, or an @graph of objects; the first datePublished found wins.
function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const find = (v: unknown, depth: number): string | null => {
    if (depth > 6 || v === null || typeof v !== 'object') return null;
    if (Array.isArray(v)) {
      for (const x of v) {
        const d = find(x, depth + 1);
        if (d) return d;
      }
      return null;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['datePublished'] === 'string') return o['datePublished'];
    return find(o['@graph'], depth + 1) ?? find(o['mainEntity'], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      const d = find(JSON.parse(scripts[i]?.textContent ?? ''), 0);
      if (d) return d;
    } catch {
      // A broken JSON-LD block is common on real pages and says nothing about the article: try the next one.
    }
  }
  return null;
}

/** Title, publication date and canonical URL from a page's markup. */
export function htmlMetadata(doc: DomDocument): HtmlMetadata {
  const published =
    meta(doc, 'meta[property="article:published_time"]') ??
    meta(doc, 'meta[name="article:published_time"]') ??
    jsonLdDate(doc) ??
    meta(doc, '[itemprop="datePublished"]') ??
    meta(doc, 'time[datetime]') ??
    meta(doc, 'meta[name="pubdate"]') ??
    meta(doc, 'meta[name="publishdate"]') ??
    meta(doc, 'meta[name="date"]') ??
    meta(doc, 'meta[name="dc.date.issued"]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const title = squeeze(doc.querySelector('title')?.textContent ?? '');
  return {
    title: title || null,
    ogTitle: meta(doc, 'meta[property="og:title"]'),
    published,
    url: canonical || meta(doc, 'meta[property="og:url"]'),
  };
}

interface Assembled {
  readonly text: string;
  readonly paragraphs: Paragraph[];
}

/** Blocks joined by blank lines, with their paragraph spans. */
function assemble(blocks: readonly { text: string; role: ParagraphRole }[]): Assembled {
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, role: b.role });
    text += b.text;
  }
  return { text, paragraphs };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

// The title and byline become paragraphs of their own at the top (roles 'title' and 'byline') so that offsets cover
// everything the reader shows; Readability usually strips both from the content, and a copy left in it is dropped.
function readHtml(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
  const file = inputName(input.path);
  const decoded = decodeInput(input.path, input.bytes);
  if (!decoded.ok) return [readError(decoded.error)];
  const messages: Message[] = decodeMessages(input.path, decoded.decoded.problems);
  const { document } = parseHTML(decoded.decoded.text) as unknown as { document: DomDocument };
  const metadata = htmlMetadata(document);
  // charThreshold is lowered so that short wire briefs still count as articles.
  const parsed = new Readability<DomNode>(document as never, { charThreshold: 200, serializer: (n) => n as unknown as DomNode }).parse();
  let body: HtmlBlock[] = parsed?.content ? htmlBlocks(parsed.content) : [];
  if (!body.length && document.body) body = htmlBlocks(document.body);
  const title = squeeze(parsed?.title ?? '') || metadata.title || metadata.ogTitle;
  const byline = squeeze(parsed?.byline ?? '') || null;
  if (!body.length) {
    return [readError(new DatelineError('NO_ARTICLE_TEXT', 'no article text found in the HTML page', { file }))];
  }
  const blocks: HtmlBlock[] = [];
  if (title && !(body[0] && sameText(body[0].text, title))) blocks.push({ text: title, role: 'title' });
  if (byline) {
    blocks.push({ text: byline, role: 'byline' });
    body = body.filter((b) => !sameText(b.text, byline));
  }
  if (body[0] && title && sameText(body[0].text, title)) body[0] = { text: body[0].text, role: 'title' };
  blocks.push(...body);
  const { text, paragraphs } = assemble(blocks);
  const date = resolveDate(metadata.published, options, input.path, messages, 'publication date');
  const source = { ...(input.path === null ? {} : { path: input.path }), ...(metadata.url ? { url: metadata.url } : {}), format: 'html' };
  const article: RawArticle = {
    id: baseId(input.path),
    date,
    title: title || null,
    text,
    source,
    paragraphs,
    ...(messages.length ? { messages } : {}),
  };
  return [finishArticle(article, options, { file })];
}

/** Saved HTML pages: one article per file. */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (head) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(head),
  read: readHtml,
};
