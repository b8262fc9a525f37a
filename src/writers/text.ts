// A readable plain-text summary of an analysed article, for people at a terminal.
import type { Article, EventGroup } from '../core/index.js';
import { groupHolds } from '../events/index.js';
import type { Writer } from './writer.js';

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Renders the article's layers as short labelled lines. */
export function renderText(article: Article): string {
  const lines: string[] = [];
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  lines.push(`# ${article.id}${article.title ? `: ${article.title}` : ''}`);
  lines.push(`date: ${article.date ?? 'unknown'}${article.dateline ? `   dateline: ${article.dateline.place}` : ''}   source: ${article.source.format}`);
  const counts = (['paragraphs', 'sentences', 'entities', 'times', 'quotes', 'events'] as const).map((k) => `${article[k].length} ${k}`);
  lines.push(counts.join(', '));
  if (article.entities.length) {
    lines.push('', 'entities:');
    for (const e of article.entities) {
      const extra = [e.country, e.sector, e.titles.length ? `titles: ${e.titles.join('; ')}` : null].filter(Boolean).join(', ');
      lines.push(`  ${e.id} ${e.type.padEnd(6)} ${e.name}${extra ? ` (${extra})` : ''} x${e.mentions.length}`);
    }
  }
  if (article.times.length) {
    lines.push('', 'times:');
    for (const t of article.times) lines.push(`  ${t.id} ${t.type.padEnd(8)} ${t.value.padEnd(12)} ${t.resolution.padEnd(11)} "${clip(t.text, 50)}"`);
  }
  if (article.quotes.length) {
    lines.push('', 'quotes:');
    for (const q of article.quotes) {
      const who = q.speaker ? (names.get(q.speaker) ?? q.speaker) : (q.speakerMention?.text ?? '?');
      lines.push(`  ${q.id} ${q.kind.padEnd(8)} ${who}: "${clip(q.text, 80)}"`);
    }
  }
  if (article.events.length) {
    lines.push('', 'events:');
    for (const v of article.events) {
      // Names, and the group noun with its sector when the sentence names one ("Police (COP)"); a name inside the
      // group's phrase ("Turkish" in "Turkish police") is shown through the group.
      const inside = (id: string, g: EventGroup) => article.entities.some((e) => e.id === id && groupHolds(g, e));
      const who = (ids: readonly string[], group: EventGroup | undefined) =>
        [...ids.filter((id) => !group || !inside(id, group)).map((id) => names.get(id) ?? id), ...(group ? [`${group.text} (${group.sector})`] : [])].join(' & ') || '-';
      const flags = [v.negated ? 'negated' : null, v.modality !== 'asserted' ? v.modality : null].filter(Boolean).join(', ');
      lines.push(
        `  ${v.id} ${v.type}${v.mode ? `/${v.mode}` : ''} [${v.cameo ?? '-'}] ${who(v.actor, v.actorGroup)} -> ${who(v.recipient, v.recipientGroup)}` +
          ` on ${v.date ?? '?'}${v.place ? ` in ${names.get(v.place) ?? v.place}` : ''} "${clip(v.trigger.text, 30)}"${flags ? ` (${flags})` : ''}`,
      );
    }
  }
  const problems = article.messages.filter((m) => m.severity !== 'info');
  if (problems.length) {
    lines.push('', 'messages:');
    for (const m of problems) lines.push(`  ${m.severity} [${m.stage}] ${m.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The plain-text summary writer. */
export const textWriter: Writer = { format: 'text', extension: '.txt', streamable: true, write: (a) => `${renderText(a)}\n` };
