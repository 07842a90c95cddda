import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: σ with a class index on a vector of logits is the softmax', () => {
  it('reads σ_i(z) and σ(z)_i as softmax(z)_i', () => {
    expect(canonicalMember('\\sigma_i(z)')).toBe(canonicalMember('\\mathrm{softmax}(z)_i'));
    expect(canonicalMember('\\sigma(\\mathbf{z})_k')).toBe(canonicalMember('\\mathrm{softmax}(\\mathbf{z})_k'));
    expect(recogniseFormula('L = -\\sum_{i=1}^{k} p(x_i) \\log \\sigma_i(z)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\sigma(\\mathbf{z})_i')?.roles.prediction).toBe('z');
  });

  it('leaves the sigmoid of one logit, a bare σ_i and σ of several arguments alone', () => {
    expect(canonicalMember('\\sigma(z_i)')).not.toBe(canonicalMember('\\mathrm{softmax}(z)_i'));
    expect(canonicalMember('\\sigma_i')).toBe('\\sigma_i');
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\sigma_i')?.kind).toBe('ce_multiclass');
    expect(canonicalMember('\\sigma_i(x, w)')).not.toBe(canonicalMember('\\mathrm{softmax}(x)_i'));
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\sigma(z_i)')?.kind).toBe('ce_multiclass');
  });

  it('keeps the entropy of a softmax an entropy, however the softmax is written', () => {
    expect(recogniseFormula('H = -\\sum_i \\sigma_i(z) \\log \\sigma_i(z)')?.kind).toBe('entropy');
    expect(recogniseFormula('H = -\\sum_i \\mathrm{softmax}(z)_i \\log \\mathrm{softmax}(z)_i')?.kind).toBe('entropy');
    expect(recogniseFormula('H = -\\sum_i \\frac{e^{z_i}}{\\sum_j e^{z_j}} \\log \\frac{e^{z_i}}{\\sum_j e^{z_j}}')?.kind).toBe('entropy');
    // A target beside the softmax is still a cross-entropy on logits.
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\frac{e^{z_i}}{\\sum_j e^{z_j}}')?.kind).toBe('ce_from_logits');
  });
});
