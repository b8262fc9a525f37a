// `dateline analyze`: read articles in any supported format, run the default pipeline, write them out.
import { createWriteStream, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatelineError, type Article } from '../../core/index.js';
import { readerFor, readInputs, READERS } from '../../io/index.js';
import { decodeInput } from '../../readers/index.js';
import { createDefaultPipeline } from '../../pipeline/index.js';
import { WRITERS, writerFor, type Writer } from '../../writers/index.js';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { Progress } from '../progress.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Counts of what a run read and why articles failed. */
export interface RunSummary {
  read: number;
  failed: number;
  reasons: Map<string, number>;
}

/** Formats the closing summary line printed on stderr. */
export function summaryLine(s: RunSummary): string {
  const reasons = [...s.reasons].map(([code, n]) => `${n} ${code}`).join(', ');
  return `dateline: ${s.read} article${s.read === 1 ? '' : 's'} read, ${s.failed} failed${reasons ? ` (${reasons})` : ''}`;
}

/** Where output goes: standard output, one file, or one file per article in a folder. */
type Sink =
  | { kind: 'stdout' }
  | { kind: 'file'; stream: NodeJS.WritableStream }
  | { kind: 'dir'; dir: string };

function openSink(out: string | undefined, writer: Writer): Sink {
  if (!out) return { kind: 'stdout' };
  let isDir = out.endsWith('/') || out.endsWith(path.sep) || !writer.streamable;
  try {
    isDir = statSync(out).isDirectory() || (isDir && !statSync(out).isFile());
  } catch {
    // Does not exist yet: the format decides.
  }
  if (isDir) {
    mkdirSync(out, { recursive: true });
    return { kind: 'dir', dir: out };
  }
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  return { kind: 'file', stream: createWriteStream(out) };
}

/** The output file name for an article in `--out DIR` mode: named after its input file, else after its id. */
export function outputName(article: Article, writer: Writer, oneArticleInFile: boolean): string {
  const input = article.source.path;
  if (input && oneArticleInFile) {
    const base = path.basename(input);
    if (writer.format === 'timeml' && /\.te3input$/i.test(base)) return base.replace(/\.te3input$/i, '');
    return `${base.replace(/\.[^.]+$/, '')}${writer.extension}`;
  }
  return `${article.id.replace(/[^\w.-]+/g, '_')}${writer.extension}`;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse articles and print them as JSON (or another format)',
  usage:
    'dateline analyze PATH... [--date YYYY-MM-DD] [--input FORMAT] [--format json|jsonl|text|...] [--tokens] [--out FILE|DIR] [--max-bytes N]\n' +
    '  PATH is a file, a folder (read recursively) or - for standard input.',
  options: {
    date: { type: 'string' },
    input: { type: 'string' },
    format: { type: 'string', default: 'json' },
    tokens: { type: 'boolean', default: false },
    out: { type: 'string' },
    'max-bytes': { type: 'string' },
  },
  async run(values, positionals, io) {
    const date = typeof values['date'] === 'string' ? values['date'] : null;
    if (date !== null && !DATE_RE.test(date)) throw new UsageError(`--date expects YYYY-MM-DD, got "${date}"`);
    const format = String(values['format'] ?? 'json');
    const writer = writerFor(format);
    if (!writer) throw new UsageError(`--format expects one of ${[...WRITERS.keys()].join(', ')}, got "${format}"`);
    const input = typeof values['input'] === 'string' ? values['input'] : undefined;
    if (input !== undefined && !readerFor(input)) {
      throw new UsageError(`--input expects one of ${READERS.map((r) => r.format).join(', ')}, got "${input}"`);
    }
    const maxRaw = values['max-bytes'];
    const maxArticleBytes = typeof maxRaw === 'string' ? Number(maxRaw) : 5 * 1024 * 1024;
    if (!Number.isInteger(maxArticleBytes) || maxArticleBytes <= 0) throw new UsageError(`--max-bytes expects a positive integer, got "${String(maxRaw)}"`);
    let paths = positionals;
    if (paths.length === 0) {
      if (io.stdin.isTTY) throw new UsageError('no input: give a file, a folder, or - for standard input');
      paths = ['-'];
    }

    const pipeline = createDefaultPipeline();
    const options = { tokens: Boolean(values['tokens']) };
    const sink = openSink(typeof values['out'] === 'string' ? values['out'] : undefined, writer);
    const summary: RunSummary = { read: 0, failed: 0, reasons: new Map() };
    const progress = new Progress(io, 'analyze');
    // A single article to standard output prints as one JSON object; from the second on, JSON Lines.
    let held: Article | null = null;
    const lineWriter = writer.format === 'json' ? (writerFor('jsonl') as Writer) : writer;
    let headerDone = false;
    const emit = (text: string): void => {
      const out = headerDone || !writer.header ? text : writer.header + text;
      headerDone = true;
      if (sink.kind === 'file') sink.stream.write(out);
      else io.stdout.write(out);
    };
    // In --out DIR mode the first article of a file is named after the file; if the file holds more, all are named by id.
    let current: { file: string | null; firstId: string; firstName: string; count: number } | null = null;
    // Names written so far in --out DIR mode: a second input of the same name (sport/001.txt after business/001.txt)
    // is named by its article id ("sport_001.json"), never written over the first.
    const written = new Set<string>();
    const freeName = (preferred: string, article: Article): string => {
      let name = preferred;
      if (written.has(name)) name = outputName(article, writer, false);
      const stem = name.slice(0, name.length - writer.extension.length);
      for (let n = 2; written.has(name); n++) name = `${stem}-${n}${writer.extension}`;
      written.add(name);
      return name;
    };

    const fail = (err: unknown, file: string | null): void => {
      summary.failed++;
      const code = err instanceof DatelineError ? err.code : 'INTERNAL';
      summary.reasons.set(code, (summary.reasons.get(code) ?? 0) + 1);
      const text = err instanceof DatelineError ? err.describe() : `${file ?? 'stdin'}: ${err instanceof Error ? err.message : String(err)}`;
      io.stderr.write(`dateline: ${text}\n`);
      progress.tick(false);
    };

    for await (const { file, result } of readInputs(paths, { ...(input ? { format: input } : {}), date, maxArticleBytes, stdin: io.stdin as AsyncIterable<Uint8Array | string> })) {
      if (!result.ok) {
        fail(result.error, file);
        continue;
      }
      let article: Article;
      try {
        article = pipeline.run(result.article, { referenceDate: date });
      } catch (err) {
        fail(err instanceof DatelineError ? err : new DatelineError('PIPELINE', `${result.article.id}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`, file ? { file } : {}), file);
        continue;
      }
      summary.read++;
      progress.tick(true);
      let text: string;
      try {
        text = writer.write(article, writer.wantsOriginal ? { ...options, ...originalOf(article) } : options);
      } catch (err) {
        summary.read--;
        fail(new DatelineError('PIPELINE', `${article.id}: cannot write as ${writer.format}: ${err instanceof Error ? err.message : String(err)}`, file ? { file } : {}), file);
        continue;
      }
      if (sink.kind === 'dir') {
        if (current && current.file === file) {
          if (++current.count === 2) {
            const preferred = outputName({ ...article, id: current.firstId }, writer, false);
            if (preferred !== current.firstName) {
              written.delete(current.firstName);
              const byId = freeName(preferred, { ...article, id: current.firstId });
              renameSync(path.join(sink.dir, current.firstName), path.join(sink.dir, byId));
            }
          }
          writeFileSync(path.join(sink.dir, freeName(outputName(article, writer, false), article)), (writer.header ?? '') + text);
        } else {
          const name = freeName(outputName(article, writer, true), article);
          writeFileSync(path.join(sink.dir, name), (writer.header ?? '') + text);
          current = { file, firstId: article.id, firstName: name, count: 1 };
        }
        continue;
      }
      if (writer.format === 'json' && summary.read === 1) {
        held = article;
        continue;
      }
      if (held) {
        emit(lineWriter.write(held, options));
        held = null;
      }
      emit(writer === lineWriter ? text : lineWriter.write(article, options));
      if (sink.kind === 'stdout') await drain(io.stdout);
    }
    if (held) emit(writer.write(held, options));
    progress.done();
    if (sink.kind === 'file') await new Promise<void>((resolve) => sink.stream.end(resolve));
    io.stderr.write(`${summaryLine(summary)}\n`);
    return summary.failed > 0 ? 1 : 0;
  },
};

/** The decoded text of the file an article came from, for writers that insert annotations into their input. */
function originalOf(article: Article): { original?: string } {
  const file = article.source.path;
  if (!file) return {};
  const decoded = decodeInput(file, readFileSync(file));
  return decoded.ok ? { original: decoded.decoded.text } : {};
}

async function drain(stream: CommandIO['stdout']): Promise<void> {
  const s = stream as NodeJS.WritableStream & { writableNeedDrain?: boolean };
  if (s.writableNeedDrain) await new Promise<void>((resolve) => s.once('drain', () => resolve()));
}
