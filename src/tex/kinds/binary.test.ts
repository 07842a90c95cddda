import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { kindOf, rolesOf } from './test-support';

describe('ce_binary', () => {
  it.each([
    '-[t\\log y + (1-t)\\log(1-y)]',
    'L = -\\left[ y \\log \\hat{y} + (1 - y) \\log (1 - \\hat{y}) \\right]',
    '-y\\log f(t) - (1-y)\\log(1-f(t))',
    '\\ell = -\\lbrack t \\ln p + (1 – t) \\ln(1 – p) \\rbrack',
    'BCE = -(y \\cdot \\log(p) + (1-y) \\cdot \\log(1-p))',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_binary');
  });

  it('reads the labels’ roles swapped, (1 − y) beside log h, as written: the target beside log h is 1 − y', () => {
    expect(recogniseFormula('-[(1-y)\\log h + y \\log(1-h)]')).toMatchObject({ kind: 'ce_binary', roles: { target: '1-y', prediction: 'h' } });
    expect(kindOf('k_\\theta(x) = \\begin{cases} -\\log(h_\\theta(x)) & \\text{if } y=0 \\\\ -\\log(1 - h_\\theta(x)) & \\text{if } y=1 \\end{cases}')).toBe('ce_binary');
    // The same letter in the log and beside it, swapped or not, is no cross-entropy.
    expect(kindOf('-[(1-p)\\log p + p\\log(1-p)]')).not.toMatch(/^ce_/);
  });

  it('reads the two columns of a two-column one-hot target (t_0 beside log y, t_1 beside log(1 − y)) as the label and its complement', () => {
    expect(rolesOf('-(w_0 \\log q + w_1 \\log(1-q))')).toMatchObject({ target: 'w_0', prediction: 'q' });
    expect(kindOf('-(w_1 \\log \\hat{q} + w_2 \\log(1-\\hat{q}))')).toBe('ce_binary');
    // The same column twice, or two unrelated indices, is no pair.
    expect(kindOf('-(w_1 \\log q + w_1 \\log(1-q))')).toBeNull();
    expect(kindOf('-(w_{12} \\log q + w_{13} \\log(1-q))')).toBeNull();
  });

  it('reads one probability function at the two outcomes the label chooses between (P(correct order), P(reversed order))', () => {
    expect(rolesOf('\\mathcal{L} = -\\left[ s \\log P(\\text{same topic}) + (1 - s) \\log P(\\text{other topic}) \\right]')).toMatchObject({ target: 's', prediction: 'P' });
    // Two functions, or weights that are no label and its complement, stay unread.
    expect(kindOf('-[s \\log P(A) + (1 - s) \\log Q(B)]')).toBeNull();
    expect(kindOf('-[s \\log P(A) + r \\log P(B)]')).toBeNull();
  });

  it('reads a prediction put in as a number, beside the number that makes one', () => {
    expect(rolesOf('L = -[y\\log(0.8) + (1-y)\\log(0.2)]')).toMatchObject({ target: 'y', prediction: '0.8' });
    expect(kindOf('L = -\\frac{1}{10}\\sum_{i=1}^{10}[y_i\\log(0.5) + (1-y_i)\\log(0.5)]')).toBe('ce_binary_batch');
    // Numbers that do not make one are two unrelated logs; weights equal to them, an entropy.
    expect(kindOf('-[y\\log 0.3 + (1-y)\\log 0.5]')).toBeNull();
    expect(kindOf('-(0.8\\log 0.8 + 0.2\\log 0.2)')).not.toBe('ce_binary');
  });

  it('reads a positive-class weight on one term as a weight', () => {
    expect(rolesOf('l_{n,c} = - w_{n,c} \\left[ p_c y_{n,c} \\cdot \\log \\sigma(x_{n,c}) + (1 - y_{n,c}) \\cdot \\log (1 - \\sigma(x_{n,c})) \\right]')).toMatchObject({
      target: 'y_{n,c}', prediction: '\\sigma(x_{n,c})', weight: 'w_{n,c} p_c',
    });
  });

  it('takes the label, not the class weight, as the target when both come with their complements', () => {
    expect(rolesOf('L = -[\\alpha y \\log p + (1-\\alpha)(1-y)\\log(1-p)]')).toMatchObject({ target: 'y', prediction: 'p' });
    expect(recogniseFormula('L = -\\sum_i [\\beta y_i \\log q_i + (1 - \\beta)(1 - y_i)\\log(1-q_i)]')?.roles).toMatchObject({ target: 'y_i', sampleIndex: 'i' });
  });

  it('tells x^{(1)}_i from x^{(0)}_i: a bracketed number over an indexed letter names it', () => {
    expect(rolesOf('y_i = - \\left(x^{(1)}_i * \\ln \\left(x^{(0)}_i\\right) + \\left(1 - x^{(1)}_i\\right) * \\ln \\left(1 - x^{(0)}_i\\right)\\right)')).toMatchObject({ target: 'x^{(1)}_i', prediction: 'x^{(0)}_i' });
    expect(kindOf('-\\left(x^{(0)}_i \\ln x^{(0)}_i + (1 - x^{(0)}_i) \\ln (1 - x^{(0)}_i)\\right)')).toBe('entropy');
  });

  it("reads focal loss's p_t notation, −α_t log p_t, as the binary loss at the true class", () => {
    expect(kindOf('\\text{CE}(p_t) = -\\log(p_t)')).toBe('ce_binary');
    expect(recogniseFormula('CE(p_t)=-\\alpha_t log(p_t)')).toMatchObject({ kind: 'ce_binary', roles: { prediction: 'p_t', weight: '\\alpha_t' } });
    // t as the loss's argument is a class label (the multiclass one-hot form); t as the point of a name, an outcome's information.
    expect(kindOf('\\text{NLL}(t, \\mathbf{p}) = -\\log p_t')).toBe('ce_multiclass');
    expect(kindOf('S(t) = -\\log_2 p_t') ?? '').not.toMatch(/^ce_/);
    // Another letter at t is the true class's output.
    expect(kindOf('\\ell = -\\log \\hat{y}_{t}')).toBe('ce_multiclass');
    expect(kindOf('L = - \\log \\bold{p}[t]')).toBe('ce_multiclass');
  });

  it('names the prediction of the binary loss written with a number for the label or a soft target', () => {
    expect(rolesOf('J(h, 1) = -(1)\\ln(h) - (1 - 1)\\ln(1 - h)')).toMatchObject({ prediction: 'h' });
    expect(rolesOf('-(0.2 \\log(1 - r) + 0.8 \\log r)')).toMatchObject({ prediction: 'r' });
  });

  it('names target and prediction', () => {
    expect(rolesOf('L = -\\left[ y \\log \\hat{y} + (1 - y) \\log (1 - \\hat{y}) \\right]')).toEqual({ target: 'y', prediction: '\\hat{y}' });
  });

  it.each([
    ['hinge', 'L = \\max(0, 1 - y\\,f(x))'],
    ['sigmoid', '\\sigma(z) = \\frac{1}{1+e^{-z}}'],
    ['one term only', '-t\\log y + (1-t)'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });

  it('leaves binary entropy to the entropy kind', () => {
    expect(kindOf('H(p) = -p\\log p - (1-p)\\log(1-p)')).toBe('entropy');
  });
});

