// Indices a formula fixes by its subscripts rather than by a sum.
import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';
import { subscriptIndices, withImpliedIndices } from './role-indices';

const roles = (tex: string) => recogniseFormula(tex)?.roles;

describe('subscriptIndices', () => {
  it('reads single letters, comma lists and two glued letters; words name', () => {
    expect(subscriptIndices('\\sigma(x_{m,c})')).toEqual(['m', 'c']);
    expect(subscriptIndices('t_{jk}')).toEqual(['j', 'k']);
    expect(subscriptIndices('\\hat{y}_s')).toEqual(['s']);
    expect(subscriptIndices('y_{true}')).toEqual([]);
    expect(subscriptIndices('\\sigma(\\theta_0+\\theta_1 X_j)')).toEqual(['j']);
  });
});

describe('a sample fixed by the subscript a binary target shares with its prediction', () => {
  it('one element of an unreduced loss', () => {
    expect(roles('\\ell_m = -a_m [t_m \\log q_m + (1 - t_m) \\log(1 - q_m)]')).toMatchObject({ target: 't_m', prediction: 'q_m', sampleIndex: 'm' });
  });

  it('one sample of a Bernoulli likelihood', () => {
    expect(roles('P(t_j | x_j) = s_j^{t_j} (1 - s_j)^{1 - t_j}')).toMatchObject({ target: 't_j', prediction: 's_j', sampleIndex: 'j' });
  });

  it('a multi-label element takes its first index as the sample', () => {
    expect(withImpliedIndices('ce_binary', { target: 'y_{m,c}', prediction: '\\sigma(x_{m,c})' })).toMatchObject({ sampleIndex: 'm' });
  });

  it('a symbol without a subscript fixes nothing', () => {
    expect(roles('L = -[y \\log p + (1 - y) \\log(1 - p)]')?.sampleIndex).toBeUndefined();
  });

  it('beside one prediction for every draw (p with no index), the binary target’s one index is the sample', () => {
    expect(withImpliedIndices('ce_binary', { target: 'y_j', prediction: 'p' })).toEqual({ target: 'y_j', prediction: 'p', sampleIndex: 'j' });
    expect(roles('P(t_m) = r^{t_m}(1 - r)^{1 - t_m}')).toMatchObject({ target: 't_m', prediction: 'r', sampleIndex: 'm' });
    // Two indices on the target say nothing of which one runs over the samples.
    expect(withImpliedIndices('ce_binary', { target: 'y_{j,c}', prediction: 'p' }).sampleIndex).toBeUndefined();
  });
});

describe('a class or sample fixed beside a multiclass form', () => {
  it('the one-hot collapse −y_j log ŷ_j names its class', () => {
    expect(roles('\\ell(\\mathbf{t}, \\mathbf{o}) = - t_c \\log o_c')).toMatchObject({ target: 't_c', prediction: 'o_c', classIndex: 'c' });
  });

  it('a target indexed by the summed class and one more letter names the sample by that letter', () => {
    expect(withImpliedIndices('log_likelihood', { target: 't_{jk}', prediction: 'p', classIndex: 'k' })).toMatchObject({ sampleIndex: 'j' });
    expect(roles('\\ell_j = -\\sum_{k=1}^{K} t_{jk} \\log o_{jk}')).toMatchObject({ classIndex: 'k', sampleIndex: 'j' });
  });

  it('a letter the prediction replaces by another tags the symbol, not a sample', () => {
    expect(withImpliedIndices('ce_multiclass', { target: 'y_{t,j}', prediction: 'y_{p,j}', classIndex: 'j' }).sampleIndex).toBeUndefined();
    expect(withImpliedIndices('ce_multiclass', { target: 't_{ik}', prediction: 'y_k', classIndex: 'k' })).toMatchObject({ sampleIndex: 'i' });
  });

  it('a summed index is not taken again', () => {
    expect(roles('-\\sum_{k=1}^{K} t_k \\log o_k')?.sampleIndex).toBeUndefined();
    expect(roles('-\\frac{1}{N}\\sum_{n=1}^{N} [t_n \\log o_n + (1 - t_n) \\log(1 - o_n)]')).toMatchObject({ sampleIndex: 'n' });
  });
});
