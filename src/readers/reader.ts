// The reader contract: bytes of one input (a file or standard input) in, articles or located errors out.
import type { DatelineError, RawArticle } from '../core/index.js';

/** One input as read from disk or standard input. */
export interface ReaderInput {
  /** The file's path, or null for standard input. */
  readonly path: string | null;
  readonly bytes: Uint8Array;
}

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for articles whose input gives none (`--date`). */
  readonly date: string | null;
  /** Articles whose text is longer than this many UTF-16 code units are refused with TOO_LARGE. */
  readonly maxArticleBytes: number;
}

/** One article, or the error that kept one from being read; a bad article never stops the others. */
export type ReadResult =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly error: DatelineError };

/** A reader for one input format. */
export interface Reader {
  /** The format name used by `--input` and written to `source.format`. */
  readonly format: string;
  /** Lower-case file name endings this reader claims (".sgm", ".tml.te3input"). */
  readonly extensions: readonly string[];
  /** True when the start of a file's content says it is this format (used when the extension says nothing). */
  sniff(head: string): boolean;
  read(input: ReaderInput, options: ReadOptions): Iterable<ReadResult>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { date: null, maxArticleBytes: 5 * 1024 * 1024 };
