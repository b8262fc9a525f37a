// Text, token and sentence spans built from pre-tokenised input (CoNLL-U, CoNLL-2003).
import type { Paragraph, Sentence, Token } from '../core/index.js';

/** One surface token: its form and whether a space follows it in the text. */
export interface SurfaceToken {
  readonly form: string;
  readonly spaceAfter: boolean;
}

/** One sentence of surface tokens, and whether it opens a new paragraph. */
export interface SurfaceSentence {
  readonly tokens: readonly SurfaceToken[];
  readonly newParagraph: boolean;
}

/** The built text with one span per surface token, sentence and paragraph. */
export interface BuiltText {
  readonly text: string;
  readonly tokenSpans: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

/** Joins tokens (a space unless SpaceAfter=No), sentences (a newline) and paragraphs (a blank line) into text with spans. */
export function buildText(sentences: readonly SurfaceSentence[]): BuiltText {
  const parts: string[] = [];
  let length = 0;
  const tokenSpans: Token[] = [];
  const sentenceSpans: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphStart = -1;
  const closeParagraph = (): void => {
    const last = sentenceSpans[sentenceSpans.length - 1];
    if (paragraphStart >= 0 && last) paragraphs.push({ start: paragraphStart, end: last.end, role: 'body' });
  };
  for (const s of sentences) {
    if (!s.tokens.length) continue;
    if (sentenceSpans.length) {
      const sep = s.newParagraph ? '\n\n' : '\n';
      parts.push(sep);
      length += sep.length;
    }
    if (s.newParagraph || paragraphStart < 0) {
      closeParagraph();
      paragraphStart = length;
    }
    const start = length;
    s.tokens.forEach((t, i) => {
      tokenSpans.push({ start: length, end: length + t.form.length });
      parts.push(t.form);
      length += t.form.length;
      if (t.spaceAfter && i < s.tokens.length - 1) {
        parts.push(' ');
        length += 1;
      }
    });
    sentenceSpans.push({ start, end: length });
  }
  closeParagraph();
  return { text: parts.join(''), tokenSpans, sentences: sentenceSpans, paragraphs };
}
