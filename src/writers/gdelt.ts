// `--format gdelt`: events as rows of the GDELT 2.0 event table (tab-separated), filling the columns we can.
import type { Article, ArticleEvent, Entity, EventGroup } from '../core/index.js';
import { actorCode, actorCountry, cameoCode, groupHolds } from '../events/index.js';
import type { Writer } from './writer.js';

const ACTOR_FIELDS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The 61 GDELT 2.0 event-table columns in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  'DATEADDED', 'SOURCEURL',
];

/** The header line a caller prints once before the first article's rows. */
export const GDELT_HEADER = `${GDELT_COLUMNS.join('\t')}\n`;

function clean(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return '';
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + dayOfYear / 365).toFixed(4);
}

function actorCells(entity: Entity | undefined, group: EventGroup | undefined): string[] {
  const cells = new Array<string>(ACTOR_FIELDS.length).fill('');
  // A group noun around the name ("Turkish police") or without one ("Police") gives the sector and the name.
  const around = group && (!entity || groupHolds(group, entity)) ? group : undefined;
  if (!entity && !around) return cells;
  // An unnamed group takes the country of the place it is put in ("Demonstrators in Baghdad": IRQ).
  const country = entity ? actorCountry(entity) : around?.country ?? '';
  const sector = entity?.sector ?? around?.sector ?? '';
  cells[0] = entity && !around ? actorCode(entity) : `${country}${sector}`;
  cells[1] = clean((around?.text ?? entity?.name ?? '').toUpperCase());
  cells[2] = entity?.country ?? (entity ? '' : around?.country ?? '');
  cells[7] = sector;
  return cells;
}

/** One event as the 61 cells of a GDELT row. */
export function gdeltRow(article: Article, event: ArticleEvent): string[] {
  const entity = (id: string | undefined) => (id === undefined ? undefined : article.entities.find((e) => e.id === id));
  const full = event.date && /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? event.date : null;
  const cameo = event.cameo ? cameoCode(event.cameo) : null;
  const code = event.cameo ?? '';
  const firstBody = article.paragraphs.find((p) => p.role === 'body');
  const sentence = article.sentences[event.sentence];
  const lead = firstBody !== undefined && sentence !== undefined && sentence.start >= firstBody.start && sentence.end <= firstBody.end;
  const place = entity(event.place ?? undefined);
  const geo = (e: Entity | undefined) => {
    const cells = new Array<string>(GEO_FIELDS.length).fill('');
    // GDELT wants FIPS 10-4 country codes and gazetteer ids we do not have: only the name is given.
    if (e) cells[1] = clean(e.name);
    return cells;
  };
  return [
    `${article.id}-${event.id}`,
    full ? full.replaceAll('-', '') : '',
    full ? full.slice(0, 7).replace('-', '') : '',
    event.date ? event.date.slice(0, 4) : '',
    full ? fractionDate(full) : '',
    ...actorCells(entity(event.actor[0]), event.actorGroup),
    ...actorCells(entity(event.recipient[0]), event.recipientGroup),
    lead ? '1' : '0',
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    cameo ? String(cameo.quad) : '',
    cameo?.goldstein !== null && cameo?.goldstein !== undefined ? cameo.goldstein.toFixed(1) : '',
    '1',
    '1',
    '1',
    '',
    ...geo(undefined),
    ...geo(undefined),
    ...geo(place),
    '',
    clean(article.source.url ?? article.source.path ?? ''),
  ];
}

/** GDELT rows (no header: print `GDELT_HEADER` once first); negated and hypothetical events are left out, as GDELT codes only what happened or is announced. */
export const gdeltWriter: Writer & { readonly header: string } = {
  format: 'gdelt',
  extension: '.gdelt.tsv',
  streamable: true,
  header: GDELT_HEADER,
  write: (article) =>
    article.events
      .filter((e) => !e.negated && e.modality !== 'hypothetical')
      .map((e) => `${gdeltRow(article, e).join('\t')}\n`)
      .join(''),
};
