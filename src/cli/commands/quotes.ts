// `dateline quotes --speaker NAME`: what a person or organisation was quoted saying across the corpus, newest first.
import { UsageError, type Command } from '../command.js';
import { DB_OPTIONS, intOption, printJson, printTable, stringOption, withStore } from './store-options.js';

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'quotes by a speaker across the corpus',
  usage: 'dateline quotes --speaker NAME [--limit N] [--db FILE] [--json]',
  options: { ...DB_OPTIONS, speaker: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals, io) {
    const speaker = stringOption(values, 'speaker') ?? (positionals.join(' ').trim() || undefined);
    if (!speaker) throw new UsageError('give --speaker NAME');
    const limit = intOption(values, 'limit', 50);
    return withStore(values, io, async (store) => {
      const quotes = await store.quotesBy(speaker, limit);
      if (values['json']) printJson(io, quotes);
      else printTable(io, ['date', 'speaker', 'article', 'quote'], quotes.map((q) => [q.date, q.speaker, q.articleId, q.text]), 110);
      return 0;
    });
  },
};
