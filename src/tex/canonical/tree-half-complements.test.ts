import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: halves of 1 ± a', () => {
  it('half-complements: beside (1 + a)/2, (1 − a)/2 is 1 − (1 + a)/2', () => {
    expect(canonicalMember('-\\frac{1+s}{2}\\log\\frac{1+v}{2} - \\frac{1-s}{2}\\log\\frac{1-v}{2}')).toBe(
      canonicalMember('-\\frac{1+s}{2}\\log\\frac{1+v}{2} - \\left(1 - \\frac{1+s}{2}\\right)\\log\\left(1 - \\frac{1+v}{2}\\right)'),
    );
    // One pair alone, weighing nothing, is not a loss's two halves: as written.
    expect(canonicalMember('\\frac{1+a}{2} + \\frac{1-a}{2}')).toBe('\\frac{1+a}{2}+\\frac{1-a}{2}');
  });

  it('reads binary cross-entropy with labels ±1 and a tanh output', () => {
    const one = recogniseFormula('E = -\\frac{1+s}{2}\\ln\\frac{1+v}{2} - \\frac{1-s}{2}\\ln\\frac{1-v}{2}');
    expect(one?.kind).toBe('ce_binary');
    expect(one?.roles.target).toBe('\\frac{1+s}{2}');
    expect(recogniseFormula('E = -\\sum_n \\left[\\frac{1+s_n}{2}\\ln\\frac{1+v_n}{2} + \\frac{1-s_n}{2}\\ln\\frac{1-v_n}{2}\\right]')?.kind).toBe('ce_binary_batch');
  });

  it('reads a ±1 label beside a probability as the 0/1 label (1 + y)/2, however its halves are written', () => {
    const batch = recogniseFormula('-\\sum_i \\left[\\frac{1+y_i}{2}\\log h_i + \\frac{1-y_i}{2}\\log(1-h_i)\\right]');
    expect(batch?.kind).toBe('ce_binary_batch');
    expect(batch?.roles.target).toBe('\\frac{1+y_i}{2}');
    // (y + 1)/2 with the one last, −(y − 1)/2 for the complement, and ½(y + 1) as a factor.
    expect(recogniseFormula('-\\sum_i [\\frac{y_i+1}{2}\\log h_i - \\frac{y_i-1}{2}\\log(1-h_i)]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('l = \\sum_i [\\frac12(y_i+1)\\log h_i + \\frac12(1-y_i)\\log(1-h_i)]')?.kind).toBe('log_likelihood');
    // The likelihood, the halves as exponents.
    expect(recogniseFormula('L(\\theta) = \\prod_{i=1}^m h_\\theta(x^i)^{\\frac{y^i+1}{2}}(1 - h_\\theta(x^i))^{-\\frac{y^i-1}{2}}')?.kind).toBe('likelihood_product');
    // The halves of one thing as both weight and logged value stay an entropy; two unrelated logs, or squares, nothing.
    expect(recogniseFormula('H = -\\frac{1+p}{2}\\log\\frac{1+p}{2} - \\frac{1-p}{2}\\log\\frac{1-p}{2}')?.kind).toBe('entropy');
    expect(recogniseFormula('\\frac{1+a}{2}\\log x + \\frac{1-a}{2}\\log y')).toBeNull();
    expect(recogniseFormula('E = \\frac{1}{2}(1+x)^2 + \\frac12 (1-x)^2')).toBeNull();
  });
});
