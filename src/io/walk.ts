// Lists the files under a folder lazily, in a stable order, skipping hidden entries.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every non-hidden file under `dir`, depth first, names sorted by code unit; symbolic links are followed once. */
export function* walkFiles(dir: string, seen: Set<string> = new Set()): Generator<string> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  // A link back up the tree would otherwise loop forever.
  if (seen.has(real)) return;
  seen.add(real);
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const full = path.join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // A dangling link is passed on, so that reading it reports NOT_FOUND instead of silently skipping it.
      yield full;
      continue;
    }
    if (isDir) yield* walkFiles(full, seen);
    else yield full;
  }
}
