// Reported content of passive cues found through the parse: "the veto is expected to come Friday", "Ruiz was accused of lying", "the plan was criticized by the union", "Asked whether he would run, ...".
import type { Analysis } from './analysis.js';
import type { Attribution } from './attribute.js';
import { phraseOfNode, type WordRange } from './noun-phrase.js';

// Verbs of saying, judging and expecting whose passive subject is what is said, judged or expected (with its
// complement), not who says it: the source, when named, is the "by" agent.
const PASSIVE_CUES = new Set([
  'expect', 'accuse', 'criticize', 'criticise', 'blame', 'allege', 'suspect', 'report', 'announce', 'confirm',
  'say', 'believe', 'think', 'consider', 'deem', 'rate', 'view', 'describe', 'predict', 'project', 'estimate', 'forecast',
  'reject', 'deny', 'condemn', 'denounce', 'praise', 'rumor', 'rumour', 'assume', 'claim',
  'see', 'know', 'regard', 'mention', 'interpret', 'portray', 'characterize', 'characterise', 'dub', 'label', 'brand',
  'call', 'question', 'dismiss', 'remember', 'hail', 'tout', 'attack',
]);
// Verbs of perceiving and naming report something only with a predicate on the subject ("is seen as weak", "is known
// for his temper", "was called a fraud"); "are seen gathered", "was called to testify" report nothing.
const PREDICATE_ONLY = new Set(['see', 'know', 'call']);

function isPredicate(a: Analysis, k: number): boolean {
  const w = a.words[k]!;
  if (a.children[k]!.some((c) => c < k && /^(?:as|for)$/.test(a.words[c]!.lower))) return true;
  return w.deprel === 'xcomp' && (w.upos === 'NOUN' || w.upos === 'ADJ' || w.upos === 'PROPN');
}

// Relative pronouns stand for a noun outside the clause: the content is not in the subject's words.
const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'whose']);
// A complement of the passive cue that belongs to the content: "expected to come", "accused of lying", "criticized for
// its delays", "described as reckless".
const COMPLEMENT_RELS = new Set(['xcomp', 'ccomp', 'advcl', 'obl']);

function overlapsAny(start: number, end: number, taken: readonly Attribution[]): boolean {
  for (const t of taken) if (t.start < end && start < t.end) return true;
  return false;
}

// The words a node heads, as [from, to), bounded in steps so that a broken parse costs little.
function extent(a: Analysis, node: number): WordRange {
  let from = node;
  let to = node + 1;
  const stack = [node];
  for (let guard = 0; stack.length > 0 && guard < 400; guard++) {
    const k = stack.pop()!;
    if (k < from) from = k;
    if (k + 1 > to) to = k + 1;
    for (const c of a.children[k]!) stack.push(c);
  }
  return { from, to };
}

function isAgent(a: Analysis, node: number): boolean {
  const w = a.words[node]!;
  if (w.deprel === 'obl:agent') return true;
  return w.deprel === 'obl' && a.children[node]!.some((c) => a.words[c]!.lower === 'by' && c < node);
}

/**
 * The question of a clause-opening "Asked whether ...", "When asked by reporters why ...", "Asked about the strike, ...":
 * the question (or its topic) is the content, the "by" agent, if any, the speaker. Without a parse, none.
 */
export function attributeAsked(a: Analysis, taken: readonly Attribution[]): Attribution[] {
  if (!a.hasParse) return [];
  const out: Attribution[] = [];
  const { words } = a;
  for (const unit of a.units) {
    let i = unit.from;
    if (words[i]?.lower === 'when' || words[i]?.lower === 'if') i++;
    const w = words[i];
    if (!w || i >= unit.to || w.lower !== 'asked' || w.lemma !== 'ask' || w.deprel !== 'advcl' || a.inQuote[i]! >= 0) continue;
    let agent: WordRange | null = null;
    let from = -1;
    let to = -1;
    for (const k of a.children[i]!) {
      if (k < i) continue;
      const rel = words[k]!.deprel ?? '';
      if (isAgent(a, k)) {
        agent = withoutCase(a, phraseOfNode(a, k));
        continue;
      }
      const topic = rel === 'obl' && a.children[k]!.some((c) => c < k && words[c]!.lower === 'about');
      if (from >= 0 || !(rel === 'ccomp' || rel === 'xcomp' || rel === 'advcl' || topic)) continue;
      const e = extent(a, k);
      from = e.from;
      to = e.to;
      // "about the strike": the topic without its preposition.
      if (topic) while (from < k && words[from]!.deprel === 'case') from++;
    }
    if (from < 0) continue;
    while (to > from + 1 && words[to - 1]!.upos === 'PUNCT') to--;
    const start = words[from]!.start;
    const end = words[to - 1]!.end;
    if (a.inQuote[from]! >= 0 || overlapsAny(start, end, taken)) continue;
    out.push({ start, end, kind: 'indirect', cue: { from: i, to: i + 1 }, speaker: agent, inheritedFrom: null, quoted: null });
  }
  return out;
}

function withoutCase(a: Analysis, np: WordRange): WordRange {
  let from = np.from;
  while (from < np.to - 1 && a.words[from]!.deprel === 'case') from++;
  return { from, to: np.to };
}

/**
 * Passive cues with their subject and complement as content and the "by" agent, if any, as speaker; none that
 * overlaps an attribution in `taken`. Without a parse, none.
 */
export function attributePassive(a: Analysis, taken: readonly Attribution[]): Attribution[] {
  if (!a.hasParse) return [];
  const out: Attribution[] = [];
  const { words } = a;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.upos !== 'VERB' || w.lemma === null || !PASSIVE_CUES.has(w.lemma) || a.inQuote[i]! >= 0) continue;
    const kids = a.children[i]!;
    let subj = -1;
    let passive = false;
    for (const k of kids) {
      const rel = words[k]!.deprel;
      if (rel === 'nsubj:pass') subj = k;
      else if (rel === 'aux:pass') passive = true;
    }
    if (subj < 0 || !passive || subj > i || RELATIVE.has(words[subj]!.lower) || a.inQuote[subj]! >= 0) continue;
    const s = extent(a, subj);
    let to = i + 1;
    let agent: WordRange | null = null;
    for (const k of kids) {
      if (k < i) continue;
      if (isAgent(a, k)) {
        agent = withoutCase(a, phraseOfNode(a, k));
        continue;
      }
      if (!COMPLEMENT_RELS.has(words[k]!.deprel ?? '')) continue;
      if (PREDICATE_ONLY.has(w.lemma) && !isPredicate(a, k)) continue;
      const e = extent(a, k);
      if (e.to > to) to = e.to;
    }
    // Nothing said of the subject after the cue and no one saying it ("the bill was rejected") reports nothing; with
    // an agent alone ("the plan was criticized by the union") the subject is what was judged.
    if (to === i + 1) {
      if (!agent) continue;
      to = s.to;
    }
    while (to > s.from + 1 && words[to - 1]!.upos === 'PUNCT') to--;
    const start = words[s.from]!.start;
    const end = words[to - 1]!.end;
    if (overlapsAny(start, end, taken) || overlapsAny(start, end, out)) continue;
    out.push({ start, end, kind: 'indirect', cue: { from: i, to: i + 1 }, speaker: agent, inheritedFrom: null, quoted: null });
  }
  return out;
}
