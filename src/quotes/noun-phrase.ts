// Finds the noun phrase that names a speaker around a cue verb: through the parse (nsubj) when there is one, else by word shape.
import type { Analysis } from './analysis.js';
import type { Word } from './words.js';

/** A run of words `[from, to)`. */
export interface WordRange {
  readonly from: number;
  readonly to: number;
}

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'both', 'most', 'all', 'few', 'no']);
const NP_INNER = new Set(['of', 'for', 'and', '&', 'de', 'la', 'del', 'van', 'von', 'bin', 'al', 'da', 'le', "'s", 's', '-', '.', 'at']);

// Between a subject and its verb: auxiliaries, negation and adverbs ("he also said", "Trump has repeatedly claimed").
const SKIP_BEFORE_CUE = new Set([
  'also', 'has', 'have', 'had', 'is', 'are', 'was', 'were', "'s", 'would', 'will', 'could', 'can', 'may', 'might',
  'should', 'did', 'does', 'do', 'not', "n't", 'never', 'just', 'then', 'later', 'again', 'once', 'recently',
  'previously', 'repeatedly', 'publicly', 'privately', 'further', 'often', 'first', 'initially', 'earlier', 'still',
  'already', 'reportedly', 'been', 'even', 'only', 'simply', 'separately', 'subsequently', 'long', 'since', 'now',
  'has', 'had', 'always', 'frequently', 'falsely', 'correctly', 'openly', 'loudly', 'quietly', 'flatly', 'ultimately',
  'consistently', 'both', 'all', 'each', 'too', 'in', 'fact', 'however', 'meanwhile', 'ever',
]);
// Words that end a phrase on its left: conjunctions, subordinators, prepositions, verbs we can name.
const LEFT_STOP = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'when', 'whereas', 'because', 'although', 'though', 'as', 'if',
  'since', 'after', 'before', 'until', 'unless', 'that', 'which', 'where', 'whether', 'than', 'to', 'in', 'on', 'at',
  'with', 'by', 'from', 'about', 'into', 'over', 'under', 'outside', 'inside', 'during', 'amid', 'against', 'like',
  'is', 'are', 'was', 'were', 'be', 'been', 'said', 'says', 'told', 'not', 'also', 'has', 'have', 'had', 'then', 'there',
  'here', 'however', 'meanwhile', 'instead', 'why', 'how', 'what', 'what', 'whom', 'whose', 'upon', 'through', 'per',
]);
const CAPITAL_STOP = new Set([
  'But', 'And', 'Or', 'So', 'Yet', 'While', 'When', 'As', 'If', 'Because', 'Although', 'Though', 'After', 'Before',
  'Since', 'Still', 'However', 'Meanwhile', 'Also', 'In', 'On', 'At', 'For', 'Outside', 'Inside', 'During', 'Then',
  'Now', 'Speaking', 'Asked', 'Later', 'Earlier', 'Instead', 'Yes', 'No', 'Well', 'Thus', 'There', 'Here', 'Last',
  'This', 'That', 'It', 'Indeed', 'Even', 'Moreover', 'Furthermore', 'Nonetheless', 'Nevertheless', 'Hence', 'Like',
  'With', 'Without', 'From', 'By', 'To', 'Of', 'Over', 'Under', 'Unlike', 'Among', 'Amid', 'Despite', 'Until', 'Once',
]);
/** Day names, dates and other adjuncts that sit between a cue verb and what follows it. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'last', 'this', 'week', 'month', 'year',
  'on', 'again', 'previously', 'also', 'repeatedly', 'publicly', 'privately', 'late', 'early', 'then', 'once', 'ago',
  'weekend', 'days', 'weeks', 'months', 'years', 'flatly', 'bluntly', 'simply', 'firmly', 'emphatically', 'confidently',
]);

function isCapitalised(w: Word): boolean {
  return /^[\p{Lu}]/u.test(w.text);
}

function isWordLike(w: Word): boolean {
  return /^[\p{L}\p{N}]/u.test(w.text);
}

function isNounish(w: Word): boolean {
  if (w.upos !== null) return w.upos === 'NOUN' || w.upos === 'PROPN' || w.upos === 'NUM' || (w.upos === 'PRON' && SUBJECT_PRONOUNS.has(w.lower));
  return isWordLike(w) && !DETERMINERS.has(w.lower) && !NP_INNER.has(w.lower);
}

// May this word sit inside a subject phrase, read right to left?
function fitsLeft(w: Word, collected: number): boolean {
  if (w.upos !== null) {
    if (['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(w.upos)) return !(w.upos === 'DET' && w.lower === 'that');
    if (w.upos === 'PART' && (w.lower === "'s" || w.lower === 's')) return collected > 0;
    if ((w.upos === 'ADP' && w.lower === 'of') || (w.upos === 'CCONJ' && w.lower === 'and') || w.text === '.' || w.text === '-' || w.text === '&') return collected > 0;
    return false;
  }
  if (!isWordLike(w)) return (w.text === "'s" || w.text === '-' || w.text === '&') && collected > 0;
  if (OBJECT_PRONOUNS.has(w.lower)) return false;
  if (isCapitalised(w)) return !CAPITAL_STOP.has(w.text) || collected === 0;
  if (NP_INNER.has(w.lower)) return collected > 0;
  if (DETERMINERS.has(w.lower)) return w.lower !== 'that';
  if (LEFT_STOP.has(w.lower) || SKIP_BEFORE_CUE.has(w.lower) || /(?:ly)$/.test(w.lower)) return false;
  return true;
}

function trimRange(words: readonly Word[], from: number, to: number): WordRange | null {
  // Inner connectors may not open or close the phrase ("of", "and", "'s").
  while (from < to && (NP_INNER.has(words[from]!.lower) || !isWordLike(words[from]!))) from++;
  while (to > from && (NP_INNER.has(words[to - 1]!.lower) || DETERMINERS.has(words[to - 1]!.lower) || !isWordLike(words[to - 1]!))) to--;
  if (to <= from) return null;
  for (let i = from; i < to; i++) if (isNounish(words[i]!)) return { from, to };
  return null;
}

const MAX_PHRASE = 9;

/** The phrase ending just before `end` (exclusive), not reaching before `limit`: "Seth DuCharme", "a Homeland Security Department official". */
export function phraseLeft(a: Analysis, end: number, limit: number): WordRange | null {
  const { words } = a;
  // "Rep. Gwen Moore (D-Wis.) said": a parenthesis closing the phrase is left out of it.
  if (words[end - 1]?.text === ')') {
    let k = end - 2;
    while (k > limit && k >= end - 12 && words[k]!.text !== '(') k--;
    if (k > limit && words[k]!.text === '(') end = k;
  }
  const last = words[end - 1];
  if (!last || end - 1 < limit) return null;
  if (SUBJECT_PRONOUNS.has(last.lower)) return { from: end - 1, to: end };
  let i = end - 1;
  let n = 0;
  while (i >= limit && n < MAX_PHRASE && a.inQuote[i]! < 0) {
    const w = words[i]!;
    if (!fitsLeft(w, n)) break;
    n++;
    i--;
    // A determiner opens the phrase: nothing to its left belongs to it.
    if (DETERMINERS.has(w.lower) || (w.upos === 'DET')) break;
    if (CAPITAL_STOP.has(w.text) && n > 0 && !isCapitalised(words[i + 2] ?? w)) break;
  }
  let from = i + 1;
  // A sentence-initial connective ("But", "In") is no part of the name it precedes.
  while (from < end && CAPITAL_STOP.has(words[from]!.text) && from < end - 1) from++;
  return trimRange(words, from, end);
}

/** The phrase starting at `start`, not reaching `limit`: the speaker after an inverted cue ("said Ebrard", "said the judge"). */
export function phraseRight(a: Analysis, start: number, limit: number): WordRange | null {
  const { words } = a;
  const first = words[start];
  if (!first || start >= limit || a.inQuote[start]! >= 0) return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'who') return { from: start, to: start + 1 };
  if (TIME_WORDS.has(first.lower) || first.lower === 'that') return null;
  let j = start;
  let n = 0;
  while (j < limit && n < MAX_PHRASE && a.inQuote[j]! < 0) {
    const w = words[j]!;
    const fits = w.upos !== null
      ? ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(w.upos) || ((w.lower === 'of' || w.lower === "'s" || w.text === '.' || w.text === '-') && n > 0)
      : isWordLike(w)
        ? isCapitalised(w) || DETERMINERS.has(w.lower) || (NP_INNER.has(w.lower) && n > 0) || (!LEFT_STOP.has(w.lower) && !SKIP_BEFORE_CUE.has(w.lower) && !TIME_WORDS.has(w.lower) && n > 0 && !/ly$/.test(w.lower))
        : (w.text === "'s" || w.text === '-') && n > 0;
    if (!fits) break;
    if (n > 0 && TIME_WORDS.has(w.lower) && isCapitalised(w)) break;
    n++;
    j++;
  }
  if (j === start) return null;
  if (!isCapitalised(first) && !DETERMINERS.has(first.lower)) return null;
  return trimRange(words, start, j);
}

/** The phrase a parse node heads, without appositions, clauses or punctuation (a long one shrinks to its head). */
export function phraseOfNode(a: Analysis, node: number): WordRange {
  let from = node;
  let to = node + 1;
  const stack = [node];
  while (stack.length) {
    const k = stack.pop()!;
    for (const c of a.children[k]!) {
      const rel = a.words[c]!.deprel ?? '';
      if (rel === 'appos' || rel.startsWith('acl') || rel === 'punct' || rel === 'parataxis' || rel === 'advcl' || rel === 'conj' || rel === 'cc') continue;
      from = Math.min(from, c);
      to = Math.max(to, c + 1);
      stack.push(c);
    }
  }
  // A phrase never reaches into a quotation that its head is outside of ("Putin as a “strong leader”").
  const q = a.inQuote[node]!;
  for (let k = from; k < to; k++) {
    if (a.inQuote[k] === q) continue;
    if (k < node) from = k + 1;
    else {
      to = k;
      break;
    }
  }
  if (to - from > 14 || from > node || to <= node) return { from: node, to: node + 1 };
  return trimRange(a.words, from, to) ?? { from: node, to: node + 1 };
}

const RELATIVE = new Set(['who', 'that', 'which', 'whom']);

/** The subject of a cue verb through the parse: the nsubj child's phrase; a relative pronoun stands for its noun. */
export function subjectByParse(a: Analysis, cue: number): WordRange | null {
  if (!a.hasParse) return null;
  const subj = a.children[cue]!.find((c) => {
    const rel = a.words[c]!.deprel ?? '';
    return rel === 'nsubj' || rel.startsWith('nsubj:') || rel === 'csubj';
  });
  if (subj === undefined) return null;
  return subjectPhrase(a, cue, subj);
}

/** The phrase of a cue's subject `subj`; a relative pronoun stands for the noun its clause modifies ("Flynn, who said ..." -> Flynn). */
export function subjectPhrase(a: Analysis, cue: number, subj: number): WordRange {
  const rel = a.words[cue]!.deprel ?? '';
  const head = a.words[cue]!.head;
  if (RELATIVE.has(a.words[subj]!.lower) && rel.startsWith('acl') && head !== null && head >= 0) return withRelative(a, phraseOfNode(a, head), subj);
  return phraseOfNode(a, subj);
}

// "Beck, who has described ...": the phrase runs on to the relative pronoun, which annotators often mark as the source.
function withRelative(a: Analysis, antecedent: WordRange, relative: number): WordRange {
  if (relative < antecedent.to || relative - antecedent.to > 1) return antecedent;
  if (relative > antecedent.to && a.words[antecedent.to]!.text !== ',') return antecedent;
  return { from: antecedent.from, to: relative + 1 };
}

const FAMILIAR = new Set(['close', 'familiar', 'briefed', 'knowledgeable', 'involved', 'near', 'loyal']);

// "a source close to the minister", "two people familiar with the plans": a source phrase ending just before `end`
// whose head is followed by one of these adjectives and a short prepositional phrase.
function familiarSource(a: Analysis, end: number, limit: number): WordRange | null {
  const { words } = a;
  for (let p = end - 2; p > limit && p >= end - 7; p--) {
    const w = words[p]!;
    if (a.inQuote[p]! >= 0 || /^[,;:.!?()]$/.test(w.text)) return null;
    if (!FAMILIAR.has(w.lower) || !/^(?:to|with|on|about|in)$/.test(words[p + 1]!.lower)) continue;
    const head = phraseLeft(a, p, limit);
    return head ? { from: head.from, to: end } : null;
  }
  return null;
}

/** The speaker phrase left of a cue verb, skipping auxiliaries and adverbs and an apposition set off by commas. */
export function subjectLeft(a: Analysis, cue: number, limit: number): WordRange | null {
  const { words } = a;
  let j = cue;
  while (j - 1 >= limit && SKIP_BEFORE_CUE.has(words[j - 1]!.lower)) j--;
  // "Sanders on Tuesday night warned": a time adjunct between subject and verb is no subject.
  let t = j;
  while (t - 1 >= limit && (TIME_WORDS.has(words[t - 1]!.lower) || SKIP_BEFORE_CUE.has(words[t - 1]!.lower))) t--;
  if (t < j && t > limit && /^(?:on|in|at|late|early|last|this)$/.test(words[t]!.lower) && !TIME_WORDS.has(words[t - 1]!.lower)) j = t;
  // "a source close to him said", "people familiar with the talks said": the phrase runs on over its complement.
  const familiar = familiarSource(a, j, limit);
  if (familiar) return familiar;
  // "Seth DuCharme, the acting U.S. attorney, told ..." and "Flynn, who ..., said"
  if (j - 1 >= limit && words[j - 1]!.text === ',') {
    for (let k = j - 2; k >= limit && k >= j - 18; k--) {
      if (a.inQuote[k]! >= 0) break;
      if (words[k]!.text === ',') {
        const head = phraseLeft(a, k, limit);
        if (head && (isCapitalised(words[head.from]!) || SUBJECT_PRONOUNS.has(words[head.from]!.lower))) return head;
        break;
      }
    }
    return null;
  }
  if (j - 1 >= limit && words[j - 1]!.lower === 'who') {
    const antecedent = j - 2 >= limit && words[j - 2]!.text === ',' ? phraseLeft(a, j - 2, limit) : null;
    return antecedent ? withRelative(a, antecedent, j - 1) : null;
  }
  return phraseLeft(a, j, limit);
}
