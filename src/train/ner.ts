// `npm run train -- ner`: trains the named-entity recogniser on CoNLL-2003 train, picks the epoch by dev F1, saves models/ner.bin.
import { existsSync, readFileSync } from 'node:fs';
import { AveragedPerceptron, createRng, shuffle, type LinearModel } from '../learn/index.js';
import { parseConll2003, type NerDocument } from '../entities/conll2003.js';
import { loadGazetteer } from '../entities/gazetteer.js';
import { NER_LABELS, attachFirstPass, buildCaseTable, labelId, prepareDocument, type History, type PreparedSentence } from '../entities/ner-features.js';
import { NER_CLUSTERS_PATH, NER_MODEL_PATH, NerDecoder, NerModel } from '../entities/ner-model.js';
import { mixLinearModels } from '../entities/model-mixing.js';
import { rawNewsSentences } from '../entities/raw-corpus.js';
import { induceClusters, loadClusters, saveClusters, type WordClusters } from '../entities/word-clusters.js';
import { scoreDocuments } from '../entities/ner-score.js';
import { bilouFromSpans, prf, spansFromIob } from '../entities/spans.js';
import { SHARED_ROOT, sharedPath } from '../testing/shared-data.js';

interface TrainDoc {
  readonly sentences: PreparedSentence[];
  readonly gold: Int32Array[];
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
}

/** Trains and saves the model; prints dev F1 after each epoch. */
export async function main(args: string[]): Promise<number> {
  const epochs = Number(option(args, '--epochs', '9'));
  const seed = Number(option(args, '--seed', '7'));
  const out = option(args, '--out', NER_MODEL_PATH);
  const useGaz = !args.includes('--no-gazetteer');
  const twoPass = args.includes('--two-pass');
  const mix = Number(option(args, '--mix', '4'));
  const beamWidth = Number(option(args, '--beam', '4'));
  const temperatures = option(args, '--temperatures', '20,25,30,35,40,45,50').split(',').map(Number);
  const trainFile = option(args, '--train', sharedPath('data/ner/conll2003-train.txt'));
  const devFile = option(args, '--dev', sharedPath('data/ner/conll2003-dev.txt'));
  for (const f of [trainFile, devFile]) {
    if (!existsSync(f)) {
      console.error(`training needs ${f} (CoNLL-2003 "token POS chunk TAG"), which is absent`);
      return 2;
    }
  }
  const gaz = useGaz ? loadGazetteer() : null;
  const started = Date.now();
  const clustersFile = option(args, '--clusters', NER_CLUSTERS_PATH);
  let clusters: WordClusters | null = null;
  if (!args.includes('--no-clusters')) {
    if (args.includes('--rebuild-clusters') || !existsSync(clustersFile)) {
      const ks = option(args, '--ks', '64,256,1024').split(',').map(Number);
      const opts = {
        minCount: Number(option(args, '--min-count', '3')),
        contexts: 2000,
        dims: Number(option(args, '--dims', '128')),
        window: Number(option(args, '--window', '2')),
        ks,
        iterations: 8,
        fitWords: 20000,
        seed,
      };
      const table = induceClusters(rawNewsSentences(SHARED_ROOT), opts, (m) => console.log(`clusters: ${m}`));
      saveClusters(clustersFile, table, { source: 'Reuters-21578 bodies, BBC News, CoNLL-2003 and UD English words', ...opts });
      console.log(`saved ${clustersFile} (${table.words.length} words, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    clusters = loadClusters(clustersFile);
  }
  const caseTable = args.includes('--no-case') ? null : buildCaseTable(rawNewsSentences(SHARED_ROOT));
  console.log(`case table: ${caseTable?.words.length ?? 0} words (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const res = { gazetteer: gaz, clusters, caseTable };
  const train: NerDocument[] = parseConll2003(readFileSync(trainFile, 'utf8'), trainFile);
  const dev: NerDocument[] = parseConll2003(readFileSync(devFile, 'utf8'), devFile);
  const docs: TrainDoc[] = train.map((d) => ({
    sentences: prepareDocument(d.sentences.map((s) => s.words), res),
    gold: d.sentences.map((s) => Int32Array.from(bilouFromSpans(spansFromIob(s.tags), s.words.length).map(labelId))),
  }));
  console.log(`${train.length} training documents, ${dev.length} dev documents; gazetteer ${useGaz ? 'on' : 'off'}, clusters ${clusters ? 'on' : 'off'}`);
  const decoder = new NerDecoder();
  const rng = createRng(seed);
  // One pass of training: a fresh perceptron over `trainDocs` for `rounds` epochs; after each, `score` may judge the model.
  const trainPass = (
    trainDocs: readonly TrainDoc[],
    rounds: number,
    score: ((m: LinearModel, epoch: number) => number) | null,
  ): { model: LinearModel; epoch: number; f1: number } => {
    const perceptron = new AveragedPerceptron(NER_LABELS.length);
    const learn = (ids: Int32Array, n: number, gold: number, guess: number): void => {
      perceptron.update(ids, n, gold, guess);
      perceptron.tick();
    };
    let best: { model: LinearModel; epoch: number; f1: number } | null = null;
    for (let epoch = 1; epoch <= rounds; epoch++) {
      const order = shuffle(trainDocs.map((_, i) => i), rng);
      for (const di of order) {
        const d = trainDocs[di] as TrainDoc;
        const hist: History = new Map();
        d.sentences.forEach((s, si) => decoder.tagSentence(s, perceptron, hist, new Int32Array(s.n), d.gold[si], learn));
      }
      if (!score && epoch < rounds) continue;
      const model = perceptron.compact();
      const f1 = score ? score(model, epoch) : 0;
      if (!best || f1 > best.f1) best = { model, epoch, f1 };
    }
    return best as { model: LinearModel; epoch: number; f1: number };
  };
  const devF1 = (m: NerModel): number => prf(scoreDocuments(dev, (sentences) => m.tag(sentences)).overall).f1;
  const report = (pass: string) => (model: LinearModel, epoch: number, f1: number): void =>
    console.log(`${pass} epoch ${epoch}: dev F1 ${f1.toFixed(2)} (${model.size} weights, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const first = trainPass(docs, epochs, (m, epoch) => {
    const f1 = devF1(new NerModel(m, res));
    report('pass 1')(m, epoch, f1);
    return f1;
  });
  let best: { f1: number; epoch: number; model: NerModel } = { f1: first.f1, epoch: first.epoch, model: new NerModel(first.model, res) };
  if (mix > 1) {
    // Parameter mixing: the mean of models trained on other shuffles (each at its best dev epoch) runs as fast as one.
    const runs = [first.model];
    for (let k = 1; k < mix; k++) {
      const run = trainPass(docs, epochs, (m, epoch) => {
        const f1 = devF1(new NerModel(m, res));
        report(`mix ${k + 1}/${mix}`)(m, epoch, f1);
        return f1;
      });
      runs.push(run.model);
    }
    const mixed = new NerModel(mixLinearModels(runs), res);
    const f1 = devF1(mixed);
    console.log(`mixed ${mix} models: dev F1 ${f1.toFixed(2)} (${mixed.model.size} weights)`);
    best = { f1, epoch: first.epoch, model: mixed };
  }
  if (twoPass) {
    // Jackknife: each training document gets first-pass labels from a model that never saw it, as at run time.
    const folds = 5;
    const firstLabels: Int32Array[][] = new Array<Int32Array[]>(docs.length);
    for (let f = 0; f < folds; f++) {
      const held = docs.map((_, i) => i).filter((i) => i % folds === f);
      const fold = trainPass(docs.filter((_, i) => i % folds !== f), first.epoch, null);
      const tagger = new NerModel(fold.model, res);
      for (const i of held) firstLabels[i] = tagger.runPass((docs[i] as TrainDoc).sentences, fold.model);
      console.log(`pass 1 fold ${f + 1}/${folds} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    const docs2: TrainDoc[] = docs.map((d, i) => ({ sentences: attachFirstPass(d.sentences, firstLabels[i] as Int32Array[]), gold: d.gold }));
    const second = trainPass(docs2, epochs, (m, epoch) => {
      const f1 = devF1(new NerModel(first.model, res, m));
      report('pass 2')(m, epoch, f1);
      return f1;
    });
    if (second.f1 > best.f1) best = { f1: second.f1, epoch: second.epoch, model: new NerModel(first.model, res, second.model) };
  }
  if (beamWidth > 1 && !best.model.second) {
    // Beam search over the greedy-trained model: its softmax temperature is picked on dev (kept only if it helps).
    let pick: number | null = null;
    for (const temperature of temperatures) {
      best.model.beam = { width: beamWidth, temperature };
      const f1 = devF1(best.model);
      console.log(`beam ${beamWidth}, temperature ${temperature}: dev F1 ${f1.toFixed(2)}`);
      if (f1 > best.f1) {
        best = { ...best, f1 };
        pick = temperature;
      }
    }
    best.model.beam = pick === null ? null : { width: beamWidth, temperature: pick };
  }
  best.model.save(out, { trainedOn: 'CoNLL-2003 English train', epoch: best.epoch, firstPassEpoch: first.epoch, seed, mixed: mix, twoPass, beam: best.model.beam, devF1: Number(best.f1.toFixed(2)) });
  console.log(`saved ${out} (epoch ${best.epoch}, dev F1 ${best.f1.toFixed(2)})`);
  console.log(scoreDocuments(dev, (sentences) => best.model.tag(sentences)).report());
  return 0;
}
