// The named-entity recogniser: BILOU tagging (greedy, or by beam search) over a linear model, with document history.
import path from 'node:path';
import { DatelineError } from '../core/errors.js';
import { loadModel, packLinearModel, saveModel, unpackLinearModel, type LinearModel, type Section } from '../learn/index.js';
import { REPO_ROOT } from '../testing/shared-data.js';
import { foldName, type Gazetteer } from './gazetteer.js';
import { BeamSearch, type BeamSettings } from './ner-beam.js';
import { FastNerDecoder } from './ner-fast.js';
import type { WordClusters } from './word-clusters.js';
import {
  MAX_TOKEN_FEATURES,
  NER_LABELS,
  allowedAfter,
  allowedAtEnd,
  attachFirstPass,
  caseIndexOf,
  prepareDocument,
  prepareWords,
  recordHistory,
  recordWordHistory,
  tokenFeatures,
  type History,
  type NerResources,
  type PreparedSentence,
  type WordSentence,
} from './ner-features.js';
import { iobFromSpans, spansFromBilou, type TagSpan } from './spans.js';
import { isRoleToken } from './titles.js';

/** Anything that scores feature ids per label: the perceptron while training, the compact model at run time. */
export interface LabelScorer {
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void;
}

/** Called at each decision while training: the features, the gold label and the guess. */
export type LearnHook = (features: Int32Array, n: number, gold: number, guess: number) => void;

/** The version of the feature set; a model trained on another one is refused. */
export const NER_FEATURE_VERSION = 7;

/** The shipped model's location. */
export const NER_MODEL_PATH = path.join(REPO_ROOT, 'models', 'ner.bin');

/** The shipped word clusters' location. */
export const NER_CLUSTERS_PATH = path.join(REPO_ROOT, 'models', 'ner-clusters.bin');

/** Reusable buffers of one decoder (not shared between threads of work). */
export class NerDecoder {
  private readonly ids = new Int32Array(MAX_TOKEN_FEATURES);
  private readonly scores = new Float64Array(NER_LABELS.length);

  /** Tags one prepared sentence greedily into `labels`; with `gold` and `learn`, calls `learn` at each decision. */
  tagSentence(
    s: PreparedSentence,
    scorer: LabelScorer,
    hist: History,
    labels: Int32Array,
    gold?: ArrayLike<number>,
    learn?: LearnHook,
  ): void {
    const L = NER_LABELS.length;
    const scores = this.scores;
    for (let i = 0; i < s.n; i++) {
      const prev1 = i > 0 ? (labels[i - 1] as number) : 0;
      const prev2 = i > 1 ? (labels[i - 2] as number) : 0;
      const n = tokenFeatures(s, i, prev1, prev2, hist, this.ids);
      scorer.score(this.ids, n, scores);
      const last = i === s.n - 1;
      let best = -1;
      let bestScore = -Infinity;
      for (let c = 0; c < L; c++) {
        if (!allowedAfter(prev1, c) || (last && !allowedAtEnd(c))) continue;
        const v = scores[c] as number;
        if (v > bestScore) {
          best = c;
          bestScore = v;
        }
      }
      if (best < 0) best = 0;
      if (gold && learn) learn(this.ids, n, gold[i] as number, best);
      labels[i] = best;
    }
    recordHistory(hist, s, labels);
  }

  /** Tags one prepared sentence by beam search into `labels` (raw scores times `invTemp` go into each step's softmax). */
  beamSentence(s: PreparedSentence, scorer: LabelScorer, hist: History, labels: Int32Array, beam: BeamSearch, invTemp: number): void {
    beam.decode(s.n, invTemp, (i, prev1, prev2, scores) => {
      const n = tokenFeatures(s, i, prev1, prev2, hist, this.ids);
      scorer.score(this.ids, n, scores);
    }, labels);
    recordHistory(hist, s, labels);
  }
}

// Month names that are given names too ("June", "April").
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** Entity spans per sentence from BILOU label ids. */
export function spansFromLabels(labels: ArrayLike<number>, n: number): TagSpan[] {
  const tags: string[] = [];
  for (let i = 0; i < n; i++) tags.push(NER_LABELS[labels[i] as number] ?? 'O');
  return spansFromBilou(tags);
}

/**
 * The second look at the document: an entity followed (or preceded) by a capitalised word the tagger left out, where
 * that word is inside a multi-word entity of the same type elsewhere ("Andres Manuel Lopez | Obrador" after "Lopez
 * Obrador"), takes the word in.
 */
export function extendSpans(
  sentences: readonly (readonly string[])[],
  spans: TagSpan[][],
  unknownName: (word: string) => boolean = () => false,
  givenName: (word: string) => boolean = () => false,
): TagSpan[][] {
  const inside = new Map<string, string>();
  spans.forEach((list, si) => {
    for (const sp of list) {
      if (sp.end - sp.start < 2) continue;
      for (let i = sp.start; i < sp.end; i++) inside.set(`${sp.type}\t${sentences[si]?.[i] ?? ''}`, sp.type);
    }
  });
  return spans.map((list, si) => {
    const words = sentences[si] ?? [];
    const taken = new Uint8Array(words.length);
    for (const sp of list) for (let i = sp.start; i < sp.end; i++) taken[i] = 1;
    const free = (i: number): boolean => i >= 0 && i < words.length && !taken[i] && /^[A-Z][a-z]/.test(words[i] ?? '');
    return list.map((sp) => {
      let { start, end } = sp;
      while (free(end) && inside.has(`${sp.type}\t${words[end] ?? ''}`)) taken[end++] = 1;
      // A person's name runs on into a capitalised word raw news text never shows in lower case ("... Cienfuegos Zepeda's").
      if (sp.type === 'PER' && free(end) && unknownName(words[end] ?? '') && !/^[A-Z]/.test(words[end + 1] ?? '')) taken[end++] = 1;
      while (start > 1 && free(start - 1) && inside.has(`${sp.type}\t${words[start - 1] ?? ''}`)) taken[--start] = 1;
      // A person's name takes in a given name just before it ("then-President | Enrique Pena Nieto").
      if (sp.type === 'PER' && free(start - 1) && givenName(words[start - 1] ?? '')) taken[--start] = 1;
      return start === sp.start && end === sp.end ? sp : { start, end, type: sp.type };
    });
  });
}

/** A trained recogniser: tags documents (lists of sentences of words) with PER/ORG/LOC/MISC spans. */
export class NerModel {
  readonly model: LinearModel;
  /** The second pass, which sees the first pass's labels for the whole document; null for one pass. */
  readonly second: LinearModel | null;
  readonly resources: NerResources;
  private readonly decoder = new NerDecoder();
  // The run-time decoder for int16 models (exact integer sums), made on first use; null for other models.
  private fast: FastNerDecoder | null | undefined;

  constructor(model: LinearModel, resources: NerResources, second: LinearModel | null = null) {
    if (model.classes !== NER_LABELS.length) {
      throw new DatelineError('MODEL', `NER model has ${model.classes} labels, expected ${NER_LABELS.length}`);
    }
    this.model = model;
    this.second = second;
    this.resources = resources;
  }

  // Capitalised words absent from the raw-text case table that are no known place or demonym.
  private readonly unknownName = (word: string): boolean => {
    const table = this.resources.caseTable;
    if (!table || word.length < 3 || !/^[A-Z][a-z]+$/.test(word)) return false;
    const bucket = caseIndexOf(table).get(word.toLowerCase());
    if (bucket !== undefined) return false;
    const gaz = this.resources.gazetteer;
    return !gaz || (gaz.place(word) === null && gaz.demonym(word) === null);
  };

  // Capitalised given names that raw news text mostly capitalises (not "Will", "May", "Mark"), other than titles
  // ("King", "Prince") and months ("June").
  private readonly givenName = (word: string): boolean => {
    const gaz = this.resources.gazetteer;
    if (!gaz || !/^[A-Z][a-z]+$/.test(word) || !gaz.isFirstNameKey(foldName(word))) return false;
    if (MONTHS.has(word) || isRoleToken(word)) return false;
    const table = this.resources.caseTable;
    const bucket = table ? caseIndexOf(table).get(word.toLowerCase()) : undefined;
    return bucket === undefined || bucket >= 4;
  };

  /** Whether `spans` extends an entity by an adjacent capitalised word that is part of a same-type entity elsewhere. */
  extendFromDocument = true;

  /** Beam search instead of greedy tagging (first pass only); null for greedy. Models carry theirs in the file. */
  beam: BeamSettings | null = null;
  private search: BeamSearch | null = null;

  // The beam's buffers and the factor from raw scores to softmax inputs, or null for greedy tagging.
  private beamSearch(): { search: BeamSearch; invTemp: number } | null {
    const b = this.beam;
    if (!b || b.width <= 1) return null;
    if (!this.search || this.search.width !== b.width) this.search = new BeamSearch(b.width);
    return { search: this.search, invTemp: this.model.scale / b.temperature };
  }

  /** Entity spans (token ranges within each sentence) for every sentence of one document. */
  spans(sentences: readonly (readonly string[])[]): TagSpan[][] {
    let labels: Int32Array[];
    if (this.fastDecoder() && !this.second) {
      labels = this.runFast(prepareWords(sentences, this.resources));
    } else {
      const prepared = prepareDocument(sentences, this.resources);
      labels = this.runPass(prepared, this.model);
      if (this.second) labels = this.runPass(attachFirstPass(prepared, labels), this.second);
    }
    const spans = labels.map((l) => spansFromLabels(l, l.length));
    return this.extendFromDocument ? extendSpans(sentences, spans, this.unknownName, this.givenName) : spans;
  }

  // The fast decoder, for models of int16 weights (exact integer sums), made on first use; null for other models.
  private fastDecoder(): FastNerDecoder | null {
    if (this.fast === undefined) {
      this.fast = this.model.data.weights instanceof Int16Array ? new FastNerDecoder(this.model, this.resources.clusters?.levels ?? 0) : null;
    }
    return this.fast;
  }

  /** First-pass labels of every sentence of a document prepared by `prepareWords` (the same as `runPass` gives). */
  runFast(prepared: readonly WordSentence[]): Int32Array[] {
    const fast = this.fastDecoder();
    if (!fast) throw new DatelineError('MODEL', 'the fast NER decoder needs a model of int16 weights');
    const hist: History = new Map();
    const beam = this.beamSearch();
    return prepared.map((s) => {
      const labels = new Int32Array(s.n);
      if (beam) fast.tagSentenceBeam(s, hist, labels, beam.search, beam.invTemp);
      else fast.tagSentence(s, hist, labels);
      recordWordHistory(hist, s, labels);
      return labels;
    });
  }

  /** Labels of every sentence of a prepared document under one linear model. */
  runPass(prepared: readonly PreparedSentence[], model: LabelScorer): Int32Array[] {
    const hist: History = new Map();
    // The beam applies to the first pass's model only (its scale sets the temperature).
    const beam = model === this.model ? this.beamSearch() : null;
    return prepared.map((s) => {
      const labels = new Int32Array(s.n);
      if (beam) this.decoder.beamSentence(s, model, hist, labels, beam.search, beam.invTemp);
      else this.decoder.tagSentence(s, model, hist, labels);
      return labels;
    });
  }

  /** IOB2 tags for every sentence of one document. */
  tag(sentences: readonly (readonly string[])[]): string[][] {
    return this.spans(sentences).map((spans, i) => iobFromSpans(spans, sentences[i]?.length ?? 0));
  }

  /** Writes the model to a binary model file. */
  save(file: string, meta: Record<string, unknown> = {}): void {
    const sections: Record<string, Section> = {};
    const linear = packLinearModel(this.model, 'ner', sections);
    const caseTable = this.resources.caseTable;
    if (caseTable) {
      sections['case.words'] = new TextEncoder().encode(caseTable.words.join('\n'));
      sections['case.buckets'] = caseTable.buckets;
    }
    const second = this.second ? packLinearModel(this.second, 'ner2', sections) : null;
    saveModel(file, {
      kind: 'ner',
      meta: {
        ...meta,
        labels: NER_LABELS,
        featureVersion: NER_FEATURE_VERSION,
        ...(this.beam ? { beamWidth: this.beam.width, beamTemperature: this.beam.temperature } : {}),
        gazetteer: this.resources.gazetteer !== null,
        clusters: this.resources.clusters !== null,
        clustersFingerprint: this.resources.clusters?.fingerprint ?? null,
        ner: linear,
        ...(second ? { ner2: second } : {}),
      },
      sections,
    });
  }

  /** Reads a model file written by `save`; the resources it was trained with must be given. */
  static load(file: string, resources: { readonly gazetteer: Gazetteer | null; readonly clusters: WordClusters | null }): NerModel {
    const f = loadModel(file);
    if (f.kind !== 'ner') throw new DatelineError('MODEL', `${file}: expected an NER model, found kind "${f.kind}"`, { file });
    if (f.meta['featureVersion'] !== NER_FEATURE_VERSION) {
      throw new DatelineError(
        'MODEL',
        `${file}: trained with feature set ${String(f.meta['featureVersion'])}, this code uses ${NER_FEATURE_VERSION}: retrain with \`npm run train -- ner\``,
        { file },
      );
    }
    const need = (what: 'gazetteer' | 'clusters'): boolean => f.meta[what] === true;
    if ((need('gazetteer') && !resources.gazetteer) || (need('clusters') && !resources.clusters)) {
      throw new DatelineError('MODEL', `${file}: the model needs its gazetteer and word clusters`, { file });
    }
    const fp = f.meta['clustersFingerprint'];
    if (need('clusters') && typeof fp === 'number' && resources.clusters && fp !== resources.clusters.fingerprint) {
      throw new DatelineError('MODEL', `${file}: trained with other word clusters than those given: retrain with \`npm run train -- ner\``, { file });
    }
    const words = f.sections['case.words'];
    const buckets = f.sections['case.buckets'];
    const caseTable =
      words instanceof Uint8Array && buckets instanceof Uint8Array ? { words: new TextDecoder().decode(words).split('\n'), buckets } : null;
    const res = { gazetteer: need('gazetteer') ? resources.gazetteer : null, clusters: need('clusters') ? resources.clusters : null, caseTable };
    const model = new NerModel(unpackLinearModel(f, 'ner'), res, f.meta['ner2'] ? unpackLinearModel(f, 'ner2') : null);
    const width = f.meta['beamWidth'];
    const temperature = f.meta['beamTemperature'];
    if (typeof width === 'number' && typeof temperature === 'number' && width > 1 && temperature > 0) model.beam = { width, temperature };
    return model;
  }
}
