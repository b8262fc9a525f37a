// Reads CoNLL-2003 NER files (`token POS chunk TAG`, IOB tags, `-DOCSTART-` between documents) into documents of sentences.
import { DatelineError } from '../core/errors.js';

/** One sentence of a CoNLL-2003 file: words, their POS tags and their gold IOB2 tags (PER/ORG/LOC/MISC). */
export interface NerSentence {
  readonly words: string[];
  readonly pos: string[];
  readonly tags: string[];
}

/** One `-DOCSTART-` document. */
export interface NerDocument {
  readonly sentences: NerSentence[];
}

/** Rewrites IOB1 tags (I- opening an entity unless it continues one of the same type) as IOB2. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prev = 'O';
  for (const t of tags) {
    if (t.startsWith('I-') && (prev === 'O' || prev.slice(2) !== t.slice(2))) out.push(`B-${t.slice(2)}`);
    else out.push(t);
    prev = t;
  }
  return out;
}

/** Parses a CoNLL-2003 file's text; the last column is the NER tag; tags are returned as IOB2. */
export function parseConll2003(text: string, file = '(input)'): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument | null = null;
  let sent: NerSentence = { words: [], pos: [], tags: [] };
  const flush = (): void => {
    if (sent.words.length === 0) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    sent.tags.splice(0, sent.tags.length, ...toIob2(sent.tags));
    doc.sentences.push(sent);
    sent = { words: [], pos: [], tags: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    const tag = cols[cols.length - 1] ?? '';
    if (cols.length < 2 || !/^(O|[BI]-[A-Z]+)$/.test(tag)) {
      throw new DatelineError('PARSE_ERROR', `expected "token ... TAG" with an IOB tag as the last column, got ${JSON.stringify(line)}`, {
        file,
        line: i + 1,
      });
    }
    sent.words.push(cols[0] ?? '');
    sent.pos.push(cols.length >= 3 ? (cols[1] ?? '') : '');
    sent.tags.push(tag);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}
