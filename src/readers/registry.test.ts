// Tests for finding a reader by format name, extension and content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectReader, READERS, readerFor } from './registry.js';

test('every reader has a distinct format name and readerFor finds it, or an alias', () => {
  const formats = READERS.map((r) => r.format);
  assert.equal(new Set(formats).size, formats.length);
  for (const f of formats) assert.equal(readerFor(f)?.format, f);
  assert.equal(readerFor('TXT')?.format, 'text');
  assert.equal(readerFor('sgm')?.format, 'reuters');
  assert.equal(readerFor('conll2003')?.format, 'conll');
  assert.equal(readerFor('docx'), undefined);
});

test('the extension decides, except for generic ones (.txt, none) where the content is sniffed', () => {
  const cases: [string | null, string, string][] = [
    ['a/reut2-000.sgm', 'anything', 'reuters'],
    ['a/news.jsonl', '{}', 'jsonl'],
    ['a/news.json', '[]', 'json'],
    ['a/page.HTML', '', 'html'],
    ['a/dev.conllu', '', 'conllu'],
    ['a/feed.rss', '', 'rss'],
    ['a/feed.atom', '', 'atom'],
    ['a/wsj_0001.tml.TE3input', '', 'timeml'],
    ['a/doc.xml', '<?xml version="1.0"?>\n<TimeML>', 'timeml'],
    ['a/ner.txt', '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n', 'conll'],
    ['a/story.txt', 'Mayor resigns\n\nThe mayor resigned.', 'text'],
    ['a/feed.xml', '<?xml version="1.0"?>\n<rss version="2.0">', 'rss'],
    ['a/noext', '<!doctype html><html>', 'html'],
    [null, '# sent_id = 1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n', 'conllu'],
    [null, '{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    [null, '[{"text":"a"}]', 'json'],
    [null, 'date 2020-11-19 Plain words.', 'text'],
  ];
  for (const [file, head, format] of cases) assert.equal(detectReader(file, head).format, format, `${file}: ${head.slice(0, 20)}`);
});
