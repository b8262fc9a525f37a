// `dateline ingest PATH... [--db FILE]`: analyse articles on every core and store them in the corpus database.
import { availableParallelism } from 'node:os';
import { readerFor, READERS } from '../../io/index.js';
import { ingest, type IngestProgress, type IngestSummary } from '../../ingest/index.js';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { DB_OPTIONS, dateOption, intOption, stringOption, withStore } from './store-options.js';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** One progress line: a bar by input bytes, counts, rate and ETA. */
export function progressLine(p: IngestProgress, width = 100): string {
  const share = p.bytesTotal > 0 ? Math.min(p.bytesDone / p.bytesTotal, 1) : 0;
  const bar = 20;
  const done = Math.round(share * bar);
  const rate = p.seconds > 0 ? p.read / p.seconds : 0;
  const eta = share > 0.01 ? (p.seconds * (1 - share)) / share : Number.NaN;
  const line = `ingest [${'#'.repeat(done)}${'.'.repeat(bar - done)}] ${(share * 100).toFixed(0)}% ${p.read} read, ${p.stored} stored, ` +
    `${p.present} present, ${p.failed} failed, ${rate.toFixed(0)}/s, ETA ${duration(eta)}`;
  // Padded to the width so that a shorter line wipes out the end of the longer one before it.
  return line.slice(0, width - 1).padEnd(width - 1);
}

/** The closing summary. */
export function ingestSummaryText(s: IngestSummary, db: string): string {
  const reasons = Object.entries(s.reasons).map(([code, n]) => `${n} ${code}`).join(', ');
  return `dateline: ${s.read} read, ${s.stored} stored (${s.duplicates} duplicates), ${s.present} skipped as already present, ` +
    `${s.failed} failed${reasons ? ` (${reasons})` : ''} in ${s.seconds.toFixed(1)} s -> ${db}\n`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse articles and store them in a corpus database (idempotent, resumable)',
  usage:
    'dateline ingest PATH... [--db FILE] [--input FORMAT] [--date YYYY-MM-DD] [--workers N] [--batch N] [--json]\n' +
    '  Stores every article of every PATH (file, folder, or - for standard input) in FILE (default ./dateline.db).\n' +
    '  Articles already stored (same id and text) are skipped, so an interrupted run can simply be started again.',
  options: {
    ...DB_OPTIONS,
    input: { type: 'string' },
    date: { type: 'string' },
    workers: { type: 'string' },
    batch: { type: 'string' },
    'max-bytes': { type: 'string' },
  },
  async run(values, positionals, io: CommandIO) {
    const date = dateOption(values, 'date') ?? null;
    const input = stringOption(values, 'input');
    if (input !== undefined && !readerFor(input)) throw new UsageError(`--input expects one of ${READERS.map((r) => r.format).join(', ')}, got "${input}"`);
    const workers = intOption(values, 'workers', availableParallelism());
    const batchSize = Math.max(1, intOption(values, 'batch', 500));
    const maxArticleBytes = intOption(values, 'max-bytes', 5 * 1024 * 1024);
    let paths = positionals;
    if (paths.length === 0) {
      if (io.stdin.isTTY) throw new UsageError('no input: give a file, a folder, or - for standard input');
      paths = ['-'];
    }
    const db = stringOption(values, 'db') ?? 'dateline.db';
    const tty = Boolean(io.stderr.isTTY);
    let drawn = false;
    return withStore(values, io, async (store) => {
      const clear = () => {
        if (drawn) io.stderr.write(`\r${' '.repeat(Math.min(io.stderr.columns ?? 100, 160) - 1)}\r`);
        drawn = false;
      };
      const summary = await ingest(paths, store, {
        workers,
        batchSize,
        maxArticleBytes,
        date,
        ...(input ? { format: input } : {}),
        stdin: io.stdin as AsyncIterable<Uint8Array | string>,
        onProgress: (p) => {
          if (!tty) return;
          io.stderr.write(`\r${progressLine(p, io.stderr.columns ?? 100)}`);
          drawn = true;
        },
        onError: (message) => {
          clear();
          io.stderr.write(`dateline: ${message}\n`);
        },
      });
      clear();
      if (values['json']) io.stdout.write(`${JSON.stringify({ ...summary, db })}\n`);
      io.stderr.write(ingestSummaryText(summary, db));
      return summary.failed > 0 ? 1 : 0;
    }, false);
  },
};
