import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('likelihood_product', () => {
  it.each([
    'L = \\prod_k y_k^{t_k}',
    '\\prod_n\\prod_k y_{nk}^{t_{nk}}',
    'P(\\mathbf{Y} \\mid \\mathbf{X}) = \\prod_{i=1}^n P(\\mathbf{y}^{(i)} \\mid \\mathbf{x}^{(i)})',
    'L = y_{1}^{t_{1}} \\cdot y_{2}^{t_{2}} \\cdot y_{3}^{t_{3}}',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('likelihood_product');
  });

  it('reads the exponent as the target', () => {
    expect(rolesOf('L = \\prod_{k=1}^{K} y_k^{t_k}')).toEqual({ target: 't_k', prediction: 'y_k', classIndex: 'k' });
  });

  it.each([
    ['a product of squares', '\\prod_k x_k^2'],
    ['Gini impurity', '1 - \\sum_{i=1}^{n} p_i^2'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
});

