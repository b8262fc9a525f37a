// Tests for the segment stage: fills tokens and sentences, keeps pre-tokenised layers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createArticle, type Article } from '../core/document.js';
import { createSegmentStage } from './segment-stage.js';

const ctx = { referenceDate: null, options: {} };

function article(text: string, extra: Partial<Pick<Article, 'tokens' | 'sentences' | 'paragraphs'>> = {}): Article {
  return { ...createArticle({ id: 'a1', date: null, title: null, text, source: { format: 'text' } }), ...extra };
}

test('the stage declares what it needs and gives', () => {
  const stage = createSegmentStage();
  assert.equal(stage.name, 'segment');
  assert.deepStrictEqual(stage.requires, ['paragraphs']);
  assert.deepStrictEqual(stage.provides, ['tokens', 'sentences']);
});

test('the stage tokenises and splits by paragraph', () => {
  const text = 'Fire in Lima\n\nCrews fought it. It is out.';
  const patch = createSegmentStage().run(article(text, { paragraphs: [{ start: 0, end: 12, role: 'title' }, { start: 14, end: text.length, role: 'body' }] }), ctx);
  assert.deepStrictEqual(
    patch.sentences?.map((s) => text.slice(s.start, s.end)),
    ['Fire in Lima', 'Crews fought it.', 'It is out.'],
  );
  assert.equal(patch.tokens?.length, 11);
});

test('pre-tokenised input keeps its tokens and sentences', () => {
  const text = 'New  York';
  const tokens = [{ start: 0, end: 3 }, { start: 5, end: 9 }];
  const sentences = [{ start: 0, end: 9 }];
  assert.deepStrictEqual(createSegmentStage().run(article(text, { tokens, sentences }), ctx), {});
  const patch = createSegmentStage().run(article(text, { tokens }), ctx);
  assert.deepStrictEqual(patch, { sentences: [{ start: 0, end: 9 }] });
});
