// Cross-entropy from logits through a stable log-softmax:
//   ln softmax(z)_c = (z_c − m) − ln Σ_j exp(z_j − m),  m = max_j z_j,
// so logits of ±1000, or all shifted by 1e6, lose nothing. Each loss term is written as
// t_c·((m − z_c) + lse), a sum of non-negative parts, so nothing cancels.
import { checkBase, checkClassIndex, checkLabelSmoothing, checkTargets, checkWeights, SUM_TOLERANCE } from './checks';
import { errorOf, failure, success, warningOf, type Computation, type Diagnostic } from './diagnostics';
import { runBatch, type EngineOptions, type LogProbRow, type Targets } from './engine';
import { natsTo } from './logs';
import type { BatchOptions } from './batch';
import { checkReduction, type BatchResult } from './reduce';
import { CompensatedSum } from './sum';
import type { LogBase } from './types';

export interface LogitsOptions {
  base?: LogBase;
  labelSmoothing?: number;
  classWeights?: ArrayLike<number>;
}

export interface LogitsResult {
  E: number;
  softmax: number[];
  logSoftmax: number[];
  /** ∂E/∂z = softmax·Σ_c c_c − c (y − t for a distribution t without weights). */
  gradLogits: number[];
  /** −c_k·ln softmax_k per class, in the base. */
  terms: number[];
}

/**
 * Writes ln softmax(z) into `out`. A −∞ logit is a class with probability 0 (its ln is −∞);
 * NaN, +∞, or every logit −∞ leave softmax undefined.
 */
export function logSoftmaxInto(z: ArrayLike<number>, out: Float64Array, row?: number): Diagnostic | undefined {
  const k = z.length;
  let m = -Infinity;
  for (let c = 0; c < k; c++) {
    const v = z[c]!;
    if (Number.isNaN(v) || v === Infinity || typeof v !== 'number') {
      return errorOf('non_finite_input', { input: 'z', index: c, row, values: { value: String(v) } });
    }
    if (v > m) m = v;
  }
  if (m === -Infinity) return errorOf('non_finite_input', { input: 'z', row, values: { value: '-Infinity' } });
  let s = 0;
  for (let c = 0; c < k; c++) s += Math.exp(z[c]! - m);
  const lse = Math.log(s);
  for (let c = 0; c < k; c++) out[c] = z[c]! - m - lse;
  return undefined;
}

export function crossEntropyFromLogits(
  z: ArrayLike<number>,
  target: number | ArrayLike<number>,
  options: LogitsOptions = {},
): Computation<LogitsResult> {
  const base = options.base ?? 'e';
  const k = z.length;
  const warnings: Diagnostic[] = [];
  const setup =
    checkBase(base) ??
    (k === 0 ? errorOf('empty_input', { input: 'z' }) : undefined) ??
    checkLabelSmoothing(options.labelSmoothing) ??
    checkWeights(options.classWeights, k, 'class_weights');
  if (setup) return failure(setup);
  const logp = new Float64Array(k);
  const bad = logSoftmaxInto(z, logp);
  if (bad) return failure(bad);

  const ls = options.labelSmoothing ?? 0;
  const coefficients = new Float64Array(k);
  if (typeof target === 'number') {
    const badIndex = checkClassIndex(target, k);
    if (badIndex) return failure(badIndex);
    coefficients.fill(ls / k);
    coefficients[target] = 1 - ls + ls / k;
  } else {
    if (target.length !== k) return failure(errorOf('shape_mismatch', { input: 't', values: { expected: k, actual: target.length } }));
    const badTarget = checkFiniteTargets(target) ?? checkTargets(target);
    if (badTarget) return failure(badTarget);
    let tSum = 0;
    for (let c = 0; c < k; c++) {
      tSum += target[c]!;
      coefficients[c] = (1 - ls) * target[c]! + ls / k;
    }
    if (Math.abs(tSum - 1) > SUM_TOLERANCE) warnings.push(warningOf('t_not_distribution', { input: 't', values: { sum: tSum } }));
  }
  const weights = options.classWeights;
  if (weights) for (let c = 0; c < k; c++) coefficients[c] = coefficients[c]! * weights[c]!;

  const total = new CompensatedSum();
  let coefficientSum = 0;
  const terms: number[] = [];
  for (let c = 0; c < k; c++) {
    const coefficient = coefficients[c]!;
    coefficientSum += coefficient;
    // A −∞ logit under a zero target is 0·(−∞): 0 by the xlogy convention, where PyTorch gives NaN.
    const term = coefficient === 0 ? 0 : -coefficient * logp[c]!;
    if (term === Infinity) warnings.push(warningOf('infinite_loss', { input: 'z', index: c }));
    terms.push(natsTo(base, term));
    total.add(term);
  }
  const softmax = Array.from(logp, Math.exp);
  const gradLogits = softmax.map((p, c) => p * coefficientSum - coefficients[c]!);
  // Only overflowing products (weight × target beyond 1e308) can make NaN; refuse rather than show it.
  if (Number.isNaN(total.value) || gradLogits.some(Number.isNaN)) {
    return failure(errorOf('non_finite_input', { input: 'weights', values: { value: 'overflow' } }), warnings);
  }
  return success(
    {
      E: natsTo(base, total.value),
      softmax,
      logSoftmax: Array.from(logp),
      gradLogits,
      terms,
    },
    warnings,
  );
}

function checkFiniteTargets(t: ArrayLike<number>, row?: number): Diagnostic | undefined {
  for (let c = 0; c < t.length; c++) {
    if (!Number.isFinite(t[c])) return errorOf('non_finite_input', { input: 't', index: c, row, values: { value: String(t[c]) } });
  }
  return undefined;
}

function logitRows(row: (r: number) => ArrayLike<number>, k: number): LogProbRow {
  return (r, out) => {
    const z = row(r);
    if (z.length !== k) return errorOf('shape_mismatch', { input: 'z', row: r, values: { expected: k, actual: z.length } });
    return logSoftmaxInto(z, out, r);
  };
}

/** Z: one logit row per sample; targets: class indices, or one target row per sample. */
export function crossEntropyFromLogitsBatch(
  Z: ArrayLike<number>[],
  targets: ArrayLike<number> | ArrayLike<number>[],
  options: LogitsOptions & BatchOptions = {},
): Computation<BatchResult> {
  try {
    const n = Z.length;
    if (n === 0) return failure(errorOf('empty_input', { input: 'z' }));
    const bad = checkReduction(options.reduction, options.meanDivisor);
    if (bad) return failure(bad);
    const k = Z[0]!.length;
    const rows = targets.length > 0 && typeof targets[0] === 'object';
    const engineTargets: Targets = rows
      ? { kind: 'matrix', rows: targets.length, row: (r) => (targets as ArrayLike<number>[])[r]! }
      : { kind: 'index', indices: targets as ArrayLike<number> };
    return runBatch(n, k, logitRows((r) => Z[r]!, k), engineTargets, options as EngineOptions);
  } catch {
    return failure(errorOf('shape_mismatch', { input: 'z' }));
  }
}
