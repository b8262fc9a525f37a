// Every CLI command, in the order `dateline --help` lists them.
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';

export const COMMANDS: readonly Command[] = [analyzeCommand];
