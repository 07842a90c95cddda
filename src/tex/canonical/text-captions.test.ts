import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { captionBullets, leadingCaptions, leadingConnectives, parenthesisedConditions, romanConnectingWords, trailingCjkCaptions, trailingLegends, trailingQuantifiers, trailingReasons, typedEquationNumbers } from './text-captions';

describe('text rules: a caption before the formula', () => {
  it('leading-captions: words ending in a colon inside or after a text command are dropped', () => {
    expect(leadingCaptions('\\text{Loss: } -\\sum_k t_k \\log y_k')).toBe('-\\sum_k t_k \\log y_k');
    expect(leadingCaptions('\\textbf{Cross-entropy}:\\; L = -\\log p')).toBe('L = -\\log p');
    expect(leadingCaptions('\\text{交叉熵：} -\\log p')).toBe('-\\log p');
    // A definition with :=, a name without a colon, or a single letter stay as written.
    expect(leadingCaptions('\\mathrm{CE} := -\\log p')).toBe('\\mathrm{CE} := -\\log p');
    expect(leadingCaptions('\\text{Loss} = -\\log p')).toBe('\\text{Loss} = -\\log p');
    expect(leadingCaptions('\\mathrm{d}: x')).toBe('\\mathrm{d}: x');
  });

  it('leading-connectives: ∴, ∵ and ⇒ opening the formula are dropped', () => {
    expect(leadingConnectives('\\therefore \\; -\\log p')).toBe('-\\log p');
    expect(leadingConnectives('∵ L = -\\log p')).toBe('L = -\\log p');
    expect(leadingConnectives('\\implies x')).toBe('x');
    // Between two sides it stays a relation.
    expect(leadingConnectives('a \\Rightarrow b')).toBe('a \\Rightarrow b');
    expect(recogniseFormula('\\therefore \\; -\\sum_k s_k \\log a_k')?.kind).toBe('ce_multiclass');
  });

  it.each([
    ['a caption inside the braces', '\\text{Loss: } -\\sum_k s_k \\log a_k', 'ce_multiclass'],
    ['a bold caption and a binary loss', '\\textbf{Binary cross-entropy:}\\quad -[s \\ln q + (1-s)\\ln(1-q)]', 'ce_binary'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves a caption before an entropy unbadged', () => {
    expect(recogniseFormula('\\text{Entropy: } -\\sum_k q_k \\log q_k')?.kind).not.toMatch(/^ce_/);
  });

  it('trailing-cjk-captions: a bracketed caption in Chinese, Japanese or Korean words after the formula is no factor', () => {
    expect(trailingCjkCaptions('J = -[u·log(v) + (1-u)·log(1-v)]　（二値交差エントロピー）')).toBe('J = -[u·log(v) + (1-u)·log(1-v)]');
    expect(recogniseFormula('J = -[u·log(v) + (1-u)·log(1-v)] (교차 엔트로피)')?.roles.weight).toBeUndefined();
    // A bracket with a letter of math in it (K はクラス数) is left to the rules for legends.
    expect(trailingCjkCaptions('J = -\\sum_k u_k \\log v_k (K はクラス数)')).toBe('J = -\\sum_k u_k \\log v_k (K はクラス数)');
  });
});

describe('text rules: prose typed after the formula', () => {
  it('roman-connecting-words: a connecting word in a roman font is prose, a name in a script is not', () => {
    expect(romanConnectingWords('p^k (1-p)^{1-k} \\quad \\mathrm{for}\\ k \\in \\{0, 1\\}')).toBe('p^k (1-p)^{1-k} \\quad \\text{for }\\ k \\in \\{0, 1\\}');
    expect(romanConnectingWords('a, \\mathit{wobei} b')).toBe('a, \\text{wobei } b');
    expect(romanConnectingWords('y_{\\mathrm{for}} + y_\\mathrm{and} + \\mathrm{CE}')).toBe('y_{\\mathrm{for}} + y_\\mathrm{and} + \\mathrm{CE}');
    expect(recogniseFormula('\\mathrm{Ber}(k; p) = p^k (1-p)^{(1-k)} \\quad \\mathrm{for}\\ k \\in \\{0, 1\\}')?.kind).toBe('likelihood_product');
  });

  it('parenthesised-conditions: (y_c = 1) after \\quad at the end is a stated condition, not a factor', () => {
    expect(parenthesisedConditions('-\\log \\hat y_c \\quad (y_c = 1)\\,.')).toBe('-\\log \\hat y_c \\quad \\text{where } y_c = 1\\,.');
    // The label's values stated the same way, (y \\in \\{0, 1\\}).
    expect(parenthesisedConditions('\\log(1 + e^{z}) - y z \\quad (y\\in\\{0,1\\})')).toBe('\\log(1 + e^{z}) - y z \\quad \\text{where } y\\in\\{0,1\\}');
    expect(recogniseFormula('L = \\log(1 + e^{z}) - y z \\quad (y\\in\\{0,1\\})')?.kind).toBe('ce_from_logits');
    // Not at the end, or no relation inside: as written.
    expect(parenthesisedConditions('\\quad (a + b) c')).toBe('\\quad (a + b) c');
    expect(parenthesisedConditions('x \\quad (1 - p)')).toBe('x \\quad (1 - p)');
    // A remark in brackets that opens with prose, at the end: the prose (any language).
    expect(parenthesisedConditions('-\\log v_k\\ (\\text{ただし } u_k = 1)')).toBe('-\\log v_k\\  \\text{ただし } u_k = 1');
    expect(parenthesisedConditions('(\\text{a}) + b')).toBe('(\\text{a}) + b');
    expect(parenthesisedConditions('\\hat{q}(\\text{dog})')).toBe('\\hat{q}(\\text{dog})');
    expect(recogniseFormula('E = -\\log v_{k}\\ (\\text{where } u_k = 1)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('L = -\\log \\hat y_k \\quad (y_k = 1)')?.kind).toBe('ce_multiclass');
  });

  it('trailing-reasons: a reason in parentheses closing a step is prose, not a factor', () => {
    expect(trailingReasons('Sum_j c_j * ln(g_j) (since ln(a**m) = m ln(a))')).toBe('Sum_j c_j * ln(g_j)');
    expect(trailingReasons('a + b log(c) (weil log ab = log a + log b).')).toBe('a + b log(c)');
    // A bracket of math, or one the formula goes on after: as written.
    expect(trailingReasons('u \\log v + (1 - u) (1 - w)')).toBe('u \\log v + (1 - u) (1 - w)');
    expect(trailingReasons('(since x) + y')).toBe('(since x) + y');
    expect(recogniseFormula('Somme de j = 1 a M de cj * log(gj) + 1 - cj * log(1 - gj) (puisque log(a*b) = log(a) + log(b))')?.kind).toBe('log_likelihood');
  });

  it('trailing-quantifiers: a range in plain words after a typed formula is prose', () => {
    expect(trailingQuantifiers('H(P) = -sum( p(x) * log(p(x)) ) for all x')).toBe('H(P) = -sum( p(x) * log(p(x)) )');
    expect(trailingQuantifiers('H(X,Y) = -sum sum p(x,y) * log(p(x,y)) für alle x, y')).toBe('H(X,Y) = -sum sum p(x,y) * log(p(x,y))');
    expect(trailingQuantifiers('L = -sum(t * log(y)) pour tout exemple')).toBe('L = -sum(t * log(y))');
    // A word that only begins like one, or a tail that goes on with a relation: as written.
    expect(trailingQuantifiers('a + formal x')).toBe('a + formal x');
    expect(trailingQuantifiers('a for all x = b')).toBe('a for all x = b');
    // A row break after the words goes with them; TeX's own \text{ for all } is left to the chains.
    expect(trailingQuantifiers('H(P) = -sum( p(x) * log(p(x)) ) for all x \\\\')).toBe('H(P) = -sum( p(x) * log(p(x)) )');
    expect(trailingQuantifiers('H = -\\sum_x p(x) \\log p(x) \\text{ for all } x')).toBe('H = -\\sum_x p(x) \\log p(x) \\text{ for all } x');
    expect(recogniseFormula('H(P) = -\\sum_x p(x) \\log p(x) \\text{ for all } x')?.kind).toBe('entropy');
    expect(recogniseFormula('H(P) = -sum( p(x) * log(p(x)) ) for all x')?.kind).toBe('entropy');
    expect(recogniseFormula('H(P, Q) = -sum( p(x) * log(q(x)) ) for all x')?.roles.target).toBe('p');
  });

  it('typed-equation-numbers: \\qquad (2) at the end of a formula or a row is a number, not a factor', () => {
    // A chapter-and-number after a space, before an equals sign or at the end; a number after a number stays a factor.
    expect(typedEquationNumbers('L = \\prod P(y_i | x_i) (2.27) = b (2.28)')).toBe('L = \\prod P(y_i | x_i) = b ');
    expect(typedEquationNumbers('y = 2 (1.5)')).toBe('y = 2 (1.5)');
    expect(typedEquationNumbers('L = -\\sum_k t_k \\log y_k \\qquad (2)')).toBe('L = -\\sum_k t_k \\log y_k ');
    expect(typedEquationNumbers('a &= b \\quad (3.1) \\\\ c &= d')).toBe('a &= b \\\\ c &= d');
    // A name in words, typed the same way.
    expect(typedEquationNumbers('L = -\\sum_k t_k \\log y_k \\quad \\text{(CE)}')).toBe('L = -\\sum_k t_k \\log y_k ');
    expect(typedEquationNumbers('{\\displaystyle L = x \\qquad (2)}')).toBe('{\\displaystyle L = x }');
    // A bracket that goes on is part of the formula.
    expect(typedEquationNumbers('\\quad (2) x')).toBe('\\quad (2) x');
    // A run of small spaces does what one \\quad does; one small space before a factor does not.
    expect(typedEquationNumbers('\\prod_i p_i^{y_i} (1-p_i)^{1-y_i} \\ \\ \\ (4)')).toBe('\\prod_i p_i^{y_i} (1-p_i)^{1-y_i} ');
    expect(typedEquationNumbers('a~~(7)')).toBe('a');
    expect(typedEquationNumbers('2 \\, (3)')).toBe('2 \\, (3)');
    expect(recogniseFormula('L = -\\sum_k t_k \\log y_k \\qquad (2)')?.kind).toBe('ce_multiclass');
    // Led by dots, as Japanese textbooks number them.
    expect(typedEquationNumbers('E=-\\sum_{k}{t_{k}\\log{y_{k}}}\\qquad\\cdots(1)')).toBe('E=-\\sum_{k}{t_{k}\\log{y_{k}}}');
    expect(typedEquationNumbers('E = x \\cdots\\cdots(2)')).toBe('E = x ');
    expect(typedEquationNumbers('a_1 + \\cdots + a_n')).toBe('a_1 + \\cdots + a_n');
  });

  it('trailing-legends: what each symbol is, after a colon in a closing parenthesis, is prose', () => {
    expect(trailingLegends('E = -\\sum_{k}t_k \\log y_k \\quad (t_k: \\text{正解ラベル}, y_k: \\text{出力})')).toBe('E = -\\sum_{k}t_k \\log y_k');
    expect(trailingLegends('E = x \\qquad （t：正解）')).toBe('E = x');
    // No colon, or a bracket that goes on: part of the formula.
    expect(trailingLegends('L = a \\quad (y_i = 1)')).toBe('L = a \\quad (y_i = 1)');
    expect(trailingLegends('L = a \\quad (t: b) + c')).toBe('L = a \\quad (t: b) + c');
    expect(recogniseFormula('E = -\\sum_{k}t_k \\log y_k \\quad (t_k: \\text{正解ラベル}, y_k: \\text{出力})')?.kind).toBe('ce_multiclass');
  });

  it('caption-bullets: a list bullet before a caption is no minus', () => {
    expect(captionBullets('- Classic version: log Σ_i exp(x_i)')).toBe('Classic version: log Σ_i exp(x_i)');
    expect(captionBullets('- y log p')).toBe('- y log p');
    expect(recogniseFormula('# - Classic version: log ∑i exp(xi) = α + log ∑i exp(xi−α)')).toBeNull();
  });
});
