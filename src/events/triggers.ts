// Parses the trigger dictionary into entries and indexes them by every inflected form of their lemmas.
import type { PloverEventType } from '../core/index.js';
import { DatelineError } from '../core/index.js';
import { PLOVER_TYPES } from './ontology.js';
import { nounForms, verbForms } from './inflect.js';
import { TRIGGER_LINES } from './trigger-dictionary.js';

/** Part of speech a trigger word must have. */
export type TriggerPos = 'v' | 'n' | 'a';

/** One parsed dictionary line. */
export interface TriggerEntry {
  readonly line: number;
  readonly pos: TriggerPos;
  readonly lemmas: readonly string[];
  readonly particle: string | null;
  /** Object/complement lemmas of which one must be present; `['*']` for any direct object; empty for none. */
  readonly objects: readonly string[];
  readonly modifiers: readonly string[];
  readonly forbidden: readonly string[];
  /** 'none' (plain), 'optional' (`>`), 'required' (`>!`). */
  readonly embeds: 'none' | 'optional' | 'required';
  /** Null for a blocker line (NONE). */
  readonly type: PloverEventType | null;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly recipientPreps: readonly string[];
  readonly actorPreps: readonly string[];
  readonly swap: boolean;
  readonly theme: boolean;
  readonly reciprocal: boolean;
  readonly transitive: boolean;
  readonly military: boolean;
  /** Higher wins when several lines match one word: named objects, then any object, particles, modifiers. */
  readonly specificity: number;
}

function fail(line: number, message: string): never {
  throw new DatelineError('MODEL', `trigger dictionary line ${line + 1}: ${message}`);
}

/** Parses one dictionary line (format in trigger-dictionary.ts). */
export function parseTriggerLine(text: string, line: number): TriggerEntry {
  const [left, right] = text.split(' : ');
  if (left === undefined || right === undefined) fail(line, `expected "POS LEMMAS [OPTIONS] : TYPE MODE CAMEO", got "${text}"`);
  const parts = left.trim().split(/\s+/);
  const pos = parts[0];
  if (pos !== 'v' && pos !== 'n' && pos !== 'a') fail(line, `POS must be v, n or a, got "${pos ?? ''}"`);
  const lemmas = (parts[1] ?? '').split(',').filter(Boolean);
  if (!lemmas.length) fail(line, 'no lemmas');
  let particle: string | null = null;
  let objects: string[] = [];
  let modifiers: string[] = [];
  let forbidden: string[] = [];
  let embeds: TriggerEntry['embeds'] = 'none';
  for (const option of parts.slice(2)) {
    if (option === '>') embeds = 'optional';
    else if (option === '>!') embeds = 'required';
    else if (option.startsWith('~')) particle = option.slice(1);
    else if (option.startsWith('+')) {
      const m = /^\+([^&!]+)(?:&([^!]+))?(?:!(.+))?$/.exec(option);
      if (!m) fail(line, `bad object option "${option}"`);
      objects = (m[1] ?? '').split(',');
      modifiers = m[2] ? m[2].split(',') : [];
      forbidden = m[3] ? m[3].split(',') : [];
    } else fail(line, `unknown option "${option}"`);
  }
  const [typeName, mode, cameo, ...flags] = right.trim().split(/\s+/);
  let type: PloverEventType | null = null;
  if (typeName !== 'NONE') {
    if (!typeName || !(typeName in PLOVER_TYPES)) fail(line, `unknown PLOVER type "${typeName ?? ''}"`);
    type = typeName as PloverEventType;
  }
  for (const f of flags) {
    if (!/^(r:|a:)[a-z,]+$/.test(f) && !['swap', 'theme', 'recip', 'trans', 'mil'].includes(f)) fail(line, `unknown flag "${f}"`);
  }
  const flagValue = (prefix: string): string[] =>
    flags.filter((f) => f.startsWith(prefix)).flatMap((f) => f.slice(prefix.length).split(','));
  const named = objects.length > 0 && objects[0] !== '*';
  return {
    line,
    pos,
    lemmas,
    particle,
    objects,
    modifiers,
    forbidden,
    embeds,
    type,
    mode: mode && mode !== '-' ? mode : null,
    cameo: cameo && cameo !== '-' ? cameo : null,
    recipientPreps: flagValue('r:'),
    actorPreps: flagValue('a:'),
    swap: flags.includes('swap'),
    theme: flags.includes('theme'),
    reciprocal: flags.includes('recip'),
    transitive: flags.includes('trans'),
    military: flags.includes('mil'),
    specificity: (named ? 8 : objects.length ? 4 : 0) + (particle ? 2 : 0) + (modifiers.length ? 1 : 0),
  };
}

/**
 * Splits a line whose lemmas include phrasal verbs written `back_down` into one line per particle, so that
 * `v concede,back_down` reads as `v concede` plus `v back ~down`.
 */
export function expandPhrasal(text: string): string[] {
  const m = /^(\S+) (\S+)(.*)$/.exec(text);
  if (!m || !m[2]?.includes('_')) return [text];
  const [, pos, lemmas, rest] = m;
  const plain = (lemmas ?? '').split(',').filter((l) => !l.includes('_'));
  const out = plain.length ? [`${pos} ${plain.join(',')}${rest}`] : [];
  for (const l of (lemmas ?? '').split(',').filter((x) => x.includes('_'))) {
    const [verb, particle] = l.split('_');
    out.push(`${pos} ${verb} ~${particle}${rest}`);
  }
  return out;
}

/** The parsed dictionary with a form index. */
export interface TriggerLexicon {
  readonly entries: readonly TriggerEntry[];
  /** Entries a word form or lemma may trigger, most specific first. */
  lookup(form: string): readonly TriggerEntry[];
}

/** Builds the lexicon from dictionary lines (the default: our dictionary). */
export function createTriggerLexicon(lines: readonly string[] = TRIGGER_LINES): TriggerLexicon {
  const entries = lines.flatMap((text, line) => expandPhrasal(text).map((t) => parseTriggerLine(t, line)));
  const index = new Map<string, TriggerEntry[]>();
  for (const entry of entries) {
    for (const lemma of entry.lemmas) {
      const forms = entry.pos === 'v' ? verbForms(lemma) : entry.pos === 'n' ? nounForms(lemma) : [lemma];
      for (const form of forms) {
        const list = index.get(form) ?? [];
        if (!list.includes(entry)) list.push(entry);
        index.set(form, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity || a.line - b.line);
  return {
    entries,
    lookup: (form) => index.get(form) ?? [],
  };
}

/** Lemma forms a noun object constraint accepts: the lemma and its plural, so that "charges" meets "+charge". */
export function objectFormSet(lemmas: readonly string[]): ReadonlySet<string> {
  return new Set(lemmas.flatMap((l) => (l === '*' ? [] : nounForms(l))));
}
