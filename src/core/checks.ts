// Cheap input checks shared by every operation. Each returns the first problem found
// as an error Diagnostic, or undefined when the input is usable.
import { errorOf, type Diagnostic, type DiagnosticInput } from './diagnostics';
import { isLogBase } from './logs';

export function checkBase(base: unknown): Diagnostic | undefined {
  return isLogBase(base) ? undefined : errorOf('invalid_base', { input: 'params', values: { value: String(base) } });
}

/** Finite numbers only (NaN and ±∞ are refused; logits allow −∞ through their own check). */
export function checkFinite(values: ArrayLike<number>, input: DiagnosticInput, row?: number): Diagnostic | undefined {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) return errorOf('non_finite_input', { input, index: i, row, values: { value: String(v) } });
  }
  return undefined;
}

/** Targets must be ≥ 0 (a negative target has no meaning as a probability or count). */
export function checkTargets(values: ArrayLike<number>, row?: number): Diagnostic | undefined {
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < 0) return errorOf('invalid_target', { input: 't', index: i, row, values: { value: values[i]! } });
  }
  return undefined;
}

/**
 * A prediction of a cross-entropy is a probability: in [0, 1]. Below 0 its log is undefined;
 * above 1 it is no probability either, and a term −t·log y would turn negative.
 */
export function checkPredictions(values: ArrayLike<number>, row?: number): Diagnostic | undefined {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0 || v > 1) return errorOf('invalid_probability', { input: 'y', index: i, row, values: { value: v } });
  }
  return undefined;
}

/** Weights: the right length, finite, not negative. */
export function checkWeights(
  weights: ArrayLike<number> | undefined,
  expectedLength: number,
  name: string,
): Diagnostic | undefined {
  if (weights === undefined) return undefined;
  if (weights.length !== expectedLength) {
    return errorOf('shape_mismatch', { input: 'weights', values: { expected: expectedLength, actual: weights.length, name } });
  }
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) return errorOf('invalid_weight', { input: 'weights', index: i, values: { value: String(w), name } });
  }
  return undefined;
}

/** PyTorch refuses label_smoothing outside [0, 1] (and silently treats a negative one as 0; we refuse it). */
export function checkLabelSmoothing(ls: number | undefined): Diagnostic | undefined {
  if (ls === undefined) return undefined;
  if (typeof ls !== 'number' || !(ls >= 0 && ls <= 1)) {
    return errorOf('invalid_label_smoothing', { input: 'params', values: { value: String(ls) } });
  }
  return undefined;
}

/** clip_eps as Keras (1e-7) and scikit-learn (machine epsilon) use it: 0 < eps < 0.5. */
export function checkClipEps(eps: number | undefined): Diagnostic | undefined {
  if (eps === undefined) return undefined;
  if (typeof eps !== 'number' || !(eps > 0 && eps < 0.5)) {
    return errorOf('invalid_option', { input: 'params', values: { option: 'clip_eps', value: String(eps) } });
  }
  return undefined;
}

/** log_floor as PyTorch's BCELoss uses it (−100): a finite number not above 0. */
export function checkLogFloor(floor: number | undefined): Diagnostic | undefined {
  if (floor === undefined) return undefined;
  if (typeof floor !== 'number' || !Number.isFinite(floor) || floor > 0) {
    return errorOf('invalid_option', { input: 'params', values: { option: 'log_floor', value: String(floor) } });
  }
  return undefined;
}

/** A class index: an integer in [0, k). */
export function checkClassIndex(index: number, k: number, row?: number): Diagnostic | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= k) {
    return errorOf('invalid_target', { input: 't', row, values: { value: String(index), classes: k } });
  }
  return undefined;
}

/** How far a sum may stray from 1 before we say so: rounding of pasted decimals stays quiet. */
export const SUM_TOLERANCE = 1e-9;
