import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { namedLogitParts, namedLogSumExps, nudgedOnes, stableLogCalls } from './text-stable-logs';

describe('text rules: the careful spellings of a log', () => {
  it('stable-log-calls: log1p, logaddexp, xlogy and xlog1py are the logs they compute', () => {
    expect(stableLogCalls('log1p(-q)')).toBe('\\log(1 + -q)');
    expect(stableLogCalls('u * log_inv_logit(z) + (1 - u) * log1m_inv_logit(z) + log1m(q) + log1p_exp(z)')).toBe('u * \\log(\\operatorname{sigmoid}(z)) + (1 - u) * \\log(1 - \\operatorname{sigmoid}(z)) + \\log(1 - q) + \\log(1 + e^{z})');
    expect(stableLogCalls('logaddexp(0, -z)')).toBe('\\log(e^{0} + e^{-z})');
    expect(stableLogCalls('xlogy(s, q) + xlog1py(1 - s, -q)')).toBe('(s) \\log(q) + (1 - s) \\log(1 + -q)');
    // With the wrong number of arguments, or a name that only ends in one, the call stays.
    expect(stableLogCalls('log1p(a, b)')).toBe('log1p(a, b)');
    expect(stableLogCalls('mylog1p(q)')).toBe('mylog1p(q)');
  });

  it('stable-log-calls: a log-sigmoid under any library name is the log of a sigmoid', () => {
    for (const name of ['logsigmoid', 'log_sigmoid', 'LogSigmoid', 'log_expit']) expect(stableLogCalls(`${name}(-z)`)).toBe('\\log(\\operatorname{sigmoid}(-z))');
    // It takes one argument; a name that only ends in one stays.
    expect(stableLogCalls('log_sigmoid(a, b)')).toBe('log_sigmoid(a, b)');
    expect(stableLogCalls('my_log_sigmoid(z)')).toBe('my_log_sigmoid(z)');
  });

  it.each([
    ['log1p of the complement', 'loss = -(s * np.log(q) + (1 - s) * np.log1p(-q))', 'ce_binary'],
    ['a mean with log1p', 'l = -np.mean(s*np.log(q) + (1-s)*np.log1p(-q))', 'ce_binary_batch'],
    ['SciPy xlogy and xlog1py', 'l = -(special.xlogy(s, q) + special.xlog1py(1 - s, -q)).mean()', 'ce_binary_batch'],
    ['the logistic loss by logaddexp', 'loss = np.logaddexp(0, -y * z)', 'ce_from_logits'],
    ['SciPy log_expit of the logits and their negation', 'return float(-np.mean(s * log_expit(z) + (1 - s) * log_expit(-z)))', 'ce_binary_batch'],
    ['JAX log_sigmoid', 'loss = -(s * jax.nn.log_sigmoid(z) + (1 - s) * jax.nn.log_sigmoid(-z))', 'ce_binary'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves a log-sigmoid of one logit unbadged', () => {
    expect(recogniseFormula('log_sig = -np.logaddexp(0.0, -z)')).toBeNull();
    expect(recogniseFormula('v = np.log1p(x)')).toBeNull();
    expect(recogniseFormula('out = F.logsigmoid(z)')).toBeNull();
  });

  it('reads the same names set upright, \\text{log\\_sigmoid}(z)', () => {
    expect(stableLogCalls('y \\,\\text{log\\_sigmoid}(z) + \\operatorname{log1p}(x)')).toBe('y \\, \\log(\\operatorname{sigmoid}(z)) +  \\log(1 + x)');
    expect(recogniseFormula('-[y \\,\\text{logsigmoid}(z) + (1-y)\\,\\text{logsigmoid}(-z)]')?.kind).toBe('ce_binary');
  });

  it('nudged-ones: a one a hair above one, taken away from, is the complement 1 − a', () => {
    expect(nudgedOnes('log(1.0000001 - A)')).toBe('log(1 - A)');
    expect(nudgedOnes('log((1+10^{-15})-v) + log((1 + eps) - v) + log((1 + 0.5) - v)')).toBe('log(1-v) + log(1 - v) + log((1 + 0.5) - v)');
    // A one nudged in a product, or a number with more digits, stays.
    expect(nudgedOnes('1.00001 * y + 1.000012345 - a')).toBe('1.00001 * y + 1.000012345 - a');
    expect(recogniseFormula('Cost = -1/m * Σ(Y * log(A) + (1 - Y) * log(1.0000001 - A))')?.kind).toBe('ce_binary_batch');
  });

  it("named-log-sum-exps: a value named for the log-sum-exp beside one array picked at a label is that array's", () => {
    expect(namedLogSumExps('return log_sum_exp - z[c];')).toBe('return logsumexp(z) - z[c];');
    expect(namedLogSumExps('logSumExp - s[trueIndex]')).toBe('logsumexp(s) - s[trueIndex]');
    expect(recogniseFormula('return lse - scores[label];')?.kind).toBe('ce_from_logits');
    // Two arrays picked, or none: no telling whose it is.
    expect(namedLogSumExps('lse - a[i] + b[j]')).toBe('lse - a[i] + b[j]');
    expect(namedLogSumExps('lse - m')).toBe('lse - m');
    // The function's own name, set upright or called, is read as the function.
    expect(namedLogSumExps('-z[y] + \\operatorname{logsumexp}(z)')).toBe('-z[y] + \\operatorname{logsumexp}(z)');
    expect(recogniseFormula('-z[y] + \\operatorname{logsumexp}(z)')?.kind).toBe('ce_from_logits');
  });

  it('named-logit-parts: relu_z, abs_z and neg_abs_z beside z are max(z, 0), |z| and −|z|', () => {
    expect(namedLogitParts('relu_z - z * u + log(1 + exp(-abs_z))')).toBe('max(z, 0) - z * u + log(1 + exp(-\\lvert z\\rvert ))');
    expect(namedLogitParts('log1p(exp(neg_abs_z)) + z')).toBe('log1p(exp((-\\lvert z\\rvert ))) + z');
    // A bare neg_abs: of the one value whose positive part is taken.
    expect(namedLogitParts('z.clamp(min=0) - z * u + (1 + neg_abs.exp()).log()')).toBe('z.clamp(min=0) - z * u + (1 + (-\\lvert z\\rvert ).exp()).log()');
    expect(namedLogitParts('max(a, 0) + max(b, 0) + neg_abs')).toBe('max(a, 0) + max(b, 0) + neg_abs');
    // A bare max_val: the positive part of the one value whose magnitude is taken.
    expect(namedLogitParts('max_val - z * u + log(1 + exp(-torch.abs(z)))')).toBe('max(z, 0) - z * u + log(1 + exp(-torch.abs(z)))');
    expect(namedLogitParts('max_val - a + abs(a) + abs(b)')).toBe('max_val - a + abs(a) + abs(b)');
    // Without the value named alone, the names stay.
    expect(namedLogitParts('relu_z - w * u')).toBe('relu_z - w * u');
    expect(recogniseFormula('return relu_z - (z * u) + (jnp.log(1 + jnp.exp(-abs_z)))')?.kind).toBe('ce_from_logits');
  });

  it('named-log-sum-exps: with no pick, a name for the target’s logit gives the logits and the target', () => {
    expect(namedLogSumExps('loss = log_sum_exp - logits_at_index')).toBe('loss = logsumexp(logits) - logits[index]');
    expect(namedLogSumExps('log_sum_exp - target_logit')).toBe('logsumexp(logit) - logit[target]');
    expect(namedLogSumExps('x = log_sum_exp - max_logit')).toBe('x = log_sum_exp - max_logit');
    expect(recogniseFormula('loss = lse - correct_logit')?.kind).toBe('ce_from_logits');
  });
});
