// The "times" pipeline stage: tags temporal expressions and resolves them against the article's date.
import type { Article, Stage, StageContext, StagePatch } from '../core/index.js';
import { tagTimes } from './recognise.js';

/**
 * Builds the times stage. It reads only `text` (its own word scanner is faster than walking the token layer) plus,
 * when a tagger has filled them, the tokens' `xpos` tags to sharpen tense; it requires sentences so that it runs
 * after segmentation in the default pipeline.
 */
export function createTimesStage(): Stage {
  return {
    name: 'times',
    requires: ['sentences'],
    provides: ['times'],
    run(article: Article, ctx: StageContext): StagePatch {
      const pastVerbStarts = new Set<number>();
      for (const t of article.tokens) if (t.xpos === 'VBD') pastVerbStarts.add(t.start);
      const referenceDate = ctx.referenceDate ?? article.date;
      return { times: tagTimes(article.text, { referenceDate, pastVerbStarts }) };
    },
  };
}
