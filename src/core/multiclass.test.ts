import { describe, expect, it } from 'vitest';
import { crossEntropy } from './multiclass';
import type { LogBase } from './types';

function value(r: ReturnType<typeof crossEntropy>) {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value;
}

function codes(r: ReturnType<typeof crossEntropy>) {
  return r.warnings.map((w) => w.code);
}

describe('crossEntropy', () => {
  it('computes the seed page example in each base', () => {
    expect(value(crossEntropy([1, 0, 0], [0.33, 0.32, 0.35])).E).toBeCloseTo(1.108663, 6);
    expect(value(crossEntropy([1, 0, 0], [0.33, 0.32, 0.35], { base: '10' })).E).toBeCloseTo(0.481486, 6);
    expect(value(crossEntropy([1, 0, 0], [0.5, 0.25, 0.25], { base: '2' })).E).toBe(1);
  });

  it('uses 0·log 0 = 0 and says why an infinite loss is infinite', () => {
    expect(value(crossEntropy([0.5, 0, 0.5], [0.5, 0, 0.5])).E).toBeCloseTo(Math.LN2, 15);
    const r = crossEntropy([1, 0], [0, 1]);
    expect(value(r).E).toBe(Infinity);
    expect(value(r).L).toBe(0);
    expect(value(r).logL).toBe(-Infinity);
    expect(r.warnings.find((w) => w.code === 'infinite_loss')?.index).toBe(0);
    expect(value(r).terms.some(Number.isNaN)).toBe(false);
    expect(value(r).gradY).toEqual([-Infinity, 0]);
  });

  it('warns, without rescaling, when y does not sum to 1', () => {
    const r = crossEntropy([0, 1], [0.2, 0.3]);
    expect(value(r).E).toBeCloseTo(-Math.log(0.3), 15);
    const w = r.warnings.find((d) => d.code === 'y_not_normalised');
    expect(w?.values?.sum).toBeCloseTo(0.5, 15);
    expect(w?.values?.difference).toBeCloseTo(-0.5, 15);
  });

  it('rescales when normalize is asked, and says so', () => {
    const r = crossEntropy([0, 1], [0.2, 0.3], { normalize: true });
    expect(value(r).E).toBeCloseTo(-Math.log(0.6), 15);
    expect(codes(r)).toContain('y_renormalised');
    expect(crossEntropy([1, 0], [0, 0], { normalize: true })).toMatchObject({ ok: false, error: { code: 'zero_sum' } });
  });

  it('clips when clipEps is given (Keras / scikit-learn)', () => {
    const r = crossEntropy([1, 0], [0, 1], { clipEps: 1e-7 });
    expect(value(r).E).toBeCloseTo(-Math.log(1e-7), 12);
    expect(codes(r)).toContain('y_clipped');
  });

  it('floors the log when logFloor is given (PyTorch BCELoss style)', () => {
    const r = crossEntropy([1, 0], [0, 1], { logFloor: -100 });
    expect(value(r).E).toBe(100);
    expect(codes(r)).toContain('log_floored');
  });

  it('smooths labels by PyTorch’s formula and weights classes', () => {
    const ls = 0.1;
    const y = [0.7, 0.2, 0.1];
    const smoothed = [1 - ls + ls / 3, ls / 3, ls / 3];
    const expected = -smoothed.reduce((s, t, k) => s + t * Math.log(y[k]!), 0);
    expect(value(crossEntropy([1, 0, 0], y, { labelSmoothing: ls })).E).toBeCloseTo(expected, 14);
    expect(value(crossEntropy([0, 1, 0], y, { classWeights: [1, 3, 1] })).E).toBeCloseTo(-3 * Math.log(0.2), 14);
  });

  it('gives H(t), KL(t‖y), perplexity and the gradients', () => {
    const t = [0.2, 0.5, 0.3];
    const y = [0.1, 0.6, 0.3];
    const r = value(crossEntropy(t, y));
    const h = -t.reduce((s, p) => s + p * Math.log(p), 0);
    const kl = t.reduce((s, p, k) => s + p * Math.log(p / y[k]!), 0);
    expect(r.entropy).toBeCloseTo(h, 14);
    expect(r.kl).toBeCloseTo(kl, 14);
    expect(r.E).toBeCloseTo(r.entropy + r.kl, 14);
    expect(r.perplexity).toBeCloseTo(Math.exp(r.E), 14);
    r.gradLogits.forEach((g, k) => expect(g).toBeCloseTo(y[k]! - t[k]!, 15));
    r.gradY.forEach((g, k) => expect(g).toBeCloseTo(-t[k]! / y[k]!, 14));
  });

  it('reports an underflowing likelihood with its exact log', () => {
    const K = 400;
    const t = Array.from({ length: K }, () => 1);
    const y = Array.from({ length: K }, () => 0.1);
    const r = crossEntropy(t, y);
    expect(value(r).L).toBe(0);
    expect(value(r).likelihoodUnderflow).toBe(true);
    expect(value(r).logL).toBeCloseTo(400 * Math.log(0.1), 10);
    expect(codes(r)).toContain('likelihood_underflow');
  });

  it.each<[string, number[], number[], object, string]>([
    ['lengths differ', [1, 0], [0.5, 0.3, 0.2], {}, 'shape_mismatch'],
    ['empty input', [], [], {}, 'empty_input'],
    ['negative target', [-0.5, 1.5], [0.5, 0.5], {}, 'invalid_target'],
    ['negative prediction', [1, 0], [-0.1, 1.1], {}, 'invalid_probability'],
    ['NaN', [1, 0], [NaN, 0.5], {}, 'non_finite_input'],
    ['Infinity', [1, 0], [Infinity, 0.5], {}, 'non_finite_input'],
    ['bad base', [1, 0], [0.5, 0.5], { base: '3' }, 'invalid_base'],
    ['bad smoothing', [1, 0], [0.5, 0.5], { labelSmoothing: 2 }, 'invalid_label_smoothing'],
    ['negative class weight', [1, 0], [0.5, 0.5], { classWeights: [1, -1] }, 'invalid_weight'],
  ])('refuses %s with a code', (_name, t, y, options, code) => {
    const r = crossEntropy(t, y, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('refuses a prediction above 1 exactly as a negative one, even when asked to rescale', () => {
    for (const options of [{}, { normalize: true }, { clipEps: 1e-7 }]) {
      const r = crossEntropy([1, 0], [1.5, 0.5], options);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_probability', input: 'y', index: 0, values: { value: 1.5 } } });
    }
    expect(crossEntropy([1, 0], [1, 0]).ok).toBe(true);
  });

  it('with clip_eps rescales y first and clips after, as Keras does', () => {
    // Keras: y / Σy = [0.75, 0.25, 0] → clip → [0.75, 0.25, 1e-7]; −ln 0.75.
    const r = crossEntropy([1, 0, 0], [0.6, 0.2, 0], { clipEps: 1e-7 });
    expect(value(r).E).toBeCloseTo(-Math.log(0.75), 15);
    expect(codes(r)).toEqual(expect.arrayContaining(['y_renormalised', 'y_clipped']));
    // Clipping first and rescaling after would give −ln(0.6 / 0.8000001).
    expect(value(r).E).not.toBeCloseTo(-Math.log(0.6 / 0.8000001), 9);
    // A zero class under a positive target is clipped to eps after rescaling: −ln 1e-7.
    expect(value(crossEntropy([0, 0, 1], [0.5, 0.5, 0], { clipEps: 1e-7 })).E).toBeCloseTo(-Math.log(1e-7), 12);
  });

  it.each<LogBase>(['e', '2', '10'])('returns the base it used (%s)', (base) => {
    expect(value(crossEntropy([1, 0], [0.5, 0.5], { base })).base).toBe(base);
  });
});
