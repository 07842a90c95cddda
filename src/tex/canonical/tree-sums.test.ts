import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: sums written another way', () => {
  it('written-out-exponentials: e^{x_1} + … + e^{x_n} is Σ_j e^{x_j}', () => {
    expect(canonicalMember('e^{x_1} + \\dots + e^{x_n}')).toBe('\\sume^{x_j}');
    // Different symbols, or no dots: left as written.
    expect(canonicalMember('e^{x_1} + \\dots + e^{z_n}')).toBe('e^{x_1}+\\dots+e^{z_n}');
    expect(canonicalMember('e^{x_1} + e^{x_2}')).toBe('e^{x_1}+e^{x_2}');
  });

  it('mean-of: mean(X) is (1/N) Σ X', () => {
    expect(canonicalMember('\\operatorname{mean}(x)')).toBe('\\frac{1}{N} \\sumx');
  });

  it('stability-epsilon: log(p + ε) is log p', () => {
    expect(canonicalMember('\\log(h + \\epsilon)')).toBe('\\log(h)');
    expect(canonicalMember('\\log(1 - h + \\varepsilon)')).toBe('\\log(1-h)');
    expect(canonicalMember('\\log(\\epsilon)')).toBe('\\log(\\epsilon)');
  });

  it.each([
    ['a log-sum-exp written out', '-x_i + \\log(e^{x_1} + \\dots + e^{x_n})', 'ce_from_logits'],
    ['an ε for stability', 'J(\\theta) = -\\frac{1}{m} \\left[ y^T \\log(h + \\epsilon) + (1 - y)^T \\log(1 - h + \\epsilon) \\right]', 'ce_binary_batch'],
    ['a mean in code style', 'BCE = -\\operatorname{mean}(t \\cdot \\log(p) + (1 - t) \\cdot \\log(1 - p))', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });
});
