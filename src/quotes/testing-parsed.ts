// Test helper of the quote layer: an article built from hand-parsed words (tag, lemma, head, relation).
import { createArticle, type Article, type Token } from '../core/index.js';

/** An article from words with their tag, lemma, head and relation; words are joined by single spaces. */
export function parsedArticle(rows: ReadonlyArray<readonly [string, string, string, number, string]>): Article {
  let text = '';
  const tokens: Token[] = [];
  for (const [word, upos, lemma, head, deprel] of rows) {
    if (text.length > 0 && !/^[.,]$/.test(word)) text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length, upos, lemma, head, deprel });
    text += word;
  }
  return { ...createArticle({ id: 't', date: null, title: null, text, source: { format: 'text' } }), tokens };
}
