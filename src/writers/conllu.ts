// The CoNLL-U writer: each sentence's tokens with lemma, tags and dependency relations, for UD tools and scorers.
import type { Article, Token } from '../core/index.js';
import { sentenceTokenRanges } from '../syntax/sentence-groups.js';
import type { Writer } from './writer.js';

// CoNLL-U columns may not hold tabs or line breaks; other spaces are kept (UD allows them in FORM and LEMMA).
function field(v: string | undefined): string {
  if (v === undefined || v === '') return '_';
  return v.replace(/[\t\r\n]+/g, ' ');
}

/** Writes one article as CoNLL-U: `# sent_id` and `# text` comments, one line per token, a blank line after each sentence. */
export function renderConllu(article: Article): string {
  const lines: string[] = [`# newdoc id = ${article.id}`];
  const tokens = article.tokens;
  sentenceTokenRanges(tokens, article.sentences).forEach(([from, to], k) => {
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    lines.push(`# sent_id = ${article.id}-${k + 1}`);
    lines.push(`# text = ${article.text.slice(first.start, last.end).replace(/\s+/g, ' ')}`);
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      let head = '_';
      if (t.head !== undefined) head = t.head < 0 || t.head < from || t.head >= to ? '0' : String(t.head - from + 1);
      const misc = next !== undefined && next.start === t.end ? 'SpaceAfter=No' : '_';
      lines.push(
        [i - from + 1, field(article.text.slice(t.start, t.end)), field(t.lemma), field(t.upos), field(t.xpos), '_', head, field(t.deprel), '_', misc].join('\t'),
      );
    }
    lines.push('');
  });
  return lines.join('\n') + '\n';
}

/** The 'conllu' output format. */
export const conlluWriter: Writer = {
  format: 'conllu',
  extension: '.conllu',
  streamable: true,
  write: (article) => renderConllu(article),
};
