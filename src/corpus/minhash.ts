// Near-duplicate detection: 5-word shingles, MinHash signatures and LSH band keys, plus exact Jaccard for verification.

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Signature length = BANDS x ROWS; 20 bands of 5 rows catch a pair at Jaccard 0.8 with probability 0.9996. */
export const BANDS = 20;
export const ROWS = 5;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a fast, well-mixing 32-bit permutation. */
function fmix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab));

const FNV_PRIME = 0x01000193;

/** The sorted, distinct 32-bit hashes of a text's 5-word shingles (lower-cased words of letters and digits). */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < size) return Uint32Array.of(fnv1a(words.join(' ')));
  // FNV-1a of the words joined by spaces, computed without building the joined string.
  const n = words.length - size + 1;
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) {
      if (k > 0) h = Math.imul(h ^ 32, FNV_PRIME);
      const w = words[i + k] as string;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), FNV_PRIME);
    }
    all[i] = h >>> 0;
  }
  all.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i] as number;
  return m === n ? all : all.slice(0, m);
}

/** Exact Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/** The MinHash signature (BANDS x ROWS minima) of a shingle set. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SEEDS.length);
  for (let k = 0; k < SEEDS.length; k++) {
    const seed = SEEDS[k] as number;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      // fmix(shingle ^ seed), inlined: this loop is most of the cost of an ingest item.
      let h = (shingles[i] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    sig[k] = min;
  }
  return sig;
}

/** One key per band: a safe integer mixing the band number and its rows, so keys of different bands never meet. */
export function lshBands(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let hi = fmix(b + 1);
    let lo = fmix(0x51ed27 + b);
    for (let r = 0; r < ROWS; r++) {
      const v = signature[b * ROWS + r] as number;
      hi = fmix(hi ^ v);
      lo = fmix(Math.imul(lo, 31) ^ v ^ 0x27d4eb2d);
    }
    keys.push((hi & 0x1fffff) * 0x100000000 + lo);
  }
  return keys;
}

/** LSH band keys of a text (empty when it has no words). */
export function textBands(text: string): number[] {
  const sh = shingleHashes(text);
  return sh.length ? lshBands(minhashSignature(sh)) : [];
}
