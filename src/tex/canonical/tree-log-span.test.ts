import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: how far an unbracketed log reaches', () => {
  it('an unbracketed log over a constant scale and a sum takes both: log (1/n) Σ_i exp x_i', () => {
    expect(canonicalMember('\\log \\frac{1}{n} \\sum_{i=1}^n \\exp x_i')).toBe(canonicalMember('\\log\\left(\\frac{1}{n} \\sum_{i=1}^n \\exp x_i\\right)'));
    expect(recogniseFormula('\\text{logmeanexp}(x) = \\log \\frac{1}{n} \\sum_{i=1}^n \\exp x_i = \\text{logsumexp}(x) - \\log n')).toBeNull();
    // A scale before the log stays outside it.
    expect(recogniseFormula('-\\frac{1}{N} \\sum_{n} \\sum_k t_{nk} \\log y_{nk}')?.kind).toBe('ce_multiclass_batch');
  });

  it('log-spans-complementary-powers: log a^{E} b^{1−E} is the log of the whole Bernoulli likelihood', () => {
    expect(canonicalMember('\\log p^{t_n}(1-p)^{1-t_n}')).toBe(canonicalMember('\\log\\left(p^{t_n}(1-p)^{1-t_n}\\right)'));
    expect(canonicalMember('\\ln h^{z} (1-h)^{1-z}')).toBe(canonicalMember('z \\ln h + (1-z)\\ln(1-h)'));
    // The log reaches on over a written-out product of the samples.
    expect(recogniseFormula('\\log a^{s_1}(1-a)^{1-s_1} a^{s_2}(1-a)^{1-s_2} \\cdots a^{s_M}(1-a)^{1-s_M}')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('\\log r^{u_1}(1-r)^{1-u_1} r^{u_2}(1-r)^{1-u_2} \\dots r^{u_{12}}(1-r)^{1-u_{12}}')?.kind).toBe('log_likelihood');
  });

  it('log-spans-complementary-powers: dots typed after a sample stay outside its log', () => {
    expect(recogniseFormula('\\log a^{s_1}(1-a)^{1-s_1} + \\log a^{s_2}(1-a)^{1-s_2} \\cdots + \\log a^{s_M}(1-a)^{1-s_M}')?.kind).toBe('log_likelihood');
    expect(canonicalMember('\\log a^{s}(1-a)^{1-s} \\dots')).toBe(canonicalMember('(s \\log a + (1-s)\\log(1-a)) \\dots'));
  });

  it('log-spans-complementary-powers: a power not followed by its complement keeps the log to itself', () => {
    expect(canonicalMember('\\log p^{t} (1-p)^{2}')).toBe(canonicalMember('(\\log p^{t}) (1-p)^{2}'));
    expect(canonicalMember('\\log p^{t} q^{1-t}')).toBe(canonicalMember('\\log(p^{t} q^{1-t})'));
    expect(canonicalMember('\\log p^{t} (1-p)^{1-s}')).not.toBe(canonicalMember('\\log(p^{t} (1-p)^{1-s})'));
  });
});
