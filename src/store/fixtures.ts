// Hand-built analysed articles for store and corpus tests: spans are found in the text, so fixtures stay short.
import { ARTICLE_SCHEMA, type Article, type ArticleEvent, type Entity, type EntityType, type EventGroup, type Mention, type PloverEventType, type Quote } from '../core/index.js';

/** An entity of a fixture: its canonical name and the surface forms it is mentioned by. */
export interface FixtureEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions?: readonly string[];
  readonly country?: string | null;
  readonly titles?: readonly string[];
}

/** An event of a fixture: its trigger word and participants by fixture entity id. */
export interface FixtureEvent {
  readonly type: PloverEventType;
  readonly trigger: string;
  readonly actor?: readonly string[];
  readonly recipient?: readonly string[];
  readonly date?: string | null;
  /** Unnamed parties: a phrase of the body ("Turkish police") and its sector code. */
  readonly actorGroup?: { readonly text: string; readonly sector: string };
  readonly recipientGroup?: { readonly text: string; readonly sector: string };
}

/** What a fixture article is built from. */
export interface FixtureSpec {
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly body: string;
  readonly url?: string;
  readonly entities?: readonly FixtureEntity[];
  readonly events?: readonly FixtureEvent[];
  readonly quotes?: readonly { readonly text: string; readonly speaker: string }[];
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Builds an analysed article: title paragraph, body paragraph, one sentence per ". ", entity mentions wherever their text occurs. */
export function fixtureArticle(spec: FixtureSpec): Article {
  const text = `${spec.title}\n\n${spec.body}`;
  const bodyStart = spec.title.length + 2;
  const sentences: { start: number; end: number }[] = [{ start: 0, end: spec.title.length }];
  let s = bodyStart;
  for (const m of spec.body.matchAll(/[.!?]["\u201d]?(?=\s|$)/g)) {
    const end = bodyStart + (m.index ?? 0) + m[0].length;
    sentences.push({ start: s, end });
    s = end + 1;
  }
  if (s < text.length) sentences.push({ start: s, end: text.length });
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const forms = [...new Set([e.name, ...(e.mentions ?? [])])];
    const mentions: Mention[] = forms
      .flatMap((f) => allIndexes(text, f).map((i) => ({ start: i, end: i + f.length, text: f, kind: 'name' as const })))
      .sort((a, b) => a.start - b.start);
    return { id: e.id, type: e.type, name: e.name, titles: e.titles ?? [], country: e.country ?? null, sector: null, mentions };
  });
  const events: ArticleEvent[] = (spec.events ?? []).map((ev, i) => {
    const at = text.indexOf(ev.trigger, bodyStart);
    const start = at < 0 ? bodyStart : at;
    const sentence = Math.max(0, sentences.findIndex((x) => start >= x.start && start < x.end));
    const group = (g: FixtureEvent['actorGroup']): EventGroup | undefined => {
      if (!g) return undefined;
      const at = text.indexOf(g.text, bodyStart);
      if (at < 0) throw new Error(`fixture ${spec.id}: group "${g.text}" is not in the body`);
      return { start: at, end: at + g.text.length, text: g.text, sector: g.sector };
    };
    const actorGroup = group(ev.actorGroup);
    const recipientGroup = group(ev.recipientGroup);
    return {
      ...(actorGroup ? { actorGroup } : {}),
      ...(recipientGroup ? { recipientGroup } : {}),
      id: `v${i + 1}`, type: ev.type, mode: null, cameo: null, actor: ev.actor ?? [], recipient: ev.recipient ?? [],
      date: ev.date ?? spec.date, time: null, place: null, negated: false, modality: 'asserted', sentence,
      trigger: { start, end: start + ev.trigger.length, text: text.slice(start, start + ev.trigger.length) }, confidence: 0.9,
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const at = Math.max(0, text.indexOf(q.text));
    return { id: `q${i + 1}`, kind: 'direct', start: at, end: at + q.text.length, text: q.text, speaker: q.speaker, speakerMention: null, cue: null };
  });
  return {
    schema: ARTICLE_SCHEMA,
    id: spec.id,
    date: spec.date,
    title: spec.title,
    dateline: null,
    source: spec.url ? { url: spec.url, format: 'html' } : { path: `/feeds/${spec.id}.txt`, format: 'text' },
    text,
    paragraphs: [{ start: 0, end: spec.title.length, role: 'title' }, { start: bodyStart, end: text.length, role: 'body' }],
    sentences,
    tokens: [],
    entities,
    times: [],
    quotes,
    events,
    messages: [],
  };
}
