// Turns an embedding verb plus its complement ("threatened to cut off aid") and future intent into one PLOVER coding.
import type { PloverEventType } from '../core/index.js';
import { PLOVER_TYPES } from './ontology.js';

/** A PLOVER type with its mode and CAMEO code. */
export interface Coding {
  readonly type: PloverEventType;
  readonly mode: string | null;
  readonly cameo: string;
}

const COOPERATIVE = (t: PloverEventType): boolean => PLOVER_TYPES[t].quad <= 2;

/** The CAMEO 03x "express intent" code for a cooperative act (CAMEO codebook's 03 family parallels 04-08). */
function intentCameo(c: Coding): string {
  const root = c.cameo.slice(0, 2);
  if (c.type === 'RETREAT') {
    if (c.mode === 'release') return '0353';
    if (c.cameo.startsWith('085')) return '0354';
    if (c.mode === 'access') return '0355';
    if (c.mode === 'resign') return '0341';
    return '0356';
  }
  switch (root) {
    case '04': return '036';
    case '05': return '032';
    case '06': return '031';
    case '07': return '033';
    case '08': return '035';
    default: return '030';
  }
}

/** The PLOVER THREATEN mode and CAMEO 13x code for a conflictual act announced or threatened. */
function threatCoding(c: Coding): Coding {
  switch (c.type) {
    case 'SANCTION':
      if (c.mode === 'discontinue') return { type: 'THREATEN', mode: 'relations', cameo: '1311' };
      if (c.mode === 'expel') return { type: 'THREATEN', mode: 'expel', cameo: '136' };
      if (c.cameo.startsWith('163')) return { type: 'THREATEN', mode: 'restrict', cameo: '1312' };
      return { type: 'THREATEN', mode: 'relations', cameo: c.cameo.startsWith('164') ? '134' : '1313' };
    case 'COERCE':
      if (c.mode === 'arrest') return { type: 'THREATEN', mode: 'arrest', cameo: '137' };
      if (c.mode === 'seize') return { type: 'THREATEN', mode: 'territory', cameo: '1382' };
      if (c.mode === 'deport') return { type: 'THREATEN', mode: 'expel', cameo: '137' };
      if (c.mode === 'curfew') return { type: 'THREATEN', mode: 'restrict', cameo: '1323' };
      if (c.mode === 'martial-law') return { type: 'THREATEN', mode: 'restrict', cameo: '1324' };
      return { type: 'THREATEN', mode: 'restrict', cameo: '132' };
    case 'ASSAULT':
    case 'MOBILIZE':
      return { type: 'THREATEN', mode: 'violence', cameo: '138' };
    case 'PROTEST':
      return { type: 'THREATEN', mode: null, cameo: '133' };
    case 'REJECT':
      return { type: 'THREATEN', mode: null, cameo: '130' };
    default:
      return { type: 'THREATEN', mode: c.mode, cameo: '130' };
  }
}

/** REQUEST and REJECT share modes: what is asked for or refused (PLOVER manual, REQUEST/REJECT mode tables). */
function askedMode(c: Coding): 'assist' | 'change' | 'yield' | 'meet' | null {
  if (c.type === 'RETREAT' && c.mode === 'resign') return 'change';
  if (c.type === 'AID' || c.type === 'COOPERATE') return 'assist';
  if (c.type === 'CONCEDE' || c.type === 'RETREAT') return 'yield';
  if (c.type === 'CONSULT' || c.cameo.startsWith('036')) return 'meet';
  return null;
}

/** Combines an embedding verb's coding with its complement's ("refused to meet" -> REJECT meet 125). */
export function composeEmbedded(outer: Coding, inner: Coding): Coding {
  switch (outer.type) {
    case 'THREATEN':
      return COOPERATIVE(inner.type) ? outer : threatCoding(inner);
    case 'AGREE':
      // Promising or planning a conflictual act is a threat; a cooperative one an expressed intent.
      if (!COOPERATIVE(inner.type)) return inner.type === 'REQUEST' || inner.type === 'ACCUSE' ? inner : threatCoding(inner);
      return inner.type === 'AGREE' ? inner : { type: 'AGREE', mode: null, cameo: intentCameo(inner) };
    case 'REQUEST': {
      const mode = askedMode(inner);
      const appeal = outer.cameo.startsWith('02');
      const digit = mode === 'assist' ? (inner.type === 'AID' ? '3' : '1') : mode === 'change' ? '4' : mode === 'yield' ? '5' : mode === 'meet' ? '6' : '0';
      return { type: 'REQUEST', mode, cameo: `${appeal ? '02' : '10'}${digit}` };
    }
    case 'REJECT': {
      const mode = askedMode(inner);
      const cameo = mode === 'assist' ? (inner.type === 'AID' ? '122' : '121') : mode === 'change' ? '1231' : mode === 'yield' ? '124' : mode === 'meet' ? '125' : '120';
      return { type: 'REJECT', mode, cameo };
    }
    default:
      return outer;
  }
}

/** An act its actor says it will do: cooperative -> AGREE (expressed intent), conflictual -> THREATEN (PLOVER manual, auxiliary modes). */
export function composeFuture(c: Coding, negated: boolean): Coding {
  if (['AGREE', 'THREATEN', 'REQUEST', 'REJECT', 'ACCUSE'].includes(c.type)) return c;
  if (COOPERATIVE(c.type)) {
    // "will not accept the demands": a refusal; an announced concession is already a CONCEDE.
    if (negated) return { type: 'REJECT', mode: askedMode(c), cameo: '120' };
    return c.type === 'CONCEDE' ? c : { type: 'AGREE', mode: null, cameo: intentCameo(c) };
  }
  return threatCoding(c);
}
