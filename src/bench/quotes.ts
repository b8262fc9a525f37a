// `npm run bench -- quotes [DIR] [--rounds N]`: the quote stage's share of the pipeline's time, stage by stage, on PolNeAR texts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline, DatelineError, type Stage } from '../core/index.js';
import { DEFAULT_QUOTES_DIR, evalPipeline } from '../eval/quotes.js';
import { sharedPath } from '../testing/shared-data.js';

/** Entry point for `npm run bench -- quotes`. */
export async function main(args: string[]): Promise<number> {
  let dir = sharedPath(DEFAULT_QUOTES_DIR);
  let rounds = 3;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--rounds') rounds = Number(args[++i] ?? '3');
    else if (a.startsWith('--')) throw new DatelineError('USAGE', `unknown option ${a} (expected --rounds N)`);
    else dir = a;
  }
  const textDir = readdirSync(dir).includes('text') ? path.join(dir, 'text') : dir;
  const texts = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(textDir, f), 'utf8'));
  if (texts.length === 0) throw new DatelineError('NOT_FOUND', `no .txt files in ${textDir}`, { file: textDir });
  const spent = new Map<string, number>();
  const timed = (stage: Stage): Stage => ({
    ...stage,
    run(article, ctx) {
      const t0 = process.hrtime.bigint();
      const patch = stage.run(article, ctx);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6);
      return patch;
    },
  });
  const pipeline = createPipeline(evalPipeline().stages.map(timed));
  // One untimed pass loads the models.
  for (const text of texts.slice(0, 3)) pipeline.run({ id: 'warm', date: null, title: null, text, source: { format: 'text' } });
  spent.clear();
  let chars = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [i, text] of texts.entries()) {
      pipeline.run({ id: `a${i}`, date: null, title: null, text, source: { format: 'text' } });
      chars += text.length;
    }
  }
  const total = [...spent.values()].reduce((x, y) => x + y, 0);
  console.log(`quotes bench: ${texts.length} articles x ${rounds} rounds, ${(chars / 1e6).toFixed(2)} M chars, ${total.toFixed(0)} ms in stages`);
  for (const [name, ms] of spent) console.log(`  ${name.padEnd(12)} ${ms.toFixed(0).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
  const quotes = spent.get('quotes') ?? 0;
  console.log(`quote stage adds ${((100 * quotes) / (total - quotes)).toFixed(1)} % to the rest of the pipeline`);
  return 0;
}
