// `npm run eval -- events [FILE] [--cameo [CSV]] [--errors] [--argument-errors] [--min-confidence X]`: scores the event coder on PLOVER gold records or CAMEO examples.
import { readFileSync } from 'node:fs';
import type { Article, ArticleEvent, EventGroup, PloverEventType, RawArticle } from '../core/index.js';
import { DatelineError, PLOVER_EVENT_TYPES, type Pipeline } from '../core/index.js';
import { actorCountry, EVENTLESS_SENTENCES, normalisePloverType } from '../events/index.js';
import { createDefaultPipeline } from '../pipeline/index.js';
import { sharedPath } from '../testing/shared-data.js';

/** The development gold used when no file is named. */
export const DEFAULT_PLOVER_GOLD = 'data/events/PLOVER_GSR_CAMEO.json';
/** The CAMEO codebook with its example sentences. */
export const DEFAULT_CAMEO_CSV = 'data/events/cameo-codes.andybega-icews.csv';

/** One gold sentence: text, gold PLOVER type, gold actor and recipient texts, gold CAMEO code when known. */
export interface GoldEvent {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly type: PloverEventType | null;
  readonly cameo: string | null;
  readonly actorText: readonly string[];
  readonly recipientText: readonly string[];
  /** Gold actor and recipient country codes (ISO alpha-3, or IGO/NGO/...), when the gold gives them. */
  readonly actorCodes: readonly string[];
  readonly recipientCodes: readonly string[];
}

interface GsrRecord {
  id?: string;
  date?: string;
  event?: string;
  text?: string;
  source?: unknown;
  target?: unknown;
}

// Country codes of the older KEDS/CAMEO actor dictionaries that some gold records still carry, with the ISO 3166-1
// alpha-3 code our actors use for the same country.
const LEGACY_COUNTRY_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

function actorCodes(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((a: { code?: unknown }) => (typeof a?.code === 'string' ? a.code.slice(0, 3) : ''))
    .filter(Boolean)
    .map((c) => LEGACY_COUNTRY_CODES[c] ?? c);
}

function actorTexts(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((a: { actorText?: unknown }) => (typeof a?.actorText === 'string' ? a.actorText : '')).filter(Boolean);
}

/** Reads the PLOVER gold records (older type names mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT). */
export function readPloverGold(content: string, file: string): GoldEvent[] {
  let records: unknown;
  try {
    records = JSON.parse(content);
  } catch (e) {
    throw new DatelineError('PARSE_ERROR', `expected a JSON array of PLOVER records: ${(e as Error).message}`, { file });
  }
  if (!Array.isArray(records)) throw new DatelineError('PARSE_ERROR', 'expected a JSON array of PLOVER records', { file });
  const out: GoldEvent[] = [];
  for (const r of records as GsrRecord[]) {
    if (!r.text || !r.event || r.event === 'DOCUMENT') continue;
    out.push({
      id: r.id ?? `record-${out.length + 1}`,
      date: r.date ?? null,
      text: r.text,
      type: normalisePloverType(r.event),
      cameo: null,
      actorText: actorTexts(r.source),
      recipientText: actorTexts(r.target),
      actorCodes: actorCodes(r.source),
      recipientCodes: actorCodes(r.target),
    });
  }
  return out;
}

/** Splits CSV text into rows (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Reads the CAMEO codebook's example sentences with their codes (the usage notes after "Note:" are dropped). */
export function readCameoExamples(content: string): GoldEvent[] {
  const [header, ...rows] = parseCsv(content);
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const [codeCol, exampleCol] = [col('code'), col('example')];
  const out: GoldEvent[] = [];
  for (const row of rows) {
    const code = row[codeCol] ?? '';
    const example = (row[exampleCol] ?? '').split(/\s+Note:/)[0]?.replace(/\uFFFD+/g, "'").trim() ?? '';
    if (!example || example === 'NA') continue;
    out.push({ id: `cameo-${code}`, date: null, text: example, type: null, cameo: code, actorText: [], recipientText: [], actorCodes: [], recipientCodes: [] });
  }
  return out;
}

/** The pipeline the evaluation runs: the default pipeline, exactly as `dateline analyze` runs it. */
export async function evaluationPipeline(_options: { readonly strict?: boolean } = {}): Promise<Pipeline> {
  return createDefaultPipeline();
}

/** Per-type precision, recall and F1. */
export interface TypeScore {
  readonly type: PloverEventType;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Scores single-label predictions (null = no event) against gold types; macro-F1 over the types with gold or predictions. */
export function scoreTypes(pairs: readonly { gold: PloverEventType | null; predicted: PloverEventType | null }[]): {
  perType: TypeScore[];
  macroF1: number;
  accuracy: number;
} {
  const perType: TypeScore[] = [];
  for (const type of PLOVER_EVENT_TYPES) {
    const gold = pairs.filter((p) => p.gold === type).length;
    const predicted = pairs.filter((p) => p.predicted === type).length;
    const correct = pairs.filter((p) => p.gold === type && p.predicted === type).length;
    if (!gold && !predicted) continue;
    const precision = ratio(correct, predicted);
    const recall = ratio(correct, gold);
    perType.push({ type, gold, predicted, correct, precision, recall, f1: ratio(2 * precision * recall, precision + recall) });
  }
  const withGold = perType.filter((t) => t.gold > 0);
  const macroF1 = ratio(withGold.reduce((s, t) => s + t.f1, 0), withGold.length);
  const accuracy = ratio(pairs.filter((p) => p.gold !== null && p.gold === p.predicted).length, pairs.filter((p) => p.gold !== null).length);
  return { perType, macroF1, accuracy };
}

function best(events: readonly ArticleEvent[]): ArticleEvent | null {
  let top: ArticleEvent | null = null;
  for (const e of events) if (!e.negated && (!top || e.confidence > top.confidence)) top = e;
  return top ?? events[0] ?? null;
}

function entityTexts(article: Article, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const e = article.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.mentions.map((m) => m.text)] : [];
  });
}

function textMatch(gold: readonly string[], predicted: readonly string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return gold.some((g) => predicted.some((p) => norm(p).length > 1 && (norm(g).includes(norm(p)) || norm(p).includes(norm(g)))));
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** The countries (or IGO/NGO) of the entities with these ids, '' where none is known. */
// A side's countries: its named parties', and its unnamed group's ("Demonstrators in Baghdad") when it names none.
function partyCountries(article: Article, ids: readonly string[], group: EventGroup | undefined): string[] {
  const named = countriesOf(article, ids).filter(Boolean);
  return named.length === 0 && group?.country ? [group.country] : named;
}

function countriesOf(article: Article, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const entity = article.entities.find((e) => e.id === id);
    return entity ? actorCountry(entity) : '';
  });
}

/**
 * Whether one of the events has the gold type, an actor of a gold actor country and (when the gold has one) a
 * recipient of a gold recipient country: the shape of a CAMEO triple.
 */
export function tripleMatch(article: Article, events: readonly ArticleEvent[], gold: GoldEvent): boolean {
  return events.some(
    (e) =>
      e.type === gold.type &&
      partyCountries(article, e.actor, e.actorGroup).some((c) => gold.actorCodes.includes(c)) &&
      (!gold.recipientCodes.length || partyCountries(article, e.recipient, e.recipientGroup).some((c) => gold.recipientCodes.includes(c))),
  );
}

/** Our eventless sentences that still yield an event (not negated) through the pipeline, with what they yield. */
export function inventedEvents(pipeline: Pipeline, sentences: readonly string[] = EVENTLESS_SENTENCES): { text: string; events: ArticleEvent[] }[] {
  const out: { text: string; events: ArticleEvent[] }[] = [];
  sentences.forEach((text, k) => {
    const article = pipeline.run({ id: `eventless-${k + 1}`, date: '2024-05-02', title: null, text, source: { format: 'eventless-check' } });
    const events = article.events.filter((e) => !e.negated);
    if (events.length) out.push({ text, events });
  });
  return out;
}

/** Runs the pipeline over gold sentences and prints the figures; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const cameoMode = args.includes('--cameo');
  const showErrors = args.includes('--errors');
  const minAt = args.indexOf('--min-confidence');
  const minConfidence = minAt >= 0 ? Number(args[minAt + 1]) : 0;
  const positional = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--min-confidence');
  const file = positional[0] ?? sharedPath(cameoMode ? DEFAULT_CAMEO_CSV : DEFAULT_PLOVER_GOLD);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new DatelineError('NOT_FOUND', `cannot read gold file ${file}`, { file });
  }
  const gold = cameoMode ? readCameoExamples(content) : readPloverGold(content, file);
  const pipeline = await evaluationPipeline();
  const started = performance.now();
  let words = 0;
  const pairs: { gold: PloverEventType | null; predicted: PloverEventType | null }[] = [];
  const lenientPairs: typeof pairs = [];
  let typeAmong = 0;
  let actorHits = 0;
  let actorGold = 0;
  let recipientHits = 0;
  let recipientGold = 0;
  let actorCountryHits = 0;
  let actorCountryGold = 0;
  let recipientCountryHits = 0;
  let recipientCountryGold = 0;
  let tripleHits = 0;
  let tripleGold = 0;
  const countries = countriesOf;
  let rootHits = 0;
  let rootGold = 0;
  let sentencesWithEvents = 0;
  for (const g of gold) {
    const raw: RawArticle = { id: g.id, date: g.date ?? '2000-01-01', title: null, text: g.text, source: { format: 'plover-gold' } };
    const article = pipeline.run(raw);
    words += article.tokens.length;
    const events = article.events.filter((e) => !e.negated && e.confidence >= minConfidence);
    if (events.length) sentencesWithEvents++;
    const top = best(events);
    const match = events.find((e) => e.type === g.type) ?? null;
    pairs.push({ gold: g.type, predicted: top?.type ?? null });
    lenientPairs.push({ gold: g.type, predicted: match ? match.type : (top?.type ?? null) });
    if (match) typeAmong++;
    const scored = match ?? top;
    if (g.actorText.length) {
      actorGold++;
      if (scored && textMatch(g.actorText, entityTexts(article, scored.actor))) actorHits++;
      else if (args.includes('--argument-errors') && scored) {
        const names = (ids: readonly string[]) => ids.map((id) => article.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
        console.log(`ACTOR ${g.id} gold=${g.actorText.join('+')} got=${names(scored.actor)} recipient=${names(scored.recipient)} trigger=${scored.trigger.text} | ${g.text.slice(0, 150)}`);
      }
    }
    if (g.recipientText.length) {
      recipientGold++;
      if (scored && textMatch(g.recipientText, entityTexts(article, scored.recipient))) recipientHits++;
      else if (args.includes('--argument-errors') && scored) {
        const names = (ids: readonly string[]) => ids.map((id) => article.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
        console.log(`RECIPIENT ${g.id} gold=${g.recipientText.join('+')} got=${names(scored.recipient)} actor=${names(scored.actor)} trigger=${scored.trigger.text} | ${g.text.slice(0, 150)}`);
      }
    }
    if (g.actorCodes.length) {
      actorCountryGold++;
      if (scored && countries(article, scored.actor).some((c) => g.actorCodes.includes(c))) actorCountryHits++;
    }
    if (g.recipientCodes.length) {
      recipientCountryGold++;
      if (scored && countries(article, scored.recipient).some((c) => g.recipientCodes.includes(c))) recipientCountryHits++;
    }
    if (g.type && g.actorCodes.length) {
      tripleGold++;
      if (tripleMatch(article, events, g)) tripleHits++;
    }
    if (g.cameo && !g.cameo.startsWith('01') && !g.cameo.startsWith('02')) {
      rootGold++;
      if (events.some((e) => e.cameo?.slice(0, 2) === g.cameo?.slice(0, 2))) rootHits++;
    }
    if (showErrors && (cameoMode ? !events.some((e) => e.cameo?.slice(0, 2) === g.cameo?.slice(0, 2)) : !match)) {
      const got = events.map((e) => `${e.type}/${e.cameo}:${e.trigger.text}`).join(' ') || '-';
      console.log(`MISS ${g.id} gold=${g.type ?? g.cameo} got=${got} | ${g.text.slice(0, 160)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`events eval on ${file}: ${gold.length} sentences, ${words} tokens, ${(words / seconds).toFixed(0)} tokens/s (whole pipeline)`);
  console.log(`pipeline: ${pipeline.stages.map((s) => s.name).join(', ')}`);
  console.log(`sentences with at least one event: ${sentencesWithEvents}/${gold.length}`);
  if (cameoMode) {
    console.log(`CAMEO root among the sentence's events (codes 03-20, ${rootGold} examples): ${pct(ratio(rootHits, rootGold))}`);
    return 0;
  }
  const invented = inventedEvents(pipeline);
  console.log(`eventless check (our ${EVENTLESS_SENTENCES.length} sentences with no codable event): ${invented.length} yield events`);
  if (showErrors) for (const x of invented) console.log(`INVENTED ${x.events.map((e) => `${e.type}/${e.cameo}:${e.trigger.text}`).join(' ')} | ${x.text}`);
  const strict = scoreTypes(pairs);
  const lenient = scoreTypes(lenientPairs);
  console.log(`gold type among the sentence's events: ${pct(ratio(typeAmong, gold.length))} (${typeAmong}/${gold.length})`);
  console.log(`single label = most confident event: accuracy ${pct(strict.accuracy)}, macro-F1 ${strict.macroF1.toFixed(3)}`);
  console.log(`single label = gold type if among events, else most confident: accuracy ${pct(lenient.accuracy)}, macro-F1 ${lenient.macroF1.toFixed(3)}`);
  console.log(`actor text match ${pct(ratio(actorHits, actorGold))} (${actorHits}/${actorGold}); recipient text match ${pct(ratio(recipientHits, recipientGold))} (${recipientHits}/${recipientGold})`);
  console.log(
    `actor country match ${pct(ratio(actorCountryHits, actorCountryGold))} (${actorCountryHits}/${actorCountryGold}); ` +
      `recipient country match ${pct(ratio(recipientCountryHits, recipientCountryGold))} (${recipientCountryHits}/${recipientCountryGold}) (same event as the text match)`,
  );
  console.log(`type + actor country + recipient country on one event: ${pct(ratio(tripleHits, tripleGold))} (${tripleHits}/${tripleGold})`);
  console.log('type        gold  pred  correct  P      R      F1     (most confident)  |  F1 (lenient)');
  for (const t of strict.perType) {
    const l = lenient.perType.find((x) => x.type === t.type);
    console.log(
      `${t.type.padEnd(11)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(5)} ${String(t.correct).padStart(8)}  ` +
        `${t.precision.toFixed(3)}  ${t.recall.toFixed(3)}  ${t.f1.toFixed(3)}                    |  ${(l?.f1 ?? 0).toFixed(3)}`,
    );
  }
  return 0;
}
