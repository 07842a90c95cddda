import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: a loss written as a mixture of targets', () => {
  it('one-hot-beside-class-sum: a log P_c beside b Σ_k log P_k joins the sum with an indicator weight', () => {
    expect(canonicalMember('-(1-a) \\log q_{t} - \\frac{a}{C} \\sum_{j=1}^{C} \\log q_j')).toBe(
      canonicalMember('-\\sum_{j=1}^{C} ((1-a) \\mathbb{1}(j=t) + \\frac{a}{C}) \\log q_j'),
    );
    expect(recogniseFormula('-(1-\\alpha)\\ln p_{y} - \\alpha \\sum_{m=1}^{M} u_m \\ln p_m')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('(1-\\delta)(-\\log s_{c}) + \\delta\\left(-\\frac{1}{n}\\sum_{i=1}^{n}\\log s_i\\right)')?.kind).toBe('ce_multiclass');
    // The sum first, the one-hot term second: the same.
    expect(recogniseFormula('-\\frac{\\epsilon}{K}\\sum_{k} \\log f_k - (1-\\epsilon)\\log f_{y}')?.kind).toBe('ce_multiclass');
  });

  it('one-hot-beside-class-sum: beside a sum over the other classes, those keep the spread weight', () => {
    expect(recogniseFormula('-\\left(1 - a + \\frac{a}{C}\\right) \\log q_t - \\sum_{j \\neq t} \\frac{a}{C} \\log q_j')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-(1 - a) \\log q_t - \\sum_{j : j \\ne t} \\frac{a}{C - 1} \\log q_j')?.roles.classIndex).toBe('j');
    expect(canonicalMember('-\\log q_t - \\sum_{j \\neq t} b \\log q_j')).toContain('1-\\mathbb{1}');
    // Another class left out is no completion.
    expect(canonicalMember('-\\log q_t - \\sum_{j \\neq s} b \\log q_j')).not.toContain('\\mathbb{1}');
  });

  it('one-hot-beside-class-sum: the true class by number, and a softmax of logits as the prediction', () => {
    expect(recogniseFormula('-(1-\\epsilon)\\log p_1 - \\frac{\\epsilon}{K}\\sum_{i=1}^K \\log p_i')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-(1-\\epsilon)\\log\\frac{e^{z_y}}{\\sum_j e^{z_j}} - \\frac{\\epsilon}{K}\\sum_{k} \\log \\frac{e^{z_k}}{\\sum_j e^{z_j}}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('loss = -(1-\\varepsilon)\\log \\Big(e^{z_1}/Z\\Big)-\\varepsilon\\sum_{i=1}^n \\frac{1}{3}\\log \\Big(e^{z_i}/Z\\Big)')?.kind).toBe('ce_from_logits');
    // Another logit's letter in the sum: two predictions, no mixture.
    expect(recogniseFormula('-(1-\\epsilon)\\log\\frac{e^{z_y}}{\\sum_j e^{z_j}} - \\frac{\\epsilon}{K}\\sum_{k} \\log \\frac{e^{s_k}}{\\sum_j e^{s_j}}')).toBeNull();
  });

  it('one-hot-beside-class-sum: refuses opposite signs, other predictions, and weights that are the prediction', () => {
    expect(canonicalMember('-\\log p_c + \\sum_k \\log p_k')).not.toContain('\\mathbb{1}');
    expect(canonicalMember('-\\log p_c - \\sum_k \\log r_k')).not.toContain('\\mathbb{1}');
    // An entropy added to the one-hot loss is a confidence penalty, not a target mixture.
    expect(canonicalMember('-\\log p_c - \\sum_k p_k \\log p_k')).not.toContain('\\mathbb{1}');
    expect(recogniseFormula('-\\log p_c - \\sum_k p_k \\log p_k')?.kind).not.toBe('ce_multiclass');
  });

  it('uniform-target: 1/C before or inside Σ_{j=1}^{C} log q_j is the uniform target, like ε/C', () => {
    const uniform = '-\\sum_{j=1}^{C} 1/C \\log q_j';
    expect(canonicalMember('-\\frac{1}{C} \\sum_{j=1}^{C} \\log q_j')).toBe(canonicalMember(uniform));
    expect(canonicalMember('-\\sum_{j=1}^{C} \\frac{1}{C} \\log q_j')).toBe(canonicalMember(uniform));
    // A bare Σ_j leaves the count to the fraction.
    expect(recogniseFormula('-\\tfrac{1}{J} \\sum_j \\ln r_j')?.roles.target).toBe('1/J');
    expect(recogniseFormula('-\\tfrac{1}{C} \\sum_{j \\in \\mathcal{C}} \\ln r_j')?.roles.target).toBe('1/C');
    expect(recogniseFormula('H(u, q) = -\\frac{1}{C}\\sum_{j=1}^{C} \\log q_j')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-(1/C) * sum_j log softmax(s)_j')?.kind).toBe('ce_from_logits');
  });

  it('uniform-target: refuses another count, and a sample mean of opaque or labelled probabilities', () => {
    expect(recogniseFormula('-\\frac{1}{M}\\sum_{j=1}^{C} \\log q_j')).toBeNull();
    expect(recogniseFormula('-\\frac{1}{M}\\sum_{m=1}^{M} \\log q(a_m)')?.roles.target).not.toBe('1/M');
    expect(recogniseFormula('-\\frac{1}{M}\\sum_{m=1}^{M} \\log q_{a_m}')?.roles.target).not.toBe('1/M');
    // Another index beside the sum's (q_{m,k}) or the diagonal (s_{m,m}) picks one entry per sample.
    expect(recogniseFormula('-\\frac{1}{M}\\sum_{m} \\log q_{m,k}')?.roles.target).not.toBe('1/M');
    expect(recogniseFormula('-\\frac{1}{M}\\sum_m \\log\\frac{e^{s_{m,m}}}{\\sum_j e^{s_{m,j}}}')?.roles).toMatchObject({ sampleIndex: 'm', classIndex: 'j' });
    // Beside a one-class term, the label-smoothing mixture still forms.
    expect(canonicalMember('-(1-a) \\log q_{t} - a \\frac{1}{C} \\sum_{j=1}^{C} \\log q_j')).toContain('\\mathbb{1}');
  });

  it('one-hot-beside-class-sum: the other classes summed apart (Σ_{j≠c}) join the sum off the true class', () => {
    expect(recogniseFormula('-(1 - \\delta)\\ln r_c - \\sum_{j \\neq c} \\frac{\\delta}{C - 1} \\ln r_j')?.kind).toBe('ce_multiclass');
    expect(canonicalMember('-a \\ln r_c - \\sum_{j \\ne c} b \\ln r_j')).toContain('1-\\mathbb{1}');
    // Another class excluded than the one logged stays apart.
    expect(canonicalMember('-a \\ln r_c - \\sum_{j \\ne d} b \\ln r_j')).not.toContain('\\mathbb{1}');
  });
});
