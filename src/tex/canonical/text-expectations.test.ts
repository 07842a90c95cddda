import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { trailingExpectationSubscript } from './text-expectations';

describe('text rules: the expectation dressed', () => {
  it('trailing-expectation-subscript: the distribution after the bracket is the one the E averages over', () => {
    expect(trailingExpectationSubscript('-\\mathbb{E}[\\log q(x)]_{p(x)}')).toBe('-\\mathbb{E}_{p(x)}[\\log q(x)]');
    expect(trailingExpectationSubscript('E[\\log p]_p - E[\\log q]_{q}')).toBe('E_p[\\log p] - E_{q}[\\log q]');
    // A subscript under the E already, or an indexed bracket of anything else, stays.
    expect(trailingExpectationSubscript('\\mathbb{E}_p[x]_i')).toBe('\\mathbb{E}_p[x]_i');
    expect(trailingExpectationSubscript('A[x]_i')).toBe('A[x]_i');
    expect(recogniseFormula('-\\mathbb{E}\\left[\\log q(x)\\right]_{p}')?.kind).toBe('ce_expectation');
    expect(recogniseFormula('-E[\\log p]_p')?.kind).toBe('entropy');
    // The ELBO: the expected log-joint less the expected log of the same q is no cross-entropy.
    expect(recogniseFormula('ELBO(q) = E[\\log p(\\theta , x)]_{q(\\theta)} - \\mathbb{E}[\\log q(\\theta)]_{q(\\theta)}')?.kind ?? 'none').not.toMatch(/^ce_/);
  });

  it('a bare E right before a log is the operator, never a weight', () => {
    expect(recogniseFormula('-E\\log{P_i}')?.kind).toBe('entropy');
    expect(recogniseFormula('-\\mathbb{E}\\,\\log q(x)')?.kind).toBe('entropy');
    expect(recogniseFormula('H(p) = -E\\log{P_i} = -\\sum\\limits_{i=1}^{n} p_i \\log{p_i}')?.kind).toBe('entropy');
    expect(recogniseFormula('-E_p\\log q')?.kind).toBe('ce_expectation');
  });
});
