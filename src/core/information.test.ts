import { describe, expect, it } from 'vitest';
import { entropy, entropyBreakdown, jsBreakdown, jsDistance, jsDivergence, klBreakdown, klDivergence, likelihood, logLikelihood, perplexity } from './information';
import { entropyRows, jsRows, klRows } from './information-rows';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value;
}

describe('entropy', () => {
  it('is −Σ p log p with 0·log 0 = 0, in any base', () => {
    expect(value(entropy([0.5, 0.5], { base: '2' }))).toBe(1);
    expect(value(entropy([0.25, 0, 0.75]))).toBeCloseTo(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)), 15);
    expect(value(entropy([0, 0, 1]))).toBe(0);
  });

  it('rescales only when asked, as scipy.stats.entropy does', () => {
    expect(value(entropy([1, 1, 1, 1]))).toBe(0);
    expect(value(entropy([1, 1, 1, 1], { normalize: true }))).toBeCloseTo(Math.log(4), 15);
    expect(entropy([1, 1]).warnings.map((w) => w.code)).toContain('t_not_distribution');
  });

  it('refuses negative, empty and non-finite input', () => {
    expect(entropy([-0.1, 1.1])).toMatchObject({ ok: false, error: { code: 'invalid_probability' } });
    expect(entropy([])).toMatchObject({ ok: false, error: { code: 'empty_input' } });
    expect(entropy([NaN])).toMatchObject({ ok: false, error: { code: 'non_finite_input' } });
    expect(entropy([0, 0], { normalize: true })).toMatchObject({ ok: false, error: { code: 'zero_sum' } });
  });
});

describe('klDivergence', () => {
  it('is Σ p log(p/q), +∞ where q = 0 < p', () => {
    expect(value(klDivergence([2, 8], [1, 9]))).toBeCloseTo(2 * Math.log(2) + 8 * Math.log(8 / 9), 14);
    expect(value(klDivergence([0.5, 0.5], [1, 0]))).toBe(Infinity);
    expect(value(klDivergence([0, 1], [0.5, 0.5], { base: '2' }))).toBe(1);
  });

  it('does not overflow the ratio at extreme magnitudes', () => {
    expect(value(klDivergence([1e-300, 1], [1e300, 1]))).toBeCloseTo(1e-300 * (Math.log(1e-300) - Math.log(1e300)), 310);
  });

  it('refuses different lengths', () => {
    expect(klDivergence([1], [0.5, 0.5])).toMatchObject({ ok: false, error: { code: 'shape_mismatch' } });
  });
});

describe('breakdowns for a calculator', () => {
  it('entropy: per-term −p log p, the sum of the counts, and whether they were rescaled', () => {
    const r = value(entropyBreakdown([2, 2, 4], { base: '2', normalize: true }));
    expect(r).toMatchObject({ value: 1.5, terms: [0.5, 0.5, 0.5], p: [0.25, 0.25, 0.5], sum: 8, normalized: true });
    expect(value(entropyBreakdown([0.5, 0.5], { normalize: true })).normalized).toBe(false);
  });

  it('KL: terms may be negative, sum is not; log inputs give the same answer', () => {
    const r = value(klBreakdown([0.5, 0.5], [0.25, 0.75], { base: '2' }));
    expect(r.terms[0]).toBeCloseTo(0.5, 15);
    expect(r.terms[1]).toBeLessThan(0);
    expect(r.value).toBeCloseTo(1 - Math.log2(3) / 2, 15);
    const logs = klDivergence([Math.log(0.5), Math.log(0.5)], [Math.log(0.25), Math.log(0.75)], { base: '2', logTarget: true, logInput: true });
    expect(value(logs)).toBeCloseTo(r.value, 15);
    expect(value(klDivergence([0.5, 0.5], [-Infinity, Math.log(1)], { logInput: true }))).toBe(Infinity);
    expect(klDivergence([0.5, 0.5], [NaN, 0], { logInput: true })).toMatchObject({ ok: false, error: { code: 'non_finite_input', input: 'q' } });
  });

  it('JS: symmetric, bounded by log 2, zero for equal inputs; the distance is its square root', () => {
    const a = value(jsBreakdown([0.9, 0.1, 0], [0.1, 0.2, 0.7]));
    const b = value(jsBreakdown([0.1, 0.2, 0.7], [0.9, 0.1, 0]));
    expect(a.value).toBeCloseTo(b.value, 15);
    expect(a.value).toBeLessThan(Math.LN2);
    expect(a.m).toEqual([0.5, 0.15000000000000002, 0.35]);
    expect(a.value).toBeCloseTo((a.klPM + a.klQM) / 2, 15);
    expect(value(jsDivergence([1, 0], [0, 1], { base: '2' }))).toBe(1);
    expect(value(jsDivergence([0.3, 0.7], [0.3, 0.7]))).toBe(0);
    expect(value(jsDistance([1, 0], [0.5, 0.5]))).toBeCloseTo(0.46450140402245893, 15);
    for (const t of a.terms) expect(t).toBeGreaterThanOrEqual(0);
  });

  it('rows: one value per row, reduced by mean, sum or none, PyTorch names included', () => {
    const P = [[1, 0], [0.5, 0.5]];
    const Q = [[0, 1], [0.5, 0.5]];
    expect(value(jsRows(P, Q, { base: '2', reduction: 'none' })).value).toEqual([1, 0]);
    expect(value(jsRows(P, Q, { base: '2' })).value).toBe(0.5);
    expect(value(entropyRows(P, { base: '2', reduction: 'sum' })).value).toBe(1);
    const kl = value(klRows([[0.5, 0.5]], [[0.25, 0.75]], { reduction: 'batchmean' })).value as number;
    expect(value(klRows([[0.5, 0.5]], [[0.25, 0.75]], { reduction: 'elementwise_mean' })).value).toBeCloseTo(kl / 2, 15);
    const bad = klRows(P, [[0.5, 0.5], [0.5, -0.5]]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_probability', input: 'q', row: 1, index: 1 } });
  });
});

describe('likelihood and log-likelihood', () => {
  it('refuses a prediction above 1 as invalid_probability', () => {
    expect(likelihood([1, 0], [1.5, 0])).toMatchObject({ ok: false, error: { code: 'invalid_probability', index: 0 } });
    expect(logLikelihood([1, 0], [0.5, 1.0000001])).toMatchObject({ ok: false, error: { code: 'invalid_probability', index: 1 } });
  });

  it('is Π y^t with 0⁰ = 1', () => {
    expect(value(likelihood([0.2, 0.5, 0.3], [0.1, 0.6, 0.3])).L).toBeCloseTo(0.1 ** 0.2 * 0.6 ** 0.5 * 0.3 ** 0.3, 15);
    expect(value(likelihood([0, 1], [0, 1])).L).toBe(1);
    expect(value(likelihood([1, 0], [1e-300, 1])).L).toBe(1e-300);
  });

  it('says when L underflows and gives log L', () => {
    const t = Array.from({ length: 400 }, () => 1);
    const y = Array.from({ length: 400 }, () => 0.1);
    const r = likelihood(t, y);
    expect(value(r)).toMatchObject({ L: 0, underflow: true });
    expect(value(r).logL).toBeCloseTo(400 * Math.log(0.1), 10);
    expect(r.warnings[0]?.code).toBe('likelihood_underflow');
  });

  it('log-likelihood is Σ t log y, −∞ at y = 0 < t', () => {
    expect(value(logLikelihood([1, 0], [5e-324, 1]))).toBeCloseTo(-744.4400719213812, 12);
    expect(value(logLikelihood([1, 0], [0, 1]))).toBe(-Infinity);
    expect(value(logLikelihood([1, 0], [0.125, 1], { base: '2' }))).toBe(-3);
  });
});

describe('perplexity', () => {
  it('is the same number whatever base E was measured in', () => {
    expect(perplexity(1, '2')).toBeCloseTo(2, 15);
    expect(perplexity(Math.log(5))).toBeCloseTo(5, 14);
    expect(perplexity(Math.log10(5), '10')).toBeCloseTo(5, 14);
  });
});
