// Reader for CoNLL-2003 column files (`token POS chunk TAG`): one pre-tokenised article per -DOCSTART- document.
import { DatelineError } from '../core/index.js';
import type { Message, RawArticle } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { buildText } from './pretokenised.js';
import type { SurfaceSentence } from './pretokenised.js';
import { baseId, finishArticle, readError } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

/** One token line of a CoNLL column file: its columns (the token first) and its 1-based line number. */
export interface ConllToken {
  readonly fields: readonly string[];
  readonly line: number;
}

/** One -DOCSTART- document: its sentences of token lines, and the line it starts on. */
export interface ConllDocument {
  readonly sentences: readonly (readonly ConllToken[])[];
  readonly line: number;
  /** True when the document was opened by a -DOCSTART- line (false for tokens before any). */
  readonly docstart: boolean;
}

/** Splits CoNLL-2003-style column text into documents and sentences; columns are split on runs of spaces or tabs. */
export function parseConll(text: string): ConllDocument[] {
  const docs: { sentences: ConllToken[][]; line: number; docstart: boolean }[] = [];
  let sentence: ConllToken[] = [];
  const current = (line: number): { sentences: ConllToken[][] } => {
    let doc = docs[docs.length - 1];
    if (!doc) {
      doc = { sentences: [], line, docstart: false };
      docs.push(doc);
    }
    return doc;
  };
  const endSentence = (): void => {
    if (sentence.length) current(sentence[0]?.line ?? 1).sentences.push(sentence);
    sentence = [];
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      endSentence();
      continue;
    }
    const fields = line.split(/[ \t]+/);
    if (fields[0] === '-DOCSTART-') {
      endSentence();
      docs.push({ sentences: [], line: i + 1, docstart: true });
      continue;
    }
    sentence.push({ fields, line: i + 1 });
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

// Each document's text is its tokens joined by single spaces, one sentence per line; `columns` keeps every column
// of every token line (the token first) so that a writer can print the file back with -DOCSTART- between articles.
function* readConll(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
  const file = inputName(input.path);
  const decoded = decodeInput(input.path, input.bytes);
  if (!decoded.ok) {
    yield readError(decoded.error);
    return;
  }
  const docs = parseConll(decoded.decoded.text.replace(/\r\n?/g, '\n'));
  if (!docs.length) {
    yield readError(new DatelineError('NO_ARTICLE_TEXT', 'expected token lines ("token POS chunk TAG"), found none', { file }));
    return;
  }
  const base = baseId(input.path);
  const messages: Message[] = decodeMessages(input.path, decoded.decoded.problems);
  for (const [i, doc] of docs.entries()) {
    const sentences: SurfaceSentence[] = doc.sentences.map((s) => ({
      tokens: s.map((t) => ({ form: t.fields[0] ?? '', spaceAfter: true })),
      newParagraph: false,
    }));
    const built = buildText(sentences);
    const article: RawArticle = {
      id: docs.length === 1 ? base : `${base}#${i + 1}`,
      date: options.date,
      title: null,
      text: built.text,
      source: input.path === null ? { format: 'conll' } : { path: input.path, format: 'conll' },
      paragraphs: built.paragraphs,
      sentences: built.sentences,
      tokens: built.tokenSpans,
      columns: doc.sentences.flatMap((s) => s.map((t) => t.fields)),
      ...(i === 0 && messages.length ? { messages } : {}),
    };
    yield finishArticle(article, options, { file, line: doc.line });
  }
}

/** CoNLL-2003 column files. */
export const conllReader: Reader = {
  format: 'conll',
  extensions: ['.conll', '.iob', '.bio'],
  sniff: (head) => /^\s*-DOCSTART-(?:[ \t]|$)/m.test(head.slice(0, 200)),
  read: readConll,
};
