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

const DASHES = new Set(['--', '-', '\u2013', '\u2014', '\u2015']);

/** The token after the dash that closes the article's dateline ("NEW YORK --"), when a sentence opens with it; else -1. */
function datelineEnd(article: Article, from: number, to: number): number {
  const d = article.dateline;
  const first = article.tokens[from];
  if (!d || !first || first.start > d.start || first.end <= d.start) return -1;
  for (let i = from + 1; i < Math.min(to - 1, from + 16); i++) {
    const t = article.tokens[i] as Token;
    if (t.start >= d.end && DASHES.has(article.text.slice(t.start, t.end))) return i + 1;
  }
  return -1;
}

/**
 * Token ranges to tag and parse: sentences, cut into pieces of at most MAX_SENTENCE, and a dateline opening a sentence
 * apart from the words after it (flagged, so that the parser can attach it): otherwise "NEW YORK --" reads as the subject.
 */
function ranges(article: Article): [from: number, to: number, dateline: boolean][] {
  const out: [number, number, boolean][] = [];
  for (const [start, to] of sentenceTokenRanges(article.tokens, article.sentences)) {
    let from = start;
    const cut = datelineEnd(article, from, to);
    if (cut > 0) {
      out.push([from, cut, true]);
      from = cut;
    }
    for (let a = from; a < to; a += MAX_SENTENCE) out.push([a, Math.min(to, a + MAX_SENTENCE), false]);
  }
  return out;
}

// Every field of Token: `withTags` copies them one by one (a compile error here means Token changed; update `withTags`).
type TokenField = 'start' | 'end' | 'norm' | 'upos' | 'xpos' | 'lemma' | 'head' | 'deprel';
const TOKEN_FIELDS_COVERED: [Exclude<keyof Token, TokenField>] extends [never] ? true : never = true;

// `{ ...t, upos, xpos, lemma }`, built as a literal: object spread measured 20-60 times slower here (5 us a token on
// Reuters, more than tagging it), a third of the tagger stage's time.
function withTags(t: Token, upos: string, xpos: string, lemma: string): Token {
  if (!TOKEN_FIELDS_COVERED || t.head !== undefined || t.deprel !== undefined) return { ...t, upos, xpos, lemma };
  return t.norm === undefined ? { start: t.start, end: t.end, upos, xpos, lemma } : { start: t.start, end: t.end, norm: t.norm, upos, xpos, lemma };
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
      const { xposTags, uposTags } = tagger;
      const tokens = [...article.tokens];
      for (const [from, to] of ranges(article)) {
        const words = tokens.slice(from, to).map((t) => word(article, t));
        // As `tagger.tag(words)`, without its string arrays.
        const ids = tagger.tagIds(words.map(normaliseForm));
        for (let i = from; i < to; i++) {
          const xpos = xposTags[ids.xpos[i - from] as number] ?? 'X';
          const upos = uposTags[ids.upos[i - from] as number] ?? 'X';
          tokens[i] = withTags(tokens[i] as Token, upos, xpos, lemmatizer.lemmatize(words[i - from] as string, xpos));
        }
      }
      return { tokens };
    },
  };
}

// `{ ...t, head, deprel }` built as a literal for the usual shapes of a tagged token (object spread is many times slower
// here, see withTags); other shapes fall back to the spread.
function withParse(t: Token, head: number, deprel: string): Token {
  const { upos, xpos, lemma } = t;
  if (upos === undefined || xpos === undefined || lemma === undefined || t.head !== undefined || t.deprel !== undefined || !TOKEN_FIELDS_COVERED) {
    return { ...t, head, deprel };
  }
  return t.norm === undefined
    ? { start: t.start, end: t.end, upos, xpos, lemma, head, deprel }
    : { start: t.start, end: t.end, norm: t.norm, upos, xpos, lemma, head, deprel };
}

// Tag name -> id maps of the loaded tagger, built once.
let tagIds: { tagger: object; xpos: Map<string, number>; upos: Map<string, number> } | null = null;

function tagIdMaps(tagger: { xposTags: readonly string[]; uposTags: readonly string[] }): { xpos: Map<string, number>; upos: Map<string, number> } {
  if (tagIds?.tagger !== tagger) {
    tagIds = { tagger, xpos: new Map(tagger.xposTags.map((t, i) => [t, i])), upos: new Map(tagger.uposTags.map((t, i) => [t, i])) };
  }
  return tagIds;
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
      const { xpos: xposId, upos: uposId } = tagIdMaps(tagger);
      const tokens = [...article.tokens];
      // The root of a dateline range, attached to the root of the range after it once that is parsed.
      let datelineRoot = -1;
      for (const [from, to, isDateline] of ranges(article)) {
        const n = to - from;
        const words: string[] = new Array<string>(n);
        const xpos = new Int32Array(n);
        const upos = new Int32Array(n);
        let known = true;
        for (let i = 0; i < n; i++) {
          const t = tokens[from + i] as Token;
          words[i] = word(article, t);
          const x = t.xpos === undefined ? undefined : xposId.get(t.xpos);
          const u = t.upos === undefined ? undefined : uposId.get(t.upos);
          if (x === undefined || u === undefined) known = false;
          else {
            xpos[i] = x;
            upos[i] = u;
          }
        }
        const ids = known ? { xpos, upos } : tagger.tagIds(words.map(normaliseForm));
        const r = parser.parseIds(words, ids.xpos, ids.upos);
        const names = parser.labels;
        let root = -1;
        for (let i = 0; i < n; i++) {
          const h = r.heads[i] as number;
          if (h === 0 && root < 0) root = from + i;
          tokens[from + i] = withParse(tokens[from + i] as Token, h === 0 ? -1 : from + h - 1, names[r.labels[i] as number] ?? 'dep');
        }
        if (datelineRoot >= 0 && root >= 0) {
          // A dateline stands beside the sentence it opens, as UD's parataxis: one root per sentence for CoNLL-U.
          tokens[datelineRoot] = { ...(tokens[datelineRoot] as Token), head: root, deprel: 'parataxis' };
        }
        datelineRoot = isDateline ? root : -1;
      }
      return { tokens };
    },
  };
}
