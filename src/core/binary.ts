// Binary cross-entropy, ℓ = −[pw·t·ln y + (1 − t)·ln(1 − y)], from probabilities or logits.
// Where PyTorch is inexact this is not: ln(1 − y) is log1p(−y) (PyTorch's log(1 − y) loses
// y = 1e-16 entirely), and the logit form uses softplus with log1p, so losses below 1e-16 are
// kept rather than rounded to 0, and a ±∞ logit under a zero coefficient gives 0, not NaN.
import { checkBase, checkClipEps, checkLabelSmoothing, checkLogFloor, checkWeights } from './checks';
import { errorOf, failure, type Computation, type Diagnostic } from './diagnostics';
import { checkReduction, reduceLosses, type BatchResult, type MeanDivisor, type Reduction } from './reduce';
import type { LogBase } from './types';
import { WarningCollector } from './warnings';

export interface BinaryOptions {
  base?: LogBase;
  reduction?: Reduction;
  /** Raise each log to at least this, as PyTorch's BCELoss does with −100. */
  logFloor?: number;
  /** Clip y into [eps, 1 − eps] first, as Keras and scikit-learn do (probabilities only). */
  clipEps?: number;
  /** Per-sample weights (PyTorch's `weight`): its mean still divides by N. */
  weights?: ArrayLike<number>;
  /** Weight of the positive term (PyTorch's BCEWithLogitsLoss pos_weight). */
  posWeight?: number;
  /** y holds logits z, and σ(z) is the probability. */
  fromLogits?: boolean;
  meanDivisor?: MeanDivisor;
  /** Keras's binary label smoothing, t' = t·(1 − ls) + ls/2 (PyTorch's BCE has none). */
  labelSmoothing?: number;
  /**
   * How t is written: 'zeroOne' (the default) is the probability of the positive class;
   * 'plusMinusOne' is a label y in {−1, +1}, read as t = (1 + y)/2, so that on a logit x the
   * loss is log(1 + e^{−y x}) (PyTorch's soft_margin_loss). Any y in [−1, 1] is taken.
   */
  labels?: BinaryLabels;
}

export type BinaryLabels = 'zeroOne' | 'plusMinusOne';

function checkLabels(labels: unknown): Diagnostic | undefined {
  if (labels === undefined || labels === 'zeroOne' || labels === 'plusMinusOne') return undefined;
  return errorOf('invalid_option', { input: 'params', values: { option: 'labels', value: String(labels) } });
}

/** softplus(x) = ln(1 + eˣ) without overflow; −ln σ(z) = softplus(−z). */
export function softplus(x: number): number {
  if (x === Infinity) return Infinity;
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** One sample is arrays of length 1. */
export function binaryCrossEntropy(
  t: ArrayLike<number>,
  y: ArrayLike<number>,
  options: BinaryOptions = {},
): Computation<BatchResult> {
  const base = options.base ?? 'e';
  const n = y.length;
  const pw = options.posWeight ?? 1;
  const ls = options.labelSmoothing ?? 0;
  const input = options.fromLogits ? 'z' : 'y';
  const setup =
    checkBase(base) ??
    checkReduction(options.reduction, options.meanDivisor) ??
    (n === 0 || t.length === 0 ? errorOf('empty_input', { input: n === 0 ? input : 't' }) : undefined) ??
    (t.length !== n ? errorOf('shape_mismatch', { input: 't', values: { expected: n, actual: t.length } }) : undefined) ??
    checkWeights(options.weights, n, 'weights') ??
    (typeof pw !== 'number' || !Number.isFinite(pw) || pw < 0
      ? errorOf('invalid_weight', { input: 'weights', values: { value: String(pw), name: 'pos_weight' } })
      : undefined) ??
    checkLogFloor(options.logFloor) ??
    checkClipEps(options.clipEps) ??
    checkLabelSmoothing(options.labelSmoothing) ??
    checkLabels(options.labels);
  if (setup) return failure(setup);
  const plusMinusOne = options.labels === 'plusMinusOne';

  const warnings = new WarningCollector();
  const floor = options.logFloor;
  let floored = 0;
  let clipped = 0;
  const clampLog = (v: number) => {
    if (floor !== undefined && v < floor) {
      floored++;
      return floor;
    }
    return v;
  };
  const perSampleNats = new Float64Array(n);
  const divisorWeights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const written = t[i]!;
    if (!Number.isFinite(written)) return failure(errorOf('non_finite_input', { input: 't', index: i, values: { value: String(written) } }));
    // A ±1 label y is the probability (1 + y)/2 of the positive class: −1 is 0, +1 is 1.
    if (plusMinusOne && (written < -1 || written > 1)) {
      return failure(errorOf('invalid_target', { input: 't', index: i, values: { value: written, labels: 'plusMinusOne' } }));
    }
    const ti = plusMinusOne ? (1 + written) / 2 : written;
    // A binary target is a probability of the positive class: outside [0, 1] it means nothing
    // (PyTorch 1.13 computes with t = 1.2 anyway).
    if (ti < 0 || ti > 1) return failure(errorOf('invalid_target', { input: 't', index: i, values: { value: ti } }));
    let yi = y[i]!;
    let logPositive: number;
    let logNegative: number;
    if (options.fromLogits) {
      if (Number.isNaN(yi) || typeof yi !== 'number') return failure(errorOf('non_finite_input', { input: 'z', index: i, values: { value: String(yi) } }));
      logPositive = -softplus(-yi);
      logNegative = -softplus(yi);
    } else {
      if (!Number.isFinite(yi)) return failure(errorOf('non_finite_input', { input: 'y', index: i, values: { value: String(yi) } }));
      if (yi < 0 || yi > 1) return failure(errorOf('invalid_probability', { input: 'y', index: i, values: { value: yi } }));
      if (options.clipEps !== undefined) {
        const c = Math.min(Math.max(yi, options.clipEps), 1 - options.clipEps);
        if (c !== yi) clipped++;
        yi = c;
      }
      logPositive = Math.log(yi);
      logNegative = Math.log1p(-yi);
    }
    // Smoothing pulls the target towards ½, the two classes' uniform share (Keras).
    const target = ls > 0 ? ti * (1 - ls) + ls / 2 : ti;
    const positive = pw * target;
    const negative = 1 - target;
    // Zero coefficients contribute 0 whatever the log is (scipy.special.xlogy / xlog1py).
    let loss = 0;
    if (positive !== 0) loss -= positive * clampLog(logPositive);
    if (negative !== 0) loss -= negative * clampLog(logNegative);
    if (Number.isNaN(loss)) return failure(errorOf('non_finite_input', { input: 'weights', index: i, values: { value: 'overflow' } }));
    if (loss === Infinity) warnings.note('infinite_loss', { input, index: i, values: { t: written } });
    const w = options.weights ? options.weights[i]! : 1;
    perSampleNats[i] = w === 0 ? 0 : w * loss;
    divisorWeights[i] = w;
  }
  if (clipped > 0) warnings.note('y_clipped', { input: 'y', values: { count: clipped, eps: options.clipEps! } });
  if (floored > 0) warnings.note('log_floored', { values: { count: floored, floor: floor! } });
  const counted = new Uint8Array(n).fill(1);
  const diagnostics: Diagnostic[] = warnings.list();
  return reduceLosses(perSampleNats, counted, divisorWeights, options.reduction ?? 'mean', options.meanDivisor ?? 'count', base, diagnostics);
}
