// Reader for Reuters-21578 SGML (`.sgm`): one article per <REUTERS> element, scanned with string search (no DOM).
import type { Dateline, Message, Paragraph, ParagraphRole, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { baseId, finishArticle, readError, resolveDate } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** SGML character references decoded and control characters (the wire's &#2; &#3; &#5; markers) removed. */
export function decodeSgmlText(raw: string): string {
  return raw
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? all;
    })
    .replace(/[^\P{Cc}\n\t]/gu, '');
}

function element(source: string, tag: string): { inner: string; start: number; end: number } | null {
  const open = source.indexOf(`<${tag}`);
  if (open < 0) return null;
  const openEnd = source.indexOf('>', open);
  const close = source.indexOf(`</${tag}>`, openEnd);
  if (openEnd < 0 || close < 0) return null;
  return { inner: source.slice(openEnd + 1, close), start: open, end: close + tag.length + 3 };
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a wire body: a line that starts indented opens a new paragraph; wrapped lines are joined. */
export function wireParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = squeeze(current.join(' '));
    if (p) paragraphs.push(p);
    current = [];
  };
  for (const line of body.split('\n')) {
    if (/^\s/.test(line) || line.trim() === '') flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

/** The place of a wire dateline ("NEW YORK, March 3 -" -> "NEW YORK"). */
export function datelinePlace(dateline: string): string {
  const comma = dateline.indexOf(',');
  const head = comma >= 0 ? dateline.slice(0, comma) : dateline.replace(/\s*-+\s*$/, '');
  return head.trim();
}

// Stand-in text of title-only briefs; asterisks are flash markers in front of the title.
const PLACEHOLDER = /^[\s*]*(?:blah blah blah\.?)?[\s*]*$/i;

function buildArticle(doc: string, n: number, input: ReaderInput, options: ReadOptions, inherited: Message[]): ReadResult {
  const file = inputName(input.path);
  const openEnd = doc.indexOf('>');
  const newId = /\bNEWID="([^"]*)"/.exec(doc.slice(0, openEnd))?.[1];
  const messages: Message[] = [...inherited];
  const date = resolveDate(element(doc, 'DATE')?.inner ?? null, options, input.path, messages, `<DATE> of story ${newId ?? n}`);
  const textEl = element(doc, 'TEXT');
  const inner = textEl?.inner ?? '';
  const parts = { TITLE: element(inner, 'TITLE'), AUTHOR: element(inner, 'AUTHOR'), DATELINE: element(inner, 'DATELINE'), BODY: element(inner, 'BODY') };
  // Whatever sits in <TEXT> outside the known parts (all of an unprocessed story) is kept as body text.
  let loose = inner;
  for (const part of [parts.BODY, parts.DATELINE, parts.AUTHOR, parts.TITLE].filter((p) => p !== null).sort((a, b) => b.start - a.start)) {
    loose = loose.slice(0, part.start) + '\n' + loose.slice(part.end);
  }
  const title = parts.TITLE ? squeeze(decodeSgmlText(parts.TITLE.inner)) : '';
  const author = parts.AUTHOR ? squeeze(decodeSgmlText(parts.AUTHOR.inner)) : '';
  const dateline = parts.DATELINE ? squeeze(decodeSgmlText(parts.DATELINE.inner)) : '';
  const body = parts.BODY ? wireParagraphs(decodeSgmlText(parts.BODY.inner)) : [];
  const looseText = decodeSgmlText(loose);
  if (!PLACEHOLDER.test(looseText)) body.push(...wireParagraphs(looseText));

  const blocks: { text: string; role: ParagraphRole }[] = [];
  if (title) blocks.push({ text: title, role: 'title' });
  if (author) blocks.push({ text: author, role: 'byline' });
  const datelineIndex = blocks.length;
  if (dateline) body[0] = body[0] ? `${dateline} ${body[0]}` : dateline;
  for (const p of body) blocks.push({ text: p, role: 'body' });

  let text = '';
  const paragraphs: Paragraph[] = [];
  let datelineSpan: Dateline | null = null;
  for (const [i, b] of blocks.entries()) {
    if (text) text += '\n\n';
    if (i === datelineIndex && dateline) {
      const place = datelinePlace(dateline);
      if (place) datelineSpan = { start: text.length, end: text.length + place.length, place };
    }
    paragraphs.push({ start: text.length, end: text.length + b.text.length, role: b.role });
    text += b.text;
  }
  const id = newId ?? `${baseId(input.path)}#${n}`;
  // An empty story is still a story of the collection (its id and date count): kept, with a warning.
  if (!text) messages.push({ severity: 'warning', stage: 'read', message: `${file}: story ${id} has no title and no text` });
  const article: RawArticle = {
    id,
    date,
    title: title || null,
    text,
    source: input.path === null ? { format: 'reuters' } : { path: input.path, format: 'reuters' },
    paragraphs,
    ...(datelineSpan ? { dateline: datelineSpan } : {}),
    ...(messages.length ? { messages } : {}),
  };
  return finishArticle(article, options, { file });
}

function* readReuters(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
  const decoded = decodeInput(input.path, input.bytes);
  if (!decoded.ok) {
    yield readError(decoded.error);
    return;
  }
  const { text, problems } = decoded.decoded;
  let n = 0;
  for (let start = text.indexOf('<REUTERS'); start >= 0; start = text.indexOf('<REUTERS', start + 1)) {
    const close = text.indexOf('</REUTERS>', start);
    const end = close < 0 ? text.length : close + '</REUTERS>'.length;
    n++;
    yield buildArticle(text.slice(start, end), n, input, options, decodeMessages(input.path, problems, start, end));
    start = end - 1;
  }
}

/** Reuters-21578 SGML files. */
export const reutersReader: Reader = {
  format: 'reuters',
  extensions: ['.sgm', '.sgml'],
  sniff: (head) => /^<REUTERS\b/m.test(head),
  read: readReuters,
};
