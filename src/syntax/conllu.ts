// A small CoNLL-U reader for training and evaluation: syntactic words only (multi-word ranges and empty nodes skipped).
import { DatelineError } from '../core/errors.js';

/** One syntactic word of a CoNLL-U sentence. */
export interface UdWord {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  /** 1-based head within the sentence, 0 for the root. */
  readonly head: number;
  readonly deprel: string;
  /** False when MISC says SpaceAfter=No. */
  readonly spaceAfter: boolean;
}

/** One CoNLL-U sentence. */
export interface UdSentence {
  readonly id: string;
  readonly text: string | null;
  readonly words: readonly UdWord[];
}

/** Parses CoNLL-U text; `file` names the input in error messages. */
export function readConllu(text: string, file = '<conllu>'): UdSentence[] {
  const out: UdSentence[] = [];
  let words: UdWord[] = [];
  let id = '';
  let sentText: string | null = null;
  const lines = text.split('\n');
  const flush = (): void => {
    if (words.length) out.push({ id: id || String(out.length + 1), text: sentText, words });
    words = [];
    id = '';
    sentText = null;
  };
  for (let ln = 0; ln < lines.length; ln++) {
    const line = (lines[ln] as string).replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m?.[1] === 'sent_id') id = m[2] ?? '';
      else if (m?.[1] === 'text') sentText = m[2] ?? '';
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new DatelineError('PARSE_ERROR', `expected 10 tab-separated columns, found ${cols.length}`, { file, line: ln + 1 });
    }
    const wid = cols[0] as string;
    if (wid.includes('-') || wid.includes('.')) continue;
    if (!/^\d+$/.test(wid) || Number(wid) !== words.length + 1) {
      throw new DatelineError('PARSE_ERROR', `expected word id ${words.length + 1}, found "${wid}"`, { file, line: ln + 1 });
    }
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) {
      throw new DatelineError('PARSE_ERROR', `expected an integer HEAD, found "${cols[6]}"`, { file, line: ln + 1 });
    }
    words.push({
      form: cols[1] as string,
      lemma: cols[2] as string,
      upos: cols[3] as string,
      xpos: cols[4] as string,
      head,
      deprel: cols[7] as string,
      spaceAfter: !/(^|\|)SpaceAfter=No(\||$)/.test(cols[9] as string),
    });
  }
  flush();
  return out;
}
