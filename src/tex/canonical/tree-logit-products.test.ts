import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { dotCalls } from './tree-logit-products';
import { canonicalMember } from './test-support';

describe('rules: the target dotted with the logits beside a log-sum-exp', () => {
  it('target-dotted-with-logits: −rᵀs beside log Σ e^{s_k} is −Σ r s', () => {
    expect(canonicalMember('-r^\\top s + \\log\\sum_k e^{s_k}')).toBe('-\\sumr s+\\log(\\sume^{s_k})');
    // Without a log-sum-exp beside it, a transposed product stays as written.
    expect(canonicalMember('-r^\\top s + \\log s')).not.toContain('\\sum');
    // Two vectors dotted are a sum only where the second is the log-sum-exp's logits.
    expect(canonicalMember('-\\mathbf{y} \\cdot \\mathbf{z} + \\log\\sum_j e^{y_j}')).toBe('-y z+\\log(\\sume^{y_j})');
  });

  it('labels-dotted-beside-softplus: yᵀXw beside 1ᵀ log(1 + e^{Xw}) is Σ y Xw', () => {
    expect(recogniseFormula('\\ell(\\mathbf w) = \\mathbf{y}^\\top X\\mathbf w - \\mathbf 1^\\top\\log(\\mathbf 1+e^{X\\mathbf w})')?.kind).toBe('log_likelihood');
    // A score alone, or beside a log that is no softplus, stays a score.
    expect(recogniseFormula('f(\\mathbf w) = \\mathbf{y}^\\top X\\mathbf w - \\log(1 + \\|\\mathbf w\\|^2)')).toBeNull();
  });

  it('dot-calls: dot(a, b) is a^⊤ b, a minus inside goes in front', () => {
    expect(dotCalls('dot(r, s)')).toBe('r^\\top s');
    expect(dotCalls('dot(-r_n, s_n)')).toBe('-r_n^\\top s_n');
    expect(dotCalls('np.dot(r, s) + cdot(a, b)')).toBe('np.dot(r, s) + cdot(a, b)');
  });

  it.each([
    ['a transposed target', 'L = -\\mathbf{r}^\\top \\mathbf{s} + \\log \\sum_{k=1}^{C} e^{s_k}'],
    ['the log-sum-exp first', '\\ell = \\ln\\sum_k \\exp(s_k) - r^T s'],
    ['dot written as code', 'L = dot(-r, s) + \\log \\sum_k \\exp(s_k)'],
    ['the vectorised logistic loss, the labels dotted with the scores first', 'L(\\mathbf w) = -\\mathbf{y}^\\top X\\mathbf{w} + \\mathbf{1}^\\top\\log(\\mathbf{1}+\\exp(X\\mathbf{w}))'],
    ['a dot product of the target and the logits', 'L = -\\mathbf{y}\\cdot\\mathbf{s} + \\ln\\sum_{j=1}^{K}\\exp(s_j)'],
    ['the dot product after the log-sum-exp', 'L = \\log\\sum_{j} e^{z_j} - \\mathbf{t}\\cdot\\mathbf{z}'],
  ])('recognises %s', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_from_logits');
  });
});
