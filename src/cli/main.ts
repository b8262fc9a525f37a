#!/usr/bin/env node
// The `dateline` entry point: owns argv, dispatches to a command, prints errors and sets the exit status.
import { parseArgs } from 'node:util';
import { DatelineError } from '../core/index.js';
import { COMMANDS } from './commands/index.js';
import { UsageError, type Command, type CommandIO } from './command.js';

const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dateline: structured, dated, attributed facts from news articles',
    '',
    'usage: dateline COMMAND [ARGS...]   (dateline COMMAND --help for details)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

/** Runs the CLI with the given arguments; returns the exit status (0 ok, 1 some input failed, 2 bad usage). */
export async function runMain(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`dateline: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(values, positionals, io);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`dateline ${command.name}: ${err.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof DatelineError) {
      io.stderr.write(`dateline ${command.name}: ${err.describe()}\n`);
      return err.code === 'USAGE' ? 2 : 1;
    }
    throw err;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${(await import('node:fs')).realpathSync(process.argv[1])}`).href;
if (isEntry) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.exitCode = await runMain(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
}
