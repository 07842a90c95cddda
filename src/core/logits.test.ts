import { describe, expect, it } from 'vitest';
import { crossEntropyFromLogits, crossEntropyFromLogitsBatch } from './logits';
import { crossEntropyFromLogitsBatchFlat } from './logits-flat';

function single(r: ReturnType<typeof crossEntropyFromLogits>) {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value;
}

function batch(r: ReturnType<typeof crossEntropyFromLogitsBatch>) {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value.value;
}

describe('crossEntropyFromLogits', () => {
  it('stays exact at ±1000 and under a shift of 1e6', () => {
    expect(single(crossEntropyFromLogits([1000, 0, -1000], 0)).E).toBe(0);
    expect(single(crossEntropyFromLogits([1000, 0, -1000], 1)).E).toBe(1000);
    const base = single(crossEntropyFromLogits([0.5, -1.25, 2], [0.2, 0.3, 0.5])).E;
    expect(single(crossEntropyFromLogits([1e6 + 0.5, 1e6 - 1.25, 1e6 + 2], [0.2, 0.3, 0.5])).E).toBeCloseTo(base, 13);
  });

  it('gives softmax, log-softmax, terms and the gradient y − t', () => {
    const r = single(crossEntropyFromLogits([1, 2, 3], 2));
    const s = Math.exp(1) + Math.exp(2) + Math.exp(3);
    expect(r.softmax[2]).toBeCloseTo(Math.exp(3) / s, 15);
    expect(r.logSoftmax[0]).toBeCloseTo(1 - Math.log(s), 14);
    expect(r.E).toBeCloseTo(Math.log(s) - 3, 14);
    expect(r.terms).toEqual([0, 0, r.E]);
    r.gradLogits.forEach((g, k) => expect(g).toBeCloseTo(r.softmax[k]! - (k === 2 ? 1 : 0), 15));
  });

  it('treats a −∞ logit under t = 0 as 0 (PyTorch gives NaN) and under t > 0 as +∞', () => {
    expect(single(crossEntropyFromLogits([-Infinity, 0, 0], [0, 0.5, 0.5])).E).toBeCloseTo(Math.LN2, 15);
    expect(single(crossEntropyFromLogits([-Infinity, 0, 0], [0.5, 0.5, 0])).E).toBe(Infinity);
  });

  it('smooths labels as PyTorch does', () => {
    const z = [1, 2, 3];
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    const logp = z.map((v) => v - lse);
    const ls = 0.2;
    const expected = -(1 - ls) * logp[0]! - (ls / 3) * logp.reduce((a, b) => a + b, 0);
    expect(single(crossEntropyFromLogits(z, 0, { labelSmoothing: ls })).E).toBeCloseTo(expected, 14);
  });

  it.each<[string, number[], number | number[], object, string]>([
    ['NaN logit', [NaN, 1], 0, {}, 'non_finite_input'],
    ['+∞ logit', [Infinity, 1], 0, {}, 'non_finite_input'],
    ['all logits −∞', [-Infinity, -Infinity], 0, {}, 'non_finite_input'],
    ['index out of range', [1, 2], 2, {}, 'invalid_target'],
    ['smoothing above 1', [1, 2], 0, { labelSmoothing: 1.5 }, 'invalid_label_smoothing'],
    ['negative smoothing', [1, 2], 0, { labelSmoothing: -0.1 }, 'invalid_label_smoothing'],
    ['target length', [1, 2], [1, 0, 0], {}, 'shape_mismatch'],
    ['empty', [], 0, {}, 'empty_input'],
  ])('refuses %s', (_name, z, target, options, code) => {
    const r = crossEntropyFromLogits(z, target, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });
});

describe('crossEntropyFromLogitsBatch', () => {
  const Z = [
    [0.3, -0.2, 1.1],
    [2, 0, -1],
    [0, 0, 0],
  ];
  const indices = [2, 0, 1];
  const losses = Z.map((z, n) => single(crossEntropyFromLogits(z, indices[n]!)).E);

  it('reduces per-sample losses and agrees with the single-sample API', () => {
    expect(batch(crossEntropyFromLogitsBatch(Z, indices, { reduction: 'sum' }))).toBeCloseTo(losses[0]! + losses[1]! + losses[2]!, 14);
    expect(batch(crossEntropyFromLogitsBatch(Z, indices, { reduction: 'none' }))).toEqual(losses.map((l) => expect.closeTo(l, 14)));
  });

  it('combines class weights, label smoothing and ignore_index as PyTorch’s weighted mean does', () => {
    const w = [0.2, 1, 2.5];
    const ls = 0.1;
    const perSample = Z.map((z, n) => single(crossEntropyFromLogits(z, indices[n]!, { classWeights: w, labelSmoothing: ls })).E);
    const r = crossEntropyFromLogitsBatch(Z, [2, -100, 1], { classWeights: w, labelSmoothing: ls, ignoreIndex: -100 });
    expect(batch(r)).toBeCloseTo((perSample[0]! + perSample[2]!) / (w[2]! + w[1]!), 14);
  });

  it('flat fast path matches the row API for indices and target rows', () => {
    const flat = Float64Array.from(Z.flat());
    const rows = indices.map((i) => [0, 1, 2].map((c) => (c === i ? 1 : 0)));
    const expected = batch(crossEntropyFromLogitsBatch(Z, indices)) as number;
    const byIndex = crossEntropyFromLogitsBatchFlat(flat, Int32Array.from(indices), 3, 3);
    const byRows = crossEntropyFromLogitsBatchFlat(flat, Float64Array.from(rows.flat()), 3, 3);
    expect(byIndex.ok && byIndex.value.value).toBeCloseTo(expected, 14);
    expect(byRows.ok && byRows.value.value).toBeCloseTo(expected, 14);
  });

  it('flat fast path stays exact for logits shifted by 1e6 and hands NaN to the careful path', () => {
    const shifted = Float64Array.from(Z.flat().map((v) => v + 1e6));
    const r = crossEntropyFromLogitsBatchFlat(shifted, Int32Array.from(indices), 3, 3);
    expect(r.ok && r.value.value).toBeCloseTo(batch(crossEntropyFromLogitsBatch(Z, indices)) as number, 9);
    const bad = Float64Array.from(Z.flat());
    bad[3] = NaN;
    expect(crossEntropyFromLogitsBatchFlat(bad, Int32Array.from(indices), 3, 3)).toMatchObject({ ok: false, error: { code: 'non_finite_input', row: 1 } });
  });
});
