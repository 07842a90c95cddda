// The fast path for a batch of logits: Z row-major N×K, targets either N×K rows (Float64Array)
// or N class indices (Int32Array). One pass a row (a running maximum, with the target terms
// folded in); anything unusual goes to the careful engine, which names the problem.
import { checkBase, SUM_TOLERANCE } from './checks';
import { errorOf, failure, type Computation } from './diagnostics';
import { crossEntropyFromLogitsBatch, type LogitsOptions } from './logits';
import type { BatchOptions } from './batch';
import { checkReduction, reduceUnweighted, type BatchResult } from './reduce';
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
  const usable = byIndex ? indexLosses(Z, targets, n, k, perSample) : rowLosses(Z, targets, n, k, perSample, warnings);
  if (!usable) return careful();
  return reduceUnweighted(perSample, options.reduction ?? 'mean', base, warnings.list());
}

/**
 * One pass a row with a running maximum m ("online softmax"): s = Σ exp(z_c − m) is rescaled
 * when m grows, and so is the gap Σ t_c·(m − z_c), by adding tSum·(m_new − m_old) — every
 * addend stays non-negative, so logits shifted by 1e6 lose nothing. Returns false when a
 * row needs the careful path (NaN, ±∞, a negative target).
 */
function rowLosses(Z: Float64Array, T: Float64Array, n: number, k: number, out: Float64Array, warnings: WarningCollector): boolean {
  for (let r = 0, offset = 0; r < n; r++, offset += k) {
    let m = Z[offset]!;
    let s = 0;
    let gap = 0;
    let tSum = 0;
    let negative = false;
    for (let c = offset, end = offset + k; c < end; c++) {
      const z = Z[c]!;
      const t = T[c]!;
      if (z > m) {
        s *= Math.exp(m - z);
        gap += tSum * (z - m);
        m = z;
      }
      const d = m - z;
      s += Math.exp(-d);
      gap += t * d;
      tSum += t;
      if (t < 0) negative = true;
    }
    const loss = gap + tSum * Math.log(s);
    // NaN or ±∞ in z or t leave a non-finite loss; the careful path says what they mean.
    if (negative || !Number.isFinite(loss)) return false;
    if (Math.abs(tSum - 1) > SUM_TOLERANCE) warnings.note('t_not_distribution', { input: 't', row: r, values: { sum: tSum } });
    out[r] = loss;
  }
  return true;
}

/** Class-index targets: ℓ = (m − z_y) + ln Σ exp(z_c − m), one pass with a running maximum. */
function indexLosses(Z: Float64Array, indices: Int32Array, n: number, k: number, out: Float64Array): boolean {
  for (let r = 0, offset = 0; r < n; r++, offset += k) {
    const index = indices[r]!;
    if (index < 0 || index >= k) return false;
    let m = Z[offset]!;
    let s = 0;
    for (let c = offset, end = offset + k; c < end; c++) {
      const z = Z[c]!;
      if (z > m) {
        s *= Math.exp(m - z);
        m = z;
      }
      s += Math.exp(z - m);
    }
    const loss = m - Z[offset + index]! + Math.log(s);
    if (!Number.isFinite(loss)) return false;
    out[r] = loss;
  }
  return true;
}
