// Reductions over per-sample losses: mean, sum or none, and the mean's divisor.
import { errorOf, failure, success, type Computation, type Diagnostic } from './diagnostics';
import { natsTo } from './logs';
import { CompensatedSum } from './sum';
import type { LogBase } from './types';

export type Reduction = 'mean' | 'sum' | 'none';
/** `count`: N (less ignored samples), as Keras's sum_over_batch_size; `weight_sum`: Σ weights, as PyTorch and scikit-learn. */
export type MeanDivisor = 'count' | 'weight_sum';

export interface BatchResult {
  /** A number for mean and sum, the per-sample losses for none. */
  value: number | number[];
  /** Per-sample losses in the base, weighted as PyTorch's reduction='none' returns them. */
  perSample: number[];
}

export function checkReduction(reduction: unknown, meanDivisor: unknown): Diagnostic | undefined {
  if (reduction !== undefined && reduction !== 'mean' && reduction !== 'sum' && reduction !== 'none') {
    return errorOf('invalid_option', { input: 'params', values: { option: 'reduction', value: String(reduction) } });
  }
  if (meanDivisor !== undefined && meanDivisor !== 'count' && meanDivisor !== 'weight_sum') {
    return errorOf('invalid_option', { input: 'params', values: { option: 'mean_divisor', value: String(meanDivisor) } });
  }
  return undefined;
}

/**
 * `counted[n]` is 0 for ignored samples; `divisorWeights[n]` is the sample's share of the
 * weighted mean's divisor. Losses come in nats and leave in `base`.
 */
export function reduceLosses(
  perSampleNats: Float64Array,
  counted: Uint8Array,
  divisorWeights: Float64Array,
  reduction: Reduction,
  meanDivisor: MeanDivisor,
  base: LogBase,
  warnings: Diagnostic[],
): Computation<BatchResult> {
  const bad = checkReduction(reduction, meanDivisor);
  if (bad) return failure(bad, warnings);
  const perSample = Array.from(perSampleNats, (v) => natsTo(base, v));
  if (reduction === 'none') return success({ value: perSample, perSample }, warnings);
  const total = new CompensatedSum();
  for (let i = 0; i < perSampleNats.length; i++) total.add(perSampleNats[i]!);
  if (reduction === 'sum') return success({ value: natsTo(base, total.value), perSample }, warnings);
  let count = 0;
  const weightSum = new CompensatedSum();
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    count++;
    weightSum.add(divisorWeights[i]!);
  }
  if (count === 0) return failure(errorOf('no_valid_samples', { input: 't' }), warnings);
  const divisor = meanDivisor === 'count' ? count : weightSum.value;
  if (divisor === 0) return failure(errorOf('zero_weight_sum', { input: 'weights' }), warnings);
  return success({ value: natsTo(base, total.value / divisor), perSample }, warnings);
}

/** The unweighted case of reduceLosses (every sample counted, mean over N): the flat fast paths. */
export function reduceUnweighted(perSampleNats: Float64Array, reduction: Reduction, base: LogBase, warnings: Diagnostic[]): Computation<BatchResult> {
  const perSample = Array.from(perSampleNats, (v) => natsTo(base, v));
  if (reduction === 'none') return success({ value: perSample, perSample }, warnings);
  const total = new CompensatedSum();
  for (let i = 0; i < perSampleNats.length; i++) total.add(perSampleNats[i]!);
  const nats = reduction === 'sum' ? total.value : total.value / perSampleNats.length;
  return success({ value: natsTo(base, nats), perSample }, warnings);
}
