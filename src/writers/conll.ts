// The CoNLL-2003 writer: each token line echoed back with the predicted IOB2 entity tag appended, for conlleval-style scoring.
import type { Article, EntityType } from '../core/index.js';
import type { Writer } from './writer.js';

/** CoNLL-2003's four types for each of ours. */
const CONLL_TYPE: Readonly<Record<EntityType, string>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC',
};

/** IOB2 tags for the article's tokens from the name mentions of its entities. */
export function conllTags(article: Pick<Article, 'tokens' | 'entities'>): string[] {
  const tags: string[] = new Array<string>(article.tokens.length).fill('O');
  const startAt = new Map<number, number>();
  article.tokens.forEach((t, i) => startAt.set(t.start, i));
  for (const e of article.entities) {
    const type = CONLL_TYPE[e.type];
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      let i = startAt.get(m.start);
      if (i === undefined) continue;
      tags[i] = `B-${type}`;
      for (i++; i < article.tokens.length && (article.tokens[i]?.end ?? Infinity) <= m.end; i++) tags[i] = `I-${type}`;
    }
  }
  return tags;
}

/** Writes one article as CoNLL-2003 lines: `-DOCSTART-`, then each sentence's token lines and a blank line. */
export function renderConll(article: Article): string {
  // Readers of pre-tokenised input keep each token line's columns; other inputs get the token text alone.
  const columns = article.columns;
  const tags = conllTags(article);
  const lines: string[] = ['-DOCSTART- -X- -X- O', ''];
  let i = 0;
  const tokens = article.tokens;
  const sentences = article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length }];
  for (const s of sentences) {
    let wrote = false;
    while (i < tokens.length && (tokens[i]?.start ?? 0) < s.end) {
      const t = tokens[i];
      if (t && t.start >= s.start) {
        const cols = columns?.[i] ?? [t.norm ?? article.text.slice(t.start, t.end)];
        lines.push([...cols, tags[i] ?? 'O'].join(' '));
        wrote = true;
      }
      i++;
    }
    if (wrote) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The `--format conll` writer. */
export const conllWriter: Writer = {
  format: 'conll',
  extension: '.conll',
  streamable: true,
  write: (article) => renderConll(article),
};
