// Reading Reuters-21578's own annotations (people, places, body) from SGML.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readReutersGold } from './reuters-gold.js';

test('people, places and the whitespace-normalised body of each story, keyed by NEWID', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-gold-'));
  try {
    writeFileSync(path.join(dir, 'reut2-900.sgm'), [
      '<REUTERS TOPICS="NO" NEWID="7"><PLACES><D>usa</D><D>west-germany</D></PLACES><PEOPLE><D>james-baker</D></PEOPLE>',
      '<TEXT><TITLE>TALKS</TITLE><BODY>Officials   met\n on Friday.\n</BODY></TEXT></REUTERS>',
      '<REUTERS NEWID="8"><PLACES></PLACES><PEOPLE></PEOPLE><TEXT TYPE="BRIEF"><TITLE>SHORT</TITLE></TEXT></REUTERS>',
    ].join('\n'));
    writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const gold = readReutersGold(dir);
    assert.deepEqual(gold.get('7'), { id: '7', people: ['james-baker'], places: ['usa', 'west-germany'], body: 'Officials met on Friday.' });
    assert.deepEqual(gold.get('8'), { id: '8', people: [], places: [], body: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
