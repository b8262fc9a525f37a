// Character classes for the tokeniser: one table lookup per UTF-16 code unit instead of a regular expression per character.

/** Not a letter, digit or space: punctuation and symbols. */
export const PUNCT = 0;
/** Whitespace, including no-break and zero-width spaces and the byte-order mark. */
export const SPACE = 1;
/** Lower-case letter. */
export const LOWER = 2;
/** Upper-case or title-case letter. */
export const UPPER = 3;
/** Decimal digit. */
export const DIGIT = 4;
/** A letter without case (CJK, Arabic, ...) or a combining mark: part of a word. */
export const LETTER = 5;
/** Half of a surrogate pair: emoji and other astral symbols are kept whole as one symbol token. */
export const SURROGATE = 6;

/** Class of every BMP code unit, built once at load. */
export const CHAR_CLASS: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(65536);
  // One pass of each Unicode property regex over a string of every BMP code unit is far cheaper than 65,536 tests.
  const codes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  const all = new TextDecoder('utf-16le').decode(codes);
  const mark = (re: RegExp, cls: number): void => {
    for (const m of all.matchAll(re)) table.fill(cls, m.index, m.index + m[0].length);
  };
  mark(/[\p{L}\p{M}\p{No}\p{Nl}]+/gu, LETTER);
  mark(/\p{Ll}+/gu, LOWER);
  mark(/[\p{Lu}\p{Lt}]+/gu, UPPER);
  mark(/\p{Nd}+/gu, DIGIT);
  mark(/\s+/gu, SPACE);
  for (let c = 0; c < 32; c++) table[c] = SPACE;
  table[127] = SPACE;
  for (const c of [0x200b, 0x2060, 0xfeff]) table[c] = SPACE;
  table[0xad] = LETTER;
  for (let c = 0xd800; c <= 0xdfff; c++) table[c] = SURROGATE;
  // Superscripts and vulgar fractions (², ½) read as symbols in news, not letters.
  for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) table[c] = PUNCT;
  // The ordinal indicators (º, ª) and micro sign are letters.
  for (const c of [0xaa, 0xb5, 0xba]) table[c] = LOWER;
  return table;
}

/** True for letters and digits (the characters a word is made of). */
export function isWordClass(cls: number): boolean {
  return cls >= LOWER && cls <= LETTER;
}
