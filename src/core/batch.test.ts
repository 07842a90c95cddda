import { describe, expect, it } from 'vitest';
import { crossEntropyBatch, crossEntropyBatchFlat } from './batch';
import { crossEntropy } from './multiclass';

const Y = [
  [0.7, 0.2, 0.1],
  [0.1, 0.8, 0.1],
  [0.3, 0.3, 0.4],
];
const indices = [0, 1, 2];
const T = indices.map((i) => [0, 1, 2].map((c) => (c === i ? 1 : 0)));
const losses = indices.map((i, n) => -Math.log(Y[n]![i]!));

function value(r: ReturnType<typeof crossEntropyBatch>) {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value;
}

describe('crossEntropyBatch', () => {
  it('refuses a prediction above 1 as invalid_probability, on the careful and the flat path', () => {
    const bad = [
      [0.7, 0.2, 0.1],
      [0.1, 1.2, 0.1],
    ];
    const targets = [T[0]!, T[1]!];
    const careful = crossEntropyBatch(targets, bad);
    expect(careful).toMatchObject({ ok: false, error: { code: 'invalid_probability', row: 1, index: 1 } });
    const flat = crossEntropyBatchFlat(Float64Array.from(targets.flat()), Float64Array.from(bad.flat()), 2, 3);
    expect(flat).toMatchObject({ ok: false, error: { code: 'invalid_probability', row: 1, index: 1 } });
    expect(crossEntropyBatch(targets, bad, { normalize: true })).toMatchObject({ ok: false, error: { code: 'invalid_probability' } });
  });

  it('with clip_eps rescales each row first and clips after, as Keras does', () => {
    const r = value(crossEntropyBatch([[1, 0, 0]], [[0.6, 0.2, 0]], { clipEps: 1e-7, reduction: 'sum' }));
    expect(r.value).toBeCloseTo(-Math.log(0.75), 15);
  });

  it('reduces by mean, sum and none', () => {
    const sum = losses.reduce((a, b) => a + b, 0);
    expect(value(crossEntropyBatch(T, Y)).value).toBeCloseTo(sum / 3, 15);
    expect(value(crossEntropyBatch(T, Y, { reduction: 'sum' })).value).toBeCloseTo(sum, 15);
    const none = value(crossEntropyBatch(T, Y, { reduction: 'none' })).value as number[];
    none.forEach((v, n) => expect(v).toBeCloseTo(losses[n]!, 15));
  });

  it('takes class indices as targets and gives the one-hot result', () => {
    expect(value(crossEntropyBatch(indices, Y)).value).toBeCloseTo(value(crossEntropyBatch(T, Y)).value as number, 15);
  });

  it('divides a class-weighted mean by Σ w[y_n] for indices and by N for probability rows (PyTorch)', () => {
    const w = [1, 3, 0.5];
    const weighted = indices.map((i, n) => w[i]! * losses[n]!);
    const total = weighted.reduce((a, b) => a + b, 0);
    expect(value(crossEntropyBatch(indices, Y, { classWeights: w })).value).toBeCloseTo(total / 4.5, 14);
    expect(value(crossEntropyBatch(T, Y, { classWeights: w })).value).toBeCloseTo(total / 3, 14);
    expect(value(crossEntropyBatch(T, Y, { classWeights: w, meanDivisor: 'weight_sum' })).value).toBeCloseTo(total / 4.5, 14);
  });

  it('uses sample weights with either divisor', () => {
    const s = [2, 1, 0];
    const total = 2 * losses[0]! + losses[1]!;
    expect(value(crossEntropyBatch(T, Y, { sampleWeights: s, meanDivisor: 'count' })).value).toBeCloseTo(total / 3, 14);
    expect(value(crossEntropyBatch(T, Y, { sampleWeights: s, meanDivisor: 'weight_sum' })).value).toBeCloseTo(total / 3, 14);
    expect(value(crossEntropyBatch(T, Y, { sampleWeights: [4, 1, 1], meanDivisor: 'weight_sum' })).value).toBeCloseTo(
      (4 * losses[0]! + losses[1]! + losses[2]!) / 6,
      14,
    );
  });

  it('leaves ignored samples out of sum and divisor, and says so', () => {
    const r = crossEntropyBatch([0, -100, 2], Y, { ignoreIndex: -100 });
    expect(value(r).value).toBeCloseTo((losses[0]! + losses[2]!) / 2, 15);
    expect(r.warnings.map((w) => w.code)).toContain('samples_ignored');
    expect(crossEntropyBatch([-100, -100, -100], Y, { ignoreIndex: -100 })).toMatchObject({ ok: false, error: { code: 'no_valid_samples' } });
    expect(crossEntropyBatch(indices, Y, { classWeights: [0, 0, 0] })).toMatchObject({ ok: false, error: { code: 'zero_weight_sum' } });
  });

  it('keeps +∞ and never makes NaN from a zero weight on an infinite loss', () => {
    const Yz = [
      [0, 1],
      [0.5, 0.5],
    ];
    expect(value(crossEntropyBatch([0, 1], Yz)).value).toBe(Infinity);
    expect(value(crossEntropyBatch([0, 1], Yz, { sampleWeights: [0, 1] })).value).toBeCloseTo(Math.LN2, 15);
  });

  it.each<[string, () => ReturnType<typeof crossEntropyBatch>, string]>([
    ['ragged rows', () => crossEntropyBatch([[1, 0], [0, 0, 1]], [[0.5, 0.5], [0.2, 0.3, 0.5]]), 'shape_mismatch'],
    ['too few targets', () => crossEntropyBatch([0], Y), 'shape_mismatch'],
    ['index out of range', () => crossEntropyBatch([0, 1, 3], Y), 'invalid_target'],
    ['fractional index', () => crossEntropyBatch([0, 1.5, 2], Y), 'invalid_target'],
    ['empty batch', () => crossEntropyBatch([], []), 'empty_input'],
    ['sample weights of the wrong length', () => crossEntropyBatch(T, Y, { sampleWeights: [1] }), 'shape_mismatch'],
    ['negative prediction', () => crossEntropyBatch(T, [[0.5, 0.5, 0], [-1, 1, 1], [0.3, 0.3, 0.4]]), 'invalid_probability'],
  ])('refuses %s', (_name, compute, code) => {
    const r = compute();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });
});

describe('crossEntropyBatchFlat', () => {
  const flatT = Float64Array.from(T.flat());
  const flatY = Float64Array.from(Y.flat());

  it('agrees with the row API and the single-sample API', () => {
    const fast = value(crossEntropyBatchFlat(flatT, flatY, 3, 3, { reduction: 'none' })).perSample;
    fast.forEach((v, n) => {
      const single = crossEntropy(T[n]!, Y[n]!);
      expect(single.ok && v).toBeCloseTo(single.ok ? single.value.E : NaN, 15);
    });
    expect(value(crossEntropyBatchFlat(flatT, flatY, 3, 3, { base: '2' })).value).toBeCloseTo(
      value(crossEntropyBatch(T, Y, { base: '2' })).value as number,
      15,
    );
  });

  it('hands unusual input to the careful path, which names the entry', () => {
    const bad = Float64Array.from(flatY);
    bad[4] = NaN;
    expect(crossEntropyBatchFlat(flatT, bad, 3, 3)).toMatchObject({ ok: false, error: { code: 'non_finite_input', row: 1, index: 1 } });
    bad[4] = -0.5;
    expect(crossEntropyBatchFlat(flatT, bad, 3, 3)).toMatchObject({ ok: false, error: { code: 'invalid_probability', row: 1 } });
  });

  it('warns about rows that do not sum to 1 and checks sizes', () => {
    const r = crossEntropyBatchFlat(Float64Array.from([1, 0, 1, 0]), Float64Array.from([0.5, 0.6, 0.5, 0.5]), 2, 2);
    expect(r.warnings.find((w) => w.code === 'y_not_normalised')?.row).toBe(0);
    expect(crossEntropyBatchFlat(flatT, flatY, 3, 2)).toMatchObject({ ok: false, error: { code: 'shape_mismatch' } });
  });

  it('uses the careful engine for options the fast loop does not do', () => {
    const options = { labelSmoothing: 0.1, classWeights: [1, 2, 3] };
    expect(value(crossEntropyBatchFlat(flatT, flatY, 3, 3, options)).value).toBeCloseTo(
      value(crossEntropyBatch(T, Y, options)).value as number,
      15,
    );
  });
});
