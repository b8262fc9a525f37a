// Shared steps every reader ends with: the size limit, the publication date and its fallback, ids from file names.
import path from 'node:path';
import { DatelineError } from '../core/index.js';
import type { Message, RawArticle } from '../core/index.js';
import { inputName } from './decode.js';
import { normalizeDate } from './dates.js';
import type { ReadOptions, ReadResult } from './reader.js';

/** The message stage name readers use. */
export const READ_STAGE = 'read';

/** A failed read. */
export function readError(error: DatelineError): ReadResult {
  return { ok: false, error };
}

/** The article, or TOO_LARGE when its text is longer than the limit. */
export function finishArticle(article: RawArticle, options: ReadOptions, location: { file: string; line?: number }): ReadResult {
  if (article.text.length > options.maxArticleBytes) {
    return readError(
      new DatelineError(
        'TOO_LARGE',
        `article "${article.id}" has ${article.text.length} characters of text, more than the limit of ${options.maxArticleBytes}`,
        location,
      ),
    );
  }
  return { ok: true, article };
}

/** A file's base name without its last extension ("story.txt" -> "story"); "stdin" for standard input. */
export function baseId(filePath: string | null): string {
  if (filePath === null) return 'stdin';
  return path.parse(filePath).name || path.basename(filePath);
}

/** The date an input gives, normalised; when it gives none or an unreadable one, `options.date` (and a warning for the latter). */
export function resolveDate(
  raw: string | null | undefined,
  options: ReadOptions,
  file: string | null,
  messages: Message[],
  what = 'date',
): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return options.date;
  const date = normalizeDate(raw);
  if (date !== null) return date;
  messages.push({
    severity: 'warning',
    stage: READ_STAGE,
    message: `${inputName(file)}: unreadable ${what} "${raw.trim().slice(0, 80)}": expected a date such as 2020-11-19 or "Thu, 19 Nov 2020 10:00:00 GMT"`,
  });
  return options.date;
}
