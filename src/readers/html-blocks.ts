// Text of an HTML fragment as blocks (one per paragraph-like element), over linkedom's DOM; also plain HTML-to-text.
import { parseHTML } from 'linkedom';
import type { ParagraphRole } from '../core/index.js';

/** The part of a DOM node these readers use (linkedom's nodes, typed without the DOM library). */
export interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** One block of text with the role its element suggests. */
export interface HtmlBlock {
  readonly text: string;
  readonly role: ParagraphRole;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'button', 'select']);
const CAPTION = new Set(['figcaption', 'caption']);

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The text blocks of a DOM subtree, in document order: each block-level element ends the block before it. */
export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buffer: string[] = [];
  let role: ParagraphRole = 'body';
  const flush = (): void => {
    const text = squeeze(buffer.join(''));
    if (text) blocks.push({ text, role });
    buffer = [];
  };
  const walk = (node: DomNode, inCaption: boolean): void => {
    if (node.nodeType === 3) {
      if (!buffer.length) role = inCaption ? 'caption' : 'body';
      buffer.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.localName?.toLowerCase() ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') {
      buffer.push(' ');
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    const caption = inCaption || CAPTION.has(name);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child, caption);
    }
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

/** Plain text of an HTML fragment (feed descriptions): tags removed, entities decoded, one blank line between blocks. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return squeeze(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } };
  return htmlBlocks(document.body).map((b) => b.text).join('\n\n');
}
