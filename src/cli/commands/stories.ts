// `dateline stories`: clusters of articles sharing entities and events within a time window, largest first.
import { type Command } from '../command.js';
import { DB_OPTIONS, intOption, printJson, printTable, withStore } from './store-options.js';

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'stories: clusters of articles sharing entities and events',
  usage: 'dateline stories [--limit N] [--db FILE] [--json]\n  See one with: dateline timeline --story ID',
  options: { ...DB_OPTIONS, limit: { type: 'string' } },
  async run(values, _positionals, io) {
    const limit = intOption(values, 'limit', 50);
    return withStore(values, io, async (store) => {
      const stories = await store.stories(limit);
      if (values['json']) printJson(io, stories);
      else printTable(io, ['story', 'first', 'last', 'articles', 'title', 'entities'],
        stories.map((s) => [s.storyId, s.first, s.last, s.articleCount, s.title, s.topEntities.join(', ')]), 60);
      return 0;
    });
  },
};
