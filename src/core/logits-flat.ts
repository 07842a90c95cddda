// The fast path for a batch of logits: Z row-major N×K, targets either N×K rows (Float64Array)
// or N class indices (Int32Array). Two passes a row (max, then exp with the target terms
// folded in); anything unusual goes to the careful engine, which names the problem.
import { checkBase, SUM_TOLERANCE } from './checks';
import { errorOf, failure, success, type Computation } from './diagnostics';
import { crossEntropyFromLogitsBatch, type LogitsOptions } from './logits';
import type { BatchOptions } from './batch';
import { natsTo } from './logs';
import { checkReduction, type BatchResult } from './reduce';
import { CompensatedSum } from './sum';
import { WarningCollector } from './warnings';

export function crossEntropyFromLogitsBatchFlat(
  Z: Float64Array,
  targets: Float64Array | Int32Array,
  n: number,
  k: number,
  options: LogitsOptions & BatchOptions = {},
): Computation<BatchResult> {
  const base = options.base ?? 'e';
  const byIndex = targets instanceof Int32Array;
  const setup =
    checkBase(base) ??
    checkReduction(options.reduction, options.meanDivisor) ??
    (n <= 0 || k <= 0 ? errorOf('empty_input', { input: 'z' }) : undefined) ??
    (Z.length !== n * k ? errorOf('shape_mismatch', { input: 'z', values: { expected: n * k, actual: Z.length } }) : undefined) ??
    (targets.length !== (byIndex ? n : n * k)
      ? errorOf('shape_mismatch', { input: 't', values: { expected: byIndex ? n : n * k, actual: targets.length } })
      : undefined);
  if (setup) return failure(setup);
  const careful = () => {
    const rows = Array.from({ length: n }, (_, r) => Z.subarray(r * k, r * k + k));
    const t = byIndex ? targets : Array.from({ length: n }, (_, r) => targets.subarray(r * k, r * k + k));
    return crossEntropyFromLogitsBatch(rows, t, options);
  };
  const plain =
    options.classWeights === undefined &&
    options.sampleWeights === undefined &&
    options.ignoreIndex === undefined &&
    !options.labelSmoothing &&
    !options.normalize;
  if (!plain) return careful();

  const perSample = new Float64Array(n);
  const warnings = new WarningCollector();
  for (let r = 0, offset = 0; r < n; r++, offset += k) {
    const end = offset + k;
    let m = -Infinity;
    let zSum = 0;
    for (let c = offset; c < end; c++) {
      const z = Z[c]!;
      zSum += z;
      if (z > m) m = z;
    }
    // NaN or ±∞ make the sum non-finite: the careful path decides what they mean.
    if (!Number.isFinite(zSum)) return careful();
    let s = 0;
    let loss: number;
    if (byIndex) {
      for (let c = offset; c < end; c++) s += Math.exp(Z[c]! - m);
      const index = targets[r]!;
      if (index < 0 || index >= k) return careful();
      loss = m - Z[offset + index]! + Math.log(s);
    } else {
      let gap = 0;
      let tSum = 0;
      let negative = false;
      for (let c = offset; c < end; c++) {
        const d = m - Z[c]!;
        s += Math.exp(-d);
        const t = targets[c]!;
        tSum += t;
        if (t < 0) negative = true;
        gap += t * d;
      }
      if (negative || !Number.isFinite(tSum)) return careful();
      if (Math.abs(tSum - 1) > SUM_TOLERANCE) warnings.note('t_not_distribution', { input: 't', row: r, values: { sum: tSum } });
      // Σ t_c·(m − z_c + lse): both parts are non-negative.
      loss = gap + tSum * Math.log(s);
    }
    perSample[r] = loss;
  }
  const reduction = options.reduction ?? 'mean';
  const perSampleInBase = Array.from(perSample, (v) => natsTo(base, v));
  if (reduction === 'none') return success({ value: perSampleInBase, perSample: perSampleInBase }, warnings.list());
  const total = new CompensatedSum();
  for (let r = 0; r < n; r++) total.add(perSample[r]!);
  const nats = reduction === 'sum' ? total.value : total.value / n;
  return success({ value: natsTo(base, nats), perSample: perSampleInBase }, warnings.list());
}
