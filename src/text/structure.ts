// The structure stage: paragraphs with their roles (title, caption, byline, dateline, body) and the article's dateline.
import { blankLineParagraphs, type Article, type Dateline, type Paragraph, type ParagraphRole, type Stage, type StagePatch } from '../core/index.js';

/** Splits text into paragraph spans at blank lines; a text with no blank line but several lines gets one per line. */
export function findParagraphs(text: string): Array<{ start: number; end: number }> {
  if (/\n[ \t\r\f\v\u00a0]*\n/.test(text)) return blankLineParagraphs(text).map(({ start, end }) => ({ start, end }));
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(/\n\s*/g)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

// Wire photo captions: "FILE - In this ..." openers, and credits such as "(Jane Roe via AP, File)" or "(AP Photo/Jane Roe)".
const CAPTION_OPENER = /^(?:FILE(?: PHOTO)?\s*[-\u2013\u2014:]|In this (?:[\w ,.]+ )?(?:photo|image|file photo|court artist sketch|sketch|handout)\b)/;
const CAPTION_CREDIT =
  /\((?:[^()]{0,80}\bvia (?:AP|Reuters|AFP|Getty Images)\b[^()]{0,20}|AP Photo[^()]{0,80}|(?:Reuters|AFP|EPA|Getty Images)(?: Photo)?[/ ][^()]{0,80}|Photo(?: by|:)[^()]{0,80})\)\s*$/;

/** True when a paragraph reads as a photo caption rather than story text. */
export function isCaption(paragraph: string): boolean {
  return CAPTION_OPENER.test(paragraph) || CAPTION_CREDIT.test(paragraph);
}

// "By Jane Doe", "By Jane Doe and John Roe, Associated Press", "By JANE DOE / Reuters"; short, with no sentence punctuation.
const BYLINE = /^By\s+[A-Z][\p{L}.'\u2019-]*(?:\s+(?:[A-Z][\p{L}.'\u2019-]*|and|de|van|von|la|del))*(?:\s*(?:,|\/|\||-|\u2014)\s*[\p{L}&. ]{2,60})?$/u;

/** True when a paragraph is a byline. */
export function isByline(paragraph: string): boolean {
  return paragraph.length <= 120 && BYLINE.test(paragraph);
}

// A dateline opens the first body paragraph: a place in capitals (optionally ", Region" or ", Month Day"), an optional
// agency in parentheses, then a dash. "NEW YORK --", "WASHINGTON (Reuters) -", "LONDON, March 3 -", "SAN JUAN, Puerto Rico (AP) —".
const DATELINE =
  /^([A-Z][A-Z.'\u2019-]*(?:[ ][A-Z][A-Z.'\u2019-]*)*)(?:,[ ]+(?:[A-Z][\p{L}.]*(?:[ ][A-Z][\p{L}.]*)*)(?:[ ]+\d{1,2})?)?(?:[ ]*\((?:AP|Reuters|AFP|dpa|UPI|Xinhua|Bloomberg|CNN|BBC)\))?[ ]*(?:--|[-\u2013\u2014])[ ]*/u;

/** The dateline at the start of a paragraph, as the place's span, or null. */
export function findDateline(text: string, paragraph: { start: number; end: number }): Dateline | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
  const m = DATELINE.exec(head);
  if (!m || !m[1]) return null;
  const place = m[1].replace(/[\s.,-]+$/, '');
  // A lone capitalised word such as "A" or "I" opening a sentence is not a place.
  if (place.replace(/[^A-Z]/g, '').length < 2) return null;
  return { place, start: paragraph.start, end: paragraph.start + place.length };
}

/** Assigns roles to paragraphs and finds the dateline; keeps roles a reader already gave other than 'body'. */
export function analyseStructure(article: Pick<Article, 'text' | 'paragraphs' | 'dateline' | 'title'>): {
  paragraphs: Paragraph[];
  dateline: Dateline | null;
} {
  const { text } = article;
  const given = article.paragraphs.length ? article.paragraphs : findParagraphs(text).map((p) => ({ ...p, role: 'body' as ParagraphRole }));
  let dateline = article.dateline;
  let seenBody = false;
  const paragraphs = given.map((p, i): Paragraph => {
    if (p.role !== 'body') return p;
    const content = text.slice(p.start, p.end);
    let role: ParagraphRole = 'body';
    if (!seenBody) {
      if (i === 0 && article.title !== null && content.trim() === article.title.trim()) role = 'title';
      else if (isCaption(content)) role = 'caption';
      else if (isByline(content)) role = 'byline';
      else if (!dateline) {
        dateline = findDateline(text, p);
        // A paragraph holding nothing but the dateline ("NEW YORK --" on its own line) takes the dateline role.
        if (dateline && content.replace(/\s+$/, '').length === (DATELINE.exec(content)?.[0] ?? '').replace(/\s+$/, '').length) role = 'dateline';
      }
    }
    if (role === 'body') seenBody = true;
    return role === p.role ? p : { ...p, role };
  });
  return { paragraphs, dateline: dateline ?? null };
}

/** The structure stage: fills `paragraphs` (with roles) and `dateline`. */
export function createStructureStage(): Stage {
  return {
    name: 'structure',
    requires: [],
    provides: ['paragraphs', 'dateline'],
    run(article): StagePatch {
      return analyseStructure(article);
    },
  };
}
