import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: each class’s score written inline', () => {
  it('inline-scores: the score in the normaliser and the same score at another class are one indexed symbol', () => {
    expect(canonicalMember('-\\sum_k y_k (w_k^T x + b_k) + \\log \\sum_j e^{w_j^T x + b_j}')).toBe(canonicalMember('-\\sum_k y_k w_{k} + \\log \\sum_j e^{w_{j}}'));
  });

  it.each([
    ['an affine score', '-\\sum_k y_k (w_k^T x + b_k) + \\log \\sum_j e^{w_j^T x + b_j}', { target: 'y_k', classIndex: 'k' }],
    ['ranges written as sets', '-\\sum_{k\\in [K]} y_k (w_k^T x + b_k) + \\log \\sum_{j \\in [K]} e^{w_j^T x + b_j}', { target: 'y_k' }],
    ['a linear score in brackets', '-\\sum_k y_k (w_k^T x) + \\log \\sum_j e^{w_j^T x}', { target: 'y_k', classIndex: 'k' }],
    ['a batch mean, the classes’ sums both over k', '-\\frac{1}{N}\\sum_i \\Big(\\sum_k y_{i,k} (x_i^T \\beta_k + \\beta_{k0}) - \\log \\sum_k e^{x_i^T\\beta_k + \\beta_{k0}}\\Big)', { target: 'y_{i,k}', classIndex: 'k', sampleIndex: 'i' }],
    ['the negative log of the model at the true class', '-\\log p(y=k|x) = -(w_k^T x + b_k) + \\log \\sum_j e^{w_j^T x + b_j}', {}],
  ])('reads %s as the cross-entropy on logits', (_name, tex, roles) => {
    expect(recogniseFormula(tex)).toMatchObject({ kind: 'ce_from_logits', roles });
  });

  it.each([
    ['the softmax itself', '\\hat{y}_k = \\frac{e^{w_k^T x + b_k}}{\\sum_j e^{w_j^T x + b_j}}'],
    ['the log-partition alone', 'A(x) = \\log \\sum_j e^{w_j^T x + b_j}'],
    ['a score that is not the normaliser’s (another bias)', 'w_k^T x + b_k - \\log \\sum_j e^{w_j^T x + c_j}'],
    ['its gradient', '\\frac{\\partial}{\\partial w_k} \\log \\sum_j e^{w_j^T x} = \\frac{e^{w_k^T x}}{\\sum_j e^{w_j^T x}} x'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(String(recogniseFormula(tex)?.kind ?? null)).not.toMatch(/^ce_/);
  });
});
