import { describe, expect, it } from 'vitest';
import { checkWorkedExample, recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: where the minus goes', () => {
  it('negative-numerator: \\frac{-1}{N} is −\\frac{1}{N}', () => {
    expect(canonicalMember('\\frac{-1}{N}')).toBe('-\\frac{1}{N}');
    expect(canonicalMember('\\frac{−1}{m} x')).toBe('-\\frac{1}{m} x');
    expect(canonicalMember('\\frac{1}{N}')).toBe('\\frac{1}{N}');
  });

  it('leading-minus-of-product: a minus on the first factor negates the product', () => {
    expect(canonicalMember('\\frac{-1}{N} \\sum_i x_i')).toBe(canonicalMember('-\\frac{1}{N} \\sum_i x_i'));
    expect(canonicalMember('a (-b)')).toBe('a -b');
  });

  it.each([
    ['a batch without brackets', 'L = \\frac{-1}{N} \\sum_n y_n \\ln p_n + (1 - y_n) \\ln(1 - p_n)', 'ce_binary_batch'],
    ['a binary batch', 'J = \\frac{-1}{m}\\sum_{i=1}^{m} \\left[y^{(i)}\\log h^{(i)} + (1-y^{(i)})\\log(1-h^{(i)})\\right]', 'ce_binary_batch'],
    ['a multiclass batch', 'L = \\frac{-1}{N}\\sum_{i}\\sum_{k} t_{ik}\\log y_{ik}', 'ce_multiclass_batch'],
  ])('recognises %s with the minus in the numerator', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('unit-before-sum: (−1) · Σ … is −Σ …, with no weight of one', () => {
    expect(canonicalMember('(-1)\\cdot\\sum_k u_k\\log v_k')).toBe(canonicalMember('-\\sum_k u_k\\log v_k'));
    expect(recogniseFormula('-1 * sum(u * log(v))')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('return (-1) * np.sum(u * np.log(v + delta), NPTypeCode.Double);')?.roles).toEqual({ target: 'u', prediction: 'v' });
    // A one before a log of a number is a worked example's target.
    expect(canonicalMember('-(1\\cdot\\log 0.33 + 0\\cdot \\log 0.32)')).toContain('1');
    // Beside a letter's weight on a log, the one weighs nothing either.
    expect(canonicalMember('-1 \\cdot y \\log h')).toBe(canonicalMember('-y \\log h'));
    expect(recogniseFormula("J = 1 / m * sum( -1 * y' * log(h) - (1-y') * log(1 - h) );")).toMatchObject({ kind: 'ce_binary_batch', roles: { target: 'y', prediction: 'h' } });
    // Before a lone log of a letter-indexed symbol it is the one-hot target's one, and stays.
    expect(canonicalMember('-1 \\cdot \\log h_k')).toContain('1');
    // Before a bracket of weighted logs of numbers it weighs nothing: the bracket is the worked example.
    expect(canonicalMember('-1(1\\times\\log 0.4+0\\times\\log 0.35+0\\times\\log 0.25)')).toBe(canonicalMember('-(1\\times\\log 0.4+0\\times\\log 0.35+0\\times\\log 0.25)'));
    expect(recogniseFormula('H(p,q) = −1(0×log0.3+1×log0.45+0×log0.25)')?.kind).toBe('ce_multiclass');
    // An entropy stays an entropy with its one.
    expect(recogniseFormula('H = -1(0.3\\ln 0.3 + 0.7 \\ln 0.7)')?.kind).not.toBe('ce_multiclass');
  });

  it('loss-over-count: a loss divided by a count is the mean in front', () => {
    expect(canonicalMember('\\frac{\\sum_j a_j \\log b_j}{M}')).toBe(canonicalMember('\\frac{1}{M} \\sum_j a_j \\log b_j'));
    expect(canonicalMember('\\frac{-\\sum_j a_j \\log b_j}{M}')).toBe(canonicalMember('-\\frac{1}{M} \\sum_j a_j \\log b_j'));
    // After a bracket, the division takes the whole bracket, sum and all.
    expect(canonicalMember('(\\sum_j a_j \\log b_j) / M')).toBe(canonicalMember('\\frac{1}{M} \\sum_j a_j \\log b_j'));
    // A change of base is the log to that base (tree-change-of-base), not a mean; a log over a count stays.
    expect(canonicalMember('\\frac{\\log b}{\\log 2}')).toBe(canonicalMember('\\log_2 b'));
    expect(canonicalMember('\\frac{\\log b}{M}')).toBe('\\frac{\\log(b)}{M}');
    expect(canonicalMember('\\frac{\\log 0.5}{2}')).toBe('\\frac{\\log(0.5)}{2}');
    // Logs of numbers over a whole number of items are their mean, as a worked example writes it.
    expect(canonicalMember('\\frac{\\log 0.5 + \\log 0.25}{2}')).toBe(canonicalMember('\\frac{1}{2}(\\log 0.5 + \\log 0.25)'));
    expect(canonicalMember('\\frac{\\log 0.5 + \\log 0.25}{2.5}')).toBe('\\frac{\\log(0.5)+\\log(0.25)}{2.5}');
    expect(recogniseFormula('-(1*log(0.6437) + (1-0)*log(1-0.2833) + 1*log(0.6867))/3')?.kind).toBe('ce_binary_batch');
    // A weighted mean divides by the total of its weights; a sum with logs below is no total.
    expect(canonicalMember('\\frac{\\sum_j v_j a_j \\log b_j}{\\sum_j v_j}')).toBe(canonicalMember('\\frac{1}{\\sum_j v_j} \\sum_j v_j a_j \\log b_j'));
    expect(recogniseFormula('\\frac{-\\sum_k t_k \\log y_k}{\\sum_k e^{z_k}}')).toBeNull();
  });

  it.each([
    ['one fraction over the sum', 'J = -\\frac{\\sum_{j=1}^{M} [a_j \\log b_j + (1 - a_j) \\log(1 - b_j)]}{M}', 'ce_binary_batch'],
    ['the count after the bracket', 'J = -\\sum_j (a_j \\log b_j + (1 - a_j) \\log(1 - b_j)) / M', 'ce_binary_batch'],
    ['a set size below', 'J = \\frac{-\\sum_{j} \\sum_{c} a_{jc} \\log b_{jc}}{|\\mathcal{S}|}', 'ce_multiclass_batch'],
    ['the total of the weights below', 'J = \\frac{-\\sum_{j=1}^{M} v_j (a_j \\log b_j + (1 - a_j) \\log(1 - b_j))}{\\sum_{j=1}^{M} v_j}', 'ce_binary_batch'],
  ])('recognises a mean written after the loss: %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('keeps a worked example with a negative numerator a number', () => {
    expect(checkWorkedExample('\\frac{-1}{2}(\\log 0.5 + \\log 0.25) = 1.0397')?.verdict).toBe('correct');
  });

  it.each([
    ['with logs of a symbol', 'k(x, y) = - a \\log(h(x)) + (1 - a) \\log(1 - h(x))', 'ce_binary'],
    ['through a sigmoid', 'L = -a \\log \\sigma(u) + (1 - a) \\log(1 - \\sigma(u))', 'ce_binary'],
    ['with ln, label after the log', 'J = -\\ln(b)\\, a + (1 - a) \\ln(1 - b)', 'ce_binary'],
    ['the minus inside the bracket, on the second term', 'L = -[a \\log b - (1 - a)\\log(1 - b)]', 'ce_binary'],
    ['the same over a mean', 'L=-\\frac{1}{N}\\sum_{j=1}^N\\left[a_j\\log(b_j)-(1-a_j)\\log(1-b_j)\\right]', 'ce_binary_batch'],
  ])('minus-meant-for-both: a binary loss with its minus written once, in front (%s)', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('minus-meant-for-both tells the reader the sign was put right', () => {
    const codes = (tex: string) => recogniseFormula(tex)?.diagnostics.map((d) => d.code) ?? [];
    expect(codes('k(x, y) = - a \\log(h(x)) + (1 - a) \\log(1 - h(x))')).toContain('sign_slip_inside');
    expect(codes('L = -[a \\log b - (1 - a)\\log(1 - b)]')).toContain('sign_slip_inside');
    expect(codes('L = -[a \\log b + (1 - a)\\log(1 - b)]')).not.toContain('sign_slip_inside');
  });

  it('minus-meant-for-both leaves other pairs alone', () => {
    // Not each other's complements: no binary loss to read.
    expect(canonicalMember('-a \\log b + (1 - c) \\log(1 - b)')).toBe(canonicalMember('-(a \\log b) + (1 - c) \\log(1 - b)'));
    expect(recogniseFormula('-a \\log b + (1 - c) \\log(1 - b)')?.kind ?? null).toBeNull();
    // The log-likelihood with its minus in the right place is still itself.
    expect(recogniseFormula('\\ell = a \\log b + (1 - a) \\log(1 - b)')?.kind).toBe('log_likelihood');
  });

  it('unit-after-logs and negative-denominator: a minus one written last, or on the divisor, negates the loss', () => {
    expect(recogniseFormula('loss = np.sum(y * np.log(p)) * -1')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('loss = np.sum(np.log(p) * y) / -m')?.roles).toMatchObject({ reduction: 'mean' });
    expect(recogniseFormula('L = \\frac{\\sum_k t_k \\log y_k}{-N}')?.kind).toBe('ce_multiclass_batch');
    // With no log beside it, a minus one stays a factor.
    expect(canonicalMember('a \\cdot (-1)')).not.toMatch(/^-/);
  });

  it('unit-before-sum: −1 * sum(…) / N, the one before a mean written as a sum over its count', () => {
    expect(recogniseFormula('y = -1 * sum(log(p[np.arange(N), t])) / N')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('y = -1 * x')).toBeNull();
  });
});
