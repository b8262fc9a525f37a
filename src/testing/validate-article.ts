// Test helper: checks an analysed article against docs/article.schema.json and that every span agrees with the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO_ROOT } from './shared-data.js';

const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', 'article.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/** Problems with an article (as written to JSON): schema violations and spans that do not match the text; empty when valid. */
export function articleProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (!validate(json)) {
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
    return problems;
  }
  const a = json as { text: string } & Record<string, unknown>;
  const check = (where: string, s: SpanLike): void => {
    if (s.start > s.end || s.end > a.text.length) problems.push(`${where}: span [${s.start}, ${s.end}) outside text of length ${a.text.length}`);
    else if (s.text !== undefined && a.text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text "${s.text}" is not text[${s.start}:${s.end}]`);
  };
  const each = (layer: string, f: (item: Record<string, unknown>, where: string) => void): void => {
    const items = a[layer];
    if (Array.isArray(items)) items.forEach((item, i) => f(item as Record<string, unknown>, `${layer}[${i}]`));
  };
  if (a['dateline']) check('dateline', a['dateline'] as SpanLike);
  for (const layer of ['paragraphs', 'sentences', 'tokens', 'times', 'quotes']) each(layer, (item, where) => check(where, item as unknown as SpanLike));
  each('quotes', (q, where) => {
    if (q['speakerMention']) check(`${where}.speakerMention`, q['speakerMention'] as SpanLike);
    if (q['cue']) check(`${where}.cue`, q['cue'] as SpanLike);
  });
  each('entities', (e, where) => (e['mentions'] as SpanLike[]).forEach((m, j) => check(`${where}.mentions[${j}]`, m)));
  each('events', (v, where) => check(`${where}.trigger`, v['trigger'] as SpanLike));
  return problems;
}
