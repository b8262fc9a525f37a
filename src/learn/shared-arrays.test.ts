// Tests of model arrays shared between threads: recorded, adopted, private.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { LinearModel } from './linear-model.js';
import { adoptModelArrays, modelArray, recordModelArrays, recordedModelArrays, resetModelArrays } from './shared-arrays.js';

afterEach(() => resetModelArrays());

// A small sparse model: 3 classes, 2 rows.
function model(key?: string): LinearModel {
  const data = {
    classes: 3,
    scale: 1,
    keys: Int32Array.from([11, 22]),
    starts: Uint32Array.from([0, 2, 3]),
    classIds: Uint8Array.from([0, 2, 1]),
    weights: Int16Array.from([5, -3, 7]),
  };
  return new LinearModel(data, key);
}

test('arrays made while recording live in shared memory under their names; unnamed ones stay private', () => {
  recordModelArrays(true);
  const a = modelArray('a', Int32Array, 4, (x) => x.fill(9));
  const b = modelArray(undefined, Int32Array, 4, (x) => x.fill(1));
  recordModelArrays(false);
  assert.ok(a.buffer instanceof SharedArrayBuffer);
  assert.ok(!(b.buffer instanceof SharedArrayBuffer));
  assert.deepEqual(Object.keys(recordedModelArrays()), ['a']);
});

test('an adopted array is used as it is, without filling', () => {
  const given = Int32Array.from([1, 2, 3]);
  adoptModelArrays({ t: given });
  let filled = false;
  const got = modelArray('t', Int32Array, 3, () => (filled = true));
  assert.equal(got, given);
  assert.equal(filled, false);
});

test('an adopted array of another type or length is refused with its name', () => {
  adoptModelArrays({ t: new Int16Array(3) });
  assert.throws(() => modelArray('t', Int32Array, 3, () => {}), /"t" is a Int16Array of 3, expected a Int32Array of 3/);
});

test('a model built from adopted tables scores as the one that recorded them', () => {
  recordModelArrays(true);
  const first = model('m');
  recordModelArrays(false);
  const tables = recordedModelArrays();
  assert.ok(Object.keys(tables).length >= 1);
  resetModelArrays();
  adoptModelArrays(tables);
  const second = model('m');
  const s1 = new Float64Array(3);
  const s2 = new Float64Array(3);
  first.score(Int32Array.from([11, 22, 33]), 3, s1);
  second.score(Int32Array.from([11, 22, 33]), 3, s2);
  assert.deepEqual([...s2], [...s1]);
  assert.deepEqual([...s1], [5, 7, -3]);
});

test('a shared array crosses to a worker thread without a copy', async () => {
  recordModelArrays(true);
  const a = modelArray('x', Int32Array, 2, (x) => x.fill(0));
  recordModelArrays(false);
  const worker = new Worker('const { workerData, parentPort } = require("node:worker_threads"); workerData.x[1] = 42; parentPort.postMessage(1);', {
    eval: true,
    workerData: recordedModelArrays(),
  });
  await new Promise((resolve) => worker.once('message', resolve));
  await worker.terminate();
  assert.equal(a[1], 42);
});
