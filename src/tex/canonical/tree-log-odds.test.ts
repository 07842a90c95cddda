import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: the Bernoulli likelihood through its log-odds', () => {
  it('log-odds-beside-complement: c log(r/(1 − r)) + log(1 − r) is c log r + (1 − c) log(1 − r)', () => {
    const bernoulli = canonicalMember('c \\ln r + (1 - c) \\ln(1 - r)');
    expect(canonicalMember('c \\ln \\frac{r}{1 - r} + \\ln(1 - r)')).toBe(bernoulli);
    expect(canonicalMember('\\ln(1 - r) + c\\,\\ln\\left(\\frac{r}{1 - r}\\right)')).toBe(bernoulli);
    expect(canonicalMember('-c \\ln \\frac{r}{1 - r} - \\ln(1 - r)')).toBe(`-${bernoulli}`);
    // Another probability in the complement, or the log-odds alone, stay.
    expect(canonicalMember('c \\ln \\frac{r}{1 - r} + \\ln(1 - g)')).toContain('\\log(1-g)');
    expect(recogniseFormula('c \\ln \\frac{r}{1 - r}')?.kind ?? null).toBeNull();
  });

  it('reads the log-likelihood over samples, as one sum or two', () => {
    expect(recogniseFormula('\\ell = \\sum_{m=1}^{M} \\left\\{ c_m \\log \\frac{r_m}{1 - r_m} + \\log(1 - r_m) \\right\\}')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('\\sum_{m} c_m \\log\\left(\\frac{r_m}{1 - r_m}\\right) + \\sum_{m} \\log(1 - r_m)')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('-\\sum_{m} \\left[ c_m \\log \\frac{r_m}{1 - r_m} + \\log(1 - r_m) \\right]')?.kind).toBe('ce_binary_batch');
  });

  it('odds-power-beside-complement: (r/(1 − r))^{c} (1 − r) is r^{c} (1 − r)^{1 − c}', () => {
    expect(canonicalMember('\\left(\\frac{r}{1 - r}\\right)^{c} (1 - r)')).toBe(canonicalMember('r^{c} (1 - r)^{1 - c}'));
    expect(recogniseFormula('\\prod_{m} \\left(\\frac{r_m}{1 - r_m}\\right)^{c_m} (1 - r_m)')?.kind).toBe('likelihood_product');
    // A numeric power is arithmetic.
    expect(canonicalMember('\\left(\\frac{r}{1 - r}\\right)^{2} (1 - r)')).not.toBe(canonicalMember('r^{2} (1 - r)^{1 - 2}'));
  });

  it('natural-parameter-log: log(e^{yz}/(1 + e^{z})) is yz − log(1 + e^{z}), the law on its natural parameter', () => {
    expect(recogniseFormula('L = -\\log \\frac{e^{yz}}{1 + e^{z}}')?.roles).toMatchObject({ target: 'y', prediction: 'z' });
    expect(recogniseFormula('L = -\\sum_i \\log \\frac{e^{y_i w^T x_i}}{1 + e^{w^T x_i}}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\log p(y|x) = \\log\\frac{\\exp(y\\theta^T x)}{1+\\exp(\\theta^T x)}')?.kind).toBe('log_likelihood');
    // Another exponent above than below: no label times that score.
    expect(canonicalMember('\\log\\frac{e^{a}}{1+e^{b}}')).toBe('\\log(\\frac{e^{a}}{1+e^{b}})');
    // A two-class softmax, e^{a}/(e^{a} + e^{b}), is no such law and is read as before.
    expect(recogniseFormula('=-p\\log(\\frac{e^{\\beta_1x}}{e^{\\beta_1x}+e^{\\beta_2x}})-(1-p)\\log(\\frac{e^{\\beta_2x}}{e^{\\beta_1x}+e^{\\beta_2x}})')?.kind).toBe('ce_from_logits');
  });
});
