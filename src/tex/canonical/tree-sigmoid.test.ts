import { describe, expect, it } from 'vitest';
import { checkWorkedExample, recogniseFormula } from '../index';
import { readFormula } from '../read';
import { canonicalMember } from './test-support';

describe('tree rules: the sigmoid as σ(z)', () => {
  it('reciprocal-power and logistic-fraction: the expansions are σ(z) or 1 − σ(z)', () => {
    expect(canonicalMember('\\log((1+e^{-x})^{-1})')).toBe('\\log(\\sigma)');
    expect(canonicalMember('\\frac{1}{1+\\exp(-z)}')).toBe('\\sigma');
    expect(canonicalMember('\\frac{e^{-x}}{1+e^{-x}}')).toBe('1-\\sigma');
    expect(canonicalMember('\\frac{e^{x}}{1+e^{x}}')).toBe('\\sigma');
    expect(canonicalMember('\\frac{1}{1+e^{x}}')).toBe('1-\\sigma');
  });

  it('sigma-applied: σ before a bracketed sum is the sigmoid of the sum', () => {
    expect(canonicalMember('1 - \\sigma(w^\\top x + b)')).toBe(canonicalMember('1 - \\sigma(z)').replace('z', 'w x+b'));
    // Raised to a power, as a likelihood writes it: the power is on the call.
    expect(recogniseFormula('\\prod_i \\sigma(w^\\top x_i + b)^{y_i} (1 - \\sigma(w^\\top x_i + b))^{1 - y_i}')?.kind).toBe('likelihood_product');
    expect(canonicalMember('a \\sigma(x + b) c')).toBe('a \\sigma c');
    // A lone Σ in the bracket, which the reader drops, and a log typed without its bracket before σ.
    expect(recogniseFormula('E = -c \\ln \\sigma\\left(\\sum_{j} v_j u_j\\right) - (1-c)\\ln\\left(1 - \\sigma\\left(\\sum_j v_j u_j\\right)\\right)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('E = -c \\ln \\sigma(\\sum_{j} v_j u_j) - (1-c)\\ln(1 - \\sigma(\\sum_j v_j u_j))')?.kind).toBe('ce_binary');
  });

  it('sigmoid-name and softplus', () => {
    expect(canonicalMember('\\operatorname{sigmoid}(x)')).toBe('\\sigma');
    expect(canonicalMember('\\log(1+e^{-x})')).toBe('-\\log(\\sigma)');
  });

  it('sigmoid-of-negative: σ(−z) is 1 − σ(z), the bracket read as its argument', () => {
    expect(canonicalMember('\\log\\sigma(-w^\\top u)')).toBe('\\log(1-\\sigma)');
    expect(recogniseFormula('-s\\log\\sigma(u) - (1-s)\\log\\sigma(-u)')?.kind).toBe('ce_binary');
    expect(canonicalMember('\\sigma(-2)')).toBe('\\sigma');
  });

  it('leaves numbers to the worked-example check', () => {
    expect(canonicalMember('\\frac{1}{1+e^{-2}}')).toBe('\\frac{1}{1+e^{-2}}');
    expect(checkWorkedExample('\\sigma(2) = \\frac{1}{1+e^{-2}} = 0.8808')).toBeNull();
  });

  it.each([
    ['σ in the logs', '\\ell_n = -w_n [y_n \\log \\sigma(x_n) + (1-y_n)\\log(1-\\sigma(x_n))]'],
    ['a linear model inside', '\\ell = -[y \\log \\sigma(\\mathbf{w}^\\top \\mathbf{x} + b) + (1 - y) \\log(1 - \\sigma(\\mathbf{w}^\\top \\mathbf{x} + b))]'],
    ['sigmoid by name', '\\ell = -[y \\log \\operatorname{sigmoid}(x) + (1 - y) \\log(1 - \\operatorname{sigmoid}(x))]'],
  ])('recognises binary cross-entropy written with %s as ce_binary', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary');
  });

  // Spelled out from the logit, the same loss is on the logit (ce_from_logits, activation sigmoid).
  it.each([
    ['a reciprocal power', '\\ell = -[y\\log((1+e^{-x})^{-1}) + (1-y)\\log(1-(1+e^{-x})^{-1})]', 'x'],
    ['fractions of exponentials', '\\ell = -[y\\log\\frac{1}{1+e^{-x}} + (1-y)\\log\\frac{e^{-x}}{1+e^{-x}}]', 'x'],
    ['e^{x} over 1 + e^{x}', '\\ell = -[y\\log\\frac{e^{u}}{1+e^{u}} + (1-y)\\log\\frac{1}{1+e^{u}}]', 'u'],
    ['softplus terms', '\\ell = y \\log(1+e^{-x}) + (1-y)\\log(1+e^{x})', 'x'],
    ['σ(−x) of a spelled σ', '\\ell = -[y\\log\\frac{1}{1+\\exp(-x)} + (1-y)\\log\\frac{1}{1+\\exp(x)}]', 'x'],
  ])('recognises binary cross-entropy written with %s as on the logit', (_name, tex, logit) => {
    const recognition = recogniseFormula(tex);
    expect(recognition?.kind).toBe('ce_from_logits');
    expect(recognition?.roles).toMatchObject({ target: 'y', prediction: logit, activation: 'sigmoid' });
  });

  it('marks the σ it spells out, never one the page wrote', () => {
    const spelled = (tex: string): boolean => JSON.stringify(readFormula(tex)?.chains[0]?.members[0] ?? null).includes('"spelled":true');
    expect(spelled('\\frac{1}{1+e^{-u}}')).toBe(true);
    expect(spelled('(1+\\exp(-u))^{-1}')).toBe(true);
    expect(spelled('\\log(1+e^{u})')).toBe(true);
    expect(spelled('\\operatorname{sigmoid}(u)')).toBe(false);
    expect(spelled('\\sigma(a + b)')).toBe(false);
    expect(spelled('\\log\\sigma(-u)')).toBe(false);
  });

  it.each([
    ['the sigmoid itself', '\\sigma(x) = \\frac{1}{1+e^{-x}}'],
    ['its log', '\\log\\sigma(x) = -\\log(1+e^{-x})'],
    ['its derivative', '\\sigma\'(x) = \\sigma(x)(1-\\sigma(x))'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)).toBeNull();
  });

  it('logit-beside-its-sigmoid: c z − log(1 + e^{z}) is c log σ(z) + (1 − c) log(1 − σ(z))', () => {
    const bernoulli = canonicalMember('c \\log \\sigma(u) + (1 - c) \\log(1 - \\sigma(u))');
    expect(canonicalMember('c\\, u - \\log(1 + e^{u})')).toBe(bernoulli);
    expect(canonicalMember('-\\log(1 + \\exp(u)) + c \\cdot u')).toBe(bernoulli);
    // Negated, with the other softplus: (1 − c) z + log(1 + e^{−z}).
    expect(canonicalMember('(1 - c) u + \\log(1 + e^{-u})')).toBe(`-${bernoulli}`);
    // A logit of several factors (θᵀx), and a bare Σ running on over the log.
    expect(recogniseFormula('\\ell(\\theta) = \\sum_{j=1}^{M} c_j \\theta^\\top v_j - \\log(1 + e^{\\theta^\\top v_j})')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('\\sum_{j} \\left[ \\log(1 + \\exp(s_j)) - c_j s_j \\right]')?.kind).toBe('ce_from_logits');
    // A weight that is not the label's complement, or another logit, stays apart.
    expect(canonicalMember('c u + \\log(1 + e^{-u})')).not.toContain('\\log(1-\\sigma)');
    expect(canonicalMember('c v - \\log(1 + e^{u})')).not.toContain('\\log(\\sigma)');
    expect(recogniseFormula('\\log(1 + e^{u}) - u')?.kind ?? null).toBeNull();
  });
  it('logit-likelihood-fraction: e^{y z}/(1 + e^{z}) is σ(z)^{y}(1 − σ(z))^{1 − y}', () => {
    expect(recogniseFormula('L(\\beta) = \\prod_{m=1}^{M} \\frac{e^{c_m \\beta^T u_m}}{1 + e^{\\beta^T u_m}}')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('\\prod_{m=1}^{M} \\frac{(\\exp(v \\cdot u_m))^{c_m}}{1 + \\exp(v \\cdot u_m)}')?.kind).toBe('likelihood_product');
    // A number in the exponent is arithmetic on the logit, not a label.
    expect(recogniseFormula('q = \\frac{e^{2 s}}{1 + e^{s}}')).toBeNull();
  });
  it('exp-of-zero: log(e^{0} + e^{x}) is the softplus of x', () => {
    expect(recogniseFormula('\\ell = \\log(e^{0} + e^{u}) - s u')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\ell = \\ln(\\exp(0) + \\exp(u)) - s\\,u')?.kind).toBe('ce_from_logits');
  });
});
