// The article document `dateline/article@1`: the one type every reader produces and every stage fills.
import { DatelineError } from './errors.js';

/** The schema identifier written into every analysed article. */
export const ARTICLE_SCHEMA = 'dateline/article@1' as const;

/** A half-open `[start, end)` range of UTF-16 offsets into `Article.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers (always `text.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

export const PARAGRAPH_ROLES = ['title', 'body', 'caption', 'byline', 'dateline'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export interface Paragraph extends Span {
  readonly role: ParagraphRole;
}

export type Sentence = Span;

/** One token; `norm` holds a normalised form (straight quotes, ASCII dashes) when it differs from the text. */
export interface Token extends Span {
  readonly norm?: string;
  readonly upos?: string;
  readonly xpos?: string;
  readonly lemma?: string;
  /** Index into `Article.tokens` of the syntactic head, or -1 for a sentence root. */
  readonly head?: number;
  readonly deprel?: string;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const MENTION_KINDS = ['name', 'title', 'nominal', 'pronoun'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Mention extends TextSpan {
  readonly kind: MentionKind;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly titles: readonly string[];
  /** ISO 3166-1 alpha-3 code. */
  readonly country: string | null;
  /** CAMEO/PLOVER sector code (GOV, MIL, JUD, ...). */
  readonly sector: string | null;
  readonly mentions: readonly Mention[];
}

export const TIME_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimeType = (typeof TIME_TYPES)[number];

export const TIME_RESOLUTIONS = ['exact', 'approximate', 'range', 'unresolved'] as const;
export type TimeResolution = (typeof TIME_RESOLUTIONS)[number];

export interface TimeExpression extends TextSpan {
  readonly id: string;
  readonly type: TimeType;
  /** TimeML TIMEX3 value (`2020-11-18`, `P6Y`, `PAST_REF`, ...). */
  readonly value: string;
  readonly resolution: TimeResolution;
  /** For one end of a range ("from 2012 to 2018"): the ids of both ends. */
  readonly range?: { readonly from: string; readonly to: string };
}

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Quote extends TextSpan {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
  readonly speakerMention: TextSpan | null;
  readonly cue: TextSpan | null;
}

export const PLOVER_EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

export const MODALITIES = ['asserted', 'reported', 'future', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

/** A party to an event named by a common noun rather than a name ("Police", "Turkish troops"): its phrase and CAMEO sector code (COP, MIL, ...). */
export interface EventGroup extends TextSpan {
  readonly sector: string;
  /** ISO alpha-3 code of the country of a place the phrase puts the group in ("Demonstrators in Baghdad": IRQ). */
  readonly country?: string;
}

export interface ArticleEvent {
  readonly id: string;
  readonly type: PloverEventType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly actor: readonly string[];
  readonly recipient: readonly string[];
  readonly date: string | null;
  readonly time: string | null;
  readonly place: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  /** Index into `Article.sentences`. */
  readonly sentence: number;
  readonly trigger: TextSpan;
  readonly confidence: number;
  /** The actor as a group noun when the sentence names it so ("Police arrested ..."); beside `actor` when a name only modifies it ("Turkish police"). */
  readonly actorGroup?: EventGroup;
  /** The recipient as a group noun ("... arrested two men", "... shelled the village"). */
  readonly recipientGroup?: EventGroup;
}

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A problem found inside an article; the pipeline carries on. */
export interface Message {
  readonly severity: Severity;
  readonly stage: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

export interface Dateline extends Span {
  readonly place: string;
}

export interface ArticleSource {
  readonly path?: string;
  readonly url?: string;
  readonly format: string;
}

/** The analysed article: `text` plus layers of spans into it. */
export interface Article {
  readonly schema: typeof ARTICLE_SCHEMA;
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly dateline: Dateline | null;
  readonly source: ArticleSource;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
  readonly events: readonly ArticleEvent[];
  readonly messages: readonly Message[];
  /** Pre-tokenised input's own columns, one list per token, for writers that echo them back (not serialised). */
  readonly columns?: readonly (readonly string[])[];
}

/** The layers a stage may fill. */
export type LayerName = 'paragraphs' | 'dateline' | 'sentences' | 'tokens' | 'entities' | 'times' | 'quotes' | 'events';

/** What a reader hands to the pipeline: the text and what the input format itself says about it. */
export interface RawArticle {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly source: ArticleSource;
  /** Paragraph spans the format marks itself (HTML blocks, SGML parts); otherwise found from blank lines. */
  readonly paragraphs?: readonly Paragraph[];
  /** A dateline the format marks itself (Reuters `<DATELINE>`), as a span of `text`. */
  readonly dateline?: Dateline | null;
  /** Pre-tokenised input (CoNLL-U, CoNLL-2003): tokens and sentences used as given. */
  readonly tokens?: readonly Token[];
  readonly sentences?: readonly Sentence[];
  /** Extra columns of pre-tokenised input, kept so that writers can echo them back. */
  readonly columns?: readonly (readonly string[])[];
  readonly messages?: readonly Message[];
}

/**
 * Builds an article with every layer present and empty, from what a reader produced. Callers from plain JavaScript
 * may leave out `title`, `date` and `source`; an `id` or `text` that is not a string, or a malformed date, is refused
 * with a PIPELINE error saying what was expected.
 */
export function createArticle(raw: RawArticle): Article {
  const given = raw as Partial<RawArticle>;
  const what = typeof given.id === 'string' ? `article "${given.id}"` : 'article';
  if (typeof given.id !== 'string') throw new DatelineError('PIPELINE', `${what}: expected \`id\` to be a string, found ${typeof given.id}`);
  if (typeof given.text !== 'string') throw new DatelineError('PIPELINE', `${what}: expected \`text\` to be a string, found ${typeof given.text}`);
  const date = given.date ?? null;
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new DatelineError('PIPELINE', `${what}: expected \`date\` as YYYY-MM-DD or null, found ${JSON.stringify(date)}`);
  }
  return {
    schema: ARTICLE_SCHEMA,
    id: raw.id,
    date,
    title: given.title ?? null,
    dateline: raw.dateline ?? null,
    source: given.source ?? { format: 'api' },
    text: raw.text,
    paragraphs: raw.paragraphs ?? [],
    sentences: raw.sentences ?? [],
    tokens: raw.tokens ?? [],
    entities: [],
    times: [],
    quotes: [],
    events: [],
    messages: raw.messages ?? [],
    ...(raw.columns ? { columns: raw.columns } : {}),
  };
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A span with its text, for building `TextSpan` layers. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
