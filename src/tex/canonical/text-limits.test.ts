import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { lossNameOf } from '../loss-name';
import { subscriptedExponents } from './text-powers';
import { doubleInequalityRange, fieldTestLimits, flattenedLimits, stackedPlainFractions, stackedPlainLimits, twoDotRange } from './text-limits';
import { colourSwitches } from './text-markup';

describe('text rules: colour markup and typed ranges', () => {
  it('colour-switches: switches and coloured groups leave their math', () => {
    expect(colourSwitches('{\\color{red}\\log} q')).toBe(' \\log  q');
    expect(colourSwitches('\\textcolor{blue}{t_k}')).toBe('{t_k}');
    expect(colourSwitches('\\colorbox{yellow}{y}')).toBe('{y}');
    // A coloured group with a script after it keeps its braces: the script is on the whole group.
    expect(colourSwitches('{\\color{Dandelion}y}_{i}')).toBe('{y}_{i}');
    expect(colourSwitches('a \\color{#ff0000} b')).toBe('a b');
  });

  it('double-inequality-range: 1 ≤ i ≤ N and 0 ≤ k < K are limits', () => {
    expect(doubleInequalityRange('\\sum_{1\\le i\\le N} x_i')).toBe('\\sum_{i=1}^{N} x_i');
    expect(doubleInequalityRange('\\sum_{1 \\leq n \\leq |B|} x_n')).toBe('\\sum_{n=1}^{|B|} x_n');
    expect(doubleInequalityRange('\\prod\\limits_{0\\leq k < K} x_k')).toBe('\\prod\\limits_{k=0}^{K-1} x_k');
    expect(doubleInequalityRange('\\mathop{\\sum}\\nolimits_{1 \\leq b \\leq |\\mathcal{B}|} x_b')).toBe('\\mathop{\\sum}\\nolimits_{b=1}^{|\\mathcal{B}|} x_b');
    expect(doubleInequalityRange('\\sum \\nolimits_{1 \\leq k \\leq C} x_k')).toBe('\\sum \\nolimits_{k=1}^{C} x_k');
    // An upper limit already written, or a condition that is no range, stays.
    expect(doubleInequalityRange('\\sum_{1\\le i\\le N}^{M} x_i')).toBe('\\sum_{1\\le i\\le N}^{M} x_i');
    expect(doubleInequalityRange('\\sum_{i \\le j} x_{ij}')).toBe('\\sum_{i \\le j} x_{ij}');
  });

  it('two-dot-range: i=1..N is i from 1 to N', () => {
    expect(twoDotRange('\\sum_{i=1..N} x_i')).toBe('\\sum_{i=1}^{N} x_i');
    expect(twoDotRange('\\prod_{k = 0...K} x_k')).toBe('\\prod_{k=0}^{K} x_k');
    expect(twoDotRange('\\sum_{i=1}^{N} x_i')).toBe('\\sum_{i=1}^{N} x_i');
    expect(twoDotRange('\\mathop{\\sum}_{n=1..|D|} x_n')).toBe('\\mathop{\\sum}_{n=1}^{|D|} x_n');
  });

  it('subscripted-exponents: e^s_k is e^{s_k}; other bases and braced exponents stay', () => {
    expect(subscriptedExponents('\\sum_k e^s_k')).toBe('\\sum_k e^{s_k}');
    expect(subscriptedExponents('e^{a}_j + e^z_{ij}')).toBe('e^{a}_j + e^{z_{ij}}');
    expect(subscriptedExponents('x^s_k + \\theta^T_k')).toBe('x^s_k + \\theta^T_k');
  });

  it.each([
    ['coloured symbols', '-{\\color{red}\\sum_k} {\\color{blue}t_k} \\log \\textcolor{green}{y_k}', 'ce_multiclass'],
    ['a range 1 ≤ i ≤ N under a batch mean', '-\\frac{1}{N}\\sum_{1\\le i\\le N} \\sum_{k} t_{ik} \\log y_{ik}', 'ce_multiclass_batch'],
    ['a range i=1..N under a binary batch', '-\\frac{1}{N}\\sum_{i=1..N} [y_i \\log p_i + (1-y_i)\\log(1-p_i)]', 'ce_binary_batch'],
    ['a softmax denominator typed e^a_j', '-\\log \\frac{e^{a_c}}{\\sum_{j=1}^{C} e^a_j}', 'ce_from_logits'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('keeps a coloured entropy unbadged', () => {
    expect(recogniseFormula('-\\sum_x {\\color{red}p(x)} \\log {\\color{red}p(x)}')?.kind ?? null).not.toMatch(/^ce_/);
  });

  it("field-test-limits: a sample's field tested under Σ or Π is the test on that sample", () => {
    expect(fieldTestLimits('\\sum_{n.target=0} a_n')).toBe('\\sum_{n: \\text{target}_{n}=0} a_n');
    expect(fieldTestLimits("\\prod\\limits_{j'.c = 1} q_{j'}")).toBe("\\prod\\limits_{j': c_{j'}=1} q_{j'}");
    // A decimal or a dotted name elsewhere is no field test.
    expect(fieldTestLimits('\\sum_{i=1}^{N} 0.5 x_i + np.log(q)')).toBe('\\sum_{i=1}^{N} 0.5 x_i + np.log(q)');
    expect(recogniseFormula('E = \\sum_{n.cls=1} -\\ln(s_n) + \\sum_{n.cls=0} -\\ln(1-s_n)')?.kind).toBe('ce_binary_batch');
  });

  it('stacked-plain-limits: limits drawn on the lines above and below a plain-text ∑ or ∏ are its limits', () => {
    expect(stackedPlainLimits('         M\nlog(P) = ∑(tj*log(q))\n        j=1')).toBe('log(P) = ∑_{j=1}^{M}(tj*log(q))');
    expect(stackedPlainLimits('P = ∏(q^tj)\n   j=1')).toBe('P = ∏_{j=1}(q^tj)');
    // Limits typed already, or a line under the formula that is no limit, stay.
    expect(stackedPlainLimits('a = ∑_j b\nj=1')).toBe('a = ∑_j b\nj=1');
    expect(stackedPlainLimits('a = ∑ b\nc + d')).toBe('a = ∑ b\nc + d');
    expect(recogniseFormula('           M\n-log(P) = -∑(tj*log(q) + (1-tj)*log(1-q))\n          j=1')).toMatchObject({ kind: 'ce_binary_batch', roles: { sampleIndex: 'j', sampleBound: 'M' } });
    expect(recogniseFormula('    M\nP = ∏(q^tj * (1-q)^(1-tj))\n   j=1')).toMatchObject({ kind: 'likelihood_product', roles: { sampleIndex: 'j' } });
    // The bound over the ∏ is no part of the loss's name.
    expect(lossNameOf('    M\nP = ∏(q^tj * (1-q)^(1-tj))\n   j=1')).toBe('P');
  });

  it('stacked-plain-fractions: a bar of dashes between a line above and a line below is a fraction', () => {
    const drawn = ['          1', 'cost = - ---  x  sum [u_i ln(v_i) + (1 - u_i) ln(1 - v_i)]', '          m'].join('\n');
    expect(stackedPlainFractions(drawn)).toBe('cost = - \\frac{1}{m}  x  sum [u_i ln(v_i) + (1 - u_i) ln(1 - v_i)]');
    expect(recogniseFormula(drawn)?.kind).toBe('ce_binary_batch');
    // An arrow, or lines that reach beyond the bar, are no fraction.
    expect(stackedPlainFractions('a\nb --> c\nd')).toBe('a\nb --> c\nd');
    expect(stackedPlainFractions('long line above\nx -- y\nlong line below')).toBe('long line above\nx -- y\nlong line below');
  });

  it('flattened-limits: limits and a mean copied from a rendered page as text', () => {
    expect(flattenedLimits('-\\sum up(u)\\log v(u)')).toBe('-\\sum_{u} p(u)\\log v(u)');
    expect(recogniseFormula('H(r,s)=−∑ur(u)logs(u)')?.roles).toMatchObject({ target: 'r', prediction: 's', classIndex: 'u' });
    expect(recogniseFormula('H(r,s)=−∑u∈Ur(u)log⁡s(u)')?.roles).toMatchObject({ target: 'r', prediction: 's', classIndex: 'u' });
    expect(recogniseFormula('J=−1M∑n=1M[unlog(vn)+(1−un)log(1−vn)]')?.roles).toMatchObject({ reduction: 'mean', sampleIndex: 'n' });
    expect(recogniseFormula('J(θ)=−1m∑i=1m[u(i)log⁡(g(x(i)))+(1−u(i))log⁡(1−g(x(i)))]')?.roles.reduction).toBe('mean');
    // A sum with its own limits, and a one that is a number's digit, stay.
    expect(flattenedLimits('\\sum_k up(k)')).toBe('\\sum_k up(k)');
    expect(flattenedLimits('21N\\sum_k a')).toBe('21N\\sum_k a');
    expect(flattenedLimits('-\\frac 1n\\sum_k a')).toBe('-\\frac 1n\\sum_k a');
  });

  it('flattened-limits: a display limit copied before its sign (x∈X∑) is the sign’s index', () => {
    expect(flattenedLimits('H(P)=-x\\in X\\sum P(x)\\log P(x)')).toBe('H(P)=-\\sum_{x \\in X}  P(x)\\log P(x)');
    expect(recogniseFormula('H(P,Q)=−x∈RX∑P(x)logQ(x)=H(P)+DKL(P∥Q)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H(P)=−x∈X∑P(x)logP(x)')?.kind).toBe('entropy');
  });

  it("flattened-limits: after the mean's 1n, a sum's range copied flat (∑i=1n) runs to the same n", () => {
    expect(flattenedLimits('-1n\\sum i=1nyi \\log(p)')).toBe('-\\frac{1}{n}\\sum_{i=1}^{n} yi \\log(p)');
    expect(recogniseFormula('L(X,Y)=−1n∑i=1ny(i)lna(x(i))+(1−y(i))ln(1−a(x(i)))')?.kind).toBe('ce_binary_batch');
  });

  it('flattened-limits: a lower limit copied before its sign and a one-letter upper after it (i=1∑cyi…)', () => {
    expect(flattenedLimits('L=-i=1\\sum cyi \\log(p)')).toBe('L=-\\sum_{i=1}^{c} yi \\log(p)');
    expect(flattenedLimits('\\sum_{i=1}^{N} y_i')).toBe('\\sum_{i=1}^{N} y_i');
  });
});
