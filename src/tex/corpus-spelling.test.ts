// The scorer's rules for which spellings of a role are one symbol, and the look-alikes they must keep apart.
import { describe, expect, it } from 'vitest';
import { roleAgreement, sameRole } from './corpus';
import { indicatorTest, writesNoSubscript } from './corpus-spelling';

const glued = { gluedIndices: true };

describe('spellings of one symbol', () => {
  it('a code name with a trailing underscore is the primed name the recogniser writes, and no other', () => {
    expect(sameRole("y'", 'y_')).toBe(true);
    expect(sameRole("Y'", 'Y_')).toBe(true);
    expect(sameRole('y', 'y_')).toBe(false);
    // A PHP or Perl name's sigil: $probs is probs.
    expect(sameRole('probs', '$probs')).toBe(true);
    expect(sameRole('p', '$probs')).toBe(false);
  });

  it('a bar over one letter, \\bar or \\overline, and an index glued to an accented letter (ŷi), are one symbol', () => {
    expect(sameRole('\\bar{P}_{ij}', '\\overline P_{ij}')).toBe(true);
    expect(sameRole('\\bar{P}_{ij}', 'P_{ij}')).toBe(false);
    expect(sameRole('\\hat{y}_i', 'ŷi', glued)).toBe(true);
  });

  it('a bold letter, \\pmb included, is the letter', () => {
    expect(sameRole('y^n', '\\pmb y^{(n)}')).toBe(true);
    expect(sameRole('\\hat{y}^n', '\\hat{\\pmb y}^{(n)}')).toBe(true);
  });

  it('a sized bracket is the bracket: a call written with \\left( … \\right) is the call', () => {
    expect(sameRole('q', 'q\\left(c=0 \\mid u_j\\right)')).toBe(true);
    expect(sameRole('q', 'r\\left(c=0 \\mid u_j\\right)')).toBe(false);
  });

  it('a symbol in brackets with a component index after them is the symbol: (g(u^{(j)}))_c, (\\vec{s}_j)_c', () => {
    expect(sameRole('g_{\\phi}', '\\left( g_\\phi \\left( u^{(j)} \\right) \\right)_c')).toBe(true);
    expect(sameRole('s_j', '(\\vec{s}_j)_c')).toBe(true);
    expect(sameRole('r', '(g(u))_c')).toBe(false);
  });

  it('a prime before or after the subscript, typed or \\prime, is one mark', () => {
    expect(sameRole("Y'_i", 'Y_{i}^{\\prime}')).toBe(true);
    expect(sameRole("z'", "z^{'}")).toBe(true);
    expect(sameRole("z''", "z^{'}")).toBe(false);
    expect(sameRole("t'_{i}", "t_i'")).toBe(true);
    expect(sameRole("t'_i", 't_i')).toBe(false);
  });

  it('\\hat over the indexed letter or before its index is one symbol', () => {
    expect(sameRole('\\hat{y}_i', '\\hat{y_i}')).toBe(true);
  });

  it('a glued index is the subscript only in a formula that writes no subscript', () => {
    expect(sameRole('y_n', 'yn', glued)).toBe(true);
    expect(sameRole("t'_i", "ti'", glued)).toBe(true);
    expect(sameRole('y_n', 'yn')).toBe(false);
    expect(sameRole('p_n', 'yn', glued)).toBe(false);
    expect(writesNoSubscript('E = -1/N * (yn * log(pn))')).toBe(true);
    expect(writesNoSubscript('-\\sum_i y_i \\log p_i')).toBe(false);
    expect(writesNoSubscript('H(p, q) = ∑ᵢ pᵢ log₂(1/qᵢ)')).toBe(false);
  });

  it('roleAgreement reads the formula to know its indices are glued', () => {
    const roles = { target: 'y_n', prediction: 'p_n', sampleIndex: 'n' };
    expect(roleAgreement(roles, { target: 'yn', pred: 'pn', sample: 'n' }, 'Somme de n = 1 a N de yn * log(pn)').misses).toEqual([]);
    expect(roleAgreement(roles, { target: 'yn', pred: 'pn' }, '\\sum_n y_n \\log p_n').misses).toHaveLength(2);
  });
});

describe('indicator targets', () => {
  it('reads the spellings authors give an indicator', () => {
    for (const text of ['1\\{y=i\\}', '\\mathbb{1}\\{y = i\\}', '\\mathbb 1(y=i)', '\\mathbb{1}[y=i]', 'I(y=i)', '\\mathbb{I}(y=i)', '[y=i]']) {
      expect(indicatorTest(text), text).not.toBeNull();
    }
    // Sized braces and code's == are the same test.
    expect(indicatorTest('1\\left\\{c^{(a)} == k\\right\\}')).toEqual({ left: 'c^{(a)}', right: 'k' });
    expect(indicatorTest('(y=i)')).toBeNull();
    expect(indicatorTest('y_i')).toBeNull();
    expect(indicatorTest('p(y = +1 \\mid x)')).toBeNull();
  });

  it('the indicator named without its test is the indicator', () => {
    expect(sameRole('\\mathbb{1}', '1\\{y=i\\}')).toBe(true);
    expect(sameRole('\\mathbb{1}', 'I(Y=k)')).toBe(true);
    expect(sameRole('\\mathbb{1}', '[y=k]')).toBe(true);
  });

  it('the label the test compares with the class index is the target it encodes', () => {
    expect(sameRole('y', '\\mathbb 1(k=y)', undefined, 'k')).toBe(true);
    expect(sameRole('y_i', '1\\{ y_i = k \\}', undefined, 'k')).toBe(true);
    expect(sameRole('y^i', '1\\{y^{(i)} = j\\}', undefined, 'j')).toBe(true);
    expect(sameRole('y_i', '[y_i = 1]')).toBe(true);
  });

  it('the class index, or another symbol, is not the indicator', () => {
    expect(sameRole('k', '\\mathbb 1(k=y)', undefined, 'k')).toBe(false);
    expect(sameRole('t', '[y=k]', undefined, 'k')).toBe(false);
    // Without a class index, a test of two letters names no one label.
    expect(sameRole('y', '[y=k]')).toBe(false);
  });
});

describe('glued indices without the index', () => {
  it('a glued yi is y with index i, so y without its index names it', () => {
    expect(sameRole('y', 'yi', glued)).toBe(true);
    expect(sameRole('z', 'yi', glued)).toBe(false);
    // Two letters in a formula that writes subscripts are a name of their own.
    expect(sameRole('y', 'yi')).toBe(false);
  });
});

describe('the logistic function by name', () => {
  it('sigmoid(x) in any type is σ(x); another function is not', () => {
    expect(sameRole('\\sigma(x)', '\\mathrm{sigmoid}(x)')).toBe(true);
    expect(sameRole('\\sigma(z_i)', 'sigmoid(z_i)')).toBe(true);
    expect(sameRole('\\sigma(x)', '\\operatorname{sigmoid}(x)')).toBe(true);
    expect(sameRole('\\sigma(x)', '\\tanh(x)')).toBe(false);
    expect(sameRole('\\sigma(x)', 'hardsigmoid(x)')).toBe(false);
  });
});

describe('a name in text type', () => {
  it('\\text{logits} is the name logits; another name is not', () => {
    expect(sameRole('logits', '\\text{logits}')).toBe(true);
    expect(sameRole('scores', '\\operatorname{scores}')).toBe(true);
    expect(sameRole('logits', '\\text{scores}')).toBe(false);
  });
});
