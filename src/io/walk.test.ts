// Tests for the folder walk: order, hidden entries, nesting and link loops.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { walkFiles } from './walk.js';

const root = mkdtempSync(path.join(tmpdir(), 'dateline-walk-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('files come depth first in sorted order; hidden files and folders are skipped; a link loop is followed once', () => {
  for (const rel of ['b.txt', 'a/2.txt', 'a/10.txt', 'a/.secret.txt', '.cache/x.txt', 'C.txt']) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), 'x');
  }
  symlinkSync(root, path.join(root, 'a', 'loop'));
  assert.deepEqual([...walkFiles(root)].map((f) => path.relative(root, f)), ['C.txt', 'a/10.txt', 'a/2.txt', 'b.txt']);
});
