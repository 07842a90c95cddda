import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracketedIndexPairs, spacedAccentWords, typstMath } from './text-typst';

describe('Typst math', () => {
  it('turns Typst scripts, operators, accents and fonts into TeX', () => {
    expect(typstMath('cal(L) = - 1/N sum_(i=1)^N log hat(p)_(i)')).toBe('\\mathcal{L} = - 1/N \\sum_{i=1}^N log \\hat{p}_{i}');
    // Quoted scripts: a list of indices, or upright text.
    expect(typstMath('L_"CE" = -sum_(c=1)^C y_"i,c" log(hat(y)_"i,c")')).toBe('L_{\\text{CE}} = -\\sum_{c=1}^C y_{i,c} log(\\hat{y}_{i,c})');
    expect(typstMath('E = -sum_(k=1)^(K) t_k log frac(e^(z_k), sum_j e^(z_j))')).toBe('E = -\\sum_{k=1}^{K} t_k log \\frac{e^{z_k}}{\\sum_j e^{z_j}}');
    // AsciiMath's frac(a)(b) is the same fraction.
    expect(typstMath('J = -frac(1)(m) sum_(i=1)^m s_i log(q_i)')).toBe('J = -\\frac{1}{m} \\sum_{i=1}^m s_i log(q_i)');
    expect(recogniseFormula('J = -frac(1)(m) sum_(i=1)^m [s_i log(q_i) + (1-s_i) log(1-q_i)]')?.kind).toBe('ce_binary_batch');
    expect(typstMath('bold(y) dot log(tilde(bold(y)))')).toBe('\\mathbf{y} \\cdot  log(\\tilde{\\mathbf{y}})');
    expect(recogniseFormula('L = -bold(y) dot log(tilde(bold(y)))')?.kind).toBe('ce_multiclass');
  });

  it('leaves TeX and plain text alone', () => {
    for (const tex of ['-\\sum_{k} t_k \\log \\hat{y}_k', 'loss = -(y*log(p) + (1-y)*log(1-p))', 'sum(1, m, i, y[i])', 'what(x) = 1']) {
      expect(typstMath(tex)).toBe(tex);
    }
  });

  it('lets the recogniser read cross-entropy typed in Typst', () => {
    expect(recogniseFormula('cal(L) = - 1/C sum_(c=1)^C [y_c log hat(y)_c + (1 - y_c) log(1 - hat(y)_c)]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('H(p, q) = -sum_(x) p(x) log q(x)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('E = -sum_(k=1)^K t_k log hat(y)_k')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H(p) = -sum_(x) p(x) log p(x)')?.kind).not.toBe('ce_multiclass');
  });

  it('bracketed-index-pairs: y_(i k) and p_(n,c) are subscripts of two indices, whatever else the text holds', () => {
    expect(bracketedIndexPairs('y_(i k) \\log p_(n, c)')).toBe('y_{i k} \\log p_{n, c}');
    // One index, or a range, in brackets is the subscript too (TeX would take the bracket alone).
    expect(bracketedIndexPairs('f(x_(1)) + p_(x) + a_(1:n)')).toBe('f(x_{1}) + p_{x} + a_{1:n}');
    // A bracket with brackets or commands inside is left to the rules that read it.
    expect(bracketedIndexPairs('\\sum_(i=f(j)) + y_(\\theta)')).toBe('\\sum_(i=f(j)) + y_(\\theta)');
    expect(recogniseFormula('log(L(theta)) = sum_i sum_k y_(i k) log(sigma(m(x_i)))_k')?.kind).toBe('log_likelihood');
  });

  it("reads Typst's other calls and sign names: bb, abs, norm, op, product, dot, times, tilde, in, (a)/(b)", () => {
    expect(typstMath('bb(E)_(x tilde p) [log q(x)]')).toBe('\\mathbb{E}_{x \\sim  p} [log q(x)]');
    expect(typstMath('-1/abs(B) sum_(i in B) y_i dot log(p_i)')).toBe('-1/\\lvert B \\rvert  \\sum_{i \\in  B} y_i \\cdot  log(p_i)');
    expect(typstMath('op("CE")(y, hat(y))')).toBe('\\operatorname{CE}(y, \\hat{y})');
    expect(typstMath('-log (exp(z_y))/(sum_(j=1)^K exp(z_j))')).toBe('-log \\frac{exp(z_y)}{\\sum_{j=1}^K exp(z_j)}');
    expect(recogniseFormula('L = -bb(E)_(x tilde p) [log q(x)]')?.kind).toBe('ce_expectation');
    expect(recogniseFormula('L(theta) = product_(i=1)^n p_i^(y_i) (1-p_i)^(1-y_i)')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('L = - sum_(k=1)^K y_k dot log(hat(y)_k)')?.roles.weight).toBeUndefined();
    // A call's own bracket before a slash is no group: f(x)/(y) stays; the words inside names stay (index, times2).
    expect(typstMath('sum_(i=1)^n f(x)/(y) + index + times2')).toBe('\\sum_{i=1}^n f(x)/(y) + index + times2');
    // Code that calls norm or abs is no Typst for that alone.
    expect(typstMath('-sum(Y * log(softmax(H))) + alpha/2 * norm(W)')).toBe('-sum(Y * log(softmax(H))) + alpha/2 * norm(W)');
    // TeX stays TeX.
    expect(typstMath('\\frac{a}{b} + sum_(i) x')).toBe('\\frac{a}{b} + sum_(i) x');
  });

  it('spaced-accent-words: hat y, bar x, tilde y, vec w as AsciiMath writes them', () => {
    expect(spacedAccentWords('-(y log hat y + (1 - y) log(1 - hat y))')).toBe('-(y log \\hat{y} + (1 - y) log(1 - \\hat{y}))');
    // TeX's own accent, a word after hat, and a call stay.
    expect(spacedAccentWords('\\hat y + hat yes + hat(y)')).toBe('\\hat y + hat yes + hat(y)');
    expect(recogniseFormula('L = -sum_(i=1)^n y_i log(hat y_i)')?.roles.prediction).toBe('\\hat{y}_i');
    expect(recogniseFormula('L = - Sigma_(i) y_i log p_i')?.roles.weight).toBeUndefined();
  });
});
