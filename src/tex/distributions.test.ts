import { describe, expect, it } from 'vitest';
import type { Expr } from './expr';
import { recogniseFormula } from './index';
import { labelledApart, superscriptLabel } from './distributions';

describe('one letter for two distributions', () => {
  it('superscriptLabel and labelledApart: one letter under two superscript labels is two distributions', () => {
    const sym = (name: string): Expr => ({ k: 'sym', name, sub: 'k', subAtoms: null });
    const pow = (exp: Expr): Expr => ({ k: 'pow', base: sym('p'), exp });
    const letter = (name: string): Expr => ({ k: 'sym', name, sub: null, subAtoms: null });
    expect(superscriptLabel(pow(letter('t')))).toBe('t');
    // A power, a transpose and a sample index label nothing.
    expect(superscriptLabel(pow({ k: 'num', value: 2, text: '2' }))).toBeNull();
    expect(superscriptLabel(pow(letter('T')))).toBeNull();
    expect(superscriptLabel(sym('p'))).toBeNull();
    expect(labelledApart(pow(letter('t')), pow(letter('s')))).toBe(true);
    expect(labelledApart(pow(letter('t')), pow(letter('t')))).toBe(false);
    // One side unlabelled (p^α log p, a Rényi-style weight): not said to be apart.
    expect(labelledApart(pow(letter('\\alpha')), sym('p'))).toBe(false);
    // A teacher's soft targets weighting the student's log: a cross-entropy, not an entropy of p.
    expect(recogniseFormula('\\mathcal{L}_{KD} = -\\sum_k p^{t}_k \\log p^{s}_k')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-\\sum_k p_k^{\\text{teacher}}(\\tau) \\log p_k^{\\text{student}}(\\tau)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-\\sum_k p_k^{(i)} \\log p_k^{(i)}')?.kind).toBe('entropy');
  });

  it('tells the data’s P(y | x) from the model’s P(y | x; θ), conditioned on its parameters too', () => {
    expect(recogniseFormula('\\mathcal{L}(\\theta)=-\\frac{1}{n}\\sum_{i=1}^n \\sum_{y} P(y|x_i)\\log P(y|x_i;\\theta)')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('H = -\\sum_{y} P(y|x)\\log P(y|x;\\theta)')?.kind).toBe('ce_multiclass');
    // The same arguments on both sides: an entropy, with or without the parameters.
    expect(recogniseFormula('H = -\\sum_{y} P(y|x;\\theta)\\log P(y|x;\\theta)')?.kind).toBe('entropy');
    expect(recogniseFormula('H = -\\sum_{y} P(y|x)\\log P(y|x)')?.kind).toBe('entropy');
  });
});
