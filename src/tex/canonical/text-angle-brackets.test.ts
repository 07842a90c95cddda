import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { plainAngleBrackets } from './text-angle-brackets';

describe('text rules: an inner product typed with < and >', () => {
  it('plain-angle-brackets: <x, w> hugging its operands is ⟨x, w⟩', () => {
    expect(plainAngleBrackets('e^{-y<x^i, \\omega>}')).toBe('e^{-y\\langle x^i, \\omega\\rangle }');
    expect(plainAngleBrackets('<w,x_i>')).toBe('\\langle w, x_i\\rangle ');
    // Comparisons keep their spaces, and a relation inside is no pair.
    expect(plainAngleBrackets('0 < x, y > 0')).toBe('0 < x, y > 0');
    expect(plainAngleBrackets('a<b, c>=d')).toBe('a<b, c>=d');
    expect(plainAngleBrackets('x << y, z >> w')).toBe('x << y, z >> w');
  });

  it('recognises the logistic loss on a margin typed as plain text', () => {
    expect(recogniseFormula('L = \\frac{1}{n}\\sum_{i=1}^{n}\\log(1 + e^{-y_i <w, x_i>})')?.kind).toBe('ce_from_logits');
  });
});
