// Multi-class cross-entropy of one sample, E = −Σ_k t_k log y_k, with everything a
// reader may want to see beside it: terms, L, log L, H(t), KL(t‖y), perplexity, gradients.
import {
  checkBase,
  checkClipEps,
  checkFinite,
  checkLabelSmoothing,
  checkLogFloor,
  checkPredictions,
  checkTargets,
  checkWeights,
  SUM_TOLERANCE,
} from './checks';
import { errorOf, failure, success, warningOf, type Computation, type Diagnostic } from './diagnostics';
import { natsTo } from './logs';
import { CompensatedSum } from './sum';
import type { LogBase } from './types';

export interface CrossEntropyOptions {
  base?: LogBase;
  /** Divide y (and t) by their sums first, as scikit-learn ≤ 1.4 log_loss and scipy.stats.entropy do. */
  normalize?: boolean;
  /** Keras's arithmetic: rescale y to sum 1, then clip it into [eps, 1 − eps] (Keras uses 1e-7). */
  clipEps?: number;
  /** Raise each log to at least this value, as PyTorch's BCELoss does with −100. */
  logFloor?: number;
  /** PyTorch's formula: t' = (1 − ls)·t + ls/K. */
  labelSmoothing?: number;
  /** Per-class weights w_k: E = −Σ w_k t_k log y_k (PyTorch's `weight`). */
  classWeights?: ArrayLike<number>;
}

export interface MulticlassResult {
  E: number;
  base: LogBase;
  /** −t_k·log y_k per class, in `base` (weighted when class weights are given). */
  terms: number[];
  L: number;
  logL: number;
  likelihoodUnderflow: boolean;
  entropy: number;
  kl: number;
  perplexity: number;
  gradLogits: number[];
  gradY: number[];
}

/** Smallest positive normal float64: below it a product has lost precision. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/** Shared preparation of (t, y): checks, then the smoothing, clipping and rescaling asked for. */
export interface PreparedPair {
  t: Float64Array;
  y: Float64Array;
  warnings: Diagnostic[];
}

export function preparePair(
  t: ArrayLike<number>,
  y: ArrayLike<number>,
  options: CrossEntropyOptions,
  row?: number,
): { ok: true; pair: PreparedPair } | { ok: false; error: Diagnostic; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const k = y.length;
  if (k === 0 || t.length === 0) return { ok: false, error: errorOf('empty_input', { input: k === 0 ? 'y' : 't', row }), warnings };
  if (t.length !== k) {
    return { ok: false, error: errorOf('shape_mismatch', { input: 't', row, values: { expected: k, actual: t.length } }), warnings };
  }
  const problem =
    checkFinite(t, 't', row) ??
    checkFinite(y, 'y', row) ??
    checkTargets(t, row) ??
    checkPredictions(y, row) ??
    checkLabelSmoothing(options.labelSmoothing) ??
    checkClipEps(options.clipEps) ??
    checkLogFloor(options.logFloor) ??
    checkWeights(options.classWeights, k, 'class_weights');
  if (problem) return { ok: false, error: problem, warnings };

  const tw = Float64Array.from(t);
  const yw = Float64Array.from(y);
  const eps = options.clipEps;
  // Keras rescales y to sum 1 and clips after (keras.backend.categorical_crossentropy);
  // clip_eps asks for Keras's arithmetic, so it rescales y as Keras does.
  if (options.normalize || eps !== undefined) {
    const ySum = sumOf(yw);
    if (ySum === 0) return { ok: false, error: errorOf('zero_sum', { input: 'y', row }), warnings };
    if (Math.abs(ySum - 1) > SUM_TOLERANCE) {
      for (let i = 0; i < k; i++) yw[i] = yw[i]! / ySum;
      warnings.push(warningOf('y_renormalised', { input: 'y', row, values: { sum: ySum } }));
    }
  } else {
    const ySum = sumOf(yw);
    if (Math.abs(ySum - 1) > SUM_TOLERANCE) warnings.push(warningOf('y_not_normalised', { input: 'y', row, values: { sum: ySum, difference: ySum - 1 } }));
  }
  if (eps !== undefined) {
    const clipped = clipInto(yw, eps);
    if (clipped > 0) warnings.push(warningOf('y_clipped', { input: 'y', row, values: { count: clipped, eps } }));
  }
  if (options.normalize) {
    // scipy.stats.entropy(t, y) rescales both arguments.
    const tSum = sumOf(tw);
    if (tSum === 0) return { ok: false, error: errorOf('zero_sum', { input: 't', row }), warnings };
    if (Math.abs(tSum - 1) > SUM_TOLERANCE) {
      for (let i = 0; i < k; i++) tw[i] = tw[i]! / tSum;
      warnings.push(warningOf('t_renormalised', { input: 't', row, values: { sum: tSum } }));
    }
  }
  const ls = options.labelSmoothing ?? 0;
  if (ls > 0) for (let i = 0; i < k; i++) tw[i] = (1 - ls) * tw[i]! + ls / k;
  const tSum = sumOf(tw);
  if (!options.normalize && Math.abs(tSum - 1) > SUM_TOLERANCE) {
    warnings.push(warningOf('t_not_distribution', { input: 't', row, values: { sum: tSum } }));
  }
  return { ok: true, pair: { t: tw, y: yw, warnings } };
}

/** Clips each value into [eps, 1 − eps] in place; returns how many changed. */
export function clipInto(values: Float64Array, eps: number): number {
  let clipped = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.min(Math.max(values[i]!, eps), 1 - eps);
    if (v !== values[i]) clipped++;
    values[i] = v;
  }
  return clipped;
}

function sumOf(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** ln y with the optional floor; counts how often the floor was used. */
function flooredLog(y: number, floor: number | undefined, counter: { floored: number }): number {
  const v = Math.log(y);
  if (floor !== undefined && v < floor) {
    counter.floored++;
    return floor;
  }
  return v;
}

export function crossEntropy(
  t: ArrayLike<number>,
  y: ArrayLike<number>,
  options: CrossEntropyOptions = {},
): Computation<MulticlassResult> {
  const base = options.base ?? 'e';
  const baseProblem = checkBase(base);
  if (baseProblem) return failure(baseProblem);
  const prepared = preparePair(t, y, options);
  if (!prepared.ok) return failure(prepared.error, prepared.warnings);
  const { t: tw, y: yw, warnings } = prepared.pair;
  const k = yw.length;
  const weights = options.classWeights;

  const termsNats = new Float64Array(k);
  const coefficients = new Float64Array(k);
  const counter = { floored: 0 };
  const eSum = new CompensatedSum();
  const hSum = new CompensatedSum();
  const klSum = new CompensatedSum();
  let coefficientSum = 0;
  let L = 1;
  for (let i = 0; i < k; i++) {
    const ti = tw[i]!;
    const yi = yw[i]!;
    const c = weights ? weights[i]! * ti : ti;
    coefficients[i] = c;
    coefficientSum += c;
    if (ti > 0) {
      hSum.add(-ti * Math.log(ti));
      klSum.add(ti * logRatio(ti, yi));
    }
    // 0·log 0 = 0 (scipy.special.xlogy): a zero coefficient contributes nothing, whatever y is.
    if (c === 0) continue;
    const logY = flooredLog(yi, options.logFloor, counter);
    if (logY === -Infinity) {
      warnings.push(warningOf('infinite_loss', { input: 'y', index: i, values: { t: ti } }));
    }
    termsNats[i] = -c * logY;
    eSum.add(termsNats[i]!);
    L *= Math.pow(yi, c);
  }
  if (counter.floored > 0) warnings.push(warningOf('log_floored', { values: { count: counter.floored, floor: options.logFloor! } }));

  const eNats = eSum.value;
  const logLNats = -eNats;
  // The direct product is exact to a few ulps while it stays normal; past that, exp(log L).
  if (!(L >= MIN_NORMAL && Number.isFinite(L))) L = Math.exp(logLNats);
  const likelihoodUnderflow = Number.isFinite(logLNats) && L < MIN_NORMAL;
  if (likelihoodUnderflow) {
    warnings.push(warningOf('likelihood_underflow', { values: { L, logL: natsTo(base, logLNats) } }));
  }
  const gradLogits: number[] = [];
  const gradY: number[] = [];
  for (let i = 0; i < k; i++) {
    const c = coefficients[i]!;
    // dE/dz_j = y_j·Σ_c w_c t_c − w_j t_j: the familiar y − t when t sums to 1 and there are no weights.
    gradLogits.push(yw[i]! * coefficientSum - c);
    gradY.push(c === 0 ? 0 : yw[i]! === 0 ? -Infinity : -c / yw[i]!);
  }
  // Only products that overflow (a weight of 1e308 times a target of 1e308) can make NaN here.
  if (Number.isNaN(eNats) || gradLogits.some(Number.isNaN)) {
    return failure(errorOf('non_finite_input', { input: 'params', values: { value: 'overflow' } }), warnings);
  }
  return success(
    {
      E: natsTo(base, eNats),
      base,
      terms: Array.from(termsNats, (v) => natsTo(base, v)),
      L,
      logL: natsTo(base, logLNats),
      likelihoodUnderflow,
      entropy: natsTo(base, hSum.value),
      kl: natsTo(base, klSum.value),
      perplexity: Math.exp(eNats),
      gradLogits,
      gradY,
    },
    warnings,
  );
}

/** ln(p/q) for p > 0, without overflow or underflow of the ratio; +∞ when q = 0. */
export function logRatio(p: number, q: number): number {
  if (q === 0) return Infinity;
  const r = p / q;
  if (r > 0 && Number.isFinite(r)) return Math.log(r);
  return Math.log(p) - Math.log(q);
}
