import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';
import { recogniseFormula } from '../index';

describe('ce_from_logits', () => {
  it.each([
    '-\\log\\frac{e^{z_y}}{\\sum_j e^{z_j}}',
    '-z_y + \\log\\sum_j e^{z_j}',
    'L_i = -\\log \\left( \\frac{e^{f_{y_i}}}{\\sum_j e^{f_j}} \\right)',
    '\\text{loss}(x, class) = -\\log\\left(\\frac{\\exp(x[class])}{\\sum_j \\exp(x[j])}\\right)',
    '\\text{loss}(x, class) = weight[class] \\left(-x[class] + \\log\\left(\\sum_j \\exp(x[j])\\right)\\right)',
    'l = - \\sum_{j=1}^q y_j \\log \\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)}',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
  });

  it('takes the label of a score function named by its parameters (g_θ(x_i)_{y_i}) without them', () => {
    expect(rolesOf('-\\sum_{i=1}^n [ g_\\theta(x_i)_{y_i} - \\log \\sum_\\ell e^{g_\\theta(x_i)_\\ell} ]')).toMatchObject({ target: 'y_i', classIndex: '\\ell', sampleIndex: 'i' });
  });

  it('leaves the negated log-softmax of every class, no class picked, unread: a vector, not a loss', () => {
    expect(kindOf('-\\log \\mathrm{softmax}(z)')).toBeNull();
    expect(kindOf('nll = -F.log_softmax(z)')).toBeNull();
    expect(kindOf('-\\log \\mathrm{softmax}(z)_c')).toBe('ce_from_logits');
  });

  it('reads a batch whose class scores are linear, w_j^⊤ x_i, under a target indexed by sample and class', () => {
    expect(kindOf('L = -\\sum_{i} \\sum_{j} u_{ij} \\left[ w_j^T x_i - \\log \\sum_{k} \\exp(w_k^T x_i) \\right]')).toBe('ce_from_logits');
    expect(kindOf('\\ell(\\boldsymbol{\\beta}) = \\sum_{i=1}^{n} \\sum_{j=1}^{J} u_{ij} \\left[ \\mathbf{x}_i^\\top \\boldsymbol{\\beta}_j - \\log\\left(\\sum_{k=1}^{J} \\exp(\\mathbf{x}_i^\\top \\boldsymbol{\\beta}_k)\\right) \\right]')).toBe('log_likelihood');
  });

  it.each([
    ['one sample', '-2 + \\ln(e^{2} + e^{1} + e^{0})'],
    ['a mean of two samples', '\\left(-0.7 + \\log(e^{0.2} + e^{0.7}) - 1.1 + \\log(e^{1.1} + e^{-0.4})\\right) / 2 = 0.42'],
  ])('recognises the log-sum-exp form with numbers only: %s', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
  });

  it.each([
    ['a picked number that is no logit', '-2 + \\ln(e^{3} + e^{1})'],
    ['a log-sum-exp alone', '\\log(e^{2} + e^{1})'],
  ])('leaves numbers of another shape: %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it('reads a batch of softmax terms under an indicator of the label', () => {
    const tex = 'J(V) = -\\frac{1}{M}\\sum_{m=1}^{M}\\sum_{c=1}^{C} 1\\{s_m = c\\}\\log\\frac{\\exp(v_c^\\top u_m)}{\\sum_{d=1}^{C}\\exp(v_d^\\top u_m)}';
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ sampleIndex: 'm', classIndex: 'c' });
  });

  it('reads one sum over the samples under a log-softmax: the label or the denominator carries its index', () => {
    expect(rolesOf('-\\frac{1}{N}\\sum_{i}\\log\\frac{e^{f_{y_i}}}{\\sum_j e^{f_j}}')).toMatchObject({ target: 'y_i', classIndex: 'j', sampleIndex: 'i' });
    expect(rolesOf('-\\sum_n \\ln\\frac{e^{a_{ny}}}{\\sum_j e^{a_{nj}}}')).toMatchObject({ target: 'y', classIndex: 'j', sampleIndex: 'n' });
    // A score function's class is its subscript, not its input: f_y(x) picks y.
    expect(rolesOf('- \\ln \\frac{e^{f_y(x)}}{\\sum_{j} e^{f_j(x)}}')).toMatchObject({ target: 'y', classIndex: 'j' });
    expect(rolesOf('-\\log\\frac{e^{s(c)}}{\\sum_{k} e^{s(k)}}')).toMatchObject({ target: 'c' });
    // Glued indices are two letters, so t_{nk} is the target and not a label nk.
    expect(rolesOf('E = -\\sum_{n}\\sum_{k} t_{nk}\\ln \\frac{\\exp(a_{nk})}{\\sum_j \\exp(a_{nj})}')).toMatchObject({ target: 't_{nk}', classIndex: 'k', sampleIndex: 'n' });
    // The sum over the classes a target runs over stays the class sum.
    expect(rolesOf('-\\sum_k t_k \\log\\frac{e^{z_k}}{\\sum_j e^{z_j}}')).toEqual({ target: 't_k', prediction: 'z', classIndex: 'k' });
  });

  it('reads the targets’ weighted normaliser as the normaliser, class by class over a batch', () => {
    expect(rolesOf('L = - \\frac{1}{m} \\sum_{i, j} t_{ij} x_{ij} + \\frac{1}{m} \\sum_{i, j} t_{ij} \\log(\\sum_{k=1}^n \\exp(x_{ik}))')).toMatchObject({ target: 't_{ij}', prediction: 'x', classIndex: 'j', sampleIndex: 'i' });
    expect(kindOf('L = \\sum_{i}\\sum_{j} t_{ij}(-x_{ij} + \\log\\sum_{k} \\exp(x_{ik}))')).toBe('ce_from_logits');
    // A weighted normaliser alone is no loss.
    expect(kindOf('\\sum_k t_k \\log\\sum_j e^{z_j}')).toBeNull();
  });

  it('reads an indicator of the label at the class as a one-hot target, over a batch too', () => {
    expect(rolesOf('L = -\\sum_{k} 1(y=k) [z_k - \\log\\sum_{j} \\exp(z_j)]')).toMatchObject({ target: 'y', prediction: 'z', classIndex: 'k' });
    expect(rolesOf('L = -\\frac{1}{n} \\sum_{i=1}^{n} \\sum_{k} \\mathbb{1}(y_i=k) [z_{ik} - \\log\\sum_{j} \\exp(z_{ij})]')).toMatchObject({ target: 'y_i', prediction: 'z', classIndex: 'k', sampleIndex: 'i' });
    // The class's score as a function of the input, z_k(x_i), typed with Unicode scripts.
    expect(rolesOf('L(θ) = -1/n Σᵢ₌₁ⁿ Σₖ₌₀² I(yᵢ=k) [zₖ(xᵢ) - log(Σⱼ₌₀² exp(zⱼ(xᵢ)))]')).toMatchObject({ target: 'y_i', prediction: 'z', classIndex: 'k', sampleIndex: 'i' });
  });

  it('reads a softmax loss over pixels and samples: the classes are the index the numerator alone has', () => {
    expect(rolesOf('H = -\\frac{1}{w \\times h} \\sum_{k=1}^{c} \\sum_{i=1}^{w} \\sum_{j=1}^{h} y_{ijk} \\log\\left(\\frac{e^{x_{ijk}}}{\\sum_{l} e^{x_{ijl}}}\\right)')).toMatchObject({ target: 'y_{ijk}', prediction: 'x', classIndex: 'k', sampleIndex: 'i' });
    expect(rolesOf('-\\sum_{k}\\sum_{i} y_{ik} \\log\\frac{e^{x_{ik}}}{\\sum_{l} e^{x_{il}}}')).toMatchObject({ classIndex: 'k', sampleIndex: 'i' });
  });

  it('reads a normaliser summed over the same letter as the picked sum as its own sum, not a term of that sum', () => {
    // The k of log Σ_k e^{z_k} is the inner sum's own: the picked sum Σ_k y_k z_k ends before the +.
    const recognition = recogniseFormula('L = -\\sum_k y_k z_k + \\log \\sum_k \\exp(z_k)');
    expect(recognition?.kind).toBe('ce_from_logits');
    expect(recognition?.roles).toMatchObject({ target: 'y_k', prediction: 'z', classIndex: 'k' });
    expect(recognition?.roles.sampleIndex).toBeUndefined();
    // A term that uses the index freely still joins the sum written before it.
    expect(recogniseFormula('L = -\\sum_i y_i \\log p_i + (1 - y_i) \\log(1 - p_i)')?.kind).toBe('ce_binary_batch');
  });

  it('names the label, the logits and the softmax index', () => {
    expect(rolesOf('-\\log\\frac{e^{z_y}}{\\sum_j e^{z_j}}')).toMatchObject({ target: 'y', prediction: 'z', classIndex: 'j' });
    expect(rolesOf('-z_y + \\log\\sum_j e^{z_j}')).toMatchObject({ target: 'y', prediction: 'z', classIndex: 'j' });
    // A linear score per class: the label is the subscript of the class's weights (v_c against v_m under Σ_m).
    expect(rolesOf('E = -\\ln \\frac{e^{v_c^\\top u}}{\\sum_m e^{v_m^\\top u}}')).toMatchObject({ target: 'c', classIndex: 'm' });
    expect(rolesOf('E = -\\ln \\frac{e^{a u}}{\\sum_m e^{b u}}')).not.toHaveProperty('target');
  });

  it('reads soft targets dotted with the logits beside their log-sum-exp as a sum over the classes, not the samples', () => {
    const roles = rolesOf('\\ell = -\\sum_{a \\in S} \\rho_a \\, s_a + \\ln \\sum_{b \\in S} e^{s_b}');
    expect(roles).toMatchObject({ target: '\\rho_a', prediction: 's', classIndex: 'a' });
    expect(roles?.sampleIndex).toBeUndefined();
  });

  it('reads targets multiplied into the log-sum-exp form as the target over the classes, not a weight over samples', () => {
    expect(rolesOf('L = -\\sum_{c=1}^{C} q_c \\left(a_c - \\log \\sum_{d=1}^{C} e^{a_d}\\right)')).toMatchObject({ target: 'q_c', prediction: 'a', classIndex: 'c' });
    expect(rolesOf('L = \\sum_{c}\\left(-q_c a_c + q_c \\log \\sum_{d} e^{a_d}\\right)')).toMatchObject({ target: 'q_c', prediction: 'a', classIndex: 'c' });
    expect(rolesOf('L = \\sum_{c}\\left(-q_c a_c + q_c \\log \\sum_{d} e^{a_d}\\right)')?.sampleIndex).toBeUndefined();
    // A weight indexed by something else stays a weight, and the sum one over samples.
    expect(rolesOf('L = \\frac{1}{M}\\sum_{m=1}^{M} w \\left(-a_{m,y_m} + \\log \\sum_{d} e^{a_{m,d}}\\right)')?.target).not.toBe('w');
  });

  it.each([
    ['softmax alone', 'p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}'],
    ['log-sum-exp alone', '\\operatorname{lse}(a) = \\log \\sum_{c=1}^C \\exp(a_c)'],
    ['log-sum-exp of two', '\\log (\\exp(a) + \\exp(b))'],
    ['softmax stabilised', '\\frac{e^{f_{y_i}}}{\\sum_j e^{f_j}} = \\frac{e^{f_{y_i} + \\log C}}{\\sum_j e^{f_j + \\log C}}'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
  it('leaves a log-sum-exp that leaves the true class out unbadged: it is no softmax normaliser', () => {
    expect(kindOf('L = -s_c + \\log\\sum_{j\\neq c} e^{s_j}')).toBeNull();
    expect(kindOf('L = -s_c + \\log\\sum_{j} e^{s_j}')).toBe('ce_from_logits');
  });

  it('puts the normaliser left outside the bracket under the sample sum only (its k is its own sum’s)', () => {
    expect(recogniseFormula('- \\Big[ \\dfrac{1}{N} \\sum_{i=1}^N \\sum_{k=1}^K \\big( y_{i,k} z_{i,k} \\big) - \\log \\big( \\sum_{k=1}^K e^{z_{i,k}} \\big) \\Big]')).toMatchObject({ kind: 'ce_from_logits', roles: { classIndex: 'k', sampleIndex: 'i' } });
    // As the GLM docs write it: the scores inline, their scripts braced apart, a penalty after.
    expect(kindOf('- \\Big[ \\dfrac {1} {N} \\sum_{i=1}^N \\sum_{k=1}^K \\big( y_{i,k} (x^T_i \\beta_k + \\beta_{k0}) \\big) - \\text{log} \\big( \\sum_{k=1}^K e^{x{^T_i}\\beta_k + {\\beta_{k0}}} \\big) \\Big] + \\lambda \\Big[ \\dfrac {(1-\\alpha)} {2} ||\\beta || ^2_F + \\alpha \\sum_{j=1}^P ||\\beta_j ||_1 \\Big]')).toBe('ce_from_logits');
  });

  it("names the row's own label, y_i in z_{i,y_i}, as the target, not the row's index with it", () => {
    expect(rolesOf('L = -z_{i,y_i} + \\log\\sum_j e^{z_{i,j}}')).toMatchObject({ target: 'y_i', sampleIndex: 'i' });
    // PyTorch's logsumexp(z, 1) takes its axis second; the pick is each row's label.
    expect(rolesOf('loss = (logsumexp(z, 1) - z[range(B), y]).mean()')).toMatchObject({ target: 'y_i', prediction: 'z' });
  });
});
