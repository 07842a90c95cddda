import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracketedIndexPairs, typstMath } from './text-typst';

describe('Typst math', () => {
  it('turns Typst scripts, operators, accents and fonts into TeX', () => {
    expect(typstMath('cal(L) = - 1/N sum_(i=1)^N log hat(p)_(i)')).toBe('\\mathcal{L} = - 1/N \\sum_{i=1}^N log \\hat{p}_{i}');
    expect(typstMath('E = -sum_(k=1)^(K) t_k log frac(e^(z_k), sum_j e^(z_j))')).toBe('E = -\\sum_{k=1}^{K} t_k log \\frac{e^{z_k}}{\\sum_j e^{z_j}}');
    expect(typstMath('bold(y) dot log(tilde(bold(y)))')).toBe('\\mathbf{y} dot log(\\tilde{\\mathbf{y}})');
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
    // One index in brackets may be an argument: as written.
    expect(bracketedIndexPairs('f(x_(1)) + p_(x)')).toBe('f(x_(1)) + p_(x)');
    expect(recogniseFormula('log(L(theta)) = sum_i sum_k y_(i k) log(sigma(m(x_i)))_k')?.kind).toBe('log_likelihood');
  });
});
