// Tests that the tagger's cached run-time path gives exactly the tags of the reference path, also when its caches churn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../learn/index.js';
import { loadTagger } from './models.js';
import { lookupWord, paddingEntry, sentenceContext, tagSentenceJoint, type WordCache, type WordEntry } from './tagger.js';
import { FastTagger } from './tagger-fast.js';
import { BOS, EOS } from './word-features.js';

// Words of our own news-like sentences, and made-up names so that there are more forms than the smallest cache holds.
const WORDS = (
  'the a an of in on at to for by with from that which said says will would could has had have is was were be been ' +
  'police officials court judge mayor minister company shares bank market prices rose fell sharply on Monday Tuesday ' +
  'after before while during talks deal case charges fraud money laundering acting attorney U.S. federal state city ' +
  'council voted approved rejected plan budget tax cuts jobs workers union strike ended began announced reported ' +
  'record profit loss quarter year percent million billion dollars , . " \' ( ) -- : ; ? 12 1987 3.5 $ % first last ' +
  'new old big small more most less very not also only just still about over under against between among'
).split(' ');

const PREFIXES = ['', '', 'un', 're', 'pre', 'over'];
const SUFFIXES = ['', 's', 'ed', 'ing', 'er', 'ly', 'ers', 'ment'];

function sentences(count: number, seed: number): string[][] {
  const rng = createRng(seed);
  const out: string[][] = [];
  for (let s = 0; s < count; s++) {
    const n = 1 + rng.int(30);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      // Half the words are variants of the list's words (more forms than the smallest cache holds, most with weights of
      // their own in the model), some are made-up names.
      const w = WORDS[rng.int(WORDS.length)] as string;
      words.push(r < 0.5 ? `${PREFIXES[rng.int(PREFIXES.length)]}${w}${SUFFIXES[rng.int(SUFFIXES.length)]}` : r < 0.6 ? `Zor${rng.int(500)}ex` : w);
    }
    out.push(words);
  }
  return out;
}

function check(fast: FastTagger, cache: WordCache, sents: readonly string[][]): void {
  const tagger = loadTagger();
  const joint = tagger.joint;
  assert.ok(joint);
  const bos = paddingEntry(BOS, 1);
  const eos = paddingEntry(EOS, 2);
  for (const words of sents) {
    const n = words.length;
    const entries: WordEntry[] = [bos, bos, ...words.map((w) => lookupWord(w, tagger.lexicon, cache)), eos, eos];
    const x = new Int32Array(n);
    const u = new Int32Array(n);
    fast.tag(entries, n, x, u);
    const rx = new Int32Array(n);
    const ru = new Int32Array(n);
    tagSentenceJoint(sentenceContext(words, tagger.lexicon), joint, tagger.xposTags.length, tagger.xposToUpos, rx, ru);
    assert.deepStrictEqual([...x], [...rx], words.join(' '));
    assert.deepStrictEqual([...u], [...ru], words.join(' '));
  }
}

test('the cached path tags exactly like the reference path, with caches small enough to churn', () => {
  const tagger = loadTagger();
  assert.ok(tagger.joint);
  const sents = sentences(1500, 7);
  // Forms evicted while their (form, tag) vectors live on; then memos so small that they start afresh all the time.
  for (const options of [{ capacity: 1024 }, { capacity: 1024, memo: 16, hashBits: 5 }]) {
    const fast = new FastTagger(tagger.joint, tagger.xposTags.length, tagger.xposToUpos, options);
    const cache: WordCache = new Map();
    check(fast, cache, sents);
    // The same sentences again, now that many forms have lasting slots (or were evicted and come back).
    check(fast, cache, sents);
  }
});

test('the cached path handles sentences of one word and a sentence as long as it takes', () => {
  const tagger = loadTagger();
  assert.ok(tagger.joint);
  const fast = new FastTagger(tagger.joint, tagger.xposTags.length, tagger.xposToUpos);
  const long = sentences(40, 3).flat().slice(0, 500);
  assert.ok(fast.fits(long.length));
  assert.ok(!fast.fits(600));
  check(fast, new Map(), [['Officials'], ['.'], long, ['Prices', 'rose', '.']]);
});

test('Tagger.tagIds gives the reference tags for a sentence too long for the cached path', () => {
  const tagger = loadTagger();
  const words = sentences(60, 5).flat().slice(0, 700);
  const ids = tagger.tagIds(words);
  const joint = tagger.joint;
  assert.ok(joint);
  const rx = new Int32Array(words.length);
  const ru = new Int32Array(words.length);
  tagSentenceJoint(sentenceContext(words, tagger.lexicon), joint, tagger.xposTags.length, tagger.xposToUpos, rx, ru);
  assert.deepStrictEqual([...ids.xpos], [...rx]);
  assert.deepStrictEqual([...ids.upos], [...ru]);
});
