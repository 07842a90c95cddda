import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: halves of 1 ± a', () => {
  it('half-complements: beside (1 + a)/2, (1 − a)/2 is 1 − (1 + a)/2', () => {
    expect(canonicalMember('-\\frac{1+s}{2}\\log\\frac{1+v}{2} - \\frac{1-s}{2}\\log\\frac{1-v}{2}')).toBe(
      canonicalMember('-\\frac{1+s}{2}\\log\\frac{1+v}{2} - \\left(1 - \\frac{1+s}{2}\\right)\\log\\left(1 - \\frac{1+v}{2}\\right)'),
    );
    // One pair alone is not a loss's two halves: as written.
    expect(canonicalMember('\\frac{1+a}{2} + \\frac{1-a}{2}')).toBe('\\frac{1+a}{2}+\\frac{1-a}{2}');
  });

  it('reads binary cross-entropy with labels ±1 and a tanh output', () => {
    const one = recogniseFormula('E = -\\frac{1+s}{2}\\ln\\frac{1+v}{2} - \\frac{1-s}{2}\\ln\\frac{1-v}{2}');
    expect(one?.kind).toBe('ce_binary');
    expect(one?.roles.target).toBe('\\frac{1+s}{2}');
    expect(recogniseFormula('E = -\\sum_n \\left[\\frac{1+s_n}{2}\\ln\\frac{1+v_n}{2} + \\frac{1-s_n}{2}\\ln\\frac{1-v_n}{2}\\right]')?.kind).toBe('ce_binary_batch');
  });
});
