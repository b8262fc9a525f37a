// `npm run bench -- segment [--reps N]`: tokens + sentences throughput on Reuters-21578 bodies, beside wink-nlp's readDoc.
import type { Span } from '../core/document.js';
import { sharedPath } from '../testing/shared-data.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { reutersStories } from './reuters-stories.js';

interface BenchText {
  readonly text: string;
  readonly paragraphs: readonly Span[];
}

interface Measure {
  readonly name: string;
  /** Seconds per repetition, sorted. */
  readonly seconds: number[];
  readonly tokens: number;
  readonly sentences: number;
}

/** Every Reuters story's text and paragraph spans, read with the project's Reuters reader. */
function loadReuters(dir: string): BenchText[] {
  return reutersStories(dir).map((a) => ({ text: a.text, paragraphs: a.paragraphs ?? [] }));
}

function measure(name: string, reps: number, run: () => { tokens: number; sentences: number }): Measure {
  run(); // warm-up: compiles the hot paths before timing
  const seconds: number[] = [];
  let counts = { tokens: 0, sentences: 0 };
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    counts = run();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  return { name, seconds, ...counts };
}

function median(xs: number[]): number {
  const mid = xs.length >> 1;
  return xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/** Entry point: prints MB/s (UTF-8 bytes of input) and tokens/s, median of several repetitions, one core. */
export async function main(args: string[]): Promise<number> {
  let reps = 5;
  let dir = sharedPath('data/corpora/reuters21578/sgm-data');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--reps') reps = Math.max(1, Number(args[++i] ?? '5'));
    else if (args[i] === '--dir') dir = args[++i] ?? dir;
  }
  let texts: BenchText[];
  try {
    texts = loadReuters(dir);
  } catch (err) {
    console.error(`bench segment: cannot read Reuters-21578 from ${dir}: ${(err as Error).message}`);
    return 1;
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  console.log(`Reuters-21578: ${texts.length} stories, ${(bytes / 1e6).toFixed(2)} MB (UTF-8), ${reps} timed repetitions after one warm-up`);

  const ours = measure('dateline tokenize+splitSentences', reps, () => {
    let tokens = 0;
    let sentences = 0;
    for (const t of texts) {
      const toks = tokenize(t.text);
      tokens += toks.length;
      sentences += splitSentences(t.text, toks, t.paragraphs).length;
    }
    return { tokens, sentences };
  });
  const oursTokens = measure('dateline tokenize only', reps, () => {
    let tokens = 0;
    for (const t of texts) tokens += tokenize(t.text).length;
    return { tokens, sentences: 0 };
  });
  const rows = [ours, oursTokens];
  try {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    rows.push(
      // wink-nlp is ten times slower: at most three timed repetitions keep the bench under a few minutes.
      measure('wink-nlp readDoc', Math.min(reps, 3), () => {
        let tokens = 0;
        let sentences = 0;
        for (const t of texts) {
          const doc = nlp.readDoc(t.text);
          tokens += doc.tokens().length();
          sentences += doc.sentences().length();
        }
        return { tokens, sentences };
      }),
    );
  } catch (err) {
    console.log(`(wink-nlp not available: ${(err as Error).message})`);
  }
  console.log('');
  console.log(`| ${'tool'.padEnd(34)} | MB/s (median) | MB/s (best) | tokens/s (median) | tokens    | sentences |`);
  console.log(`|${'-'.repeat(36)}|---------------|-------------|-------------------|-----------|-----------|`);
  for (const r of rows) {
    const med = median(r.seconds);
    const best = r.seconds[0] as number;
    console.log(
      `| ${r.name.padEnd(34)} | ${(bytes / 1e6 / med).toFixed(2).padStart(13)} | ${(bytes / 1e6 / best).toFixed(2).padStart(11)} | ` +
        `${Math.round(r.tokens / med).toLocaleString('en-US').padStart(17)} | ${String(r.tokens).padStart(9)} | ${String(r.sentences || '-').padStart(9)} |`,
    );
  }
  return 0;
}
