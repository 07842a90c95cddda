import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('likelihood_product', () => {
  it.each([
    'L = \\prod_k y_k^{t_k}',
    '\\prod_n\\prod_k y_{nk}^{t_{nk}}',
    'P(\\mathbf{Y} \\mid \\mathbf{X}) = \\prod_{i=1}^n P(\\mathbf{y}^{(i)} \\mid \\mathbf{x}^{(i)})',
    'L = y_{1}^{t_{1}} \\cdot y_{2}^{t_{2}} \\cdot y_{3}^{t_{3}}',
    'P(y|\\hat{y}) = \\hat{y}^y \\cdot (1-\\hat{y})^{(1-y)}',
    'p(c=1|x)^{c}\\,p(c=0|x)^{1-c}',
    'L(\\theta) = \\prod_{i=1}^{N} \\hat y_i^{y_i}(1-\\hat y_i)^{1-y_i}',
    'L(V) = \\prod_{m=1}^{M}\\prod_{c=1}^{C} \\left(\\mathrm{softmax}(V u_m)_c\\right)^{r_{mc}}',
    // Tagged names are two symbols; a product written without its index still multiplies over one.
    '\\prod_c y_{\\text{pred},c}^{y_{\\text{true},c}}',
    '\\prod\\nolimits y_{pred,k}^{y_{true,k}}',
    // The sigmoid by another name (sigm).
    'L(\\theta) = \\prod_{i=1}^m sigm(\\mathbf{w}^T\\mathbf{x}_i +b)^{y_i} \\cdot [1-sigm(\\mathbf{w}^T\\mathbf{x}_i+b)]^{(1-{y_i})}',
    // A capital pi right before a factor, with no limits written, is the product.
    'L(x)=\\Pi P(y|x) = \\Pi x^y (1-x)^{1-y}',
    '\\prod p(y_b \\mid x_b)',
    '\\prod p(y^{(j)} \\vert x^{(j)})',
    // Through the sigmoid, its value raised to the label: by name, or σ(−z) for the other class.
    '\\prod_n \\operatorname{sigmoid}(x_n)^{y_n} (1 - \\operatorname{sigmoid}(x_n))^{1 - y_n}',
    '\\prod_b \\sigma(s_b)^{y_b} \\sigma(-s_b)^{1 - y_b}',
    // The indicator of the true class as the exponent, in its spellings: \mathbb{1}\{…\}, 1_{…}.
    '\\prod_{j=1}^{C} h_j^{\\mathbb{1}\\{c = j\\}}',
    '\\prod_{m}\\prod_{j} h_{mj}^{1_{c_m = j}}',
    '\\prod_{j} h_j^{\\mathbf{1}\\{c = j\\}}',
    // \Pr is a probability like P.
    '\\prod_m \\Pr(c_m = 1 \\mid u_m)^{c_m} \\Pr(c_m = 0 \\mid u_m)^{1 - c_m}',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('likelihood_product');
  });

  it('leaves a weighted geometric mean alone: exponents named as weights are no targets', () => {
    expect(kindOf('\\text{BLEU} = BP\\cdot\\exp\\left(\\sum_{n=1}^{N} w_n\\log p_n\\right)')).toBeNull();
    expect(kindOf('\\prod_{k} p_k^{\\alpha_k}')).toBeNull();
    expect(kindOf('\\exp\\left(\\sum_k t_k \\log y_k\\right)')).toBe('likelihood_product');
  });

  it('reads a softmax component raised to the target as a categorical likelihood', () => {
    expect(kindOf('L = \\prod_k \\mathrm{softmax}(z)_k^{y_k}')).toBe('likelihood_product');
    expect(kindOf('p = \\prod_{k=1}^{K} \\sigma (m(x_i))_k^{y_{ik}}')).toBe('likelihood_product');
    // A numeric power of a component is no likelihood.
    expect(kindOf('L = \\mathrm{softmax}(z)_k^2')).toBeNull();
  });

  it('reads the exponent as the target', () => {
    expect(rolesOf('L = \\prod_{k=1}^{K} y_k^{t_k}')).toEqual({ target: 't_k', prediction: 'y_k', classIndex: 'k' });
  });

  it('names one sample’s index by the label’s subscript that the model’s input carries (g(u_n)^{c_n})', () => {
    expect(rolesOf('q(c_n \\mid u_n) = g(u_n)^{c_n}(1-g(u_n))^{1-c_n}')).toEqual({ target: 'c_n', prediction: 'g', sampleIndex: 'n' });
    // An input indexed otherwise names no sample.
    expect(rolesOf('q(c) = g(u_n)^{c}(1-g(u_n))^{1-c}')).toEqual({ target: 'c', prediction: 'g' });
  });

  it.each([
    ['a product of squares', '\\prod_k x_k^2'],
    ['Gini impurity', '1 - \\sum_{i=1}^{n} p_i^2'],
    ['a density given parameters, no exponents', 'L(\\theta) = \\prod_i P(x_i\\mid\\theta)'],
    ['naive Bayes', 'P(X=x | Y=c_k)=\\Pi_{j=1}^J P(X^{(j)}=x^{(j)} | Y=c_k)'],
    ['a likelihood with the parameters written', '\\mathcal{L}(\\theta) = \\prod_{i=1}^{N} P(y_i \\mid x_i, \\theta)'],
    ['a power of a probability alone', 'p^{k}(1-q)^{n-k}'],
    ['a geometric mixture with a parameter', '\\prod_m r^{\\alpha} g^{1 - \\alpha}'],
    ['a symbol raised to itself', '\\prod_k p_k^{p_k}'],
    ['a Bernoulli likelihood with the label substituted', 'q(t=1|x)^1 q(t=0|x)^{1-1}'],
    ['a density without its index', '\\prod p(x_b \\mid \\theta)'],
    ['a sequence, outcome and condition one letter', 'P(s_1, \\ldots, s_T) = \\prod_{t=2}^{T} P(s_t \\mid s_{t-1})'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it('reads a likelihood with a constant in front (a normaliser free of the product’s index)', () => {
    expect(kindOf('P(\\pi|y) = k(y) \\cdot \\prod_{i = 1}^{n} \\pi^{y_i}(1-\\pi)^{(1-y_i)}')).toBe('likelihood_product');
    // A factor that runs with the product is no constant.
    expect(kindOf('x_i \\prod_i p_i^{y_i}')).toBeNull();
  });
});

