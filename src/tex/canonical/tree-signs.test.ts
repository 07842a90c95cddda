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

  it('keeps a worked example with a negative numerator a number', () => {
    expect(checkWorkedExample('\\frac{-1}{2}(\\log 0.5 + \\log 0.25) = 1.0397')?.verdict).toBe('correct');
  });
});
