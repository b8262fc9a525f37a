// `dateline search "text"`: full-text search of the corpus (bm25-ranked, with snippets) with date, entity, event and country filters.
import { UsageError, type Command } from '../command.js';
import { DB_OPTIONS, dateOption, eventTypeOption, intOption, printJson, printTable, stringOption, withStore } from './store-options.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search of the corpus, best matches first',
  usage:
    'dateline search "TEXT" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--entity NAME] [--type EVENT_TYPE] [--country ISO3] [--limit N] [--db FILE] [--json]\n' +
    '  TEXT is words (all required) or an FTS5 query ("exact phrase", OR, NOT, prefix*).',
  options: { ...DB_OPTIONS, from: { type: 'string' }, to: { type: 'string' }, entity: { type: 'string' }, type: { type: 'string' }, country: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals, io) {
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the text to search for');
    const country = stringOption(values, 'country');
    if (country !== undefined && !/^[A-Za-z]{3}$/.test(country)) throw new UsageError(`--country expects an ISO 3166-1 alpha-3 code, got "${country}"`);
    const from = dateOption(values, 'from');
    const to = dateOption(values, 'to');
    const entity = stringOption(values, 'entity');
    const eventType = eventTypeOption(values, 'type');
    const limit = intOption(values, 'limit', 20);
    return withStore(values, io, async (store) => {
      const hits = await store.search({
        text, limit,
        ...(from ? { from } : {}), ...(to ? { to } : {}), ...(entity ? { entity } : {}), ...(eventType ? { eventType } : {}),
        ...(country ? { country: country.toUpperCase() } : {}),
      });
      if (values['json']) printJson(io, hits);
      else printTable(io, ['#', 'date', 'id', 'title', 'snippet'], hits.map((h) => [h.articleId, h.date, h.externalId, h.title, h.snippet]), 70);
      return 0;
    });
  },
};
