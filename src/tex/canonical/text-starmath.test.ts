import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { starMath } from './text-starmath';

describe("text rule: LibreOffice's formula language (StarMath)", () => {
  it('turns from/to limits, over, left/right, cdot and %greek into TeX', () => {
    expect(starMath('- sum from{i=1} to{N} y_i log(p_i)')).toBe('- \\sum_{i=1}^{N}  y_i log(p_i)');
    expect(starMath('{1} over {N} sum from {k=1} to K left[ a cdot b right] + %sigma(z)')).toBe('\\frac{1}{N} \\sum_{k=1}^{K}  \\left[ a \\cdot  b \\right] + \\sigma (z)');
    expect(recogniseFormula('L = - {1} over {N} sum from{i=1} to{N} y_i cdot ln( hat y_i )')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('L = - sum from{i=1} to{N} left[ y_i log p_i + (1 - y_i) log(1 - p_i) right]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('H = - sum from{x} p(x) log p(x)')?.kind).toBe('entropy');
  });

  it('leaves TeX and text without its marks alone', () => {
    expect(starMath('\\sum_{i} x \\text{ from } y')).toBe('\\sum_{i} x \\text{ from } y');
    expect(starMath('the sum from the left over the top')).toBe('the sum from the left over the top');
  });
});
