import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: complements written another way round', () => {
  it('a complement with the one last, (−y + 1) log(−p + 1), is 1 − y and 1 − p', () => {
    expect(recogniseFormula('-(y \\log p + (-y + 1) \\log(-p + 1))')?.kind).toBe('ce_binary');
  });

  it('reversed-complement: (y − 1) log(1 − p) is −(1 − y) log(1 − p)', () => {
    expect(canonicalMember('(y-1)\\log(1-p)')).toBe('-1-y \\log(1-p)');
    // Without a log of a complement beside it, a − 1 stays as written.
    expect(canonicalMember('(n-1)\\log p')).toBe('n-1 \\log(p)');
  });

  it('reversed-complement-beside-log: (y − 1) z beside log(1 + e^{−z}) is −(1 − y) z', () => {
    expect(recogniseFormula('l = (y-1)*z - log(1+exp(-z))')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('NLL = -∑((yi-1)*(w*xi+b) - log(1+e^-(w*xi+b)))')?.roles).toMatchObject({ target: 'y_i', prediction: 'w x_i+b', sampleIndex: 'i' });
    // With no log beside it, a label less one is left as written.
    expect(canonicalMember('(y-1) z + b')).toBe('y-1 z+b');
  });

  it('ones-vector-letter: 𝟙 − y is 1 − y; 𝟙 with its test stays the indicator', () => {
    expect(canonicalMember('(\\mathbb{1} - y)^\\top \\log(\\mathbb{1} - h)')).toBe('\\sum1-y \\log(1-h)');
    expect(canonicalMember('\\mathbb{1}_{y=k} - p_k')).toContain('\\mathbb{1}');
  });

  it.each([
    ['the complement’s weight as y − 1', 'L = -y\\log\\hat{y}+(y-1)\\log(1-\\hat{y})', 'ce_binary'],
    ['the same with that term first', 'L = (y-1)\\log(1-\\hat{y}) - y\\log\\hat{y}', 'ce_binary'],
    ['the minus outside the bracket', 'L = -\\left[y\\log\\hat{y}-(y-1)\\log(1-\\hat{y})\\right]', 'ce_binary'],
    ['the log-likelihood so written', '\\ell = \\sum_{i=1}^{n} y_i\\log p_i - (y_i-1)\\log(1-p_i)', 'log_likelihood'],
    ['the ones vector as a blackboard one', 'J = -\\frac{1}{m}\\left[y^\\top \\log\\hat{y} + (\\mathbb{1} - y)^\\top \\log(\\mathbb{1} - \\hat{y})\\right]', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it.each([
    ['a count less one beside a log', 'f = (n-1)\\log(1-p) + \\log p'],
    ['an indicator less a probability', 'g_k = \\mathbb{1}_{y=k} - p_k'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)).toBeNull();
  });
});
