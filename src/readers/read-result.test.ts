// Tests for the steps readers share: ids from file names, the size limit and date resolution.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '../core/index.js';
import { baseId, finishArticle, resolveDate } from './read-result.js';

test('ids are base names without the last extension; standard input is "stdin"', () => {
  assert.equal(baseId('a/b/story.txt'), 'story');
  assert.equal(baseId('reut2-000.sgm'), 'reut2-000');
  assert.equal(baseId('notes'), 'notes');
  assert.equal(baseId(null), 'stdin');
});

test('an article over the limit is TOO_LARGE with its file; one at the limit passes', () => {
  const article = { id: 'a', date: null, title: null, text: 'abcde', source: { format: 'text' } };
  assert.ok(finishArticle(article, { date: null, maxArticleBytes: 5 }, { file: 'a.txt' }).ok);
  const r = finishArticle(article, { date: null, maxArticleBytes: 4 }, { file: 'a.txt', line: 3 });
  assert.ok(!r.ok && r.error.code === 'TOO_LARGE');
  assert.deepEqual(!r.ok && r.error.location, { file: 'a.txt', line: 3 });
});

test('dates: the input wins, --date fills a gap, an unreadable one warns and falls back', () => {
  const options = { date: '2020-01-01', maxArticleBytes: 100 };
  const messages: Message[] = [];
  assert.equal(resolveDate('2021-02-03T04:05:06Z', options, 'a.txt', messages), '2021-02-03');
  assert.equal(resolveDate(null, options, 'a.txt', messages), '2020-01-01');
  assert.equal(resolveDate('  ', options, 'a.txt', messages), '2020-01-01');
  assert.equal(messages.length, 0);
  assert.equal(resolveDate('yesterday-ish', options, 'a.txt', messages), '2020-01-01');
  assert.equal(messages.length, 1);
  assert.match(messages[0]?.message ?? '', /^a\.txt: unreadable date "yesterday-ish"/);
});
