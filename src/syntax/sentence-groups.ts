// Groups an article's tokens into sentences by offsets, so that each sentence is tagged and parsed on its own.
import type { Sentence, Token } from '../core/index.js';

/** Index ranges `[from, to)` into `tokens`, one per sentence; tokens outside every sentence form groups of their own. */
export function sentenceTokenRanges(tokens: readonly Token[], sentences: readonly Sentence[]): [number, number][] {
  const out: [number, number][] = [];
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let si = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    while (si < sorted.length && (sorted[si] as Sentence).end <= t.start) si++;
    const s = sorted[si];
    const inside = (x: Token): boolean => s !== undefined && x.start >= s.start && x.start < s.end;
    const from = i;
    if (inside(t)) {
      while (i < tokens.length && inside(tokens[i] as Token)) i++;
    } else {
      while (i < tokens.length && !inside(tokens[i] as Token)) i++;
    }
    out.push([from, i]);
  }
  return out;
}
