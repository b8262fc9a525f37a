// Tests for building text from pre-tokenised sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildText } from './pretokenised.js';

test('tokens joined by spaces unless told otherwise, sentences by newlines, paragraphs by blank lines', () => {
  const built = buildText([
    { tokens: [{ form: 'Hi', spaceAfter: false }, { form: '!', spaceAfter: true }], newParagraph: true },
    { tokens: [], newParagraph: false },
    { tokens: [{ form: 'Go', spaceAfter: true }, { form: 'home', spaceAfter: true }], newParagraph: false },
    { tokens: [{ form: 'Bye', spaceAfter: true }], newParagraph: true },
  ]);
  assert.equal(built.text, 'Hi!\nGo home\n\nBye');
  assert.deepEqual(built.tokenSpans.map((t) => built.text.slice(t.start, t.end)), ['Hi', '!', 'Go', 'home', 'Bye']);
  assert.deepEqual(built.sentences, [{ start: 0, end: 3 }, { start: 4, end: 11 }, { start: 13, end: 16 }]);
  assert.deepEqual(built.paragraphs, [{ start: 0, end: 11, role: 'body' }, { start: 13, end: 16, role: 'body' }]);
});
