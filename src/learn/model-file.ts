// The versioned binary model file: magic, version, a JSON header, then 8-byte-aligned typed-array sections read as views.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { DatelineError } from '../core/errors.js';
import { LinearModel, homeSlot, slotCapacity, type LinearModelData } from './linear-model.js';
import { modelArray } from './shared-arrays.js';

/** The first four bytes of every model file. */
export const MODEL_MAGIC = 'DLMF';
/** The format version this code writes and reads. */
export const MODEL_FORMAT_VERSION = 1;

/** A typed array that can be stored as a section. */
export type Section = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

const DTYPES = {
  i8: Int8Array,
  u8: Uint8Array,
  i16: Int16Array,
  u16: Uint16Array,
  i32: Int32Array,
  u32: Uint32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;
type Dtype = keyof typeof DTYPES;

/** A model file's contents: what kind of model, JSON-safe metadata, and named typed arrays. */
export interface ModelFile {
  readonly kind: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly sections: Readonly<Record<string, Section>>;
  /** The file it was read from, when it was: names its arrays for sharing between threads. */
  readonly source?: string;
}

interface SectionEntry {
  readonly name: string;
  readonly dtype: Dtype;
  readonly offset: number;
  readonly length: number;
}

function dtypeOf(a: Section): Dtype {
  for (const [name, ctor] of Object.entries(DTYPES)) if (a instanceof ctor) return name as Dtype;
  throw new TypeError('unsupported section type');
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Serialises a model file to bytes. */
export function encodeModel(file: ModelFile): Uint8Array {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(file.sections)) {
    entries.push({ name, dtype: dtypeOf(a), offset, length: a.length });
    offset = align8(offset + a.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ kind: file.kind, meta: file.meta, sections: entries }));
  const dataStart = align8(12 + header.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(MODEL_MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, MODEL_FORMAT_VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  Object.values(file.sections).forEach((a, i) => {
    const e = entries[i] as SectionEntry;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + e.offset);
  });
  return out;
}

/** Reads a model file from bytes; sections are views into (an aligned copy of) `bytes`. Little-endian hosts only. */
export function decodeModel(bytes: Uint8Array, source = '<bytes>'): ModelFile {
  const fail = (what: string, offset?: number): never => {
    throw new DatelineError('MODEL', `${source}: ${what}`, offset === undefined ? { file: source } : { file: source, offset });
  };
  if (bytes.length < 12) fail('too short to be a model file', 0);
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic !== MODEL_MAGIC) fail(`expected magic "${MODEL_MAGIC}", found ${JSON.stringify(magic)}`, 0);
  // Typed-array views need their element alignment; a pooled Buffer may start anywhere.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MODEL_FORMAT_VERSION) fail(`format version ${version}, this code reads version ${MODEL_FORMAT_VERSION}`, 4);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > buf.length) fail(`header of ${headerLength} bytes runs past the end`, 8);
  let header: { kind: string; meta: Record<string, unknown>; sections: SectionEntry[] };
  try {
    header = JSON.parse(new TextDecoder().decode(buf.subarray(12, 12 + headerLength)));
  } catch (e) {
    return fail(`header is not valid JSON (${(e as Error).message})`, 12);
  }
  const dataStart = align8(12 + headerLength);
  const sections: Record<string, Section> = {};
  for (const e of header.sections) {
    const ctor = DTYPES[e.dtype];
    if (!ctor) fail(`section "${e.name}" has unknown type "${e.dtype}"`);
    const start = buf.byteOffset + dataStart + e.offset;
    if (dataStart + e.offset + e.length * ctor.BYTES_PER_ELEMENT > buf.length) fail(`section "${e.name}" runs past the end`, dataStart + e.offset);
    sections[e.name] = new ctor(buf.buffer as ArrayBuffer, start, e.length);
  }
  return { kind: header.kind, meta: header.meta, sections };
}

/** Writes a model file to `path`. */
export function saveModel(path: string, file: ModelFile): void {
  writeFileSync(path, encodeModel(file));
}

/**
 * Reads a model file from `path`; fails with a MODEL error naming the file when absent or malformed. The bytes are
 * shared with other threads when they record or adopt model arrays (see shared-arrays.ts), and the file's linear
 * models then share their run-time tables too.
 */
export function loadModel(path: string): ModelFile {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    bytes = modelArray(`file:${path}`, Uint8Array, size, (a) => {
      const fd = openSync(path, 'r');
      try {
        for (let at = 0; at < size; ) {
          const n = readSync(fd, a, at, size - at, at);
          if (n === 0) throw new Error(`file ended after ${at} of ${size} bytes`);
          at += n;
        }
      } finally {
        closeSync(fd);
      }
    });
  } catch (e) {
    throw new DatelineError('MODEL', `cannot read model file ${path}: ${(e as Error).message}`, { file: path });
  }
  return { ...decodeModel(bytes, path), source: path };
}

// Rows in the order of their home slot in the run-time table: building the table then walks memory sequentially,
// which makes loading several times faster than random inserts into a table of tens of megabytes.
function sortedForLoading(d: LinearModelData): LinearModelData {
  const rows = d.keys.length;
  const cap = slotCapacity(rows);
  const order = Array.from({ length: rows }, (_, r) => r);
  const home = new Int32Array(rows);
  for (let r = 0; r < rows; r++) home[r] = homeSlot(d.keys[r] as number, cap);
  order.sort((a, b) => (home[a] as number) - (home[b] as number) || (d.keys[a] as number) - (d.keys[b] as number));
  const keys = new Int32Array(rows);
  const starts = new Uint32Array(rows + 1);
  const classIds = d.classIds instanceof Uint8Array ? new Uint8Array(d.classIds.length) : new Uint16Array(d.classIds.length);
  const weights = d.weights instanceof Int16Array ? new Int16Array(d.weights.length) : new Float32Array(d.weights.length);
  let k = 0;
  order.forEach((r, i) => {
    keys[i] = d.keys[r] as number;
    starts[i] = k;
    for (let j = d.starts[r] as number; j < (d.starts[r + 1] as number); j++, k++) {
      classIds[k] = d.classIds[j] as number;
      weights[k] = d.weights[j] as number;
    }
  });
  starts[rows] = k;
  return { classes: d.classes, scale: d.scale, keys, starts, classIds, weights };
}

/** Adds a linear model's arrays to `sections` under `prefix.*` and returns its metadata entry for the header. */
export function packLinearModel(model: LinearModel, prefix: string, sections: Record<string, Section>): { classes: number; scale: number } {
  const d = sortedForLoading(model.data);
  sections[`${prefix}.keys`] = d.keys;
  // Row lengths instead of offsets: one byte per row for small class counts; offsets are rebuilt on load.
  let longest = 0;
  for (let r = 0; r < d.keys.length; r++) longest = Math.max(longest, (d.starts[r + 1] as number) - (d.starts[r] as number));
  const counts = longest <= 255 ? new Uint8Array(d.keys.length) : new Uint32Array(d.keys.length);
  for (let r = 0; r < d.keys.length; r++) counts[r] = (d.starts[r + 1] as number) - (d.starts[r] as number);
  sections[`${prefix}.counts`] = counts;
  sections[`${prefix}.classIds`] = d.classIds;
  sections[`${prefix}.weights`] = d.weights;
  return { classes: d.classes, scale: d.scale };
}

/** Rebuilds the linear model stored under `prefix` (its metadata in `file.meta[prefix]`). */
export function unpackLinearModel(file: ModelFile, prefix: string): LinearModel {
  const info = file.meta[prefix] as { classes?: unknown; scale?: unknown } | undefined;
  const s = file.sections;
  const keys = s[`${prefix}.keys`];
  const counts = s[`${prefix}.counts`];
  let starts = s[`${prefix}.starts`];
  if (starts === undefined && (counts instanceof Uint8Array || counts instanceof Uint32Array)) {
    const built = new Uint32Array(counts.length + 1);
    for (let r = 0; r < counts.length; r++) built[r + 1] = (built[r] as number) + (counts[r] as number);
    starts = built;
  }
  const classIds = s[`${prefix}.classIds`];
  const weights = s[`${prefix}.weights`];
  if (
    !info || typeof info.classes !== 'number' || typeof info.scale !== 'number' ||
    !(keys instanceof Int32Array) || !(starts instanceof Uint32Array) ||
    !(classIds instanceof Uint8Array || classIds instanceof Uint16Array) ||
    !(weights instanceof Int16Array || weights instanceof Float32Array)
  ) {
    throw new DatelineError('MODEL', `model file has no complete linear model "${prefix}"`);
  }
  const data: LinearModelData = { classes: info.classes, scale: info.scale, keys, starts, classIds, weights };
  return new LinearModel(data, file.source === undefined ? undefined : `${file.source}#${prefix}`);
}

/** A copy of a model file whose linear models (every `meta` entry packed by `packLinearModel`) drop weights below `minAbs`. */
export function pruneModelFile(file: ModelFile, minAbs: number): ModelFile {
  const sections: Record<string, Section> = { ...file.sections };
  const meta: Record<string, unknown> = { ...file.meta };
  for (const [prefix, info] of Object.entries(file.meta)) {
    if (!info || typeof info !== 'object' || !('classes' in info) || !('scale' in info) || !(`${prefix}.keys` in file.sections)) continue;
    const pruned = unpackLinearModel(file, prefix).prune(minAbs);
    for (const k of Object.keys(sections)) if (k.startsWith(`${prefix}.`)) delete sections[k];
    meta[prefix] = packLinearModel(pruned, prefix, sections);
  }
  return { kind: file.kind, meta, sections };
}
