import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('ce_expectation', () => {
  it.each([
    '-\\mathbb{E}_{x\\sim p}[\\log q(x)]',
    'H(p, q) = \\mathbb E_{p} \\left[ -\\log q \\right]',
    'H(q, p) = E_{q(x)}[-\\log p(x)]',
    '-\\int p(x)\\log q(x)\\,dx',
    'H(p,q) = -\\int_{\\mathcal{X}} p(x) \\log_2 q(x) \\, \\mathrm{d}x',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_expectation');
  });

  it('takes the target from the distribution of the expectation', () => {
    expect(rolesOf('-\\mathbb{E}_{x\\sim p}[\\log q(x)]')).toEqual({ target: 'p', prediction: 'q' });
  });

  it.each([
    ['entropy as expectation', 'H(p) = \\mathbb{E}_{p}[-\\log p]'],
    ['entropy as integral', 'h(p) = -\\int p(x) \\log p(x) dx'],
    ['KL as expectation', 'D = \\mathbb{E}_{x \\sim P}\\left[\\log \\frac{P(x)}{Q(x)}\\right]'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
});

