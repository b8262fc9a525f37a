// `npm run eval -- quotes [DIR] [--errors N] [--no-indirect] [--keep-unattributed] [--no-layers] [--without STAGE,...]`: scores the quote layer on PolNeAR-style BRAT standoff.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createPipeline, DatelineError, type Article, type Pipeline, type Stage } from '../core/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { createQuotesStage, type QuotesStageOptions } from '../quotes/index.js';
import { parsePolnear, type GoldAttribution } from '../quotes/polnear.js';
import { addCounts, emptyCounts, matchOverlap, scoreArticle, speakerMatches, summarise, type DetectionCounts } from '../quotes/score.js';
import { createEntitiesStage, NER_MODEL_PATH } from '../entities/index.js';
import { modelPath } from '../syntax/model-paths.js';
import { createParserStage, createTaggerStage } from '../syntax/stages.js';
import { createSegmentStage } from '../text/index.js';
import { sharedPath } from '../testing/shared-data.js';

/** The split scored when no folder is named. */
export const DEFAULT_QUOTES_DIR = 'data/quotes/polnear/dev';

/**
 * The pipeline the evaluation runs: the default pipeline as it stands, completed (until the lead wires them in) with
 * the segment, tagger, parser and entity stages whose models are present, and the quotes stage. This is the one spot
 * to change when the wiring changes; `layers: 'none'` leaves out tagger, parser and entities to measure the fallbacks.
 */
export function evalPipeline(options: QuotesStageOptions = {}, layers: 'all' | 'none' = 'all', without: readonly string[] = []): Pipeline {
  const base = createDefaultPipeline();
  const custom = Object.keys(options).length > 0 || layers !== 'all' || without.length > 0;
  if (!custom && base.stages.some((s) => s.provides.includes('quotes'))) return base;
  const stages: Stage[] = base.stages.filter((s) => !s.provides.includes('quotes') && !s.provides.includes('events'));
  const has = (name: string): boolean => stages.some((s) => s.name === name);
  if (!stages.some((s) => s.provides.includes('tokens'))) stages.push(createSegmentStage());
  if (layers === 'all') {
    if (!has('tagger') && existsSync(modelPath('pos')) && existsSync(modelPath('lemma'))) stages.push(optional(createTaggerStage()));
    if (!has('parser') && existsSync(modelPath('parse'))) stages.push(optional(createParserStage()));
    if (!has('entities') && existsSync(NER_MODEL_PATH)) stages.push(optional(createEntitiesStage()));
  } else {
    for (let i = stages.length - 1; i >= 0; i--) if (['tagger', 'parser', 'entities'].includes(stages[i]!.name)) stages.splice(i, 1);
  }
  stages.push(createQuotesStage(options));
  return createPipeline(stages.filter((s) => !without.includes(s.name)));
}

// A stage whose model cannot be loaded (mid-retraining, stale feature set) is skipped with one warning, so that the
// quote layer can still be measured on the layers that work.
function optional(stage: Stage): Stage {
  let broken = false;
  return {
    ...stage,
    run(article, ctx) {
      if (broken) return {};
      try {
        return stage.run(article, ctx);
      } catch (e) {
        if (!(e instanceof DatelineError) || e.code !== 'MODEL') throw e;
        broken = true;
        console.error(`quotes eval: skipping the ${stage.name} stage: ${e.describe()}`);
        return {};
      }
    },
  };
}

/** One article of a split: its text file and the annotation file scored against it. */
export interface Pair {
  readonly name: string;
  readonly txt: string;
  readonly ann: string;
}

// Both layouts: DIR/text/NAME.txt + DIR/attributions/NAME_ANNOTATOR.ann (PolNeAR), or NAME.txt + NAME.ann side by side.
// An article annotated by several annotators is scored against the first annotation file in name order.
/** The articles of one split with the annotation file each is scored against. */
export function pairsIn(dir: string): Pair[] {
  const textDir = existsSync(path.join(dir, 'text')) ? path.join(dir, 'text') : dir;
  const annDir = existsSync(path.join(dir, 'attributions')) ? path.join(dir, 'attributions') : dir;
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const pairs: Pair[] = [];
  for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const base = f.slice(0, -4);
    const ann = anns.find((a) => a === `${base}.ann`) ?? anns.find((a) => a.startsWith(`${base}_`) && /^_[0-9a-z]+\.ann$/i.test(a.slice(base.length)));
    if (ann) pairs.push({ name: base, txt: path.join(textDir, f), ann: path.join(annDir, ann) });
  }
  return pairs;
}

function splitsOf(dir: string): Array<{ name: string; dir: string }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DatelineError('NOT_FOUND', `no such folder: ${dir}`, { file: dir });
  const isSplit = (d: string): boolean => existsSync(path.join(d, 'attributions')) || readdirSync(d).some((f) => f.endsWith('.ann'));
  if (isSplit(dir)) return [{ name: path.basename(dir), dir }];
  const subs = readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((d) => statSync(d).isDirectory() && isSplit(d))
    .sort();
  if (subs.length === 0) throw new DatelineError('NOT_FOUND', `no .ann files (or attributions/ folders) under ${dir}`, { file: dir });
  return subs.map((d) => ({ name: path.basename(d), dir: d }));
}

/** Scores of one split. */
export interface QuotesEvaluation {
  readonly split: string;
  readonly articles: number;
  readonly direct: DetectionCounts;
  readonly indirect: DetectionCounts;
  readonly seconds: number;
}

/** Runs the pipeline over one split and scores it; `onArticle` sees every article with its gold attributions. */
export function evaluateSplit(
  split: { name: string; dir: string },
  pipeline: Pipeline,
  onArticle?: (article: Article, gold: readonly GoldAttribution[]) => void,
): QuotesEvaluation {
  const direct = emptyCounts();
  const indirect = emptyCounts();
  const pairs = pairsIn(split.dir);
  const t0 = process.hrtime.bigint();
  for (const p of pairs) {
    const text = readFileSync(p.txt, 'utf8');
    const gold = parsePolnear(readFileSync(p.ann, 'utf8'), text, p.ann);
    const article = pipeline.run({ id: p.name, date: null, title: null, text, source: { path: p.txt, format: 'text' } });
    const s = scoreArticle(gold, article.quotes, article.entities);
    addCounts(direct, s.direct);
    addCounts(indirect, s.indirect);
    onArticle?.(article, gold);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { split: split.name, articles: pairs.length, direct, indirect, seconds };
}

function line(label: string, c: DetectionCounts): string {
  const s = summarise(c);
  const f = (x: number): string => x.toFixed(1).padStart(5);
  return `  ${label.padEnd(9)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  speaker ${f(s.speaker)} (${c.speakerCorrect}/${c.speakerScored})` +
    `  gold ${c.gold}, found ${c.goldFound}; ours ${c.predicted}, right ${c.predictedCorrect}, ignored ${c.ignored}, gold-without-source ${c.noGoldSource}`;
}

function printErrors(article: Article, gold: readonly GoldAttribution[], budget: { left: number }): void {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  for (const g of gold) {
    if (budget.left <= 0) return;
    const ours = article.quotes.filter((q) => (g.quoted ? q.kind !== 'indirect' : q.kind === 'indirect') && matchOverlap(g, q) > 0);
    if (ours.length === 0) {
      budget.left--;
      const cue = g.cues.map((s) => article.text.slice(s.start, s.end)).join(' | ');
      console.log(`MISS ${g.quoted ? 'direct' : 'indirect'} ${article.id}: ${JSON.stringify(g.contentText.slice(0, 160))} <- ${g.sources.map((s) => article.text.slice(s.start, s.end)).join(' | ')} [${cue}]`);
    }
  }
  for (const q of article.quotes) {
    if (budget.left <= 0) return;
    const hits = gold.filter((g) => matchOverlap(g, q) > 0);
    if (hits.length === 0) {
      budget.left--;
      console.log(`FALSE ${q.kind} ${article.id}: ${JSON.stringify(q.text.slice(0, 160))} <- ${q.speakerMention?.text ?? '-'}`);
    } else {
      const g = hits.reduce((best, h) => (matchOverlap(h, q) > matchOverlap(best, q) ? h : best));
      const ok = g.sources.length === 0 || speakerMatches(q, g.sources, entities);
      if (!ok) {
        budget.left--;
        console.log(`SPEAKER ${q.kind} ${article.id}: ${JSON.stringify(q.text.slice(0, 100))} ours ${q.speakerMention?.text ?? '-'} gold ${g.sources.map((s) => article.text.slice(s.start, s.end)).join(' | ')}`);
      }
    }
  }
}

/** Entry point for `npm run eval -- quotes`. */
export async function main(args: string[]): Promise<number> {
  let dir: string | null = null;
  let errors = 0;
  const options: { keepUnattributed?: boolean; indirect?: boolean } = {};
  let layers: 'all' | 'none' = 'all';
  const without: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--errors') errors = Number(args[++i] ?? '50');
    else if (a === '--keep-unattributed') options.keepUnattributed = true;
    else if (a === '--no-indirect') options.indirect = false;
    else if (a === '--no-layers') layers = 'none';
    else if (a === '--without') without.push(...(args[++i] ?? '').split(','));
    else if (a.startsWith('--')) throw new DatelineError('USAGE', `unknown option ${a} (expected --errors N, --keep-unattributed, --no-indirect, --no-layers, --without STAGE[,STAGE])`);
    else dir = a;
  }
  const root = dir ?? sharedPath(DEFAULT_QUOTES_DIR);
  const pipeline = evalPipeline(options, layers, without);
  console.log(`quotes: pipeline ${pipeline.stages.map((s) => s.name).join(' > ')}`);
  const budget = { left: errors };
  for (const split of splitsOf(root)) {
    const r = evaluateSplit(split, pipeline, errors > 0 ? (a, g) => printErrors(a, g, budget) : undefined);
    console.log(`${r.split}: ${r.articles} articles, ${r.seconds.toFixed(1)} s`);
    console.log(line('direct', r.direct));
    console.log(line('indirect', r.indirect));
  }
  return 0;
}
