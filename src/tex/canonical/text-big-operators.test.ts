import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracedLowerLimit, limitsTaken, gluedSumIndex, leanBigOperators, bracedOperators, capitalOperators, inlineIndexSets, slashOverBars, stackedOperatorLimits, stackedStarts, smashedOperators } from './text-big-operators';

describe('text rules: big-operator dressing', () => {
  it('stacked-operator-limits: limits stacked on the sign with \\underset and \\overset are its limits', () => {
    expect(stackedOperatorLimits('\\overset{N}{\\underset{n=1}{\\sum}} a_n')).toBe('\\sum_{n=1}^{N} a_n');
    expect(stackedOperatorLimits('\\underset{i}{\\overset{M}{\\prod}} a_i')).toBe('\\prod^{M}_{i} a_i');
    expect(stackedOperatorLimits('\\underset{k \\in \\{1,2\\}}{\\sum} b_k')).toBe('\\sum_{k \\in \\{1,2\\}} b_k');
    // With \\nolimits, a Unicode sign, or the limit and sign unbraced.
    expect(stackedOperatorLimits('\\overset{N}{\\underset{n=1}{\\sum\\nolimits}} a_n')).toBe('\\sum\\nolimits_{n=1}^{N} a_n');
    expect(stackedOperatorLimits('\\overset{N}{\\underset{n=1}{∑}} a_n')).toBe('∑_{n=1}^{N} a_n');
    expect(stackedOperatorLimits('\\underset i \\sum\\nolimits e^{a_i}')).toBe('\\sum\\nolimits_{i} e^{a_i}');
    // Over anything but a sign they stay (the optimiser's limit, a note): other rules read those.
    expect(stackedOperatorLimits('\\underset{\\theta}{\\arg\\max} L')).toBe('\\underset{\\theta}{\\arg\\max} L');
    expect(stackedOperatorLimits('\\overset{\\text{def}}{=}')).toBe('\\overset{\\text{def}}{=}');
    expect(recogniseFormula('E(w)=-\\overset{N}{\\underset{n=1}{\\sum}}\\{t_n \\ln y_n + (1-t_n)\\ln(1-y_n)\\}')?.kind).toBe('ce_binary_batch');
  });


  it('stacked-starts: two indices stacked under one sign are two sums; a condition on one index is a comma list', () => {
    expect(stackedStarts('\\sum_{\\substack{i=1\\\\ k=1}}^{N,K} y_{ik}')).toBe('\\sum_{i=1}^{N}\\sum_{k=1}^{K} y_{ik}');
    expect(stackedStarts('\\sum_{\\substack{j=1\\\\ j\\neq y}}^{n} e^{s_j}')).toBe('\\sum_{j=1,  j\\neq y}^{n} e^{s_j}');
    expect(recogniseFormula('L=-\\sum_{\\substack{i=1\\\\ k=1}}^{N,K} y_{ik}\\log p_{ik}')?.kind).toBe('ce_multiclass_batch');
  });

  it('braced-lower-limit: \\sum{i=1}^{n} is \\sum_{i=1}^{n}; a braced body stays', () => {
    expect(bracedLowerLimit('\\sum{i=1}^{n} p_i')).toBe('\\sum_{i=1}^{n} p_i');
    expect(bracedLowerLimit('\\sum{p_i \\log q_i}')).toBe('\\sum{p_i \\log q_i}');
  });

  it.each([
    ['\\limits and \\displaystyle', '\\displaystyle L = -\\frac{1}{N}\\sum\\limits_{i=1}^{N}\\sum\\limits_{c=1}^{C} y_{ic}\\log p_{ic}', 'ce_multiclass_batch'],
    ['\\nolimits', 'L = -\\sum\\nolimits_k t_k \\log y_k', 'ce_multiclass'],
    ['a lower index only', 'L = -\\sum_k t_k \\log y_k', 'ce_multiclass'],
    ['an index set written i, j', 'L = -\\sum_{i, j} y_{ij} \\log p_{ij}', 'ce_multiclass_batch'],
    ['a start and a bare bound', 'H(P, Q) = -\\sum_{i=1, k} P(e_i) \\log Q(e_i)', 'ce_multiclass'],
    ['the underscore left out', 'H(p, q) = -\\sum{i=1}^{n} p_i \\log(q_i)', 'ce_multiclass'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('capital-operators: \\Sigma and \\Pi under a lower limit are \\sum and \\prod; alone or with a power only they stay letters', () => {
    expect(capitalOperators('-\\Sigma_{i=1}^{N} y_i \\log p_i')).toBe('-\\sum_{i=1}^{N} y_i \\log p_i');
    expect(capitalOperators('\\Sigma\\limits_i')).toBe('\\sum\\limits_i');
    expect(capitalOperators('\\Pi^{N}_{n=1} p_n')).toBe('\\prod^{N}_{n=1} p_n');
    expect(capitalOperators('\\Sigma^{-1} \\mu')).toBe('\\Sigma^{-1} \\mu');
    expect(capitalOperators('\\Sigma x')).toBe('\\Sigma x');
    // Straight before an exponential, with no limits, it is the sum of the exponentials.
    expect(capitalOperators('\\log(\\Sigma \\exp(x_j))')).toBe('\\log(\\sum \\exp(x_j))');
    expect(capitalOperators('\\log \\Sigma e^{z_k}')).toBe('\\log \\sum e^{z_k}');
    expect(capitalOperators('\\Sigma exp(a)')).toBe('\\sum exp(a)');
    expect(capitalOperators('\\Sigma \\epsilon')).toBe('\\Sigma \\epsilon');
    expect(recogniseFormula('L = - \\Sigma_{c=1}^C t_c(s_c - log(\\Sigma exp(s_k)))')?.kind).toBe('ce_from_logits');
    // An inverse or a transpose above a labelled sigma makes it a covariance; a start under it makes it the sum.
    expect(capitalOperators('\\Sigma_0^{-1}(w-m_0)')).toBe('\\Sigma_0^{-1}(w-m_0)');
    expect(capitalOperators('\\Sigma_0^{−1}(w-m_0)')).toBe('\\Sigma_0^{−1}(w-m_0)');
    expect(capitalOperators('\\Sigma^{-1/2}_k x')).toBe('\\Sigma^{-1/2}_k x');
    expect(capitalOperators('\\Sigma_k^{\\top} x')).toBe('\\Sigma_k^{\\top} x');
    expect(capitalOperators('\\Sigma_{t=1}^{T} x_t')).toBe('\\sum_{t=1}^{T} x_t');
    expect(recogniseFormula('-\\Sigma_{t=1}^{T} s_t \\log q_t')?.kind).toBe('ce_multiclass');
    // The log's argument runs on through the sum: the log of a mean of exponentials, no cross-entropy.
    expect(recogniseFormula('\\log \\frac{1}{n} \\Sigma_{i=1}^n \\exp x_i')).toBeNull();
    // A condition said after the sum is the sum's.
    expect(recogniseFormula('L = - \\Sigma_i \\log p_i \\text{ where } y_i = 1')?.kind).toBe('ce_multiclass');
  });

  it('slash-over-bars: 1/|B| divides by the whole size', () => {
    expect(slashOverBars('1/|\\mathcal{B}| \\sum_i a_i')).toBe('1/\\lvert \\mathcal{B}\\rvert  \\sum_i a_i');
    // Bars without a slash (|y − ŷ|, p(y|x)) stay.
    expect(slashOverBars('|y - x| + p(y|x)')).toBe('|y - x| + p(y|x)');
    expect(recogniseFormula('L = -1/|\\mathcal{B}| \\sum_{i\\in\\mathcal{B}} [y_i \\log p_i + (1-y_i)\\log(1-p_i)]')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('L = 1/|B| \\sum_{i} (-z_{i,y_i} + \\log\\sum_j e^{z_{ij}})')?.kind).toBe('ce_from_logits');
  });

  it('braced-lower-limit leaves a braced summand holding an = alone', () => {
    expect(bracedLowerLimit('\\sum{i=1}^{n} x_i')).toBe('\\sum_{i=1}^{n} x_i');
    expect(bracedLowerLimit('\\sum {\\log(P(y = k \\mid x)) t_k}')).toBe('\\sum {\\log(P(y = k \\mid x)) t_k}');
    expect(recogniseFormula('\\ell = -\\sum {\\log(P(y = k \\mid x)) t_k}')?.kind).toBe('ce_multiclass');
  });
  it('smashed-operators: \\smashoperator round a sign is the sign with its limits', () => {
    expect(smashedOperators('-\\smashoperator[lr]{\\sum_{k=1}^{K}} u_k')).toBe('-\\sum_{k=1}^{K} u_k');
    expect(smashedOperators('\\smashoperator{\\prod_{i \\in \\{1, 2\\}}} q_i')).toBe('\\prod_{i \\in \\{1, 2\\}} q_i');
    expect(recogniseFormula('L = -\\smashoperator{\\sum_{k}} u_k \\log v_k')?.kind).toBe('ce_multiclass');
  });
  it('braced-operators: braces round a sign with its limits only scope its style', () => {
    expect(bracedOperators('-{\\textstyle \\sum_{k}} t_k')).toBe('-\\sum_{k} t_k');
    expect(bracedOperators('{\\displaystyle\\prod\\limits_{i=1}^{N}} q_i')).toBe('\\prod\\limits_{i=1}^{N} q_i');
    // A braced summand is the sum's body, not a scope: it stays.
    expect(bracedOperators('\\sum_k {t_k \\log y_k}')).toBe('\\sum_k {t_k \\log y_k}');
    expect(bracedOperators('{\\sum_k t_k \\log y_k}')).toBe('{\\sum_k t_k \\log y_k}');
    expect(recogniseFormula('L = -{\\textstyle \\sum_{k}} u_k \\log v_k')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H = -{\\textstyle\\sum_{x}} p(x) \\log p(x)')?.kind).toBe('entropy');
  });

  it('capital-operators: a capital pi one is taken from (1 − Π_i) is a probability named Π_i, not the product', () => {
    expect(capitalOperators('\\prod_i \\Pi_i^{s_i} (1-\\Pi_i)^{1-s_i}')).toBe('\\prod_i {\\Pi}_i^{s_i} (1-{\\Pi}_i)^{1-s_i}');
    expect(recogniseFormula('\\mathcal{L} = \\prod_{i=1}^{n} \\Pi_i^{s_i} (1-\\Pi_i)^{1-s_i}')?.kind).toBe('likelihood_product');
    expect(capitalOperators('\\Pi_{i=1}^n q_i')).toBe('\\prod_{i=1}^n q_i');
  });
  it('inline-index-sets: ∑(x,y)∈D with no underscore takes the set as its subscript', () => {
    expect(inlineIndexSets('\\sum (x,y)\\in D -s \\log q')).toBe('\\sum_{(x,y) \\in D} -s \\log q');
    expect(recogniseFormula('LogLoss=∑(x,s)∈D−s⋅log(qpred)−(1−s)⋅log(1−qpred)')?.kind).toBe('ce_binary_batch');
    expect(inlineIndexSets('\\sum (a + b)')).toBe('\\sum (a + b)');
  });
  it('braced-lower-limit: where Markdown ate the sign\'s underscore, y{i1} lost its own too', () => {
    expect(bracedLowerLimit('\\sum{i=1}^m (s{i1} \\ln q{i1})')).toBe('\\sum_{i=1}^m (s_{i1} \\ln q_{i1})');
    // Without that sign of it, braces after a letter stay.
    expect(bracedLowerLimit('x{ab} + \\sum_{i=1} q{i}')).toBe('x{ab} + \\sum_{i=1} q{i}');
  });

  it("lean-big-operators: Lean's ∑ i, body (∑ i in s, …) binds i, and `u i` is u's entry i", () => {
    expect(leanBigOperators('-(\\sum  i, u i * log (v i))')).toBe('-(\\sum_{i} u_{i} * log (v_{i}))');
    expect(leanBigOperators('\\sum k in s, u k')).toBe('\\sum_{k \\in s} u_{k}');
    expect(recogniseFormula('-(∑ i, y i * Real.log (p i))')?.kind).toBe('ce_multiclass');
    // TeX's sum with its limits, and a list after a sum, stay.
    expect(leanBigOperators('\\sum_i u_i, v')).toBe('\\sum_i u_i, v');
  });

  it('glued-sum-index: a letter typed straight after Σ is its index when the terms take it', () => {
    expect(gluedSumIndex('-Σx u(x) log v(x)')).toBe('-Σ_{x} u(x) log v(x)');
    expect(recogniseFormula('H(p,q) = -Σx p(x) log q(x)')?.roles.target).toBe('p');
    // Σx_i (a sum of x_i), and a letter the terms do not take, stay.
    expect(gluedSumIndex('Σx_i + Σk u')).toBe('Σx_i + Σk u');
  });

  it('capital-operators: a capital sigma with nothing after its scripts to sum is a matrix’s letter', () => {
    expect(capitalOperators('p(x_t; \\mu_{t}, \\Sigma_{t})')).toBe('p(x_t; \\mu_{t}, \\Sigma_{t})');
    expect(capitalOperators('\\Sigma_{i} y_i \\log p_i')).toBe('\\sum_{i} y_i \\log p_i');
    expect(recogniseFormula('f = -\\log p(x_t; \\mu_{x_t}, \\Sigma_{x_t})')).toBeNull();
  });

  it('limits-taken: a limit taken of a formula (a cross-entropy per word as n grows) dresses it', () => {
    expect(limitsTaken('H(p, m)=\\lim_{n \\rightarrow \\infty}-\\frac{1}{n} \\sum_W p(W) \\log m(W)')).toBe('H(p, m)= -\\frac{1}{n} \\sum_W p(W) \\log m(W)');
    expect(recogniseFormula('H(p, m)=\\lim\\_{n \\rightarrow \\infty}-\\frac{1}{n} \\sum\\_{W \\in L} p\\left(w\\_{1}, \\ldots, w\\_{n}\\right) \\log m\\left(w\\_{1}, \\ldots, w\\_{n}\\right)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H = \\lim_{n\\to\\infty} -\\frac1n\\sum_W p(W)\\log p(W)')?.kind).toBe('entropy');
  });
});
