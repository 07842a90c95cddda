import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

const MARGIN = { activation: 'sigmoid', labels: 'plusMinusOne' } as const;

describe('the logistic loss on a margin, labels in {−1, +1} (ce_from_logits)', () => {
  it.each([
    ['softplus of −y f(x)', '\\log(1+e^{-y f(x)})', { target: 'y', prediction: 'f' }],
    ['a linear score', '\\ln(1+\\exp(-y_n w^T x_n))', { target: 'y_n', prediction: 'w^\\top x_n', logBase: 'e' }],
    ['a loss named on the left, the label glued to the score', 'L(y,z)=\\log(1+\\exp(-yz))', { target: 'y', prediction: 'z' }],
    ['−log σ(y z)', '-\\log\\sigma(y z)', { target: 'y', prediction: 'z' }],
    ['a label t with a bias in the score', '-\\log\\sigma(t_n (w^T x_n + b))', { target: 't_n' }],
    ['a decorated label', '-\\log\\sigma(\\tilde{y} s)', { target: '\\tilde{y}', prediction: 's' }],
  ])('recognises one sample: %s', (_name, tex, roles) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ ...roles, ...MARGIN });
    expect(rolesOf(tex).sampleIndex).toBeUndefined();
  });

  it.each([
    ['a mean over N', '\\frac{1}{N}\\sum_{n=1}^N \\ln(1+e^{-y_n \\mathbf{w}^\\top \\mathbf{x}_n})', { target: 'y_n', prediction: 'w^\\top x_n', sampleIndex: 'n', sampleBound: 'N', reduction: 'mean' }],
    ['an inner product', '\\sum_i \\log(1+\\exp(-y_i\\langle w, x_i\\rangle))', { target: 'y_i', prediction: '\\langle w, x_i \\rangle', sampleIndex: 'i', reduction: 'sum' }],
    ['PyTorch\'s SoftMarginLoss docstring', '\\text{loss}(x, y) = \\sum_i \\frac{\\log(1 + \\exp(-y[i]*x[i]))}{\\text{x.nelement}()}', { target: 'y_i', prediction: 'x_i', sampleIndex: 'i', reduction: 'mean' }],
    ['−Σ log σ', '-\\sum_i\\log\\sigma(y_i\\theta^T x_i)', { target: 'y_i', prediction: '\\theta^\\top x_i', sampleIndex: 'i', reduction: 'sum' }],
    ['a label indexed above', '\\sum_{i=1}^m \\log(1+e^{-y^{(i)}\\theta^T x^{(i)}})', { target: 'y^{(i)}', prediction: '\\theta^\\top x^{(i)}', sampleIndex: 'i', sampleBound: 'm', reduction: 'sum' }],
    ['a sum whose index the author left off every symbol', 'E(w) = \\sum_{n=1}^N \\log(1+e^{-y w^\\intercal x})', { target: 'y', prediction: 'w^\\top x', sampleIndex: 'n', sampleBound: 'N', reduction: 'sum' }],
  ])('recognises a batch: %s', (_name, tex, roles) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ ...roles, ...MARGIN });
  });

  it('reads one symbol under a loss\'s name as the margin itself: L(M) = log(1 + e^{−M})', () => {
    expect(rolesOf('L (M) =log (1+ e^{−M})')).toMatchObject({ prediction: 'M', ...MARGIN });
    expect(kindOf('f(x) = \\log(1+e^{-x})')).toBeNull();
  });

  it.each([
    ['σ of a score with no label', '-\\log\\sigma(w^T x)'],
    ['softplus alone', '\\log(1+e^{-z})'],
    ['word2vec\'s negative sampling', '-\\log \\sigma(u_o^T v_c) - \\sum_{k=1}^{K} \\log\\sigma(-u_k^T v_c)'],
    ['the gradient', '\\frac{y_n x_n}{1+e^{y_n w^T x_n}}'],
    ['the wrong sign of the margin', '\\log(1+e^{y z})'],
    ['a sum whose label is not the sample\'s', '-\\sum_i \\log\\sigma(y w^T x_i)'],
    ['a sum over the scores\' index, not the label\'s', '\\sum_k \\log(1+e^{-y s_k})'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it("reads a sum over pairs (Σ_i Σ_j) whose label is the pair's own, a sign from a test (−1)^{𝟙[i ≠ j]} included", () => {
    expect(rolesOf('\\mathcal{L} = -\\frac{1}{B^2} \\sum_{i=1}^B \\sum_{j=1}^B \\log \\frac{1}{1 + \\exp(-z_{ij} \\cdot (-1)^{\\mathbb{I}_{i \\neq j}})}')).toMatchObject({
      target: '(-1)^{\\mathbb{1}_{i\\neq j}}', prediction: 'z_{ij}', sampleIndex: 'i', reduction: 'mean', labels: 'plusMinusOne',
    });
    expect(kindOf('L = -\\frac{1}{N}\\sum_i\\sum_j \\log \\frac{1}{1+e^{-t_{ij} z_{ij}}}')).toBe('ce_from_logits');
    // A label that only one of the sums indexes leaves the other running over the scores alone: no claim.
    expect(kindOf('L = -\\sum_i\\sum_k \\log \\sigma(y_i z_k)')).toBeNull();
    // A number's power is a number, not a label.
    expect(kindOf('L = -\\log\\sigma((-1)^2 z)')).toBeNull();
  });

  it('reads the sum un-negated as the log-likelihood with ±1 labels, not as a loss', () => {
    expect(kindOf('\\sum_i \\log\\sigma(y_i w^T x_i)')).toBe('log_likelihood');
    expect(kindOf('\\ell(w) = -\\sum_{i=1}^n \\log(1+\\exp(-y_i w^\\top x_i))')).toBe('log_likelihood');
    // One sample un-negated is a log-probability, not a likelihood of data.
    expect(kindOf('\\log\\sigma(y z)')).toBeNull();
  });

  it('reads a factor 1 − 2y in a positive exponent as the ±1 label negated', () => {
    const tex = '\\sum_{i=1}^n \\log (1+ e^{(1-2y_i)x_i\\beta})';
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toMatchObject({ target: 'y_i', prediction: 'x_i \\beta', sampleIndex: 'i' });
    expect(kindOf('= - \\sum_{i=1}^n \\log (1+ e^{(1-2y_i)x_i\\beta})')).toBe('log_likelihood');
    expect(kindOf('\\log (1+ e^{(1-y_i)x_i})')).toBeNull();
  });

  it('reads a factor 2y − 1 as the ±1 label made from a {0, 1} label y', () => {
    const tex = 'J(\\theta) = -\\log P(y \\mid x) = -\\log \\sigma((2y - 1) z)';
    expect(kindOf(tex)).toBe('ce_from_logits');
    expect(rolesOf(tex)).toEqual({ target: 'y', prediction: 'z', activation: 'sigmoid' });
    expect(rolesOf('-\\log\\sigma((2 t_n - 1) a_n)')).toMatchObject({ target: 't_n', prediction: 'a_n' });
    expect(kindOf('-\\log\\sigma((2 - y) z)')).toBeNull();
  });

  it('keeps the {0, 1} binary loss on a logit without the ±1 labels', () => {
    expect(rolesOf('J = \\ln(1 + e^{v}) - c\\, v').labels).toBeUndefined();
  });

  it('takes a hatted y beside the label for the score: log(1 + exp(−ŷ·y))', () => {
    expect(kindOf('return torch.mean(torch.log(1+torch.exp(-y_hat*y)))')).toBe('ce_from_logits');
    expect(kindOf('\\frac{1}{n}\\sum_i \\log(1+e^{-y_i \\hat y_i})')).toBe('ce_from_logits');
    // Two hatted letters leave no label.
    expect(kindOf('\\log(1+e^{-\\hat y \\hat t})')).toBeNull();
  });
});
