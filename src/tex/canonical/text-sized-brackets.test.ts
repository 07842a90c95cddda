import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracketCuttingGroups, sizedBrackets } from './text-sized-brackets';

describe('text rules: sized brackets', () => {
  it('sized-brackets: a \\left … \\right pair of brackets and the \\big family are the plain brackets', () => {
    expect(sizedBrackets('\\log\\left(1-p\\right) + \\bigl[a\\bigr] + \\Big(b\\Big)')).toBe('\\log(1-p) + [a] + (b)');
    expect(sizedBrackets('\\left\\{ y \\right\\} \\left\\lbrack z \\right\\rbrack')).toBe('\\{ y \\} \\lbrack  z \\rbrack ');
    // A half-open pair is still a pair of brackets.
    expect(sizedBrackets('\\left[0, 1\\right)')).toBe('[0, 1)');
  });

  it('sized-brackets: a pair with an empty or a bar side keeps its sizing, which pairs it', () => {
    expect(sizedBrackets('\\left\\{ \\begin{array}{l} a \\end{array} \\right.')).toBe('\\left\\{ \\begin{array}{l} a \\end{array} \\right.');
    expect(sizedBrackets('\\left| x \\right| + \\left( a \\right.')).toBe('\\left| x \\right| + \\left( a \\right.');
    expect(sizedBrackets('\\leftarrow \\bigcup')).toBe('\\leftarrow \\bigcup');
  });

  it.each([
    ['a likelihood whose powers sit on sized brackets', 'P\\left(y|x,\\theta\\right) = h_{\\theta}\\left(x\\right)^y\\left(1-h_{\\theta}\\left(x\\right)\\right)^{1-y}', 'likelihood_product'],
    ['a class picked from a function’s sized bracket', 'p\\left(y|x, \\theta\\right) = \\prod_{k=1}^{K} h\\left(x\\right)_k^{\\mathbb{1}[y=k]}', 'likelihood_product'],
    ['a sample superscript in sized brackets', 'J\\left(w\\right) = -\\frac{1}{m} \\sum_{i=1}^m \\left[ y^{\\left(i\\right)}\\log\\left(h\\left(x^{\\left(i\\right)}\\right)\\right) + \\left(1 - y^{\\left(i\\right)}\\right)\\log\\left(1 - h\\left(x^{\\left(i\\right)}\\right)\\right)\\right]', 'ce_binary_batch'],
    ['a one-hot pick after a sized call', 'L\\left(f, x, y\\right) = -\\log\\left(f\\left(x\\right)_y\\right)', 'ce_multiclass'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves an entropy written with sized brackets an entropy', () => {
    expect(recogniseFormula('H\\left(X\\right) = -\\sum_{x} p\\left(x\\right) \\log_2 p\\left(x\\right) \\quad \\text{(bits)}')?.kind).toBe('entropy');
    expect(recogniseFormula('H\\left(p\\right) = -\\sum_i p_i \\log_2\\left(p_i\\right)')?.kind).toBe('entropy');
  });

  it('bracket-cutting-groups: an editor\'s braces that cut a bracket in two are opened; arguments and scripts stay', () => {
    expect(bracketCuttingGroups('{[{u}\\log v + (1 - } {u})\\log(1 - v)]')).toBe(' [{u}\\log v + (1 -   {u})\\log(1 - v)]');
    expect(bracketCuttingGroups('\\frac{(a}{b)} + x^{(i)} + \\text{(see}')).toBe('\\frac{(a}{b)} + x^{(i)} + \\text{(see}');
    expect(recogniseFormula('J = - \\frac{1}{m}\\sum\\limits_{i = 1}^m {[{u^{(i)}}\\log ({h}({x^{(i)}}) + (1 - } {u^{(i)}})\\log (1 - {h}({x^{(i)}})]')?.kind).toBe('ce_binary_batch');
  });
});
