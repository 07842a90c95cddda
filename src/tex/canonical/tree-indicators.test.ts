import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: a binary loss written class by class', () => {
  it('other-outcome-probability: q(0 | x) beside q(1 | x), the outcome written alone, is 1 − q(1 | x)', () => {
    expect(recogniseFormula('\\mathcal{L}(\\theta)= -\\sum_{i=1}^{n}\\left[ y_{i}\\log q_{\\theta}(1\\mid x_{i}) + (1-y_{i})\\log q_{\\theta}(0\\mid x_{i}) \\right]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-\\sum_{i} [y_i \\log P(Y=1|x_i) + (1-y_i)\\log P(Y=0|x_i)]')?.kind).toBe('ce_binary_batch');
    // A function of the number alone, with no condition, is no outcome's probability.
    expect(recogniseFormula('-[y \\log f(1) + (1-y) \\log f(0)]')?.kind).not.toBe('ce_binary');
  });

  it('complementary-indicators: [y = 1] A + [y = 0] B is y A + (1 − y) B', () => {
    expect(canonicalMember('[s=1]\\log a + [s=0]\\log(1-a)')).toBe('s \\log(a)+1-s \\log(1-a)');
    // With no log in the terms the label goes last (a probability of the outcome, read under a log).
    expect(canonicalMember('\\mathbb{1}[s=-1] u + \\mathbb{1}[s=1] v')).toBe('u 1-s+v s');
    // Two tests of different labels, or the same class twice: as written.
    expect(canonicalMember('[s=1]\\log a + [r=0]\\log b')).not.toContain('1-s');
    // Inside a probability of the outcome, the label is the one tested, whatever its letter.
    expect(recogniseFormula('\\log\\begin{cases} q & s = 1 \\\\ 1-q & \\text{otherwise}\\end{cases}')?.roles).toMatchObject({ target: 's', prediction: 'q' });
    expect(canonicalMember('[s=1]\\log a + [s=1]\\log b')).not.toContain('1-s');
  });

  it('complementary-indicators: the test may be the indicator\'s subscript', () => {
    expect(canonicalMember('\\mathbb{1}_{s=1}\\log a + \\mathbb{1}_{s=0}\\log(1-a)')).toBe('s \\log(a)+1-s \\log(1-a)');
    expect(recogniseFormula('\\ell = -\\mathbb{1}_{c = 1} \\ln g - \\mathbb{1}_{c = 0}\\ln(1 - g)')?.kind).toBe('ce_binary');
  });

  it('complementary-indicators: Kronecker’s delta on the label and a class is the same test', () => {
    expect(canonicalMember('-\\delta_{t0}\\log (1-y) - \\delta_{t1}\\log y')).toBe(canonicalMember('-(1 - t)\\log (1-y) - t\\log y'));
    expect(recogniseFormula('-\\sum_i [\\delta_{y_i,1} \\log p_i + \\delta_{y_i,0}\\log(1-p_i)]')?.kind).toBe('ce_binary_batch');
    // A delta with one index, or three, tests nothing.
    expect(recogniseFormula('-\\delta_{t}\\log (1-y) - \\delta_{t10}\\log y')).toBeNull();
  });

  it('class-subset-sums: Σ over each class is one sum with the label as weight', () => {
    expect(canonicalMember('\\sum_{j:c_j=1}\\log a_j + \\sum_{j:c_j=0}\\log(1-a_j)')).toBe('\\sumc_j \\log(a_j)+1-c_j \\log(1-a_j)');
  });

  it('class-subset-products: Π over each class is one product of powers', () => {
    expect(canonicalMember('\\prod_{j:c_j=1} g(u_j)\\prod_{j:c_j=0}(1-g(u_j))')).toBe('\\prodg^{c_j} 1-g^{1-c_j}');
  });

  it('class-subset-sums and -products: the second class may run over another letter', () => {
    expect(canonicalMember('\\prod_{m: c_m = 1} g(u_m) \\prod_{n: c_n = 0} (1 - g(u_n))')).toBe(canonicalMember('\\prod_{m} g(u_m)^{c_m} (1 - g(u_m))^{1 - c_m}'));
    expect(canonicalMember('\\sum_{m: c_m = 1} \\ln r_m + \\sum_{n: c_n = 0} \\ln(1 - r_n)')).toBe(canonicalMember('\\sum_{m: c_m = 1} \\ln r_m + \\sum_{m: c_m = 0} \\ln(1 - r_m)'));
  });

  it('indicator-letter: I(y = k) is the indicator of the test', () => {
    expect(canonicalMember('I(c = j)')).toBe(canonicalMember('\\mathbb{1}(c = j)'));
    expect(recogniseFormula('\\sum_m \\sum_j I(c_m = j) \\log h(u_m)_j')?.kind).toBe('log_likelihood');
    // Mutual information and a function of a symbol stay calls.
    expect(canonicalMember('I(U; V) + I(u)')).not.toContain('mathbb');
  });

  it('other-outcome-probability: P(C = 0 | u) beside P(C = 1 | u) in one loss is 1 − P(C = 1 | u)', () => {
    expect(canonicalMember('c \\ln g(C = 1 | u) + (1 - c) \\ln g(C = 0 | u)')).toBe(canonicalMember('c \\ln g(C = 1 | u) + (1 - c) \\ln(1 - g(C = 1 | u))'));
    expect(recogniseFormula('\\sum_m \\left(c_m \\ln P(C = 1 \\mid u_m; v) + (1 - c_m) \\ln P(C = 0 \\mid u_m; v)\\right)')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('-s \\log g(C=1|u) - (1-s)\\log g(C=0|u)')?.kind).toBe('ce_binary');
    // Other inputs, or no label weights, stay as written.
    expect(canonicalMember('\\ln g(C = 1 | u) + \\ln g(C = 0 | v)')).not.toContain('1-');
    expect(recogniseFormula('\\ln g(C = 1 | u) + \\ln g(C = 0 | u)')?.kind ?? null).toBeNull();
  });

  it('other-outcome-probability: both distributions written at both outcomes are the binary form', () => {
    expect(recogniseFormula('-[r(z=1)\\ln s(z=1) + r(z=0)\\ln s(z=0)]')).toMatchObject({ kind: 'ce_binary', roles: { target: 'r', prediction: 's' } });
    expect(recogniseFormula('-[P_r(z=1)\\log P_s(z=1) + P_r(z=0)\\log P_s(z=0)]')).toMatchObject({ kind: 'ce_binary', roles: { target: 'P_r', prediction: 'P_s' } });
    // One distribution at both outcomes is its entropy; outcomes alone (no log) stay.
    expect(recogniseFormula('-[s(z=1)\\ln s(z=1) + s(z=0)\\ln s(z=0)]')?.kind).toBe('entropy');
    expect(canonicalMember('s(z=0) + s(z=1)')).not.toContain('1-');
  });

  it('products-over-one-index: Π_m a_m Π_m b_m is one product', () => {
    expect(canonicalMember('\\prod_{m=1}^{M} r_m^{c_m} \\prod_{m=1}^{M} (1 - r_m)^{1 - c_m}')).toBe(canonicalMember('\\prod_{m=1}^{M} r_m^{c_m} (1 - r_m)^{1 - c_m}'));
    expect(recogniseFormula('L = \\prod_{m} r_m^{c_m} \\cdot \\prod_{m} (1 - r_m)^{1 - c_m}')?.kind).toBe('likelihood_product');
    // Another index or range nests.
    expect(canonicalMember('\\prod_{m} \\prod_{j} h_{mj}^{s_{mj}}')).toBe('\\prod\\prodh_{mj}^{s_{mj}}');
    expect(canonicalMember('\\prod_{m=1}^{M} a_m \\prod_{m=1}^{2} b_m')).not.toBe(canonicalMember('\\prod_{m=1}^{M} a_m b_m'));
  });

  it.each([
    ['Iverson brackets over a batch', '-\\frac{1}{M}\\sum_{m=1}^{M}\\left([s_m = 1]\\log q_m + [s_m = 0]\\log(1-q_m)\\right)', 'ce_binary_batch'],
    ['Iverson brackets without the sum\'s brackets', 'J = -\\frac 1M\\sum_{m=1}^M [s_m = 1] \\ln q_m + [s_m = 0] \\ln(1-q_m)', 'ce_binary_batch'],
    ['±1 labels through the sigmoid of the negated score', 'J = -\\sum_{m} [s_m = 1]\\log\\sigma(u_m) + [s_m = -1]\\log\\sigma(-u_m)', 'ce_binary_batch'],
    ['indicators written \\mathbb{1}', '-\\mathbb{1}[c=1]\\ln g - \\mathbb{1}[c=0]\\ln(1-g)', 'ce_binary'],
    ['sums over each class, negated', '-\\sum_{j:c_j=1}\\log a_j - \\sum_{j:c_j=0}\\log(1-a_j)', 'ce_binary_batch'],
    ['sums over each class of the log-likelihood', '\\ell = \\sum_{j:c_j=1}\\ln g(u_j) + \\sum_{j:c_j=0}\\ln(1-g(u_j))', 'log_likelihood'],
    ['Iverson exponents with ±1 labels', 'Q = \\prod_{j = 1}^{M} g(u_j)^{[c_j = +1]} (1 - g(u_j))^{[c_j = -1]}', 'likelihood_product'],
    ['indicator exponents written \\mathbb{1}', '\\prod_{m} q_m^{\\mathbb{1}[s_m=1]}(1-q_m)^{\\mathbb{1}[s_m=0]}', 'likelihood_product'],
    ['products over each class, a primed index', 'L = \\prod_{j:c_j=1} g(u_j)\\prod_{j\':c_{j\'}=0}(1-g(u_{j\'}))', 'likelihood_product'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBe(kind);
  });

  it.each([
    ['a product of probabilities of each class without exponents of a label', 'P = \\prod_{j} g(u_j)\\prod_{k}(1-g(u_k))'],
    ['counts of each class', 'n_1 = \\sum_{j:c_j=1} 1 + \\sum_{j:c_j=0} 0'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBeNull();
  });
});
