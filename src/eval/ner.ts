// `npm run eval -- ner GOLD [SYSTEM]`: entity-level precision, recall and F1 per type under conlleval's rules.
import { readFileSync } from 'node:fs';
import { DatelineError } from '../core/errors.js';
import { parseConll2003, type NerDocument } from '../entities/conll2003.js';
import { loadShippedNer } from '../entities/stage.js';
import { scoreDocuments } from '../entities/ner-score.js';
import { EntityScorer } from '../entities/spans.js';

function readDocs(file: string): NerDocument[] {
  return parseConll2003(readFileSync(file, 'utf8'), file);
}

/** Scores SYSTEM's last column against GOLD's, or (without SYSTEM) our recogniser run on GOLD's tokens. */
export async function main(args: string[]): Promise<number> {
  const [goldFile, systemFile] = args;
  if (!goldFile) {
    console.error('usage: npm run eval -- ner GOLD.conll [SYSTEM.conll]\n  GOLD and SYSTEM are CoNLL-2003 files; the last column is the tag');
    return 2;
  }
  const gold = readDocs(goldFile);
  let scorer: EntityScorer;
  if (systemFile) {
    const system = readDocs(systemFile);
    const goldSents = gold.flatMap((d) => d.sentences);
    const sysSents = system.flatMap((d) => d.sentences);
    if (goldSents.length !== sysSents.length) {
      throw new DatelineError('PARSE_ERROR', `${systemFile} has ${sysSents.length} sentences, ${goldFile} has ${goldSents.length}`, { file: systemFile });
    }
    scorer = new EntityScorer();
    goldSents.forEach((g, i) => {
      const s = sysSents[i];
      if (!s || s.words.length !== g.words.length || s.words.some((w, k) => w !== g.words[k])) {
        throw new DatelineError('PARSE_ERROR', `sentence ${i + 1} differs in its tokens from the gold file`, { file: systemFile });
      }
      scorer.add(g.tags, s.tags);
    });
    console.log(`${systemFile} against ${goldFile}`);
  } else {
    const { model } = loadShippedNer();
    const tokens = gold.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
    const t0 = performance.now();
    scorer = scoreDocuments(gold, (sentences) => model.tag(sentences));
    const secs = (performance.now() - t0) / 1000;
    console.log(`our recogniser (models/ner.bin) on ${goldFile}: ${tokens} tokens in ${secs.toFixed(2)} s (${Math.round(tokens / secs)} tokens/s, scoring included)`);
  }
  console.log(scorer.report());
  return 0;
}
