// Tests for the statistical core: hashing, seeded shuffling, perceptron training, compaction and the model file format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AveragedPerceptron,
  IdTable,
  LinearModel,
  createRng,
  decodeModel,
  encodeModel,
  feat1,
  feat2,
  hashSlice,
  hashString,
  loadModel,
  packLinearModel,
  saveModel,
  shuffle,
  unpackLinearModel,
  type Section,
} from './index.js';

test('string hashes are stable and slices hash like the sliced string', () => {
  assert.equal(hashString(''), 0x811c9dc5);
  assert.equal(hashString('court'), hashString('court'));
  assert.notEqual(hashString('court'), hashString('Court'));
  assert.equal(hashSlice('the courthouse', 4, 9), hashString('court'));
  assert.notEqual(feat1(1, hashString('a')), feat1(2, hashString('a')));
  assert.notEqual(feat2(1, 2, 3), feat2(1, 3, 2));
});

test('the seeded generator and shuffle are reproducible', () => {
  const a = shuffle([...Array(20).keys()], createRng(7));
  const b = shuffle([...Array(20).keys()], createRng(7));
  assert.deepStrictEqual(a, b);
  assert.notDeepStrictEqual(a, [...Array(20).keys()]);
  assert.deepStrictEqual([...a].sort((x, y) => x - y), [...Array(20).keys()]);
});

test('the id table maps ids to dense rows and grows', () => {
  const t = new IdTable(4);
  for (let i = 0; i < 1000; i++) assert.equal(t.add(i * 7919 - 500000), i);
  assert.equal(t.get(7919 - 500000), 1);
  assert.equal(t.get(3), -1);
  assert.equal(t.size, 1000);
});

// A toy task: the class is given by which "word" feature is present; one noise feature is shared by all.
function toyData(): { feats: Int32Array; label: number }[] {
  const words = ['reuters', 'court', 'judge', 'bank', 'rates'];
  const labels = [0, 1, 1, 2, 2];
  return words.map((w, i) => ({ feats: Int32Array.of(feat1(1, hashString(w)), feat1(2, 0)), label: labels[i] as number }));
}

function trainToy(seed: number): AveragedPerceptron {
  const p = new AveragedPerceptron(3);
  const data = toyData();
  const rng = createRng(seed);
  const scores = new Float64Array(3);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const x of shuffle([...data], rng)) {
      p.score(x.feats, x.feats.length, scores);
      let guess = 0;
      for (let c = 1; c < 3; c++) if ((scores[c] as number) > (scores[guess] as number)) guess = c;
      p.update(x.feats, x.feats.length, x.label, guess);
      p.tick();
    }
  }
  return p;
}

test('the averaged perceptron learns a separable toy task, and compaction keeps its decisions', () => {
  const model = trainToy(1).compact();
  const scores = new Float64Array(3);
  for (const x of toyData()) assert.equal(model.predict(x.feats, x.feats.length, scores), x.label);
  assert.ok(model.data.weights instanceof Int16Array);
});

test('training is deterministic for a fixed seed', () => {
  const a = trainToy(3).compact({ precision: 'float32' });
  const b = trainToy(3).compact({ precision: 'float32' });
  assert.deepStrictEqual([...a.data.keys], [...b.data.keys]);
  assert.deepStrictEqual([...a.data.weights], [...b.data.weights]);
});

test('a model survives the binary file format round trip', () => {
  const model = trainToy(1).compact();
  const sections: Record<string, Section> = { extra: Float64Array.of(1.5, -2) };
  const meta = { tags: ['A', 'B', 'C'], toy: packLinearModel(model, 'toy', sections) };
  const bytes = encodeModel({ kind: 'test', meta, sections });
  // A misaligned copy must still decode (pooled buffers may start anywhere).
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  for (const b of [bytes, shifted.subarray(3)]) {
    const file = decodeModel(b);
    assert.equal(file.kind, 'test');
    assert.deepStrictEqual(file.meta['tags'], ['A', 'B', 'C']);
    assert.deepStrictEqual([...(file.sections['extra'] as Float64Array)], [1.5, -2]);
    const back = unpackLinearModel(file, 'toy');
    const s1 = new Float64Array(3);
    const s2 = new Float64Array(3);
    for (const x of toyData()) {
      model.score(x.feats, 2, s1);
      back.score(x.feats, 2, s2);
      assert.deepStrictEqual([...s1], [...s2]);
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-learn-'));
  try {
    const file = path.join(dir, 'toy.bin');
    saveModel(file, { kind: 'test', meta, sections });
    assert.equal(loadModel(file).kind, 'test');
    writeFileSync(file, 'not a model at all');
    assert.throws(() => loadModel(file), /expected magic "DLMF"/);
    assert.throws(() => loadModel(path.join(dir, 'absent.bin')), /cannot read model file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pruning drops small weights and empty rows', () => {
  const model = trainToy(1).compact();
  const max = Math.max(...[...model.data.weights].map((w) => Math.abs(w)));
  const pruned = model.prune(max);
  assert.ok(pruned.size < model.size);
  for (const w of pruned.data.weights) assert.ok(Math.abs(w) >= max);
  assert.equal(pruned.data.starts[pruned.data.keys.length], pruned.size);
  assert.equal(model.prune(0).size, model.size);
});

// Sums the rows of the given feature ids straight from a model's stored arrays (the reference for the run-time tables).
function referenceScores(model: LinearModel, ids: readonly number[]): number[] {
  const { keys, starts, classIds, weights } = model.data;
  const out = new Array<number>(model.classes).fill(0);
  for (const id of ids) {
    const r = keys.indexOf(id);
    if (r < 0) continue;
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k++) out[classIds[k] as number]! += weights[k] as number;
  }
  return out;
}

test('run-time tables (dense for four classes or fewer, packed otherwise) score as the stored rows say', () => {
  const rng = createRng(7);
  for (const classes of [2, 4, 5, 40]) {
    const rows = 3000;
    const keys = new Int32Array(rows);
    const starts = new Uint32Array(rows + 1);
    const cls: number[] = [];
    const ws: number[] = [];
    for (let r = 0; r < rows; r++) {
      keys[r] = feat1(classes, r);
      starts[r] = cls.length;
      for (let c = 0; c < classes; c++) {
        if (rng.next() < 0.5) continue;
        cls.push(c);
        ws.push(Math.round((rng.next() - 0.5) * 60000));
      }
      if (starts[r] === cls.length) {
        cls.push(0);
        ws.push(-32768);
      }
    }
    starts[rows] = cls.length;
    const model = new LinearModel({ classes, scale: 1, keys, starts, classIds: Uint8Array.from(cls), weights: Int16Array.from(ws) });
    const scores = new Float64Array(classes + 2).fill(99);
    for (let trial = 0; trial < 50; trial++) {
      // Stored ids, and ids that are not in the model.
      const ids = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? feat2(9, trial, i) : (keys[rng.int(rows)] as number)));
      model.score(Int32Array.from(ids), ids.length, scores);
      assert.deepEqual([...scores.subarray(0, classes)], referenceScores(model, ids), `${classes} classes, trial ${trial}`);
      assert.equal(scores[classes], 99, 'scores past the classes are left alone');
    }
  }
});
