// Maps a speaker phrase to an entity of the entity layer: the entity whose mention covers it, with a fallback for bare pronouns.
import type { Entity, EntityType, Span } from '../core/index.js';

interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
  readonly kind: string;
}

// How far back (in characters) a person's name counts as "in the same stretch" as a pronoun.
const NEAR = 250;

const TYPE_RANK: Readonly<Record<EntityType, number>> = { PERSON: 5, ORG: 4, NORP: 3, GPE: 2, FAC: 1, LOC: 1, EVENT: 0, MISC: 0 };
const PLACE_TYPES = new Set<EntityType>(['GPE', 'LOC', 'FAC']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'it', 'we']);

/** Finds entities for speaker phrases of one article. */
export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  private readonly types: ReadonlyMap<string, EntityType>;
  // How many of an entity's pronoun mentions are he/him/his and she/her/hers.
  private readonly gender = new Map<string, { male: number; female: number }>();

  constructor(entities: readonly Entity[]) {
    this.types = new Map(entities.filter((e) => e.mentions.length > 0).map((e) => [e.id, e.type]));
    for (const e of entities) {
      let male = 0;
      let female = 0;
      for (const m of e.mentions) {
        const t = m.text.toLowerCase();
        if (t === 'he' || t === 'him' || t === 'his') male++;
        else if (t === 'she' || t === 'her' || t === 'hers') female++;
      }
      this.gender.set(e.id, { male, female });
    }
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, kind: m.kind })))
      .sort((x, y) => x.start - y.start);
  }

  /** The entity id for a speaker phrase; `recent` lists earlier speakers' entity ids, latest last, for pronoun fallback. */
  resolve(span: Span, phrase: string, recent: readonly string[]): string | null {
    let best: IndexedMention | null = null;
    let bestScore = -1;
    for (const m of this.overlapping(span)) {
      // "A judge in New York City", "officials in Mexico": a place after "in" says where the speaker is, not who.
      if (PLACE_TYPES.has(m.entity.type) && m.start > span.start && /\bin\s+(?:the\s+)?$/i.test(phrase.slice(0, m.start - span.start))) continue;
      // "Mexican officials": a demonym before the head noun says whose they are; the officials speak, not "Mexican".
      if (m.entity.type === 'NORP' && m.end < span.end && /^\s+[a-z]/.test(phrase.slice(m.end - span.start))) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      const score = overlap * 10 + TYPE_RANK[m.entity.type] + (m.kind === 'name' ? 2 : 0);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    const lower = phrase.toLowerCase();
    const want = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
    // An entity fits unless at least two of its other pronoun mentions say the other gender and none says this one.
    // The pronoun's own (slipped) link is no evidence.
    const linked = best && best.kind === 'pronoun' && best.start === span.start ? best.entity.id : null;
    const fits = (id: string): boolean => {
      const g = this.gender.get(id);
      if (want === null || !g) return true;
      const same = (want === 'm' ? g.male : g.female) - (id === linked ? 1 : 0);
      const other = want === 'm' ? g.female : g.male;
      return !(other >= 2 && same <= 0);
    };
    // "she" linked to an entity that is "he" everywhere else is a coreference slip: fall back.
    if (best && fits(best.entity.id)) return best.entity.id;
    if (!PERSON_PRONOUNS.has(lower) && !GROUP_PRONOUNS.has(lower)) return null;
    const wantPerson = PERSON_PRONOUNS.has(lower);
    // A person named in the same stretch of text ("Sen. Claire McCaskill scolded him: “...,” she said") comes first.
    if (wantPerson) {
      for (let i = this.lowerBound(span.start) - 1; i >= 0; i--) {
        const m = this.mentions[i]!;
        if (m.end < span.start - NEAR) break;
        if (m.kind === 'name' && m.entity.type === 'PERSON' && fits(m.entity.id)) return m.entity.id;
      }
    }
    for (let i = recent.length - 1; i >= 0; i--) {
      const id = recent[i]!;
      const type = this.typeOf(id);
      if (type === null) continue;
      if ((wantPerson ? type === 'PERSON' : type !== 'PERSON') && fits(id)) return id;
    }
    // The nearest entity of the right sort named before the pronoun.
    for (let i = this.lowerBound(span.start) - 1; i >= 0 && i >= this.lowerBound(span.start) - 60; i--) {
      const m = this.mentions[i]!;
      if (m.kind !== 'name') continue;
      if (wantPerson ? m.entity.type === 'PERSON' && fits(m.entity.id) : m.entity.type === 'ORG' || m.entity.type === 'GPE' || m.entity.type === 'NORP') return m.entity.id;
    }
    return null;
  }

  /** The type of the entity with this id, or null when no mention of it is known. */
  typeOf(id: string): EntityType | null {
    return this.types.get(id) ?? null;
  }

  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private *overlapping(span: Span): Iterable<IndexedMention> {
    // Mentions are short: any overlapping one starts less than 200 characters before the span.
    for (let i = this.lowerBound(span.start - 200); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= span.end) break;
      if (m.end > span.start) yield m;
    }
  }
}
