// The pipeline: an ordered, frozen list of stages, each checked at construction against what earlier stages provide.
import { createArticle, type Article, type LayerName, type Message, type RawArticle } from './document.js';
import { DatelineError } from './errors.js';

/** What a stage returns: the layers it fills, and any messages about the article. */
export type StagePatch = { readonly [K in LayerName]?: Article[K] } & { readonly messages?: readonly Message[] };

/** Everything non-deterministic or configurable that a stage may see; stages do no I/O of their own. */
export interface StageContext {
  /** The date relative expressions resolve against: the article's date, else this (YYYY-MM-DD), else none. */
  readonly referenceDate: string | null;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A small pure unit: reads the article, returns its layer. */
export interface Stage {
  readonly name: string;
  /** Layers that must have been provided by an earlier stage (or by the reader). */
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(article: Article, ctx: StageContext): StagePatch;
}

/** Layers a reader always provides (possibly empty until a stage fills them). */
const READER_LAYERS: readonly LayerName[] = [];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage in order on one article. */
  run(raw: RawArticle, options?: { readonly referenceDate?: string | null; readonly options?: Record<string, unknown> }): Article;
}

/** Builds a frozen pipeline; fails with a precise message when a stage requires a layer no earlier stage provides. */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<LayerName>(READER_LAYERS);
  const names = new Set<string>();
  for (const [i, stage] of stages.entries()) {
    if (names.has(stage.name)) throw new DatelineError('PIPELINE', `stage ${i} ("${stage.name}") appears twice`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!provided.has(layer)) {
        throw new DatelineError(
          'PIPELINE',
          `stage ${i} ("${stage.name}") requires the "${layer}" layer, which no earlier stage provides` +
            ` (earlier stages: ${[...names].slice(0, -1).join(', ') || 'none'})`,
        );
      }
    }
    for (const layer of stage.provides) provided.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run(raw: RawArticle, opts: { readonly referenceDate?: string | null; readonly options?: Record<string, unknown> } = {}) {
      let article = createArticle(raw);
      const ctx: StageContext = {
        referenceDate: article.date ?? opts.referenceDate ?? null,
        options: opts.options ?? {},
      };
      for (const stage of frozen) {
        const patch = stage.run(article, ctx);
        const { messages, ...layers } = patch;
        article = { ...article, ...layers, messages: messages?.length ? [...article.messages, ...messages] : article.messages };
      }
      return article;
    },
  });
}
