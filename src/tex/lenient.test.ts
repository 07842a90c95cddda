import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';
import { atomsLeniently } from './lenient';
import { canonicalText as normaliseTex } from './canonical';

describe('lenient reading', () => {
  it('reads TeX KaTeX refuses and says so', () => {
    const recognition = recogniseFormula('\\xH(p,q) = -\\sum_k p_k \\log q_k');
    expect(recognition?.kind).toBe('ce_multiclass');
    expect(recognition?.diagnostics.map((d) => d.code)).toContain('lenient_parse');
  });

  it('copes with unbalanced braces and MathJax-only commands', () => {
    expect(recogniseFormula('E = -\\sum_{k t_k \\log y_k')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('\\require{cancel} E = -\\sum_k t_k \\log y_k }')?.kind).toBe('ce_multiclass');
  });

  it('builds scripts, fractions and groups', () => {
    const atoms = atomsLeniently('\\frac{1}{N} y_{ik}^2');
    expect(atoms.map((a) => a.t)).toEqual(['frac', 'scripts']);
  });

  it('reads plain text and AsciiMath', () => {
    expect(recogniseFormula('CE = -sum(pk * log(qk))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H_p(q) = sum_x q(x)  log(1 / (p(x)))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H(p, q) = ∑ᵢ pᵢ log₂(1/qᵢ)')?.roles.logBase).toBe('2');
  });
});

describe('normaliseTex', () => {
  it('drops labels and tags, Japanese inside too', () => {
    expect(normaliseTex('a = b \\tag{4.3、再掲} \\label{x}')).toBe('a = b');
  });
  it('turns a lone backslash before a newline into a row break', () => {
    expect(normaliseTex('a &= b \\\n&= c')).toBe('a &= b \\\\\n&= c');
    expect(normaliseTex('a \\\\\nb')).toBe('a \\\\\nb');
  });
  it('maps Unicode minus, en dash and dots', () => {
    expect(normaliseTex('−a – b · c')).toBe('-a - b \\cdot  c');
  });
  it('marks bare function names outside text', () => {
    expect(normaliseTex('p log(q) \\text{log loss}')).toBe('p \\log (q) \\text{log loss}');
  });
  it('rewrites align and equation environments', () => {
    expect(normaliseTex('\\begin{align*} a &= b \\end{align*}')).toBe('\\begin{aligned} a &= b \\end{aligned}');
    expect(normaliseTex('\\begin{equation} a \\end{equation}')).toBe('a');
  });
});
