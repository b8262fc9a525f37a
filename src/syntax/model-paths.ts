// Where the shipped syntax models live (models/ at the package root) and the UD training files beside the repository.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's models/ folder (dist/syntax/x.js -> ../../models). */
export const MODELS_DIR = process.env['DATELINE_MODELS'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** File names of the syntax models inside models/. */
export const MODEL_FILES = { pos: 'pos.bin', lemma: 'lemma.bin', parse: 'parse.bin' } as const;

/** Absolute path of one syntax model. */
export function modelPath(name: keyof typeof MODEL_FILES): string {
  return path.join(MODELS_DIR, MODEL_FILES[name]);
}
