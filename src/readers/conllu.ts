// CoNLL-U: a parser of all ten columns (reused by evaluation code) and a reader of pre-tokenised articles.
import { DatelineError } from '../core/index.js';
import type { Message, RawArticle, Token } from '../core/index.js';
import { decodeInput, decodeMessages, inputName } from './decode.js';
import { buildText } from './pretokenised.js';
import type { SurfaceSentence, SurfaceToken } from './pretokenised.js';
import { baseId, finishArticle, readError } from './read-result.js';
import type { Reader, ReaderInput, ReadOptions, ReadResult } from './reader.js';

/** One syntactic word line of CoNLL-U. */
export interface ConlluWord {
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  /** The head's word id (0 for the root), or null when the column is `_`. */
  readonly head: number | null;
  readonly deprel: string;
  readonly deps: string;
  readonly misc: string;
  /** The ten columns as written. */
  readonly fields: readonly string[];
  /** 1-based line number in the input. */
  readonly line: number;
}

/** A multiword token line (`3-4  don't ...`), covering words `first` to `last`. */
export interface ConlluMultiword {
  readonly first: number;
  readonly last: number;
  readonly form: string;
  readonly misc: string;
  readonly fields: readonly string[];
  readonly line: number;
}

/** One sentence of CoNLL-U with its comments; empty nodes (`8.1`) are kept apart from the words. */
export interface ConlluSentence {
  readonly comments: readonly string[];
  /** The value of `# sent_id = ...`, if given. */
  readonly sentId: string | null;
  /** The value of `# text = ...`, if given. */
  readonly text: string | null;
  /** The id of `# newdoc id = ...` ('' for a bare `# newdoc`), or null when this sentence opens no document. */
  readonly newdoc: string | null;
  readonly newpar: boolean;
  readonly words: readonly ConlluWord[];
  readonly multiwords: readonly ConlluMultiword[];
  readonly emptyNodes: readonly (readonly string[])[];
  /** 1-based line number of the sentence's first line. */
  readonly line: number;
}

function commentValue(comment: string, key: string): string | null {
  const m = new RegExp(`^#\\s*${key}\\s*(?:=\\s*(.*))?$`).exec(comment);
  if (!m) return null;
  return (m[1] ?? '').trim();
}

/** Whether a MISC column says no space follows. */
export function noSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}

/** Parses CoNLL-U text; throws a DatelineError (PARSE_ERROR, with the line) on a malformed line. */
export function parseConllu(text: string, file?: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let comments: string[] = [];
  let words: ConlluWord[] = [];
  let multiwords: ConlluMultiword[] = [];
  let emptyNodes: string[][] = [];
  let startLine = 0;
  const where = (line: number): { file?: string; line: number } => (file === undefined ? { line } : { file, line });
  const finish = (): void => {
    if (words.length || comments.length) {
      if (!words.length) {
        // Comments with no words (a trailing `# newdoc`) carry nothing to read.
        comments = [];
        return;
      }
      let newdoc: string | null = null;
      let newpar = false;
      let sentId: string | null = null;
      let sentText: string | null = null;
      for (const c of comments) {
        const doc = commentValue(c, 'newdoc(?:\\s+id)?');
        if (doc !== null) newdoc = doc;
        if (commentValue(c, 'newpar(?:\\s+id)?') !== null) newpar = true;
        sentId = commentValue(c, 'sent_id') ?? sentId;
        sentText = commentValue(c, 'text') ?? sentText;
      }
      sentences.push({ comments, sentId, text: sentText, newdoc, newpar, words, multiwords, emptyNodes, line: startLine });
    }
    comments = [];
    words = [];
    multiwords = [];
    emptyNodes = [];
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (!words.length && !comments.length) startLine = lineNo;
    if (line.startsWith('#')) {
      if (words.length) throw new DatelineError('PARSE_ERROR', 'comment line inside a sentence: expected a word line or a blank line', where(lineNo));
      comments.push(line);
      continue;
    }
    const fields = line.split('\t');
    if (fields.length !== 10) {
      throw new DatelineError('PARSE_ERROR', `expected 10 tab-separated columns, found ${fields.length}`, where(lineNo));
    }
    const id = fields[0] ?? '';
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: fields[1] ?? '', misc: fields[9] ?? '', fields, line: lineNo });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      emptyNodes.push(fields);
      continue;
    }
    if (!/^\d+$/.test(id)) throw new DatelineError('PARSE_ERROR', `expected a word id (1, 2-3 or 4.1), found "${id}"`, where(lineNo));
    const head = fields[6] ?? '_';
    if (head !== '_' && !/^\d+$/.test(head)) throw new DatelineError('PARSE_ERROR', `expected a numeric HEAD or "_", found "${head}"`, where(lineNo));
    words.push({
      id: Number(id),
      form: fields[1] ?? '',
      lemma: fields[2] ?? '',
      upos: fields[3] ?? '',
      xpos: fields[4] ?? '',
      feats: fields[5] ?? '',
      head: head === '_' ? null : Number(head),
      deprel: fields[7] ?? '',
      deps: fields[8] ?? '',
      misc: fields[9] ?? '',
      fields,
      line: lineNo,
    });
  }
  finish();
  return sentences;
}

/** Surface tokens of a sentence, and for each syntactic word the surface token and the slice of it the word covers. */
function surface(sentence: ConlluSentence): { tokens: SurfaceToken[]; wordSpans: { token: number; from: number; to: number }[] } {
  const tokens: SurfaceToken[] = [];
  const wordSpans: { token: number; from: number; to: number }[] = [];
  const byFirst = new Map(sentence.multiwords.map((m) => [m.first, m]));
  const words = sentence.words;
  for (let i = 0; i < words.length; ) {
    const w = words[i];
    if (!w) break;
    const mwt = byFirst.get(w.id);
    if (!mwt) {
      wordSpans.push({ token: tokens.length, from: 0, to: w.form.length });
      tokens.push({ form: w.form, spaceAfter: !noSpaceAfter(w.misc) });
      i++;
      continue;
    }
    const parts = words.slice(i, i + (mwt.last - mwt.first + 1));
    const token = tokens.length;
    tokens.push({ form: mwt.form, spaceAfter: !noSpaceAfter(mwt.misc) });
    // Words that spell out the surface form ("did" + "n't" = "didn't") get their own slice of it; otherwise
    // ("won't" = "will" + "not") each word covers the whole surface token.
    if (parts.map((p) => p.form).join('') === mwt.form) {
      let from = 0;
      for (const p of parts) {
        wordSpans.push({ token, from, to: from + p.form.length });
        from += p.form.length;
      }
    } else {
      for (let k = 0; k < parts.length; k++) wordSpans.push({ token, from: 0, to: mwt.form.length });
    }
    i += parts.length;
  }
  return { tokens, wordSpans };
}

function documentArticle(sentences: readonly ConlluSentence[], id: string, input: ReaderInput, options: ReadOptions, messages: Message[]): ReadResult {
  const surfaces = sentences.map((s) => surface(s));
  const built = buildText(sentences.map((s, i): SurfaceSentence => ({ tokens: surfaces[i]?.tokens ?? [], newParagraph: s.newpar })));
  const tokens: Token[] = [];
  const columns: (readonly string[])[] = [];
  let tokenBase = 0;
  sentences.forEach((s, si) => {
    const sf = surfaces[si];
    if (!sf) return;
    s.words.forEach((w, wi) => {
      const ws = sf.wordSpans[wi];
      const span = ws ? built.tokenSpans[tokenBase + ws.token] : undefined;
      if (ws && span) tokens.push({ start: span.start + ws.from, end: span.start + ws.to });
      columns.push(w.fields);
    });
    tokenBase += sf.tokens.length;
  });
  const article: RawArticle = {
    id,
    date: options.date,
    title: null,
    text: built.text,
    source: input.path === null ? { format: 'conllu' } : { path: input.path, format: 'conllu' },
    paragraphs: built.paragraphs,
    sentences: built.sentences,
    tokens,
    columns,
    ...(messages.length ? { messages } : {}),
  };
  return finishArticle(article, options, { file: inputName(input.path), line: sentences[0]?.line ?? 1 });
}

// One article per `# newdoc` (one per file when there is none), so that document-level layers see one story at a time;
// tokens are the syntactic words, in order, and `columns` holds their ten fields for writers to echo back.
function* readConllu(input: ReaderInput, options: ReadOptions): Iterable<ReadResult> {
  const file = inputName(input.path);
  const decoded = decodeInput(input.path, input.bytes);
  if (!decoded.ok) {
    yield readError(decoded.error);
    return;
  }
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(decoded.decoded.text, file);
  } catch (e) {
    yield readError(e instanceof DatelineError ? e : new DatelineError('PARSE_ERROR', String(e), { file }));
    return;
  }
  const messages = decodeMessages(input.path, decoded.decoded.problems);
  const base = baseId(input.path);
  const docs: { id: string | null; sentences: ConlluSentence[] }[] = [];
  for (const s of sentences) {
    const current = docs[docs.length - 1];
    if (s.newdoc !== null || !current) docs.push({ id: s.newdoc || null, sentences: [s] });
    else current.sentences.push(s);
  }
  for (const [i, doc] of docs.entries()) {
    const id = doc.id ?? (docs.length === 1 ? base : `${base}#${i + 1}`);
    yield documentArticle(doc.sentences, id, input, options, i === 0 ? messages : []);
  }
}

/** CoNLL-U files: pre-tokenised articles. */
export const conlluReader: Reader = {
  format: 'conllu',
  extensions: ['.conllu'],
  sniff: (head) => /^(?:#[^\n]*\n)*1\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*$/m.test(head.replace(/\r/g, '')) && /^(?:#|1\t)/.test(head.trimStart()),
  read: readConllu,
};
