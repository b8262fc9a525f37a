// Reader for plain-text articles: an optional `date YYYY-MM-DD` prefix and an optional headline line.
import { blankLineParagraphs, DatelineError } from '../core/index.js';
import type { Message, Paragraph, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { baseId, finishArticle, readError, resolveDate } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

// "date 2020-11-19 Body..." or "date: 2020-11-19\n\nBody...": only a date-shaped token counts, so a story that
// opens with the word "Date" is left alone.
const DATE_PREFIX = /^\s*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$)[ \t]*/i;

const MAX_TITLE_CHARS = 120;
const MAX_TITLE_WORDS = 20;

/** The text after a `date YYYY-MM-DD` prefix, and the date written there (null when there is no prefix). */
export function splitDatePrefix(text: string): { date: string | null; rest: string } {
  const m = DATE_PREFIX.exec(text);
  if (!m) return { date: null, rest: text };
  return { date: m[1] ?? null, rest: text.slice(m[0].length) };
}

/** The end of the first line when it reads as a headline: short, no closing period, followed by a blank line. */
export function headlineEnd(text: string): number | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const line = text.slice(0, nl).trim();
  if (!line || line.length > MAX_TITLE_CHARS || line.split(/\s+/).length > MAX_TITLE_WORDS) return null;
  if (!/\p{L}/u.test(line)) return null;
  // A headline may end in "?", "!" or an ellipsis, but a line ending in a period, comma or colon starts the story.
  if (/[.,;:]['"’”)]*$/.test(line) && !/(?:\.\.\.|…)['"’”)]*$/.test(line)) return null;
  const after = text.slice(nl + 1);
  const blank = /^[ \t\f\v\r\u00a0]*\n/.exec(after);
  if (!blank || after.slice(blank[0].length).trim() === '') return null;
  return text.slice(0, nl).trimEnd().length;
}

function* readPlainText(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
  const file = inputName(input.path);
  const decoded = decodeInput(input.path, input.bytes);
  if (!decoded.ok) {
    yield readError(decoded.error);
    return;
  }
  const messages: Message[] = decodeMessages(input.path, decoded.decoded.problems);
  const normalised = decoded.decoded.text.replace(/\r\n?/g, '\n');
  const { date: written, rest } = splitDatePrefix(normalised);
  const text = rest.trim();
  if (!text) {
    yield readError(new DatelineError('EMPTY_INPUT', 'no article text after the date prefix', { file }));
    return;
  }
  const date = resolveDate(written, options, input.path, messages, 'date prefix');
  let title: string | null = null;
  let paragraphs: Paragraph[] | undefined;
  const end = headlineEnd(text);
  if (end !== null) {
    title = text.slice(0, end);
    paragraphs = [{ start: 0, end, role: 'title' }, ...blankLineParagraphs(text, end)];
  }
  const article: RawArticle = {
    id: baseId(input.path),
    date,
    title,
    text,
    source: input.path === null ? { format: 'text' } : { path: input.path, format: 'text' },
    ...(paragraphs ? { paragraphs } : {}),
    ...(messages.length ? { messages } : {}),
  };
  yield finishArticle(article, options, { file });
}

/** Plain text: one article per file. */
export const plainTextReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  sniff: () => false,
  read: readPlainText,
};
