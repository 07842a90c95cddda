import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: the mean written as a word', () => {
  it('mean-of: a mean over the index below it, mean_i(X), is (1/N) Σ_i X; avg is the mean', () => {
    expect(recogniseFormula('L = -\\operatorname{mean}_i\\left(y_i\\log\\hat y_i+(1-y_i)\\log(1-\\hat y_i)\\right)')?.roles).toMatchObject({ sampleIndex: 'i', reduction: 'mean' });
    expect(recogniseFormula('L = -\\mathrm{mean}_{i}\\left(\\sum_k y_{ik}\\log p_{ik}\\right)')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('L = -\\mathrm{avg}\\left(y_i\\log\\hat y_i+(1-y_i)\\log(1-\\hat y_i)\\right)')?.kind).toBe('ce_binary_batch');
    // A mean of an entropy is still no cross-entropy.
    expect(recogniseFormula('\\bar H = -\\mathrm{mean}_i \\sum_k p_{ik}\\log p_{ik}')?.kind).not.toMatch(/^ce_/);
  });

  it('mean-of: mean(X) is (1/N) Σ X', () => {
    expect(canonicalMember('\\operatorname{mean}(x)')).toBe('\\frac{1}{N} \\sumx');
  });

  it('mean-of: the word before a minus, with no bracket, averages the terms after it', () => {
    expect(canonicalMember('\\operatorname{avg}_j -(a_j \\log b_j)')).toBe(canonicalMember('\\operatorname{avg}_j (-(a_j \\log b_j))'));
    expect(recogniseFormula('mean_j -3*(u log v + (1-u) log(1-v))')).toMatchObject({ kind: 'ce_binary_batch', roles: { sampleIndex: 'j', reduction: 'mean' } });
    expect(recogniseFormula('\\mathrm{mean}_n - \\sum_c u_{nc} \\log v_{nc}')?.kind).toBe('ce_multiclass_batch');
    // A mean beside other terms is left as it is written: mean minus a number is no mean of it.
    expect(recogniseFormula('\\mathrm{mean} - 1')).toBeNull();
  });
});
