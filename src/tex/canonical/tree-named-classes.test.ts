import { describe, expect, it } from 'vitest';
import { exprTex } from '../expr';
import { recogniseFormula } from '../index';
import { readFormula } from '../read';

const canonical = (tex: string) => exprTex(readFormula(tex)?.chains[0]?.members[0] as Parameters<typeof exprTex>[0]);

describe('tree rule: the two classes’ probabilities named apart', () => {
  it('repeated-log-beside-complement: p log q + (1 − p) log q is read with log(1 − q), a slip', () => {
    expect(recogniseFormula('= -[p\\mathrm{log}q + (1-p)\\mathrm{log}q]')).toMatchObject({ kind: 'ce_binary', roles: { target: 'p', prediction: 'q' } });
    // Weights that are not complements, or numbers, stay as written.
    expect(recogniseFormula('p\\log q + q \\log q')?.kind ?? null).toBeNull();
    expect(recogniseFormula('-[a\\log q + b\\log q]')?.kind).not.toBe('ce_binary');
  });

  it('named-class-probabilities: the second class is one minus the first', () => {
    expect(canonical('u \\log r_{A} + (1 - u) \\log r_{B}')).toBe(canonical('u \\log r_{A} + (1 - u) \\log(1 - r_{A})'));
    expect(canonical('-v \\ln s_{\\text{spam}} - (1 - v)\\ln s_{\\text{ham}}')).toBe(canonical('-v \\ln s_{\\text{spam}} - (1 - v)\\ln(1 - s_{\\text{spam}})'));
    // Written class 0 first: the term weighted by 1 − u is still the one rewritten.
    expect(canonical('(1 - u) \\log r_{0} + u \\log r_{1}')).toBe(canonical('(1 - u) \\log(1 - r_{1}) + u \\log r_{1}'));
    expect(recogniseFormula('-[(1-y)\\log \\hat{y}_0 + y \\log \\hat{y}_1]')).toMatchObject({ kind: 'ce_binary', roles: { target: 'y', prediction: '\\hat{y}_1' } });
  });

  it('named-class-probabilities: a class’s probability as a function, p_1(x) and p_0(x)', () => {
    expect(canonical('y\\log p_1(x) + (1-y)\\log p_0(x)')).toBe('y \\log(p_1)+1-y \\log(1-p_1)');
    expect(recogniseFormula('L = -\\sum_i [y_i\\log p_1(x_i) + (1-y_i)\\log p_0(x_i)]')?.kind).toBe('ce_binary_batch');
    // Calls on different inputs are not one sample's two classes.
    expect(canonical('y\\log p_1(x) + (1-y)\\log p_0(z)')).toBe('y \\log(p_1)+1-y \\log(p_0)');
  });

  it('named-class-powers: p_1^{y} p_0^{1 − y} is a likelihood, the second class one minus the first', () => {
    expect(canonical('p_1(x)^{y}p_0(x)^{1-y}')).toBe('p_1^y 1-p_1^{1-y}');
    expect(recogniseFormula('p(y_i|x_i) = [p_1(\\hat{x}_i;\\beta)]^{y_i}[p_0(\\hat{x}_i;\\beta)]^{1-y_i}')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('P(y \\mid x) = p_1^{y}\\,p_0^{1-y}')?.kind).toBe('likelihood_product');
    // Exponents that are not a label and its complement stay.
    expect(recogniseFormula('p_1^{a}p_0^{b}')).toBeNull();
  });

  it('barred-complement: the other outcome barred, ȳ log p̄ or (1 − y) log p̄, is one minus each', () => {
    expect(canonical('u \\log r + \\bar{u} \\log \\bar{r}')).toBe(canonical('u \\log r + (1 - u) \\log(1 - r)'));
    expect(canonical('v_i \\ln s_i + (1 - v_i) \\ln \\overline{s}_i')).toBe(canonical('v_i \\ln s_i + (1 - v_i) \\ln(1 - s_i)'));
    expect(recogniseFormula('L = -\\sum_i \\left[ v_i \\log s_i + (1 - v_i) \\log \\bar{s}_i \\right]')?.kind).toBe('ce_binary_batch');
    // A bar over another letter, or a weight that is no complement, is left as written.
    expect(canonical('u \\log r + \\bar{w} \\log \\bar{q}')).toBe('u \\log(r)+\\bar{w} \\log(\\bar{q})');
    expect(recogniseFormula('-\\overline{u}\\log r')?.roles.target).toBe('\\bar{u}');
  });

  it('reads them as binary cross-entropy, and leaves running indices and other weights alone', () => {
    expect(recogniseFormula('E = -[c \\log h_{1} + (1 - c) \\log h_{0}]')?.kind).toBe('ce_binary');
    expect(recogniseFormula('E = -[c \\log h_{k} + (1 - c) \\log h_{j}]')?.kind ?? null).toBeNull();
    expect(canonical('c \\log h_{A} + (1 - d) \\log h_{B}')).not.toContain('1-h');
  });

  it('named-class-probabilities: each sample’s two class probabilities p_{i,1} and p_{i,0}', () => {
    expect(recogniseFormula('-\\frac{1}{N} \\sum_{i=1}^N \\left[ u_i \\log \\text{score}_{i,1} + (1-u_i) \\log \\text{score}_{i,0} \\right]')?.kind).toBe('ce_binary_batch');
    // Two samples' probabilities are not one sample's two classes.
    expect(recogniseFormula('-[u\\log r_{i,1} + (1-u)\\log r_{j,0}]')).toBeNull();
  });

  it('binary roles: the index a target and its prediction’s argument share is the sample (l_i = −[y_i ln f(x_i) + …])', () => {
    expect(recogniseFormula('L_i = - (u_i \\ln g(x_i) + (1-u_i) \\ln (1-g(x_i)))')?.roles).toMatchObject({ sampleIndex: 'i' });
  });

  it('complement-brackets-dropped: 1 − w log(1 − p) beside w log p is (1 − w) log(1 − p)', () => {
    expect(canonical('u \\log r + 1 - u \\log(1 - r)')).toBe(canonical('u \\log r + (1 - u) \\log(1 - r)'));
    expect(recogniseFormula('\\sum_j c_j \\ln s_j + 1 - c_j \\ln(1 - s_j)')?.kind).toBe('log_likelihood');
    // Under a mean with its minus: the bracket after −¹⁄ₙ Σ_j was dropped too, so the written signs are inside it.
    expect(recogniseFormula('-\\frac{1}{n}\\sum_j c_j \\log_2(s_j) + 1 - c_j \\log_2(1-s_j)')?.roles).toMatchObject({ target: 'c_j', prediction: 's_j', reduction: 'mean', logBase: '2' });
    expect(recogniseFormula('-\\frac{1}{n}\\sum_j c_j \\log_2(s_j) + 1 - c_j \\log_2(1-s_j)')?.kind).toBe('ce_binary_batch');
    // Another weight, or no log of the same p beside it: 1 − c log(1 − s) is what it says.
    expect(canonical('a \\log s + 1 - c \\log(1 - s)')).toBe('a \\log(s)+1-c \\log(1-s)');
  });

  it('stray-letter-before-complement: a letter between the log and 1 − p, beside log p, is a slip', () => {
    expect(canonical('-u \\ln r - (1-u) \\ln s(1-r)')).toBe(canonical('-u \\ln r - (1-u) \\ln(1-r)'));
    expect(recogniseFormula('-\\frac{1}{m} \\sum_{j=1}^m c_j \\log g_j + (1 - c_j) \\log w(1 - g_j)')?.kind).toBe('ce_binary_batch');
    // The probability's own letter may be a product's factor (log p(1 − p)), and another complement is no pair.
    expect(canonical('-u \\ln r - (1-u) \\ln r(1-r)')).not.toBe(canonical('-u \\ln r - (1-u) \\ln(1-r)'));
    expect(canonical('-u \\ln r - (1-u) \\ln s(1-v)')).not.toBe(canonical('-u \\ln r - (1-u) \\ln(1-v)'));
  });

  it('complement-inside-sigmoid: σ(1 − z) beside log σ(z) is 1 − σ(z), the 1 − typed inside the bracket', () => {
    expect(recogniseFormula('E = -c \\ln \\sigma(s) - (1-c)\\ln \\sigma(1 - s)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('E = -\\sum_n [c_n \\ln \\sigma(s_n) + (1-c_n)\\ln \\sigma(1 - s_n)]')?.kind).toBe('ce_binary_batch');
    // Another logit inside: as written.
    expect(canonical('-c \\ln \\sigma(s) - (1-c)\\ln \\sigma(1 - r)')).not.toBe(canonical('-c \\ln \\sigma(s) - (1-c)\\ln(1 - \\sigma(r))'));
  });

  it('complement-inside-sigmoid-powers: σ(1 − s) raised to the label’s complement beside σ(s)^c is 1 − σ(s)', () => {
    expect(canonical('\\sigma(s_m)^{c_m} \\sigma(1 - s_m)^{1 - c_m}')).toBe(canonical('\\sigma(s_m)^{c_m} (1 - \\sigma(s_m))^{1 - c_m}'));
    expect(recogniseFormula('P(c_m \\mid u_m) = (\\sigma(\\hat{s}_{m})^{c_m}) (\\sigma(1 - \\hat{s}_{m})^{(1 - c_m)})')?.kind).toBe('likelihood_product');
    // Another logit, or exponents that are no label and complement: as written.
    expect(canonical('\\sigma(s)^{c} \\sigma(1 - r)^{1 - c}')).not.toBe(canonical('\\sigma(s)^{c} (1 - \\sigma(r))^{1 - c}'));
    expect(canonical('\\sigma(s)^{a} \\sigma(1 - s)^{b}')).not.toBe(canonical('\\sigma(s)^{a} (1 - \\sigma(s))^{b}'));
  });
});
