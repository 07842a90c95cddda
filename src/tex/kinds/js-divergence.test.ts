import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('js_divergence', () => {
  it.each([
    'JS(P\\|Q) = \\frac12 D_{KL}(P\\|M) + \\frac12 D_{KL}(Q\\|M)',
    '\\frac{1}{2}D_{KL}(p\\parallel m)+\\frac{1}{2}D_{KL}(q\\parallel m)',
    'D_{JS}(p\\|q)',
    'JSD(P\\|Q)',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('js_divergence');
  });

  it('names the two distributions, not the mixture', () => {
    expect(rolesOf('JS(P\\|Q) = \\frac12 D_{KL}(P\\|M) + \\frac12 D_{KL}(Q\\|M)')).toEqual({ target: 'P', prediction: 'Q' });
    expect(rolesOf('\\frac{1}{2}D_{KL}(p\\parallel m)+\\frac{1}{2}D_{KL}(q\\parallel m)')).toEqual({ target: 'p', prediction: 'q' });
  });

  it('is not the sum of two divergences against different references', () => {
    expect(kindOf('\\frac12 D_{KL}(p\\|m) + \\frac12 D_{KL}(q\\|n)')).not.toBe('js_divergence');
  });
});
