// The "segment" stage: tokens and sentences for every paragraph, or those a pre-tokenised input already carries.
import type { Article, Span, Stage, StagePatch } from '../core/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Builds the stage that fills the `tokens` and `sentences` layers from the text and its paragraph spans. */
export function createSegmentStage(): Stage {
  return {
    name: 'segment',
    requires: ['paragraphs'],
    provides: ['tokens', 'sentences'],
    run(article: Article): StagePatch {
      // Pre-tokenised input (CoNLL-U, CoNLL-2003) keeps what it gives; only a missing layer is made.
      const hasTokens = article.tokens.length > 0;
      const hasSentences = article.sentences.length > 0;
      if (hasTokens && hasSentences) return {};
      const tokens = hasTokens ? article.tokens : tokenize(article.text);
      if (hasSentences) return { tokens };
      // No paragraph spans: the whole text is one paragraph (blank lines still end sentences).
      const paragraphs: readonly Span[] = article.paragraphs;
      const sentences = splitSentences(article.text, tokens, paragraphs);
      return hasTokens ? { sentences } : { tokens, sentences };
    },
  };
}
