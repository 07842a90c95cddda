import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: binary cross-entropy on the logit', () => {
  it('stable-softplus: max(u, 0) + log(1 + e^{−|u|}) and u + log(1 + e^{−u}) are log(1 + e^{u})', () => {
    const softplus = canonicalMember('\\log(1 + e^{u})');
    expect(canonicalMember('\\max(u, 0) + \\log(1 + e^{-|u|})')).toBe(softplus);
    expect(canonicalMember('\\max(0, u) + \\log(1 + \\exp(-\\left|u\\right|))')).toBe(softplus);
    expect(canonicalMember('u + \\log(1 + e^{-u})')).toBe(softplus);
    // max(−u, 0) beside it: the softplus of −u.
    expect(canonicalMember('\\log(1 + e^{-|u|}) + \\max(-u, 0)')).toBe(canonicalMember('\\log(1 + e^{-u})'));
    expect(recogniseFormula('(1 - s) * u + log(1 + exp(-abs(u))) + max(-u, 0)')?.kind).toBe('ce_from_logits');
    // A linear model spread over the sum's terms, and its magnitude in bars.
    expect(canonicalMember('a^T v + c + \\log(1 + e^{-(a^T v + c)})')).toBe(canonicalMember('\\log(1 + e^{a^T v + c})'));
    // Another symbol beside the softplus is left alone.
    expect(canonicalMember('w + \\log(1 + e^{-u})')).toBe(canonicalMember('w - \\log \\sigma(u)'));
  });

  it('stable-softplus: the pair is found among three terms, before the logit beside it is read', () => {
    expect(recogniseFormula('L = (1 - s) u + \\log(1 + e^{-|u|}) + \\max(-u, 0)')?.kind).toBe('ce_from_logits');
  });

  it('positive-weight-on-logits: (1 − s) u + (1 + (q − 1) s) log(1 + e^{−u}) weighs the positive class by q', () => {
    const recognition = recogniseFormula('L = (1 - s) u + (1 + (q - 1) s) \\log(1 + e^{-u})');
    expect(recognition?.kind).toBe('ce_from_logits');
    expect(recognition?.roles).toMatchObject({ target: 's', prediction: 'u', weight: 'q' });
    // TensorFlow's stable form, the weight named with a sign above it.
    expect(recogniseFormula('L_i = (1 - s_i)\\,u_i + \\big(1 + (w^{+} - 1) s_i\\big) \\big(\\log(1 + e^{-|u_i|}) + \\max(-u_i, 0)\\big)')?.roles.weight).toBe('w^{+}');
    // A weight that is not 1 + (q − 1) s is not that form.
    expect(recogniseFormula('L = (1 - s) u + (2 + q s) \\log(1 + e^{-u})')?.kind ?? null).toBeNull();
  });

  it('softplus-name: softplus(u) is log(1 + e^{u}), softplus(−u) is −log σ(u)', () => {
    expect(canonicalMember('\\operatorname{softplus}(u)')).toBe(canonicalMember('\\log(1 + e^{u})'));
    expect(canonicalMember('\\operatorname{softplus}(-u)')).toBe(canonicalMember('-\\log \\sigma(u)'));
    // A softplus is a function of the logit: the binary loss is on the logit.
    expect(recogniseFormula('\\ell = s\\, softplus(-u) + (1 - s)\\, softplus(u)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\ell = softplus(u) - u s')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\operatorname{softplus}(u) = \\log(1 + e^{u})')).toBeNull();
  });

  it('logit-times-label: log(1 + e^{u}) − u s is −[s log σ(u) + (1 − s) log(1 − σ(u))]', () => {
    const binary = canonicalMember('-(s \\log \\sigma(u) + (1 - s) \\log(1 - \\sigma(u)))');
    // The logit a function's value, the label glued to its name (gradient boosting's −yF(x) + log(1 + e^{F(x)})).
    const boosted = canonicalMember('-(y \\log \\sigma(F(x)) + (1 - y) \\log(1 - \\sigma(F(x))))');
    expect(canonicalMember('-yF(x) + \\log(1 + e^{F(x)})')).toBe(boosted);
    expect(canonicalMember('\\log(1 + \\exp(F(x))) - y F(x)')).toBe(boosted);
    // Another function's value is no logit of this one.
    expect(canonicalMember('-yG(x) + \\log(1 + e^{F(x)})')).not.toBe(boosted);
    expect(canonicalMember('\\log(1 + e^{u}) - u s')).toBe(binary);
    expect(canonicalMember('\\log(1 + e^{u}) - s \\cdot u')).toBe(binary);
    expect(canonicalMember('\\log(1 + e^{u}) - su')).toBe(binary);
    // The softplus alone, or less a symbol that is not the logit, stays.
    expect(canonicalMember('\\log(1 + e^{u}) - u')).toBe(canonicalMember('-\\log(1 - \\sigma(u)) - u'));
    expect(canonicalMember('\\log(1 + e^{u}) - v s')).not.toContain('\\log(\\sigma)');
  });

  it.each([
    ['the overflow-free form', 'L = \\max(u, 0) - u s + \\log(1 + \\exp(-|u|))'],
    ['the same as code', 'loss = max(u, 0) - u * s + log(1 + exp(-abs(u)))'],
    ['a linear model as the logit', '\\ell = \\max(a^\\top v + c, 0) - (a^\\top v + c)\\, s + \\log(1 + e^{-|a^\\top v + c|})'],
    ['the form for u ≥ 0', '\\ell = u - u s + \\ln(1 + e^{-u})'],
    ['the signs turned round inside a minus', 'L = -(u s - \\max(u, 0) - \\log(1 + e^{-|u|}))'],
    ['softplus less the product', '\\ell = \\log(1 + e^{\\theta^T v}) - s\\,(\\theta^T v)'],
  ])('recognises %s', (_name, tex) => {
    const recognition = recogniseFormula(tex);
    expect(recognition?.kind).toBe('ce_from_logits');
    expect(recognition?.roles.activation).toBe('sigmoid');
  });

  it('reads the signs turned round as the log-likelihood it is', () => {
    expect(recogniseFormula('\\ell = u s - \\max(u, 0) - \\log(1 + e^{-|u|})')?.kind).toBe('log_likelihood');
  });

  it('reads a batch of them, on the logit', () => {
    const recognition = recogniseFormula('L = \\frac{1}{M}\\sum_m \\left[\\max(u_m, 0) - u_m s_m + \\log(1 + e^{-|u_m|})\\right]');
    expect(recognition?.kind).toBe('ce_from_logits');
    expect(recognition?.roles).toMatchObject({ target: 's_m', prediction: 'u_m', sampleIndex: 'm', reduction: 'mean', activation: 'sigmoid' });
  });

  it.each([
    ['softplus alone', '\\zeta(u) = \\log(1 + e^{u})'],
    ['the identity behind the stable form', '\\log(1 + e^{u}) = \\max(u, 0) + \\log(1 + e^{-|u|})'],
    ['a hinge loss', 'L = \\max(0, 1 - s u)'],
  ])('leaves %s unbadged', (_name, tex) => {
    const kind = recogniseFormula(tex)?.kind;
    expect(kind === undefined || !['ce_binary', 'ce_from_logits', 'ce_binary_batch'].includes(kind)).toBe(true);
  });
});
