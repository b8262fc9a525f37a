// Rules for linking an article's entities to corpus entities: name normalisation, aliases, country compatibility.
import type { Entity } from '../core/index.js';

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower case, no diacritics, no punctuation, single spaces, no leading "the": the form names are compared in. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The surname of a multi-word person name ("william p barr jr" -> "barr"), else null. */
export function surnameOf(norm: string): string | null {
  const words = norm.split(' ').filter((w) => w && !NAME_SUFFIXES.has(w));
  return words.length >= 2 ? (words[words.length - 1] as string) : null;
}

/** The normalised names an article entity goes by: its canonical name, the names it is mentioned by, a person's surname. */
export function entityAliases(entity: Pick<Entity, 'type' | 'name' | 'mentions'>): string[] {
  const out = new Set<string>();
  const add = (n: string): void => {
    const norm = normaliseName(n);
    if (norm) out.add(norm);
  };
  add(entity.name);
  for (const m of entity.mentions) if (m.kind === 'name') add(m.text);
  if (entity.type === 'PERSON') {
    const surname = surnameOf(normaliseName(entity.name));
    if (surname) out.add(surname);
  }
  return [...out];
}

/**
 * The names an entity goes by, each normalised once: normalised form -> display form, in the order of `entityAliases`
 * (canonical name, mention names, a person's surname, whose display form is its normalised form unless it is mentioned).
 */
export function entityNameForms(entity: Pick<Entity, 'type' | 'name' | 'mentions'>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (n: string, norm: string): void => {
    if (norm && !out.has(norm)) out.set(norm, n.replace(/\s+/g, ' ').trim());
  };
  const nameNorm = normaliseName(entity.name);
  add(entity.name, nameNorm);
  for (const m of entity.mentions) if (m.kind === 'name') add(m.text, normaliseName(m.text));
  if (entity.type === 'PERSON') {
    const surname = surnameOf(nameNorm);
    if (surname && !out.has(surname)) out.set(surname, surname);
  }
  return out;
}

/** Display forms of the names an entity is mentioned by, canonical name first. */
export function displayAliases(entity: Pick<Entity, 'name' | 'mentions'>): string[] {
  const seen = new Map<string, string>();
  for (const n of [entity.name, ...entity.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]) {
    const norm = normaliseName(n);
    if (norm && !seen.has(norm)) seen.set(norm, n.replace(/\s+/g, ' ').trim());
  }
  return [...seen.values()];
}

/** Two entities may be one when either country is unknown or both agree. */
export function countriesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** A single-word name is a bare surname or short form, which joins a fuller name only when unambiguous. */
export function isShortName(norm: string): boolean {
  return !norm.includes(' ');
}

/** Whole days between two YYYY-MM-DD (or longer ISO) dates; null when either is missing or unparseable. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / 86_400_000;
}

/** Shifts a YYYY-MM-DD date by whole days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(date.slice(0, 10));
  return Number.isNaN(t) ? date : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
