// Builds small analysed articles for the event layer's tests: our own sentences, hand-listed entities, times and parses.
import { createArticle, type Article, type Entity, type EntityType, type Token, type TimeExpression } from '../core/index.js';

/** An entity for a fixture: every occurrence of each text becomes a name mention. */
export interface FixtureEntity {
  readonly texts: readonly string[];
  readonly type: EntityType;
  readonly country?: string;
  readonly sector?: string;
}

/** A time expression for a fixture: the first occurrence of `text`, with its TIMEX3 value. */
export interface FixtureTime {
  readonly text: string;
  readonly value: string;
  readonly type?: TimeExpression['type'];
}

/**
 * A hand-built parse, one entry per token of the sentence it covers: `form lemma UPOS head deprel`, heads 1-based
 * within the sentence (0 = root), as in CoNLL-U. Sentences without an entry are left unparsed.
 */
export type FixtureParse = readonly string[];

// The possessive "'s" is a token of its own, as tokenisers of news text make it.
const WORD = /[A-Z]\.(?:[A-Z]\.)+|['\u2019]s\b|\p{L}+(?:(?:-|['\u2019](?!s\b))\p{L}+)*|\d+(?:[.,]\d+)*|\S/gu;

/** Tokens of a text (words, abbreviations like "U.S.", possessive "'s", single punctuation marks) and sentences split after . ! ? */
export function fixtureTokens(text: string): { tokens: Token[]; sentences: { start: number; end: number }[] } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length });
  const sentences: { start: number; end: number }[] = [];
  let start = tokens[0]?.start ?? 0;
  tokens.forEach((t, i) => {
    const form = text.slice(t.start, t.end);
    if (form === '.' || form === '!' || form === '?' || i === tokens.length - 1) {
      sentences.push({ start, end: t.end });
      start = tokens[i + 1]?.start ?? t.end;
    }
  });
  return { tokens, sentences };
}

/** An article with tokens, sentences, entities and times filled as the fixture says. */
export function fixtureArticle(
  text: string,
  options: {
    readonly date?: string;
    readonly entities?: readonly FixtureEntity[];
    readonly times?: readonly FixtureTime[];
    readonly parses?: readonly (FixtureParse | null)[];
    readonly dateline?: string;
  } = {},
): Article {
  const { tokens, sentences } = fixtureTokens(text);
  const entities: Entity[] = (options.entities ?? []).map((e, k) => {
    const mentions = e.texts.flatMap((t) => {
      const out = [];
      for (let at = text.indexOf(t); at !== -1; at = text.indexOf(t, at + t.length)) out.push({ start: at, end: at + t.length, text: t, kind: 'name' as const });
      return out;
    });
    return { id: `e${k + 1}`, type: e.type, name: e.texts[0] ?? '', titles: [], country: e.country ?? null, sector: e.sector ?? null, mentions };
  });
  const times: TimeExpression[] = (options.times ?? []).map((t, k) => {
    const at = text.indexOf(t.text);
    return { id: `T${k + 1}`, start: at, end: at + t.text.length, text: t.text, type: t.type ?? 'DATE', value: t.value, resolution: 'exact' };
  });
  let parsedTokens: Token[] = tokens;
  if (options.parses) {
    parsedTokens = [...tokens];
    let t = 0;
    sentences.forEach((s, si) => {
      while (t < tokens.length && (tokens[t]?.start ?? 0) < s.start) t++;
      const first = t;
      const parse = options.parses?.[si];
      if (!parse) return;
      parse.forEach((line, k) => {
        const [form, lemma, upos, head, deprel] = line.split(' ');
        const token = tokens[first + k];
        if (!token || text.slice(token.start, token.end) !== form) throw new Error(`parse line ${k + 1} ("${line}") does not match token "${token ? text.slice(token.start, token.end) : '(none)'}"`);
        const h = Number(head);
        parsedTokens[first + k] = { ...token, lemma: lemma ?? form, upos: upos ?? 'X', head: h === 0 ? -1 : first + h - 1, deprel: deprel ?? 'dep' };
      });
    });
  }
  const dateline = options.dateline ? { start: text.indexOf(options.dateline), end: text.indexOf(options.dateline) + options.dateline.length, place: options.dateline } : null;
  const article = createArticle({ id: 'fixture', date: options.date ?? '2024-03-08', title: null, text, source: { format: 'text' }, tokens: parsedTokens, sentences, dateline });
  return { ...article, entities, times };
}
