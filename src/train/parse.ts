// `npm run train -- parse [--members ltr|rtl|ltr,rtl] [--epochs N] [--seed S] [--explore P] [--folds K] [--tag-epochs N]
// [--gold-tags | --tags-cache FILE] [--jackknife-news] [--title-case N] [--out FILE] [--drop-transitions T,T.. --drop-labels T,T.. | --all-templates] [--combine A.bin,B.bin | --relabel-on FILE] [--relabel] [--relabel-epochs N] [--prune W]`:
// trains the parser (one or more members voting, optionally a second-pass relabeller) on UD EWT + GUM.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadModel, packLinearModel, pruneModelFile, saveModel, type ModelFile, type Section } from '../learn/index.js';
import { ALL_TEMPLATES, Parser, type ParserTemplates } from '../syntax/parser.js';
import { Tagger } from '../syntax/tagger.js';
import { jackknifeTags, predictTags, scoreParser, tagNames, trainParser, trainRelabeller, type SentenceTags } from '../syntax/parser-train.js';
import { titleCaseAppositions } from '../syntax/title-case.js';
import { modelPath } from '../syntax/model-paths.js';
import type { UdSentence } from '../syntax/conllu.js';
import { loadUdData, option } from './ud-data.js';
import { readConllPos } from './conll-pos.js';
import { buildUposLexicon } from '../syntax/ptb-upos.js';
import { sharedPath } from '../testing/shared-data.js';

/** Merges single-member parser files into one ensemble file; earlier members win ties. */
export function combineParsers(files: readonly ModelFile[]): ModelFile {
  const first = files[0];
  if (!first) throw new RangeError('nothing to combine');
  const labels = first.meta['labels'] as string[];
  const sections: Record<string, Section> = {};
  const meta: Record<string, unknown> = { labels, members: [] as unknown[], combined: files.map((f) => ({ epoch: f.meta['epoch'], seed: f.meta['seed'], dev: f.meta['dev'] })) };
  files.forEach((f, k) => {
    if (JSON.stringify(f.meta['labels']) !== JSON.stringify(labels)) throw new RangeError(`member ${k} has another label set`);
    const members = (f.meta['members'] as { prefix: string; direction: string }[] | undefined) ?? [{ prefix: '', direction: 'ltr' }];
    const m = members[0] as { prefix: string; direction: string };
    const prefix = `m${k}.`;
    for (const part of ['transitions', 'arcLabels']) {
      meta[`${prefix}${part}`] = f.meta[`${m.prefix}${part}`];
      for (const [name, arr] of Object.entries(f.sections)) {
        if (name.startsWith(`${m.prefix}${part}.`)) sections[`${prefix}${name.slice(m.prefix.length)}`] = arr;
      }
    }
    (meta['members'] as unknown[]).push({ prefix, direction: m.direction, weight: 1 + 0.01 * (files.length - 1 - k) });
  });
  return { kind: 'dateline/parse', meta, sections };
}

function report(name: string, parser: Parser, dev: Record<string, { sentences: UdSentence[]; tags: SentenceTags[] }>): void {
  const parts = Object.entries(dev).map(([k, v]) => {
    const s = scoreParser(parser, v.sentences, v.tags);
    return `${k} UAS ${(100 * s.uas).toFixed(2)} LAS ${(100 * s.las).toFixed(2)}`;
  });
  console.log(`${name}: ${parts.join('  ')}`);
}

// Feature templates the shipped parser was trained without (numbers as in src/syntax/parser.ts).
const SHIPPED_DROPPED_TRANSITIONS = [5, 10, 11, 14, 15, 17, 29, 31, 32, 34, 51, 52, 53, 57, 58, 59, 87];
const SHIPPED_DROPPED_LABELS = [209, 210, 222, 226, 227];

/** Trains (or combines) and saves the parser (default models/parse.bin; needs models/pos.bin for run-time tags). */
export async function main(args: string[]): Promise<number> {
  const epochs = option(args, 'epochs', 14);
  const seed = option(args, 'seed', 1);
  const explore = option(args, 'explore', 0.9);
  const folds = option(args, 'folds', 4);
  const tagEpochs = option(args, 'tag-epochs', 4);
  const value = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const out = value('out') ?? modelPath('parse');
  const members = (value('members') ?? 'ltr').split(',');
  // `--drop-transitions 10,11 --drop-labels 209`: train without these feature templates (numbers as in parser.ts).
  // Without either option, the templates the shipped parser leaves out (measured useless one by one; docs/models.md);
  // `--all-templates` keeps every one.
  const dropList = (name: string, shipped: readonly number[]): number[] =>
    args.includes('--all-templates') ? [] : (value(name) ?? shipped.join(',')).split(',').filter((s) => s !== '').map(Number);
  const dropT = dropList('drop-transitions', SHIPPED_DROPPED_TRANSITIONS);
  const dropL = dropList('drop-labels', SHIPPED_DROPPED_LABELS);
  const templates: ParserTemplates =
    dropT.length + dropL.length === 0
      ? ALL_TEMPLATES
      : { transitions: ALL_TEMPLATES.transitions.filter((t) => !dropT.includes(t)), labels: ALL_TEMPLATES.labels.filter((t) => !dropL.includes(t)) };
  const t0 = Date.now();
  const { train, dev } = loadUdData();
  const tagger = Tagger.fromFile(loadModel(modelPath('pos')));
  const devSets: Record<string, { sentences: UdSentence[]; tags: SentenceTags[] }> = {};
  for (const [name, sents] of Object.entries(dev)) devSets[name] = { sentences: sents, tags: predictTags(tagger, sents) };

  let cachedTags: SentenceTags[] | null = null;
  const trainTags = (): SentenceTags[] => {
    if (cachedTags) return cachedTags;
    if (args.includes('--gold-tags')) {
      const x = new Map(tagger.xposTags.map((t, i) => [t, i]));
      const u = new Map(tagger.uposTags.map((t, i) => [t, i]));
      cachedTags = train.map((s) => ({ xpos: s.words.map((w) => x.get(w.xpos) ?? 0), upos: s.words.map((w) => u.get(w.upos) ?? 0) }));
      return cachedTags;
    }
    // Jackknifing is the slow part of a run: `--tags-cache FILE` keeps its tags between runs.
    const cache = value('tags-cache');
    if (cache && existsSync(cache)) {
      cachedTags = JSON.parse(readFileSync(cache, 'utf8')) as { xpos: number[]; upos: number[] }[];
      console.log(`training tags read from ${cache}`);
    } else {
      // `--jackknife-news`: the fold taggers also learn from CoNLL-2003 news, as the shipped tagger does.
      const news = args.includes('--jackknife-news')
        ? { extra: readConllPos(sharedPath('data/ner/conll2003-train.txt'), buildUposLexicon(train), { minLowerShare: 0.3, minWords: 4 }), extraWeight: 0.7, extraUpos: false }
        : {};
      cachedTags = jackknifeTags(train, folds, tagEpochs, seed, (l) => console.log(l), news);
      if (cache) writeFileSync(cache, JSON.stringify(cachedTags.map((t) => ({ xpos: Array.from(t.xpos), upos: Array.from(t.upos) }))));
    }
    console.log(`training tags ready (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    return cachedTags;
  };

  let file: ModelFile;
  const combine = value('combine');
  const relabelOn = value('relabel-on');
  if (combine) {
    file = combineParsers(combine.split(',').map((f) => loadModel(f)));
  } else if (relabelOn) {
    file = loadModel(relabelOn);
  } else {
    const files: ModelFile[] = [];
    members.forEach((m, k) => {
      if (m !== 'ltr' && m !== 'rtl') throw new Error(`--members takes ltr and rtl, got "${m}"`);
      console.log(`member ${k + 1}/${members.length}: ${m}`);
      // `--title-case N`: N copies of each apposition with a capitalised title (title-case.ts).
      const copies = option(args, 'title-case', 0);
      let sentences: readonly UdSentence[] = train;
      let tags: readonly SentenceTags[] = trainTags();
      if (copies > 0) {
        const names = tagNames(train);
        const id = (list: readonly string[], tag: string): number => Math.max(0, list.indexOf(tag));
        const extra = titleCaseAppositions(train, tags, {
          NNP: id(names.xpos, 'NNP'),
          NNPS: id(names.xpos, 'NNPS'),
          PROPN: id(names.upos, 'PROPN'),
        });
        for (let c = 0; c < copies; c++) {
          sentences = [...sentences, ...extra.sentences];
          tags = [...tags, ...extra.tags];
        }
        console.log(`title case: ${extra.sentences.length} sentences with capitalised appositions, ${copies} copies`);
      }
      const result = trainParser(sentences, { epochs, seed: seed + k, explore, direction: m, trainTags: tags, dev: devSets, templates, log: (l) => console.log(l) });
      console.log(`best epoch ${result.bestEpoch} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      files.push(result.file);
    });
    file = files.length === 1 ? (files[0] as ModelFile) : combineParsers(files);
  }
  let parser = Parser.fromFile(file);
  report('first pass', parser.withRelabeller(null), devSets);
  // The relabelling pass measured no gain over the arc-time labels (docs/models.md), so it is opt-in.
  if (args.includes('--relabel') || relabelOn) {
    const relabel = trainRelabeller(train, trainTags(), parser.withRelabeller(null), {
      epochs: option(args, 'relabel-epochs', 8),
      seed,
      dev: devSets,
      log: (l) => console.log(l),
    });
    const sections: Record<string, Section> = { ...file.sections };
    for (const k of Object.keys(sections)) if (k.startsWith('relabel.')) delete sections[k];
    const meta = { ...file.meta, relabel: packLinearModel(relabel, 'relabel', sections) };
    file = { kind: file.kind, meta, sections };
    parser = Parser.fromFile(file);
    report('with relabelling', parser, devSets);
  }
  // Small weights cost most of the file and little accuracy (measured with several thresholds; see docs/models.md).
  const prune = option(args, 'prune', 450);
  if (prune > 0) {
    file = pruneModelFile(file, prune);
    report(`pruned below ${prune}`, Parser.fromFile(file), devSets);
  }
  saveModel(out, file);
  console.log(`saved ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  // The run-time shortcuts are measured on the model they serve: a new model has none until they are built.
  console.log(`next: npm run train -- parse-shortcuts --in ${out} (the shipped model carries them; about a minute)`);
  return 0;
}
