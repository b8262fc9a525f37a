// Inflected forms of trigger lemmas, so that triggers match before (or without) a lemmatiser.

/** Irregular verbs among our triggers and their neighbours: lemma -> past, past participle. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  arise: ['arose', 'arisen'], beat: ['beat', 'beaten'], begin: ['began', 'begun'], bid: ['bid', 'bid'],
  blow: ['blew', 'blown'], break: ['broke', 'broken'], bring: ['brought', 'brought'], build: ['built', 'built'],
  buy: ['bought', 'bought'], catch: ['caught', 'caught'], come: ['came', 'come'], cut: ['cut', 'cut'],
  do: ['did', 'done'], draw: ['drew', 'drawn'], drive: ['drove', 'driven'], fight: ['fought', 'fought'],
  find: ['found', 'found'], flee: ['fled', 'fled'], forbid: ['forbade', 'forbidden'], forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'], give: ['gave', 'given'], go: ['went', 'gone'], hang: ['hung', 'hung'],
  hit: ['hit', 'hit'], hold: ['held', 'held'], keep: ['kept', 'kept'], lay: ['laid', 'laid'], lead: ['led', 'led'],
  leave: ['left', 'left'], lose: ['lost', 'lost'], make: ['made', 'made'], meet: ['met', 'met'],
  overrun: ['overran', 'overrun'], overthrow: ['overthrew', 'overthrown'], pay: ['paid', 'paid'], put: ['put', 'put'],
  quit: ['quit', 'quit'], rebuild: ['rebuilt', 'rebuilt'], retake: ['retook', 'retaken'], ride: ['rode', 'ridden'],
  rid: ['rid', 'rid'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'],
  sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'], shed: ['shed', 'shed'],
  shoot: ['shot', 'shot'], shut: ['shut', 'shut'], slay: ['slew', 'slain'], speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'], spread: ['spread', 'spread'], stand: ['stood', 'stood'], steal: ['stole', 'stolen'],
  strike: ['struck', 'struck'], swear: ['swore', 'sworn'], take: ['took', 'taken'], tell: ['told', 'told'],
  throw: ['threw', 'thrown'], undertake: ['undertook', 'undertaken'], uphold: ['upheld', 'upheld'],
  wage: ['waged', 'waged'], win: ['won', 'won'], withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'],
  write: ['wrote', 'written'], mislead: ['misled', 'misled'], overtake: ['overtook', 'overtaken'],
  sweep: ['swept', 'swept'], foresee: ['foresaw', 'foreseen'], wound: ['wounded', 'wounded'],
};

/** Verbs whose final consonant doubles before -ed/-ing although our syllable rule would not say so. */
const DOUBLING = new Set(['kidnap', 'worship', 'commit', 'admit', 'submit', 'transmit', 'permit', 'regret', 'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'rebel', 'occur', 'refer', 'prefer', 'deter', 'confer', 'abet']);

const VOWELS = 'aeiou';

function doubles(lemma: string): boolean {
  if (DOUBLING.has(lemma)) return true;
  const n = lemma.length;
  if (n < 3 || n > 4) return false;
  const [a, b, c] = [lemma[n - 3] ?? '', lemma[n - 2] ?? '', lemma[n - 1] ?? ''];
  return !VOWELS.includes(a) && VOWELS.includes(b) && !VOWELS.includes(c) && !'wxy'.includes(c);
}

/** The forms of a verb lemma: base, -s, past, past participle, -ing. */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  const irregular = IRREGULAR[lemma];
  const last = lemma.at(-1) ?? '';
  const beforeLast = lemma.at(-2) ?? '';
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !VOWELS.includes(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  let past: string;
  let ing: string;
  if (last === 'e' && beforeLast !== 'e') {
    past = `${lemma}d`;
    ing = `${lemma.slice(0, -1)}ing`;
  } else if (last === 'e') {
    past = `${lemma}d`;
    ing = `${lemma}ing`;
  } else if (last === 'y' && !VOWELS.includes(beforeLast)) {
    past = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (doubles(lemma)) {
    past = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  } else {
    past = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  if (irregular) {
    forms.add(irregular[0]);
    forms.add(irregular[1]);
  } else {
    forms.add(past);
  }
  forms.add(ing);
  // British spelling doubles a final -l after one vowel: cancelled, labelled.
  if (last === 'l' && VOWELS.includes(beforeLast) && !VOWELS.includes(lemma.at(-3) ?? '')) {
    forms.add(`${lemma}led`);
    forms.add(`${lemma}ling`);
  }
  return [...forms];
}

/** The forms of a noun lemma: singular and plural. */
export function nounForms(lemma: string): string[] {
  const last = lemma.at(-1) ?? '';
  const beforeLast = lemma.at(-2) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (last === 'y' && !VOWELS.includes(beforeLast)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** True when the form is a past participle or past tense of some verb (used to spot passives without a tagger). */
export function looksLikeParticiple(form: string): boolean {
  return form.endsWith('ed') || form.endsWith('en') || PARTICIPLES.has(form);
}

const PARTICIPLES = new Set(Object.values(IRREGULAR).map(([, pp]) => pp));
