import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('ce_multiclass_batch', () => {
  it.each([
    'L = -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{c=1}^{C} y_{i,c} \\log(p_{i,c})',
    '-\\frac{1}{N}\\sum_{i}^{N}\\sum_{k}^{K} t_{ik}\\log y_{ik}',
    'E = -\\sum_{n=1}^{N}\\sum_{k=1}^{K} t_{nk}\\ln y_{nk}',
    'J = -\\frac1N \\sum_{i=1}^N \\log p_{i, y_i}',
    '\\mathcal{L} = - \\dfrac{1}{N} \\sum_{n} \\sum_{k} \\mathbf{t}_{nk} \\, \\log \\hat{\\mathbf{y}}_{nk}',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass_batch');
  });

  it('tells the sample index from the class index and the reduction', () => {
    expect(rolesOf('L = -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{c=1}^{C} y_{i,c} \\log(p_{i,c})')).toMatchObject({
      sampleIndex: 'i', sampleBound: 'N', classIndex: 'c', classBound: 'C', reduction: 'mean',
    });
    expect(rolesOf('E = -\\sum_{n=1}^{N}\\sum_{k=1}^{K} t_{nk}\\ln y_{nk}')).toMatchObject({ reduction: 'sum', logBase: 'e' });
  });

  it('reads a bare sum over samples of a one-hot loss at each sample’s label as a batch', () => {
    expect(rolesOf('-\\sum_{m=1}^{M} \\ln q_{m, c_m}')).toMatchObject({ target: 'c_m', sampleIndex: 'm', reduction: 'sum' });
    // A label of its own, not indexed by the sum: one sample over the classes.
    expect(kindOf('-\\sum_{j} s_j \\ln q_{j}')).toBe('ce_multiclass');
  });

  it('reads a sum over the pairs of a dataset, Σ_{(x,y) ∈ D} log p(y | x), as a batch at each pair\'s label', () => {
    expect(rolesOf('- \\sum_{(u,s) \\in D} \\log q(s \\mid u)')).toMatchObject({ target: 's', sampleIndex: '(u,s)', sampleBound: 'D', reduction: 'sum' });
    expect(kindOf('-\\frac{1}{|D|}\\sum_{(u,s) \\in D} \\log q_{\\theta}(s \\mid u)')).toBe('ce_multiclass_batch');
    // A joint probability, or an outcome outside the pair, is no loss at a label.
    expect(kindOf('- \\sum_{(u,s) \\in D} \\log q(u, s)')).toBeNull();
    expect(kindOf('- \\sum_{(u,s) \\in D} \\log q(v \\mid u)')).toBeNull();
  });

  it('under a loss’s name, reads a model’s output at the sample taken at a letter no sum runs over as the class', () => {
    expect(rolesOf('L(f(x)) = - \\frac{1}{n}\\sum_{i}\\log f_{g}(x_{i})')).toMatchObject({ target: 'g', sampleIndex: 'i', reduction: 'mean' });
    // No name, a parameter's subscript, or a weight letter: nothing said.
    expect(kindOf('-\\frac{1}{n}\\sum_i \\log f_g(x_i)')).toBeNull();
    expect(kindOf('L = -\\frac{1}{n}\\sum_i \\log p_\\theta(x_i)')).toBeNull();
  });

  it('reads a transposed target as an inner product over the classes: the written sum runs over samples', () => {
    const tex = '\\mathcal{L}_{CE} = -\\sum_{i=1}^{N} \\mathbf{y}_i^\\top \\log \\hat{\\mathbf{y}}_i';
    expect(kindOf(tex)).toBe('ce_multiclass_batch');
    expect(rolesOf(tex)).toMatchObject({ target: 'y_i', sampleIndex: 'i', sampleBound: 'N', reduction: 'sum' });
    // Without a sum it is one sample's vector form.
    expect(kindOf('E = -\\mathbf{t}^\\top \\log \\mathbf{y}')).toBe('ce_multiclass');
  });

  it('takes the sum whose bound the mean divides by as the one over samples, written first or second', () => {
    expect(rolesOf('J = -\\frac{1}{m}\\sum_{k}\\sum_{j=1}^{m} q_{k}(x_j) \\log r_{k}(x_j)')).toMatchObject({ sampleIndex: 'j', sampleBound: 'm', classIndex: 'k' });
    expect(rolesOf('J = -\\frac{1}{m}\\sum_{j=1}^{m}\\sum_{k} q_{jk} \\log r_{jk}')).toMatchObject({ sampleIndex: 'j', classIndex: 'k' });
    // Without a mean, the first sum runs over the samples, as authors nest them, unless it runs up to a count of classes.
    expect(rolesOf('J = -\\sum_{k=1}^{L}\\sum_{j=1}^{m} q_{jk} \\log r_{jk}')).toMatchObject({ sampleIndex: 'k', classIndex: 'j' });
    expect(rolesOf('J = -\\sum_{k=1}^{K}\\sum_{j=1}^{m} q_{jk} \\log r_{jk}')).toMatchObject({ sampleIndex: 'j', classIndex: 'k' });
  });

  it.each([
    ['L2 regulariser', '\\lambda \\sum_k \\sum_l W_{k,l}^2'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it('reads a sum divided by the total of its weights as a weighted mean over the samples', () => {
    expect(kindOf('e = -np.sum(v[:, None] * u * np.log(q)) / np.sum(v)')).toBe('ce_multiclass_batch');
    expect(rolesOf('e = -np.sum(v * u * np.log(q)) / np.sum(v)')).toMatchObject({ weight: 'v', reduction: 'mean' });
    // A sum of exponentials is a softmax's denominator, no total of weights.
    expect(kindOf('-\\frac{1}{\\sum_j e^{z_j}} \\sum_k u_k \\log q_k')).toBe('ce_multiclass');
  });

  it('leaves the mean entropy of a batch to the entropy kind', () => {
    expect(kindOf('-\\frac{1}{N}\\sum_i \\sum_k p_{ik} \\log p_{ik}')).toBe('entropy');
  });

  it('reads a mean over one sum of the classes as one sample scaled, not a batch', () => {
    // The sum runs to the count of classes, or the mean divides by another count than the sum's bound.
    expect(kindOf('cal(L) = -1/C sum_(1<=j<=C) t_j log(x_j))')).toBe('ce_multiclass');
    expect(kindOf('\\mathcal{L}(y,\\hat{y}_\\theta) = -\\frac{1}{m}\\sum_{i=1}^{10} y_i \\ln(\\hat{y}_{\\theta,i})')).toBe('ce_multiclass');
    // The mean over the sum's own bound is over the samples.
    expect(kindOf('L = -\\frac{1}{m} \\sum_{i=1}^{m} y_{i} \\cdot \\log(\\hat{y}_{i})')).toBe('ce_multiclass_batch');
  });

  it('takes a first sum up to a count of classes (Σ_{k=1}^{K} Σ_{i=1}^{N}) for the classes', () => {
    expect(rolesOf('-\\sum_{c=1}^{C}\\sum_{n=1}^{M} u_{nc}\\log q_{nc}')).toMatchObject({ sampleIndex: 'n', sampleBound: 'M', classIndex: 'c', classBound: 'C' });
    // With no bound to tell, the first sum runs over the samples, as authors nest them.
    expect(rolesOf('-\\sum_{c}\\sum_{n} u_{nc}\\log q_{nc}')).toMatchObject({ sampleIndex: 'c', classIndex: 'n' });
  });

  it('reads a sum of the log at a class named in words as a sum over the samples', () => {
    expect(kindOf('\\mathcal{L} = - \\sum \\log(\\hat{q}_{\\text{correct}})')).toBe('ce_multiclass_batch');
    expect(rolesOf('- \\sum_n \\log(\\hat{q}_{n,\\text{true}})')).toMatchObject({ sampleIndex: 'n' });
    // Without a sum it is one sample's loss.
    expect(kindOf('L = -\\log(\\hat{q}_{\\text{correct}})')).toBe('ce_multiclass');
  });

  it('reads a division by code\'s count of the entries (len, size) as the mean', () => {
    expect(rolesOf('return -np.sum(s_true * np.log(q_pred + 1e-10)) / len(s_true)')).toMatchObject({ reduction: 'mean' });
    expect(kindOf('J = -sum(S .* log(Q)) / size(S, 2)')).toBe('ce_multiclass_batch');
  });

  it("reads a one-hot pick at the sample's label function, l(x), as a sum over samples (pixels)", () => {
    expect(rolesOf('L = -\\sum_{x \\in \\Omega} w(x) \\log \\hat{p}_{l(x)}(x)')).toMatchObject({ target: 'l(x)', sampleIndex: 'x', weight: 'w' });
    expect(kindOf('L = -\\sum_{x} \\log p_{l(x)}(x)')).toBe('ce_multiclass_batch');
  });

  it("takes a weight's letter beside a pick at the sample's label as the sample's weight, not a target", () => {
    expect(rolesOf('L = -\\sum_{i} w_i \\log p_{y_i}')).toMatchObject({ target: 'y_i', weight: 'w_i', sampleIndex: 'i' });
    expect(kindOf('L = -\\sum_i \\alpha_i \\log p_{y_i}(x_i)')).toBe('ce_multiclass_batch');
    // Another letter before the pick is still read as written (a target).
    expect(kindOf('L = -\\sum_{k} t_k \\log p_{k}')).toBe('ce_multiclass');
  });
});
