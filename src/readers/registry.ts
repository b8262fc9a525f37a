// The readers Dateline knows, found by format name, by file extension, or by sniffing the start of the content.
import path from 'node:path';
import { conllReader } from './conll.js';
import { conlluReader } from './conllu.js';
import { atomReader, rssReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonlReader, jsonReader } from './json.js';
import { plainTextReader } from './plain-text.js';
import type { Reader } from './reader.js';
import { reutersReader } from './reuters.js';
import { timemlReader } from './timeml.js';

/** Every reader, in sniffing order (most distinctive content first); plain text is the fallback and sniffs nothing. */
export const READERS: readonly Reader[] = [
  reutersReader,
  timemlReader,
  conlluReader,
  conllReader,
  rssReader,
  atomReader,
  htmlReader,
  jsonlReader,
  jsonReader,
  plainTextReader,
];

/** Other names accepted for a format by `readerFor`. */
const ALIASES: Readonly<Record<string, string>> = {
  txt: 'text',
  plain: 'text',
  sgm: 'reuters',
  sgml: 'reuters',
  tml: 'timeml',
  ndjson: 'jsonl',
  conll2003: 'conll',
  htm: 'html',
  feed: 'rss',
};

/** The reader for a format name (`--input`), among `readers`; undefined when none has that name. */
export function readerFor(format: string, readers: readonly Reader[] = READERS): Reader | undefined {
  const name = format.toLowerCase();
  return readers.find((r) => r.format === name) ?? readers.find((r) => r.format === ALIASES[name]);
}

// Extensions that say "some text" rather than a format: files with these (or none) are sniffed first.
const GENERIC_EXTENSIONS = new Set(['.txt', '.text', '.dat', '']);

/** The reader for an input, from its file name's ending, else from its first characters, else plain text. */
export function detectReader(filePath: string | null, head: string, readers: readonly Reader[] = READERS): Reader {
  const name = filePath === null ? '' : path.basename(filePath).toLowerCase();
  let best: Reader | undefined;
  let bestLength = 0;
  for (const r of readers) {
    for (const ext of r.extensions) {
      if (name.endsWith(ext) && ext.length > bestLength && !GENERIC_EXTENSIONS.has(ext)) {
        best = r;
        bestLength = ext.length;
      }
    }
  }
  if (best) return best;
  return readers.find((r) => r.sniff(head)) ?? plainTextReader;
}
