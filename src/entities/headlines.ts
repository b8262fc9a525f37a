// Names in an all-capitals headline ("FUNARO REJECTS UK SUGGESTION OF IMF PLAN"), found by the names of the story itself.
import type { Paragraph } from '../core/index.js';
import type { RawSpan } from './build-entities.js';
import type { EntityToken } from './titles.js';
import type { Gazetteer } from './gazetteer.js';

// The longest name, in words, looked up in a headline.
const LONGEST = 5;

/** Whether the text is written in capitals: at least four letters, nine in ten of them upper case. */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch !== ch.toLowerCase()) upper++;
  }
  return letters >= 4 && upper >= 0.9 * letters;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Checks the recogniser's spans inside all-capitals title paragraphs (wire headlines) against the story's body: a span
 * stands when the body writes each of its words capitalised; other headline words become names when a run of them
 * spells, case aside, a name the recogniser found in the body ("NAKASONE", "BANK OF JAPAN"), or a country or demonym
 * the gazetteer knows ("BRAZIL", "JAPANESE"). The recogniser, trained on text in ordinary case, reads whole
 * capitalised headlines as names ("WALLENBERGS FIGHT BID FOR SWEDISH"); the body says which of the words are names.
 * A story with no body keeps the recogniser's spans. Spans stay in text order.
 */
export function headlineSpans(
  tokens: readonly EntityToken[],
  sentences: readonly { start: number; end: number }[],
  paragraphs: readonly Paragraph[],
  text: string,
  raw: readonly RawSpan[],
  gaz: Gazetteer | null,
): readonly RawSpan[] {
  // Most articles have no title paragraph, and most titles are not in capitals: the recogniser's spans stand as they are.
  const titles = paragraphs.filter((p) => p.role === 'title');
  if (titles.length === 0) return raw;
  const caps = new Set<number>();
  sentences.forEach((s, si) => {
    const first = tokens[s.start];
    const last = tokens[s.end - 1];
    if (!first || !last) return;
    const inTitle = titles.some((p) => p.start <= first.start && last.end <= p.end);
    if (inTitle && isAllCaps(text.slice(first.start, last.end))) caps.add(si);
  });
  if (caps.size === 0) return raw;
  // A story that is all headline ("WHITE HOUSE'S BAKER SAYS ...") has no body to check against: the recogniser stands.
  const bodyWords = new Set<string>();
  sentences.forEach((s, si) => {
    if (caps.has(si)) return;
    for (let i = s.start; i < s.end; i++) {
      const t = (tokens[i] as EntityToken).text;
      if (/^\p{Lu}/u.test(t)) bodyWords.add(t.toLowerCase());
    }
  });
  if (bodyWords.size === 0) return raw;
  const fold = (from: number, to: number): string => {
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push((tokens[i] as EntityToken).text.toLowerCase());
    return words.join(' ');
  };
  // The body's names by their folded words; a person's surname alone too ("NAKASONE" for "Yasuhiro Nakasone").
  const known = new Map<string, string>();
  const kept: RawSpan[] = [];
  const confirmed: RawSpan[] = [];
  for (const r of raw) {
    if (caps.has(r.sentence)) {
      // The recogniser's headline span stands when the body writes every one of its words capitalised ("SUMITA" for
      // "Governor Satoshi Sumita", whatever the body's span was typed); "WARNS BANKS" never is.
      let all = true;
      for (let i = r.start; i < r.end; i++) {
        const w = (tokens[i] as EntityToken).text.toLowerCase();
        if (/\p{L}/u.test(w) && !bodyWords.has(w)) all = false;
      }
      if (all) confirmed.push(r);
      continue;
    }
    kept.push(r);
    if (!known.has(fold(r.start, r.end))) known.set(fold(r.start, r.end), r.type);
    if (r.type === 'PER' && r.end - r.start > 1 && !known.has(fold(r.end - 1, r.end))) known.set(fold(r.end - 1, r.end), 'PER');
  }
  const taken = new Set<number>();
  for (const r of confirmed) {
    // In capitals the recogniser cannot tell "USDA" from a surname: the body's type of the same name wins.
    const type = known.get(fold(r.start, r.end));
    kept.push(type && type !== r.type ? { ...r, type } : r);
    for (let i = r.start; i < r.end; i++) taken.add(i);
  }
  for (const si of caps) {
    const s = sentences[si] as { start: number; end: number };
    for (let i = s.start; i < s.end; ) {
      if (taken.has(i)) {
        i++;
        continue;
      }
      let found: RawSpan | null = null;
      for (let n = Math.min(LONGEST, s.end - i); n >= 1 && !found; n--) {
        let free = true;
        for (let k = i; k < i + n; k++) if (taken.has(k)) free = false;
        const type = free ? known.get(fold(i, i + n)) : undefined;
        if (type) found = { start: i, end: i + n, type, sentence: si };
      }
      if (!found && gaz) {
        const word = titleCase((tokens[i] as EntityToken).text);
        if (/^\p{L}{2,}$/u.test(word) && gaz.country(word)) found = { start: i, end: i + 1, type: 'LOC', sentence: si };
        else if (/^\p{L}{4,}$/u.test(word) && gaz.demonym(word)) found = { start: i, end: i + 1, type: 'MISC', sentence: si };
      }
      if (found) {
        kept.push(found);
        i = found.end;
      } else i++;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
