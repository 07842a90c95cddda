// Shapes of the held-out misses, one block per category, with look-alikes that
// must stay unbadged. Categories 1–5 and 9 have their own tests beside the rules
// (canonical/*.test.ts) and chains.test.ts; numbers (8) in shapes-numeric.test.ts.
import { describe, expect, it } from 'vitest';
import { crossEntropyKindOf, kindOf, rolesOf } from './kinds/test-support';

describe('6: softmax cross-entropy expanded into logits', () => {
  it.each([
    ['log-sum-exp form', 'L = -\\sum_j t_j z_j + \\log\\sum_k e^{z_k}'],
    ['with a batch mean over i, j', 'L = -\\frac{1}{N}\\sum_{i}\\left(\\sum_j t_{ij} z_{ij} - \\log\\sum_k e^{z_{ik}}\\right)'],
    ['the log of one over a softmax component', 'L = \\log\\frac{1}{\\mathrm{softmax}(z)_c}'],
    ['a fraction of exponentials', '\\ell = -\\log\\frac{e^{z_y}}{\\sum_j e^{z_j}}'],
  ])('%s', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
  });

  it('with linear scores for logits, the input shared by the picked class and the normaliser', () => {
    expect(kindOf('L = -\\theta_{c}^\\top u + \\log \\sum_{k} e^{\\theta_k^\\top u}')).toBe('ce_from_logits');
    expect(rolesOf('P(W) = \\frac{1}{n} \\sum_{i=1}^n \\left[ -w_{c_i}^\\top u_i + \\log \\sum_{j} \\exp(w_j^\\top u_i) \\right]')).toMatchObject({ target: 'c_i', sampleIndex: 'i', classIndex: 'j' });
    // Another input in the normaliser is no softmax of the same scores.
    expect(kindOf('L = -\\theta_{c}^\\top u + \\log \\sum_{k} e^{\\theta_k^\\top v}')).toBeNull();
  });

  it('names the sample index of the batch form', () => {
    expect(rolesOf('L = -\\frac{1}{N}\\sum_{i}\\left(\\sum_j t_{ij} z_{ij} - \\log\\sum_k e^{z_{ik}}\\right)')).toMatchObject({ prediction: 'z', sampleIndex: 'i' });
  });
});

describe('7: likelihoods', () => {
  it('the log of a Bernoulli likelihood is a log-likelihood', () => {
    expect(kindOf('\\log P(y\\mid\\hat y) = y\\log\\hat y + (1-y)\\log(1-\\hat y)')).toBe('log_likelihood');
  });
});

describe('8: one-hot forms stated with a condition', () => {
  it.each([
    '-\\log p_i \\text{ where } y_i = 1',
    'L = -\\log(a_i) \\text{ if } y = i',
  ])('%s', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
  });

  it('without the condition or a loss’s name the index says nothing', () => {
    expect(kindOf('-\\log p_i')).toBeNull();
    expect(kindOf('I = -\\log p_i')).toBeNull();
  });

  it('a loss of the label and the prediction says it: the free index is the label’s class', () => {
    expect(kindOf('\\mathcal{L}(\\mathbf{s}, \\mathbf{\\hat{q}}) = -\\log \\hat{q}_j')).toBe('ce_multiclass');
    expect(rolesOf('\\ell(s, \\hat{q}) = -\\log \\hat{q}_j')).toMatchObject({ prediction: '\\hat{q}' });
  });

  it('so does a loss’s name over a model’s estimate (a hatted letter, or a probability’s usual letter)', () => {
    expect(kindOf('\\mathcal{L} = -\\log \\hat{q}_o')).toBe('ce_multiclass');
    expect(kindOf('L(\\theta) = -\\log p_i')).toBe('ce_multiclass');
    expect(kindOf('\\ell = -\\log(a_k)')).toBe('ce_multiclass');
    // Not another letter (an input), nor an estimate with no loss named.
    expect(kindOf('L = -\\log x_o')).toBeNull();
    expect(kindOf('-\\log \\hat{q}_o')).toBeNull();
  });
});

describe('expectations written with an author’s macro for E', () => {
  it.each([
    ['H(P, Q) = -\\SetE_{x\\sim P} \\log Q(x)', 'P', 'Q'],
    ['-\\EE_{\\mathbf{x} \\sim p_{\\text{data}}} [ \\log q_\\theta(\\mathbf{x}) ]', 'p_{\\text{data}}', 'q_{\\theta}'],
  ])('%s', (tex, target, prediction) => {
    expect(kindOf(tex)).toBe('ce_expectation');
    expect(rolesOf(tex)).toMatchObject({ target, prediction });
  });

  it('a product sign typed after the E is no product with it', () => {
    expect(kindOf('H(P,Q) = -\\mathbb{E}_{x\\sim P} \\cdot \\log Q(x)')).toBe('ce_expectation');
    expect(kindOf('\\mathbb{H}[p] = \\mathbb{E}_{u \\sim p} \\cdot \\log\\frac{1}{p(u)}')).toBe('entropy');
  });

  it('needs the draw under it: a macro alone is a symbol, and the law’s own log is an entropy', () => {
    expect(kindOf('-\\SetE \\log Q(x)')).not.toBe('ce_expectation');
    expect(kindOf('-\\SetE_{x\\sim P} \\log P(x)')).toBe('entropy');
  });
});

describe('definitions: the relation an author writes for "is defined as"', () => {
  it.each([
    'E \\coloneqq -\\sum_k t_k \\log y_k',
    'E \\eqqcolon -\\sum_k t_k \\log y_k',
    'E ≔ -\\sum_k t_k \\log y_k',
    'E \\Coloneqq -\\sum_k t_k \\log y_k',
    'E \\overset{\\text{def}}{=} -\\sum_k t_k \\log y_k',
    'E \\stackrel{\\mathrm{def}}{=} -\\sum_k t_k \\log y_k',
  ])('%s', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
  });
});

describe('10: near misses stay unbadged', () => {
  it.each([
    ['entropy as an expectation, the law in capitals', '-\\mathbb{E}_{x\\sim P}[\\log p(x)]'],
    ['physics entropy', 'S = -k_B\\sum_i p_i\\ln p_i'],
    ['a product of probabilities without exponents', 'L(\\theta) = \\prod_i P(x_i\\mid\\theta)'],
    ['numeric entropy', '-[0.6\\ln 0.6 + 0.4\\ln 0.4]'],
    ['mutual information', 'I(X;Y) = \\sum_{x,y} p(x,y)\\log\\frac{p(x,y)}{p(x)p(y)}'],
    ['conditional entropy', 'H(Y|X) = -\\sum_{x,y} p(x,y)\\log p(y|x)'],
    ['softmax alone', '\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}'],
    ['mean squared error', 'MSE = \\frac{1}{N}\\sum_i (y_i - \\hat y_i)^2'],
    ['the sigmoid', '\\sigma(x) = \\frac{1}{1+e^{-x}}'],
  ])('%s', (_name, tex) => {
    expect(crossEntropyKindOf(tex)).toBeNull();
  });
});
