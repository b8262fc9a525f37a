// Errors a store raises at its boundary, each with a machine code the CLI maps to a clear message.

export const STORE_ERROR_CODES = ['LOCKED', 'DISK_FULL', 'SCHEMA_VERSION', 'NOT_A_DATABASE', 'IO'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** A storage failure: the database is locked, the disk is full, the schema is from another version, ... */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}
