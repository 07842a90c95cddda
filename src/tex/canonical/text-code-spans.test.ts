import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { inlineCodeSpans } from './text-code-spans';

describe('text rules: inline code spans', () => {
  it('inline-code-spans: one span of code in prose is the formula', () => {
    expect(inlineCodeSpans('`-np.log(q[k])`')).toBe('-np.log(q[k])');
    expect(inlineCodeSpans('``−[s·ln(q) + (1−s)·ln(1−q)]``')).toBe('−[s·ln(q) + (1−s)·ln(1−q)]');
    expect(inlineCodeSpans('La pérdida es `-np.log(q[k])`.')).toBe('-np.log(q[k])');
    expect(inlineCodeSpans('損失は `-log(q[k])` です。')).toBe('-log(q[k])');
    expect(inlineCodeSpans('`mean_j -(u log v)`,')).toBe('mean_j -(u log v)');
  });

  it('inline-code-spans: math outside the span, or more than one span, stays', () => {
    expect(inlineCodeSpans('P(w = \\text{`apple`})')).toBe('P(w = \\text{`apple`})');
    expect(inlineCodeSpans('\\text{``mean\'\'} or \\text{``sum\'\'}')).toBe('\\text{``mean\'\'} or \\text{``sum\'\'}');
    expect(inlineCodeSpans('`dw = X.T @ e` uses `w` and `X`')).toBe('`dw = X.T @ e` uses `w` and `X`');
    expect(inlineCodeSpans('a = `b`')).toBe('a = `b`');
    expect(inlineCodeSpans("y` = y_pred")).toBe("y` = y_pred");
  });

  it.each([
    ['a sentence round the code', 'Der Verlust ist `-np.log(wahrscheinlichkeit[klasse])`.', 'ce_multiclass'],
    ['reStructuredText\'s double backticks', '``−[s·ln(q) + (1−s)·ln(1−q)]``', 'ce_binary'],
    ['a binary loss averaged in words', '`mean_j -2*(u log v + (1-u) log(1-v))`,', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('an entropy in a code span stays no cross-entropy', () => {
    expect(recogniseFormula('Die Entropie ist `-np.sum(p * np.log(p))`.')?.kind ?? null).not.toMatch(/^ce_/);
  });
});
