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

