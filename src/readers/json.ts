// Readers for JSON Lines and JSON (an array of records or one record) of `{ id?, date?, title?, text, url? }`.
import { DatelineError } from '../core/index.js';
import type { Message, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import type { DecodedInput } from './decode.js';
import { baseId, finishArticle, readError, resolveDate } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

interface RecordPlace {
  readonly file: string | null;
  readonly line?: number;
  /** The id used when the record gives none. */
  readonly fallbackId: string;
  /** How the record is named in errors ("line 3", "record 2"). */
  readonly label: string;
}

function location(place: RecordPlace): { file: string; line?: number } {
  return place.line === undefined ? { file: inputName(place.file) } : { file: inputName(place.file), line: place.line };
}

function stringField(record: Record<string, unknown>, key: string): string | null {
  const v = record[key];
  return typeof v === 'string' ? v : null;
}

/** One record to an article, or the error naming what the record lacks. */
function recordToArticle(value: unknown, place: RecordPlace, options: ReadOptions, inherited: readonly Message[]): ReadResult {
  const loc = location(place);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return readError(new DatelineError('PARSE_ERROR', `${place.label}: expected a JSON object with a "text" field`, loc));
  }
  const record = value as Record<string, unknown>;
  const text = record['text'];
  if (typeof text !== 'string') {
    const found = text === undefined ? 'no "text" field' : `"text" of type ${text === null ? 'null' : typeof text}`;
    return readError(new DatelineError('PARSE_ERROR', `${place.label}: expected a string "text" field, found ${found}`, loc));
  }
  if (text.trim() === '') {
    return readError(new DatelineError('EMPTY_INPUT', `${place.label}: the "text" field is empty`, loc));
  }
  const messages: Message[] = [...inherited];
  const rawId = record['id'];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : place.fallbackId;
  const rawDate = record['date'];
  if (rawDate !== undefined && rawDate !== null && typeof rawDate !== 'string') {
    messages.push({ severity: 'warning', stage: 'read', message: `${inputName(place.file)}: ${place.label}: "date" is not a string; ignored` });
  }
  const date = resolveDate(typeof rawDate === 'string' ? rawDate : null, options, place.file, messages);
  const nested = record['source'];
  const url = stringField(record, 'url') ?? (typeof nested === 'object' && nested !== null ? stringField(nested as Record<string, unknown>, 'url') : null);
  const source = { ...(place.file === null ? {} : { path: place.file }), ...(url ? { url } : {}), format: '' };
  const article = (format: string): RawArticle => ({
    id,
    date,
    title: stringField(record, 'title'),
    text,
    source: { ...source, format },
    ...(messages.length ? { messages } : {}),
  });
  return finishArticle(article(place.line === undefined ? 'json' : 'jsonl'), options, loc);
}

function* readLines(input: ReaderInput, decoded: DecodedInput, options: ReadOptions): Iterable<ReadResult> {
  const { text, problems } = decoded;
  const base = baseId(input.path);
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lineNo++;
    const line = text.slice(lineStart, lineEnd).trim();
    const from = lineStart;
    lineStart = lineEnd + 1;
    if (!line) continue;
    const place: RecordPlace = { file: input.path, line: lineNo, fallbackId: `${base}#${lineNo}`, label: `line ${lineNo}` };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      yield readError(new DatelineError('PARSE_ERROR', `malformed JSON line: expected one JSON object per line (${why})`, location(place)));
      continue;
    }
    yield recordToArticle(value, place, options, decodeMessages(input.path, problems, from, lineEnd));
  }
}

/** The 1-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function* readDocument(input: ReaderInput, decoded: DecodedInput, options: ReadOptions): Iterable<ReadResult> {
  const { text, problems } = decoded;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Several objects one per line is JSON Lines whatever the file is called.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) {
      yield* readLines(input, decoded, options);
      return;
    }
    const why = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(why);
    const loc = pos ? { file: inputName(input.path), line: lineOf(text, Number(pos[1])) } : { file: inputName(input.path) };
    yield readError(new DatelineError('PARSE_ERROR', `malformed JSON: expected an array of article objects or one object (${why})`, loc));
    return;
  }
  const inherited = decodeMessages(input.path, problems);
  const base = baseId(input.path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const place: RecordPlace = { file: input.path, fallbackId: `${base}#${i}`, label: `record ${i}` };
      yield recordToArticle(value[i], place, options, inherited);
    }
    return;
  }
  yield recordToArticle(value, { file: input.path, fallbackId: base, label: 'the record' }, options, inherited);
}

function readWith(mode: 'lines' | 'document') {
  return function* read(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
    const decoded = decodeInput(input.path, input.bytes);
    if (!decoded.ok) {
      yield readError(decoded.error);
      return;
    }
    yield* mode === 'lines' ? readLines(input, decoded.decoded, options) : readDocument(input, decoded.decoded, options);
  };
}

/** JSON Lines: one article object per line; a bad line is an error for that line only. */
export const jsonlReader: Reader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  sniff: (head) => /^\s*\{[^\n]*\}\s*\n\s*\{/.test(head),
  read: readWith('lines'),
};

/** JSON: an array of article objects, or a single one. */
export const jsonReader: Reader = {
  format: 'json',
  extensions: ['.json'],
  sniff: (head) => /^\s*[[{]\s*["{\]]/.test(head),
  read: readWith('document'),
};
