import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: a softmax denominator that names the true class apart', () => {
  it('true-class-beside-others: e^{A} + Σ_{j≠c} e^{B_j} under e^{A} is Σ_j e^{B_j}', () => {
    const plain = canonicalMember('\\frac{e^{a_c}}{\\sum_{k} e^{a_k}}');
    expect(canonicalMember('\\frac{e^{a_c}}{e^{a_c} + \\sum_{k \\neq c} e^{a_k}}')).toBe(plain);
    expect(canonicalMember('\\frac{e^{a_c}}{\\sum_{k \\ne c} e^{a_k} + e^{a_c}}')).toBe(plain);
    // A range and the exclusion typed together (Σ_{k=1, k≠c}^{C}).
    expect(canonicalMember('\\frac{e^{a_c}}{e^{a_c} + \\sum_{k=1, k \\neq c}^{C} e^{a_k}}')).toBe(canonicalMember('\\frac{e^{a_c}}{\\sum_{k=1}^{C} e^{a_k}}'));
    // Another term beside the sum, or a sum that excludes nothing, stays as written.
    expect(canonicalMember('\\frac{e^{a_c}}{e^{b} + \\sum_{k \\neq c} e^{a_k}}')).not.toBe(plain);
    expect(canonicalMember('\\frac{e^{a_c}}{e^{a_c} + \\sum_{k} e^{a_k}}')).not.toBe(plain);
  });

  it.each([
    ['the plain softmax, others apart', '-\\log\\frac{e^{a_c}}{e^{a_c}+\\sum_{k\\neq c}e^{a_k}}'],
    ['an additive cosine margin with a scale', 'L = -\\frac{1}{M}\\sum_{m=1}^{M}\\log\\frac{e^{r(\\cos\\phi_{c_m}-\\delta)}}{e^{r(\\cos\\phi_{c_m}-\\delta)}+\\sum_{k\\neq c_m}e^{r\\cos\\phi_k}}'],
    ['an angular margin, exp spelled out', '-\\log\\frac{\\exp(r\\cos(\\phi_{c}+\\delta))}{\\exp(r\\cos(\\phi_{c}+\\delta))+\\sum_{k=1,k\\neq c}^{C}\\exp(r\\cos\\phi_k)}'],
  ])('recognises %s', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_from_logits');
  });

  it('named-normaliser: e^{z_y} / Z is the softmax, Z the sum of every class’s exponential', () => {
    expect(canonicalMember('\\frac{e^{s_y}}{Z}')).toBe(canonicalMember('\\frac{e^{s_y}}{\\sum_j e^{s_j}}'));
    expect(recogniseFormula('-\\log\\frac{e^{s_y}}{Z}')?.roles).toMatchObject({ target: 'y', prediction: 's' });
    expect(recogniseFormula('L_i=-s_{y}+\\log Z')?.roles).toMatchObject({ target: 'y', prediction: 's' });
    // S, the sum, by name too.
    expect(recogniseFormula('L = -log(exp(a0) / S)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -a0 + log(S)')?.kind).toBe('ce_from_logits');
    // A Boltzmann weight over Z, and a probability defined so: no loss.
    expect(recogniseFormula('p(x) = \\frac{e^{-E(x)}}{Z}')).toBeNull();
    expect(recogniseFormula('p_i = \\frac{e^{z_i}}{Z}')).toBeNull();
  });

  it('class-shifted-normaliser: log Σ_j e^{z_j − z_y} is log Σ_j e^{z_j} − z_y, with or without the true class\'s 1 set apart', () => {
    expect(canonicalMember('\\log\\sum_{j} e^{z_j - z_y}')).toBe(canonicalMember('\\log\\sum_{j} e^{z_j} - z_y'));
    expect(recogniseFormula('L_i = \\log\\sum_{j=1}^{C} \\exp(s_j - s_{y_i})')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\ell(z, y) = \\log\\left(1 + \\sum_{j \\ne y} e^{z_j - z_y}\\right)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = \\frac{1}{N}\\sum_{i=1}^N \\log\\left(1 + \\sum_{j\\neq y_i} e^{f_j - f_{y_i}}\\right)')?.kind).toBe('ce_from_logits');
    // A shift for stability (a max, a constant) is no class's logit: the log of a normaliser stays unbadged.
    for (const tex of ['\\log\\sum_j e^{x_j - m}', '\\log\\sum_j e^{x_j - x_{\\max}}', '\\log\\sum_j e^{x_j - \\max_k x_k}']) expect(recogniseFormula(tex)).toBeNull();
  });

  it('leaves the softmax probability itself unbadged', () => {
    expect(recogniseFormula('p_c = \\frac{e^{a_c}}{e^{a_c}+\\sum_{k\\neq c}e^{a_k}}')?.kind ?? null).toBeNull();
  });

  it('stability-shifted-log-sum-exp: m + log Σ e^{z − m}, the shift added back, is the log-sum-exp', () => {
    expect(recogniseFormula('L = -u_y + m + \\log\\sum_j e^{u_j - m}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('e = -(u[t] - u.max() - np.log(np.exp(u - u.max()).sum()))')?.kind).toBe('ce_from_logits');
    // The shift not added back (or added with the other sign) is no log-sum-exp of the logits.
    expect(recogniseFormula('L = -u_y - m + \\log\\sum_j e^{u_j - m}')?.kind ?? null).not.toBe('ce_from_logits');
  });
});
