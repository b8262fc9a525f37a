// Parameter mixing: the average of linear models trained on different shuffles, one model with the cost of one.
import { LinearModel } from '../learn/index.js';

/** The weight-wise mean of models over the same classes, quantised to int16 with one scale. */
export function mixLinearModels(models: readonly LinearModel[]): LinearModel {
  const first = models[0];
  if (!first) throw new RangeError('mixing needs at least one model');
  const C = first.classes;
  const rows = new Map<number, Float64Array>();
  for (const m of models) {
    if (m.classes !== C) throw new RangeError(`cannot mix models of ${m.classes} and ${C} classes`);
    const { keys, starts, classIds, weights } = m.data;
    for (let r = 0; r < keys.length; r++) {
      const id = keys[r] as number;
      let row = rows.get(id);
      if (!row) {
        row = new Float64Array(C);
        rows.set(id, row);
      }
      const end = starts[r + 1] as number;
      for (let k = starts[r] as number; k < end; k++) {
        const c = classIds[k] as number;
        row[c] = (row[c] as number) + ((weights[k] as number) * m.scale) / models.length;
      }
    }
  }
  let max = 0;
  for (const row of rows.values()) for (const v of row) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const ids = [...rows.keys()].sort((a, b) => a - b);
  const keys = new Int32Array(ids.length);
  const starts = new Uint32Array(ids.length + 1);
  const cls: number[] = [];
  const ws: number[] = [];
  ids.forEach((id, r) => {
    keys[r] = id;
    starts[r] = cls.length;
    const row = rows.get(id) as Float64Array;
    for (let c = 0; c < C; c++) {
      const q = Math.round((row[c] as number) / scale);
      if (q === 0) continue;
      cls.push(c);
      ws.push(q);
    }
  });
  starts[ids.length] = cls.length;
  const classIds = C <= 256 ? Uint8Array.from(cls) : Uint16Array.from(cls);
  return new LinearModel({ classes: C, scale, keys, starts, classIds, weights: Int16Array.from(ws) });
}
