import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bareFunctionWords, bareLogWithBase, compoundLogWords, gluedOperatorWords } from './text-operator-words';

describe('text rules: operator names typed as letters', () => {
  it('compound-log-words: library names holding a log', () => {
    expect(compoundLogWords('-log_softmax(z)[y] = -z_y + logsumexp(z)')).toBe('-\\log \\mathrm{softmax}(z)[y] = -z_y + \\log \\sum \\exp(z)');
    expect(compoundLogWords('\\operatorname{logsumexp}(a)')).toBe('\\log \\sum \\exp(a)');
    expect(compoundLogWords('\\text{logsoftmaxed}')).toBe('\\text{logsoftmaxed}');
  });

  it('bare-log-with-base: NumPy names', () => {
    expect(bareLogWithBase('log2(p) + log10(q)')).toBe('log_{2}(p) + log_{10}(q)');
  });

  it('glued-operator-words: a one- or two-letter symbol glued to log or ln', () => {
    expect(gluedOperatorWords('yln(f(x))')).toBe('y ln(f(x))');
    expect(gluedOperatorWords('tlog y')).toBe('t log y');
    expect(gluedOperatorWords('yln\\hat{y}')).toBe('y ln\\hat{y}');
    // Words stay words: three letters or more, prose, command names.
    expect(gluedOperatorWords('catalog(x) \\text{yln(x)} \\coln(x)')).toBe('catalog(x) \\text{yln(x)} \\coln(x)');
  });

  it('bare-function-words: log, ln, exp become commands outside text', () => {
    expect(bareFunctionWords('p log(q) \\text{log loss}')).toBe('p \\log (q) \\text{log loss}');
    expect(bareFunctionWords('logistic login')).toBe('logistic login');
  });

  it.each([
    ['spaced', 'L = -[y log \\hat{y} + (1-y) log(1-\\hat{y})]', 'ce_binary'],
    ['glued', 'L = -(yln(f(x)) + (1-y)ln(1-f(x)))', 'ce_binary'],
    ['after a thin space', 'E = -\\sum_k t_k\\,ln(p_k)', 'ce_multiclass'],
    ['a log with a bracket left open', 'L = -(ylog(\\hat{y}) + (1-y)log(1-\\hat{y})', 'ce_binary'],
    ['library names', '-log_softmax(z)[y] = -z_y + logsumexp(z)', 'ce_from_logits'],
    ['glued, one class', 'H = -\\sum_i p_i log q_i', 'ce_multiclass'],
  ])('recognises %s operator words', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });
});
