// Facet tokens and date-range expressions for filtered full-text search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateRangeExpression, monthRangeExpression } from './facets.js';

test('a date range becomes year, month and day tokens', () => {
  assert.equal(dateRangeExpression('2024-03-30', '2024-04-02'), 'facets : (d20240330 OR d20240331 OR d20240401 OR d20240402)');
  assert.equal(dateRangeExpression('2024-03-01', '2024-04-30'), 'facets : (m202403 OR m202404)');
  assert.equal(dateRangeExpression('2023-12-31', '2025-01-01'), 'facets : (d20231231 OR y2024 OR d20250101)');
  assert.equal(dateRangeExpression('2024-02-28', '2024-03-01'), 'facets : (d20240228 OR d20240229 OR d20240301)');
  assert.equal(dateRangeExpression('2024-05-01', '2024-04-01'), null);
});

test('a coarse range uses whole months and says when dates must still be checked', () => {
  assert.deepEqual(monthRangeExpression('2024-05-03', '2024-06-10'), { expression: 'facets : (m202405 OR m202406)', exact: false });
  assert.deepEqual(monthRangeExpression('2024-01-01', '2024-12-31'), { expression: 'facets : (y2024)', exact: true });
  assert.equal(monthRangeExpression('2024-06-10', '2024-05-03'), null);
});
