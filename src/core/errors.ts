// Typed errors raised at the boundary (bad input, bad usage, bad pipeline); each carries a machine code.

export const ERROR_CODES = [
  'USAGE',
  'NOT_FOUND',
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'TOO_LARGE',
  'PARSE_ERROR',
  'NO_ARTICLE_TEXT',
  'PIPELINE',
  'MODEL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where in an input a problem sits; every field that is known is given. */
export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly offset?: number;
}

/** An error with a machine code and the place in the input it concerns. */
export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly location: Location;

  constructor(code: ErrorCode, message: string, location: Location = {}) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
    this.location = location;
  }

  /** `file:line: message` (or as much of the location as is known). */
  describe(): string {
    const { file, line, offset } = this.location;
    const where = [file, line !== undefined ? `line ${line}` : undefined, offset !== undefined ? `offset ${offset}` : undefined]
      .filter((p) => p !== undefined)
      .join(', ');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
