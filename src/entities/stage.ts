// The "entities" stage: recognises names over the article's sentences and builds one entity per real person, place or organisation.
import { existsSync } from 'node:fs';
import type { Article, Stage } from '../core/index.js';
import { buildEntities, type RawSpan } from './build-entities.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { headlineSpans } from './headlines.js';
import { NER_CLUSTERS_PATH, NER_MODEL_PATH, NerModel } from './ner-model.js';
import type { EntityToken } from './titles.js';
import { loadClusters } from './word-clusters.js';

/** Options of the entities stage; by default the shipped model, clusters and gazetteer are loaded on first use. */
export interface EntitiesStageOptions {
  readonly model?: NerModel;
  readonly gazetteer?: Gazetteer;
}

let shipped: { model: NerModel; gazetteer: Gazetteer } | null = null;

/** The shipped recogniser and gazetteer, loaded once. */
export function loadShippedNer(): { model: NerModel; gazetteer: Gazetteer } {
  if (!shipped) {
    const gazetteer = loadGazetteer();
    const model = NerModel.load(NER_MODEL_PATH, {
      gazetteer,
      clusters: existsSync(NER_CLUSTERS_PATH) ? loadClusters(NER_CLUSTERS_PATH) : null,
    });
    shipped = { model, gazetteer };
  }
  return shipped;
}

/** The article's tokens and sentences as the recogniser and entity builder see them. */
export function entityInput(article: Pick<Article, 'text' | 'tokens' | 'sentences'>): {
  tokens: EntityToken[];
  sentences: { start: number; end: number }[];
} {
  const tokens: EntityToken[] = article.tokens.map((t) => {
    const base: { -readonly [K in keyof EntityToken]: EntityToken[K] } = {
      text: t.norm ?? article.text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
    };
    if (t.xpos !== undefined) base.xpos = t.xpos;
    if (t.upos !== undefined) base.upos = t.upos;
    if (t.head !== undefined) base.head = t.head;
    if (t.deprel !== undefined) base.deprel = t.deprel;
    return base;
  });
  const sentences: { start: number; end: number }[] = [];
  let i = 0;
  for (const s of article.sentences) {
    while (i < tokens.length && (tokens[i] as EntityToken).start < s.start) i++;
    const start = i;
    while (i < tokens.length && (tokens[i] as EntityToken).start < s.end) i++;
    if (i > start) sentences.push({ start, end: i });
  }
  // Tokens outside every sentence still get tagged, as one sentence of their own.
  if (sentences.length === 0 && tokens.length > 0) sentences.push({ start: 0, end: tokens.length });
  return { tokens, sentences };
}

/** The recogniser's words for a run of tokens, and where each starts among the tokens and how many it covers. */
interface NerUnits {
  readonly words: string[];
  readonly first: number[];
  readonly size: number[];
}

/**
 * Groups tokens the way CoNLL-2003 (the recogniser's training data) tokenises: touching tokens joined by a hyphen
 * ("H", "-", "2") are one word ("H-2").
 */
export function nerUnits(tokens: readonly EntityToken[], start: number, end: number): NerUnits {
  const out: NerUnits = { words: [], first: [], size: [] };
  let i = start;
  while (i < end) {
    let j = i + 1;
    let word = (tokens[i] as EntityToken).text;
    while (j + 1 < end) {
      const hy = tokens[j] as EntityToken;
      const next = tokens[j + 1] as EntityToken;
      const prev = tokens[j - 1] as EntityToken;
      if (hy.text !== '-' || prev.end !== hy.start || hy.end !== next.start || !/\w$/.test(prev.text) || !/^\w/.test(next.text)) break;
      word += `-${next.text}`;
      j += 2;
    }
    out.words.push(word);
    out.first.push(i);
    out.size.push(j - i);
    i = j;
  }
  return out;
}

/**
 * A name inside the dateline's place ("LOS ANGELES, March 3 -") is a place, whatever the recogniser read in capitals
 * (an organisation, 56 times in 3,000 Reuters stories).
 */
export function datelinePlaces(
  spans: readonly RawSpan[],
  tokens: readonly { start: number; end: number }[],
  dateline: Article['dateline'],
  gaz: Gazetteer | null,
): readonly RawSpan[] {
  // Only a place the gazetteer knows: a sports page's "RUGBY UNION -" reads like a dateline too.
  if (!dateline || !gaz?.place(dateline.place)) return spans;
  const inside = (sp: RawSpan): boolean => (tokens[sp.start]?.start ?? -1) >= dateline.start && (tokens[sp.end - 1]?.end ?? Infinity) <= dateline.end;
  return spans.map((sp) => (sp.type !== 'LOC' && inside(sp) ? { ...sp, type: 'LOC' } : sp));
}

/** Builds the entities stage. */
export function createEntitiesStage(options: EntitiesStageOptions = {}): Stage {
  let resolved: { model: NerModel; gazetteer: Gazetteer } | null =
    options.model && options.gazetteer ? { model: options.model, gazetteer: options.gazetteer } : null;
  return {
    name: 'entities',
    requires: ['tokens', 'sentences'],
    provides: ['entities'],
    run(article) {
      resolved ??= loadShippedNer();
      const { model, gazetteer } = resolved;
      const input = entityInput(article);
      const units = input.sentences.map((s) => nerUnits(input.tokens, s.start, s.end));
      const spans = model.spans(units.map((u) => u.words));
      const raw: RawSpan[] = [];
      spans.forEach((list, si) => {
        const u = units[si] as NerUnits;
        for (const s of list) {
          raw.push({ start: u.first[s.start] as number, end: (u.first[s.end - 1] as number) + (u.size[s.end - 1] as number), type: s.type, sentence: si });
        }
      });
      // Wire headlines in capitals take their names from the story (see headlines.ts).
      const spansFound = datelinePlaces(headlineSpans(input.tokens, input.sentences, article.paragraphs, article.text, raw, gazetteer), input.tokens, article.dateline, gazetteer);
      return { entities: buildEntities({ text: article.text, ...input, dateline: article.dateline }, spansFound, gazetteer) };
    },
  };
}
