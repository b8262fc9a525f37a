// The quotes stage: direct, partial and indirect quotes with their cue, speaker phrase and speaker entity.
import { textSpan, type Article, type Quote, type Stage, type StagePatch, type TextSpan } from '../core/index.js';
import { analyse, type Analysis } from './analysis.js';
import { attributeIndirect, attributeQuoted, type Attribution } from './attribute.js';
import type { WordRange } from './noun-phrase.js';
import { SpeakerResolver } from './resolve-speaker.js';

/** Options of the quotes stage. */
export interface QuotesStageOptions {
  /** Keep quoted stretches with no speaker (scare quotes, titles, unattributed headlines); default false. */
  readonly keepUnattributed?: boolean;
  /** Find reported speech without quotation marks; default true. */
  readonly indirect?: boolean;
}

function rangeSpan(a: Analysis, r: WordRange | null): TextSpan | null {
  if (!r) return null;
  return textSpan(a.text, a.words[r.from]!.start, a.words[r.to - 1]!.end);
}

/** Where the story proper starts after a dateline opener ("VALPARAISO, Chile -- "), or -1 without a dateline. */
function afterDateline(article: Article): number {
  const d = article.dateline;
  if (!d) return -1;
  const m = /^[^\n]{0,80}?(?:--|[-\u2013\u2014])[ \t]*/.exec(article.text.slice(d.end, d.end + 100));
  return m ? d.end + m[0].length : -1;
}

const REPORTED_PRONOUNS = new Set(['he', 'she']);

// The speaker of the latest reported clause that holds this span.
function reporterOf(quotes: readonly Quote[], span: TextSpan): string | null {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.kind !== 'indirect' || q.start > span.start || q.end < span.end) continue;
    if (q.speaker && q.speakerMention) return q.speaker;
  }
  return null;
}

/** Finds the quotes of one article (the stage's work, callable on its own). */
export function findQuotes(article: Article, options: QuotesStageOptions = {}): Quote[] {
  const a = analyse(article);
  // Reported speech at the start of the first body paragraph never includes the dateline before it.
  const storyStart = afterDateline(article);
  const datelineStart = article.dateline?.start ?? -1;
  const quoted = attributeQuoted(a, { keepUnattributed: options.keepUnattributed ?? false });
  const indirect = options.indirect === false ? [] : attributeIndirect(a);
  const all: Attribution[] = [...quoted, ...indirect].sort((x, y) => x.start - y.start || y.end - x.end);
  const seen = new Set<string>();
  const resolver = new SpeakerResolver(article.entities);
  const recent: string[] = [];
  const quotes: Quote[] = [];
  for (const at of all) {
    const key = `${at.start}:${at.end}:${at.kind === 'indirect' ? 'i' : 'q'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let speakerMention = rangeSpan(a, at.speaker);
    // "ROCHESTER, N.Y., Feb 26 - Champion Products Inc said": the date and dash before the story are no part of the name.
    if (speakerMention && speakerMention.start < storyStart && speakerMention.end > storyStart) speakerMention = textSpan(a.text, storyStart, speakerMention.end);
    let speaker = speakerMention ? resolver.resolve(speakerMention, speakerMention.text, recent) : null;
    // "Trump said he thought ...": a he or she inside a clause someone named reports is that someone.
    if (speakerMention && REPORTED_PRONOUNS.has(speakerMention.text.toLowerCase())) speaker = reporterOf(quotes, speakerMention) ?? speaker;
    if (speaker) recent.push(speaker);
    const start = at.start >= datelineStart && at.start < storyStart && at.end > storyStart ? storyStart : at.start;
    quotes.push({
      id: `Q${quotes.length + 1}`,
      ...textSpan(a.text, start, at.end),
      kind: at.kind,
      speaker,
      speakerMention,
      cue: rangeSpan(a, at.cue),
    });
  }
  return quotes;
}

/** Builds the quotes stage. */
export function createQuotesStage(options: QuotesStageOptions = {}): Stage {
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'paragraphs'],
    provides: ['quotes'],
    run(article: Article): StagePatch {
      return { quotes: findQuotes(article, options) };
    },
  };
}
