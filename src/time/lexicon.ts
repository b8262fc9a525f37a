// Word tables for the time tagger: month, weekday, number, unit, season and part-of-day words with their TIMEX3 codes.

/** Month names and abbreviations (lower case) to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month words that are also ordinary English words, accepted only with date context around them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sep', 'dec']);

/** Weekday names and abbreviations to ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thu', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Plural weekday names ("on Mondays"), which denote sets. */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['thousand', 1000], ['a', 1], ['an', 1], ['single', 1], ['dozen', 12],
]);

/** Ordinal words to numbers (first ... thirty-first, for quarters, halves and days of the month). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['twenty-first', 21], ['thirtieth', 30],
]);

/** Vague quantity words: a duration with them has an X count ("several years" -> PXY). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'couple', 'numerous']);

/** A duration unit: the TIMEX3 letter, whether it takes the `T` time designator, and how many of the base unit. */
export interface Unit {
  readonly code: 'S' | 'M' | 'H' | 'D' | 'W' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';
  readonly time: boolean;
}

/** Unit words (singular and plural) to units. */
export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['second', { code: 'S', time: true }], ['seconds', { code: 'S', time: true }],
  ['minute', { code: 'M', time: true }], ['minutes', { code: 'M', time: true }],
  ['hour', { code: 'H', time: true }], ['hours', { code: 'H', time: true }],
  ['day', { code: 'D', time: false }], ['days', { code: 'D', time: false }],
  ['week', { code: 'W', time: false }], ['weeks', { code: 'W', time: false }],
  ['weekend', { code: 'WE', time: false }], ['weekends', { code: 'WE', time: false }],
  ['month', { code: 'M', time: false }], ['months', { code: 'M', time: false }],
  ['quarter', { code: 'Q', time: false }], ['quarters', { code: 'Q', time: false }],
  ['year', { code: 'Y', time: false }], ['years', { code: 'Y', time: false }],
  ['decade', { code: 'DE', time: false }], ['decades', { code: 'DE', time: false }],
  ['century', { code: 'CE', time: false }], ['centuries', { code: 'CE', time: false }],
]);

/** Season words to TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Part-of-day words to TIMEX3 codes. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['midday', 'MI'], ['daytime', 'DT'],
]);

/** Time zone abbreviations accepted after a clock time. */
export const ZONES: ReadonlySet<string> = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'ct', 'pt',
]);

/** Fixed holidays (month, day). */
export const HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['christmas', [12, 25]], ['halloween', [10, 31]], ['valentine', [2, 14]],
]);
