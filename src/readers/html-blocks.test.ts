// Tests for turning HTML into text blocks.
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { test } from 'node:test';
import { htmlBlocks, htmlToText, squeeze } from './html-blocks.js';
import type { DomNode } from './html-blocks.js';

test('each block-level element is one block; inline markup and line breaks stay inside it', () => {
  const { document } = parseHTML(
    '<html><body><div>Loose <b>lead</b> text<p>First <a href="#">linked</a>\n  paragraph.</p><ul><li>One</li><li>Two<br>lines</li></ul>' +
      '<figure><img src="a.jpg"><figcaption>A quay at dawn.</figcaption></figure><script>skip()</script>Tail</div></body></html>',
  ) as unknown as { document: { body: DomNode } };
  assert.deepEqual(htmlBlocks(document.body), [
    { text: 'Loose lead text', role: 'body' },
    { text: 'First linked paragraph.', role: 'body' },
    { text: 'One', role: 'body' },
    { text: 'Two lines', role: 'body' },
    { text: 'A quay at dawn.', role: 'caption' },
    { text: 'Tail', role: 'body' },
  ]);
});

test('htmlToText decodes entities and separates blocks with blank lines; plain strings are only squeezed', () => {
  assert.equal(htmlToText('<p>Fish &amp; chips</p><p>cost&nbsp;&pound;5</p>'), 'Fish & chips\n\ncost \u00a35');
  assert.equal(htmlToText('  just   words '), 'just words');
  assert.equal(squeeze(' a\u00a0 b\n'), 'a b');
});
