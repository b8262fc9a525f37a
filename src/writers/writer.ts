// The writer contract: one analysed article (or a run of them) out as text in one output format.
import type { Article } from '../core/index.js';

export interface WriteOptions {
  /** Include the token layer in JSON output (`--tokens`). */
  readonly tokens: boolean;
  /** The decoded text of the file the article was read from, for writers that set `wantsOriginal`. */
  readonly original?: string;
}

/** A writer for one output format. */
export interface Writer {
  /** The name used by `--format`. */
  readonly format: string;
  /** File name ending for `--out DIR` (".json", ".conllu", ".tml"). */
  readonly extension: string;
  /** True when several articles can share one stream (JSON Lines, CoNLL); false when each needs its own file or object. */
  readonly streamable: boolean;
  /** A line printed once before the first article of a stream or file (a TSV header). */
  readonly header?: string;
  /** True when the writer reproduces the input file with annotations inserted (TimeML) and needs its original text. */
  readonly wantsOriginal?: boolean;
  /** The text for one article, ending with a newline. */
  write(article: Article, options: WriteOptions): string;
}
