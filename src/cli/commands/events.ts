// `dateline events`: corpus events merged across reports, with GDELT-style mention, article and source counts.
import { type Command } from '../command.js';
import { DB_OPTIONS, dateOption, eventTypeOption, intOption, printJson, printTable, stringOption, withStore } from './store-options.js';
import { participantsText } from './entity.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'corpus events merged across reports, most reported first',
  usage: 'dateline events [--type EVENT_TYPE] [--actor ISO3|NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--id N] [--db FILE] [--json]\n' +
    '  --id N shows one event with every report (article and sentence) that mentions it.',
  options: { ...DB_OPTIONS, type: { type: 'string' }, actor: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, id: { type: 'string' } },
  async run(values, _positionals, io) {
    const type = eventTypeOption(values, 'type');
    const actor = stringOption(values, 'actor');
    const from = dateOption(values, 'from');
    const to = dateOption(values, 'to');
    const limit = intOption(values, 'limit', 50);
    const id = stringOption(values, 'id') === undefined ? undefined : intOption(values, 'id', 0);
    return withStore(values, io, async (store) => {
      if (id !== undefined) {
        const detail = await store.eventDetail(id);
        if (!detail) {
          io.stderr.write(`dateline: no event #${id}\n`);
          return 1;
        }
        if (values['json']) printJson(io, detail);
        else {
          io.stdout.write(`#${detail.eventId} ${detail.date ?? '?'} ${detail.type} ${participantsText(detail)}: ${detail.numMentions} mentions, ${detail.numArticles} articles, ${detail.numSources} sources\n`);
          printTable(io, ['date', 'article', 'trigger', 'sentence'], detail.reports.map((r) => [r.date, r.articleId, r.trigger, r.sentence]), 110);
        }
        return 0;
      }
      const events = await store.events({ limit, ...(type ? { type } : {}), ...(actor ? { actor } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
      if (values['json']) printJson(io, events);
      else printTable(io, ['#', 'date', 'type', 'actor -> recipient', 'mentions', 'articles', 'sources'],
        events.map((e) => [e.eventId, e.date, e.type, participantsText(e), e.numMentions, e.numArticles, e.numSources]), 70);
      return 0;
    });
  },
};
