// `npm run bench -- syntax [--docs N] [--reps R]`: tagger and parser tokens/s on Reuters-21578 bodies, beside wink-nlp's POS tagging.
import { cpus, loadavg } from 'node:os';
import { loadLemmatizer, loadParser, loadTagger } from '../syntax/models.js';
import { sentenceTokenRanges } from '../syntax/sentence-groups.js';
import { normaliseForm } from '../syntax/word-features.js';
import { sharedPath } from '../testing/shared-data.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { reutersStories } from './reuters-stories.js';

// Bodies tagged before the first-pass timing (not counted).
const WARM_BODIES = 2000;

function loadBodies(dir: string, limit: number): string[] {
  return reutersStories(dir, limit).map((a) => a.text);
}

/** Best wall-clock and best CPU seconds of `reps` runs after one warm-up (CPU time is what one core costs on a shared machine). */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function time(reps: number, run: () => void): Timing {
  run();
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    run();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall, cpu };
}

/** Entry point: prints load time, memory, and tokens/s of each step (one core, best of the repetitions). */
export async function main(args: string[]): Promise<number> {
  let limit = 4000;
  let reps = 3;
  let dir = sharedPath('data/corpora/reuters21578/sgm-data');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--docs') limit = Math.max(1, Number(args[++i] ?? '4000'));
    else if (args[i] === '--reps') reps = Math.max(1, Number(args[++i] ?? '3'));
    else if (args[i] === '--dir') dir = args[++i] ?? dir;
  }
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const tagger = loadTagger();
  const tTagger = performance.now();
  const lemmatizer = loadLemmatizer();
  const tLemma = performance.now();
  const parser = loadParser();
  const tParser = performance.now();
  const rss1 = process.memoryUsage().rss;
  console.log(
    `model load: tagger ${(tTagger - t0).toFixed(0)} ms, lemmatiser ${(tLemma - tTagger).toFixed(0)} ms, parser ${(tParser - tLemma).toFixed(0)} ms, ` +
      `total ${(tParser - t0).toFixed(0)} ms; RSS ${(rss1 / 1e6).toFixed(0)} MB after loading (+${((rss1 - rss0) / 1e6).toFixed(0)} MB)`,
  );
  let texts: string[];
  let warmTexts: string[];
  try {
    // The bodies after the timed ones warm the tagger's per-word cache for the first-pass row (unseen text).
    const all = loadBodies(dir, limit + WARM_BODIES);
    texts = all.slice(0, limit);
    warmTexts = all.slice(limit);
  } catch (err) {
    console.error(`bench syntax: cannot read Reuters-21578 from ${dir}: ${(err as Error).message}`);
    return 1;
  }
  const sentencesOf = (bodies: readonly string[]): string[][] => {
    const out: string[][] = [];
    for (const text of bodies) {
      const tokens = tokenize(text);
      for (const [from, to] of sentenceTokenRanges(tokens, splitSentences(text, tokens))) {
        out.push(tokens.slice(from, to).map((t) => normaliseForm(t.norm ?? text.slice(t.start, t.end))));
      }
    }
    return out;
  };
  const sentences = sentencesOf(texts);
  for (const s of sentencesOf(warmTexts)) tagger.tagIds(s);
  const nTokens = sentences.reduce((n, s) => n + s.length, 0);
  console.log(`Reuters-21578: ${texts.length} bodies, ${sentences.length} sentences, ${nTokens} tokens; best of ${reps} after a warm-up`);
  const rows: [string, number, Timing][] = [];
  const c0 = process.cpuUsage();
  const t0First = process.hrtime.bigint();
  const tags = sentences.map((s) => tagger.tagIds(s));
  const cFirst = process.cpuUsage(c0);
  rows.push([
    'dateline tagger (UPOS+XPOS), unseen text',
    nTokens,
    { wall: Number(process.hrtime.bigint() - t0First) / 1e9, cpu: (cFirst.user + cFirst.system) / 1e6 },
  ]);
  rows.push(['dateline tagger, same text again', nTokens, time(reps, () => { for (const s of sentences) tagger.tagIds(s); })]);
  rows.push([
    'dateline lemmatiser',
    nTokens,
    time(reps, () => {
      sentences.forEach((s, i) => {
        const x = (tags[i] as { xpos: Int32Array }).xpos;
        s.forEach((w, j) => lemmatizer.lemmatize(w, tagger.xposTags[x[j] as number] ?? 'X'));
      });
    }),
  ]);
  rows.push([
    'dateline parser (given tags)',
    nTokens,
    time(reps, () => {
      sentences.forEach((s, i) => {
        const t = tags[i] as { xpos: Int32Array; upos: Int32Array };
        parser.parseIds(s, t.xpos, t.upos);
      });
    }),
  ]);
  try {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    let winkTokens = 0;
    const secs = time(reps, () => {
      winkTokens = 0;
      for (const text of texts) winkTokens += nlp.readDoc(text).tokens().out(its.pos).length;
    });
    rows.push(['wink-nlp readDoc + pos (incl. tokenising)', winkTokens, secs]);
  } catch (err) {
    console.log(`(wink-nlp not available: ${(err as Error).message})`);
  }
  console.log('');
  console.log(`| ${'step'.padEnd(42)} | tokens    | CPU s   | tokens/CPU s | wall s  | tokens/wall s |`);
  console.log(`|${'-'.repeat(44)}|-----------|---------|--------------|---------|---------------|`);
  const rate = (n: number, s: number): string => Math.round(n / s).toLocaleString('en-US');
  for (const [name, n, t] of rows) {
    console.log(
      `| ${name.padEnd(42)} | ${String(n).padStart(9)} | ${t.cpu.toFixed(2).padStart(7)} | ${rate(n, t.cpu).padStart(12)} | ` +
        `${t.wall.toFixed(2).padStart(7)} | ${rate(n, t.wall).padStart(13)} |`,
    );
  }
  console.log(`load average (1 min): ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`);
  console.log(`RSS at the end: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  return 0;
}
