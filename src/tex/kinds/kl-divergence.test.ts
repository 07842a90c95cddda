import { describe, expect, it } from 'vitest';
import { loadFormulas } from '../corpus';
import { kindOf, rolesOf } from './test-support';

describe('kl_divergence', () => {
  it.each([
    'D_{KL}(p\\|q) = \\sum_x p(x)\\log\\frac{p(x)}{q(x)}',
    'D_{KL}(p\\|q)=\\sum_x p(x)(\\log p(x) - \\log q(x))',
    'D_{KL}(p\\|q)=\\mathbb{E}_p[\\log p - \\log q]',
    'D(p\\|q) = \\int p(x)\\log\\frac{p(x)}{q(x)}dx',
    'KL(p\\|q)',
    '\\sum_k p_k \\log p_k - \\sum_k p_k \\log q_k',
    'D_{KL}(p\\|q) = H(p,q) - H(p)',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('kl_divergence');
  });

  it('names p and q as the page writes them', () => {
    // The member written out says more than the name: the index and the log's base.
    expect(rolesOf('D_{\\mathrm{KL}}(P\\parallel Q)=\\sum_x P(x)\\log_2\\frac{P(x)}{Q(x)}')).toEqual({ target: 'P', prediction: 'Q', classIndex: 'x', logBase: '2' });
  });

  it.each([
    ['mutual information', 'I(X;Y)=\\sum_{x,y} p(x,y)\\log\\frac{p(x,y)}{p(x)p(y)}'],
    ['a log-likelihood ratio', '\\log\\frac{L_1}{L_0}'],
    ['cross-entropy', 'H(p,q) = -\\sum_x p(x)\\log q(x)'],
  ])('leaves %s to its own kind or none', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('kl_divergence');
  });

  it('recognises every public corpus item labelled negative_kl as kl_divergence', () => {
    const items = loadFormulas().filter((item) => item.label === 'negative_kl');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(kindOf(item.tex), item.id).toBe('kl_divergence');
  });
});
