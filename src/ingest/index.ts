// Ingest: many articles into a corpus store, analysed on worker threads, idempotent and resumable.
export { ingest } from './ingest.js';
export type { IngestOptions, IngestPhases, IngestProgress, IngestSummary } from './ingest.js';
export { AnalysisPool } from './pool.js';
export { analyse } from './analyse.js';
export type { AnalyseResult } from './analyse.js';
