// Corpus storage: the backend-neutral Store interface, its errors, and the contract every backend must pass.
export * from './types.js';
export { StoreError, STORE_ERROR_CODES } from './errors.js';
export type { StoreErrorCode } from './errors.js';
