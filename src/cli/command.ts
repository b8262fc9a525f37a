// The declarative command shape: each command declares its options and returns an exit code; main.ts owns argv and exits.
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout for results, stderr for progress and problems. */
export interface CommandIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A CLI command: its name, usage text, options and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpec;
  run(values: Record<string, string | boolean | (string | boolean)[] | undefined>, positionals: string[], io: CommandIO): Promise<number>;
}

/** Thrown for bad usage: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
