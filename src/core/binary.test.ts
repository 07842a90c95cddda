import { describe, expect, it } from 'vitest';
import { binaryCrossEntropy, softplus } from './binary';

function value(r: ReturnType<typeof binaryCrossEntropy>) {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value.value;
}

describe('binaryCrossEntropy', () => {
  it('computes one sample as arrays of length 1', () => {
    expect(value(binaryCrossEntropy([1], [0.8]))).toBeCloseTo(-Math.log(0.8), 15);
    expect(value(binaryCrossEntropy([0], [0.9], { base: '10' }))).toBeCloseTo(1, 15);
  });

  it('keeps ln(1 − y) exact for tiny y (log1p, where PyTorch’s log(1 − y) gives 0)', () => {
    expect(value(binaryCrossEntropy([0], [1e-16]))).toBeCloseTo(1e-16, 30);
    expect(value(binaryCrossEntropy([0], [1e-16])) as number).toBeGreaterThan(0);
  });

  it('gives +∞ with a reason at y = 0 < t, and PyTorch’s −100 floor only when asked', () => {
    const r = binaryCrossEntropy([1], [0]);
    expect(value(r)).toBe(Infinity);
    expect(r.warnings.map((w) => w.code)).toContain('infinite_loss');
    expect(value(binaryCrossEntropy([1], [0], { logFloor: -100 }))).toBe(100);
    expect(value(binaryCrossEntropy([0.5], [0], { logFloor: -100 }))).toBe(50);
    expect(value(binaryCrossEntropy([0], [0]))).toBe(0);
  });

  it('clips into [eps, 1 − eps] when asked', () => {
    expect(value(binaryCrossEntropy([1], [0], { clipEps: 1e-7 }))).toBeCloseTo(-Math.log(1e-7), 12);
  });

  it('smooths a binary target towards ½ as Keras does: t′ = t(1 − ls) + ls/2', () => {
    // t = 1, ls = 0.2 → t′ = 0.9: −(0.9 ln 0.8 + 0.1 ln 0.2).
    expect(value(binaryCrossEntropy([1], [0.8], { labelSmoothing: 0.2 }))).toBeCloseTo(-(0.9 * Math.log(0.8) + 0.1 * Math.log(0.2)), 15);
    // t = 0, ls = 0.1 → t′ = 0.05, also from logits.
    const z = Math.log(0.3 / 0.7);
    expect(value(binaryCrossEntropy([0], [z], { labelSmoothing: 0.1, fromLogits: true }))).toBeCloseTo(-(0.05 * Math.log(0.3) + 0.95 * Math.log(0.7)), 14);
    // A smoothed target is positive, so y = 0 costs +∞ even under t = 0.
    expect(value(binaryCrossEntropy([0], [0], { labelSmoothing: 0.1 }))).toBe(Infinity);
    expect(binaryCrossEntropy([1], [0.5], { labelSmoothing: 1.5 })).toMatchObject({ ok: false, error: { code: 'invalid_label_smoothing' } });
  });

  it('works from logits without losing tiny losses or making NaN at ±∞', () => {
    // −ln σ(40) = ln(1 + e^−40) ≈ 4.25e-18; PyTorch's form rounds it to 0.
    expect(value(binaryCrossEntropy([1], [40], { fromLogits: true }))).toBeCloseTo(Math.exp(-40), 30);
    expect(value(binaryCrossEntropy([1], [40], { fromLogits: true })) as number).toBeGreaterThan(0);
    expect(value(binaryCrossEntropy([0], [-Infinity], { fromLogits: true }))).toBe(0);
    expect(value(binaryCrossEntropy([1], [-Infinity], { fromLogits: true }))).toBe(Infinity);
    expect(value(binaryCrossEntropy([1, 0, 0, 1], [1000, -1000, 1000, -1000], { fromLogits: true, reduction: 'sum' }))).toBe(2000);
  });

  it('agrees between logits and probabilities', () => {
    const z = [-2, -0.5, 0.3, 4];
    const t = [0, 1, 0.3, 1];
    const y = z.map((v) => 1 / (1 + Math.exp(-v)));
    expect(value(binaryCrossEntropy(t, z, { fromLogits: true }))).toBeCloseTo(value(binaryCrossEntropy(t, y)) as number, 13);
  });

  it('weights samples (mean still divides by N, as PyTorch) and the positive term', () => {
    const l0 = -Math.log(0.8);
    const l1 = -Math.log(0.6);
    expect(value(binaryCrossEntropy([1, 0], [0.8, 0.4], { weights: [2, 1] }))).toBeCloseTo((2 * l0 + l1) / 2, 15);
    expect(value(binaryCrossEntropy([1, 0], [0.8, 0.4], { weights: [2, 1], meanDivisor: 'weight_sum' }))).toBeCloseTo((2 * l0 + l1) / 3, 15);
    expect(value(binaryCrossEntropy([1, 0], [0.8, 0.4], { posWeight: 3, reduction: 'sum' }))).toBeCloseTo(3 * l0 + l1, 15);
  });

  it('returns the losses for reduction none', () => {
    const none = value(binaryCrossEntropy([1, 0], [0.8, 0.4], { reduction: 'none' })) as number[];
    expect(none[0]).toBeCloseTo(-Math.log(0.8), 15);
    expect(none[1]).toBeCloseTo(-Math.log(0.6), 15);
  });

  it.each<[string, number[], number[], object, string]>([
    ['t above 1', [1.2], [0.5], {}, 'invalid_target'],
    ['y above 1', [1], [1.5], {}, 'invalid_probability'],
    ['negative y', [1], [-0.1], {}, 'invalid_probability'],
    ['NaN logit', [1], [NaN], { fromLogits: true }, 'non_finite_input'],
    ['lengths', [1, 0], [0.5], {}, 'shape_mismatch'],
    ['empty', [], [], {}, 'empty_input'],
    ['negative weight', [1], [0.5], { weights: [-1] }, 'invalid_weight'],
    ['negative pos_weight', [1], [0.5], { posWeight: -1 }, 'invalid_weight'],
    ['a ±1 label beyond 1', [2], [0.5], { labels: 'plusMinusOne', fromLogits: true }, 'invalid_target'],
    ['a ±1 label below −1', [-1.5], [0.5], { labels: 'plusMinusOne' }, 'invalid_target'],
    ['a {0, 1} target of −1', [-1], [0.5], { labels: 'zeroOne', fromLogits: true }, 'invalid_target'],
    ['an unknown labels option', [1], [0.5], { labels: 'signs' }, 'invalid_option'],
  ])('refuses %s', (_name, t, y, options, code) => {
    const r = binaryCrossEntropy(t, y, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });
});

describe('binaryCrossEntropy with ±1 labels (the margin form)', () => {
  it('is the mean of log(1 + e^{−y x}), checked by hand', () => {
    // log(1 + e^{−0.5}) = 0.474077, log(1 + e^{−1.2}) = 0.263282, log(1 + e^{2}) = 2.126928.
    const r = binaryCrossEntropy([1, -1, -1], [0.5, -1.2, 2.0], { fromLogits: true, labels: 'plusMinusOne' });
    expect(value(r)).toBeCloseTo(0.954762, 6);
    if (r.ok) expect(Array.from(r.value.perSample).map((v) => Number(v.toFixed(6)))).toEqual([0.474077, 0.263282, 2.126928]);
  });

  it('is binary cross-entropy with t = (1 + y)/2, also between −1 and 1 and on probabilities', () => {
    const z = [0.3, -2, 7];
    expect(value(binaryCrossEntropy([1, -1, 0], z, { fromLogits: true, labels: 'plusMinusOne', reduction: 'sum' }))).toBe(
      value(binaryCrossEntropy([1, 0, 0.5], z, { fromLogits: true, reduction: 'sum' })),
    );
    expect(value(binaryCrossEntropy([-1, 0.5], [0.2, 0.9], { labels: 'plusMinusOne' }))).toBe(value(binaryCrossEntropy([0, 0.75], [0.2, 0.9])));
  });

  it('says in English and Japanese what a label outside [−1, 1] is', async () => {
    const { describeDiagnostic } = await import('./messages');
    const r = binaryCrossEntropy([1, 3], [0.5, 0.5], { fromLogits: true, labels: 'plusMinusOne' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeDiagnostic(r.error, 'en')).toBe('t[1] is 3, which is not a label: labels here are −1 (negative class) and +1 (positive class), or a value between them.');
    expect(describeDiagnostic(r.error, 'ja')).toContain('−1（負のクラス）と+1（正のクラス）');
  });
});

describe('softplus', () => {
  it('is ln(1 + eˣ) without overflow', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(Infinity)).toBe(Infinity);
    expect(softplus(-Infinity)).toBe(0);
  });
});
