// Eisner's projective maximum spanning tree decoding with a single root, for combining the votes of several parsers.

/**
 * The best projective tree over words 1..n with exactly one word attached to the root (0), given arc scores
 * `score(h, d)` (h in 0..n, d in 1..n); returns 1-based heads of words 1..n (0 for the root word).
 */
export function eisner(n: number, score: (h: number, d: number) => number): Int32Array {
  const heads = new Int32Array(n);
  if (n === 0) return heads;
  const N = n;
  const at = (i: number, j: number): number => i * N + j;
  // Internal positions 0..n-1 stand for words 1..n.
  const cr = new Float64Array(N * N);
  const cl = new Float64Array(N * N);
  const ir = new Float64Array(N * N);
  const il = new Float64Array(N * N);
  const crm = new Int32Array(N * N);
  const clm = new Int32Array(N * N);
  const im = new Int32Array(N * N);
  for (let k = 1; k < N; k++) {
    for (let i = 0; i + k < N; i++) {
      const j = i + k;
      let best = -Infinity;
      let arg = i;
      for (let m = i; m < j; m++) {
        const v = (cr[at(i, m)] as number) + (cl[at(m + 1, j)] as number);
        if (v > best) [best, arg] = [v, m];
      }
      ir[at(i, j)] = best + score(i + 1, j + 1);
      il[at(i, j)] = best + score(j + 1, i + 1);
      im[at(i, j)] = arg;
      best = -Infinity;
      arg = i + 1;
      for (let m = i + 1; m <= j; m++) {
        const v = (ir[at(i, m)] as number) + (cr[at(m, j)] as number);
        if (v > best) [best, arg] = [v, m];
      }
      cr[at(i, j)] = best;
      crm[at(i, j)] = arg;
      best = -Infinity;
      arg = i;
      for (let m = i; m < j; m++) {
        const v = (cl[at(i, m)] as number) + (il[at(m, j)] as number);
        if (v > best) [best, arg] = [v, m];
      }
      cl[at(i, j)] = best;
      clm[at(i, j)] = arg;
    }
  }
  let root = 0;
  let rootScore = -Infinity;
  for (let r = 0; r < N; r++) {
    const v = (cl[at(0, r)] as number) + (cr[at(r, N - 1)] as number) + score(0, r + 1);
    if (v > rootScore) [root, rootScore] = [r, v];
  }
  heads[root] = 0;
  // Explicit stack instead of recursion: spans as [kind, i, j] with kind 0 = cr, 1 = cl, 2 = ir, 3 = il.
  const stack: [number, number, number][] = [[1, 0, root], [0, root, N - 1]];
  while (stack.length) {
    const [kind, i, j] = stack.pop() as [number, number, number];
    if (i === j) continue;
    if (kind === 0) {
      const m = crm[at(i, j)] as number;
      stack.push([2, i, m], [0, m, j]);
    } else if (kind === 1) {
      const m = clm[at(i, j)] as number;
      stack.push([1, i, m], [3, m, j]);
    } else {
      const m = im[at(i, j)] as number;
      if (kind === 2) heads[j] = i + 1;
      else heads[i] = j + 1;
      stack.push([0, i, m], [1, m + 1, j]);
    }
  }
  return heads;
}
