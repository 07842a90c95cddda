import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: derivatives around a loss', () => {
  it('derivative-operator: d/dx and ∇ take the rest of the product as their argument', () => {
    expect(canonicalMember('\\frac{d}{dx} \\log x')).toBe('\\derivative(\\log(x))');
    expect(canonicalMember('\\nabla_\\theta \\sum_i \\log p_i')).toBe('\\derivative(\\sum\\log(p_i))');
    // A derivative's value (dL/dy) is a fraction like any other.
    expect(canonicalMember('\\frac{dL}{dy}')).toBe('\\frac{dL}{dy}');
  });

  it('derivative-operator: ∂L/∂x with more written after it makes the product a derivative, never a loss', () => {
    expect(recogniseFormula('\\frac{∂L}{∂u_k} = \\frac{∂L}{∂u_k} \\log(\\sum_j e^{u_j}) - \\frac{∂L}{∂u_k}\\sum_i s_i u_i')).toBeNull();
    expect(recogniseFormula('-\\frac{\\partial \\mathcal{L}}{\\partial \\theta} \\sum_i s_i \\log q_i')).toBeNull();
    // A derivative's value alone stays a fraction, and a loss beside its gradient is still the loss.
    expect(canonicalMember('\\frac{\\partial L}{\\partial u}')).toBe(canonicalMember('\\frac{\\partial L}{\\partial u}'));
    expect(recogniseFormula('L = -\\sum_i s_i \\log q_i, \\quad \\frac{\\partial L}{\\partial u_i} = q_i - s_i')?.kind).toBe('ce_multiclass');
  });

  it('derivative-operator: a bare ∂ over a variable whose ∂ was dropped (∂/o_k) is still the operator', () => {
    expect(recogniseFormula('\\frac{\\partial}{u_k}(-\\log(q_k))')).toBeNull();
    expect(recogniseFormula('\\frac{\\partial L}{\\partial u_k} = \\frac{\\partial}{u_k}(-\\log q_k)')).toBeNull();
  });
  it('a log times a derivative (−ln a_k ∇_z a_k, −ln a_k ∂a_k/∂z) is a step of the gradient, no loss', () => {
    expect(recogniseFormula('-\\ln q_k \\nabla_u q_k')).toBeNull();
    expect(recogniseFormula('-\\ln q_k \\frac{\\partial q_k}{\\partial u}')).toBeNull();
    // The loss itself still reads.
    expect(recogniseFormula('-\\sum_k s_k \\ln q_k')?.kind).toBe('ce_multiclass');
  });
  it('limit-operator: lim_{x→a} takes the rest of the product; a bare lim is left', () => {
    expect(canonicalMember('\\lim_{x \\to 0} \\log x')).toBe('\\limit(\\log(x))');
    expect(canonicalMember('\\lim x')).toBe('\\lim x');
  });

  it.each([
    ['a limit of a log', '\\lim_{x \\to 0^+} \\log\\left(\\frac{1}{x}\\right) = +\\infty'],
    ['the limit of a sample average of logs', '\\limsup_{n\\to\\infty} -\\frac{1}{n}\\sum_{i=1}^n t_i \\log q(x_i)'],
    ['the derivative of a batch loss', '\\frac{dL}{d\\hat{y}_{ij}} = -\\frac{1}{N} \\frac{d}{d\\hat{y}_{ij}} \\sum_{i=1}^{N} \\sum_{j=1}^{C} y_{ij} \\log \\hat{y}_{ij}'],
    ['a gradient of the log-likelihood', '\\nabla_\\theta \\sum_k t_k \\log y_k'],
    ['an order of growth', '(O(N \\log(1/\\epsilon)))'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)).toBeNull();
  });
});
