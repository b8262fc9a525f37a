// `npm run bench -- entities`: recogniser tokens/s and pipeline-to-entities words/s on Reuters bodies, beside compromise.
import { createPipeline, type Article, type RawArticle, type Stage } from '../core/index.js';
import { createEntitiesStage, loadShippedNer } from '../entities/index.js';
import { createParserStage, createTaggerStage } from '../syntax/stages.js';
import { createSegmentStage, createStructureStage } from '../text/index.js';
import { countWords } from './pipeline.js';
import { reutersDir, reutersStories, timed } from './reuters-stories.js';

function row(name: string, units: number, unit: string, t: { wall: number; cpu: number }): string {
  const per = (s: number): string => String(Math.round(units / s)).padStart(9);
  return `${name.padEnd(44)} ${per(t.wall)} ${unit}/s wall ${per(t.cpu)} ${unit}/s CPU   (${units} ${unit}, ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU)`;
}

/** Runs the benchmark; `--docs N` sets how many Reuters stories (default 3000). */
export async function main(args: string[]): Promise<number> {
  const i = args.indexOf('--docs');
  const limit = i >= 0 ? Number(args[i + 1]) : 3000;
  const dir = reutersDir();
  if (!dir) {
    console.error('needs ../shared/data/corpora/reuters21578/sgm-data (absent on this machine)');
    return 2;
  }
  const stories: RawArticle[] = reutersStories(dir, limit);
  const texts = stories.map((a) => a.text);
  // Segmented once, outside the timings of the recogniser alone.
  const seg = createPipeline([createStructureStage(), createSegmentStage()]);
  const segmented: Article[] = stories.map((a) => seg.run(a));
  const tokens = segmented.reduce((n, a) => n + a.tokens.length, 0);
  const words = segmented.reduce((n, a) => n + countWords(a), 0);
  console.log(`${stories.length} Reuters-21578 stories, ${tokens} tokens, ${words} words (tokens starting with a letter or digit); one process, one core`);
  const docs = segmented.map((a) =>
    a.sentences.map((s) => a.tokens.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.norm ?? a.text.slice(t.start, t.end))),
  );
  const { model } = loadShippedNer();
  for (const d of docs.slice(0, 200)) model.spans(d);
  // The best of three rounds: the machine may be shared, and the fastest round is the least disturbed.
  let best = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < 3; r++) {
    const t = timed(() => {
      for (const d of docs) model.spans(d);
    });
    if (t.cpu < best.cpu) best = t;
  }
  console.log(row('recogniser alone (models/ner.bin)', tokens, 'tokens', best));

  const pipelines: [string, Stage[]][] = [
    ['pipeline: structure+segment+entities', [createStructureStage(), createSegmentStage(), createEntitiesStage()]],
    ['pipeline: structure+segment+tagger+entities', [createStructureStage(), createSegmentStage(), createTaggerStage(), createEntitiesStage()]],
    // The default pipeline up to entities: the entity stage reads the parse for appositive titles ("X, the acting ...").
    [
      'default pipeline up to entities (+parser)',
      [createStructureStage(), createSegmentStage(), createTaggerStage(), createParserStage(), createEntitiesStage()],
    ],
  ];
  for (const [name, stages] of pipelines) {
    try {
      const p = createPipeline(stages);
      for (const a of stories.slice(0, 100)) p.run(a);
      const t = timed(() => stories.forEach((a) => p.run(a)));
      console.log(row(name, words, 'words', t));
    } catch (e) {
      console.log(`${name.padEnd(44)} skipped: ${(e as Error).message}`);
    }
  }
  const nlp = (await import('compromise')).default;
  for (const t of texts.slice(0, 100)) nlp(t).people();
  let found = 0;
  const t = timed(() => {
    for (const x of texts) {
      const doc = nlp(x);
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
  });
  console.log(row('compromise people()/places()/organizations()', words, 'words', t));
  console.log(`(compromise found ${found} names; every row counts the same words, on the same texts)`);
  return 0;
}
