import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { multinomialCoefficients } from './text-multinomial-coefficients';

describe('text rule: the multinomial coefficient in front of a likelihood', () => {
  it('drops n!/(x_1! ⋯ x_k!) and N!/Π y_i!', () => {
    expect(multinomialCoefficients('\\frac{n!}{x_1! \\cdots x_k!} p_1^{x_1} \\cdots p_k^{x_k}')).toBe(' p_1^{x_1} \\cdots p_k^{x_k}');
    expect(multinomialCoefficients('P = \\frac{N !}{\\prod_{i=1}^K y_{i} !} \\prod_{i=1}^K \\pi_i^{y_i}')).toBe('P =  \\prod_{i=1}^K \\pi_i^{y_i}');
    expect(recogniseFormula('P(\\vec{y}, \\vec{\\pi}) = \\frac{N !}{\\prod_{i=1}^K y_{i} !} \\prod_{i=1}^K \\pi_i^{y_i}')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('p(x_1, \\dots, x_k) = \\frac{n!}{x_1! \\cdots x_k!} p_1^{x_1} \\cdots p_k^{x_k}')?.kind).toBe('likelihood_product');
    // Its log, a constant term of the log-likelihood, goes with its plus.
    expect(multinomialCoefficients('\\ln p = \\ln\\frac{n!}{x_1! \\cdots x_k!} + x_1 \\ln p_1')).toBe('\\ln p =  x_1 \\ln p_1');
    expect(recogniseFormula('\\ln p(x \\mid n, p) = \\ln\\frac{n!}{x_1!x_2! \\cdots x_k!} + x_1 \\ln p_1 + x_2 \\ln p_2 + \\cdots + x_k \\ln p_k')?.kind).toBe('log_likelihood');
  });

  it('keeps fractions without factorials above and below, and leaves the binomial pmf unbadged', () => {
    expect(multinomialCoefficients('\\frac{N}{M} \\log 2')).toBe('\\frac{N}{M} \\log 2');
    expect(multinomialCoefficients('\\frac{n!}{2} x')).toBe('\\frac{n!}{2} x');
    expect(recogniseFormula('P(k) = \\frac{n!}{k!(n-k)!} p^k (1-p)^{n-k}')).toBeNull();
  });
});
