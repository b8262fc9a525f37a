// Reads CoNLL-2003 files (`token POS chunk NER`) as tagger training sentences: UD-style XPOS and UPOS from the POS column.
import { readFileSync } from 'node:fs';
import { DatelineError } from '../core/errors.js';
import type { UdSentence, UdWord } from '../syntax/conllu.js';
import { ptbToUd, type QuoteState, type UposLexicon } from '../syntax/ptb-upos.js';

/** Which CoNLL-2003 sentences to keep: running prose, not score tables, headlines in capitals or bylines. */
export interface NewsFilter {
  /** Fewest words (default 4). */
  readonly minWords?: number;
  /** Least share of words that begin with a lower-case letter (default 0.3; score tables and capitalised headlines have few). */
  readonly minLowerShare?: number;
}

/** Reads a CoNLL-2003 file's sentences with tags converted to UD conventions (see `ptbToUd`). */
export function readConllPos(file: string, lexicon: UposLexicon, filter: NewsFilter = {}): UdSentence[] {
  const minWords = filter.minWords ?? 4;
  const minLower = filter.minLowerShare ?? 0.3;
  const quotes: QuoteState = { open: false };
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: UdSentence[] = [];
  let forms: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    const lower = forms.filter((f) => /^[a-z]/.test(f)).length;
    // Every sentence moves the quote state, kept or not.
    const { xpos, upos } = ptbToUd(forms, tags, lexicon, quotes);
    if (forms.length >= minWords && lower >= minLower * forms.length) {
      const words: UdWord[] = forms.map((form, i) => ({
        form,
        lemma: '_',
        upos: upos[i] as string,
        xpos: xpos[i] as string,
        head: 0,
        deprel: '_',
        spaceAfter: true,
      }));
      out.push({ id: `${file}:${out.length + 1}`, text: null, words });
    }
    forms = [];
    tags = [];
  };
  for (let ln = 0; ln < lines.length; ln++) {
    const line = (lines[ln] as string).replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(' ');
    if (cols.length < 2) throw new DatelineError('PARSE_ERROR', `expected "token POS chunk NER", found "${line}"`, { file, line: ln + 1 });
    if (cols[0] === '-DOCSTART-') {
      flush();
      quotes.open = false;
      continue;
    }
    forms.push(cols[0] as string);
    tags.push(cols[1] as string);
  }
  flush();
  return out;
}
