// Paragraph spans of plain text: runs of non-blank lines separated by blank lines.
import type { Paragraph, ParagraphRole } from './document.js';

/** The paragraphs of `text[from, to)`, each trimmed of surrounding whitespace, all with one role. */
export function blankLineParagraphs(text: string, from = 0, to = text.length, role: ParagraphRole = 'body'): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t\f\v\r\u00a0]*\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) paragraphs.push({ start: s, end: e, role });
  };
  for (let m = separator.exec(text); m !== null && m.index < to; m = separator.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, to);
  return paragraphs;
}
