// Feature hashing: 32-bit string hashes computed once per token, combined with integer mixing instead of building strings.

/** FNV-1a over the UTF-16 code units of `s` (32-bit, unsigned); `seed` lets one string hash differently per use. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over `s.slice(start, end)` without allocating the slice. */
export function hashSlice(s: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// MurmurHash3's block step: spreads one 32-bit value into the running hash.
function step(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

// MurmurHash3's finaliser: every input bit affects every output bit.
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Feature id of template `t` with one value (values are hashes or small integers); a signed 32-bit integer. */
export function feat1(t: number, a: number): number {
  return finish(step(step(0x9747b28c, t), a));
}

/** Feature id of template `t` with two values. */
export function feat2(t: number, a: number, b: number): number {
  return finish(step(step(step(0x9747b28c, t), a), b));
}

/** Feature id of template `t` with three values. */
export function feat3(t: number, a: number, b: number, c: number): number {
  return finish(step(step(step(step(0x9747b28c, t), a), b), c));
}

/** Feature id of template `t` with four values. */
export function feat4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(step(step(step(step(step(0x9747b28c, t), a), b), c), d));
}
