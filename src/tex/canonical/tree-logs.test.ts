import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: the log laws of a likelihood', () => {
  it('log-laws: log Π is Σ log, log y^t is t log y, a product of powers a sum', () => {
    expect(canonicalMember('\\log \\prod_{j} g_j')).toBe('\\sum\\log(g_j)');
    expect(canonicalMember('\\ln a_j^{c_j}')).toBe('c_j \\log(a_j)');
    expect(canonicalMember('\\log \\hat{a}^{(b)}')).toBe('\\log(\\hat{a}^b)');
    expect(canonicalMember('\\log\\left(a^{c}(1-a)^{1-c}\\right)')).toBe('c \\log(a)+1-c \\log(1-a)');
    // A primed letter is one letter: the same product with c' for c.
    expect(canonicalMember("\\log\\left(a^{c'}(1-a)^{1-c'}\\right)")).toBe("c' \\log(a)+1-c' \\log(1-a)");
  });

  it('leaves numeric exponents, sample superscripts and named superscripts', () => {
    expect(canonicalMember('\\log\\left(a^{3}(1-a)^{2}\\right)')).toBe('\\log(a^3 1-a^2)');
    expect(canonicalMember('\\log \\hat{a}^{(j)}')).toBe('\\log(\\hat{a}^j)');
    expect(canonicalMember('\\log Q^{map}')).toContain('\\log(Q');
  });

  it('log-of-power-beside-complement: a bare letter exponent beside one minus it is the outcome', () => {
    expect(canonicalMember('\\log p^{y} + \\log (1-p)^{1-y}')).toBe(canonicalMember('y \\log p + (1-y)\\log(1-p)'));
    expect(recogniseFormula('=\\sum \\log g(x)^y + \\log (1-g(x))^{1-y}')?.kind).toBe('log_likelihood');
    // Alone, or beside numbers, the letter stays a superscript.
    expect(canonicalMember('\\log p^{y} + \\log q')).toBe(canonicalMember('\\log p^{y} + \\log q'));
    expect(recogniseFormula('\\log p^{2} + \\log (1-p)^{3}')).toBeNull();
  });

  it('log-of-one: log 1 is 0 beside another log', () => {
    expect(canonicalMember('\\ln 1 - \\ln q_c')).toBe('-\\log(q_c)');
    expect(canonicalMember('\\log(1) + \\log(a)')).toBe('\\log(a)');
    expect(canonicalMember('\\log 1')).toBe('\\log(1)');
    expect(recogniseFormula('L = \\sum_{j} t_j \\left(\\ln 1 - \\ln q_j\\right)')?.kind).toBe('ce_multiclass');
  });

  it('log-of-softmax: the log of a softmax of a whole vector is taken componentwise', () => {
    expect(canonicalMember('\\log \\mathrm{softmax}(a)')).toBe('\\log(\\frac{e^{a}}{\\sume^{a}})');
    expect(recogniseFormula('-\\sum t \\odot \\log \\operatorname{softmax}(a)')?.kind).toBe('ce_from_logits');
    // A softmax alone is no loss.
    expect(recogniseFormula('q = \\operatorname{softmax}(a)')).toBeNull();
  });

  it('softmax-beside-complement: beside log(1 − softmax(z)), softmax(z) is one probability', () => {
    expect(recogniseFormula('L = -s * (log(softmax(u))) - (1-s)(log(1-softmax(u)))')).toMatchObject({ kind: 'ce_binary', roles: { target: 's', prediction: '\\operatorname{softmax}(u)' } });
    expect(recogniseFormula('-\\frac1N\\sum_n [s_n\\log \\mathrm{softmax}(u_n) + (1-s_n)\\log(1-\\mathrm{softmax}(u_n))]')?.kind).toBe('ce_binary_batch');
    // Another vector's complement leaves the expansion alone.
    expect(canonicalMember('\\log \\mathrm{softmax}(a) + \\log(1 - \\mathrm{softmax}(b))')).toContain('\\frac{e^{a}}');
  });

  it('log-of-outcome-probability: log(p·y + (1 − p)(1 − y)) is y log p + (1 − y) log(1 − p)', () => {
    expect(canonicalMember('\\log(\\hat{s} s + (1 - \\hat{s})(1 - s))')).toBe('s \\log(\\hat{s})+1-s \\log(1-\\hat{s})');
    expect(canonicalMember('\\log(c \\cdot h(u) + (1 - c)(1 - h(u)))')).toBe('c \\log(h)+1-c \\log(1-h)');
    // The complements' product first.
    expect(canonicalMember('\\log((1 - \\hat{s})(1 - s) + \\hat{s} s)')).toBe('s \\log(\\hat{s})+1-s \\log(1-\\hat{s})');
    // Not complements of each other: as written.
    expect(canonicalMember('\\log(a b + (1 - a)(1 - c))')).toContain('\\log(');
    expect(recogniseFormula('\\ell = -\\ln\\left[h(u)\\cdot c + (1-h(u))\\cdot(1-c)\\right]')?.kind).toBe('ce_binary');
    expect(recogniseFormula('\\ell = -\\ln\\left[h(u)\\,\\mathbb{1}[c=1] + (1-h(u))\\,\\mathbb{1}[c=0]\\right]')?.kind).toBe('ce_binary');
    // The outcome's probability itself is no loss.
    expect(recogniseFormula('P(c \\mid u) = h(u)\\, c + (1-h(u))(1-c)')).toBeNull();
  });

  it.each([
    ['the log of a Bernoulli product over samples', '\\ell(w) = \\log \\prod_{j=1}^{M} g_j^{c_j}(1-g_j)^{1-c_j}', 'log_likelihood'],
    ['a sum of logs of Bernoulli powers', '\\log L = \\sum_{j} \\log\\left(a_j^{c_j}(1-a_j)^{1-c_j}\\right)', 'log_likelihood'],
    ['two logs of powers', '= \\ln(q_j^{s_j}) + \\ln((1-q_j)^{1-s_j})', 'log_likelihood'],
    ['its negative', '-\\log \\prod_{j=1}^{M} g_j^{c_j}(1-g_j)^{1-c_j}', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBe(kind);
  });

  it.each([
    ['a coin-flip likelihood with counts', '\\log L(\\theta) = \\log\\left(\\theta^{h}(1-\\theta)^{m-h}\\right)'],
    ['a log of a power of a number', '\\log 2^{b} = b\\log 2'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBeNull();
  });

  it('exp-of-weighted-logs: the exponential of weighted logs is the product of powers', () => {
    expect(canonicalMember('e^{c \\ln r + (1 - c) \\ln(1 - r)}')).toBe(canonicalMember('r^{c} (1 - r)^{1 - c}'));
    expect(canonicalMember('\\exp\\Big(\\sum_{j} s_j \\log h_j\\Big)')).toBe(canonicalMember('\\prod_{j} h_j^{s_j}'));
    expect(recogniseFormula('\\prod_{m=1}^{M} \\exp\\left(c_m \\log r_m + (1 - c_m)\\log(1 - r_m)\\right)')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('\\exp\\left(\\sum_{m=1}^{M} c_m \\log r_m + (1 - c_m)\\log(1 - r_m)\\right)')?.kind).toBe('likelihood_product');
    // Perplexity, e^{−H}, a product of probabilities and a numeric power stay.
    for (const tex of ['\\exp\\left(-\\frac{1}{M}\\sum_m \\log r_m\\right)', 'e^{-\\sum_u g(u) \\log h(u)}', '\\exp\\left(\\sum_m \\log g(u_m)\\right)', 'e^{2 \\log r}']) {
      expect(recogniseFormula(tex)?.kind ?? null, tex).toBeNull();
    }
  });

  it('log-laws: \\ell over a sample is its index, not a power (Σ_ℓ c^ℓ log r^ℓ)', () => {
    expect(canonicalMember('\\log r^{\\ell}')).toBe('\\log(r^{\\ell})');
    expect(recogniseFormula('\\sum_\\ell c^\\ell \\log (r^\\ell) + (1 - c^\\ell) \\log (1 - r^\\ell)')?.kind).toBe('log_likelihood');
    // γ is a parameter: the log law applies.
    expect(canonicalMember('\\log r^{\\gamma}')).toBe('\\gamma \\log(r)');
  });

  it('log-of-exp-beside-log-sum-exp: the log of one exponential beside a log-sum-exp is its exponent', () => {
    expect(canonicalMember('-\\log e^{z_y} + \\log \\sum_c e^{z_c}')).toBe(canonicalMember('-z_y + \\log \\sum_c e^{z_c}'));
    expect(recogniseFormula('L = -\\log \\exp(z_y) + \\log \\sum_c \\exp(z_c)')?.kind).toBe('ce_from_logits');
    // Without the log-sum-exp, or to base 2, it stays.
    expect(canonicalMember('\\log e^{x} + \\log y')).toContain('e^{x}');
    expect(canonicalMember('-\\log_2 e^{z_y} + \\log \\sum_c e^{z_c}')).toContain('e^{z_y}');
  });

  it('log-laws: an exponent that is a sample\'s label, y^{(i)}, is a quantity like y_i', () => {
    expect(recogniseFormula('L = \\log \\prod_{i=1}^N {\\hat{q}^{(i)}}^{s^{(i)}} (1-\\hat{q}^{(i)})^{1-s^{(i)}}')?.kind).toBe('log_likelihood');
  });

  it('log-of-one-hot-dot: −log of code’s sum of a label times probabilities is the labelled class’s −log', () => {
    expect(recogniseFormula('return -log(sum(yPred * y, axis: 1))')?.roles).toMatchObject({ target: 'y', prediction: 'yPred' });
    expect(recogniseFormula('l = -np.log(np.sum(target * probs))')?.kind).toBe('ce_multiclass');
    // Not negated, or a written index (Jensen's log Σ_i p_i x_i): left as it is.
    expect(recogniseFormula('l = np.log(np.sum(p * x))')).toBeNull();
    expect(canonicalMember('-\\log \\sum_i p_i x_i')).toContain('\\log(\\sum');
  });
});
