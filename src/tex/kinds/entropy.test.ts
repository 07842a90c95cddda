import { describe, expect, it } from 'vitest';
import { loadFormulas } from '../corpus';
import { kindOf, rolesOf } from './test-support';
import { recogniseFormula } from '../index';

describe('entropy', () => {
  it.each([
    'H(p) = -\\sum_x p(x)\\log p(x)',
    '-p\\log p-(1-p)\\log(1-p)',
    'H(p) = -\\mathbb{E}_{x\\sim p}[\\log p(x)]',
    '\\mathbb{E}[-\\log p(x)]',
    'H(p) = -\\int p(x)\\log p(x)\\,dx',
    'H(p) = \\sum_x p(x)\\log\\frac{1}{p(x)}',
    // One law in two cases at the same written point (its density and its probability).
    '-\\sum_x p(x)\\log P(x)',
    'S = -k_B \\sum_i p_i \\ln p_i',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('entropy');
  });

  it('takes one letter in two cases at one written point as one law, and bare p and P as two', () => {
    expect(kindOf('H(X|Y) = - \\sum_y p(y) \\sum_x p(x|y) \\log P(x|y)')).toBeNull();
    expect(kindOf('-\\sum_i p_i \\log P_i')).toBe('ce_multiclass');
    expect(kindOf('-\\sum_x p(x) \\log P(y)')).toBe('ce_multiclass');
  });

  it('keeps a weight written as a whole expression, the same as the log’s argument, from being a cross-entropy', () => {
    // A binomial's entropy: the probability of k successes, times its own log.
    const tex = 'H(X) = -\\sum_{k=0}^n \\binom{n}{k}u^k(1-u)^{n-k} \\cdot \\log \\left(\\binom{n}{k}u^k(1-u)^{n-k}\\right)';
    expect(recogniseFormula(tex)?.kind ?? 'none').not.toMatch(/^ce_/);
    // Another expression in the log is another distribution.
    expect(recogniseFormula('L = -\\sum_{k} \\binom{n}{k}u^k(1-u)^{n-k} \\log q_k')?.kind).toBe('ce_multiclass');
  });

  it('names the page’s distribution, index and base', () => {
    expect(rolesOf('\\text{Entropy} = -\\sum_{i=1}^{n} p_i \\log_{2}(p_i)')).toEqual({ target: 'p_i', classIndex: 'i', logBase: '2' });
  });

  it.each([
    ['conditional entropy', 'H(Y|X) = -\\sum_{x,y} p(x,y)\\log p(y|x)'],
    ['mutual information', 'I(X;Y)=\\sum_{x,y} p(x,y)\\log\\frac{p(x,y)}{p(x)p(y)}'],
    ['a class-weighted sum', '-\\sum_k w_k p_k \\log p_k'],
    ['softmax alone', '\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}'],
    ['mean squared error', '\\frac{1}{N}\\sum_i (y_i-\\hat y_i)^2'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it('recognises every public corpus item labelled negative_entropy as entropy', () => {
    const items = loadFormulas().filter((item) => item.label === 'negative_entropy');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(kindOf(item.tex), item.id).toBe('entropy');
  });

  it('reads no entropy in an expectation of a squashed score with no law written (a preference loss, −E[log σ(r_w − r_l)])', () => {
    expect(kindOf('-\\mathbb{E}[\\log\\sigma(r_w - r_l)]')).toBeNull();
    expect(kindOf('\\mathcal{L}_{DPO} = -\\mathbb{E}\\left[\\log\\sigma\\left(\\beta\\log\\frac{\\pi(y_w|x)}{\\pi_{ref}(y_w|x)} - \\beta\\log\\frac{\\pi(y_l|x)}{\\pi_{ref}(y_l|x)}\\right)\\right]')).not.toBe('entropy');
    // A law's own symbol is still averaged over itself.
    expect(kindOf('H = -\\mathbb{E}[\\log P(X)]')).toBe('entropy');
  });

  it('reads the joint weighting its own marginal (−Σ p(x,y) log p(y)), the chain rule of entropy, as an entropy', () => {
    expect(kindOf('H(X,Y) = -\\sum_{x,y} r(x,y) \\log r(y) - \\sum_{x,y} r(x,y) \\log r(x \\mid y)')).toBe('entropy');
    // Another letter's marginal is a cross-entropy.
    expect(kindOf('-\\sum_{x,y} r(x,y) \\log s(y)')).toBe('ce_multiclass_batch');
  });

  it('reads a log with nothing to apply to as a name: (pks * log).sum() is no cross-entropy', () => {
    // `log` there holds np.log(pks), set on an earlier line: the weights and the log are the same law's.
    expect(recogniseFormula('return - (pks * log).sum()')).toBeNull();
    expect(recogniseFormula('entropy = - 1/len(pks) * (pks * log).sum()')).toBeNull();
    expect(recogniseFormula('return -(y * log(p)).sum()')?.kind).toBe('ce_multiclass');
  });
});
