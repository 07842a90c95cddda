import { describe, expect, it } from 'vitest';
import { entropy, klDivergence, likelihood, logLikelihood, perplexity } from './information';

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

describe('likelihood and log-likelihood', () => {
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
