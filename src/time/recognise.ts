// The time tagger: a word-driven matcher that finds temporal expressions and resolves them to TIMEX3 values.
import type { TimeExpression, TimeResolution, TimeType } from '../core/index.js';
import {
  addDays, addMonths, dayDiff, formatWeek, formatYear, formatYm, formatYmd, isRealDay, isoWeekday, pad2, parseYmd,
  type Ymd,
} from './calendar.js';
import {
  AMBIGUOUS_MONTHS, DAY_PARTS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS,
  WEEKDAY_PLURALS, ZONES, type Unit,
} from './lexicon.js';
import { guessTense, type Tense } from './tense.js';
import { scanWords, WordKind, WordTrie, type Words } from './words.js';

/** What the tagger needs besides the text. */
export interface TagOptions {
  /** Publication date `YYYY-MM-DD`; without it relative expressions stay unresolved. */
  readonly referenceDate: string | null;
  /** Character offsets where a part-of-speech tagger found a past-tense verb (VBD), to sharpen tense guesses. */
  readonly pastVerbStarts?: ReadonlySet<number>;
}

type Kind = 'date' | 'duration' | 'time' | 'set' | 'ref';

// One candidate over tokens [s, e).
interface Match {
  s: number;
  e: number;
  type: TimeType;
  value: string;
  res: TimeResolution;
  kind: Kind;
  /** True when a preceding "the" belongs to the expression ("the third quarter", not "the 1996 bombing"). */
  the: boolean;
  /** True when the value was computed from an earlier mention; such values do not become anchors themselves. */
  derived?: boolean;
}

interface Count {
  e: number;
  /** Null for vague counts ("several", "a few"). */
  n: number | null;
  /** True for the article "a"/"an". */
  article: boolean;
}

const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'during', 'before',
  'after', 'from', 'through', 'to', 'between', 'and', 'or', 'in', 'on', 'that', 'each', 'every', 'until', 'around', 'the',
]);
const SEASON_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'this', 'last', 'next', 'early', 'late', 'mid', 'during', 'since', 'by', 'until', 'the', 'that', 'past', 'coming',
]);
const YEAR_PREPS: ReadonlySet<string> = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'of', 'to', 'and', 'between', 'before', 'after', 'during', 'year',
  'fiscal', 'through', 'around', 'circa', 'early', 'late', 'mid', 'spring', 'summer', 'fall', 'winter', 'autumn',
]);
const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([
  '%', 'percent', 'people', 'shares', 'troops', 'members', 'workers', 'votes', 'tons', 'miles', 'feet', 'meters',
  'km', 'kilometers', 'pounds', 'dollars', 'points', 'yen', 'marks', 'francs', 'employees', 'jobs', 'units', 'cars',
  'acres', 'barrels', 'students', 'soldiers', 'refugees', 'of', 'per', 'million', 'billion', 'hours', 'years',
]);
const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(['$', '#', 'no', 'number', 'flight', 'route', 'room', 'channel', '£', '€']);
const PAST_REF_WORDS: ReadonlySet<string> = new Set(['recently', 'lately']);
const PRESENT_REF_WORDS: ReadonlySet<string> = new Set(['now', 'currently', 'presently', 'nowadays', 'current']);
const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['annually', 'P1Y'], ['hourly', 'PT1H'],
  ['nightly', 'P1D'], ['biweekly', 'P2W'],
]);
const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['past', -1], ['previous', -1], ['next', 1], ['coming', 1], ['following', 1],
  ['latest', 0], ['same', 0], ['that', 0], ['upcoming', 1], ['prior', -1],
]);
const DURATION_MODIFIERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nearly', []], ['almost', []], ['over', []], ['roughly', []], ['more', ['than']], ['less', ['than']],
  ['fewer', ['than']], ['at', ['least']], ['up', ['to']], ['no', ['more', 'than']], ['under', []], ['some', []],
]);
const SPAN_EDGES: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'close']);
// Month names short enough to look like abbreviations: a period after them ends the sentence.
const FULL_SHORT_NAMES: ReadonlySet<string> = new Set(['may', 'june', 'july', 'march', 'april']);
// "The Sunday Times", "Monday Night Football": names, not days.
const PUBLICATIONS: ReadonlySet<string> = new Set(['times', 'telegraph', 'mirror', 'express', 'post', 'herald', 'observer', 'independent', 'mail', 'night', 'sport']);

/** Finds every temporal expression in `text` and resolves it against the reference date. */
export function tagTimes(text: string, options: TagOptions): TimeExpression[] {
  return new Tagger(text, options).run();
}

class Tagger {
  private readonly words: Words;
  private readonly dct: Ymd | null;
  private anchor: Ymd | null;
  private lastQuarter: { y: number; q: number } | null = null;
  private lastYear: number | null = null;
  private anchorMonth: { y: number; m: number } | null = null;
  private depth = 0;

  constructor(private readonly text: string, private readonly options: TagOptions) {
    this.words = scanWords(text, TRIGGER_TRIE);
    this.dct = parseYmd(options.referenceDate);
    this.anchor = this.dct;
  }

  run(): TimeExpression[] {
    const matches: Match[] = [];
    const { count, kind, trigger, start } = this.words;
    for (let i = 0; i < count; i++) {
      const k = kind[i];
      if (k === WordKind.Punct && this.text.charCodeAt(start[i] ?? 0) !== 39) continue;
      if (k === WordKind.Word && trigger[i] !== 1) continue;
      const m = this.matchAt(i);
      if (!m) continue;
      this.remember(m);
      matches.push(m);
      i = m.e - 1;
    }
    return this.finish(matches);
  }

  // ---- token helpers ----

  private w(i: number): string {
    return this.words.word(i);
  }

  private touching(i: number): boolean {
    return i > 0 && this.words.end[i - 1] === this.words.start[i];
  }

  private int(i: number): number {
    if (this.words.kind[i] !== WordKind.Number) return NaN;
    const s = this.w(i);
    return /^\d+$/.test(s) ? Number(s) : NaN;
  }

  private capital(i: number): boolean {
    return this.words.capital[i] === 1;
  }

  /** Index after an abbreviation's period ("Sept."), when the period touches an abbreviated word (not "July."). */
  private dot(i: number): number {
    if (this.w(i) !== '.' || !this.touching(i)) return i;
    const word = this.w(i - 1);
    return word.length <= 5 && !FULL_SHORT_NAMES.has(word) ? i + 1 : i;
  }

  private tense(s: number, e: number): Tense {
    return guessTense(this.words, s, e - 1, this.options.pastVerbStarts);
  }

  // ---- dispatch ----

  private matchAt(i: number): Match | null {
    // Modifiers nest ("the early", "at least the past"); a few levels cover real text and stop "the the the ...".
    if (this.depth > 4) return null;
    this.depth++;
    try {
      return this.matchModified(i);
    } finally {
      this.depth--;
    }
  }

  private matchModified(i: number): Match | null {
    const w = this.w(i);
    if (w === 'the') {
      // Most "the"s precede no time word: skip them before any pattern work.
      const k = this.words.kind[i + 1];
      if (k !== WordKind.Number && this.words.trigger[i + 1] !== 1 && !SPAN_EDGES.has(this.w(i + 1)) && this.w(i + 1) !== 'comparable' && this.w(i + 1) !== 'corresponding') return null;
      if (this.w(i + 1) === 'week' && this.w(i + 2) === 'of') return this.spanEdge(i);
      const edge = this.spanEdge(i);
      if (edge) return edge;
      const skip = this.w(i + 1) === 'comparable' || this.w(i + 1) === 'corresponding' ? 1 : 0;
      const m = this.matchAt(i + 1 + skip);
      if (m?.the) return { ...m, s: i };
      return null;
    }
    const mod = DURATION_MODIFIERS.get(w);
    if (mod && !((w === 'over' || w === 'under') && this.w(i + 1) === 'the')) {
      let j = i + 1;
      for (const need of mod) {
        if (this.w(j) !== need) return null;
        j++;
      }
      const m = this.matchAt(j);
      if (m && (m.kind === 'duration' || (m.kind === 'date' && this.w(m.e - 1) === 'ago'))) return { ...m, s: i };
      return null;
    }
    if (w === 'early' || w === 'late' || w === 'mid') {
      let j = i + 1;
      if (this.w(j) === '-' && this.touching(j)) j++;
      const m = this.matchAt(j);
      // "the early 1980s" keeps its "the"; "the early March" does not occur.
      if (m && (m.kind === 'date' || m.kind === 'time') && !m.value.endsWith('_REF')) return { ...m, s: i, the: m.the || /^\d{3}$/.test(m.value) };
      return null;
    }
    if ((w === 'earlier' || w === 'later') && ['this', 'that', 'next', 'last'].includes(this.w(i + 1))) {
      const m = this.matchCore(i + 1);
      if (m && (m.kind === 'date' || m.kind === 'time')) return { ...m, s: i };
      return null;
    }
    return this.matchCore(i);
  }

  private matchCore(i: number): Match | null {
    const w = this.w(i);
    const k = this.words.kind[i];
    if (k === WordKind.Number) return this.numberAt(i);
    if (w === "'") return this.shortDecade(i);
    const dow = WEEKDAYS.get(w);
    if (dow !== undefined && w.length > 4 && this.capital(i)) {
      if (this.capital(i + 1) && PUBLICATIONS.has(this.w(i + 1))) return null;
      return this.weekdayAt(i, dow, null);
    }
    const month = MONTHS.get(w);
    if (month !== undefined && this.capital(i)) return this.monthAt(i, month);
    const rel = RELATIVE.get(w);
    if (rel !== undefined) {
      const m = this.relativeAt(i, w, rel);
      if (m) return m;
    }
    switch (w) {
      case 'today':
        // "Radio 4's Today programme", "told Today": a capitalised Today after a word is a name.
        if (this.capital(i) && (this.words.kind[i - 1] === WordKind.Word || this.w(i - 1) === "'")) return null;
        return this.dayWord(i, 0);
      case 'tomorrow':
        return this.dayWord(i, 1);
      case 'yesterday':
        return this.dayWord(i, -1);
      case 'tonight':
        return this.make(i, i + 1, 'TIME', this.dct ? `${formatYmd(this.dct)}TNI` : 'XXXX-XX-XXTNI', 'time', false);
      case 'right':
        return this.w(i + 1) === 'now' ? this.make(i, i + 2, 'DATE', 'PRESENT_REF', 'ref', false) : null;
      case 'these':
        return this.w(i + 1) === 'days' ? this.make(i, i + 2, 'DATE', 'PRESENT_REF', 'ref', false) : null;
      case 'soon':
        if (this.w(i - 1) === 'as' && this.w(i + 1) === 'as') {
          if (this.w(i + 2) === 'possible') return this.make(i - 1, i + 3, 'DATE', 'FUTURE_REF', 'ref', false);
          return null;
        }
        return this.make(i, i + 1, 'DATE', 'FUTURE_REF', 'ref', false);
      case 'future':
        return this.make(i, i + 1, 'DATE', 'FUTURE_REF', 'ref', true);
      case 'near':
      case 'short':
      case 'long':
        if (w === 'near' && this.w(i + 1) === 'future') return this.make(i, i + 2, 'DATE', 'FUTURE_REF', 'ref', true);
        if (this.w(i + 1) === 'term' && this.w(i - 1) === 'the') return this.make(i, i + 2, 'DATE', 'FUTURE_REF', 'ref', true);
        return null;
      case 'recent':
        return this.recentAt(i);
      case 'every':
      case 'each':
        return this.everyAt(i);
      case 'fiscal':
        return this.fiscalAt(i);
      case 'noon':
      case 'midnight':
      case 'midday':
        // "Jamie Noon", "High Noon": a capitalised word after a capitalised word is a name.
        if (this.capital(i) && this.capital(i - 1) && this.words.kind[i - 1] === WordKind.Word) return null;
        return this.clockWord(i, w === 'midnight' ? '24:00' : '12:00');
      case 'year':
        return this.yearCompound(i);
      case 'quarter':
      case 'half':
        return this.bareQuarter(i, w);
      case 'weekend':
        return this.weekendAt(i, 0, i);
      case 'full':
        if (this.w(i - 1) === 'the' && this.w(i + 1) === 'year' && this.dct) return this.make(i, i + 2, 'DATE', formatYear(this.dct.y), 'date', true);
        return null;
      case 'thanksgiving':
      case 'christmas':
      case 'election':
        return this.holidayAt(i, w);
      case 'day':
        return this.dayAround(i);
      case 'nineteen':
        return this.spokenYear(i);
      default:
        break;
    }
    if (PRESENT_REF_WORDS.has(w)) {
      // "current" as an adjective is kept ("current wife"); "currently" and "now" always.
      return this.make(i, i + 1, 'DATE', 'PRESENT_REF', 'ref', false);
    }
    if (PAST_REF_WORDS.has(w)) {
      const more = w === 'recently' && (this.w(i - 1) === 'more' || this.w(i - 1) === 'most');
      return this.make(more ? i - 1 : i, i + 1, 'DATE', 'PAST_REF', 'ref', false);
    }
    const set = SET_ADVERBS.get(w);
    if (set) return this.make(i, i + 1, 'SET', set, 'set', false);
    const plural = WEEKDAY_PLURALS.get(w);
    if (plural !== undefined && this.capital(i)) return this.make(i, i + 1, 'SET', `XXXX-WXX-${plural}`, 'set', false);
    if (w === 'past' && this.w(i - 1) === 'the' && !this.isCountStart(i + 1) && !UNITS.has(this.w(i + 1))) {
      return this.make(i, i + 1, 'DATE', 'PAST_REF', 'ref', true);
    }
    if (SEASONS.has(w)) return this.seasonAt(i, null, i);
    const ord = ORDINAL_WORDS.get(w);
    if (ord !== undefined) return this.ordinalAt(i, ord);
    if (NUMBER_WORDS.has(w) || VAGUE_QUANTITIES.has(w) || w === 'a' || w === 'an') return this.countAt(i);
    if (UNITS.has(w)) return this.bareUnit(i);
    if (w.endsWith('ies') || w.endsWith('s')) return this.spokenDecade(i);
    return null;
  }

  // ---- building matches ----

  private make(s: number, e: number, type: TimeType, value: string, kind: Kind, the: boolean, res?: TimeResolution): Match {
    return { s, e, type, value, kind, the, res: res ?? resolutionOf(value, kind) };
  }

  private remember(m: Match): void {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(m.value);
    if (day && m.type !== 'DURATION') {
      const d = parseYmd(day[0]);
      if (d) this.anchor = d;
    }
    const ym = /^(\d{4})-(\d{2})/.exec(m.value);
    if (ym && m.type !== 'DURATION' && !m.derived) this.anchorMonth = { y: Number(ym[1]), m: Number(ym[2]) };
    const q = /^(\d{4})-Q(\d)$/.exec(m.value);
    if (q && !m.derived) this.lastQuarter = { y: Number(q[1]), q: Number(q[2]) };
    const y = /^(\d{4})(?:$|-)/.exec(m.value);
    if (y && m.type !== 'DURATION') this.lastYear = Number(y[1]);
  }

  // ---- numbers ----

  private numberAt(i: number): Match | null {
    const s = this.w(i);
    // Numeric dates: 11/18/2020, 11/18/20.
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
    if (slash) {
      const mo = Number(slash[1]);
      const d = Number(slash[2]);
      let y = Number(slash[3]);
      if (y < 100) y += y < 50 ? 2000 : 1900;
      if (isRealDay(y, mo, d)) return this.make(i, i + 1, 'DATE', formatYmd({ y, m: mo, d }), 'date', false);
      return null;
    }
    if (/^\d{1,2}:\d{2}$/.test(s)) return this.clockAt(i);
    const n = this.int(i);
    if (Number.isNaN(n)) return null;
    // ISO date 2020-11-18.
    if (s.length === 4 && this.w(i + 1) === '-' && this.w(i + 3) === '-' && this.touching(i + 1) && this.touching(i + 2)) {
      const mo = this.int(i + 2);
      const d = this.int(i + 4);
      if (this.touching(i + 3) && this.touching(i + 4) && isRealDay(n, mo, d)) {
        return this.make(i, i + 5, 'DATE', formatYmd({ y: n, m: mo, d }), 'date', false);
      }
    }
    // Clock time: "9 a.m.", "4 in the morning".
    const ampm = this.w(i + 1);
    if (n >= 1 && n <= 12 && (ampm === 'a.m.' || ampm === 'p.m.' || ampm === 'a.m' || ampm === 'p.m' || ampm === 'am' || ampm === 'pm')) {
      return this.clockAt(i);
    }
    if (n >= 1 && n <= 12 && this.w(i + 1) === 'in' && this.w(i + 2) === 'the' && (this.w(i + 3) === 'morning' || this.w(i + 3) === 'afternoon' || this.w(i + 3) === 'evening')) {
      const h = this.w(i + 3) === 'morning' ? n % 12 : (n % 12) + 12;
      return this.withDay(i, i + 4, `T${pad2(h)}:00`);
    }
    // Day before month: "17 November 2020".
    if (n >= 1 && n <= 31 && s.length <= 2) {
      let j = i + 1;
      if (['st', 'nd', 'rd', 'th'].includes(this.w(j)) && this.touching(j)) j++;
      if (this.w(j) === 'of') j++;
      const mo = MONTHS.get(this.w(j));
      if (mo !== undefined && this.capital(j)) {
        j = this.dot(j + 1);
        const yr = this.yearAfter(j);
        return this.dayMonth(i, yr ? yr.e : j, mo, n, yr?.y ?? null);
      }
    }
    // Centuries: "the 20th century" -> 19.
    if (n >= 1 && n <= 21 && ['st', 'nd', 'rd', 'th'].includes(this.w(i + 1)) && this.touching(i + 1)) {
      let j = i + 2;
      if (this.w(j) === '-') j++;
      if (this.w(j) === 'century') return this.make(i, j + 1, 'DATE', pad2(n - 1), 'date', true);
    }
    // Wire-service clock times: "1340 GMT", "0930 local time".
    if (s.length === 4 && (ZONES.has(this.w(i + 1)) || this.w(i + 1) === 'local' && this.w(i + 2) === 'time')) {
      const h = Math.floor(n / 100);
      const min = n % 100;
      if (h <= 24 && min <= 59) return this.withDay(i, this.w(i + 1) === 'local' ? i + 3 : i + 2, `T${pad2(h)}:${pad2(min)}`);
    }
    // Years and decades.
    if (s.length === 4 && n >= 1000 && n <= 2099) {
      const m = this.yearAt(i, n);
      if (m) return m;
    }
    return this.countAt(i);
  }

  private yearAt(i: number, n: number): Match | null {
    const next = this.w(i + 1);
    if (next === 's' && this.touching(i + 1) && n % 10 === 0) {
      return this.make(i, i + 2, 'DATE', String(Math.floor(n / 10)), 'date', false);
    }
    if (n % 10 === 0 && this.w(i + 1) === "'" && this.w(i + 2) === 's' && this.touching(i + 1)) {
      return this.make(i, i + 3, 'DATE', String(Math.floor(n / 10)), 'date', false);
    }
    const prev = this.w(i - 1);
    if (NOT_YEAR_BEFORE.has(prev) || NOT_YEAR_AFTER.has(next)) return null;
    if (prev === ',' && /^\d/.test(this.w(i - 2))) return null;
    if ((next === ',' || next === '.') && this.touching(i + 1) && this.words.kind[i + 2] === WordKind.Number && this.touching(i + 2)) return null;
    if (n < 1900 && !YEAR_PREPS.has(prev) && !(MONTHS.has(prev) || this.w(i - 2) === ',')) return null;
    // "the 1989 period", "the 1988 fiscal year".
    if ((next === 'period' || next === 'quarter') && this.w(i - 1) === 'the') {
      if (this.lastQuarter) return { ...this.make(i, i + 2, 'DATE', `${formatYear(n)}-Q${this.lastQuarter.q}`, 'date', true), derived: true };
      return this.make(i, i + 2, 'DATE', String(n), 'date', true);
    }
    if (next === 'fiscal' && this.w(i + 2) === 'year') return this.make(i, i + 3, 'DATE', String(n), 'date', true);
    const q = this.quarterAfterYear(i + 1, n);
    if (q) return { ...q, s: i };
    return this.make(i, i + 1, 'DATE', String(n), 'date', false);
  }

  private quarterAfterYear(j: number, y: number): Match | null {
    const ord = ORDINAL_WORDS.get(this.w(j));
    if (ord === undefined || ord > 4) return null;
    let k = j + 1;
    if (this.w(k) === '-') k++;
    if (this.w(k) === 'quarter') return this.make(j, k + 1, 'DATE', `${formatYear(y)}-Q${ord}`, 'date', true);
    return null;
  }

  /** A four-digit year at `i` (optionally after a comma), as `{y, e}`. */
  private yearAfter(i: number): { y: number; e: number } | null {
    let j = i;
    if (this.w(j) === ',') j++;
    if (this.w(j) === 'of') j++;
    const y = this.int(j);
    if (this.w(j).length === 4 && y >= 1000 && y <= 2099 && !NOT_YEAR_AFTER.has(this.w(j + 1))) return { y, e: j + 1 };
    if (this.w(j) === 'nineteen') {
      const spoken = this.spokenYear(j);
      if (spoken) return { y: Number(spoken.value), e: spoken.e };
    }
    return null;
  }

  private shortDecade(i: number): Match | null {
    // '90s
    const s = this.w(i + 1);
    if (/^\d0$/.test(s) && this.touching(i + 1) && this.w(i + 2) === 's' && this.touching(i + 2)) {
      const century = this.dct && this.dct.y >= 2000 && Number(s) <= 20 ? 20 : 19;
      return this.make(i, i + 3, 'DATE', `${century}${s[0]}`, 'date', false);
    }
    return null;
  }

  private spokenDecade(i: number): Match | null {
    const w = this.w(i);
    const decades: Record<string, number> = {
      twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
    };
    const d = decades[w];
    if (d === undefined || this.w(i - 1) !== 'the') return null;
    return this.make(i, i + 1, 'DATE', `19${d}`, 'date', true);
  }

  private spokenYear(i: number): Match | null {
    const tens = NUMBER_WORDS.get(this.w(i + 1));
    if (!TENS.has(this.w(i + 1)) || tens === undefined) return null;
    let e = i + 2;
    let y = 1900 + tens;
    const unitWord = this.w(i + 2) === '-' ? i + 3 : i + 2;
    const unit = NUMBER_WORDS.get(this.w(unitWord));
    if (unit !== undefined && unit >= 1 && unit <= 9 && this.w(unitWord) !== 'a') {
      y += unit;
      e = unitWord + 1;
    }
    return this.make(i, e, 'DATE', String(y), 'date', false);
  }

  // ---- counts and durations ----

  private isCountStart(i: number): boolean {
    const w = this.w(i);
    return this.words.kind[i] === WordKind.Number || NUMBER_WORDS.has(w) || VAGUE_QUANTITIES.has(w);
  }

  private count(i: number): Count | null {
    const w = this.w(i);
    if (w === 'a' || w === 'an') {
      if (this.w(i + 1) === 'couple' && this.w(i + 2) === 'of') return { e: i + 3, n: 2, article: false };
      if (this.w(i + 1) === 'few') return { e: i + 2, n: null, article: false };
      if (this.w(i + 1) === 'hundred') return { e: i + 2, n: 100, article: false };
      if (this.w(i + 1) === 'half' && this.w(i + 2) === 'dozen') return { e: i + 3, n: 6, article: false };
      return { e: i + 1, n: 1, article: true };
    }
    if (w === 'couple' && this.w(i + 1) === 'of') return { e: i + 2, n: 2, article: false };
    if (VAGUE_QUANTITIES.has(w)) return { e: i + 1, n: null, article: false };
    if (this.words.kind[i] === WordKind.Number) {
      const v = /^\d+(?:\.\d+)?$/.test(w) ? Number(w) : /^\d{1,3}(?:,\d{3})+$/.test(w) ? Number(w.replace(/,/g, '')) : NaN;
      if (Number.isNaN(v)) return null;
      if (this.w(i + 1) === '1/2') return { e: i + 2, n: v + 0.5, article: false };
      return { e: i + 1, n: v, article: false };
    }
    let n = NUMBER_WORDS.get(w);
    if (n === undefined) return null;
    let e = i + 1;
    if (TENS.has(w)) {
      const j = this.w(e) === '-' ? e + 1 : e;
      const unit = NUMBER_WORDS.get(this.w(j));
      if (unit !== undefined && unit >= 1 && unit <= 9 && this.w(j) !== 'a' && this.w(j) !== 'an') {
        n += unit;
        e = j + 1;
      }
    }
    const mult = this.w(e);
    if (mult === 'hundred' || mult === 'thousand') {
      n *= mult === 'hundred' ? 100 : 1000;
      e++;
    }
    return { e, n, article: false };
  }

  /** A unit word at `i` (skipping "trading", "more", ...), as the unit and the index after it. */
  private unit(i: number): { unit: Unit; e: number; word: string } | null {
    let j = i;
    const w = this.w(j);
    if (w === 'trading' || w === 'business' || w === 'calendar' || w === 'more' || w === 'additional' || w === 'straight' || w === 'consecutive' || w === 'full') j++;
    const word = this.w(j);
    const unit = UNITS.get(word);
    return unit ? { unit, e: j + 1, word } : null;
  }

  private countAt(i: number): Match | null {
    const c = this.count(i);
    if (!c) return null;
    let j = c.e;
    const hyphen = this.w(j) === '-' && this.touching(j);
    if (hyphen) j++;
    const u = this.unit(j);
    if (!u) {
      // "two to three weeks", "18 to 24 months"
      if ((this.w(j) === 'to' || this.w(j) === 'or') && this.isCountStart(j + 1)) {
        const c2 = this.count(j + 1);
        const u2 = c2 ? this.unit(c2.e) : null;
        if (c2 && u2) return this.make(i, u2.e, 'DURATION', durationValue(null, u2.unit), 'duration', true);
      }
      return null;
    }
    if (c.article && (u.word === 'second' || u.word === 'quarter' || u.word === 'minute') && this.w(u.e) !== 'ago') return null;
    if (c.article && this.isRate(i) && !['ago', 'earlier', 'later', '-'].includes(this.w(u.e))) {
      // "twice a week", "three times a year": a set; other rates ("$5 a day") are not time expressions.
      const w1 = this.w(i - 1);
      if (w1 === 'once' || w1 === 'twice') return this.make(i - 1, u.e, 'SET', durationValue(1, u.unit), 'set', false);
      if (w1 === 'times' && this.isCountStart(i - 2)) return this.make(i - 2, u.e, 'SET', durationValue(1, u.unit), 'set', false);
      return null;
    }
    if (u.word.endsWith('s') && this.w(u.e) === 'old') return null;
    if (u.word === 'quarters' && hyphen && this.w(u.e) === 'of') return null;
    let e = u.e;
    // Ages ("a 6-year-old boy") are not time expressions in TimeML practice.
    if (this.w(e) === '-' && this.w(e + 1) === 'old') return null;
    if (this.w(e) === '-' && this.w(e + 1) === 'long') e += 2;
    // "a month-to-month basis", "year-to-date": not a duration.
    if (this.w(e) === '-' && this.w(e + 1) === 'to') return null;
    const after = this.w(e);
    if (after === 'ago' || after === 'earlier' || after === 'later' || after === 'before' && this.w(e + 1) === 'that') {
      const m = this.offsetDate(i, after === 'before' ? e + 2 : e + 1, c.n, u.unit, after === 'later' ? 1 : -1, after === 'ago');
      if (m) return m;
    }
    if (after === 'or' && this.w(e + 1) === 'so') e += 2;
    const value = durationValue(c.n, u.unit);
    return this.make(i, e, 'DURATION', value, 'duration', !c.article && !hyphen, c.n === null ? 'approximate' : 'exact');
  }

  /** "four flights a week", "$1.76 a year", "twice a day": a rate, not a duration. */
  private isRate(i: number): boolean {
    const w1 = this.w(i - 1);
    if (w1 === 'times' || w1 === 'twice' || w1 === 'once') return true;
    // A quantity a few words back ("8.3 mln barrels a day", "four flights a week", "$1.76 a year").
    for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
      if (this.words.kind[k] === WordKind.Number) return true;
      const w = this.w(k);
      if (NUMBER_WORDS.has(w) && w !== 'a' && w !== 'an') return true;
      if (this.words.kind[k] === WordKind.Punct && w !== '$') break;
    }
    return false;
  }

  /** "two years ago" (from the reference date) and "a year earlier" (from the last mentioned date). */
  private offsetDate(s: number, e: number, n: number | null, unit: Unit, sign: number, fromDct: boolean): Match | null {
    if (n === null) return this.make(s, e, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'date', false, 'approximate');
    const base = fromDct ? this.dct : this.anchor;
    // Year-on-year comparisons of a quarter ("a year earlier" after "the third quarter") mean that quarter a year before.
    if (unit.code === 'Y' && n === 1 && this.lastQuarter) {
      return { ...this.make(s, e, 'DATE', `${formatYear(this.lastQuarter.y + sign)}-Q${this.lastQuarter.q}`, 'date', false), derived: true };
    }
    if (!base) return this.make(s, e, 'DATE', unresolvedOffset(unit), 'date', false, 'unresolved');
    const k = sign * n;
    if (!Number.isInteger(k)) return null;
    const value = shiftValue(base, unit, k);
    return value ? this.make(s, e, 'DATE', value, 'date', false) : null;
  }

  private bareUnit(i: number): Match | null {
    const w = this.w(i);
    const unit = UNITS.get(w);
    if (!unit || !w.endsWith('s') || w === 'seconds') return null;
    const prev = this.w(i - 1);
    if (prev === 'for' || prev === 'recent' || (prev === 'in' && this.w(i + 1) !== 'of')) {
      if (this.w(i + 1) === 'ago') return this.make(i, i + 2, 'DATE', 'PAST_REF', 'date', false, 'approximate');
      return this.make(i, i + 1, 'DURATION', durationValue(null, unit), 'duration', true, 'approximate');
    }
    if (this.w(i + 1) === 'ago') return this.make(i, i + 2, 'DATE', 'PAST_REF', 'date', false, 'approximate');
    return null;
  }

  // ---- clock times ----

  private clockAt(i: number): Match | null {
    const s = this.w(i);
    let h: number;
    let min = 0;
    const colon = /^(\d{1,2}):(\d{2})$/.exec(s);
    if (colon) {
      h = Number(colon[1]);
      min = Number(colon[2]);
    } else {
      h = Number(s);
    }
    if (h > 24 || min > 59) return null;
    let e = i + 1;
    const ampm = this.w(e);
    if (ampm === 'a.m.' || ampm === 'a.m' || ampm === 'am') {
      if (h === 12) h = 0;
      e++;
    } else if (ampm === 'p.m.' || ampm === 'p.m' || ampm === 'pm') {
      if (h < 12) h += 12;
      e++;
    } else if (!colon) {
      return null;
    } else if (!(this.w(e) === 'gmt' || this.w(e) === 'local' || ZONES.has(this.w(e)))) {
      // A bare "10:35" needs a.m./p.m., a zone or "o'clock" to be a time (not a score or a ratio).
      return null;
    }
    if (ZONES.has(this.w(e))) e++;
    return this.withDay(i, e, `T${pad2(h)}:${pad2(min)}`);
  }

  private clockWord(i: number, hm: string): Match | null {
    return this.withDay(i, i + 1, `T${hm}`);
  }

  /** A clock time, possibly followed by its day ("9 a.m. Tuesday", "9 p.m. EST, Nov. 9"). */
  private withDay(s: number, e: number, clock: string): Match {
    let j = e;
    if (this.w(j) === ',' ) j++;
    if (this.w(j) === 'on') j++;
    const day = this.matchDay(j, s);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day.value)) return this.make(s, day.e, 'TIME', day.value + clock, 'time', false);
    if (day && day.value.startsWith('XXXX')) return this.make(s, day.e, 'TIME', day.value + clock, 'time', false, 'unresolved');
    const base = this.anchor;
    if (!base) return this.make(s, e, 'TIME', `XXXX-XX-XX${clock}`, 'time', false, 'unresolved');
    return this.make(s, e, 'TIME', formatYmd(base) + clock, 'time', false);
  }

  /** A day expression at `i` (weekday, month-day, today, yesterday, tomorrow) or null. */
  private matchDay(i: number, clockStart: number): Match | null {
    const w = this.w(i);
    if (WEEKDAYS.has(w) && w.length > 4 && this.capital(i)) {
      // The tense is read around the whole expression ("until 9 a.m. Tuesday"), not from inside it.
      const tense = this.tense(clockStart, i + 1);
      const rel = tense === 'future' ? 'next' : tense === 'past' ? 'last' : null;
      const today = this.dct !== null && isoWeekday(this.dct) === WEEKDAYS.get(w);
      return this.weekdayAt(i, WEEKDAYS.get(w) ?? 1, today ? 'this' : rel, true);
    }
    if (MONTHS.has(w) && this.capital(i) && this.words.kind[this.dot(i + 1)] === WordKind.Number) return this.monthAt(i, MONTHS.get(w) ?? 1);
    if (w === 'today') return this.dayWord(i, 0, true);
    if (w === 'yesterday') return this.dayWord(i, -1, true);
    if (w === 'tomorrow') return this.dayWord(i, 1, true);
    return null;
  }

  // ---- days ----

  private dayWord(i: number, offset: number, bare = false): Match {
    let e = i + 1;
    let part = '';
    if (!bare) {
      const p = DAY_PARTS.get(this.w(e));
      if (p && this.w(e) !== 'overnight') {
        part = `T${p}`;
        e++;
      }
    }
    if (!this.dct) {
      return this.make(i, e, part ? 'TIME' : 'DATE', `XXXX-XX-XX${part}`, part ? 'time' : 'date', false, 'unresolved');
    }
    const day = addDays(this.dct, offset);
    return this.make(i, e, part ? 'TIME' : 'DATE', formatYmd(day) + part, part ? 'time' : 'date', false);
  }

  private weekdayAt(i: number, dow: number, rel: 'last' | 'next' | 'this' | null, bare = false, base: Ymd | null = this.dct): Match | null {
    let e = i + 1;
    if (this.w(e) === '.' && this.touching(e) && this.w(i).length <= 5) e++;
    // "Tuesday, Nov. 17, 2020" and "Monday, Oct. 26" are one expression whose value the date gives.
    let j = e;
    if (this.w(j) === ',') j++;
    const mo = MONTHS.get(this.w(j));
    if (mo !== undefined && this.capital(j)) {
      const md = this.monthAt(j, mo);
      if (md && /^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(md.value)) return { ...md, s: i };
    }
    const ddm = this.int(j);
    if (!Number.isNaN(ddm) && ddm >= 1 && ddm <= 31) {
      const dm = this.numberAt(j);
      if (dm && /^\d{4}-\d{2}-\d{2}$/.test(dm.value) && dm.kind === 'date') return { ...dm, s: i };
    }
    // "Wednesday's ruling" names something that has happened.
    const possessive = this.w(e) === "'" && this.w(e + 1) === 's' && this.touching(e);
    const tense = rel ?? (possessive ? 'past' : this.tense(i, e));
    const day = this.resolveWeekday(dow, tense, base);
    // "Friday night" is one expression; TBAQ's annotators mostly type it DATE with the day's value (scoring better on
    // both halves of TBAQ than keeping the part of day), so the part is in the extent but not in the value.
    if (!bare && DAY_PARTS.has(this.w(e)) && this.w(e) !== 'overnight') e++;
    if (!day) return this.make(i, e, 'DATE', `XXXX-WXX-${dow}`, 'date', false, 'unresolved');
    return this.make(i, e, 'DATE', formatYmd(day), 'date', false);
  }

  private resolveWeekday(dow: number, tense: Tense | 'last' | 'next' | 'this', base: Ymd | null = this.dct): Ymd | null {
    const dct = base;
    if (!dct) return null;
    const today = isoWeekday(dct);
    if (tense === 'last') return addDays(dct, -(((today - dow + 7) % 7) || 7));
    if (tense === 'next') return addDays(dct, ((dow - today + 7) % 7) || 7);
    if (today === dow) return dct;
    if (tense === 'future') return addDays(dct, (dow - today + 7) % 7);
    if (tense === 'this') return addDays(dct, dow - today);
    return addDays(dct, -((today - dow + 7) % 7));
  }

  private monthAt(i: number, month: number): Match | null {
    const w = this.w(i);
    let e = this.dot(i + 1);
    const abbrev = w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july';
    const d = this.int(e);
    if (!Number.isNaN(d) && d >= 1 && d <= 31 && this.w(e).length <= 2) {
      let k = e + 1;
      if (['st', 'nd', 'rd', 'th'].includes(this.w(k)) && this.touching(k)) k++;
      const yr = this.yearAfter(k);
      // "Sept. 23-30, 1986": the expression is the first day, which takes its year from after the range's end.
      if (!yr && (this.w(k) === '-' || this.w(k) === '–') && this.touching(k) && this.touching(k + 1)) {
        const last = this.int(k + 1);
        const later = last >= 1 && last <= 31 ? this.yearAfter(k + 2) : null;
        if (later) return this.dayMonth(i, k, month, d, later.y);
      }
      return this.dayMonth(i, yr ? yr.e : k, month, d, yr?.y ?? null);
    }
    if (abbrev && e === i + 1 && w !== 'march') {
      // Abbreviations without a period ("Jan 5" is fine above) need a year to count.
      const yr = this.yearAfter(e);
      if (!yr) return null;
    }
    const yr = this.yearAfter(e);
    if (yr) return this.make(i, yr.e, 'DATE', formatYm(yr.y, month), 'date', false);
    const relYear = RELATIVE.get(this.w(e));
    if (relYear !== undefined && this.w(e + 1) === 'year' && this.dct && (this.w(e) === 'this' || this.w(e) === 'last' || this.w(e) === 'next')) {
      return this.make(i, e + 2, 'DATE', formatYm(this.dct.y + relYear, month), 'date', false);
    }
    // "April Ryan": a bare month name followed by a capitalised word is a person unless a preposition says otherwise.
    if (this.words.kind[i + 1] === WordKind.Word && this.capital(i + 1) && !MONTH_CONTEXT.has(this.w(i - 1)) && !TRIGGERS.has(this.w(i + 1))) return null;
    if (AMBIGUOUS_MONTHS.has(w) || abbrev) {
      const prev = this.w(i - 1);
      if (!MONTH_CONTEXT.has(prev) && prev !== '-') return null;
      if (w === 'may' && this.words.kind[i + 1] === WordKind.Word && !this.capital(i + 1) && prev !== 'in' && prev !== 'early' && prev !== 'late' && prev !== 'mid' && prev !== '-') return null;
    }
    e = i + 1;
    if (abbrev && this.w(e) === '.' && this.touching(e)) e++;
    const rel = RELATIVE.get(this.w(i - 1));
    const relWord = this.w(i - 1);
    const tense: Tense | 'last' | 'next' | 'this' =
      relWord === 'last' ? 'last' : relWord === 'next' ? 'next' : rel === 0 && relWord === 'this' ? 'this' : this.tense(i, e);
    const ym = this.resolveMonth(month, tense);
    if (!ym) return this.make(i, e, 'DATE', `XXXX-${pad2(month)}`, 'date', false, 'unresolved');
    return this.make(i, e, 'DATE', formatYm(ym.y, ym.m), 'date', false);
  }

  private dayMonth(s: number, e: number, month: number, day: number, year: number | null): Match | null {
    if (year !== null) {
      if (!isRealDay(year, month, day)) return null;
      return this.make(s, e, 'DATE', formatYmd({ y: year, m: month, d: day }), 'date', false);
    }
    const dct = this.dct;
    if (!dct) return this.make(s, e, 'DATE', `XXXX-${pad2(month)}-${pad2(day)}`, 'date', false, 'unresolved');
    const tense = this.tense(s, e);
    let best: Ymd | null = null;
    let bestScore = Infinity;
    for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
      if (!isRealDay(y, month, day)) continue;
      const cand = { y, m: month, d: day };
      const diff = dayDiff(dct, cand);
      let score = Math.abs(diff) + (y === dct.y ? 0 : 3);
      // Tense guesses are noisy, so they only break near-ties: a date months away in the other direction still wins.
      if (tense === 'past' && diff > 0) score += 120;
      if (tense === 'future' && diff < 0) score += 120;
      if (score < bestScore) {
        bestScore = score;
        best = cand;
      }
    }
    return best ? this.make(s, e, 'DATE', formatYmd(best), 'date', false) : null;
  }

  private resolveMonth(month: number, tense: Tense | 'last' | 'next' | 'this'): { y: number; m: number } | null {
    const dct = this.dct;
    if (!dct) return null;
    if (tense === 'this') return { y: dct.y, m: month };
    if (tense === 'last') return { y: month < dct.m ? dct.y : dct.y - 1, m: month };
    if (tense === 'next') return { y: month > dct.m ? dct.y : dct.y + 1, m: month };
    let best = dct.y;
    let bestScore = Infinity;
    for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
      const diff = (y - dct.y) * 12 + month - dct.m;
      let score = Math.abs(diff) + (y === dct.y ? 0 : 3);
      if (tense === 'past' && diff > 0) score += 4;
      if (tense === 'future' && diff < 0) score += 4;
      if (score < bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return { y: best, m: month };
  }

  // ---- relative expressions: this / last / next ... ----

  private relativeAt(i: number, word: string, offset: number): Match | null {
    const j = i + 1;
    const next = this.w(j);
    const the = this.w(i - 1) === 'the';
    // "the next day" is narrative (after the last mentioned day); "next week" is deictic (after the story's date).
    const narrativeDay = the && (word === 'next' || word === 'previous') && (next === 'day' || next === 'morning' || next === 'night' || next === 'evening');
    const anchored = word === 'following' || word === 'previous' || word === 'prior' || word === 'same' || word === 'that' || narrativeDay;
    const base = anchored ? this.anchor : this.dct;
    if (word === 'that' && !['day', 'week', 'month', 'year', 'morning', 'night', 'evening', 'afternoon'].includes(next)) return null;
    if (word === 'latest' || word === 'current') {
      if (next === 'quarter' || next === 'period') return this.quarterRef(i, j + 1, word === 'latest' ? -1 : 0, true);
      if (next === 'fiscal' && this.w(j + 1) === 'year') return this.yearRef(i, j + 2, 0, true);
      if (next === 'year' && word === 'current') return this.yearRef(i, j + 1, 0, true);
      if (next === 'fiscal' && this.w(j + 1) === 'year' && word === 'current') return this.yearRef(i, j + 2, 0, true);
      if (word === 'current') return null;
    }
    // Weekdays and months: "last Friday", "next March", "this summer".
    const dow = WEEKDAYS.get(next);
    if (dow !== undefined && next.length > 4 && this.capital(j)) {
      if (anchored && word !== 'previous' && word !== 'following') return null;
      const rel = offset < 0 ? 'last' : offset > 0 ? 'next' : 'this';
      const m = this.weekdayAt(j, dow, rel, false, anchored ? this.anchor : this.dct);
      return m ? { ...m, s: i, the: true } : null;
    }
    if (MONTHS.has(next) && this.capital(j) && (word === 'last' || word === 'next' || word === 'this')) {
      const m = this.monthAt(j, MONTHS.get(next) ?? 1);
      // "this Oct. 16, 2020, sketch": with a day the word is a determiner, not part of the date.
      if (!m || /-\d{2}-\d{2}/.test(m.value)) return null;
      return { ...m, s: i };
    }
    if (SEASONS.has(next)) return this.seasonAt(j, offset, i);
    // "the last half of 1989"
    if (word === 'last' && next === 'half' && this.w(j + 1) === 'of') {
      const yr = this.yearAfter(j + 1);
      if (yr) return this.make(i, yr.e, 'DATE', `${formatYear(yr.y)}-H2`, 'date', true);
    }
    // Day parts: "this morning", "last night".
    const part = DAY_PARTS.get(next);
    if (part && narrativeDay && this.anchor) {
      return this.make(i, j + 1, 'TIME', `${formatYmd(addDays(this.anchor, offset))}T${part}`, 'time', true);
    }
    if (part && (word === 'this' || word === 'last' || word === 'that')) {
      const day = word === 'that' ? this.anchor : this.dct;
      if (!day) return this.make(i, j + 1, 'TIME', `XXXX-XX-XXT${part}`, 'time', false, 'unresolved');
      const d = word === 'last' && part === 'NI' ? addDays(day, -1) : word === 'last' ? null : day;
      if (!d) return null;
      return this.make(i, j + 1, 'TIME', `${formatYmd(d)}T${part}`, 'time', false);
    }
    if (next === 'fiscal' && this.w(j + 1) === 'year') return this.yearRef(i, j + 2, offset, true, base);
    if (next === 'year' && this.w(j + 1) === "'" && this.w(j + 2) === 's' && base && !anchored) {
      const y = base.y + offset;
      const ord = ORDINAL_WORDS.get(this.w(j + 3));
      if (ord !== undefined && ord <= 4 && this.w(j + 4) === 'quarter') return this.make(i, j + 5, 'DATE', `${formatYear(y)}-Q${ord}`, 'date', true);
      if ((this.w(j + 3) === 'quarter' || this.w(j + 3) === 'period') && this.lastQuarter) {
        return { ...this.make(i, j + 4, 'DATE', `${formatYear(y)}-Q${this.lastQuarter.q}`, 'date', true), derived: true };
      }
    }
    if (next === 'weekend') return this.weekendAt(j, offset, i);
    // Plural spans: "the past two months", "the next few years", "the last decade".
    if (word === 'past' || word === 'last' || word === 'next' || word === 'coming' || word === 'previous' || word === 'following' || word === 'prior' || word === 'latest') {
      const c = this.isCountStart(j) ? this.count(j) : null;
      if (c && !c.article) {
        const u = this.unit(c.e);
        const orSo = u && this.w(u.e) === 'or' && this.w(u.e + 1) === 'so' ? 2 : 0;
        if (u) return this.make(i, u.e + orSo, 'DURATION', durationValue(c.n, u.unit), 'duration', true, c.n === null || orSo ? 'approximate' : 'exact');
        if ((this.w(c.e) === 'to' || this.w(c.e) === 'or') && this.isCountStart(c.e + 1)) {
          const c2 = this.count(c.e + 1);
          const u2 = c2 ? this.unit(c2.e) : null;
          if (c2 && u2) return this.make(i, u2.e, 'DURATION', durationValue(null, u2.unit), 'duration', true, 'approximate');
        }
      }
      const pu = UNITS.get(next);
      if (pu && next.endsWith('s')) {
        return this.make(i, j + 1, 'DURATION', durationValue(null, pu), 'duration', true, 'approximate');
      }
      if (pu && (pu.code === 'DE' || pu.code === 'CE') && (word === 'past' || word === 'last')) {
        return this.make(i, j + 1, 'DURATION', durationValue(1, pu), 'duration', true);
      }
    }
    const unit = UNITS.get(next);
    if (!unit || next.endsWith('s')) return null;
    const e = j + 1 + (this.w(j + 1) === 'or' && this.w(j + 2) === 'so' ? 2 : 0);
    if (!base) return this.make(i, e, 'DATE', unresolvedOffset(unit), 'date', the, 'unresolved');
    switch (unit.code) {
      case 'D': {
        if (word === 'this' || word === 'last' || word === 'past' || word === 'coming') return null;
        return this.make(i, e, 'DATE', formatYmd(addDays(base, offset)), 'date', true);
      }
      case 'W':
        return this.make(i, e, 'DATE', formatWeek(addDays(base, 7 * offset)), 'date', true);
      case 'M': {
        if (unit.time) return null;
        const from = anchored && this.anchorMonth ? this.anchorMonth : base;
        const ym = addMonths(from.y, from.m, offset);
        return this.make(i, e, 'DATE', formatYm(ym.y, ym.m), 'date', true);
      }
      case 'Q':
        return this.quarterRef(i, e, offset, true, base);
      case 'Y':
        return this.yearRef(i, e, offset, true, base);
      case 'DE': {
        const dec = Math.floor(base.y / 10) + offset;
        return this.make(i, e, 'DATE', String(dec), 'date', true);
      }
      case 'CE': {
        const c = Math.floor(base.y / 100) + offset;
        return this.make(i, e, 'DATE', String(c), 'date', true);
      }
      default:
        return null;
    }
  }

  private yearRef(s: number, e: number, offset: number, the: boolean, base: Ymd | null = this.dct): Match {
    if ((this.w(s) === 'that' || this.w(s) === 'same') && this.lastYear !== null) return this.make(s, e, 'DATE', formatYear(this.lastYear), 'date', the);
    if (!base) return this.make(s, e, 'DATE', 'XXXX', 'date', the, 'unresolved');
    return this.make(s, e, 'DATE', formatYear(base.y + offset), 'date', the);
  }

  private quarterRef(s: number, e: number, offset: number, the: boolean, base: Ymd | null = this.dct): Match {
    if (!base) return this.make(s, e, 'DATE', 'XXXX-QX', 'date', the, 'unresolved');
    const q0 = Math.floor((base.m - 1) / 3) + offset;
    const y = base.y + Math.floor(q0 / 4);
    const q = ((q0 % 4) + 4) % 4 + 1;
    return this.make(s, e, 'DATE', `${formatYear(y)}-Q${q}`, 'date', the);
  }

  private weekendAt(i: number, offset: number, s: number): Match | null {
    const prev = this.w(s - 1);
    if (s === i && prev !== 'the' && prev !== 'this') return null;
    if (!this.dct) return this.make(s, i + 1, 'DATE', 'XXXX-WXX-WE', 'date', true, 'unresolved');
    let day = addDays(this.dct, 7 * offset);
    // A weekend mentioned in a past-tense story early in the week is the one just gone.
    if (offset === 0 && isoWeekday(this.dct) <= 3 && this.tense(s, i + 1) !== 'future') day = addDays(this.dct, -7);
    // "(over) the weekend" leaves which weekend to inference; "this/last/next weekend" says it.
    return this.make(s, i + 1, 'DATE', `${formatWeek(day)}-WE`, 'date', true, s === i ? 'approximate' : 'exact');
  }

  private seasonAt(i: number, offset: number | null, s: number): Match | null {
    const code = SEASONS.get(this.w(i));
    if (!code) return null;
    const prev = this.w(s - 1);
    if (offset === null && !SEASON_CONTEXT.has(prev) && this.yearAfter(i + 1) === null) return null;
    if (offset === null && this.w(i) === 'fall' && !['the', 'this', 'last', 'next', 'early', 'late', 'in'].includes(prev)) return null;
    // "the fall in prices", "the fall of the wall": the noun, not the season.
    if (offset === null && this.w(i) === 'fall' && (this.w(i + 1) === 'in' || (this.w(i + 1) === 'of' && this.yearAfter(i + 1) === null))) return null;
    const yr = this.yearAfter(i + 1);
    if (yr) return this.make(s, yr.e, 'DATE', `${formatYear(yr.y)}-${code}`, 'date', false);
    if (!this.dct) return this.make(s, i + 1, 'DATE', `XXXX-${code}`, 'date', false, 'unresolved');
    const order = ['WI', 'SP', 'SU', 'FA'];
    const current = Math.floor((this.dct.m % 12) / 3);
    const idx = order.indexOf(code);
    let y = this.dct.y;
    if (offset === -1) {
      if (idx >= current) y -= 1;
    } else if (offset === 1) {
      if (idx <= current) y += 1;
    } else if (offset === null) {
      const tense = this.tense(s, i + 1);
      if (tense === 'past' && idx > current) y -= 1;
      if (tense === 'future' && idx < current) y += 1;
    }
    return this.make(s, i + 1, 'DATE', `${formatYear(y)}-${code}`, 'date', false);
  }

  // ---- quarters, halves, fiscal years ----

  private ordinalAt(i: number, ord: number): Match | null {
    let j = i + 1;
    if (this.w(j) === '-' && this.touching(j)) j++;
    const hyphen = j > i + 1;
    if (this.w(j) === 'fiscal') j++;
    const w = this.w(j);
    if ((w === 'quarter' && ord <= 4) || (w === 'half' && ord <= 2)) {
      let e = j + 1;
      let year: number | null = null;
      const yr = this.yearAfter(e);
      if (yr) {
        year = yr.y;
        e = yr.e;
      }
      const code = w === 'quarter' ? `Q${ord}` : `H${ord}`;
      if (year === null) {
        if (!this.dct) return this.make(i, e, 'DATE', `XXXX-${code}`, 'date', !hyphen, 'unresolved');
        year = this.dct.y;
        const current = w === 'quarter' ? Math.floor((this.dct.m - 1) / 3) + 1 : this.dct.m <= 6 ? 1 : 2;
        if (ord > current && this.tense(i, e) === 'past') year -= 1;
      }
      return this.make(i, e, 'DATE', `${formatYear(year)}-${code}`, 'date', !hyphen);
    }
    // "the first nine months", "the first two years": a duration.
    if (ord <= 2 && this.isCountStart(i + 1) && this.w(i - 1) === 'the') {
      const c = this.count(i + 1);
      const u = c && !c.article ? this.unit(c.e) : null;
      if (c && u) return this.make(i, u.e, 'DURATION', durationValue(c.n, u.unit), 'duration', true);
    }
    return null;
  }

  private bareQuarter(i: number, w: string): Match | null {
    if (this.w(i - 1) !== 'the' || w !== 'quarter') return null;
    if (this.lastQuarter) {
      return { ...this.make(i, i + 1, 'DATE', `${formatYear(this.lastQuarter.y)}-Q${this.lastQuarter.q}`, 'date', true), derived: true };
    }
    return this.quarterRef(i, i + 1, -1, true);
  }

  private fiscalAt(i: number): Match | null {
    const y = this.int(i + 1);
    if (this.w(i + 1).length === 4 && y >= 1900 && y <= 2099) return this.make(i, i + 2, 'DATE', String(y), 'date', false);
    if (this.w(i + 1) === 'year') {
      const yr = this.yearAfter(i + 2);
      if (yr) return this.make(i, yr.e, 'DATE', String(yr.y), 'date', false);
      if (this.w(i - 1) === 'the' && this.dct) {
        const span = this.w(i + 2) === 'ended' || this.w(i + 2) === 'ending' || this.w(i - 2) === 'throughout';
        if (span) return this.make(i, i + 2, 'DURATION', 'P1Y', 'duration', true);
        return this.make(i, i + 2, 'DATE', formatYear(this.dct.y), 'date', true);
      }
    }
    const ord = ORDINAL_WORDS.get(this.w(i + 1));
    if (ord !== undefined) {
      const m = this.ordinalAt(i + 1, ord);
      if (m) return { ...m, s: i };
    }
    return null;
  }

  /** "year-earlier", "year-ago", "the year-ago quarter", "the year", "year end". */
  private yearCompound(i: number): Match | null {
    const prevThe = this.w(i - 1) === 'the';
    if (this.w(i + 1) === '-' && (this.w(i + 2) === 'earlier' || this.w(i + 2) === 'ago')) {
      let e = i + 3;
      const tail = this.w(e);
      const ord = ORDINAL_WORDS.get(tail);
      if (ord !== undefined && ord <= 4 && this.w(e + 1) === 'quarter') {
        const base = this.lastQuarter?.y ?? this.dct?.y;
        if (base !== undefined) return { ...this.make(i, e + 2, 'DATE', `${formatYear(base - 1)}-Q${ord}`, 'date', true), derived: true };
      }
      if (tail === 'quarter' || tail === 'period') e++;
      if (this.lastQuarter) {
        return { ...this.make(i, e, 'DATE', `${formatYear(this.lastQuarter.y - 1)}-Q${this.lastQuarter.q}`, 'date', e > i + 3), derived: true };
      }
      if (!this.dct) return this.make(i, e, 'DATE', 'XXXX', 'date', e > i + 3, 'unresolved');
      return this.make(i, e, 'DATE', formatYear(this.dct.y - 1), 'date', e > i + 3);
    }
    if (prevThe && (this.w(i + 1) === 'two' && this.w(i + 2) === 'thousand')) return this.make(i, i + 3, 'DATE', '2000', 'date', true);
    const named = this.int(i + 1);
    if (prevThe && this.w(i + 1).length === 4 && named >= 1000 && named <= 2099) return this.make(i, i + 2, 'DATE', String(named), 'date', true);
    // "year-end", "year end", "year's end": the end of the story's year.
    const endAt = this.w(i + 1) === 'end' ? i + 1 : this.w(i + 1) === '-' && this.w(i + 2) === 'end' ? i + 2 : this.w(i + 1) === "'" && this.w(i + 2) === 's' && this.w(i + 3) === 'end' ? i + 3 : -1;
    if (endAt > 0 && !prevThe && this.dct) return this.make(i, endAt + 1, 'DATE', formatYear(this.dct.y), 'date', false);
    if (prevThe && !['-', 'of', 'before', 'after', 'earlier', 'ago'].includes(this.w(i + 1))) {
      // "the year ended Sept. 30" is a fiscal span; a bare "the year" in a story is the current one.
      if (this.w(i + 1) === 'ended' || this.w(i + 1) === 'ending' || !this.dct) return this.make(i, i + 1, 'DURATION', 'P1Y', 'duration', true);
      const earlier = (this.w(i - 2) === 'in' && (this.w(i - 3) === 'earlier' || this.w(i - 3) === 'later')) ? i - 3 : i;
      if (earlier < i) return this.make(earlier, i + 1, 'DATE', formatYear(this.dct.y), 'date', false);
      return this.make(i, i + 1, 'DATE', formatYear(this.dct.y), 'date', true);
    }
    return null;
  }

  /** Thanksgiving (fourth Thursday of November), Christmas, US Election Day (Tuesday after the first Monday of November). */
  private holidayAt(i: number, w: string): Match | null {
    let e = i + 1;
    if (w === 'election') {
      if (this.w(e) !== 'day' || !this.capital(i)) return null;
      e++;
    } else if (this.w(e) === 'day' || this.w(e) === 'eve') {
      e++;
    }
    if (!this.capital(i)) return null;
    const eve = this.w(e - 1) === 'eve';
    const dayOf = (y: number): Ymd => {
      if (w === 'christmas') return { y, m: 12, d: eve ? 24 : 25 };
      const nov1 = isoWeekday({ y, m: 11, d: 1 });
      if (w === 'thanksgiving') return { y, m: 11, d: 1 + ((4 - nov1 + 7) % 7) + 21 };
      return { y, m: 11, d: 2 + ((1 - nov1 + 7) % 7) };
    };
    const prev = this.w(i - 1);
    const s = prev === 'last' || prev === 'next' || prev === 'this' ? i - 1 : i;
    const yr = this.yearAfter(e);
    if (yr) return this.make(s, yr.e, 'DATE', formatYmd(dayOf(yr.y)), 'date', false);
    if (!this.dct) return this.make(s, e, 'DATE', 'XXXX-11-XX', 'date', false, 'unresolved');
    const dct = this.dct;
    const thisYear = dayOf(dct.y);
    const diff = dayDiff(dct, thisYear);
    const tense = prev === 'last' ? 'past' : prev === 'next' ? 'future' : this.tense(s, e);
    let y = dct.y;
    if (tense === 'past' && diff > 0) y--;
    else if (tense === 'future' && diff < 0) y++;
    else if (tense === 'unknown' && diff < -182) y++;
    return this.make(s, e, 'DATE', formatYmd(dayOf(y)), 'date', false);
  }

  /** "the day before" / "the day after" at the end of a clause: one day from the last mentioned date. */
  private dayAround(i: number): Match | null {
    const side = this.w(i + 1);
    if (this.w(i - 1) !== 'the' || (side !== 'before' && side !== 'after')) return null;
    if (this.words.kind[i + 2] !== WordKind.Punct) return null;
    if (!this.anchor) return this.make(i, i + 2, 'DATE', 'XXXX-XX-XX', 'date', true, 'unresolved');
    return this.make(i, i + 2, 'DATE', formatYmd(addDays(this.anchor, side === 'before' ? -1 : 1)), 'date', true);
  }

  /** "the end of 1989", "the middle of October", "the week of March 6". */
  private spanEdge(i: number): Match | null {
    if (this.w(i + 1) === 'week' && this.w(i + 2) === 'of') {
      const day = this.matchAt(i + 3);
      const ymd = day && day.kind === 'date' ? parseYmd(day.value) : null;
      return day && ymd ? { ...day, s: i, value: formatWeek(ymd) } : null;
    }
    if (!SPAN_EDGES.has(this.w(i + 1)) || this.w(i + 2) !== 'of') return null;
    const inner = this.matchAt(i + 3);
    if (!inner || inner.kind !== 'date') return null;
    return { ...inner, s: i };
  }

  // ---- vague references and sets ----

  private recentAt(i: number): Match | null {
    const next = this.w(i + 1);
    const unit = UNITS.get(next);
    if (unit && next.endsWith('s')) {
      if (unit.code === 'Y') return this.make(i, i + 2, 'DATE', 'PAST_REF', 'ref', false);
      return this.make(i, i + 2, 'DURATION', durationValue(null, unit), 'duration', false, 'approximate');
    }
    return this.make(i, i + 1, 'DATE', 'PAST_REF', 'ref', false);
  }

  private everyAt(i: number): Match | null {
    let j = i + 1;
    if (this.w(j) === 'other') j++;
    const step = j > i + 1 ? 2 : 1;
    const w = this.w(j);
    const dow = WEEKDAYS.get(w);
    if (dow !== undefined && w.length > 4 && this.capital(j)) {
      let e = j + 1;
      const part = DAY_PARTS.get(this.w(e));
      if (part) e++;
      return this.make(i, e, 'SET', `XXXX-WXX-${dow}${part ? `T${part}` : ''}`, 'set', false);
    }
    const mo = MONTHS.get(w);
    if (mo !== undefined && this.capital(j)) return this.make(i, j + 1, 'SET', `XXXX-${pad2(mo)}`, 'set', false);
    const unit = UNITS.get(w);
    if (unit && !w.endsWith('s')) return this.make(i, j + 1, 'SET', durationValue(step, unit), 'set', false);
    const part = DAY_PARTS.get(w);
    if (part) return this.make(i, j + 1, 'SET', `XXXX-XX-XXT${part}`, 'set', false);
    const c = this.isCountStart(j) ? this.count(j) : null;
    const u = c ? this.unit(c.e) : null;
    if (c && u && c.n !== null) return this.make(i, u.e, 'SET', durationValue(c.n, u.unit), 'set', false);
    return null;
  }

  // ---- output ----

  private finish(matches: readonly Match[]): TimeExpression[] {
    const { start, end } = this.words;
    const out: TimeExpression[] = [];
    for (const [n, m] of matches.entries()) {
      let e = m.e;
      // A comma consumed while looking for a year ("Nov. 9," with none after) is not part of the expression.
      while (e > m.s + 1 && this.w(e - 1) === ',') e--;
      const s0 = start[m.s] ?? 0;
      const e0 = end[e - 1] ?? s0;
      out.push({
        id: `T${n + 1}`,
        start: s0,
        end: e0,
        text: this.text.slice(s0, e0),
        type: m.type,
        value: m.value,
        resolution: m.res,
      });
    }
    return linkRanges(this.text, out);
  }
}

const RANGE_GAP = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/;
const RANGE_OPEN = /\b(?:from|between)\s*$/i;

/** Marks "from 2012 to 2018", "2009-2010" and "between X and Y" pairs as the two ends of one range. */
function linkRanges(text: string, times: TimeExpression[]): TimeExpression[] {
  const out = [...times];
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (!a || !b || a.type !== 'DATE' || b.type !== 'DATE') continue;
    const gap = text.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap)) continue;
    // A dash joins a range only when it touches both ends ("2009-2010", "Sept. 23-30"), not "LONDON, March 19 - This ...".
    const dash = /^[-–—]$/.test(gap);
    const opener = RANGE_OPEN.test(text.slice(Math.max(0, a.start - 12), a.start));
    const and = /and/.test(gap);
    if (!(dash || opener) || (and && !/between\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start)))) continue;
    const range = { from: a.id, to: b.id };
    out[k] = { ...a, resolution: a.resolution === 'unresolved' ? 'unresolved' : 'range', range };
    out[k + 1] = { ...b, resolution: b.resolution === 'unresolved' ? 'unresolved' : 'range', range };
    k++;
  }
  return out;
}

/** A TIMEX3 duration: `P6Y`, `PT3H`, `PXY` for vague counts, decades as years. */
export function durationValue(n: number | null, unit: Unit): string {
  let code: string = unit.code;
  let k = n;
  if (code === 'DE') {
    code = 'Y';
    k = n === null ? null : n * 10;
  } else if (code === 'CE') {
    code = 'Y';
    k = n === null ? null : n * 100;
  }
  const t = unit.time ? 'T' : '';
  if (k === null) return code === 'Y' && unit.code !== 'Y' ? `P${t}X${unit.code === 'DE' ? 'DE' : 'CE'}` : `P${t}X${code}`;
  if (!Number.isInteger(k)) {
    const whole = Math.floor(k);
    const frac = k - whole;
    if (code === 'H') return `PT${whole}H${Math.round(frac * 60)}M`;
    if (code === 'Y') return `P${whole}Y${Math.round(frac * 12)}M`;
    if (code === 'D') return `P${whole}DT${Math.round(frac * 24)}H`;
    if (code === 'M' && unit.time) return `PT${whole}M${Math.round(frac * 60)}S`;
    return `P${t}${k}${code}`;
  }
  return `P${t}${k}${code}`;
}

function shiftValue(base: Ymd, unit: Unit, k: number): string | null {
  switch (unit.code) {
    case 'D':
      return formatYmd(addDays(base, k));
    case 'W':
      return formatWeek(addDays(base, 7 * k));
    case 'M': {
      if (unit.time) return null;
      const ym = addMonths(base.y, base.m, k);
      return formatYm(ym.y, ym.m);
    }
    case 'Q': {
      const ym = addMonths(base.y, base.m, 3 * k);
      return `${formatYear(ym.y)}-Q${Math.floor((ym.m - 1) / 3) + 1}`;
    }
    case 'Y':
      return formatYear(base.y + k);
    case 'DE':
      return String(Math.floor((base.y + 10 * k) / 10));
    case 'CE':
      return String(Math.floor((base.y + 100 * k) / 100));
    default:
      return null;
  }
}

function unresolvedOffset(unit: Unit): string {
  switch (unit.code) {
    case 'D':
      return 'XXXX-XX-XX';
    case 'W':
    case 'WE':
      return 'XXXX-WXX';
    case 'M':
      return 'XXXX-XX';
    case 'Q':
      return 'XXXX-QX';
    default:
      return 'XXXX';
  }
}

function resolutionOf(value: string, kind: Kind): TimeResolution {
  if (value.endsWith('_REF')) return 'approximate';
  if (kind === 'set') return 'exact';
  if (kind === 'duration') return value.includes('X') ? 'approximate' : 'exact';
  if (value.includes('X')) return 'unresolved';
  return 'exact';
}

// Words that can begin an expression; the main loop skips every other word without trying a pattern.
const TRIGGERS: ReadonlySet<string> = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(),
  ...VAGUE_QUANTITIES, ...UNITS.keys(), ...SEASONS.keys(), ...RELATIVE.keys(), ...SET_ADVERBS.keys(),
  ...PAST_REF_WORDS, ...PRESENT_REF_WORDS, ...DURATION_MODIFIERS.keys(), ...TENS,
  'the', 'early', 'late', 'mid', 'earlier', 'later', 'today', 'tomorrow', 'yesterday', 'tonight', 'right', 'these',
  'soon', 'future', 'near', 'short', 'long', 'recent', 'every', 'each', 'fiscal', 'noon', 'midnight', 'midday',
  'year', 'quarter', 'half', 'weekend', 'day', 'couple', 'full', 'thanksgiving', 'christmas', 'election', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies',
  'eighties', 'nineties',
]);
const TRIGGER_TRIE = new WordTrie(TRIGGERS);
