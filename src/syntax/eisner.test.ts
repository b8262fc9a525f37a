// Tests for Eisner decoding: it recovers the tree the arc scores point to, with a single root, and stays projective.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eisner } from './eisner.js';

function scorer(arcs: [number, number, number][]): (h: number, d: number) => number {
  const m = new Map(arcs.map(([h, d, s]) => [`${h}-${d}`, s]));
  return (h, d) => m.get(`${h}-${d}`) ?? 0;
}

test('the best tree follows the strongest arcs', () => {
  // "Talks resumed today ." : 1<-2, 2 root, 3<-2, 4<-2.
  const heads = eisner(4, scorer([[2, 1, 2], [0, 2, 2], [2, 3, 2], [2, 4, 2], [3, 4, 1]]));
  assert.deepStrictEqual([...heads], [2, 0, 2, 2]);
});

test('one root even when two words want it, and crossing arcs are refused', () => {
  const heads = eisner(3, scorer([[0, 1, 2], [0, 3, 2], [1, 2, 1], [3, 2, 1]]));
  assert.equal([...heads].filter((h) => h === 0).length, 1);
  // 1 -> 3 and 2 -> 4 cross; the decoder must give up one of them.
  const h2 = eisner(4, scorer([[0, 1, 5], [1, 3, 3], [2, 4, 3], [1, 2, 1], [3, 4, 1]]));
  const arcs = [...h2].map((h, i) => [Math.min(h, i + 1), Math.max(h, i + 1)] as const);
  for (const [a, b] of arcs) for (const [c, d] of arcs) assert.ok(!(a < c && c < b && b < d), `arcs ${a}-${b} and ${c}-${d} cross`);
  assert.equal(eisner(0, () => 0).length, 0);
  assert.deepStrictEqual([...eisner(1, () => 0)], [0]);
});
