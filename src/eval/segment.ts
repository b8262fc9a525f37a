// `npm run eval -- segment [FILES...]`: scores the tokeniser and sentence splitter against UD English CoNLL-U files.
//
// How it scores. The raw text is rebuilt from the `# text =` lines: sentences of one paragraph joined by one space,
// paragraphs (`# newpar`, `# newdoc`) by a blank line, and the paragraph spans are handed to the splitter. A token is
// right when its character span equals a gold token's span. Gold tokens are the syntactic words; a multiword token
// ("can't" = ca + n't, "gonna" = gon + na) is scored word by word when its words spell out its surface exactly, and
// otherwise as one unit, in which case predicted tokens that exactly tile its surface count as that one unit. A sentence
// boundary is a sentence's end offset; paragraph ends are boundaries too (and are always found).
import { readFileSync } from 'node:fs';
import type { Span } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import { sharedPath } from '../testing/shared-data.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** The development files scored when none is named. */
export const DEFAULT_SEGMENT_FILES: readonly string[] = ['data/ud/en_ewt-dev.conllu', 'data/ud/en_gum-dev.conllu'];

/** Gold segmentation rebuilt from a CoNLL-U file: raw text, paragraph spans, word spans and sentence ends. */
export interface GoldSegmentation {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Gold tokens: syntactic words, or a whole multiword token when its words cannot be found in its surface. */
  readonly tokens: readonly Span[];
  /** Spans of multiword tokens scored as one unit. */
  readonly wholeMultiwords: readonly Span[];
  readonly sentenceEnds: readonly number[];
  /** Sentence ends that are not paragraph ends (the hard ones). */
  readonly innerSentenceEnds: readonly number[];
  /** Units whose form could not be found in the sentence text. */
  readonly unaligned: number;
}

/** Precision, recall and F1 with the counts behind them. */
export interface Score {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface SegmentEvaluation {
  readonly file: string;
  readonly tokens: Score;
  readonly sentences: Score;
  /** Sentence boundaries inside paragraphs only (paragraph ends are given to the splitter). */
  readonly innerSentences: Score;
  /** Gold sentence ends inside paragraphs with no `.`, `?`, `!` or `…` before them (closing quotes aside). */
  readonly unpunctuatedEnds: number;
  readonly tokenErrors: readonly string[];
  readonly sentenceErrors: readonly string[];
}

interface Unit {
  form: string;
  words: string[];
}

/**
 * Rebuilds the raw text of a CoNLL-U file from its `# text =` lines: sentences of one paragraph joined by a space,
 * paragraphs (`# newpar`, `# newdoc`) by a blank line; then locates every word in that text.
 */
export function readGoldSegmentation(content: string, file = '<conllu>'): GoldSegmentation {
  const lines = content.split(/\r?\n/);
  let text = '';
  const paragraphs: Span[] = [];
  const tokens: Span[] = [];
  const wholeMultiwords: Span[] = [];
  const sentenceEnds: number[] = [];
  const innerSentenceEnds: number[] = [];
  let unaligned = 0;
  let paraStart = 0;
  let newPar = false;
  let sentText: string | null = null;
  // A sentence without "# text =" is rebuilt from its forms and SpaceAfter=No.
  let builtText = '';
  let units: Unit[] = [];
  let mwtEnd = 0;
  let mwt: Unit | null = null;
  let sentences = 0;

  const flush = (): void => {
    if (sentText === null) {
      if (units.length === 0) return;
      sentText = builtText.trimEnd();
    }
    if (sentences > 0) {
      if (newPar) {
        paragraphs.push({ start: paraStart, end: text.length });
        const prevEnd = sentenceEnds[sentenceEnds.length - 1];
        if (prevEnd !== undefined && innerSentenceEnds[innerSentenceEnds.length - 1] === prevEnd) innerSentenceEnds.pop();
        text += '\n\n';
        paraStart = text.length;
      } else {
        text += ' ';
      }
    }
    const base = text.length;
    text += sentText;
    let pos = 0;
    let lastEnd = base;
    for (const unit of units) {
      while (pos < sentText.length && /\s/.test(sentText[pos] as string)) pos++;
      let at = sentText.startsWith(unit.form, pos) ? pos : sentText.indexOf(unit.form, pos);
      if (at < 0 || at > pos + 20) {
        unaligned++;
        continue;
      }
      const s = base + at;
      const e = s + unit.form.length;
      if (unit.words.length === 0) {
        tokens.push({ start: s, end: e });
      } else {
        // The words of a multiword token are scored one by one when they spell out its surface exactly.
        let k = at;
        const spans: Span[] = [];
        for (const w of unit.words) {
          if (!sentText.startsWith(w, k) || w.length === 0) break;
          spans.push({ start: base + k, end: base + k + w.length });
          k += w.length;
        }
        if (spans.length === unit.words.length && k === at + unit.form.length) tokens.push(...spans);
        else {
          tokens.push({ start: s, end: e });
          wholeMultiwords.push({ start: s, end: e });
        }
      }
      at += unit.form.length;
      pos = at;
      lastEnd = e;
    }
    sentenceEnds.push(lastEnd);
    innerSentenceEnds.push(lastEnd);
    sentences++;
    sentText = null;
    builtText = '';
    units = [];
    mwt = null;
    newPar = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) {
      if (/^# (newdoc|newpar)(\s|$)/.test(line)) newPar = true;
      else if (line.startsWith('# text = ')) {
        sentText = line.slice(9);
      }
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    if (tab < 0 || tab2 < 0) throw new DatelineError('PARSE_ERROR', 'expected tab-separated CoNLL-U columns', { file, line: i + 1 });
    const id = line.slice(0, tab);
    const form = line.slice(tab + 1, tab2);
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    const noSpace = /(^|\|)SpaceAfter=No(\||$)/.test(line.slice(line.lastIndexOf('\t') + 1));
    if (dash >= 0) {
      mwtEnd = Number(id.slice(dash + 1));
      builtText += noSpace ? form : `${form} `;
      mwt = { form, words: [] };
      units.push(mwt);
      continue;
    }
    if (mwt && Number(id) <= mwtEnd) {
      mwt.words.push(form);
      continue;
    }
    mwt = null;
    builtText += noSpace ? form : `${form} `;
    units.push({ form, words: [] });
  }
  flush();
  paragraphs.push({ start: paraStart, end: text.length });
  const lastInner = innerSentenceEnds[innerSentenceEnds.length - 1];
  if (lastInner !== undefined && lastInner === sentenceEnds[sentenceEnds.length - 1]) innerSentenceEnds.pop();
  return { text, paragraphs, tokens, wholeMultiwords, sentenceEnds, innerSentenceEnds, unaligned };
}

function score(gold: number, predicted: number, correct: number): Score {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

function key(s: Span): number {
  return s.start * 4194304 + s.end;
}

/** Tokenises and splits a gold file's raw text and scores both layers against the gold spans. */
export function evaluateSegmentation(content: string, file = '<conllu>'): SegmentEvaluation {
  const gold = readGoldSegmentation(content, file);
  const { text } = gold;
  const predicted = tokenize(text);
  // Predicted tokens that exactly tile a multiword token scored whole count as that one token.
  const merged: Span[] = [];
  const wholeStarts = new Map<number, number>(gold.wholeMultiwords.map((m) => [m.start, m.end]));
  for (let i = 0; i < predicted.length; i++) {
    const t = predicted[i] as Span;
    const wholeEnd = wholeStarts.get(t.start);
    if (wholeEnd !== undefined && t.end < wholeEnd) {
      let j = i;
      while (j + 1 < predicted.length && (predicted[j] as Span).end < wholeEnd) j++;
      if ((predicted[j] as Span).end === wholeEnd) {
        merged.push({ start: t.start, end: wholeEnd });
        i = j;
        continue;
      }
    }
    merged.push(t);
  }
  const goldTokens = new Set(gold.tokens.map(key));
  const predTokens = new Set(merged.map(key));
  let tokenCorrect = 0;
  const tokenErrors: string[] = [];
  for (const t of merged) {
    if (goldTokens.has(key(t))) tokenCorrect++;
  }
  for (const g of gold.tokens) {
    if (!predTokens.has(key(g))) {
      const ctx = text.slice(Math.max(0, g.start - 25), g.end + 25).replace(/\n/g, '¶');
      const ours = merged.filter((t) => t.end > g.start && t.start < g.end).map((t) => text.slice(t.start, t.end));
      tokenErrors.push(`gold "${text.slice(g.start, g.end)}" ours [${ours.join(' | ')}]   …${ctx}…`);
    }
  }
  for (const t of merged) {
    if (!goldTokens.has(key(t))) {
      const ctx = text.slice(Math.max(0, t.start - 25), t.end + 25).replace(/\n/g, '¶');
      tokenErrors.push(`extra "${text.slice(t.start, t.end)}"   …${ctx}…`);
    }
  }
  const sentences = splitSentences(text, predicted, gold.paragraphs);
  const predEnds = new Set(sentences.map((s) => s.end));
  const goldEnds = new Set(gold.sentenceEnds);
  const innerGold = new Set(gold.innerSentenceEnds);
  const paraEnds = new Set(gold.paragraphs.map((p) => p.end));
  let unpunctuatedEnds = 0;
  for (const end of innerGold) if (!punctuatedEnd(text, end)) unpunctuatedEnds++;
  let sentCorrect = 0;
  let innerPred = 0;
  let innerCorrect = 0;
  const sentenceErrors: string[] = [];
  for (const end of predEnds) {
    const isGold = goldEnds.has(end);
    if (isGold) sentCorrect++;
    if (!paraEnds.has(end)) {
      innerPred++;
      if (innerGold.has(end)) innerCorrect++;
    }
    if (!isGold) sentenceErrors.push(`extra  …${text.slice(Math.max(0, end - 50), end)}‖${text.slice(end, end + 30)}…`.replace(/\n/g, '¶'));
  }
  for (const end of goldEnds) {
    if (!predEnds.has(end)) sentenceErrors.push(`missed …${text.slice(Math.max(0, end - 50), end)}‖${text.slice(end, end + 30)}…`.replace(/\n/g, '¶'));
  }
  return {
    file,
    tokens: score(gold.tokens.length, merged.length, tokenCorrect),
    sentences: score(goldEnds.size, predEnds.size, sentCorrect),
    innerSentences: score(innerGold.size, innerPred, innerCorrect),
    unpunctuatedEnds,
    tokenErrors,
    sentenceErrors,
  };
}

/** True when the text before `end`, past closing quotes and brackets, ends with sentence punctuation. */
function punctuatedEnd(text: string, end: number): boolean {
  let k = end - 1;
  // A reference mark after the full stop ("... 1805. [6]") belongs to the sentence too.
  if (text[k] === ']') {
    const open = text.lastIndexOf('[', k);
    if (open >= 0 && k - open <= 6) {
      k = open - 1;
      while (k > 0 && text[k] === ' ') k--;
    }
  }
  while (k > 0 && `"'”’)]»`.includes(text[k] as string)) k--;
  return '.?!…'.includes(text[k] as string);
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

function row(name: string, s: Score): string {
  return `  ${name.padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (gold ${s.gold}, ours ${s.predicted}, right ${s.correct})`;
}

/** Entry point: `segment [--errors N] [FILES...]`. */
export async function main(args: string[]): Promise<number> {
  let showErrors = 0;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--errors') showErrors = Number(args[++i] ?? '20');
    else files.push(a);
  }
  const chosen = files.length ? files : DEFAULT_SEGMENT_FILES.map((f) => sharedPath(f));
  for (const file of chosen) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      console.error(`segment: cannot read ${file}`);
      return 1;
    }
    const r = evaluateSegmentation(content, file);
    console.log(file);
    console.log(row('tokens', r.tokens));
    console.log(row('sentence ends', r.sentences));
    console.log(row('  inside paragraphs', r.innerSentences));
    const reachable = r.sentences.gold - r.unpunctuatedEnds;
    console.log(
      `  ${r.unpunctuatedEnds} gold sentence ends inside paragraphs have no . ? ! or … before them; a splitter that needs ` +
        `punctuation can recall at most ${pct(reachable / r.sentences.gold).trim()}% (F1 ${pct((2 * reachable) / (reachable + r.sentences.gold)).trim()}%)`,
    );
    if (showErrors > 0) {
      console.log(`  token errors (${r.tokenErrors.length}):`);
      for (const e of r.tokenErrors.slice(0, showErrors)) console.log(`    ${e}`);
      console.log(`  sentence errors (${r.sentenceErrors.length}):`);
      for (const e of r.sentenceErrors.slice(0, showErrors)) console.log(`    ${e}`);
    }
  }
  return 0;
}
