// `dateline timeline --entity NAME | --story ID`: the dated articles, events and quotes of an entity or a story.
import { UsageError, type Command } from '../command.js';
import { DB_OPTIONS, intOption, printJson, printTable, stringOption, withStore } from './store-options.js';

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'dated articles, events and quotes of an entity or a story',
  usage: 'dateline timeline --entity NAME | --story ID [--limit N] [--db FILE] [--json]',
  options: { ...DB_OPTIONS, entity: { type: 'string' }, story: { type: 'string' }, limit: { type: 'string' } },
  async run(values, _positionals, io) {
    const entity = stringOption(values, 'entity');
    const storyRaw = stringOption(values, 'story');
    if ((entity === undefined) === (storyRaw === undefined)) throw new UsageError('give one of --entity NAME or --story ID');
    const story = storyRaw === undefined ? undefined : Number(storyRaw);
    if (story !== undefined && !Number.isInteger(story)) throw new UsageError(`--story expects a story number, got "${storyRaw}"`);
    const limit = intOption(values, 'limit', 100);
    return withStore(values, io, async (store) => {
      let items;
      if (entity !== undefined) {
        const [found] = await store.findEntities(entity, 1);
        if (!found) {
          io.stderr.write(`dateline: no entity named "${entity}" in the corpus\n`);
          return 1;
        }
        items = await store.entityTimeline(found.entityId, limit);
      } else items = await store.storyTimeline(story as number);
      if (values['json']) printJson(io, items);
      else printTable(io, ['date', 'kind', 'article', 'text'], items.map((t) => [t.date, t.kind, t.articleId, t.text]), 100);
      return 0;
    });
  },
};
