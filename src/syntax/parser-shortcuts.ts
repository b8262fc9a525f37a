// Run-time shortcuts of the greedy parser: transition scores summed in stages that stop once the margin settles the move, and arc labels fixed by their tags.
import { DatelineError } from '../core/errors.js';
import { IdTable, feat2, feat3, feat4 } from '../learn/index.js';

// Template numbers of the label-shortcut keys (apart from every parser and tagger template).
const KEY_TAGS = 901;
const KEY_TAG_PAIR = 902;
const KEY_WORD = 903;

/** The shortcuts as stored in a parser model file's `meta.shortcuts` (written by `npm run train -- parse-shortcuts`). */
export interface ShortcutMeta {
  /** The model's stack (non-buffer) transition templates in scoring order, split into stages. */
  readonly transitionStages: number[][];
  /** Per stage but the last: the margin (transition weight units) from which the best legal move after that stage is taken. */
  readonly transitionMargins: number[];
  /** Label-shortcut key ids (see `labelShortcutKeys`) and the label each one fixes. */
  readonly labelKeys: number[];
  readonly labelValues: number[];
  /** Row counts of the models the shortcuts were measured on: shortcuts of other models are ignored. */
  readonly rows: { readonly transitions: number; readonly arcLabels: number };
  /** How the shortcuts were chosen (for the record). */
  readonly criteria?: Record<string, unknown>;
}

/** Loaded shortcuts of one parser member. */
export interface ParserShortcuts {
  /** Stack transition templates by stage, in scoring order. */
  readonly stages: readonly Int32Array[];
  /** The same stages as masks over template numbers 0..88 (for `fillStackFeatures`). */
  readonly stageOn: readonly Uint8Array[];
  /** Margin from which the move after stage k stands (one per stage but the last). */
  readonly margins: Float64Array;
  readonly labelTable: IdTable;
  readonly labelOf: Int32Array;
}

/** The three key ids of an arc's label shortcut, most general first: (move, dependent tag), + head tag, + dependent word. */
export function labelShortcutKeys(t: number, depTag: number, headTag: number, depWord: number, out: Int32Array): void {
  out[0] = feat2(KEY_TAGS, t, depTag);
  out[1] = feat3(KEY_TAG_PAIR, t, depTag, headTag);
  out[2] = feat4(KEY_WORD, t, depTag, headTag, depWord);
}

/** Rows of a linear model (what shortcuts are tied to), or -1 for scorers of another kind. */
export function modelRows(model: object): number {
  const data = (model as { data?: { keys?: { length: number } } }).data;
  return data?.keys?.length ?? -1;
}

const keyScratch = new Int32Array(3);

/** The label an arc's tags fix (most general key first), or -1 when the label model must decide. */
export function shortcutLabel(sc: ParserShortcuts, t: number, depTag: number, headTag: number, depWord: number): number {
  labelShortcutKeys(t, depTag, headTag, depWord, keyScratch);
  const table = sc.labelTable;
  for (let k = 0; k < 3; k++) {
    const r = table.get(keyScratch[k] as number);
    if (r >= 0) return sc.labelOf[r] as number;
  }
  return -1;
}

/**
 * Reads `meta.shortcuts` for a model whose stack templates are `stackTemplates`; null when absent or measured on other
 * models (by row counts), so that older files and retrained models parse with the full scoring.
 */
export function readShortcuts(meta: unknown, stackTemplates: ArrayLike<number>, rows: { transitions: number; arcLabels: number }, labels: number): ParserShortcuts | null {
  if (meta === undefined || meta === null) return null;
  const m = meta as ShortcutMeta;
  const bad = (what: string): never => {
    throw new DatelineError('MODEL', `parser model: meta.shortcuts: ${what}`);
  };
  if (!Array.isArray(m.transitionStages) || !Array.isArray(m.transitionMargins) || !Array.isArray(m.labelKeys) || !Array.isArray(m.labelValues)) {
    bad('expected transitionStages, transitionMargins, labelKeys and labelValues arrays');
  }
  if (m.rows?.transitions !== rows.transitions || m.rows?.arcLabels !== rows.arcLabels) return null;
  const want = [...Array.from(stackTemplates)].sort((a, b) => a - b).join(',');
  const got = m.transitionStages.flat().sort((a, b) => a - b).join(',');
  if (m.transitionStages.length === 0 || got !== want) bad('transitionStages must split exactly the model\'s non-buffer transition templates');
  if (m.transitionMargins.length !== m.transitionStages.length - 1 || !m.transitionMargins.every((v) => typeof v === 'number' && v > 0)) {
    bad('expected one positive margin per transition stage but the last');
  }
  if (m.labelKeys.length !== m.labelValues.length || !m.labelValues.every((v) => Number.isInteger(v) && v >= 0 && v < labels)) {
    bad('labelKeys and labelValues must pair up, with label ids of the model');
  }
  const labelTable = new IdTable(m.labelKeys.length);
  const labelOf = new Int32Array(m.labelKeys.length);
  m.labelKeys.forEach((k, i) => {
    labelOf[labelTable.add(k | 0)] = m.labelValues[i] as number;
  });
  return {
    stages: m.transitionStages.map((s) => Int32Array.from(s)),
    stageOn: m.transitionStages.map((s) => {
      const on = new Uint8Array(89);
      for (const t of s) on[t] = 1;
      return on;
    }),
    margins: Float64Array.from(m.transitionMargins),
    labelTable,
    labelOf,
  };
}
