// Tests for input decoding: BOMs, UTF-16, Latin-1 bytes in UTF-8, binary and empty input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeInput, decodeMessages } from './decode.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('valid UTF-8 decodes unchanged and a UTF-8 BOM is dropped', () => {
  const r = decodeInput('a.txt', utf8('\uFEFFCafé talks resume.'));
  assert.ok(r.ok);
  assert.equal(r.decoded.text, 'Café talks resume.');
  assert.deepEqual(r.decoded.problems, []);
});

test('UTF-16 with a byte-order mark is decoded, not refused as binary', () => {
  const le = bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00);
  const r = decodeInput('a.txt', le);
  assert.ok(r.ok);
  assert.equal(r.decoded.text, 'Hi');
  assert.equal(r.decoded.encoding, 'utf-16le');
});

test('a byte that is not UTF-8 is read as Latin-1 and reported with its byte offset', () => {
  // "Fee £5" with the pound sign written as the single Latin-1 byte 0xA3, after a valid two-byte "é".
  const input = bytes(0x46, 0xc3, 0xa9, 0x65, 0x20, 0xa3, 0x35);
  const r = decodeInput('fees.txt', input);
  assert.ok(r.ok);
  assert.equal(r.decoded.text, 'Fée £5');
  assert.deepEqual(r.decoded.problems, [{ byteOffset: 5, charOffset: 4, byte: 0xa3, replacement: '£' }]);
  const [m] = decodeMessages('fees.txt', r.decoded.problems);
  assert.equal(m?.severity, 'warning');
  assert.match(m?.message ?? '', /fees\.txt: invalid UTF-8 byte 0xA3 at byte offset 5/);
  assert.deepEqual(decodeMessages('fees.txt', r.decoded.problems, 0, 4), []);
});

test('Windows-1252 bytes become their characters', () => {
  const r = decodeInput(null, bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80));
  assert.ok(r.ok);
  assert.equal(r.decoded.text, '\u201cHi\u201d \u2013 \u20ac');
});

test('empty and whitespace-only input is EMPTY_INPUT', () => {
  const a = decodeInput('empty.txt', bytes());
  const b = decodeInput('blank.txt', utf8(' \n\t\n'));
  assert.ok(!a.ok && a.error.code === 'EMPTY_INPUT' && a.error.location.file === 'empty.txt');
  assert.ok(!b.ok && b.error.code === 'EMPTY_INPUT');
});

test('NUL bytes or many control characters are BINARY_INPUT', () => {
  const nul = decodeInput('pic.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00));
  assert.ok(!nul.ok && nul.error.code === 'BINARY_INPUT' && nul.error.location.file === 'pic.png');
  const controls = decodeInput('x.bin', bytes(1, 2, 3, 4, 5, 6, 0x41, 0x42));
  assert.ok(!controls.ok && controls.error.code === 'BINARY_INPUT');
});
