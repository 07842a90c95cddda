import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('binary cross-entropy on the logit (ce_from_logits, activation sigmoid)', () => {
  it.each([
    ['the sigmoid as a fraction', 'J = -\\left[ c \\ln \\frac{1}{1 + e^{-v}} + (1 - c) \\ln \\left(1 - \\frac{1}{1 + e^{-v}}\\right) \\right]'],
    ['exp over one plus exp', '-c \\log \\frac{\\exp(v)}{1 + \\exp(v)} - (1 - c) \\log \\frac{1}{1 + \\exp(v)}'],
    ['softplus less the product', 'J = \\ln(1 + e^{v}) - c\\, v'],
    ['the logit beside its softplus', 'J = (1 - c) v + \\ln(1 + e^{-v})'],
    ['softplus by name', 'J = c \\operatorname{softplus}(-v) + (1 - c) \\operatorname{softplus}(v)'],
    ['the stable form', 'J = \\max(v, 0) - v c + \\log(1 + \\exp(-|v|))'],
  ])('recognises %s', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ target: 'c', prediction: 'v', activation: 'sigmoid' });
  });

  it('reads a mean over samples, the logit a linear model', () => {
    const tex = 'J = -\\frac{1}{M} \\sum_{m=1}^{M} \\left[ c_m \\log \\frac{1}{1 + e^{-\\theta^\\top u_m}} + (1 - c_m) \\log \\frac{e^{-\\theta^\\top u_m}}{1 + e^{-\\theta^\\top u_m}} \\right]';
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ target: 'c_m', sampleIndex: 'm', sampleBound: 'M', reduction: 'mean', activation: 'sigmoid' });
  });

  it('a chain from σ to the logit takes the logit form', () => {
    expect(kindOf('J = -[c \\log \\sigma(v) + (1 - c) \\log(1 - \\sigma(v))] = \\log(1 + e^{v}) - c v')).toBe('ce_from_logits');
  });

  it.each([
    ['σ', '-[c \\log \\sigma(v) + (1 - c) \\log(1 - \\sigma(v))]', 'ce_binary'],
    ['sigmoid by name', '-[c \\log \\mathrm{sigmoid}(v) + (1 - c) \\log(1 - \\mathrm{sigmoid}(v))]', 'ce_binary'],
    ['σ(−v) for the other class', '-c \\log \\sigma(v) - (1 - c) \\log \\sigma(-v)', 'ce_binary'],
    ['a probability symbol', '-\\frac{1}{M}\\sum_m [c_m \\log q_m + (1 - c_m) \\log(1 - q_m)]', 'ce_binary_batch'],
  ])('keeps the probability form written with %s', (_name, tex, kind) => {
    expect(kindOf(tex)).toBe(kind);
    expect(rolesOf(tex).activation).toBeUndefined();
  });

  it.each([
    ['the log-likelihood, un-negated', '\\ell = c v - \\log(1 + e^{v})', 'log_likelihood'],
    ['the likelihood', 'L = \\prod_m \\left(\\frac{1}{1 + e^{-v_m}}\\right)^{c_m} \\left(\\frac{e^{-v_m}}{1 + e^{-v_m}}\\right)^{1 - c_m}', 'likelihood_product'],
  ])('leaves %s its own kind', (_name, tex, kind) => {
    expect(kindOf(tex)).toBe(kind);
  });

  it('leaves a softplus alone unbadged', () => {
    expect(kindOf('\\zeta(v) = \\log(1 + e^{v})')).toBeNull();
  });
});
