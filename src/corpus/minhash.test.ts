// MinHash and LSH: shingles, exact Jaccard, and band keys that collide for near-duplicates and not for unrelated texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BANDS, jaccard, lshBands, minhashSignature, shingleHashes, textBands } from './minhash.js';

const A = 'The river authority said on Monday that the new flood barrier would be finished before the autumn rains arrive in the valley towns.';

test('shingles are five-word windows, case-insensitive and distinct', () => {
  assert.equal(shingleHashes('one two three four five six').length, 2);
  assert.deepEqual(shingleHashes('One two THREE four five'), shingleHashes('one two three four five'));
  assert.equal(shingleHashes('too short').length, 1);
  assert.equal(shingleHashes('  ...  ').length, 0);
  assert.deepEqual(shingleHashes('a b c d e a b c d e'), shingleHashes('a b c d e a b c d e'));
  assert.equal(shingleHashes('a b c d e a b c d e').length, 5);
});

test('exact Jaccard over shingles', () => {
  const x = shingleHashes(A);
  assert.equal(jaccard(x, x), 1);
  const edited = shingleHashes(A.replace('autumn', 'winter'));
  // One changed word changes the five shingles covering it: 14 of 24 shingles shared.
  assert.equal(Number(jaccard(x, edited).toFixed(4)), Number((14 / 24).toFixed(4)));
  assert.equal(jaccard(x, shingleHashes('A completely different sentence about football scores and weather.')), 0);
});

test('band keys: one per band, equal for equal texts, shared by near-duplicates, not by unrelated texts', () => {
  const long = `${A} ${A.replace('river', 'harbour')} ${A.replace('Monday', 'Friday')} Officials declined to say how much the barrier had cost so far.`;
  const bands = textBands(long);
  assert.equal(bands.length, BANDS);
  assert.ok(bands.every((b) => Number.isSafeInteger(b) && b >= 0));
  assert.deepEqual(textBands(long), bands);
  const near = textBands(long.replace('declined', 'refused'));
  assert.ok(near.filter((b, i) => b === bands[i]).length > 0);
  const other = textBands('Shares in the mining company fell sharply after it cut its forecast for copper output this year, traders said.');
  assert.equal(other.filter((b, i) => b === bands[i]).length, 0);
  assert.deepEqual(lshBands(minhashSignature(shingleHashes(long))), bands);
});

test('shingle hashes are FNV-1a of the five words joined by single spaces, sorted and distinct', () => {
  const fnv = (t: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const expected = [fnv('the ferry left port at'), fnv('ferry left port at dawn')].sort((x, y) => x - y);
  assert.deepEqual([...shingleHashes('The ferry left port, at dawn.')], expected);
  assert.deepEqual([...shingleHashes('Port closed.')], [fnv('port closed')]);
});
