// `dateline duplicates`: articles stored as exact or near duplicates of an earlier one, with their similarity.
import { type Command } from '../command.js';
import { DB_OPTIONS, intOption, printJson, printTable, withStore } from './store-options.js';

export const duplicatesCommand: Command = {
  name: 'duplicates',
  summary: 'exact and near-duplicate articles in the corpus',
  usage: 'dateline duplicates [--limit N] [--db FILE] [--json]',
  options: { ...DB_OPTIONS, limit: { type: 'string' } },
  async run(values, _positionals, io) {
    const limit = intOption(values, 'limit', 100);
    return withStore(values, io, async (store) => {
      const pairs = await store.duplicates(limit);
      if (values['json']) printJson(io, pairs);
      else printTable(io, ['article', 'duplicate of', 'similarity', 'kind', 'title'],
        pairs.map((p) => [p.article.externalId, p.original.externalId, p.similarity.toFixed(3), p.exact ? 'exact' : 'near', p.article.title]), 60);
      return 0;
    });
  },
};
