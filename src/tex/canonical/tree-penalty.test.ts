import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: a regularisation penalty added to a loss', () => {
  it('penalty-dropped: a coefficient times a size of the parameters goes, the loss stays', () => {
    expect(canonicalMember('-\\sum_j c_j\\log g_j + \\lambda \\|v\\|^2')).toBe('-\\sumc_j \\log(g_j)');
    expect(canonicalMember('-\\sum_j c_j\\log g_j + \\frac{\\alpha}{2}\\sum_{d} v_d^2')).toBe('-\\sumc_j \\log(g_j)');
    // No log beside it, or no coefficient: as written.
    expect(canonicalMember('\\sum_j (c_j - g_j)^2 + \\lambda \\|v\\|^2')).toContain('\\lambda');
    expect(canonicalMember('-\\sum_j c_j\\log g_j + v^2')).toContain('v^2');
  });

  it.each([
    ['an L2 penalty as a norm', 'J_{\\text{reg}} = -\\frac{1}{M}\\sum_{m=1}^{M}\\left[s_m\\ln q_m + (1-s_m)\\ln(1-q_m)\\right] + \\lambda\\|\\mathbf{v}\\|_2^2', 'ce_binary_batch'],
    ['a penalty as a sum of squares', 'J = -\\frac{1}{M}\\sum_{m}\\sum_{c} r_{mc}\\log g_{mc} + \\frac{\\lambda}{2M}\\sum_{d=1}^{D} v_d^2', 'ce_multiclass_batch'],
    ['C vᵀv', '-\\sum_{m} [s_m\\log q_m + (1-s_m)\\log(1-q_m)] + C\\, v^\\top v', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBe(kind);
  });

  it('leaves a squared error with a penalty unbadged', () => {
    expect(recogniseFormula('\\frac{1}{2}\\sum_m (s_m - q_m)^2 + \\lambda\\|v\\|^2')?.kind ?? null).toBeNull();
  });
});
