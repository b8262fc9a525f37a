#!/usr/bin/env node
// Fails when the compiled modules import each other in a cycle, or when core imports anything outside core.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'dist');
function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return find(p);
    return e.name.endsWith('.js') ? [p] : [];
  });
}
const files = find(root);
const graph = new Map();
const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const deps = [];
  for (const m of src.matchAll(importRe)) deps.push(path.resolve(path.dirname(f), m[1] ?? m[2]));
  graph.set(f, deps);
}
const problems = [];
const coreDir = path.join(root, 'core') + path.sep;
for (const [f, deps] of graph) {
  if (!f.startsWith(coreDir) || f.endsWith('.test.js')) continue;
  for (const d of deps) if (!d.startsWith(coreDir)) problems.push(`core imports outside core: ${path.relative(root, f)} -> ${path.relative(root, d)}`);
}
const state = new Map();
const stack = [];
function visit(f) {
  state.set(f, 1);
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (!graph.has(d)) continue;
    if (state.get(d) === 1) {
      const cycle = stack.slice(stack.indexOf(d)).concat(d).map((p) => path.relative(root, p));
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(d)) visit(d);
  }
  stack.pop();
  state.set(f, 2);
}
for (const f of graph.keys()) if (!state.has(f)) visit(f);
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`check-circular: ${graph.size} modules, no cycles, core self-contained`);
