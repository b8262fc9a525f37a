// Reads TimeML (.tml) and TempEval-3 input (.tml.TE3input) files: the TEXT element as the article, the DCT as its date.
import { DatelineError, type RawArticle } from '../core/index.js';
import type { ReadOptions, ReadResult, Reader, ReaderInput } from './reader.js';

/** A TIMEX3 element found inside a TimeML file's TEXT, with its span in the decoded text. */
export interface TimemlTimex {
  readonly start: number;
  readonly end: number;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A parsed TimeML file: the decoded TEXT, where each character came from, and the tags it held. */
export interface TimemlDocument {
  /** The DCT TIMEX3's value (as written, e.g. `1998-01-08`), or null. */
  readonly dct: string | null;
  /** The DCT TIMEX3's tid, so that new tags avoid it. */
  readonly dctTid: string | null;
  /** TEXT content with tags removed and entities decoded. */
  readonly text: string;
  /** Offset in the original file of the first character of `<TEXT>`'s content. */
  readonly textStart: number;
  /** Offset in the original file of `</TEXT>`. */
  readonly textEnd: number;
  /** For each character of `text`, its offset in the original file; one extra entry gives the end. */
  readonly rawStart: Int32Array;
  /** For each character of `text`, the offset just past its source (an entity spans several bytes). */
  readonly rawEnd: Int32Array;
  readonly timexes: readonly TimemlTimex[];
  readonly title: string | null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function lineOf(s: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < s.length; i++) if (s.charCodeAt(i) === 10) line++;
  return line;
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) {
    const n = Number.parseInt(name.slice(2), 16);
    return Number.isFinite(n) ? String.fromCodePoint(n) : null;
  }
  if (name.startsWith('#')) {
    const n = Number.parseInt(name.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : null;
  }
  return ENTITIES[name] ?? null;
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
    const key = m[1];
    if (key !== undefined) out[key] = m[2] ?? '';
  }
  return out;
}

/** Parses a TimeML or TempEval-3 input file; throws PARSE_ERROR naming the file and line when TEXT is missing. */
export function parseTimeml(content: string, file?: string): TimemlDocument {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(content);
  const location = file === undefined ? {} : { file };
  if (!open) throw new DatelineError('PARSE_ERROR', 'no <TEXT> element: expected a TimeML or TempEval-3 input file', location);
  const textStart = open.index + open[0].length;
  const textEnd = content.indexOf('</TEXT>', textStart);
  if (textEnd < 0) {
    throw new DatelineError('PARSE_ERROR', '<TEXT> is never closed: expected </TEXT>', { ...location, line: lineOf(content, open.index) });
  }
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(content);
  const dctAttrs = dctMatch ? attributesOf(dctMatch[1] ?? '') : null;
  const titleMatch = /<TITLE>([^<]*)<\/TITLE>/.exec(content);

  const chars: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const timexes: TimemlTimex[] = [];
  const openTimex: { start: number; attributes: Record<string, string> }[] = [];
  let i = textStart;
  while (i < textEnd) {
    const c = content[i];
    if (c === '<') {
      const close = content.indexOf('>', i);
      if (close < 0 || close > textEnd) {
        throw new DatelineError('PARSE_ERROR', 'unclosed tag inside <TEXT>: expected ">"', { ...location, line: lineOf(content, i) });
      }
      const tag = content.slice(i + 1, close);
      if (/^TIMEX3[\s>/]/.test(tag + ' ') && !tag.endsWith('/')) {
        openTimex.push({ start: chars.length, attributes: attributesOf(tag) });
      } else if (tag === '/TIMEX3') {
        const t = openTimex.pop();
        if (t) timexes.push({ start: t.start, end: chars.length, attributes: t.attributes });
      }
      i = close + 1;
      continue;
    }
    if (c === '&') {
      const semi = content.indexOf(';', i);
      const decoded = semi > i && semi - i < 12 ? decodeEntity(content.slice(i + 1, semi)) : null;
      if (decoded !== null) {
        for (let k = 0; k < decoded.length; k++) {
          chars.push(decoded[k] ?? '');
          rawStart.push(i);
          rawEnd.push(semi + 1);
        }
        i = semi + 1;
        continue;
      }
    }
    chars.push(c ?? '');
    rawStart.push(i);
    rawEnd.push(i + 1);
    i++;
  }
  rawStart.push(textEnd);
  rawEnd.push(textEnd);
  timexes.sort((a, b) => a.start - b.start);
  return {
    dct: dctAttrs?.['value'] ?? null,
    dctTid: dctAttrs?.['tid'] ?? null,
    text: chars.join(''),
    textStart,
    textEnd,
    rawStart: Int32Array.from(rawStart),
    rawEnd: Int32Array.from(rawEnd),
    timexes,
    title: titleMatch?.[1]?.trim() || null,
  };
}

/** The article id for a TimeML file: its name without folders and without `.tml`/`.TE3input` endings. */
export function timemlId(path: string | null): string {
  const base = (path ?? 'stdin').split(/[\\/]/).pop() ?? 'stdin';
  return base.replace(/\.te3input$/i, '').replace(/\.tml$/i, '');
}

/** The output file name for a TimeML input: the input's name without a trailing `.TE3input`. */
export function timemlOutputName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stripped = base.replace(/\.te3input$/i, '');
  return /\.tml$/i.test(stripped) ? stripped : `${stripped}.tml`;
}

function dateOf(dct: string | null): string | null {
  if (!dct) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(dct);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The TimeML / TempEval-3 reader. */
export const timemlReader: Reader = {
  format: 'timeml',
  extensions: ['.tml', '.tml.te3input', '.te3input'],
  sniff(head: string): boolean {
    return /<TimeML[\s>]/.test(head);
  },
  *read(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
    const file = input.path ?? 'stdin';
    try {
      const content = new TextDecoder('utf-8').decode(input.bytes);
      const doc = parseTimeml(content, file);
      if (doc.text.length > options.maxArticleBytes) {
        throw new DatelineError('TOO_LARGE', `TEXT has ${doc.text.length} characters, over the limit of ${options.maxArticleBytes}`, { file });
      }
      const article: RawArticle = {
        id: timemlId(input.path),
        date: dateOf(doc.dct) ?? options.date,
        title: doc.title,
        text: doc.text,
        source: input.path === null ? { format: 'timeml' } : { path: input.path, format: 'timeml' },
      };
      yield { ok: true, article };
    } catch (err) {
      if (err instanceof DatelineError) yield { ok: false, error: err };
      else throw err;
    }
  },
};
