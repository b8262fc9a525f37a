// Model arrays shared between threads: the file bytes and run-time tables of the models, made once and handed to worker threads.
//
// Every analysis thread needs the same read-only models (about 170 MB of typed arrays once loaded). A thread that
// records while it loads puts those arrays in SharedArrayBuffers under stable names; other threads adopt them and
// their loads then reuse the arrays instead of reading and building their own copies. Mutable per-thread caches are
// never made through here.

/** A typed array that can live in a SharedArrayBuffer and cross to another thread without a copy. */
export type ShareableArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** The constructor of a ShareableArray type. */
export interface ShareableArrayConstructor<T extends ShareableArray> {
  new (length: number): T;
  new (buffer: SharedArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
}

/** Model arrays by name, as sent to another thread (in `workerData` or a message). */
export type SharedModelArrays = Readonly<Record<string, ShareableArray>>;

const adopted = new Map<string, ShareableArray>();
const recorded = new Map<string, ShareableArray>();
let recording = false;

/** From now on, model arrays made in this thread go to shared memory and are recorded under their names. */
export function recordModelArrays(on = true): void {
  recording = on;
}

/** The model arrays recorded in this thread so far. */
export function recordedModelArrays(): SharedModelArrays {
  return Object.fromEntries(recorded);
}

/** Makes arrays recorded by another thread available to this thread's model loads. */
export function adoptModelArrays(arrays: SharedModelArrays): void {
  for (const [name, a] of Object.entries(arrays)) adopted.set(name, a);
}

/** Forgets every adopted and recorded array (tests; a thread that loads models afresh). */
export function resetModelArrays(): void {
  adopted.clear();
  recorded.clear();
  recording = false;
}

/**
 * The model array named `name`: an adopted or recorded one when there is one, else a new array of `length` elements
 * filled by `fill` (in shared memory and recorded while recording). Without a name, always a new private array.
 */
export function modelArray<T extends ShareableArray>(name: string | undefined, ctor: ShareableArrayConstructor<T>, length: number, fill: (a: T) => void): T {
  if (name !== undefined) {
    const known = adopted.get(name) ?? recorded.get(name);
    if (known !== undefined) {
      if (!(known instanceof ctor) || known.length !== length) {
        throw new TypeError(`shared model array "${name}" is a ${known.constructor.name} of ${known.length}, expected a ${ctor.name} of ${length}`);
      }
      return known;
    }
  }
  const share = recording && name !== undefined;
  const a = share ? new ctor(new SharedArrayBuffer(length * ctor.BYTES_PER_ELEMENT), 0, length) : new ctor(length);
  fill(a);
  if (share) recorded.set(name, a);
  return a;
}
