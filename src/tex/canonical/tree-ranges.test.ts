import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: index ranges under a sum', () => {
  it('index-range: Σ_{k=1,…,K} and Σ_{k∈{1,…,K}} are Σ_{k=1}^{K}', () => {
    expect(canonicalMember('\\sum_{k=1,\\dots,K} t_k')).toBe(canonicalMember('\\sum_{k=1}^{K} t_k'));
    expect(canonicalMember('\\sum_{k\\in\\{1,\\ldots,K\\}} t_k')).toBe(canonicalMember('\\sum_{k=1}^{K} t_k'));
    // An index set without dots is still two indices.
    expect(canonicalMember('\\sum_{i,j} y_{ij}')).toBe('\\sum\\sumy_{ij}');
  });

  it('index-from-terms: a bare Σ runs over the index its terms share', () => {
    expect(canonicalMember('\\sum t_k \\log y_k')).toBe(canonicalMember('\\sum_k t_k \\log y_k'));
    expect(canonicalMember('\\sum (-x_{n,c_n} + \\log\\sum e^{x_{n,j}})')).toBe(canonicalMember('\\sum_n (-x_{n,c_n} + \\log\\sum_j e^{x_{n,j}})'));
    expect(canonicalMember('\\sum y^{(j)} \\log p^{(j)}')).toBe(canonicalMember('\\sum_j y^{(j)} \\log p^{(j)}'));
    // Several indices, numbers, or none: the sum stays without one.
    expect(canonicalMember('\\sum t_{ik} \\log y_k')).toBe('\\sumt_{ik} \\log(y_k)');
    expect(canonicalMember('\\sum p(x) \\log q(x)')).toBe('\\sump \\log(q)');
    expect(canonicalMember('\\sum t_1 \\log y_1')).toBe('\\sumt_1 \\log(y_1)');
    // The one-hot vector of a label beside the log of a whole vector (e_y^⊤ log h(x)) names no index of the sum.
    expect(recogniseFormula('-e_c^T \\log g(x)')?.roles.classIndex).toBeUndefined();
    expect(recogniseFormula('-\\sum t_k \\log g(x)_k')?.roles.classIndex).toBe('k');
    // An index inside the log's argument, a call's included, is shared: h(x^{(i)}).
    // Parameters indexed by numbers alone (β_0, β_1) do not run with the sum.
    expect(recogniseFormula('-\\sum (y_i \\log \\frac{1}{1 + e^{-(\\beta_1 X_i + \\beta_0)}} + (1 - y_i) \\log(1 - \\frac{1}{1 + e^{-(\\beta_1 X_i + \\beta_0)}}))')?.roles.sampleIndex).toBe('i');
    expect(recogniseFormula('-\\frac{1}{m}\\sum[y^{(i)}\\log h(x^{(i)}) + (1-y^{(i)})\\log(1-h(x^{(i)}))]')?.roles.sampleIndex).toBe('i');
  });

  it('index-from-terms: two bare Σ, one in the other, run over the two letters the terms share, in their order', () => {
    expect(canonicalMember('\\sum\\sum t_{nk} \\log y_{nk}')).toBe(canonicalMember('\\sum_n\\sum_k t_{nk} \\log y_{nk}'));
    expect(canonicalMember('\\sum\\sum t_{n,k} \\log y_{n,k}')).toBe(canonicalMember('\\sum_n\\sum_k t_{n,k} \\log y_{n,k}'));
    expect(recogniseFormula('L = -(1/n) * Σ Σ t_nk * log(y_nk)')?.roles).toMatchObject({ sampleIndex: 'n', classIndex: 'k' });
    // A log whose argument lacks one of the letters: the sums stay without indices.
    expect(canonicalMember('\\sum\\sum t_{nk} \\log y_{k}')).toBe('\\sum\\sumt_{nk} \\log(y_k)');
  });

  it('swapped-index-and-bound: Σ_n^i over terms indexed by i runs over i up to n', () => {
    expect(canonicalMember('\\sum_n^i a^{i} \\log b^{i}')).toBe(canonicalMember('\\sum_i^n a^{i} \\log b^{i}'));
    expect(recogniseFormula('-  \\sum_n^i (u^{i} \\ast log(v^{i})+(1-u^{i}) \\ast log(1-v^{i}))')?.roles).toMatchObject({ sampleIndex: 'i', sampleBound: 'n' });
    // The body uses the letter under Σ: as written.
    expect(canonicalMember('\\sum_i^N a_i \\log b_i')).toBe(canonicalMember('\\sum_{i}^{N} a_i \\log b_i'));
  });

  it('index-condition: an index tested after a colon or bar is the test itself', () => {
    expect(canonicalMember('\\sum_{j : j \\neq m} a_j \\log b_j')).toBe(canonicalMember('\\sum_{j \\neq m} a_j \\log b_j'));
    expect(canonicalMember('\\sum_{j \\,:\\, j \\in A} a_j')).toBe(canonicalMember('\\sum_{j \\in A} a_j'));
    expect(canonicalMember('\\sum_{j \\mid j \\ne m} a_j')).toBe(canonicalMember('\\sum_{j \\ne m} a_j'));
    expect(recogniseFormula('-\\sum_{j: j \\neq m} u_j \\log v_j')?.roles.classIndex).toBe('j');
    // A test of another symbol picks the samples of one class: left to the class-subset rules.
    expect(recogniseFormula('-\\sum_{n : t_n = 1} \\log v_n - \\sum_{n : t_n = 0} \\log(1 - v_n)')?.kind).toBe('ce_binary_batch');
    // A set named in words after the colon is what the index runs over.
    expect(canonicalMember('\\sum_{m : Daten} a_m')).toBe(canonicalMember('\\sum_{m \\in Daten} a_m'));
    expect(recogniseFormula('E = \\frac{1}{M}\\sum_{m: 標本} \\sum_{c} (-u_c \\ln v_c)')?.roles).toMatchObject({ sampleIndex: 'm', classIndex: 'c' });
  });

  it('dots-before-bracket: ⋯ (a_N)^{e} is the dots and the next factor, not dots applied to a bracket', () => {
    expect(canonicalMember('(a_1)^{b_1} \\cdots (a_M)^{b_M}')).toBe(canonicalMember('a_1^{b_1} \\cdots a_M^{b_M}'));
    expect(recogniseFormula('L = (a_{1})^{b_{1}} (1 - a_{1})^{1 - b_{1}} \\cdots (a_{M})^{b_{M}} (1 - a_{M})^{1 - b_{M}}')?.kind).toBe('likelihood_product');
  });

  it('bare-capital-operator: \\Sigma and \\Pi typed without limits before a log or a power are Σ and Π', () => {
    expect(canonicalMember('-\\Sigma [y_i \\log p_i + (1 - y_i) \\log(1 - p_i)]')).toBe('-\\sumy_i \\log(p_i)+1-y_i \\log(1-p_i)');
    expect(recogniseFormula('\\mathcal{L} = -\\Sigma \\big[y_i \\log \\hat{y}_i + (1 - y_i) \\log(1 - \\hat{y}_i)\\big]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = \\Pi\\, p_i^{y_i}(1-p_i)^{1-y_i}')?.kind).toBe('likelihood_product');
    // Standing alone before signed terms, it sums them all.
    expect(recogniseFormula('C = \\Sigma -t\\log(y)-(1-t)\\log(1-y)')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('C = \\Sigma -t*\\log(y)')?.kind).toBe('ce_multiclass');
    // A covariance matrix is a letter: beside no log, or inside one, it stays.
    expect(canonicalMember('\\Sigma = \\frac{1}{N}\\sum_i (x_i - \\mu)(x_i - \\mu)^T')).toBe('\\Sigma');
    expect(recogniseFormula('\\ell = -\\frac12\\log|\\Sigma| - \\frac12 (x-\\mu)^\\top \\Sigma^{-1} (x-\\mu)')).toBeNull();
  });

  it('reads a bare Σ without brackets as covering the terms after it', () => {
    expect(recogniseFormula('L = -\\sum y_n \\log p_n + (1 - y_n) \\log(1 - p_n)')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = -\\frac{1}{m} \\sum y^{(i)} \\log h^{(i)} + (1 - y^{(i)}) \\log(1 - h^{(i)})')?.kind).toBe('ce_binary_batch');
  });

  it('sample-pairs: Σ_{(x,y)∈D} is one sum over the data set', () => {
    expect(canonicalMember('\\sum_{(x,y)\\in\\mathcal{D}} a')).not.toContain('\\sum\\sum');
    expect(canonicalMember('\\sum_{i,j} y_{ij}')).toBe('\\sum\\sumy_{ij}');
    expect(recogniseFormula('L = -\\frac{1}{|\\mathcal{D}|}\\sum_{(x,y)\\in\\mathcal{D}} [y \\log p(x) + (1-y)\\log(1-p(x))]')?.kind).toBe('ce_binary_batch');
    // Both members indexed by one sample letter: the sum runs over that index in the data set.
    expect(recogniseFormula('L = -\\sum_{(u_j, c_j)\\in S} [c_j \\ln g_j + (1-c_j)\\ln(1-g_j)]')?.roles).toMatchObject({ sampleIndex: 'j', sampleBound: 'S' });
    expect(canonicalMember('\\sum_{(u_j, c_k)\\in S} a')).toBe('\\sum\\suma');
  });

  it.each([
    ['a range with dots', 'L = -\\sum_{k=1,\\dots,K} t_k \\log y_k', 'ce_multiclass'],
    ['a set of class numbers', 'L = -\\sum_{c\\in\\{1,\\dots,C\\}} y_c \\log p_c', 'ce_multiclass'],
    ['a batch over a range', 'L = -\\frac{1}{N}\\sum_{n=1,\\dots,N} [y_n\\log p_n + (1-y_n)\\log(1-p_n)]', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
    expect(recogniseFormula(tex)?.roles.classBound ?? recogniseFormula(tex)?.roles.sampleBound).toMatch(/^[KCN]$/);
  });
});
