// The cue lexicon: verbs and phrases that introduce reported speech, matched by lemma (the tagger's, or our own inflection table).

/** How a cue verb behaves around its speaker and its reported content. */
export interface CueVerb {
  readonly lemma: string;
  /** Takes a hearer before the content ("told Barr that ..."). */
  readonly object: boolean;
  /** Introduces a reported clause without quotation marks; cognitive verbs ("think") only do with a named subject. */
  readonly indirect: boolean;
  /** Only a speech cue right after a quotation ("... ," he continued): too common otherwise. */
  readonly postQuoteOnly: boolean;
  /** Names the speaker of a quoted fragment in its clause ("called it “a disgrace”"). */
  readonly framing: boolean;
  /** A verb of stance or finding ("wants", "shows"): attributes a reported clause but names no quote's speaker. */
  readonly stance: boolean;
}

const SPEECH = [
  'say', 'add', 'note', 'write', 'tweet', 'insist', 'explain', 'state', 'declare', 'announce', 'argue', 'claim',
  'acknowledge', 'admit', 'reply', 'respond', 'recall', 'predict', 'deny', 'confirm', 'contend', 'maintain', 'assert',
  'allege', 'complain', 'concede', 'emphasize', 'emphasise', 'stress', 'testify', 'vow', 'suggest', 'report', 'repeat',
  'remark', 'observe', 'caution', 'counter', 'quip', 'joke', 'lament', 'boast', 'pledge', 'reveal', 'conclude',
  'mention', 'comment', 'speculate', 'estimate', 'agree', 'post', 'exclaim', 'retort', 'concur', 'swear', 'indicate', 'disclose',
  'charge', 'predict', 'reiterate', 'affirm', 'proclaim', 'acknowledge', 'suggest', 'muse', 'wonder', 'hint', 'grumble',
  'signal', 'scoff', 'recount', 'contend', 'clarify', 'acknowledge', 'underscore', 'stipulate', 'opine', 'posit',
] as const;
const WITH_HEARER = ['tell', 'ask', 'warn', 'remind', 'assure', 'inform', 'promise', 'advise', 'caution', 'notify'] as const;
const COGNITIVE = ['think', 'believe', 'fear', 'hope', 'expect', 'worry', 'feel', 'doubt', 'know', 'acknowledge'] as const;
// Verbs that frame a quoted fragment in narration ("called Trump a “con artist”"): speakers for partial quotes only.
const FRAMING = [
  'call', 'describe', 'label', 'dub', 'brand', 'refer', 'term', 'praise', 'blast', 'slam', 'accuse', 'criticize',
  'criticise', 'condemn', 'attack', 'mock', 'defend', 'urge', 'demand', 'decry', 'denounce', 'dismiss', 'question',
  'tout', 'characterize', 'cite', 'quote', 'echo', 'invoke', 'pledge', 'vow', 'hail', 'deride', 'ridicule', 'chide',
  'blame', 'rail', 'lash', 'bash', 'rip', 'knock', 'scold', 'applaud', 'laud', 'welcome', 'promise', 'insist', 'encourage',
  'sing', 'chant', 'pen', 'reject', 'reference', 'recount', 'boast', 'brag', 'promote', 'push', 'tease', 'taunt',
] as const;
// Verbs of stance, finding and intent that PolNeAR-style attribution counts ("the poll shows ...", "Trump wants ...").
const STANCE = [
  'show', 'find', 'want', 'plan', 'support', 'oppose', 'propose', 'decide', 'refuse', 'decline', 'endorse', 'back',
  'release', 'publish', 'request', 'recommend', 'seek', 'offer', 'discuss', 'address', 'highlight', 'view', 'consider',
  'regard', 'dispute', 'challenge', 'forecast', 'project', 'rate', 'rule', 'determine', 'accept', 'demonstrate',
  'suspect', 'assume', 'imagine', 'realize', 'realise', 'recognize', 'recognise', 'acknowledge', 'conclude', 'reckon',
  'figure', 'calculate', 'detail', 'outline', 'lay', 'present', 'float', 'prefer', 'favor', 'favour', 'advocate', 'applaud',
  'intend',
  'warn', 'threaten', 'vow', 'aim', 'hope', 'intend', 'pledge', 'commit', 'claim', 'allege', 'note', 'stress', 'notice',
] as const;
const POST_QUOTE_ONLY = ['continue', 'begin', 'shout', 'yell', 'scream', 'laugh', 'sigh', 'chuckle', 'smile', 'whisper', 'cry', 'conclude', 'tell'] as const;

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'written', 'writes', 'writing', 'write'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  know: ['knew', 'known', 'knows', 'knowing', 'know'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  swear: ['swore', 'sworn', 'swears', 'swearing', 'swear'],
  begin: ['began', 'begun', 'begins', 'beginning', 'begin'],
  sing: ['sang', 'sung', 'sings', 'singing', 'sing'],
  find: ['found', 'finds', 'finding', 'find'],
  see: ['saw', 'seen', 'sees', 'seeing', 'see'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking', 'speak'],
  show: ['showed', 'shown', 'shows', 'showing', 'show'],
  lay: ['laid', 'lays', 'laying', 'lay'],
  seek: ['sought', 'seeks', 'seeking', 'seek'],
};

/** Regular inflections of an English verb: 3rd person, past, -ing (with e-drop, y to i, and final-consonant doubling). */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  const forms = [lemma];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) {
    forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else if (/^(?:admit|commit|regret|quip|permit|refer|concur|stop|plan|prefer|occur|slam|dub|rip|pen|rap|bat|jab|nab)$/.test(lemma)) {
    const doubled = lemma + lemma.slice(-1);
    forms.push(`${doubled}ed`, `${doubled}ing`);
  } else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
  }
  return forms;
}

function buildLexicon(): Map<string, CueVerb> {
  const byLemma = new Map<string, CueVerb>();
  const put = (lemma: string, patch: Partial<Omit<CueVerb, 'lemma'>>): void => {
    const prev = byLemma.get(lemma) ?? { lemma, object: false, indirect: false, postQuoteOnly: true, framing: false, stance: false };
    byLemma.set(lemma, { ...prev, ...patch });
  };
  for (const l of POST_QUOTE_ONLY) put(l, {});
  for (const l of FRAMING) put(l, { framing: true, indirect: true, postQuoteOnly: false, stance: false });
  for (const l of STANCE) put(l, { stance: true, indirect: true, postQuoteOnly: false });
  for (const l of SPEECH) put(l, { indirect: true, postQuoteOnly: false, framing: false, stance: false });
  for (const l of COGNITIVE) put(l, { indirect: true, postQuoteOnly: false, framing: false, stance: false });
  for (const l of WITH_HEARER) put(l, { indirect: true, postQuoteOnly: false, object: true, framing: false, stance: false });
  return byLemma;
}

/** Every cue verb by lemma. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = buildLexicon();

/** Verb forms that are as often nouns ("late-night tweets", "his claims"): cues only right after a name or pronoun. */
export function isNounLikeForm(lower: string, lemma: string): boolean {
  return lower !== lemma && lower.endsWith('s') && !/^(?:says|tells|writes|adds|asks|argues|insists|explains)$/.test(lower);
}

/** Cognitive verbs: reported-thought cues that need care ("I think" inside narration is no attribution). */
export const COGNITIVE_CUES: ReadonlySet<string> = new Set(COGNITIVE);

const FORM_TO_LEMMA: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const lemma of CUE_VERBS.keys()) for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, lemma);
  return map;
})();

/** The cue verb a word is a form of (by the tagger's lemma when it names a cue, else our inflection table), or null. */
export function cueVerbOf(lower: string, lemma: string | null): CueVerb | null {
  if (lemma !== null) {
    const byTagger = CUE_VERBS.get(lemma);
    if (byTagger) return byTagger;
  }
  const own = FORM_TO_LEMMA.get(lower);
  return own === undefined ? null : (CUE_VERBS.get(own) ?? null);
}
