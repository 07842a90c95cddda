import { describe, expect, it } from 'vitest';
import { pythonPowers, subscriptedExponents } from './text-powers';
import { plainTextPowers } from './text-spoken-operators';

describe('text rules: powers typed as code and plain text', () => {
  it('python-powers: a ** b is a^{b}, the exponent a bracket, one operand, or the rest of a group the power fills', () => {
    expect(pythonPowers('q**t * (1 - q)**(1 - t)')).toBe('q^{t} * (1 - q)^{1 - t}');
    expect(pythonPowers('h ** y_k + x**-1')).toBe('h^{y_k} + x^{-1}');
    // Each power in its own parentheses, the exponent's brackets left out.
    expect(pythonPowers('(s(x) ** c) * ((1 - s(x)) ** 1 - c)')).toBe('(s(x)^{c}) * ((1 - s(x))^{1 - c})');
    // Other exponents take one operand.
    expect(pythonPowers('(a - b) ** 2 + (u ** 2 - v) + (u ** 1 + v)')).toBe('(a - b)^{2} + (u^{2} - v) + (u^{1} + v)');
    // Exponents with index brackets and scripts, an Iverson bracket, a sized bracket.
    expect(pythonPowers('(y[i]) ** t[i] (y_{k}^{(i)}) ** t_{k}^{(i)} + h ** [c = k]')).toBe('(y[i])^{t[i]} (y_{k}^{(i)})^{t_{k}^{(i)}} + h^{[c = k]}');
    expect(pythonPowers('(1 - p) ** \\left(1 - t\\right)')).toBe('(1 - p)^{1 - t}');
    expect(pythonPowers('(y[i, j]) ** \\mathbb{1}[c[i] = j]')).toBe('(y[i, j])^{\\mathbb{1}[c[i] = j]}');
    // After p ** y, a later q ** 1 - y is the complementary power of the same label.
    expect(pythonPowers('p_i ** t_i q_i ** 1 - t_i, q_i = 1 - p_i')).toBe('p_i^{t_i} q_i^{1 - t_i}, q_i = 1 - p_i');
    expect(pythonPowers('p_i ** y_i(1 - p_i) ** (1 - y_i)')).toBe('p_i^{y_i}(1 - p_i)^{1 - y_i}');
    expect(pythonPowers('h ** I(c = k) + h ** 1\\{c = k\\} + (\\left(1 - h\\right)) ** 1 - c')).toBe('h^{I(c = k)} + h^{1\\{c = k\\}} + (\\left(1 - h\\right))^{1 - c}');
    // θ^{**}, Markdown bold and a lone ** stay.
    expect(pythonPowers('\\theta^{**} + **Loss** = f**')).toBe('\\theta^{**} + **Loss** = f**');
  });

  it('parenthesised-exponents and subscripted-exponents: plain-text powers', () => {
    expect(plainTextPowers('r^(1-c) (1-r)^( c (d) )')).toBe('r^{1-c} (1-r)^{ c (d) }');
    expect(subscriptedExponents('a_n^c_n (1-a_n)^{1-c_n} + b_{j}^t_{j}')).toBe('a_n^{c_n} (1-a_n)^{1-c_n} + b_{j}^{t_{j}}');
    // A power with no subscript before it is TeX as typed.
    expect(subscriptedExponents('x^2_k')).toBe('x^2_k');
  });
});
