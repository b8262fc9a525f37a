// `dateline export --format plover|gdelt|csv|jsonl`: streams the corpus's events (or, for plover, every report) to a file.
import { createWriteStream } from 'node:fs';
import type { Article } from '../../core/index.js';
import type { CorpusEventDetail, CorpusEventGroup, Store } from '../../store/types.js';
import { GDELT_COLUMNS, GDELT_HEADER, gdeltRow } from '../../writers/gdelt.js';
import { ploverRecord } from '../../writers/plover.js';
import { UsageError, type Command } from '../command.js';
import { DB_OPTIONS, dateOption, eventTypeOption, stringOption, withStore } from './store-options.js';

const FORMATS = ['plover', 'gdelt', 'csv', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** The columns of `--format csv`: one row per corpus event. */
export const EVENT_CSV_COLUMNS = [
  'event_id', 'date', 'type', 'cameo', 'actors', 'actor_countries', 'recipients', 'recipient_countries',
  'actor_group', 'actor_group_code', 'recipient_group', 'recipient_group_code',
  'num_mentions', 'num_articles', 'num_sources', 'first_article', 'first_sentence',
] as const;

/** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// A group's CAMEO actor code: country (when a name inside gives one) and sector, as GDELT writes "TURCOP".
function groupCode(g: CorpusEventGroup | null): string | null {
  return g ? `${g.country ?? ''}${g.sector}` : null;
}

/** One corpus event as a CSV line. */
export function eventCsvLine(e: CorpusEventDetail): string {
  const first = e.reports[0];
  const cells = [
    e.eventId, e.date, e.type, e.cameo,
    e.actors.map((a) => a.name).join('; '), e.actors.map((a) => a.country ?? '').join('; '),
    e.recipients.map((a) => a.name).join('; '), e.recipients.map((a) => a.country ?? '').join('; '),
    e.actorGroup?.text ?? null, groupCode(e.actorGroup), e.recipientGroup?.text ?? null, groupCode(e.recipientGroup),
    e.numMentions, e.numArticles, e.numSources, first?.articleId ?? null, first?.sentence ?? null,
  ];
  return `${cells.map(csvCell).join(',')}\n`;
}

const COL = (name: string): number => GDELT_COLUMNS.indexOf(name);

/** A GDELT row for a corpus event, built from its first report, with the corpus's id and counts filled in. */
export function corpusGdeltRow(e: CorpusEventDetail, article: Article): string | null {
  const first = e.reports[0];
  const local = first ? article.events.find((x) => x.id === first.localId) : undefined;
  if (!local) return null;
  const row = gdeltRow(article, local);
  row[COL('GLOBALEVENTID')] = String(e.eventId);
  row[COL('NumMentions')] = String(e.numMentions);
  row[COL('NumSources')] = String(e.numSources);
  row[COL('NumArticles')] = String(e.numArticles);
  return `${row.join('\t')}\n`;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export corpus events as PLOVER, GDELT, CSV or JSON Lines (streaming)',
  usage:
    'dateline export --format plover|gdelt|csv|jsonl [--from D] [--to D] [--type EVENT_TYPE] [--actor ISO3|NAME] [--entity NAME] [--country ISO3] [--out FILE] [--db FILE]\n' +
    '  plover: one PLOVER record per report (article x event) of the articles passing the filters (not duplicates);\n' +
    '  gdelt: one GDELT 2.0 event row per corpus event with NumMentions/NumSources/NumArticles across reports;\n' +
    '  csv, jsonl: one line per corpus event (jsonl with every report).',
  options: {
    db: DB_OPTIONS['db'] as NonNullable<(typeof DB_OPTIONS)['db']>,
    format: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' },
    actor: { type: 'string' }, entity: { type: 'string' }, country: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const format = stringOption(values, 'format') as Format | undefined;
    if (!format || !FORMATS.includes(format)) throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got "${format ?? ''}"`);
    const from = dateOption(values, 'from');
    const to = dateOption(values, 'to');
    const type = eventTypeOption(values, 'type');
    const actor = stringOption(values, 'actor');
    const entity = stringOption(values, 'entity');
    const country = stringOption(values, 'country')?.toUpperCase();
    if (format !== 'plover' && (entity || country)) throw new UsageError('--entity and --country filter articles: use them with --format plover (events filter with --actor)');
    if (format === 'plover' && actor) throw new UsageError('--actor filters corpus events: use it with --format gdelt, csv or jsonl (plover filters with --entity, --country, --type)');
    const outFile = stringOption(values, 'out');
    return withStore(values, io, async (store: Store) => {
      const out: NodeJS.WritableStream = outFile ? createWriteStream(outFile) : io.stdout;
      let n = 0;
      try {
        if (format === 'plover') {
          for await (const a of store.articles({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(entity ? { entity } : {}), ...(country ? { country } : {}), ...(type ? { eventType: type } : {}) })) {
            for (const ev of a.article.events) {
              if (type && ev.type !== type) continue;
              await write(out, `${JSON.stringify(ploverRecord(a.article, ev))}\n`);
              n++;
            }
          }
        } else {
          const query = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(type ? { type } : {}), ...(actor ? { actor } : {}) };
          if (format === 'gdelt') await write(out, GDELT_HEADER);
          if (format === 'csv') await write(out, `${EVENT_CSV_COLUMNS.join(',')}\n`);
          for await (const e of store.eachEvent(query)) {
            let line: string | null;
            if (format === 'csv') line = eventCsvLine(e);
            else if (format === 'jsonl') line = `${JSON.stringify(e)}\n`;
            else {
              const article = e.reports[0] ? await store.getArticle(e.reports[0].articleId) : null;
              line = article ? corpusGdeltRow(e, article) : null;
            }
            if (line) {
              await write(out, line);
              n++;
            }
          }
        }
      } finally {
        if (outFile) await new Promise<void>((resolve) => out.end(resolve));
      }
      io.stderr.write(`dateline: exported ${n} ${format === 'plover' ? 'PLOVER records' : 'events'}${outFile ? ` to ${outFile}` : ''}\n`);
      return 0;
    });
  },
};
