// The careful batch engine shared by probability and logit inputs. A row is reduced to
// natural-log probabilities ln p_c, and the targets to coefficients c_c = w_c·t'_c, with
// t' = (1 − ls)·t + ls/K (PyTorch's label smoothing). Then ℓ_n = −Σ_c c_c ln p_c, summing
// only c_c ≠ 0 so that 0·log 0 = 0 as scipy.special.xlogy has it.
import {
  checkBase,
  checkClassIndex,
  checkFinite,
  checkLabelSmoothing,
  checkTargets,
  checkWeights,
  SUM_TOLERANCE,
} from './checks';
import { errorOf, failure, type Computation, type Diagnostic } from './diagnostics';
import { natsTo } from './logs';
import { reduceLosses, type BatchResult, type Reduction, type MeanDivisor } from './reduce';
import { CompensatedSum } from './sum';
import type { LogBase } from './types';
import { WarningCollector } from './warnings';

export type Targets =
  | { kind: 'index'; indices: ArrayLike<number> }
  | { kind: 'matrix'; rows: number; row(r: number): ArrayLike<number> };

export interface EngineOptions {
  base?: LogBase;
  reduction?: Reduction;
  meanDivisor?: MeanDivisor;
  classWeights?: ArrayLike<number>;
  sampleWeights?: ArrayLike<number>;
  ignoreIndex?: number;
  labelSmoothing?: number;
  /** Rescale each target row to sum 1 (scipy.stats.entropy style); predictions are the source's business. */
  normalize?: boolean;
}

/** Fills `out` with ln p_c for row r; returns an error when the row cannot be used. */
export type LogProbRow = (r: number, out: Float64Array, warnings: WarningCollector) => Diagnostic | undefined;

export function runBatch(
  n: number,
  k: number,
  logProbRow: LogProbRow,
  targets: Targets,
  options: EngineOptions,
  warnings = new WarningCollector(),
): Computation<BatchResult> {
  const base = options.base ?? 'e';
  const ls = options.labelSmoothing ?? 0;
  const classWeights = options.classWeights;
  const sampleWeights = options.sampleWeights;
  const setup =
    checkBase(base) ??
    (n === 0 || k === 0 ? errorOf('empty_input', { input: 'y' }) : undefined) ??
    checkLabelSmoothing(options.labelSmoothing) ??
    checkWeights(classWeights, k, 'class_weights') ??
    checkWeights(sampleWeights, n, 'sample_weights') ??
    checkTargetCount(targets, n);
  if (setup) return failure(setup, warnings.list());

  const perSampleNats = new Float64Array(n);
  const divisorWeights = new Float64Array(n);
  const counted = new Uint8Array(n);
  const logp = new Float64Array(k);
  const coefficients = new Float64Array(k);
  let ignored = 0;
  for (let r = 0; r < n; r++) {
    let divisorWeight = 1;
    if (targets.kind === 'index') {
      const index = targets.indices[r]!;
      // PyTorch's ignore_index: the sample adds nothing to the sum and nothing to the divisor.
      if (options.ignoreIndex !== undefined && index === options.ignoreIndex) {
        ignored++;
        continue;
      }
      const bad = checkClassIndex(index, k, r);
      if (bad) return failure(bad, warnings.list());
      coefficients.fill(ls / k);
      coefficients[index] = 1 - ls + ls / k;
      // PyTorch divides a weighted mean by Σ w[y_n] (aten/src/ATen/native/LossNLL.cpp).
      if (classWeights) divisorWeight = classWeights[index]!;
    } else {
      const t = targets.row(r);
      if (t.length !== k) return failure(errorOf('shape_mismatch', { input: 't', row: r, values: { expected: k, actual: t.length } }), warnings.list());
      const bad = checkFinite(t, 't', r) ?? checkTargets(t, r);
      if (bad) return failure(bad, warnings.list());
      let tSum = 0;
      for (let c = 0; c < k; c++) tSum += t[c]!;
      const scale = options.normalize && tSum > 0 ? 1 / tSum : 1;
      if (options.normalize && tSum === 0) return failure(errorOf('zero_sum', { input: 't', row: r }), warnings.list());
      if (!options.normalize && Math.abs(tSum - 1) > SUM_TOLERANCE) warnings.note('t_not_distribution', { input: 't', row: r, values: { sum: tSum } });
      let weighted = 0;
      for (let c = 0; c < k; c++) {
        const tc = t[c]! * scale;
        coefficients[c] = (1 - ls) * tc + ls / k;
        if (classWeights) weighted += classWeights[c]! * tc;
      }
      // With probability targets PyTorch divides by N; `weight_sum` then uses Σ_c w_c t_c,
      // which equals w[y_n] for a one-hot row, so both target forms agree under it.
      if (classWeights) divisorWeight = weighted;
    }
    if (classWeights) for (let c = 0; c < k; c++) coefficients[c] = coefficients[c]! * classWeights[c]!;
    const bad = logProbRow(r, logp, warnings);
    if (bad) return failure(bad, warnings.list());
    const loss = new CompensatedSum();
    for (let c = 0; c < k; c++) {
      const coefficient = coefficients[c]!;
      if (coefficient !== 0) loss.add(-coefficient * logp[c]!);
    }
    let value = loss.value;
    // Only overflowing products (weight × target beyond 1e308) can make NaN; refuse rather than show it.
    if (Number.isNaN(value)) return failure(errorOf('non_finite_input', { input: 'weights', row: r, values: { value: 'overflow' } }), warnings.list());
    if (value === Infinity) warnings.note('infinite_loss', { input: 'y', row: r });
    const s = sampleWeights ? sampleWeights[r]! : 1;
    value = s === 0 ? 0 : s * value;
    perSampleNats[r] = value;
    divisorWeights[r] = divisorWeight * s;
    counted[r] = 1;
  }
  if (ignored > 0) warnings.note('samples_ignored', { values: { count: ignored, ignoreIndex: options.ignoreIndex! } });
  const reduction = options.reduction ?? 'mean';
  const meanDivisor = options.meanDivisor ?? defaultMeanDivisor(targets, options);
  return reduceLosses(perSampleNats, counted, divisorWeights, reduction, meanDivisor, base, warnings.list());
}

/**
 * PyTorch divides by Σ w[y_n] for class-index targets with class weights and by N for
 * probability targets; scikit-learn's log_loss(sample_weight=…) divides by Σ s_n.
 */
export function defaultMeanDivisor(targets: Targets, options: EngineOptions): MeanDivisor {
  if (options.sampleWeights) return 'weight_sum';
  if (targets.kind === 'index' && options.classWeights) return 'weight_sum';
  return 'count';
}

function checkTargetCount(targets: Targets, n: number): Diagnostic | undefined {
  const count = targets.kind === 'index' ? targets.indices.length : targets.rows;
  if (count !== n) return errorOf('shape_mismatch', { input: 't', values: { expected: n, actual: count } });
  return undefined;
}

