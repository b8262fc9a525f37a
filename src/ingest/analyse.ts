// Analysing one raw article for ingest: the default pipeline, then the ingest item; shared by workers and inline runs.
import type { Pipeline, RawArticle } from '../core/index.js';
import { DatelineError } from '../core/index.js';
import { ingestItem } from '../corpus/item.js';
import type { IngestItem } from '../store/types.js';

/** The outcome of analysing one article: the item to store, or why it failed. */
export type AnalyseResult =
  | { readonly ok: true; readonly item: IngestItem }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** Runs the pipeline and builds the ingest item; tokens are dropped because the store does not keep them. */
export function analyse(pipeline: Pipeline, raw: RawArticle, referenceDate: string | null): AnalyseResult {
  try {
    const article = pipeline.run(raw, { referenceDate });
    return { ok: true, item: ingestItem({ ...article, tokens: [] }) };
  } catch (err) {
    const code = err instanceof DatelineError ? err.code : 'PIPELINE';
    const message = err instanceof DatelineError ? err.describe() : `${raw.id}: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, code, message };
  }
}
