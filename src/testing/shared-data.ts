// Locates ../shared (the training, development and benchmark data beside the repository) for tests, evals and benches.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the repository, or DATELINE_SHARED when set. */
export const SHARED_ROOT = process.env['DATELINE_SHARED'] ?? path.resolve(REPO_ROOT, '..', 'shared');

/** Absolute path of a file or folder under ../shared. */
export function sharedPath(relative: string): string {
  return path.join(SHARED_ROOT, relative);
}

/** For `test(name, { skip: needShared('data/ud/en_ewt-dev.conllu') }, ...)`: false when present, else the reason to skip. */
export function needShared(...relatives: string[]): string | false {
  const missing = relatives.filter((r) => !existsSync(sharedPath(r)));
  return missing.length ? `needs ../shared/${missing.join(', ../shared/')} (absent on this machine)` : false;
}
