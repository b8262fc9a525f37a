// A read-only view of one sentence's tokens for the event coder: lower-cased forms, lemmas, dependents, entity cover.
import type { Article, Entity } from '../core/index.js';

/** Words that end a clause for the window-based fallback (no parse). */
const CLAUSE_BREAKS = new Set([';', ':', '.', '?', '!', 'who', 'which', 'whom', 'while', 'although', 'because', 'but', 'whereas', '"', '\u201c', '\u201d']);

/** Token-level views shared by every sentence of one article. */
export interface ArticleIndex {
  readonly article: Article;
  /** Lower-cased normalised form per token. */
  readonly lower: readonly string[];
  /** Lower-cased lemma per token (the form when no lemma is given). */
  readonly lemma: readonly string[];
  /** Index into `article.entities` of the entity whose mention covers the token, or -1. */
  readonly entityAt: Int32Array;
  /** Dependents per token (empty when there is no parse). */
  readonly children: readonly (readonly number[])[];
  /** True when the article's tokens carry heads. */
  readonly parsed: boolean;
}

/** Builds the token-level views for one article. */
export function indexArticle(article: Article): ArticleIndex {
  const { tokens, text } = article;
  const lower: string[] = new Array<string>(tokens.length);
  const lemma: string[] = new Array<string>(tokens.length);
  let parsed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const form = (t.norm ?? text.slice(t.start, t.end)).toLowerCase();
    lower[i] = form;
    lemma[i] = t.lemma ? t.lemma.toLowerCase() : form;
    if (t.head !== undefined) parsed = true;
  }
  const children: number[][] = tokens.map(() => []);
  if (parsed) {
    for (let i = 0; i < tokens.length; i++) {
      const h = tokens[i]?.head;
      if (h !== undefined && h >= 0) children[h]?.push(i);
    }
  }
  const entityAt = new Int32Array(tokens.length).fill(-1);
  const dateline = article.dateline;
  article.entities.forEach((entity: Entity, e: number) => {
    for (const m of entity.mentions) {
      // The dateline ("NEW YORK --") says where the story was filed; it is no party to any event.
      if (dateline && m.start >= dateline.start && m.end <= dateline.end) continue;
      // Mentions are few; a binary search finds their first token.
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid]?.end ?? 0) <= m.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < tokens.length && (tokens[i]?.start ?? Infinity) < m.end; i++) {
        // A shorter (inner) mention already there wins: "Mexico" inside "Mexico's army department".
        if (entityAt[i] === -1) entityAt[i] = e;
      }
    }
  });
  return { article, lower, lemma, entityAt, children, parsed };
}

/** One sentence: token range `[first, end)` and helpers. */
export interface SentenceView {
  readonly index: ArticleIndex;
  readonly sentence: number;
  readonly first: number;
  readonly end: number;
}

/** Token ranges of every sentence, found by offsets. */
export function sentenceViews(index: ArticleIndex): SentenceView[] {
  const { tokens, sentences } = index.article;
  const views: SentenceView[] = [];
  let t = 0;
  sentences.forEach((s, si) => {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= s.start) t++;
    const first = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < s.end) t++;
    views.push({ index, sentence: si, first, end: t });
  });
  return views;
}

/** The token's dependency relation (lower-case), or ''. */
export function deprel(index: ArticleIndex, i: number): string {
  return index.article.tokens[i]?.deprel?.toLowerCase() ?? '';
}

/** The token's head, or -1. */
export function headOf(index: ArticleIndex, i: number): number {
  return index.article.tokens[i]?.head ?? -1;
}

/** The token's universal POS tag, or ''. */
export function uposOf(index: ArticleIndex, i: number): string {
  return index.article.tokens[i]?.upos ?? '';
}

/** Dependents of `i` whose relation starts with one of the prefixes ("obl" matches "obl:agent"). */
export function childrenWith(index: ArticleIndex, i: number, ...relations: string[]): number[] {
  return (index.children[i] ?? []).filter((c) => {
    const r = deprel(index, c);
    return relations.some((p) => r === p || r.startsWith(`${p}:`));
  });
}

/** The lower-cased form of the case marker ("in", "by") among a nominal's dependents, or ''. */
export function caseOf(index: ArticleIndex, i: number): string {
  const c = childrenWith(index, i, 'case')[0];
  return c === undefined ? '' : (index.lower[c] ?? '');
}

/** True when token `i` ends a clause for the window fallback. */
export function isClauseBreak(index: ArticleIndex, i: number): boolean {
  return CLAUSE_BREAKS.has(index.lower[i] ?? '');
}

/** Relations by which a verb takes a clause or object of its own: a participle that has one is acting, not modifying. */
const ACTIVE_DEPENDENTS = ['obj', 'ccomp', 'xcomp', 'advcl'];

/**
 * A sentence whose root is a noun phrase with a past-participle modifier that itself takes an object or a clause
 * ("Senior officials agreed on Wednesday that ...", "Doctors from two aid groups donated goods") is a main verb the
 * parser took for a participle: the root noun acts. Returns that noun, or -1. Headline-style passives ("Two soldiers
 * arrested in Texas") take no object or clause and stay passive; copular sentences have a noun root of their own.
 */
export function misparsedSubject(index: ArticleIndex, i: number): number {
  if (!deprel(index, i).startsWith('acl') || !childrenWith(index, i, ...ACTIVE_DEPENDENTS).length) return -1;
  let noun = headOf(index, i);
  for (let steps = 0; noun >= 0 && steps < 4; steps++) {
    const up = headOf(index, noun);
    if (up < 0) return childrenWith(index, noun, 'nsubj', 'cop').length ? -1 : noun;
    if (!/^(nmod|conj|appos|compound)/.test(deprel(index, noun))) return -1;
    noun = up;
  }
  return -1;
}

/** True when the participle at `i` is a misparsed main verb (see `misparsedSubject`). */
export function misparsedMainVerb(index: ArticleIndex, i: number): boolean {
  return misparsedSubject(index, i) !== -1;
}

/**
 * True when the parse makes the clause of verb `i` passive: a passive auxiliary, or a passive subject with no direct
 * object. A "passive" subject of a verb with an object, an active subject or a perfect "have" and no form of "be"
 * ("X held talks", the participle tagged VBN) is a parser's slip: that clause is active.
 */
export function passiveClause(index: ArticleIndex, i: number): boolean {
  let subject = false;
  let object = false;
  let perfect = false;
  // One pass over the dependents, no arrays: this runs for every candidate trigger.
  for (const c of index.children[i] ?? []) {
    const r = deprel(index, c);
    if (r === 'aux:pass') return true;
    if (r === 'nsubj:pass') subject = true;
    else if (r === 'obj' || r === 'nsubj') object = true;
    // "X and Y have agreed": a perfect "have" with no passive auxiliary makes the clause active, whatever the parser
    // called the subject (a passive needs "have been").
    else if (r === 'aux' && index.lemma[c] === 'have') perfect = true;
  }
  return subject && !object && !perfect;
}

/** Deictic day words ("today", "yesterday"), which a tagger may take for nouns and a parser for subjects or their heads. */
export const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/**
 * The noun a day word stands in for when a parser took it for a subject or for the head of one ("Nicaragua's
 * government today ordered", "The Council today agreed"): its compound before it, else the bare noun right before it
 * that hangs on the day word or on `verb`. Returns -1 when there is none.
 */
export function dayWordSubject(index: ArticleIndex, day: number, verb: number): number {
  const noun = childrenWith(index, day, 'compound').find((k) => k < day);
  if (noun !== undefined) return noun;
  const before = day - 1;
  const head = headOf(index, before);
  if ((head === verb || head === day) && /^(obl|nmod|compound|dep)/.test(deprel(index, before)) && ['NOUN', 'PROPN'].includes(uposOf(index, before)) && !childrenWith(index, before, 'case').length) return before;
  return -1;
}

/** For verb `h` with no real subject: the noun a day word before it stands in for (see `dayWordSubject`), or -1. */
export function subjectBeforeDayWord(index: ArticleIndex, h: number): number {
  for (const c of index.children[h] ?? []) {
    if (c > h || !DAY_WORDS.has(index.lower[c] ?? '')) continue;
    const rel = deprel(index, c);
    if (rel !== 'nsubj' && !rel.startsWith('obl') && rel !== 'advmod') continue;
    const noun = dayWordSubject(index, c, h);
    if (noun !== -1) return noun;
  }
  return -1;
}
