import { describe, expect, it } from 'vitest';
import { elide, indexedSymbol, numberTex, substitutedTex, texToHtml } from './formula';

describe('substitutedTex', () => {
  it('writes the seed example done right: natural log, the minus kept', () => {
    const tex = substitutedTex({ kind: 'ce_multiclass', base: 'e', t: [[1, 0, 0]], y: [[0.33, 0.32, 0.35]], value: 1.1086626245216111, decimals: 6 });
    expect(tex).toBe('E = -\\left( 1 \\cdot \\ln 0.33 + 0 \\cdot \\ln 0.32 + 0 \\cdot \\ln 0.35 \\right) = 1.108663');
  });
  it('names the base and writes infinities as \\infty', () => {
    const tex = substitutedTex({ kind: 'log_likelihood', base: '10', t: [[1]], y: [[0]], value: -Infinity, decimals: 6 });
    expect(tex).toBe('\\log L = 1 \\cdot \\log_{10} 0 = -\\infty');
  });
  it('elides beyond 12 terms', () => {
    const items = Array.from({ length: 13 }, (_, i) => i);
    expect(elide(items, String)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '\\cdots', '11', '12']);
    expect(elide(items.slice(0, 12), String)).toHaveLength(12);
  });
  it('writes batch forms from the per-sample losses', () => {
    const tex = substitutedTex({ kind: 'ce_binary_batch', base: 'e', t: [[1, 0]], y: [[0.5, 0.5]], value: 0.5, decimals: 2, perSample: [0.5, 0.5], reduction: 'mean' });
    expect(tex).toBe('E = \\frac{1}{2}\\left( 0.50 + 0.50 \\right) = 0.50');
  });
  it('calls the loss by the page’s own name where it writes one', () => {
    const tex = substitutedTex({ kind: 'ce_binary', base: 'e', t: [[1]], y: [[2.2]], value: 0.105083, decimals: 6, fromLogits: true, lossName: '\\ell(x, t)' });
    expect(tex).toBe('\\ell(x, t) = \\ln\\left(1 + e^{2.2}\\right) - 1 \\cdot 2.2 = 0.105083');
    expect(substitutedTex({ kind: 'ce_multiclass', base: 'e', t: [[1]], y: [[0.5]], value: 0.693147, decimals: 6, lossName: 'J(\\theta)' })).toMatch(/^J\(\\theta\) = /);
  });
});

describe('symbols and numbers', () => {
  it('indexes the page symbol', () => {
    expect(indexedSymbol('t', 'k')).toBe('{t}_{k}');
    expect(indexedSymbol('y_{o,c}', 2)).toBe('{y}_{2}');
    expect(indexedSymbol('\\hat{y}', 1)).toBe('{\\hat{y}}_{1}');
  });
  it('writes numbers as TeX', () => {
    expect(numberTex(1e-20)).toBe('1\\times 10^{-20}');
    expect(numberTex(Infinity)).toBe('\\infty');
  });
});

describe('texToHtml', () => {
  it('does not trust page TeX: no links, no raw HTML', () => {
    const html = texToHtml('\\href{javascript:alert(1)}{x} \\htmlId{a}{b}', false);
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('href=');
    expect(html).not.toContain('id="a"');
  });
  it('renders an error rather than throwing', () => {
    expect(() => texToHtml('\\frac{', true)).not.toThrow();
  });
});

describe('substitutedTex: binary cross-entropy on a logit', () => {
  it('writes softplus(x) − t·x, over ln b in another base', () => {
    const s = { kind: 'ce_binary' as const, base: 'e' as const, t: [[1]], y: [[-2]], value: 2.126928, decimals: 6, fromLogits: true };
    expect(substitutedTex(s)).toBe('E = \\ln\\left(1 + e^{-2}\\right) - 1 \\cdot (-2) = 2.126928');
    expect(substitutedTex({ ...s, base: '2', t: [[0]], y: [[0]], value: 1 })).toBe('E = \\frac{\\ln\\left(1 + e^{0}\\right) - 0 \\cdot 0}{\\ln 2} = 1.000000');
  });
});

describe('substitutedTex: the logistic loss on a margin', () => {
  const s = { kind: 'ce_binary' as const, base: 'e' as const, t: [[-1]], y: [[2]], value: 2.126928, decimals: 6, fromLogits: true, plusMinusOne: true };
  it('writes log(1 + e^{−y x}) with the label and the logit put in', () => {
    expect(substitutedTex(s)).toBe('E = \\ln\\left(1 + e^{-(-1) \\cdot 2}\\right) = 2.126928');
    expect(substitutedTex({ ...s, base: '2', t: [[1]], y: [[0]], value: 1 })).toBe('E = \\frac{\\ln\\left(1 + e^{-1 \\cdot 0}\\right)}{\\ln 2} = 1.000000');
  });
  it('writes each sample of a batch the same way, and a label between −1 and 1 as t = (1 + y)/2', () => {
    const batch = { ...s, kind: 'ce_binary_batch' as const, t: [[1, -1, -1]], y: [[0.5, -1.2, 2]], value: 0.954762, reduction: 'mean' as const, perSample: [0.474077, 0.263282, 2.126928] };
    expect(substitutedTex(batch)).toBe(
      'E = \\frac{1}{3}\\left( \\ln\\left(1 + e^{-1 \\cdot 0.5}\\right) + \\ln\\left(1 + e^{-(-1) \\cdot (-1.2)}\\right) + \\ln\\left(1 + e^{-(-1) \\cdot 2}\\right) \\right) = 0.954762',
    );
    expect(substitutedTex({ ...s, t: [[0.5]], y: [[2]], value: 0.626928 })).toBe('E = \\ln\\left(1 + e^{2}\\right) - \\frac{1 + 0.5}{2} \\cdot 2 = 0.626928');
  });
});
