// Guesses the tense around a time expression from nearby words (and part-of-speech tags when the article has them).
import { WordKind, type Words } from './words.js';

/** The tense a relative date is read in: past picks the latest earlier day, future the next later one. */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'shall', 'wo', 'gonna', 'tomorrow', 'upcoming', 'next', 'would']);
// Present-tense auxiliaries: the expression's time is not fixed by them, so the nearest reading wins.
const PRESENT_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'am']);
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'made', 'gave', 'held', 'began', 'left',
  'got', 'found', 'saw', 'knew', 'thought', 'brought', 'sent', 'spent', 'fell', 'rose', 'won', 'lost', 'paid', 'sold',
  'bought', 'led', 'ran', 'became', 'struck', 'wrote', 'spoke', 'broke', 'chose', 'drew', 'drove', 'fled', 'fought',
  'flew', 'grew', 'kept', 'meant', 'stood', 'taught', 'threw', 'understood', 'wore', 'yesterday', 'ago', 'last',
  'sought', 'swore', 'overturned', 'hit', 'shot', 'slid', 'sank', 'stole', 'forgot', 'heard', 'felt', 'built', 'since',
]);
const ED_EXCEPTIONS: ReadonlySet<string> = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'proceed', 'succeed', 'exceed', 'indeed', 'embed',
  'breed', 'greed', 'weed', 'deed', 'steed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned',
  'supposed', 'proposed', 'interested', 'concerned', 'advanced', 'detailed', 'armed', 'red', 'wed',
]);
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be', 'being', 'been', 's']);
const BOUNDARY: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n']);

/** Reads tense markers from the words before the expression (closest first), then after it, within the sentence. */
export function guessTense(words: Words, first: number, last: number, pastTagged?: ReadonlySet<number>): Tense {
  // A deadline ("payable Dec. 7", "extended to Nov. 20") is read as the nearest such day whatever the verb's tense.
  const before = words.word(first - 1);
  // "as soon as Tuesday", "as early as next week".
  if (before === 'as' && (words.word(first - 2) === 'soon' || words.word(first - 2) === 'early')) return 'future';
  if (FUTURE_DEADLINES.has(before)) {
    // A fronted "By 1200 GMT on Monday, shares were down" states what held by then: the main clause's tense decides.
    const opening = first < 2 || classify(words, first - 2) === 'stop';
    if (opening && words.word(last + 1) === ',') {
      for (let i = last + 2, n = 0; i < words.count && n < 12; i++, n++) {
        const t = classify(words, i, pastTagged);
        if (t === 'stop' || t === 'present') break;
        if (t === 'past') return 'past';
        if (t === 'future') break;
      }
    }
    return 'future';
  }
  if (DEADLINE_WORDS.has(before)) return 'unknown';
  for (let i = first - 1, n = 0; i >= 0 && n < 20; i--, n++) {
    const t = classify(words, i, pastTagged);
    if (t === 'present') return 'unknown';
    if (t === 'stop') break;
    if (t !== 'unknown') return t;
  }
  for (let i = last + 1, n = 0; i < words.count && n < 20; i++, n++) {
    const t = classify(words, i, pastTagged);
    if (t === 'stop' || t === 'present') break;
    if (t !== 'unknown') return t;
  }
  return 'unknown';
}

const DEADLINE_WORDS: ReadonlySet<string> = new Set(['to', 'before']);
const FUTURE_DEADLINES: ReadonlySet<string> = new Set(['until', 'till', 'through', 'by', 'effective', 'payable']);

function classify(words: Words, i: number, pastTagged?: ReadonlySet<number>): Tense | 'stop' | 'present' {
  const w = words.word(i);
  if (words.kind[i] === WordKind.Punct) return BOUNDARY.has(w) ? 'stop' : 'unknown';
  if (words.kind[i] !== WordKind.Word) return 'unknown';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (w === 'll' && words.word(i - 1) === "'") return 'future';
  if (w === 'going' && words.word(i + 1) === 'to') return 'future';
  if ((w === 'expected' || w === 'scheduled' || w === 'due' || w === 'set' || w === 'planned') && words.word(i + 1) === 'to') {
    const prev = words.word(i - 1);
    return prev === 'was' || prev === 'were' || prev === 'been' || prev === 'had' ? 'past' : 'future';
  }
  if ((w === 'plans' || w === 'plan' || w === 'intends' || w === 'hopes') && words.word(i + 1) === 'to') return 'future';
  if (w === 'planning' || (w === 'scheduled' && words.word(i - 1) !== 'previously')) return 'future';
  // "is to resume": a plan.
  if (PRESENT_WORDS.has(w)) return words.word(i + 1) === 'to' ? 'future' : 'present';
  if (pastTagged?.has(words.start[i] ?? -1)) return 'past';
  if (PAST_WORDS.has(w)) return PASSIVE_BE.has(words.word(i - 1)) ? 'unknown' : 'past';
  if (w.length > 4 && w.endsWith('ed') && !ED_EXCEPTIONS.has(w)) {
    const prev = words.word(i - 1);
    if (PASSIVE_BE.has(prev)) return 'unknown';
    return 'past';
  }
  return 'unknown';
}
