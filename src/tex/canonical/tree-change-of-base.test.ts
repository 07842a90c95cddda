import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: change-of-base', () => {
  it('reads a log over the log of a constant as the log to that base', () => {
    expect(canonicalMember('\\frac{\\ln v_k}{\\ln 2}')).toBe(canonicalMember('\\log_2 v_k'));
    expect(recogniseFormula('H = -\\sum_k u_k \\frac{\\ln v_k}{\\ln 2}')?.roles).toMatchObject({ target: 'u_k', prediction: 'v_k', logBase: '2' });
    // As code writes it, the log among the numerator's factors.
    expect(recogniseFormula('H = -sum(u * log(v) / log(10))')?.roles.logBase).toBe('10');
    expect(recogniseFormula('acc += ui * (-math.log(vi) / math.log(base))')?.kind).toBe('ce_multiclass');
  });

  it('leaves a worked example’s numbers, and a quotient of two variables’ logs, as written', () => {
    expect(canonicalMember('\\frac{\\ln 0.7}{\\ln 2}')).not.toContain('log_');
    expect(canonicalMember('\\frac{\\log v}{\\log w}')).not.toContain('log_');
  });
});
