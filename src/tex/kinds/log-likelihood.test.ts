import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { indexedBy } from './log-likelihood';
import { kindOf, rolesOf } from './test-support';

describe('log_likelihood', () => {
  it('names a block by the likelihood\'s log when the product comes first (the block ends on its log)', () => {
    const block = '\\begin{aligned} L(\\theta) &= \\prod_{i=1}^n q^{s_i}(1-q)^{1-s_i} \\\\ \\log L(\\theta) &= \\sum_{i=1}^n s_i\\log q + (1-s_i)\\log(1-q) \\end{aligned}';
    expect(recogniseFormula(block)?.kind).toBe('log_likelihood');
    // The product alone stays a likelihood.
    expect(recogniseFormula('L(\\theta) = \\prod_{i=1}^n q^{s_i}(1-q)^{1-s_i}')?.kind).toBe('likelihood_product');
  });

  it('reads t_i log q_i under a loss\'s name, what a loop adds up (loss += t[i] * log(q[i])), as the log-likelihood', () => {
    expect(recogniseFormula('loss += s[k] * log(r[k]);')).toMatchObject({ kind: 'log_likelihood', roles: { target: 's_k', prediction: 'r_k', classIndex: 'k' } });
    // Under no loss's name, or with the two indexed apart, it is no likelihood.
    expect(kindOf('x = w_k \\log r_k')).toBeNull();
    expect(kindOf('\\ell = w_k \\log r_j')).toBeNull();
  });

  it('reads no likelihood in a sum of a potential\'s logs (ψ, φ name no probability of the label)', () => {
    expect(recogniseFormula('\\text{Score}(x,y) = \\sum_i \\log \\psi_i(x,y)')?.kind ?? null).toBeNull();
    expect(recogniseFormula('\\ell = \\sum_i \\log p_\\phi(y_i|x_i)')?.kind).toBe('log_likelihood');
  });

  it.each([
    '\\log L = \\sum_{k=1}^{K} t_{k} \\log y_{k} \\tag{5.1}',
    '\\ell(\\theta) = \\sum_{n} \\sum_{k} t_{nk} \\ln y_{nk}',
    '\\log L = \\log (y_{1}^{t_{1}} \\cdot y_{2}^{t_{2}} \\cdot y_{3}^{t_{3}})',
    // Tagged names: the letters after the tag index the symbol.
    '\\ell = \\sum_{b} \\sum_{c} y_{\\text{true},bc} \\log y_{\\text{pred},bc}',
    // Un-negated cross-entropies on logits: summed over samples, or weighted by a target.
    '\\sum_{m=1}^{M} \\left[ s_{m,c_m} - \\log \\sum_{j} e^{s_{mj}} \\right]',
    '\\sum_j r_j o_j - \\ln \\sum_{l} \\exp(o_l)',
    // The sums written without their indices.
    '\\sum \\left[ s_{m,c_m} - \\log \\sum e^{s_{mj}} \\right]',
    // Panel data: the binary log-likelihood summed over units and periods.
    '\\sum_{j=1}^{N}\\sum_{t=1}^{T} \\left\\{ u_{jt}\\log G(x_{jt}\\beta) + (1-u_{jt})\\log[1-G(x_{jt}\\beta)] \\right\\}',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('log_likelihood');
  });

  it('leaves a constant times an entropy, and a weighted log of a normaliser, unbadged', () => {
    expect(kindOf('-c \\sum_{m=1}^{M} \\frac{1}{M} \\ln \\frac{1}{M}')).toBeNull();
    expect(kindOf('\\sum_m r_m \\ln \\sum_j \\exp(o_j)')).toBeNull();
  });

  it('leaves weights times logs alone (Jensen’s inequality): weights are no targets', () => {
    expect(kindOf('\\sum_{i} w_i \\log x_i \\le \\log\\sum_i w_i x_i')).toBeNull();
    expect(kindOf('\\sum_{i} \\lambda_i \\log a_i')).toBeNull();
    expect(kindOf('\\sum_{i} y_i \\log a_i')).toBe('log_likelihood');
  });

  it('reads an empirical joint distribution over both indices as the weight (maximum entropy’s log-likelihood)', () => {
    expect(rolesOf('L_{\\tilde p} = \\sum_{x,y}\\tilde{p}(x,y)\\log P_\\Lambda(y|x)')).toMatchObject({ target: '\\tilde{p}', prediction: 'P_{\\Lambda}', sampleIndex: 'x', classIndex: 'y' });
    expect(rolesOf('\\sum_x p(x)\\log q(x)')).toMatchObject({ target: 'p', prediction: 'q', classIndex: 'x' });
    // A return at a point is no distribution: policy gradient's objective stays unbadged.
    expect(kindOf('\\sum_n\\sum_t R(\\tau^n, t)\\log p(a_t|s_t)')).toBeNull();
  });

  it('leaves one log-softmax alone unbadged', () => {
    expect(kindOf('\\log \\mathrm{softmax}(o)_c = o_c - \\log \\sum_j e^{o_j}')).toBeNull();
    expect(kindOf('s_c - \\log \\sum_j \\exp(s_j)')).toBeNull();
  });

  it('indexedBy: a role runs over an index in its scripts, past a tag', () => {
    expect(indexedBy('t_{nk}', 'k')).toBe(true);
    expect(indexedBy('y_{\\text{true},bc}', 'c')).toBe(true);
    expect(indexedBy('y_{\\text{true}}', 't')).toBe(false);
    expect(indexedBy('R(\\tau)', 't')).toBe(false);
  });

  it('reads roles like the cross-entropy sum', () => {
    expect(rolesOf('\\log L = \\sum_{k=1}^{K} t_{k} \\log y_{k}')).toMatchObject({ target: 't_k', prediction: 'y_k', classIndex: 'k' });
  });

  it('reports -log L = +Σ t log y as cross-entropy with a sign slip', () => {
    const recognition = recogniseFormula('\\ - \\log L=\\sum_{k=1}^{K} t_{k} \\log y_{k} \\tag{4.3、再掲}');
    expect(recognition?.kind).toBe('ce_multiclass');
    const slip = recognition?.diagnostics.find((d) => d.code === 'sign_slip');
    expect(slip?.en).toMatch(/minus/);
    expect(slip?.ja).toMatch(/マイナス/);
  });

  it.each([
    ['the binary form after −log P', '\\ell(q, s) = -\\log P(s \\mid u) = s \\ln q + (1 - s)\\ln(1 - q)', 'ce_binary'],
    ['a later batch member without the minus', 'E = -\\sum_j s_j \\ln q_j = \\sum_m [s_m \\ln q_m + (1 - s_m)\\ln(1 - q_m)]', 'ce_binary_batch'],
  ])('a lost minus: %s is the cross-entropy it negates, with a sign slip', (_name, tex, kind) => {
    const recognition = recogniseFormula(tex);
    expect(recognition?.kind).toBe(kind);
    expect(recognition?.diagnostics.map((d) => d.code)).toContain('sign_slip');
  });

  it.each([
    ['a cost named J', 'J(a) = \\frac{1}{M}\\sum_{m=1}^{M} [s_m \\ln q_m + (1 - s_m)\\ln(1 - q_m)]'],
    ['a loss named loss', '\\operatorname{loss}(q, s) = \\sum_j s_j \\ln q_j'],
    ['code assigning a loss', 'loss = y * log(p) + (1 - y) * log(1 - p)'],
  ])('reads %s written without its minus as the log-likelihood it is, and says the minus looks lost', (_name, tex) => {
    const recognition = recogniseFormula(tex);
    expect(recognition?.kind).toBe('log_likelihood');
    expect(recognition?.diagnostics.map((d) => d.code)).toEqual(['cost_without_minus']);
    expect(recognition?.diagnostics[0]?.ja).toMatch(/マイナス/);
  });

  it('keeps a likelihood named ℓ or log L a log-likelihood', () => {
    expect(kindOf('\\ell(a) = \\sum_{m} [s_m \\ln q_m + (1 - s_m)\\ln(1 - q_m)]')).toBe('log_likelihood');
  });

  it('reads a dataset log-likelihood Σ_i log P(label_i | input_i; θ) by its label', () => {
    expect(rolesOf('\\ell(w) = \\sum_{j=1}^{M} \\log p(c_j \\mid u_j; w)')).toMatchObject({ target: 'c_j', sampleIndex: 'j' });
    expect(kindOf('\\ell(w) = \\sum_{j=1}^{M} \\log p(c_j \\mid u_j; w)')).toBe('log_likelihood');
    // Its negative mean is the class-index batch cross-entropy.
    expect(kindOf('J(w) = -\\frac{1}{M}\\sum_{j=1}^{M} \\log q_w(c^{(j)} \\mid u^{(j)})')).toBe('ce_multiclass_batch');
    // A density's log-likelihood and a sequence model's are not.
    expect(kindOf('\\ell(\\mu) = \\sum_{j=1}^{M} \\log p(u_j \\mid \\mu)')).toBeNull();
    expect(kindOf('-\\frac{1}{T}\\sum_{t=1}^{T} \\log P(s_t \\mid s_{t-1})')).toBeNull();
  });

  it('rejects log-probabilities weighted by what does not run over the inner sum (a policy gradient)', () => {
    expect(kindOf('\\frac{1}{M} \\sum_{m=1}^{M} \\sum_{s=1}^{S_m} G(\\eta^{m}) \\log \\pi_{w}(u_{s}^{m} \\mid v_{s}^{m})')).toBeNull();
    expect(kindOf('\\sum_{m} \\sum_{c} r_{mc} \\log q_{mc}')).toBe('log_likelihood');
  });

  it('reads the log-likelihood of logits through their softmax', () => {
    expect(kindOf('\\ell(V) = \\sum_{m=1}^{M}\\sum_{c=1}^{C} r_{mc}\\log\\left(\\mathrm{softmax}(V u_m)_c\\right)')).toBe('log_likelihood');
    expect(kindOf('\\ell(V) = \\sum_{c} r_{c}\\log\\frac{e^{a_c}}{\\sum_{d} e^{a_d}}')).toBe('log_likelihood');
  });

  it('rejects an entropy without the minus', () => {
    expect(kindOf('\\sum_k p_k \\log p_k')).toBeNull();
  });

  it('reads the log of a likelihood whose two factors the label chooses between, whatever they are', () => {
    expect(rolesOf('\\ell = \\sum_{m=1}^{M} [c_m \\ln(\\rho\\, g_m) + (1 - c_m)\\ln((1 - \\rho)\\, h_m)]')).toEqual({ target: 'c_m', prediction: '\\rho g_m', sampleIndex: 'm', sampleBound: 'M' });
    // The log laws split the product first; a class's log may come in two terms of one weight.
    expect(kindOf('\\ln \\prod_m (\\rho g_m)^{c_m} ((1-\\rho) h_m)^{1-c_m}')).toBe('log_likelihood');
    expect(kindOf('\\ell = \\sum_m (c_m \\ln \\rho + c_m \\ln g_m) + \\sum_m ((1-c_m)\\ln(1-\\rho) + (1-c_m)\\ln h_m)')).toBe('log_likelihood');
    // A divergence's ratios, the label's own entropy, or a label that does not run over the samples: not this.
    expect(kindOf('\\sum_m [c_m \\ln \\frac{c_m}{g_m} + (1-c_m)\\ln \\frac{1-c_m}{1-g_m}]')).not.toBe('log_likelihood');
    expect(kindOf('\\sum_m [c_m \\ln c_m + (1-c_m)\\ln(1-c_m)]')).toBeNull();
    expect(kindOf('\\sum_m [\\alpha \\ln g_m + (1-\\alpha)\\ln h_m]')).toBeNull();
  });
  it('collects the log the label multiplies out: y[log f − log(1 − f)] + log(1 − f)', () => {
    expect(kindOf('\\log P = s[\\log g - \\log(1 - g)] + \\log(1 - g)')).toBe('log_likelihood');
    expect(rolesOf('\\ell = \\sum_m [c_m(\\ln q_m - \\ln(1 - q_m)) + \\ln(1 - q_m)]')).toEqual({ target: 'c_m', prediction: 'q_m', sampleIndex: 'm', logBase: 'e' });
    // A log alone beside an unrelated weighted log is left as written.
    expect(kindOf('s \\log g + \\log h')).toBeNull();
  });

  it('reads one sample’s margin form, log P(y | x) = −log(1 + e^{−y wᵀx}), as its log-likelihood', () => {
    expect(kindOf('\\log P(t \\mid u) = -\\log(1 + e^{-t\\, v^\\top u})')).toBe('log_likelihood');
    // Without a label in the margin (word2vec's log σ(uᵀv)) nothing is claimed.
    expect(kindOf('\\log \\sigma(u_o^\\top v_c)')).toBeNull();
  });
  it("reads a detector's un-negated binary terms over scales, anchors and classes as a log-likelihood", () => {
    const yolo = '\\mathcal{L}_{cls} = \\sum_{i=1}^{S}\\sum_{j=1}^{M_{i}}\\sum_{k=1}^{K}[y_{k}\\log \\hat{y}_{k} + (1-y_{k})\\log (1-\\hat{y}_{k})]';
    expect(kindOf(yolo)).toBe('log_likelihood');
    expect(rolesOf(yolo)?.sampleIndex).toBe('i');
  });

  it('reads numbers put into the log-likelihood with each weight written, not an entropy of numbers', () => {
    expect(kindOf('1 \\cdot \\log(0.9) + 0 \\cdot \\log(1 - 0.9) = \\log(0.9)')).toBe('log_likelihood');
    expect(kindOf('0 \\cdot \\log(0.1) + 1 \\cdot \\log(0.9)')).toBe('log_likelihood');
    expect(kindOf('0.6\\log 0.6 + 0.4 \\log 0.4')).toBeNull();
    expect(kindOf('\\log 2 + \\log 3')).toBeNull();
  });
});
