import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { spacedClauses } from './text-spaced-clauses';

describe('text rule: a statement set beside the formula after a wide space', () => {
  it('spaced-clauses: a top-level \\quad before a clause with a relation of its own becomes a comma', () => {
    expect(spacedClauses('H(p) = -\\sum_x p(x) \\log p(x) \\quad x \\in \\mathcal{X}')).toBe('H(p) = -\\sum_x p(x) \\log p(x) ,\\quad x \\in \\mathcal{X}');
    expect(spacedClauses('H = -\\sum_i p_i \\log p_i \\qquad p_i > 0')).toBe('H = -\\sum_i p_i \\log p_i ,\\qquad p_i > 0');
    // Each row of a block on its own.
    expect(spacedClauses('a &= b \\quad x \\in X \\\\ c &= d')).toBe('a &= b ,\\quad x \\in X \\\\ c &= d');
  });

  it('spaced-clauses: leaves a \\quad inside brackets, before words or a number, after an open operator, or with no relation after it', () => {
    for (const tex of [
      '-\\frac{1}{m}\\sum_i \\left[ y_i \\log h_i \\quad + (1-y_i)\\log(1-h_i) \\right]',
      'L = -\\sum_k t_k \\log y_k \\quad (1)',
      'L = -\\sum_k t_k \\log y_k \\quad \\text{where } t_k = 1',
      'L = -\\sum_k t_k \\log y_k \\quad y_k',
      'L = \\quad y = 1',
      '\\text{a \\quad b = c}',
    ]) expect(spacedClauses(tex)).toBe(tex);
  });

  it('spaced-clauses: in a cases row typed without &, the \\quad before the condition ends the cell', () => {
    expect(spacedClauses('\\begin{cases} -\\log p \\quad y = 1 \\\\ -\\log(1-p) \\quad y = 0 \\end{cases}')).toBe('\\begin{cases} -\\log p &\\quad y = 1 \\\\ -\\log(1-p) &\\quad y = 0 \\end{cases}');
    const withCells = '\\begin{cases} -\\log p & \\quad y = 1 \\\\ -\\log(1-p) & \\quad y = 0 \\end{cases}';
    expect(spacedClauses(withCells)).toBe(withCells);
  });

  it.each([
    ['an entropy with its domain after it', '\\mathcal{H}(p) = -\\sum_{x} p(x) \\log p(x) \\quad x \\in \\mathcal{X}', 'entropy'],
    ['an entropy over positive probabilities', 'H = -\\sum_j q_j \\ln q_j \\qquad q_j > 0', 'entropy'],
    ['a cross-entropy with its range after it', 'E = -\\sum_c s_c \\log a_c \\quad c = 1, \\dots, C', 'ce_multiclass'],
    ['a binary loss with its labels after it', 'J = -t\\ln a - (1-t)\\ln(1-a) \\quad t \\in \\{0, 1\\}', 'ce_binary'],
    ['cases without &', 'J = \\begin{cases} -\\ln a \\quad t = 1 \\\\ -\\ln(1-a) \\quad t = 0 \\end{cases}', 'ce_binary'],
  ])('reads %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });
});
