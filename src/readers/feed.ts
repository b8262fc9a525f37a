// Readers for RSS (2.0 and 1.0) and Atom feeds: one article per item or entry, HTML in the content turned into text.
import { DOMParser } from 'linkedom';
import { blankLineParagraphs, DatelineError } from '../core/index.js';
import type { Message, Paragraph, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { htmlToText, squeeze } from './html-blocks.js';
import { baseId, finishArticle, readError, resolveDate } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

/** The part of linkedom's XML elements the reader walks. */
interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

function childElements(el: XmlElement): XmlElement[] {
  return Array.from(el.children);
}

/** Children whose tag (prefix included, case ignored) is one of `names`, in the order of `names`. */
function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  const kids = childElements(el);
  for (const name of names) {
    const found = kids.find((k) => k.tagName.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

function childText(el: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    const v = child(el, name)?.textContent?.trim();
    if (v) return v;
  }
  return null;
}

const LOOKS_HTML = /<[a-z!/][^>]*>|&[#a-z0-9]+;/i;

/** Feed text that may hold escaped or CDATA-wrapped HTML, as plain text. */
function feedText(value: string | null): string {
  if (!value) return '';
  return LOOKS_HTML.test(value) ? htmlToText(value) : squeeze(value);
}

/** Every item of an RSS 2.0 / RSS 1.0 document or entry of an Atom document, found at any depth. */
function feedItems(root: XmlElement): XmlElement[] {
  const items: XmlElement[] = [];
  const visit = (el: XmlElement, depth: number): void => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'item' || tag === 'entry') {
      items.push(el);
      return;
    }
    if (depth < 4) for (const k of childElements(el)) visit(k, depth + 1);
  };
  visit(root, 0);
  return items;
}

function atomLink(item: XmlElement): string | null {
  const links = childElements(item).filter((k) => k.tagName.toLowerCase() === 'link');
  const preferred = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const href = preferred?.getAttribute('href')?.trim();
  if (href) return href;
  const text = preferred?.textContent?.trim();
  return text || null;
}

function itemArticle(item: XmlElement, n: number, input: ReaderInput, options: ReadOptions, format: string, inherited: readonly Message[]): ReadResult {
  const file = inputName(input.path);
  const title = feedText(childText(item, 'title')) || null;
  // Full content (content:encoded, Atom content) is preferred to the summary when a feed gives both.
  const body = feedText(childText(item, 'content:encoded', 'content', 'description', 'summary'));
  if (!title && !body) {
    return readError(new DatelineError('NO_ARTICLE_TEXT', `feed item ${n}: expected a title or a description, found neither`, { file }));
  }
  const url = atomLink(item);
  const guid = childText(item, 'guid', 'id');
  const messages: Message[] = [...inherited];
  const date = resolveDate(childText(item, 'pubdate', 'published', 'dc:date', 'updated', 'issued', 'modified'), options, input.path, messages, `date of feed item ${n}`);
  const paragraphs: Paragraph[] = [];
  let text = '';
  if (title) {
    text = title;
    paragraphs.push({ start: 0, end: title.length, role: 'title' });
  }
  if (body) {
    const from = text ? text.length + 2 : 0;
    text = text ? `${text}\n\n${body}` : body;
    paragraphs.push(...blankLineParagraphs(text, from));
  }
  const article: RawArticle = {
    id: guid ?? url ?? `${baseId(input.path)}#${n}`,
    date,
    title,
    text,
    source: { ...(input.path === null ? {} : { path: input.path }), ...(url ? { url } : {}), format },
    paragraphs,
    ...(messages.length ? { messages } : {}),
  };
  return finishArticle(article, options, { file });
}

function readFeedAs(format: string) {
  return function* read(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
    const file = inputName(input.path);
    const decoded = decodeInput(input.path, input.bytes);
    if (!decoded.ok) {
      yield readError(decoded.error);
      return;
    }
    const doc = new DOMParser().parseFromString(decoded.decoded.text, 'text/xml') as unknown as { documentElement: XmlElement | null };
    const root = doc.documentElement;
    const items = root ? feedItems(root) : [];
    if (!items.length) {
      yield readError(new DatelineError('NO_ARTICLE_TEXT', 'expected an RSS <item> or Atom <entry>, found none', { file }));
      return;
    }
    const inherited = decodeMessages(input.path, decoded.decoded.problems);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item) yield itemArticle(item, i + 1, input, options, format, inherited);
    }
  };
}

/** RSS 2.0 and RSS 1.0 (RDF) feeds. */
export const rssReader: Reader = {
  format: 'rss',
  extensions: ['.rss'],
  sniff: (head) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|rdf:RDF)[\s>]/i.test(head),
  read: readFeedAs('rss'),
};

/** Atom feeds. */
export const atomReader: Reader = {
  format: 'atom',
  extensions: ['.atom'],
  sniff: (head) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<feed[\s>]/i.test(head),
  read: readFeedAs('atom'),
};
