// Our event ontology: the 16 PLOVER types with their modes and quad class, and CAMEO code lookups (PLOVER class, Goldstein).
import type { PloverEventType } from '../core/index.js';
import { CAMEO_ROWS } from './data/cameo-table.js';

/** PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** What the ontology knows about one PLOVER event type (PLOVER_MANUAL.tex, Draft 2.0, per-category sections). */
export interface PloverTypeInfo {
  readonly quad: QuadClass;
  /** Whether the manual requires a recipient for the type. */
  readonly requiresRecipient: boolean;
  /** The modes the manual lists for the type (empty: the type has none). */
  readonly modes: readonly string[];
  /** The CAMEO code we write for the type when a trigger gives nothing more specific. */
  readonly defaultCameo: string;
}

/** The 16 PLOVER types; quad from the manual's "Quad category" lines, modes from its mode tables. */
export const PLOVER_TYPES: Readonly<Record<PloverEventType, PloverTypeInfo>> = {
  AGREE: { quad: 1, requiresRecipient: false, modes: [], defaultCameo: '030' },
  CONSULT: { quad: 1, requiresRecipient: false, modes: ['visit', 'third-party', 'multilateral', 'phone'], defaultCameo: '040' },
  SUPPORT: { quad: 1, requiresRecipient: false, modes: [], defaultCameo: '050' },
  CONCEDE: { quad: 1, requiresRecipient: false, modes: [], defaultCameo: '080' },
  COOPERATE: { quad: 2, requiresRecipient: true, modes: [], defaultCameo: '060' },
  AID: { quad: 2, requiresRecipient: true, modes: [], defaultCameo: '070' },
  RETREAT: { quad: 2, requiresRecipient: false, modes: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'], defaultCameo: '084' },
  REQUEST: { quad: 3, requiresRecipient: false, modes: ['assist', 'change', 'yield', 'meet'], defaultCameo: '100' },
  ACCUSE: { quad: 3, requiresRecipient: false, modes: ['disapprove', 'investigate', 'allege'], defaultCameo: '112' },
  REJECT: { quad: 3, requiresRecipient: false, modes: ['assist', 'change', 'yield', 'meet'], defaultCameo: '120' },
  THREATEN: { quad: 3, requiresRecipient: false, modes: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'], defaultCameo: '130' },
  PROTEST: { quad: 4, requiresRecipient: false, modes: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'], defaultCameo: '140' },
  SANCTION: { quad: 4, requiresRecipient: true, modes: ['convict', 'expel', 'withdraw', 'discontinue'], defaultCameo: '160' },
  MOBILIZE: { quad: 4, requiresRecipient: false, modes: ['troops', 'weapons', 'police', 'militia'], defaultCameo: '150' },
  COERCE: {
    quad: 4,
    requiresRecipient: false,
    modes: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
    defaultCameo: '170',
  },
  ASSAULT: {
    quad: 4,
    requiresRecipient: false,
    modes: [
      'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
      'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
    ],
    defaultCameo: '180',
  },
};

/** Names older PLOVER drafts (and the PLOVER gold records) use, mapped to the current type. */
export const LEGACY_PLOVER_NAMES: Readonly<Record<string, PloverEventType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** One CAMEO code as our tables describe it. */
export interface CameoCode {
  readonly code: string;
  readonly name: string;
  /** Goldstein conflict-cooperation score from the GDELT lookup, or null when it gives none. */
  readonly goldstein: number | null;
  readonly quad: QuadClass;
  /** The PLOVER class per CAMEO2PLOVER-2021, or null for the dropped 01 (statements) and 02 (appeals) families. */
  readonly plover: PloverEventType | null;
  readonly mode: string | null;
  readonly context: string | null;
}

const BY_CODE: ReadonlyMap<string, CameoCode> = new Map(
  CAMEO_ROWS.map(([code, name, goldstein, quad, plover, mode, context]) => [
    code,
    { code, name, goldstein, quad, plover: plover as PloverEventType | null, mode, context },
  ]),
);

/** The CAMEO code's entry, falling back to its three-digit parent and then its root for codes the lookup lacks (1213). */
export function cameoCode(code: string): CameoCode | null {
  return BY_CODE.get(code) ?? BY_CODE.get(code.slice(0, 3)) ?? BY_CODE.get(code.slice(0, 2)) ?? null;
}

/** Every CAMEO code the tables hold. */
export function allCameoCodes(): readonly CameoCode[] {
  return [...BY_CODE.values()];
}

/** CAMEO's base (three-digit) code: `0841` -> `084`. */
export function cameoBaseCode(code: string): string {
  return code.slice(0, 3);
}

/** CAMEO's root (two-digit) code: `0841` -> `08`. */
export function cameoRootCode(code: string): string {
  return code.slice(0, 2);
}

/** Resolves an event type name, accepting the legacy names of older PLOVER drafts; null for anything else. */
export function normalisePloverType(name: string): PloverEventType | null {
  const upper = name.trim().toUpperCase();
  if (upper in PLOVER_TYPES) return upper as PloverEventType;
  return LEGACY_PLOVER_NAMES[upper] ?? null;
}
