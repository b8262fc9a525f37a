// `dateline entity NAME`: the corpus profile of an entity (aliases, titles, counts, co-occurring entities, quotes, events).
import type { CommandIO } from '../command.js';
import { UsageError, type Command } from '../command.js';
import type { CorpusEvent, EntityProfile } from '../../store/types.js';
import { DB_OPTIONS, printJson, printTable, withStore } from './store-options.js';

/** "ACTOR -> RECIPIENT" for an event line. */
export function participantsText(e: CorpusEvent): string {
  // A name inside the group's phrase ("Turkish" in "Turkish police") is shown through the group.
  const names = (xs: CorpusEvent['actors'], g: CorpusEvent['actorGroup']) => {
    const named = xs.filter((x) => !g || !g.text.includes(x.name)).map((x) => x.name);
    return [...named, ...(g ? [`${g.text} (${g.country ?? ''}${g.sector})`] : [])].join(', ') || '?';
  };
  return `${names(e.actors, e.actorGroup)} -> ${names(e.recipients, e.recipientGroup)}`;
}

function printProfile(io: CommandIO, p: EntityProfile): void {
  const w = (s: string) => io.stdout.write(s);
  w(`${p.name}  [${p.type}${p.country ? `, ${p.country}` : ''}]  #${p.entityId}\n`);
  w(`  mentions ${p.mentionCount} in ${p.articleCount} articles, first seen ${p.firstSeen ?? '?'}, last seen ${p.lastSeen ?? '?'}\n`);
  if (p.aliases.length) w(`  aliases: ${p.aliases.join('; ')}\n`);
  if (p.titles.length) w(`  titles:\n${p.titles.map((t) => `    ${t.title} (${t.first ?? '?'} .. ${t.last ?? '?'}, ${t.count}x)\n`).join('')}`);
  if (p.coOccurring.length) w(`  seen with: ${p.coOccurring.map((c) => `${c.name} (${c.together})`).join('; ')}\n`);
  if (p.quotes.length) w(`  quotes:\n${p.quotes.map((q) => `    ${q.date ?? '?'}  ${q.text.replace(/\s+/g, ' ').slice(0, 110)}\n`).join('')}`);
  if (p.events.length) w(`  events:\n${p.events.map((e) => `    ${e.date ?? '?'}  ${e.type}  ${participantsText(e)}  (${e.numMentions} mentions, ${e.numArticles} articles)\n`).join('')}`);
}

export const entityCommand: Command = {
  name: 'entity',
  summary: 'profile of a corpus entity: aliases, titles, counts, co-occurring entities, quotes, events',
  usage: 'dateline entity NAME [--db FILE] [--json]\n  NAME is a name or alias (case-insensitive); when several entities match, each is listed.',
  options: { ...DB_OPTIONS },
  async run(values, positionals, io) {
    const name = positionals.join(' ').trim();
    if (!name) throw new UsageError('give the name of an entity');
    return withStore(values, io, async (store) => {
      const found = await store.findEntities(name, 5);
      if (found.length === 0) {
        io.stderr.write(`dateline: no entity named "${name}" in the corpus\n`);
        return 1;
      }
      const first = found[0];
      const profile = first ? await store.entityProfile(first.entityId) : null;
      if (values['json']) {
        printJson(io, { ...profile, otherMatches: found.slice(1) });
        return 0;
      }
      if (profile) printProfile(io, profile);
      if (found.length > 1) {
        io.stdout.write('\nother entities with this name or alias:\n');
        printTable(io, ['#', 'type', 'name', 'country', 'articles'], found.slice(1).map((e) => [e.entityId, e.type, e.name, e.country, e.articleCount]));
      }
      return 0;
    });
  },
};
