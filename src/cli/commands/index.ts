// Every CLI command, in the order `dateline --help` lists them.
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { duplicatesCommand } from './duplicates.js';
import { entityCommand } from './entity.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { quotesCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { storiesCommand } from './stories.js';
import { timelineCommand } from './timeline.js';

export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  ingestCommand,
  searchCommand,
  entityCommand,
  timelineCommand,
  quotesCommand,
  eventsCommand,
  duplicatesCommand,
  storiesCommand,
  exportCommand,
];
