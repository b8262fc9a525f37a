// Turns the bytes of one input into text: byte-order marks, UTF-16, invalid UTF-8, and the refusal of binary or empty input.
import { DatelineError } from '../core/index.js';
import type { Message } from '../core/index.js';

/** One byte that was not valid UTF-8, where it sat in the input and where its replacement sits in the decoded text. */
export interface DecodeProblem {
  readonly byteOffset: number;
  readonly charOffset: number;
  readonly byte: number;
  readonly replacement: string;
}

/** The decoded text of one input, with every byte that had to be read as Latin-1. */
export interface DecodedInput {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly problems: readonly DecodeProblem[];
}

export type DecodeResult = { readonly ok: true; readonly decoded: DecodedInput } | { readonly ok: false; readonly error: DatelineError };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

// Windows-1252 for 0x80-0x9F (what a "Latin-1" file usually really is); the five unassigned bytes stay C1 controls.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The character a byte stands for when read as Windows-1252 / Latin-1. */
export function latin1Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Each invalid byte is read as Latin-1 rather than U+FFFD: real news files that fail UTF-8 are almost always Latin-1
// or Windows-1252 (a stray "£" or "ü"), and this keeps the character instead of losing it.
function decodeMixed(bytes: Uint8Array): { text: string; problems: DecodeProblem[] } {
  const parts: string[] = [];
  const problems: DecodeProblem[] = [];
  let chars = 0;
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) {
      const s = lenientUtf8.decode(bytes.subarray(runStart, end));
      parts.push(s);
      chars += s.length;
    }
  };
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    flush(i);
    const replacement = latin1Char(b);
    problems.push({ byteOffset: i, charOffset: chars, byte: b, replacement });
    parts.push(replacement);
    chars += replacement.length;
    i++;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), problems };
}

/** Share of C0 control characters (other than tab, newline, carriage return, form feed) and NULs in a sample. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Where an input is, for error messages. */
export function inputName(path: string | null): string {
  return path ?? '<stdin>';
}

/** Decodes one input; refuses empty (nothing but whitespace) and binary input with a located DatelineError. */
export function decodeInput(path: string | null, bytes: Uint8Array): DecodeResult {
  const file = inputName(path);
  if (bytes.length === 0) {
    return { ok: false, error: new DatelineError('EMPTY_INPUT', 'empty input: expected article text, found 0 bytes', { file }) };
  }
  let decoded: DecodedInput;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    decoded = { text: new TextDecoder(encoding).decode(bytes), encoding, problems: [] };
  } else {
    const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) {
      return {
        ok: false,
        error: new DatelineError('BINARY_INPUT', 'binary input: found NUL bytes or many control characters where text was expected', { file }),
      };
    }
    const offset = body === bytes ? 0 : 3;
    try {
      decoded = { text: fatalUtf8.decode(body), encoding: 'utf-8', problems: [] };
    } catch {
      const mixed = decodeMixed(body);
      const problems = offset ? mixed.problems.map((p) => ({ ...p, byteOffset: p.byteOffset + offset })) : mixed.problems;
      decoded = { text: mixed.text, encoding: 'utf-8', problems };
    }
  }
  if (decoded.text.trim() === '') {
    return { ok: false, error: new DatelineError('EMPTY_INPUT', 'empty input: expected article text, found only whitespace', { file }) };
  }
  return { ok: true, decoded };
}

/** Warnings for the decoding problems whose characters fall in `[from, to)` of the decoded text. */
export function decodeMessages(path: string | null, problems: readonly DecodeProblem[], from = 0, to = Infinity): Message[] {
  const messages: Message[] = [];
  for (const p of problems) {
    if (p.charOffset < from || p.charOffset >= to) continue;
    const hex = p.byte.toString(16).toUpperCase().padStart(2, '0');
    messages.push({
      severity: 'warning',
      stage: 'read',
      message: `${inputName(path)}: invalid UTF-8 byte 0x${hex} at byte offset ${p.byteOffset}, read as Latin-1 "${p.replacement}"`,
    });
  }
  return messages;
}
