#!/usr/bin/env node
// Dispatches `npm run eval|bench|train -- NAME ...` to the compiled module dist/<kind>/<NAME>.js, whose `main(args)` does the work.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [kind, name, ...args] = process.argv.slice(2);
const dir = path.join(root, 'dist', kind ?? '');
const available = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && !f.startsWith('_')).map((f) => f.slice(0, -3))
  : [];
if (!name && kind === 'bench' && available.length) {
  // `npm run bench` with no name runs every benchmark in turn.
  let worst = 0;
  for (const each of available) {
    console.log(`\n== bench ${each} ==`);
    const mod = await import(pathToFileURL(path.join(dir, `${each}.js`)).href);
    const code = await mod.main(args);
    if (typeof code === 'number' && code > worst) worst = code;
  }
  process.exit(worst);
}
if (!name || !available.includes(name)) {
  console.error(`usage: npm run ${kind} -- NAME [ARGS...]\n  NAME is one of: ${available.join(', ') || '(none: run npm run build first)'}`);
  process.exit(2);
}
const mod = await import(pathToFileURL(path.join(dir, `${name}.js`)).href);
const code = await mod.main(args);
process.exitCode = typeof code === 'number' ? code : 0;
