import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import type { Expr } from '../expr';
import { canonicalMember } from './test-support';
import { productBounds } from './tree-sums';

/** q^{y_n} for a subscript n. */
const powerOfLabel = (n: string): Expr => ({ k: 'pow', base: { k: 'sym', name: 'q', sub: null, subAtoms: null }, exp: { k: 'sym', name: 'y', sub: n, subAtoms: null } });

describe('tree rules: sums written another way', () => {
  it('written-out-exponentials: e^{x_1} + … + e^{x_n} is Σ_j e^{x_j}', () => {
    expect(canonicalMember('e^{x_1} + \\dots + e^{x_n}')).toBe('\\sume^{x_j}');
    // Without dots, every class's numbered from 1: the sum from 1 to the last number.
    expect(canonicalMember('e^{x_1} + e^{x_2} + e^{x_3}')).toBe(canonicalMember('\\sum_{j=1}^{3} e^{x_j}'));
    // Different symbols, or numbers that skip a class: left as written.
    expect(canonicalMember('e^{x_1} + \\dots + e^{z_n}')).toBe('e^{x_1}+\\dots+e^{z_n}');
    expect(canonicalMember('e^{x_1} + e^{x_3}')).toBe('e^{x_1}+e^{x_3}');
    expect(canonicalMember('e^{x_2} + e^{x_1}')).toBe('e^{x_2}+e^{x_1}');
    // Classes numbered from 0, as code numbers them: the sum from 0.
    expect(canonicalMember('e^{a_0} + e^{a_1}')).toBe(canonicalMember('\\sum_{j=0}^{1} e^{a_j}'));
    expect(recogniseFormula('L = -a0 + log(exp(a0) + exp(a1))')?.kind).toBe('ce_from_logits');
    expect(canonicalMember('e^{x_0} + e^{x_2}')).toBe('e^{x_0}+e^{x_2}');
  });

  it('written-out-terms: t_1 log y_1 + … + t_K log y_K is Σ_{k=1}^{K} t_k log y_k', () => {
    expect(canonicalMember('t_1 \\log y_1 + t_2 \\log y_2 + \\dots + t_K \\log y_K')).toBe(canonicalMember('\\sum_{k=1}^{K} t_k \\log y_k'));
    expect(canonicalMember('-a_1 - a_2 - \\cdots - a_n')).toBe(canonicalMember('\\sum_{k=1}^{n} -a_k'));
    // The general term shown between two runs of dots says what they hold.
    expect(canonicalMember('y_1 \\log \\hat{y}_1 + \\dots + y_k \\log \\hat{y}_k + \\dots + y_C \\log \\hat{y}_C')).toBe(canonicalMember('\\sum_{k=1}^{C} y_k \\log \\hat{y}_k'));
    expect(recogniseFormula('= - (y_1 \\log \\hat{y}_1 + \\dots + y_k \\log \\hat{y}_k + \\dots + y_C \\log \\hat{y}_C)')?.kind).toBe('ce_multiclass');
    // Terms that differ in more than the index, or are not numbered from 1, stay as written.
    expect(canonicalMember('a_1 + b_2 + \\dots + a_n')).toBe('a_1+b_2+\\dots+a_n');
    expect(canonicalMember('a_2 + a_3 + \\dots + a_n')).toBe('a_2+a_3+\\dots+a_n');
  });

  it('written-out-factors: each sample’s factors numbered 1, 2, …, N are Π_{i=1}^{N}', () => {
    expect(canonicalMember('q^{y_1} (1 - q)^{1-y_1} q^{y_2} (1 - q)^{1-y_2} \\cdots q^{y_N} (1 - q)^{1-y_N}')).toBe(canonicalMember('\\prod_{i=1}^{N} q^{y_i} (1 - q)^{1-y_i}'));
    expect(recogniseFormula('\\log L = \\log ( q^{y_1}(1-q)^{1-y_1} \\cdots q^{y_N}(1-q)^{1-y_N})')?.kind).toBe('log_likelihood');
    // Chunks that are not the last one numbered from 1: as written.
    expect(canonicalMember('q^{y_2} q^{y_3} \\cdots q^{y_N}')).toBe(canonicalMember('q^{y_2} q^{y_3} \\cdots q^{y_N}'));
    expect(canonicalMember('q^{y_2} q^{y_3} \\cdots q^{y_N}')).not.toContain('\\prod');
  });

  it('written-out-term-groups: each sample written as several terms, numbered 1, 2, …, N, is one Σ', () => {
    expect(canonicalMember('t_1 \\ln a + (1-t_1)\\ln(1-a) + t_2 \\ln a + (1-t_2)\\ln(1-a) + \\dots + t_M \\ln a + (1-t_M)\\ln(1-a)')).toBe(
      canonicalMember('\\sum_{k=1}^{M} \\left(t_k \\ln a + (1-t_k)\\ln(1-a)\\right)'),
    );
    expect(recogniseFormula('\\ln(r^{u_1}(1-r)^{1-u_1}) + \\ln(r^{u_2}(1-r)^{1-u_2}) + \\cdots + \\ln(r^{u_{20}}(1-r)^{1-u_{20}})')?.kind).toBe('log_likelihood');
    // Groups that do not follow the numbering: as written.
    expect(canonicalMember('t_1 \\ln a + s_1 \\ln b + t_3 \\ln a + s_3 \\ln b + \\dots + t_M \\ln a + s_M \\ln b')).not.toContain('\\sum');
  });

  it('written-out-factors: a last sample numbered by a count (y_{32}) makes the count the upper limit', () => {
    expect(canonicalMember('p^{t_1} (1-p)^{1-t_1} p^{t_2} (1-p)^{1-t_2} ... p^{t_{10}} (1-p)^{1-t_{10}}')).toBe(canonicalMember('\\prod_{i=1}^{10} p^{t_i} (1-p)^{1-t_i}'));
    expect(recogniseFormula('a_1^{y_1} a_2^{y_2} \\cdots a_{50}^{y_{50}}')?.kind).toBe('likelihood_product');
    expect(productBounds(powerOfLabel('7'), 2)).toEqual(['7']);
    // A count no later than the samples already written is no bound: as written.
    expect(productBounds(powerOfLabel('3'), 2)).toEqual([]);
    expect(canonicalMember('q^{y_1} q^{y_2} \\cdots q^{y_2}')).not.toContain('\\prod');
  });

  it('numbered-terms: terms of logs numbered 1 … n with no dots are Σ_{i=1}^{n}', () => {
    expect(canonicalMember('s_1 \\log a_1 + s_2 \\log a_2')).toBe(canonicalMember('\\sum_{i=1}^{2} s_i \\log a_i'));
    // Not numbered from 1 in order, or without logs: as written.
    expect(canonicalMember('s_2 \\log a_2 + s_1 \\log a_1')).toBe('s_2 \\log(a_2)+s_1 \\log(a_1)');
    expect(canonicalMember('a_1 + a_2')).toBe('a_1+a_2');
    expect(recogniseFormula('J = -[s_1 \\ln a_1 + (1-s_1)\\ln(1-a_1)] - [s_2 \\ln a_2 + (1-s_2)\\ln(1-a_2)]')?.kind).toBe('ce_binary_batch');
  });

  it('numbered-terms: dots after the numbered terms leave the sum without a bound', () => {
    expect(canonicalMember('s_1 \\log a_1 + s_2 \\log a_2 + \\dots')).toBe(canonicalMember('\\sum_{i=1} s_i \\log a_i'));
    expect(recogniseFormula('-[s_1 \\ln a_1+(1-s_1)\\ln(1-a_1)] -[s_2 \\ln a_2+(1-s_2)\\ln(1-a_2)] - \\dots')?.kind).toBe('ce_binary_batch');
  });

  it('numbered-terms: classes numbered from 0 as code counts them', () => {
    expect(canonicalMember('s_0 \\log a_0 + s_1 \\log a_1 + s_2 \\log a_2')).toBe(canonicalMember('\\sum_{i=0}^{2} s_i \\log a_i'));
    expect(recogniseFormula('-  \\sum_n^i (u^{i}_{0}  \\ast log(v^{i}_{0}) + u^{i}_{1}  \\ast log(v^{i}_{1})...)')?.kind).toBe('ce_multiclass_batch');
  });

  it('numbered-terms: samples numbered as superscripts, the same number over every letter of a term', () => {
    const tex = '-\\ln L = -[\\hat{s}^1 \\ln g(u^1)+(1-\\hat{s}^1)\\ln(1-g(u^1))] -[\\hat{s}^2 \\ln g(u^2)+(1-\\hat{s}^2)\\ln(1-g(u^2))] - \\ldots';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    // Squares are powers, not samples: a term numbered 2 must follow one numbered 1.
    expect(canonicalMember('u^2 \\log a + u^3 \\log b')).toContain('u^2');
  });

  it('expectation-of-a-loss: E over the data of one sample’s loss is its batch mean', () => {
    expect(canonicalMember('\\mathbb{E}_{(x,y)\\sim\\mathcal{D}}[\\sum_k y_k \\log p_k]')).toBe(canonicalMember('\\frac{1}{N}\\sum \\sum_k y_k \\log p_k'));
    expect(canonicalMember('\\mathbb{E}[y\\log p + (1-y)\\log(1-p)]')).toBe(canonicalMember('\\frac{1}{N}\\sum (y\\log p + (1-y)\\log(1-p))'));
    // One log under a distribution, or a difference of logs, stays an expectation.
    expect(canonicalMember('\\mathbb{E}_{x\\sim p}[\\log q(x)]')).toBe('\\E\\log(q)');
    expect(canonicalMember('\\mathbb{E}_p[\\log p - \\log q]')).toBe('\\E\\log(p)-\\log(q)');
    // A sum per term (vectors of labels, M^⊤ log M̂ + (1 − M)^⊤ log(1 − M̂)) is one sample's loss too; a sum without a log is not.
    expect(recogniseFormula('L = -\\mathbb{E}_{x, u}[\\mathbf{u}^T \\log \\hat{\\mathbf{u}} + (1-\\mathbf{u})^T \\log(1-\\hat{\\mathbf{u}})]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = \\mathbb{E}[\\sum_i x_i^2 + \\sum_j \\log z_j]')).toBeNull();
  });

  it('expectation-of-a-loss: E over the data of a loss on logits (a log-sum-exp, a log-softmax) is its batch mean', () => {
    expect(canonicalMember('\\mathbb{E}\\left[\\log\\sum_k e^{z_k} - z_y\\right]')).toBe(canonicalMember('\\frac{1}{N}\\sum \\left(\\log\\sum_k e^{z_k} - z_y\\right)'));
    expect(recogniseFormula('\\mathcal{L} = \\mathbb{E}_{(x,y)\\sim\\mathcal{D}}\\left[-f_y(x) + \\log\\sum_{k} \\exp(f_k(x))\\right]')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\mathcal{L}_{CE} = \\mathbb{E}_{(x,y)}\\big[\\operatorname{LSE}(z) - z_y\\big]')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\mathbb{E}_{(x,y)}\\left[\\log \\frac{e^{s_y}}{\\sum_j e^{s_j}}\\right]')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = \\mathbb{E}_{x, y}[-\\log \\mathrm{softmax}(W x)_y]')?.kind).toBe('ce_from_logits');
    // A free energy (the log-sum-exp alone) and a softmax's definition stay no cross-entropy.
    expect(recogniseFormula('F = \\mathbb{E}_{x}\\left[\\log\\sum_k e^{z_k}\\right]')).toBeNull();
    expect(recogniseFormula('\\mathbb{E}[p_y] = \\mathbb{E}\\left[\\frac{e^{z_y}}{\\sum_k e^{z_k}}\\right]')).toBeNull();
  });

  it('expectation-of-a-loss: the binary pair with each term negated is one sample\'s loss too', () => {
    expect(recogniseFormula('\\mathcal{L} = \\mathbb{E}_{x,y}[-y\\log\\sigma(f(x)) - (1-y)\\log(1-\\sigma(f(x)))]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = \\mathbb{E}_{(x,y)\\sim D}\\left[-y\\ln\\hat y - (1-y)\\ln(1-\\hat y)\\right]')?.kind).toBe('ce_binary_batch');
    // A GAN's two logs of different arguments pair nothing; the binary entropy stays an entropy.
    expect(recogniseFormula('V = \\mathbb{E}[-\\log D(x) - \\log(1-D(G(z)))]')).toBeNull();
    expect(recogniseFormula('H = \\mathbb{E}[-p\\log p - (1-p)\\log(1-p)]')?.kind).not.toMatch(/^ce_/);
  });

  it('stability-epsilon: log(p + ε) is log p', () => {
    expect(canonicalMember('\\log(1 - h + e)')).toBe('\\log(1-h)');
    expect(canonicalMember('\\log(1 + e)')).toBe('\\log(1+e)');
    expect(canonicalMember('\\log(h + \\epsilon)')).toBe('\\log(h)');
    expect(canonicalMember('\\log(1 - h + \\varepsilon)')).toBe('\\log(1-h)');
    expect(canonicalMember('\\log(\\epsilon)')).toBe('\\log(\\epsilon)');
    // Code's names for it: delta (read as δ) and epsilon; the NumPy textbook's row pick with its delta is a batch loss.
    expect(canonicalMember('\\log(y_k + \\delta)')).toBe('\\log(y_k)');
    // A constant's capitals, as C and C# name it.
    expect(canonicalMember('\\log(1 - h + EPS)')).toBe('\\log(1-h)');
    expect(recogniseFormula('c -= (t[i] * Math.Log(a[i] + EPS) + (1 - t[i]) * Math.Log(1.0 - a[i] + EPS));')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('return -np.sum(np.log(y[np.arange(batch_size), t] + delta)) / batch_size')?.kind).toBe('ce_multiclass_batch');
    // A tiny number beside a symbol is such an ε (1e-8 as code writes it); beside numbers alone it is computed.
    expect(canonicalMember('\\log(h + 10^{-8})')).toBe('\\log(h)');
    expect(canonicalMember('\\log(1 - h + 0.0000001)')).toBe('\\log(1-h)');
    expect(canonicalMember('\\log(0.7 + 10^{-7})')).not.toBe('\\log(0.7)');
    expect(recogniseFormula('loss = -(1 / m) * np.sum(u * np.log(v + 1e-8) + (1 - u) * np.log(1 - v + 1e-8))')?.kind).toBe('ce_binary_batch');
  });

  it('stability-clip: the floor written first, named tol or e (as code names it), or after a difference', () => {
    expect(recogniseFormula('-(w \\log \\max(tol, q) + (1-w) \\log \\max(1 - q, 10^{-12}))')?.kind).toBe('ce_binary');
    expect(recogniseFormula('return -Math.log(Math.max(e, q[c]));')?.kind).toBe('ce_multiclass');
  });
  it('stability-clip: a ceiling under one, min(p, 1 − ε), inside a floor or alone, and a guard in a complement', () => {
    expect(canonicalMember('\\log \\max(10^{-7}, \\min(1 - 10^{-7}, q))')).toBe('\\log(q)');
    expect(canonicalMember('\\log \\min(q, 1 - \\epsilon)')).toBe('\\log(q)');
    expect(canonicalMember('\\log(1 - \\max(\\epsilon, \\min(1 - \\epsilon, q)))')).toBe('\\log(1-q)');
    // A min of two values, or under anything but one, is no guard.
    expect(canonicalMember('\\log \\min(q, r)')).toBe('\\log(\\min(q+r))');
    expect(canonicalMember('\\log \\min(q, 2 - \\epsilon)')).not.toBe('\\log(q)');
  });
  it('stability-log-floor: a log clamped from below at a large negative number is the log', () => {
    expect(canonicalMember('\\max(\\log p, -100) + \\max(-100, \\log(1 - p))')).toBe('\\log(p)+\\log(1-p)');
    // A floor on anything but a log, or a floor that is no negative number, stays.
    expect(canonicalMember('\\max(x, -100) + \\max(\\log p, \\epsilon)')).toBe('\\max(x-100)+\\max(\\log(p)+\\epsilon)');
    expect(recogniseFormula('res = -np.sum(np.multiply(y,np.maximum(np.log(yhat), -100)) + np.multiply((1 - y),np.maximum(-100, np.log(1 - yhat))))')?.kind).toBe('ce_binary_batch');
  });
  it('stability-clip: log max(p, 10^{−12}) and log clip(p, ε, 1 − ε) are log p', () => {
    expect(canonicalMember('\\log(\\max(p_y, 10^{-12}))')).toBe('\\log(p_y)');
    expect(canonicalMember('\\log \\max(h, 1e-7)')).toBe('\\log(h)');
    expect(canonicalMember('\\log(\\mathrm{clip}(p_i, \\epsilon, 1-\\epsilon))')).toBe('\\log(p_i)');
    // A floor that is no small constant is part of the formula.
    expect(canonicalMember('\\log(\\max(p, 0.5))')).not.toBe('\\log(p)');
    expect(recogniseFormula('\\mathcal{L}_{\\text{NLL}} = -\\log(\\max(p_y, 10^{-12}))')?.kind).toBe('ce_multiclass');
    // The guard called with its arguments, as code and \\operatorname write it.
    expect(canonicalMember('\\log \\operatorname{clip}(q_{n,c_n}, \\epsilon, 1)')).toBe('\\log(q_{n,c_n})');
    expect(recogniseFormula('nll = -np.log(np.clip(q[c], 1e-7, 1))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('ce = -tf.reduce_sum(u_*tf.log(tf.clip_by_value(u,1e-10,1.0)))')?.kind).toBe('ce_multiclass');
    expect(canonicalMember('\\log(\\operatorname{clip}(q, 0.5, 1))')).not.toBe('\\log(q)');
  });

  it.each([
    ['a multiclass loss as an expectation over the data', 'L = -\\mathbb{E}_{(x,y)\\sim\\mathcal{D}}\\left[\\sum_{k=1}^{K} y_k \\log \\hat{y}_k\\right]', 'ce_multiclass_batch'],
    ['a binary loss as an expectation over the data', 'L = -\\mathbb{E}_{(x,y)\\sim\\mathcal{D}}[y \\log \\hat{y} + (1-y) \\log(1-\\hat{y})]', 'ce_binary_batch'],
    ['a cross-entropy written out term by term', 'E = -(t_1 \\cdot \\log y_1 + t_2 \\cdot \\log y_2 + \\dots + t_K \\cdot \\log y_K)', 'ce_multiclass'],
    ['a log-sum-exp written out', '-x_i + \\log(e^{x_1} + \\dots + e^{x_n})', 'ce_from_logits'],
    ['an ε for stability', 'J(\\theta) = -\\frac{1}{m} \\left[ y^T \\log(h + \\epsilon) + (1 - y)^T \\log(1 - h + \\epsilon) \\right]', 'ce_binary_batch'],
    ['a mean in code style', 'BCE = -\\operatorname{mean}(t \\cdot \\log(p) + (1 - t) \\cdot \\log(1 - p))', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('stability-max-shift: the largest logit taken off before the exponential leaves the softmax as it was', () => {
    expect(canonicalMember('\\log\\sum_d e^{q_d - \\max_{d}q_d}')).toBe(canonicalMember('\\log\\sum_d e^{q_d}'));
    expect(recogniseFormula('\\mathcal{L}(p,q)=-\\sum_{d=1}^Dp_{d}q_{d}+LogSumExp(q-\\max_{d}q_d)')?.kind).toBe('ce_from_logits');
    // Another symbol's maximum is no shift.
    expect(canonicalMember('e^{q_d - \\max_{d} r_d}')).not.toBe(canonicalMember('e^{q_d}'));
  });

  it('stability-epsilon: an ε named with a prime, a number or as small (epsilon_, eps2, smallValue) is set aside too', () => {
    expect(recogniseFormula('loss = t * ivy.log(q + epsilon_) + (1 - t) * ivy.log(1 - q + epsilon_)')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('return -t * math.log(q + smallValue) - ((1 - t) * math.log(1 - q + smallValue))')?.kind).toBe('ce_binary');
    expect(canonicalMember('\\log(q + eps2)')).toBe(canonicalMember('\\log q'));
    // A letter that only starts like one stays: log(q + s) is the log of a sum.
    expect(canonicalMember('\\log(q + s)')).not.toBe(canonicalMember('\\log q'));
  });

  it('stability-epsilon: the ε on each side of a guarded log-odds goes too', () => {
    expect(recogniseFormula('deviance_value = -2 * np.sum(y * np.log((p + eps) / (1 - p + eps)) + np.log(1 - p + eps))')?.kind).toBe('ce_binary_batch');
  });
});
