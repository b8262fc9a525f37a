// A fast word scanner for the time tagger: one char-code pass giving token spans, with trigger words marked by a trie.

/** Token kinds the matcher distinguishes. */
export const WordKind = { Word: 0, Number: 1, Punct: 2 } as const;

/** A set of lower-case words compiled to a trie over char codes, so that scanning needs no string per word. */
export class WordTrie {
  // Node n's child for letter c (0..25) is next[n * 26 + c]; 0 means none (the root is node 0 and never a child).
  /** Child table, read directly by the scanner's inner loop. */
  next = new Int32Array(26 * 64);
  /** 1 for nodes that end a word. */
  terminal = new Uint8Array(64);
  private size = 1;

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(w);
  }

  private add(word: string): void {
    if (!/^[a-z]+$/.test(word)) return;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k) - 97;
      let child = this.next[node * 26 + c] ?? 0;
      if (child === 0) {
        child = this.size++;
        if (this.size * 26 > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
          const t = new Uint8Array(this.terminal.length * 2);
          t.set(this.terminal);
          this.terminal = t;
        }
        this.next[node * 26 + c] = child;
      }
      node = child;
    }
    this.terminal[node] = 1;
  }

  /** The child of `node` for a lower-case letter code, or -1. */
  step(node: number, lowerCode: number): number {
    if (node < 0) return -1;
    const child = this.next[node * 26 + (lowerCode - 97)] ?? 0;
    return child === 0 ? -1 : child;
  }

  /** True when the path to `node` spells a word of the set. */
  accepts(node: number): boolean {
    return node >= 0 && this.terminal[node] === 1;
  }
}

/** The text cut into words, numbers and punctuation, as parallel arrays; token strings are made only when asked for. */
export class Words {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** 1 when the token's first character is an upper-case letter. */
  readonly capital: Uint8Array;
  /** 1 when the token is a word of the trigger trie. */
  readonly trigger: Uint8Array;
  private readonly cache: (string | undefined)[];

  constructor(
    private readonly text: string,
    parts: { count: number; start: Int32Array; end: Int32Array; kind: Uint8Array; capital: Uint8Array; trigger: Uint8Array },
  ) {
    this.count = parts.count;
    this.start = parts.start;
    this.end = parts.end;
    this.kind = parts.kind;
    this.capital = parts.capital;
    this.trigger = parts.trigger;
    this.cache = [];
  }

  /** The token's text, lower-cased for words; '' outside the text. */
  word(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const hit = this.cache[i];
    if (hit !== undefined) return hit;
    const s = this.text.slice(this.start[i], this.end[i]);
    const w = this.kind[i] === WordKind.Word ? s.toLowerCase() : s;
    this.cache[i] = w;
    return w;
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f;
}

/**
 * Scans `text` into tokens: letter runs (a dotted abbreviation like "a.m." is one token), digit groups joined by
 * `.,:/` ("10:35", "1,000", "11/18/2020"), and single other characters.
 */
export function scanWords(text: string, triggers: WordTrie): Words {
  // Tokens rarely average under 4 characters, so this is usually the final size; it grows by doubling otherwise.
  let cap = Math.max(16, (text.length >> 2) + 8);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let capital = new Uint8Array(cap);
  let trigger = new Uint8Array(cap);
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || isSpace(c)) {
      i++;
      continue;
    }
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
      const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
      const c2 = new Uint8Array(cap); c2.set(capital); capital = c2;
      const t2 = new Uint8Array(cap); t2.set(trigger); trigger = t2;
    }
    const s = i;
    if (isLetter(c)) {
      // Walk the trigger trie while scanning the letters; node -1 means "not a trigger" and stays so.
      const next = triggers.next;
      let node = 0;
      let j = i;
      while (j < len) {
        let d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) d -= 97;
        else if (d >= 65 && d <= 90) d -= 65;
        else break;
        if (node >= 0) {
          const child = next[node * 26 + d] ?? 0;
          node = child === 0 ? -1 : child;
        }
        j++;
      }
      // A single letter followed by ".x" starts a dotted abbreviation (a.m., U.S.).
      if (j === i + 1 && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1))) {
        while (text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1))) j += 2;
        if (text.charCodeAt(j) === 46) j++;
        node = -1;
      }
      start[n] = s;
      end[n] = j;
      kind[n] = 0;
      capital[n] = c <= 90 ? 1 : 0;
      trigger[n] = triggers.accepts(node) ? 1 : 0;
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < len) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      start[n] = s;
      end[n] = j;
      kind[n] = 1;
      capital[n] = 0;
      trigger[n] = 0;
      i = j;
    } else {
      start[n] = s;
      end[n] = s + 1;
      kind[n] = 2;
      capital[n] = 0;
      trigger[n] = 0;
      i = s + 1;
    }
    n++;
  }
  return new Words(text, { count: n, start, end, kind, capital, trigger });
}
