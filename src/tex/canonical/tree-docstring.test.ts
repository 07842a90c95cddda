import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: docstring indices', () => {
  it('bracket-index: y[i] is y_i, an indicator [y = k] stays a test', () => {
    expect(canonicalMember('y[i] * x[n, c]')).toBe('y_i x_{n,c}');
    expect(canonicalMember('\\mathbb{1}[y = k]')).toBe('\\mathbb{1}');
    expect(canonicalMember('y_{\\text{true}}[i]')).toBe('y_{\\text{true},i}');
  });

  it('reduction-wrapper: agg(ℓ) is the per-element loss ℓ', () => {
    expect(canonicalMember('agg(-t \\log q)')).toBe('-t \\log(q)');
    expect(canonicalMember('reduction((a + b))')).toBe('a+b');
    // Other names are functions of their argument.
    expect(canonicalMember('g(-t \\log q)')).not.toBe('-t \\log(q)');
    expect(recogniseFormula('\\ell = \\operatorname{agg}(-t \\log q - (1 - t) \\log(1 - q))')?.kind).toBe('ce_binary');
  });

  it.each([
    ['binary, PyTorch style', 'loss = -w[i] * (y[i] * \\log(\\sigma(x[i])) + (1 - y[i]) * \\log(1 - \\sigma(x[i])))', 'ce_binary'],
    ['multiclass over a bracketed index', 'loss = -\\sum_c y[c] * \\log(p[c])', 'ce_multiclass'],
    // The comma inside z[i, y[i]] is the index's, not a list's inside the big brackets.
    ['a batch with the label as a nested index', '\\frac{1}{N} \\sum_i \\left(-z[i, y[i]] + \\log\\sum_j e^{z[i, j]} \\right)', 'ce_from_logits'],
    ['the same with the log of a bracketed sum', 'L = \\frac{1}{m} \\sum_{i=1}^{m} [-x[i, t[i]] + \\log\\left(\\sum_{j=1}^{C} \\exp(x[i, j])\\right)]', 'ce_from_logits'],
    ['from logits, with the class as an index', '\\text{loss}(x, class) = -x[class] + \\log\\left(\\sum_j \\exp(x[j])\\right)', 'ce_from_logits'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('weight-glued-to-label: a weight typed against the label beside its complement', () => {
    expect(canonicalMember('ws \\log a + (1 - s) \\log(1 - a)')).toBe(canonicalMember('w s \\log a + (1 - s) \\log(1 - a)'));
    expect(recogniseFormula('\\ell = ws * -\\log(\\sigma(u)) + (1 - s) * -\\log(1 - \\sigma(u))')?.roles.weight).toBe('w');
    // Without the complement, a two-letter name stays a name.
    expect(canonicalMember('ws \\log a + s \\log b')).toBe('ws \\log(a)+s \\log(b)');
  });
});
