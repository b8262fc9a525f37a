// Content hashes: the identity of a stored article and the exact-duplicate key of its body.
import { createHash } from 'node:crypto';
import type { Article } from '../core/index.js';

/** Whitespace collapsed, Unicode NFC, trimmed: two texts differing only in layout normalise equal. */
export function normaliseText(text: string): string {
  // NFC is skipped for ASCII text, where it changes nothing and costs most of the time.
  const nfc = /[^\t\n\r -~]/.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(/\s+/g, ' ').trim();
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The stored-article key: the same id with the same (normalised) text is the same item, ingested once. */
export function articleKey(id: string, text: string): string {
  return sha256(`${id}\u0000${normaliseText(text)}`);
}

/**
 * The article's body: its body paragraphs without the dateline place, else the whole text. Titles are left out because
 * wire services resend the same story under new headlines.
 */
export function bodyText(article: Pick<Article, 'text' | 'paragraphs' | 'dateline'>): string {
  const bodies = article.paragraphs.filter((p) => p.role === 'body');
  if (bodies.length === 0) return article.paragraphs.length ? '' : article.text;
  const dl = article.dateline;
  return bodies
    .map((p) => {
      let start = p.start;
      // The dateline ("NEW YORK, March 3 - ") leads the first body paragraph; the same story from two desks differs there.
      if (dl && dl.start >= p.start && dl.start <= p.start + 2) {
        const dash = article.text.slice(dl.end, Math.min(p.end, dl.end + 40)).search(/\s[-\u2013\u2014]\s/);
        start = dash >= 0 ? dl.end + dash + 3 : dl.end;
      }
      return article.text.slice(start, p.end);
    })
    .join('\n\n');
}

/** The exact-duplicate key of a body, or null when it has no words. */
export function bodyHash(body: string): string | null {
  const norm = normaliseText(body).toLowerCase();
  return /[\p{L}\p{N}]/u.test(norm) ? sha256(norm) : null;
}
