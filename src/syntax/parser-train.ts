// Trains the parser: arc-eager with a dynamic oracle and exploration, on projectivised trees with (jackknifed) predicted tags.
import { AveragedPerceptron, createRng, packLinearModel, shuffle, type LinearModel, type ModelFile, type Section } from '../learn/index.js';
import { LEFT, ParseState, RIGHT, TRANSITIONS, projectivise, transitionCosts } from './arc-eager.js';
import type { UdSentence } from './conllu.js';
import { indexTree, relabelFeatures } from './relabeller.js';
import {
  ALL_TEMPLATES,
  Parser,
  bestLabel,
  labelFeatures,
  parseInput,
  transitionFeatures,
  type ParseDirection,
  type ParseInput,
  type ParsedIds,
  type ParserTemplates,
} from './parser.js';
import type { Tagger } from './tagger.js';
import { trainTagger, type TaggerTrainOptions } from './tagger-train.js';
import { normaliseForm } from './word-features.js';

/** Tag ids of one sentence (as `Tagger.tagIds` gives them). */
export interface SentenceTags {
  readonly xpos: ArrayLike<number>;
  readonly upos: ArrayLike<number>;
}

/** Settings of a parser training run. */
export interface ParserTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Probability of following the model's own (possibly wrong) transition from the second epoch on. */
  readonly explore: number;
  /** Reading direction (default left to right). */
  readonly direction?: ParseDirection;
  /** Tags to train on, one per training sentence (predicted tags, ideally jackknifed). */
  readonly trainTags: readonly SentenceTags[];
  /** Development sets with the tags the parser will see at run time. */
  readonly dev: Readonly<Record<string, { readonly sentences: readonly UdSentence[]; readonly tags: readonly SentenceTags[] }>>;
  readonly log?: (line: string) => void;
  /** Feature templates to train with (default all; a subset is stored in the model file). */
  readonly templates?: ParserTemplates;
}

/** Attachment scores on one set (punctuation included). */
export interface AttachmentScores {
  readonly uas: number;
  readonly las: number;
  readonly tokens: number;
}

/** The outcome of parser training. */
export interface ParserTrainResult {
  readonly file: ModelFile;
  readonly parser: Parser;
  readonly bestEpoch: number;
}

/** Tags every sentence with a tagger (as the parser sees them at run time). */
export function predictTags(tagger: Tagger, sentences: readonly UdSentence[]): SentenceTags[] {
  return sentences.map((s) => tagger.tagIds(s.words.map((w) => normaliseForm(w.form))));
}

/** Tags for training sentences predicted by taggers trained on the other folds, so that the parser learns from realistic tag errors. */
export function jackknifeTags(
  train: readonly UdSentence[],
  folds: number,
  epochs: number,
  seed: number,
  log: (l: string) => void,
  tagger: Pick<TaggerTrainOptions, 'extra' | 'extraWeight' | 'extraUpos'> = {},
): SentenceTags[] {
  const out: SentenceTags[] = new Array(train.length);
  // Tag ids must match the full tagger's, which orders tags by training frequency: remap by name.
  const full = tagNames(train);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, i) => i % folds !== f);
    const r = trainTagger(rest, { ...tagger, epochs, seed, dev: {} });
    const xmap = r.tagger.xposTags.map((t) => full.xpos.indexOf(t));
    const umap = r.tagger.uposTags.map((t) => full.upos.indexOf(t));
    train.forEach((s, i) => {
      if (i % folds !== f) return;
      const t = r.tagger.tagIds(s.words.map((w) => normaliseForm(w.form)));
      out[i] = { xpos: Int32Array.from(t.xpos, (x) => Math.max(0, xmap[x] ?? 0)), upos: Int32Array.from(t.upos, (u) => Math.max(0, umap[u] ?? 0)) };
    });
    log(`jackknife fold ${f + 1}/${folds} tagged`);
  }
  return out;
}

/** XPOS and UPOS names in the order the tagger trainer gives them (by training frequency). */
export function tagNames(train: readonly UdSentence[]): { xpos: string[]; upos: string[] } {
  const order = (pick: (w: UdSentence['words'][number]) => string): string[] => {
    const counts = new Map<string, number>();
    for (const s of train) for (const w of s.words) counts.set(pick(w), (counts.get(pick(w)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  };
  return { xpos: order((w) => w.xpos), upos: order((w) => w.upos) };
}

/** UAS and LAS of a parser on gold sentences with the given tags. */
export function scoreParser(parser: Parser, sentences: readonly UdSentence[], tags: readonly SentenceTags[]): AttachmentScores {
  let n = 0;
  let u = 0;
  let l = 0;
  sentences.forEach((s, si) => {
    const t = tags[si] as SentenceTags;
    const r = parser.parse(s.words.map((w) => w.form), t.xpos, t.upos);
    s.words.forEach((w, i) => {
      n++;
      if (r.heads[i] === w.head) {
        u++;
        if (r.deprels[i] === w.deprel) l++;
      }
    });
  });
  return { uas: n ? u / n : 0, las: n ? l / n : 0, tokens: n };
}

/** Trains the second-pass label model on gold trees (with the training tags), keeping the epoch with the best mean development LAS of `parser` relabelled. */
export function trainRelabeller(
  train: readonly UdSentence[],
  trainTags: readonly SentenceTags[],
  parser: Parser,
  options: { epochs: number; seed: number; dev: ParserTrainOptions['dev']; log?: (l: string) => void },
): LinearModel {
  const labelId = new Map(parser.labels.map((l, i) => [l, i]));
  const data = train.map((s, i) => {
    const t = trainTags[i] as SentenceTags;
    return {
      x: parseInput(s.words.map((w) => normaliseForm(w.form)), t.xpos, t.upos),
      heads: Int32Array.from(s.words, (w) => Math.max(0, w.head)),
      labels: Int32Array.from(s.words, (w) => labelId.get(w.deprel) ?? 0),
    };
  });
  // Development trees are parsed once; only their labels change from epoch to epoch.
  const devTrees: Record<string, ParsedIds[]> = {};
  for (const [name, set] of Object.entries(options.dev)) {
    devTrees[name] = set.sentences.map((s, i) => parser.parseTree(s.words.map((w) => w.form), (set.tags[i] as SentenceTags).xpos, (set.tags[i] as SentenceTags).upos));
  }
  const model = new AveragedPerceptron(parser.labels.length);
  const rng = createRng(options.seed);
  const feats = new Int32Array(64);
  const scores = new Float64Array(parser.labels.length);
  let best: { model: LinearModel; score: number } | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const d of shuffle([...data], rng)) {
      const index = indexTree(d.x, d.heads);
      for (let w = 1; w <= d.x.n; w++) {
        if (d.heads[w - 1] === 0) continue;
        const k = relabelFeatures(d.x, d.heads, index, w, feats);
        model.score(feats, k, scores);
        let guess = 0;
        for (let c = 1; c < parser.labels.length; c++) if ((scores[c] as number) > (scores[guess] as number)) guess = c;
        model.update(feats, k, d.labels[w - 1] as number, guess);
        model.tick();
      }
    }
    const compact = model.compact();
    const parts: string[] = [];
    let sum = 0;
    for (const [name, set] of Object.entries(options.dev)) {
      let n = 0;
      let las = 0;
      set.sentences.forEach((s, i) => {
        const tree = devTrees[name]?.[i] as ParsedIds;
        const tags = set.tags[i] as SentenceTags;
        const x = parseInput(s.words.map((w) => normaliseForm(w.form)), tags.xpos, tags.upos);
        const index = indexTree(x, tree.heads);
        s.words.forEach((w, j) => {
          n++;
          if (tree.heads[j] !== w.head) return;
          let label = labelId.get('root') ?? 0;
          if (w.head !== 0) {
            compact.score(feats, relabelFeatures(x, tree.heads, index, j + 1, feats), scores);
            let b = -1;
            for (let c = 0; c < compact.classes; c++) if (c !== labelId.get('root') && (b < 0 || (scores[c] as number) > (scores[b] as number))) b = c;
            label = b;
          }
          if (parser.labels[label] === w.deprel) las++;
        });
      });
      sum += las / Math.max(1, n);
      parts.push(`${name} LAS ${((100 * las) / Math.max(1, n)).toFixed(2)}`);
    }
    options.log?.(`relabel epoch ${epoch}: ${parts.join('  ')}  (${model.rows} rows)`);
    if (!best || sum > best.score) best = { model: compact, score: sum };
  }
  if (!best) throw new RangeError('training needs at least one epoch');
  return best.model;
}

/** Trains the parser, keeping the epoch with the best mean development LAS. */
export function trainParser(train: readonly UdSentence[], options: ParserTrainOptions): ParserTrainResult {
  const log = options.log ?? (() => undefined);
  const counts = new Map<string, number>();
  for (const s of train) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  const labels = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelId.get('root') ?? 0;
  let lifted = 0;
  const data: { x: ParseInput; gold: Int32Array; glab: Int32Array }[] = [];
  train.forEach((s, i) => {
    const heads = s.words.map((w) => w.head);
    if (heads.some((h) => h < 0 || h > heads.length)) return;
    const proj = projectivise(heads);
    if (proj.some((h, j) => h !== heads[j])) lifted++;
    const t = options.trainTags[i] as SentenceTags;
    const words = s.words.map((w) => normaliseForm(w.form));
    const glab = s.words.map((w) => labelId.get(w.deprel) ?? 0);
    if (options.direction === 'rtl') {
      const n = words.length;
      data.push({
        x: parseInput(words.reverse(), Array.from(t.xpos).reverse(), Array.from(t.upos).reverse()),
        gold: Int32Array.from([0, ...proj.reverse().map((h) => (h === 0 ? 0 : n + 1 - h))]),
        glab: Int32Array.from([0, ...glab.reverse()]),
      });
    } else {
      data.push({ x: parseInput(words, t.xpos, t.upos), gold: Int32Array.from([0, ...proj]), glab: Int32Array.from([0, ...glab]) });
    }
  });
  log(`parser: ${data.length} sentences (${lifted} projectivised), ${labels.length} labels`);
  const tp = new AveragedPerceptron(TRANSITIONS);
  const lp = new AveragedPerceptron(labels.length);
  const rng = createRng(options.seed);
  const feats = new Int32Array(128);
  const lfeats = new Int32Array(64);
  const ts = new Float64Array(TRANSITIONS);
  const ls = new Float64Array(labels.length);
  const costs = new Int32Array(TRANSITIONS);
  const templates = options.templates ?? ALL_TEMPLATES;
  let best: { file: ModelFile; parser: Parser; epoch: number; score: number } | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = Date.now();
    const explore = epoch > 1 ? options.explore : 0;
    let right = 0;
    let total = 0;
    for (const d of shuffle([...data], rng)) {
      const st = new ParseState(d.x.n);
      while (!st.done) {
        const k = transitionFeatures(d.x, st, feats, templates.transitions);
        tp.score(feats, k, ts);
        transitionCosts(st, d.gold, costs);
        let pred = -1;
        let oracle = -1;
        for (let c = 0; c < TRANSITIONS; c++) {
          const cost = costs[c] as number;
          if (cost < 0) continue;
          if (pred < 0 || (ts[c] as number) > (ts[pred] as number)) pred = c;
          if (cost === 0 && (oracle < 0 || (ts[c] as number) > (ts[oracle] as number))) oracle = c;
        }
        if (oracle < 0) oracle = pred;
        total++;
        if ((costs[pred] as number) === 0) right++;
        else tp.update(feats, k, oracle, pred);
        tp.tick();
        const next = (costs[pred] as number) > 0 && rng.next() >= explore ? oracle : pred;
        let label = 0;
        if (next === LEFT || next === RIGHT) {
          const h = next === LEFT ? st.front : st.s0;
          const dep = next === LEFT ? st.s0 : st.b;
          if (h === 0) label = rootLabel;
          else {
            label = bestLabel(d.x, st, next, lp, lfeats, ls, rootLabel, templates.labels);
            if (d.gold[dep] === h) {
              const gl = d.glab[dep] as number;
              if (gl !== label) {
                const lk = labelFeatures(d.x, st, next, lfeats, templates.labels);
                lp.update(lfeats, lk, gl, label);
              }
              lp.tick();
              // Follow the gold label while the arc is right, so label features stay clean early on.
              if (explore === 0) label = gl;
            }
          }
        }
        st.apply(next, label);
      }
    }
    const tm = tp.compact();
    const lm = lp.compact();
    const direction = options.direction ?? 'ltr';
    const parser = new Parser(labels, [{ direction, transitions: tm, labels: lm, weight: 1 }], null, templates);
    const dev: Record<string, AttachmentScores> = {};
    for (const [name, set] of Object.entries(options.dev)) dev[name] = scoreParser(parser, set.sentences, set.tags);
    const devs = Object.values(dev);
    const mean = devs.reduce((a, x) => a + x.las, 0) / Math.max(1, devs.length);
    log(
      `epoch ${epoch}: train transitions ${(100 * right / total).toFixed(2)}  ` +
        Object.entries(dev).map(([name, x]) => `${name} UAS ${(100 * x.uas).toFixed(2)} LAS ${(100 * x.las).toFixed(2)}`).join('  ') +
        `  (${tp.rows} + ${lp.rows} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    if (!best || mean > best.score || devs.length === 0) {
      const sections: Record<string, Section> = {};
      const meta = {
        labels,
        transitions: packLinearModel(tm, 'transitions', sections),
        arcLabels: packLinearModel(lm, 'arcLabels', sections),
        members: [{ prefix: '', direction, weight: 1 }],
        ...(templates === ALL_TEMPLATES ? {} : { templates: { transitions: [...templates.transitions], labels: [...templates.labels] } }),
        epoch,
        seed: options.seed,
        dev,
      };
      best = { file: { kind: 'dateline/parse', meta, sections }, parser, epoch, score: mean };
    }
  }
  if (!best) throw new RangeError('training needs at least one epoch');
  return { file: best.file, parser: best.parser, bestEpoch: best.epoch };
}
