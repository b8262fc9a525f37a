// Reported content of speech nouns with a "that" clause: "reports that the plant would close", "a Ledger report that ...", "his claim that the dam was unsafe".
import type { Analysis } from './analysis.js';
import type { Attribution } from './attribute.js';
import { phraseOfNode, type WordRange } from './noun-phrase.js';

// Nouns naming something said or believed, whose "that" clause is what was said ("the claim that ...").
const SPEECH_NOUNS = new Set([
  'report', 'claim', 'allegation', 'accusation', 'assertion', 'statement', 'announcement', 'suggestion', 'warning',
  'promise', 'pledge', 'rumor', 'rumour', 'speculation', 'charge', 'complaint', 'argument', 'admission', 'insistence',
  'prediction', 'estimate', 'assurance', 'denial', 'fear', 'concern', 'belief', 'hope', 'view', 'notion', 'idea',
  'indication', 'sign', 'finding', 'conclusion', 'testimony', 'confirmation', 'recognition', 'acknowledgment',
  'acknowledgement',
]);

// Where the clause a node heads ends: its own words, but not a clause the parser hung on it past a comma.
function clauseEnd(a: Analysis, node: number): number {
  let to = node + 1;
  const stack = [node];
  for (let guard = 0; stack.length > 0 && guard < 400; guard++) {
    const k = stack.pop()!;
    if (k + 1 > to) to = k + 1;
    for (const c of a.children[k]!) {
      if (c > node && /^(?:advcl|parataxis)/.test(a.words[c]!.deprel ?? '')) continue;
      stack.push(c);
    }
  }
  return to;
}

function overlapsAny(start: number, end: number, taken: readonly Attribution[]): boolean {
  for (const t of taken) if (t.start < end && start < t.end) return true;
  return false;
}

/**
 * Speech nouns whose "that" clause (a complement, not a relative clause) is the content; the speaker is the possessor
 * ("his claim"), a proper name compounded with the noun ("a Ledger report") or a "by"/"from" phrase after it, else
 * none. None that overlaps an attribution in `taken` (the learned parse cues come first); without a parse, none.
 */
export function attributeSpeechNouns(a: Analysis, taken: readonly Attribution[]): Attribution[] {
  if (!a.hasParse) return [];
  const out: Attribution[] = [];
  const { words } = a;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.upos !== 'NOUN' || w.lemma === null || !SPEECH_NOUNS.has(w.lemma) || a.inQuote[i]! >= 0) continue;
    const kids = a.children[i]!;
    let clause = -1;
    let speaker: WordRange | null = null;
    for (const k of kids) {
      const rel = words[k]!.deprel ?? '';
      if (rel === 'nmod:poss') speaker = phraseOfNode(a, k);
      else if (rel === 'compound' && k < i && words[k]!.upos === 'PROPN') speaker = phraseOfNode(a, k);
      else if (rel === 'nmod' && k > i && a.children[k]!.some((c) => c < k && /^(?:by|from)$/.test(words[c]!.lower))) {
        const np = phraseOfNode(a, k);
        let from = np.from;
        while (from < np.to - 1 && words[from]!.deprel === 'case') from++;
        speaker = { from, to: np.to };
      } else if ((rel === 'acl' || rel === 'ccomp') && k > i && clause < 0) {
        // The complementizer right after the noun (or after its "by" phrase), not a relative "that".
        const mark = a.children[k]!.find((c) => words[c]!.lower === 'that' && words[c]!.deprel === 'mark');
        if (mark !== undefined && mark > i) clause = mark;
      }
    }
    if (clause < 0) continue;
    const head = words[clause]!.head!;
    let to = clauseEnd(a, head);
    while (to > clause + 1 && words[to - 1]!.upos === 'PUNCT') to--;
    if (to - clause < 3) continue;
    const start = words[clause]!.start;
    const end = words[to - 1]!.end;
    if (a.inQuote[clause]! >= 0 || overlapsAny(start, end, taken) || overlapsAny(start, end, out)) continue;
    out.push({ start, end, kind: 'indirect', cue: { from: i, to: i + 1 }, speaker, inheritedFrom: null, quoted: null });
  }
  return out;
}
