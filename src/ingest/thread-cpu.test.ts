// The calling thread's CPU time: absent off Linux, otherwise non-negative and growing with work done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { threadCpuSeconds } from './thread-cpu.js';

test('thread CPU seconds grow while the thread computes', () => {
  const before = threadCpuSeconds();
  if (before === null) {
    assert.equal(process.platform === 'linux', false);
    return;
  }
  assert.ok(before >= 0);
  let x = 0;
  const until = Date.now() + 150;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  const after = threadCpuSeconds() as number;
  assert.ok(x > 0);
  assert.ok(after > before, `${after} > ${before}`);
});
