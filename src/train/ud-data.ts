// Loads the UD English training and development treebanks (EWT and GUM) from ../shared for the syntax trainers.
import { readFileSync } from 'node:fs';
import { readConllu, type UdSentence } from '../syntax/conllu.js';
import { sharedPath } from '../testing/shared-data.js';

/** The treebanks trained on together. */
export const UD_TREEBANKS = ['en_ewt', 'en_gum'] as const;

/** Reads one split of a treebank. */
export function readUd(treebank: string, split: 'train' | 'dev'): UdSentence[] {
  const file = sharedPath(`data/ud/${treebank}-${split}.conllu`);
  return readConllu(readFileSync(file, 'utf8'), file);
}

/** All training sentences (EWT then GUM) and the development sets by treebank. */
export function loadUdData(): { train: UdSentence[]; dev: Record<string, UdSentence[]> } {
  const train = UD_TREEBANKS.flatMap((t) => readUd(t, 'train'));
  const dev: Record<string, UdSentence[]> = {};
  for (const t of UD_TREEBANKS) dev[t] = readUd(t, 'dev');
  return { train, dev };
}

/** Reads `--name value` style options from a command's arguments. */
export function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isFinite(v)) throw new Error(`--${name} expects a number, got "${args[i + 1] ?? ''}"`);
  return v;
}
