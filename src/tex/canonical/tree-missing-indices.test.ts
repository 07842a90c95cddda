import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: a binary pair whose prediction lost its index on one side', () => {
  it('missing-indices: the bare letter beside its indexed complement is the indexed letter', () => {
    expect(canonicalMember('r^{s_m}(1 - r_m)^{1 - s_m}')).toBe(canonicalMember('r_m^{s_m}(1 - r_m)^{1 - s_m}'));
    expect(canonicalMember('r_m^{s_m}(1 - r)^{1 - s_m}')).toBe(canonicalMember('r_m^{s_m}(1 - r_m)^{1 - s_m}'));
    expect(canonicalMember('s_m \\ln r + (1 - s_m) \\ln(1 - r_m)')).toBe(canonicalMember('s_m \\ln r_m + (1 - s_m) \\ln(1 - r_m)'));
    // The label's slip: its bare letter beside its indexed complement, over a probability and its complement.
    expect(canonicalMember('-s \\ln r_m - (1 - s_m) \\ln(1 - r_m)')).toBe(canonicalMember('-s_m \\ln r_m - (1 - s_m) \\ln(1 - r_m)'));
    expect(recogniseFormula('e += -s * Math.log(r[m]) - (1 - s[m]) * Math.log(1 - r[m]);')?.kind).toBe('ce_binary_batch');
  });

  it('reads the likelihood and the loss with the index put back', () => {
    expect(recogniseFormula('S_m \\sim \\text{Bern}(s_m \\mid \\rho_m) = \\rho^{s_m}(1-\\rho_m)^{1-s_m}')).toMatchObject({ kind: 'likelihood_product', roles: { prediction: '\\rho_m' } });
    expect(recogniseFormula('E = -\\sum_m [s_m \\ln r_m + (1 - s_m) \\ln(1 - r)]')).toMatchObject({ kind: 'ce_binary_batch', roles: { prediction: 'r_m' } });
  });

  it('leaves other letters, and exponents that are not a label and its complement, as written', () => {
    expect(canonicalMember('r^{s}(1 - u_m)^{1 - s}')).toBe(canonicalMember('r^{s}(1 - u_m)^{1 - s}'));
    expect(canonicalMember('r^{a}(1 - r_m)^{b}')).toBe(canonicalMember('r^{a}(1 - r_m)^{b}'));
  });
});
