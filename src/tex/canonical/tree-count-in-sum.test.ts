import { describe, expect, it } from 'vitest';
import { readFormula } from '../read';
import { recogniseFormula } from '../index';

/** The first member's tree after the canonical stage, limits and all. */
function tree(tex: string): string {
  return JSON.stringify(readFormula(tex)?.chains[0]?.members[0], (key, value) => (key === 'subAtoms' ? undefined : value));
}

describe('tree rule count-in-sum: a count divided inside a sum is the mean', () => {
  it('takes the count out in front of the sum, a minus staying inside', () => {
    expect(tree('\\sum_j \\frac{\\log b_j}{\\mathrm{len}(b)}')).toBe(tree('\\frac{1}{\\mathrm{len}(b)} \\sum_j \\log b_j'));
    expect(tree('\\sum_{j=1}^{M} \\frac{-\\log b_j}{M}')).toBe(tree('\\frac{1}{M} \\sum_{j=1}^{M} -\\log b_j'));
  });

  it('leaves a divisor the sample owns, a number and a quotient without logs', () => {
    expect(tree('\\sum_j \\frac{\\log b_j}{m_j}')).not.toBe(tree('\\frac{1}{m_j} \\sum_j \\log b_j'));
    expect(tree('\\sum_j \\frac{\\log b_j}{2}')).not.toBe(tree('\\frac{1}{2} \\sum_j \\log b_j'));
    expect(tree('\\sum_j \\frac{a_j}{M}')).not.toBe(tree('\\frac{1}{M} \\sum_j a_j'));
  });

  it('reads PyTorch\'s division by x.nelement() inside the sum as a mean', () => {
    const tex = '\\text{loss}(x, y) = \\sum_i \\frac{\\log(1 + \\exp(-y[i]*x[i]))}{\\text{x.nelement}()}';
    expect(recogniseFormula(tex)?.roles).toMatchObject({ sampleIndex: 'i', reduction: 'mean' });
  });

  it('count-in-sum: a count already written as a factor 1/n inside the sum comes out too (sum(sum(…))/(-m))', () => {
    expect(recogniseFormula('J=sum(sum(Y.*log(h)+(1-Y).*log(1-h)))/(-m)')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('\\sum_i \\left(-\\frac{1}{N} \\sum_k t_{ik} \\log y_{ik}\\right)')?.kind).toBe('ce_multiclass_batch');
  });
});
