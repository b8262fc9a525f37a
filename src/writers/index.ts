// The output formats: one writer per format, looked up by name.
import { jsonWriter, jsonlWriter } from './json.js';
import { textWriter } from './text.js';
import { timemlWriter } from './timeml.js';
import { conllWriter } from './conll.js';
import { conlluWriter } from './conllu.js';
import { gdeltWriter } from './gdelt.js';
import { ploverWriter } from './plover.js';
import type { Writer } from './writer.js';

export type { Writer, WriteOptions } from './writer.js';
export { toJson } from './json.js';
export { renderText } from './text.js';
export { writeTimeml, articleToTimeml } from './timeml.js';
export { GDELT_COLUMNS, GDELT_HEADER } from './gdelt.js';

/** Every writer, by `--format` name. */
export const WRITERS: ReadonlyMap<string, Writer> = new Map([jsonWriter, jsonlWriter, textWriter, conllWriter, conlluWriter, timemlWriter, ploverWriter, gdeltWriter].map((w) => [w.format, w]));

/** The writer for a format name, or undefined. */
export function writerFor(format: string): Writer | undefined {
  return WRITERS.get(format);
}
