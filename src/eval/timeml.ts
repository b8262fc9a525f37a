// `npm run eval -- timeml GOLD_DIR [SYS_DIR]`: TempEval-3 task A scoring of TIMEX3 extents, types and values.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatelineError } from '../core/index.js';
import { parseTimeml, timemlOutputName } from '../readers/timeml.js';
import { tagTimes } from '../time/index.js';

/** One TIMEX3 reduced to what task A scores. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

/** Raw counts, summed over documents (micro-averaging). */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** The TempEval-3 task A figures, in percent. */
export interface TimexScores {
  readonly strict: { readonly p: number; readonly r: number; readonly f1: number };
  readonly relaxed: { readonly p: number; readonly r: number; readonly f1: number };
  readonly typeAccuracy: number;
  readonly valueAccuracy: number;
  readonly typeF1: number;
  readonly valueF1: number;
  readonly counts: TimexCounts;
}

/** Empty counts to add documents into. */
export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/**
 * Pairs gold and system expressions one-to-one (an identical extent first, else the first unused overlapping one)
 * and adds the document's counts to `counts`.
 */
export function countDocument(gold: readonly ScoredTimex[], system: readonly ScoredTimex[], counts: TimexCounts): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Uint8Array(system.length);
  const pairs: [ScoredTimex, ScoredTimex][] = [];
  const unpaired: ScoredTimex[] = [];
  for (const g of gold) {
    const k = system.findIndex((s, i) => !used[i] && s.start === g.start && s.end === g.end);
    if (k >= 0) {
      used[k] = 1;
      pairs.push([g, system[k] as ScoredTimex]);
    } else unpaired.push(g);
  }
  for (const g of unpaired) {
    const k = system.findIndex((s, i) => !used[i] && s.start < g.end && g.start < s.end);
    if (k < 0) continue;
    used[k] = 1;
    pairs.push([g, system[k] as ScoredTimex]);
  }
  for (const [g, s] of pairs) {
    counts.relaxed++;
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (g.type === s.type) counts.typeCorrect++;
    if (g.value === s.value) counts.valueCorrect++;
  }
}

function prf(tp: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system ? (100 * tp) / system : 0;
  const r = gold ? (100 * tp) / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Turns summed counts into the task A figures. */
export function scoresOf(c: TimexCounts): TimexScores {
  const both = c.gold + c.system;
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    typeAccuracy: c.relaxed ? (100 * c.typeCorrect) / c.relaxed : 0,
    valueAccuracy: c.relaxed ? (100 * c.valueCorrect) / c.relaxed : 0,
    typeF1: both ? (200 * c.typeCorrect) / both : 0,
    valueF1: both ? (200 * c.valueCorrect) / both : 0,
    counts: { ...c },
  };
}

/** The TIMEX3s of a parsed TimeML file's TEXT, leaving out the document creation time. */
export function goldTimexes(content: string, file?: string): { text: string; dct: string | null; timexes: ScoredTimex[] } {
  const doc = parseTimeml(content, file);
  const timexes = doc.timexes
    .filter((t) => t.attributes['functionInDocument'] !== 'CREATION_TIME')
    .map((t) => ({ start: t.start, end: t.end, type: t.attributes['type'] ?? '', value: t.attributes['value'] ?? '' }));
  return { text: doc.text, dct: doc.dct, timexes };
}

function listTimeml(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DatelineError('NOT_FOUND', `not a folder: ${dir}`, { file: dir });
  }
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tml(\.te3input)?$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Scores a folder of system files against a folder of gold files (matched by file name). */
export function scoreFolders(goldDir: string, sysDir: string): TimexScores {
  const counts = emptyCounts();
  const systemByName = new Map(listTimeml(sysDir).map((p) => [timemlOutputName(p), p]));
  for (const g of listTimeml(goldDir)) {
    const gold = goldTimexes(readFileSync(g, 'utf8'), g);
    const sysPath = systemByName.get(timemlOutputName(g));
    if (!sysPath) {
      countDocument(gold.timexes, [], counts);
      continue;
    }
    const sys = goldTimexes(readFileSync(sysPath, 'utf8'), sysPath);
    if (sys.text !== gold.text) {
      throw new DatelineError('PARSE_ERROR', `TEXT differs from the gold file ${g}: the system file must keep every character`, { file: sysPath });
    }
    countDocument(gold.timexes, sys.timexes, counts);
  }
  return scoresOf(counts);
}

/** Tags every gold file's text with our own tagger (using its DCT) and scores the result directly. */
export function scoreTagger(goldDir: string): TimexScores {
  const counts = emptyCounts();
  for (const g of listTimeml(goldDir)) {
    const gold = goldTimexes(readFileSync(g, 'utf8'), g);
    const referenceDate = gold.dct && /^\d{4}-\d{2}-\d{2}/.test(gold.dct) ? gold.dct.slice(0, 10) : null;
    const system = tagTimes(gold.text, { referenceDate }).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
    countDocument(gold.timexes, system, counts);
  }
  return scoresOf(counts);
}

/** Prints the figures as a small table. */
export function formatScores(s: TimexScores): string {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const c = s.counts;
  return [
    `gold ${c.gold}  system ${c.system}  strict matches ${c.strict}  relaxed matches ${c.relaxed}`,
    `           P       R      F1`,
    `strict  ${f(s.strict.p)}  ${f(s.strict.r)}  ${f(s.strict.f1)}`,
    `relaxed ${f(s.relaxed.p)}  ${f(s.relaxed.r)}  ${f(s.relaxed.f1)}`,
    `type   accuracy ${f(s.typeAccuracy)}  F1 ${f(s.typeF1)}`,
    `value  accuracy ${f(s.valueAccuracy)}  F1 ${f(s.valueF1)}`,
  ].join('\n');
}

/** Entry point for `npm run eval -- timeml GOLD_DIR [SYS_DIR]`. */
export async function main(args: string[]): Promise<number> {
  const [goldDir, sysDir] = args;
  if (!goldDir) {
    console.error('usage: npm run eval -- timeml GOLD_DIR [SYS_DIR]\n  without SYS_DIR, our tagger runs on the gold files\' text and DCT');
    return 2;
  }
  try {
    const scores = sysDir ? scoreFolders(goldDir, sysDir) : scoreTagger(goldDir);
    console.log(formatScores(scores));
    return 0;
  } catch (err) {
    if (err instanceof DatelineError) {
      console.error(err.describe());
      return 1;
    }
    throw err;
  }
}
