// Trains the tagger: builds the tag lexicon from the training words, then runs averaged-perceptron epochs on shuffled sentences.
import { AveragedPerceptron, IdTable, createRng, mergeLinearModels, packLinearModel, shuffle, type ModelFile, type Section } from '../learn/index.js';
import type { UdSentence } from './conllu.js';
import {
  Tagger,
  ambiguityHash,
  best,
  buildLexicon,
  sentenceContext,
  uposFeatures,
  xposFeatures,
  type TagLexicon,
} from './tagger.js';
import { normaliseForm } from './word-features.js';
import { hashString } from '../learn/index.js';

/** Settings of a tagger training run. */
export interface TaggerTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Development sets scored after every epoch (name -> sentences). */
  readonly dev: Readonly<Record<string, readonly UdSentence[]>>;
  readonly log?: (line: string) => void;
  /** Share of training words above which an XPOS decides the UPOS without the UPOS model (default 0.998; above 1 never). */
  readonly directUpos?: number;
  /** Further sentences (e.g. news with automatic tags) trained on with `extraWeight`; tags outside the training tag sets drop the sentence. */
  readonly extra?: readonly UdSentence[];
  /** Size of each perceptron update on `extra` sentences, 1 for a treebank sentence (default 1). */
  readonly extraWeight?: number;
  /** Whether `extra` sentences add to the words' ambiguity classes, counted at `extraWeight` (default true); fixed words come from `train` only. */
  readonly extraInLexicon?: boolean;
  /** Whether `extra` sentences train the UPOS model too (default true). */
  readonly extraUpos?: boolean;
  /** Train on `extra` sentences only in epochs up to this one (default all). */
  readonly extraEpochs?: number;
}

/** Accuracy figures of a tagger on one set. */
export interface TagScores {
  readonly upos: number;
  readonly xpos: number;
  readonly tokens: number;
}

/** The outcome of training: the best epoch's model file and every epoch's development scores. */
export interface TaggerTrainResult {
  readonly file: ModelFile;
  readonly tagger: Tagger;
  readonly bestEpoch: number;
  readonly history: readonly { epoch: number; dev: Record<string, TagScores> }[];
}

interface LexiconArrays {
  fixedKeys: Int32Array;
  fixedTags: Int32Array;
  ambigKeys: Int32Array;
  ambigClass: Int32Array;
  ambigUpos: Int32Array;
}

function buildLexiconArrays(
  train: readonly UdSentence[],
  xposId: Map<string, number>,
  uposId: Map<string, number>,
  extra: readonly UdSentence[] = [],
  extraWeight = 1,
): LexiconArrays {
  const byLower = new Map<string, Map<number, number>>();
  const byLowerU = new Map<string, Map<number, number>>();
  const byForm = new Map<string, Map<number, number>>();
  const count = (s: UdSentence, weight: number, fixed: boolean): void => {
    for (const w of s.words) {
      const form = normaliseForm(w.form);
      const x = xposId.get(w.xpos) as number;
      const pair = x * 256 + (uposId.get(w.upos) as number);
      const lower = form.toLowerCase();
      const a = byLower.get(lower) ?? new Map<number, number>();
      a.set(x, (a.get(x) ?? 0) + weight);
      byLower.set(lower, a);
      const u = uposId.get(w.upos) as number;
      const au = byLowerU.get(lower) ?? new Map<number, number>();
      au.set(u, (au.get(u) ?? 0) + weight);
      byLowerU.set(lower, au);
      if (!fixed) continue;
      const f = byForm.get(form) ?? new Map<number, number>();
      f.set(pair, (f.get(pair) ?? 0) + 1);
      byForm.set(form, f);
    }
  };
  for (const s of train) count(s, 1, true);
  for (const s of extra) count(s, extraWeight, false);
  const fixedKeys: number[] = [];
  const fixedTags: number[] = [];
  const seen = new IdTable();
  for (const [form, counts] of byForm) {
    let total = 0;
    let top = -1;
    let topCount = 0;
    for (const [pair, n] of counts) {
      total += n;
      if (n > topCount) [top, topCount] = [pair, n];
    }
    // Only words frequent and unambiguous enough that the statistical model would agree anyway (a speed shortcut).
    if (total < 10 || topCount / total < 0.995) continue;
    const h = hashString(form);
    if (seen.get(h) >= 0) continue;
    seen.add(h);
    fixedKeys.push(h);
    fixedTags.push(top);
  }
  const ambigKeys: number[] = [];
  const ambigClass: number[] = [];
  const ambigUpos: number[] = [];
  const seenLower = new IdTable();
  for (const [lower, counts] of byLower) {
    let total = 0;
    for (const n of counts.values()) total += n;
    if (total < 1.999) continue;
    const tags = [...counts].filter(([, n]) => n / total >= 0.05).map(([t]) => t).sort((a, b) => a - b);
    const h = hashString(lower, 0x2545f491);
    if (seenLower.get(h) >= 0) continue;
    seenLower.add(h);
    ambigKeys.push(h);
    ambigClass.push(ambiguityHash(tags));
    const uc = byLowerU.get(lower) as Map<number, number>;
    ambigUpos.push(ambiguityHash([...uc].filter(([, n]) => n / total >= 0.05).map(([t]) => t + 1000).sort((a, b) => a - b)));
  }
  return {
    fixedKeys: Int32Array.from(fixedKeys),
    fixedTags: Int32Array.from(fixedTags),
    ambigKeys: Int32Array.from(ambigKeys),
    ambigClass: Int32Array.from(ambigClass),
    ambigUpos: Int32Array.from(ambigUpos),
  };
}

function tagList(train: readonly UdSentence[], pick: (w: UdSentence['words'][number]) => string): string[] {
  const counts = new Map<string, number>();
  for (const s of train) for (const w of s.words) counts.set(pick(w), (counts.get(pick(w)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
}

/** For each XPOS, the UPOS it took at least `share` of the time (and 50 times) in training, else -1. */
function directUpos(train: readonly UdSentence[], xposTags: readonly string[], uposId: ReadonlyMap<string, number>, share: number): number[] {
  const counts = xposTags.map(() => new Map<number, number>());
  const xposId = new Map(xposTags.map((t, i) => [t, i]));
  for (const s of train) {
    for (const w of s.words) {
      const m = counts[xposId.get(w.xpos) as number] as Map<number, number>;
      const u = uposId.get(w.upos) as number;
      m.set(u, (m.get(u) ?? 0) + 1);
    }
  }
  return counts.map((m) => {
    let total = 0;
    let top = -1;
    let topCount = 0;
    for (const [u, n] of m) {
      total += n;
      if (n > topCount) [top, topCount] = [u, n];
    }
    return total >= 50 && topCount / total >= share ? top : -1;
  });
}

/** Scores a tagger on gold sentences. */
export function scoreTagger(tagger: Tagger, sentences: readonly UdSentence[]): TagScores {
  let n = 0;
  let u = 0;
  let x = 0;
  for (const s of sentences) {
    const t = tagger.tag(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      n++;
      if (t.upos[i] === w.upos) u++;
      if (t.xpos[i] === w.xpos) x++;
    });
  }
  return { upos: n ? u / n : 0, xpos: n ? x / n : 0, tokens: n };
}

/** Trains a tagger on `train`, keeping the epoch with the best mean development UPOS accuracy. */
export function trainTagger(train: readonly UdSentence[], options: TaggerTrainOptions): TaggerTrainResult {
  const log = options.log ?? (() => undefined);
  const xposTags = tagList(train, (w) => w.xpos);
  const uposTags = tagList(train, (w) => w.upos);
  if (xposTags.length > 255 || uposTags.length > 255) throw new RangeError('too many tags for the tag lexicon encoding');
  const xposId = new Map(xposTags.map((t, i) => [t, i]));
  const uposId = new Map(uposTags.map((t, i) => [t, i]));
  const xposToUpos = directUpos(train, xposTags, uposId, options.directUpos ?? 0.998);
  const extraWeight = options.extraWeight ?? 1;
  // Extra sentences with a tag the treebanks lack (a slip of an automatic tagger) are left out whole.
  const extra = (options.extra ?? []).filter((s) => s.words.every((w) => xposId.has(w.xpos) && uposId.has(w.upos)));
  const lexArrays = buildLexiconArrays(train, xposId, uposId, options.extraInLexicon === false ? [] : extra, extraWeight);
  const lexicon: TagLexicon = buildLexicon(
    lexArrays.fixedKeys,
    lexArrays.fixedTags,
    lexArrays.ambigKeys,
    lexArrays.ambigClass,
    lexArrays.ambigUpos,
  );
  log(`tagger: ${train.length} sentences + ${extra.length} extra at weight ${extraWeight}, ${xposTags.length} XPOS, ${uposTags.length} UPOS, ${lexArrays.fixedKeys.length} fixed words, ${lexArrays.ambigKeys.length} ambiguity entries`);

  const data = [...train, ...extra].map((s, i) => ({
    words: s.words.map((w) => normaliseForm(w.form)),
    xpos: Int32Array.from(s.words, (w) => xposId.get(w.xpos) as number),
    upos: Int32Array.from(s.words, (w) => uposId.get(w.upos) as number),
    extra: i >= train.length,
  }));
  const extraEpochs = options.extraEpochs ?? Infinity;
  const extraUpos = options.extraUpos ?? true;
  // A treebank sentence moves the weights by 1, an extra one by `extraWeight`.
  const learn = (p: AveragedPerceptron, k: number, gold: number, guess: number, weight: number): void => {
    if (gold === guess) return;
    if (weight === 1) p.update(feats, k, gold, guess);
    else {
      p.updateClass(feats, k, gold, weight);
      p.updateClass(feats, k, guess, -weight);
    }
  };
  const xp = new AveragedPerceptron(xposTags.length);
  const up = new AveragedPerceptron(uposTags.length);
  const rng = createRng(options.seed);
  const order = data.map((_, i) => i);
  const feats = new Int32Array(64);
  const xs = new Float64Array(xposTags.length);
  const us = new Float64Array(uposTags.length);
  const history: { epoch: number; dev: Record<string, TagScores> }[] = [];
  let bestFile: ModelFile | null = null;
  let bestTagger: Tagger | null = null;
  let bestEpoch = 0;
  let bestScore = -1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = Date.now();
    let correct = 0;
    let total = 0;
    for (const si of shuffle(order, rng)) {
      const s = data[si] as (typeof data)[number];
      if (s.extra && epoch > extraEpochs) continue;
      const weight = s.extra ? extraWeight : 1;
      const c = sentenceContext(s.words, lexicon);
      const pred = new Int32Array(c.n);
      let p1 = 254;
      let p2 = 255;
      for (let i = 0; i < c.n; i++) {
        const gold = s.xpos[i] as number;
        const f = c.fixed[i] as number;
        let guess: number;
        if (f >= 0) guess = f >> 8;
        else {
          const k = xposFeatures(c, i, p1, p2, feats);
          xp.score(feats, k, xs);
          guess = best(xs, xp.classes);
          learn(xp, k, gold, guess, weight);
          xp.tick();
        }
        pred[i] = guess;
        if (guess === gold) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
      if (s.extra && !extraUpos) continue;
      let pu = 254;
      for (let i = 0; i < c.n; i++) {
        const gold = s.upos[i] as number;
        const f = c.fixed[i] as number;
        let guess: number;
        const direct = xposToUpos[pred[i] as number] ?? -1;
        if (f >= 0) guess = f & 255;
        else if (direct >= 0) guess = direct;
        else {
          const k = uposFeatures(c, i, pred, pu, feats);
          up.score(feats, k, us);
          guess = best(us, up.classes);
          learn(up, k, gold, guess, weight);
          up.tick();
        }
        pu = guess;
      }
    }
    const xm = xp.compact();
    const um = up.compact();
    const tagger = new Tagger(xposTags, uposTags, lexicon, xm, um, xposToUpos);
    const dev: Record<string, TagScores> = {};
    for (const [name, sents] of Object.entries(options.dev)) dev[name] = scoreTagger(tagger, sents);
    history.push({ epoch, dev });
    const devs = Object.values(dev);
    const mean = devs.reduce((a, d) => a + d.upos, 0) / Math.max(1, devs.length);
    log(
      `epoch ${epoch}: train XPOS ${(100 * correct / total).toFixed(2)}  ` +
        Object.entries(dev).map(([name, d]) => `${name} UPOS ${(100 * d.upos).toFixed(2)} XPOS ${(100 * d.xpos).toFixed(2)}`).join('  ') +
        `  (${xp.rows} + ${up.rows} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    // Without development sets the last epoch is kept.
    if (mean > bestScore || devs.length === 0) {
      bestScore = mean;
      bestEpoch = epoch;
      bestTagger = tagger;
      const sections: Record<string, Section> = {
        'fixed.keys': lexArrays.fixedKeys,
        'fixed.tags': lexArrays.fixedTags,
        'ambig.keys': lexArrays.ambigKeys,
        'ambig.class': lexArrays.ambigClass,
        'ambig.upos': lexArrays.ambigUpos,
      };
      const meta = {
        xposTags,
        uposTags,
        xposToUpos,
        // One table for both models (XPOS classes, then UPOS): see `tagSentenceJoint`.
        joint: packLinearModel(tagger.joint ?? mergeLinearModels(xm, um), 'joint', sections),
        epoch,
        seed: options.seed,
        dev,
      };
      bestFile = { kind: 'dateline/pos', meta, sections };
    }
  }
  if (!bestFile || !bestTagger) throw new RangeError('training needs at least one epoch');
  return { file: bestFile, tagger: bestTagger, bestEpoch, history };
}
