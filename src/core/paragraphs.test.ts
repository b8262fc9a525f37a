// Tests for blank-line paragraph spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankLineParagraphs } from './paragraphs.js';

test('paragraphs are runs of lines between blank lines, trimmed, within the given range', () => {
  const text = 'Headline\n\n  First para\nstill first.\n \t\nSecond.\n\n\n';
  assert.deepEqual(blankLineParagraphs(text), [
    { start: 0, end: 8, role: 'body' },
    { start: 12, end: 35, role: 'body' },
    { start: 39, end: 46, role: 'body' },
  ]);
  assert.equal(text.slice(12, 35), 'First para\nstill first.');
  assert.deepEqual(blankLineParagraphs(text, 10, 36, 'caption'), [{ start: 12, end: 35, role: 'caption' }]);
  assert.deepEqual(blankLineParagraphs('   '), []);
});
