// Scores a recogniser on gold CoNLL-2003 documents under conlleval's rules.
import type { NerDocument } from './conll2003.js';
import { EntityScorer } from './spans.js';

/** Tags every document with `tag` (IOB2 per sentence) and scores it against the gold tags. */
export function scoreDocuments(docs: readonly NerDocument[], tag: (sentences: string[][]) => string[][]): EntityScorer {
  const scorer = new EntityScorer();
  for (const d of docs) {
    const predicted = tag(d.sentences.map((s) => s.words));
    d.sentences.forEach((s, i) => scorer.add(s.tags, predicted[i] ?? []));
  }
  return scorer;
}
