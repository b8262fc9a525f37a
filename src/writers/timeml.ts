// Writes the time layer as TimeML: into the original TimeML/TempEval-3 file (for the official scorer) or as a new file.
import type { Article, TimeExpression } from '../core/index.js';
import { parseTimeml } from '../readers/timeml.js';
import type { WriteOptions, Writer } from './writer.js';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;');
}

function openTag(t: TimeExpression, tid: string): string {
  return `<TIMEX3 tid="${tid}" type="${t.type}" value="${escapeAttr(t.value)}" functionInDocument="NONE">`;
}

/** Our expressions in order, without overlaps (TimeML tags cannot cross), each with a tid distinct from the DCT's. */
function tagsFor(article: Article, dctTid: string | null): { t: TimeExpression; tid: string }[] {
  const sorted = [...article.times].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { t: TimeExpression; tid: string }[] = [];
  let last = -1;
  let n = 1;
  for (const t of sorted) {
    if (t.start < last || t.end <= t.start) continue;
    let tid = `t${n++}`;
    if (tid === dctTid) tid = `t${n++}`;
    out.push({ t, tid });
    last = t.end;
  }
  return out;
}

/**
 * Rewrites an original TimeML or TempEval-3 input file with our TIMEX3 tags: tags inside TEXT are replaced by ours,
 * instance and link elements that pointed at the removed tags are dropped, the DCT and every other character stay.
 * `article.text` must be the text the TimeML reader produced from `original`.
 */
export function writeTimeml(original: string, article: Article): string {
  const doc = parseTimeml(original, article.source.path);
  if (doc.text !== article.text) {
    throw new Error(`article ${article.id}: its text is not the TEXT of the TimeML file it is written into`);
  }
  const inserts = new Map<number, string[]>();
  const add = (raw: number, s: string, atEnd: boolean): void => {
    const list = inserts.get(raw) ?? [];
    if (atEnd) list.unshift(s);
    else list.push(s);
    inserts.set(raw, list);
  };
  for (const { t, tid } of tagsFor(article, doc.dctTid)) {
    add(doc.rawStart[t.start] ?? doc.textEnd, openTag(t, tid), false);
    add(doc.rawEnd[t.end - 1] ?? doc.textEnd, '</TIMEX3>', true);
  }
  let body = '';
  let i = doc.textStart;
  const flush = (upTo: number): void => {
    while (i < upTo) {
      const here = inserts.get(i);
      if (here) body += here.join('');
      const c = original[i] ?? '';
      if (c === '<') {
        const close = original.indexOf('>', i);
        i = close < 0 ? upTo : close + 1;
        continue;
      }
      body += c;
      i++;
    }
    const atEnd = inserts.get(upTo);
    if (atEnd) body += atEnd.join('');
  };
  flush(doc.textEnd);
  const tail = original.slice(doc.textEnd).replace(/^[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>[ \t]*\r?\n?/gm, '');
  return original.slice(0, doc.textStart) + body + tail;
}

/** A fresh TimeML document for an article that did not come from TimeML (the DCT from `article.date`). */
export function articleToTimeml(article: Article): string {
  const tags = tagsFor(article, 't0');
  let text = '';
  let pos = 0;
  for (const { t, tid } of tags) {
    text += escapeXml(article.text.slice(pos, t.start)) + openTag(t, tid) + escapeXml(t.text) + '</TIMEX3>';
    pos = t.end;
  }
  text += escapeXml(article.text.slice(pos));
  const dct = article.date
    ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${escapeAttr(article.date)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(article.date)}</TIMEX3></DCT>\n\n`
    : '';
  return (
    '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n' +
    `<DOCID>${escapeXml(article.id)}</DOCID>\n\n${dct}<TEXT>${text}</TEXT>\n\n</TimeML>\n`
  );
}

/** The TimeML writer for `--format timeml`; to keep an input file's own layout use `writeTimeml(original, article)`. */
export const timemlWriter: Writer = {
  format: 'timeml',
  extension: '.tml',
  streamable: false,
  wantsOriginal: true,
  write(article: Article, options: WriteOptions): string {
    // An article read from TimeML goes back into its own file; one from any other format gets a fresh document.
    return options.original !== undefined && article.source.format === 'timeml' ? writeTimeml(options.original, article) : articleToTimeml(article);
  },
};
