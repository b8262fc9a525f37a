// The syntax stages: the tagger (UPOS, XPOS, lemma) and the dependency parser (head, deprel) filling the token layer.
import type { Article, Stage, StagePatch, Token } from '../core/index.js';
import { loadLemmatizer, loadParser, loadTagger } from './models.js';
import { sentenceTokenRanges } from './sentence-groups.js';
import { normaliseForm } from './word-features.js';

// The parser works on sentences up to this length; longer runs (tables, lists) are parsed in pieces.
const MAX_SENTENCE = 250;

function word(article: Article, t: Token): string {
  return t.norm ?? article.text.slice(t.start, t.end);
}

function ranges(article: Article): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of sentenceTokenRanges(article.tokens, article.sentences)) {
    for (let a = from; a < to; a += MAX_SENTENCE) out.push([a, Math.min(to, a + MAX_SENTENCE)]);
  }
  return out;
}

/** Builds the stage that fills each token's `upos`, `xpos` and `lemma` (models load on first use). */
export function createTaggerStage(): Stage {
  return {
    name: 'tagger',
    requires: ['tokens', 'sentences'],
    provides: ['tokens'],
    run(article: Article): StagePatch {
      if (article.tokens.length === 0) return {};
      const tagger = loadTagger();
      const lemmatizer = loadLemmatizer();
      const tokens = [...article.tokens];
      for (const [from, to] of ranges(article)) {
        const words = tokens.slice(from, to).map((t) => word(article, t));
        const tags = tagger.tag(words);
        for (let i = from; i < to; i++) {
          const xpos = tags.xpos[i - from] as string;
          const w = words[i - from] as string;
          tokens[i] = { ...(tokens[i] as Token), upos: tags.upos[i - from] as string, xpos, lemma: lemmatizer.lemmatize(w, xpos) };
        }
      }
      return { tokens };
    },
  };
}

/** Builds the stage that fills each token's `head` (index into the article's tokens, -1 for a root) and `deprel`; tags first when the tagger has not run. */
export function createParserStage(): Stage {
  return {
    name: 'parser',
    requires: ['tokens', 'sentences'],
    provides: ['tokens'],
    run(article: Article): StagePatch {
      if (article.tokens.length === 0) return {};
      const tagger = loadTagger();
      const parser = loadParser();
      const xposId = new Map(tagger.xposTags.map((t, i) => [t, i]));
      const uposId = new Map(tagger.uposTags.map((t, i) => [t, i]));
      const tokens = [...article.tokens];
      for (const [from, to] of ranges(article)) {
        const slice = tokens.slice(from, to);
        const words = slice.map((t) => word(article, t));
        const known = slice.every((t) => t.xpos !== undefined && xposId.has(t.xpos) && t.upos !== undefined && uposId.has(t.upos));
        const ids = known
          ? { xpos: slice.map((t) => xposId.get(t.xpos as string) as number), upos: slice.map((t) => uposId.get(t.upos as string) as number) }
          : tagger.tagIds(words.map(normaliseForm));
        const r = parser.parse(words, ids.xpos, ids.upos);
        for (let i = from; i < to; i++) {
          const h = r.heads[i - from] as number;
          tokens[i] = { ...(tokens[i] as Token), head: h === 0 ? -1 : from + h - 1, deprel: r.deprels[i - from] as string };
        }
      }
      return { tokens };
    },
  };
}
