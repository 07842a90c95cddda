import { describe, expect, it } from 'vitest';
import { kindOf } from '../kinds/test-support';
import { authorMacros, isAuthorMacro } from './text-author-macros';

describe('text rule: macros an author defines elsewhere', () => {
  it('takes a command nobody here defines, applied to a braced argument, as its argument', () => {
    expect(authorMacros('\\gre{g}^{\\blu{y}}')).toBe('{g}^{{y}}');
    // KaTeX's own colour macros (\\red, \\blue) are KaTeX's.
    expect(authorMacros('\\red{g}^{\\blu{y}}')).toBe('\\red{g}^{{y}}');
    expect(authorMacros('\\prob{E} = \\norm{w}')).toBe('{E} = {w}');
    // Commands KaTeX or the lenient reader give a meaning keep it.
    expect(authorMacros('\\hat{y} \\mathbb{E} \\mathds{1} \\frac{a}{b} \\softmax{z}')).toBe('\\hat{y} \\mathbb{E} \\mathds{1} \\frac{a}{b} \\softmax{z}');
    // An argument of operators only is left bare, so the operators take what follows.
    expect(authorMacros('\\pur{\\sum_{i = 1}^n \\log} (x_i)')).toBe(' \\sum_{i = 1}^n \\log  (x_i)');
    // A macro without an argument stays an opaque symbol; one the formula defines is KaTeX's.
    expect(authorMacros('\\rgi ^ {\\byi}')).toBe('\\rgi ^ {\\byi}');
    expect(authorMacros('\\def\\red#1{#1} \\red{g}')).toBe('\\def\\red#1{#1} \\red{g}');
    expect(isAuthorMacro('blu')).toBe(true);
    expect(isAuthorMacro('mathbf')).toBe(false);
  });

  it('reads the formulas of a page whose colours and shorthands are macros', () => {
    expect(kindOf('-\\Big((\\blu{y}) \\log(\\red{g}) + \\left( 1 - \\blu{y} \\right)\\log\\left( 1-\\red{g} \\right)\\Big)')).toBe('ce_binary');
    expect(kindOf('\\prob{E} = \\overbrace{\\red{g} ^ { \\blu{y} } }^{y=1}\\overbrace{\\left(1-\\red{g} \\right)^ { 1-\\blu{y} }}^{y=0}')).toBe('likelihood_product');
    expect(kindOf('\\overbrace{\\pur{\\sum_{i = 1}^n \\log} \\left( \\rgi ^ {\\byi} \\left( 1-\\rgi \\right) ^ { 1 - \\byi } \\right)}^{sum}')).toBe('log_likelihood');
    // An entropy painted the same way stays an entropy.
    expect(kindOf('-\\sum_x \\red{p(x)} \\log \\red{p(x)}')).not.toMatch(/^ce_/);
  });
});
