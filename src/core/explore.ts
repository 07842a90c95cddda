// Numbers for playing with a loss: the curve of −log y the popover draws, moving one
// prediction while the others keep Σy = 1, a logit that gives a chosen probability,
// and the steps a dragged or arrowed number takes. Pure, like the rest of the core.
import { LN_OF_BASE } from './logs';
import type { LogBase } from './types';

/** x rounded to `digits` significant digits (0 and non-finite values stay as they are). */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(Math.max(1, Math.min(17, digits))));
}

/**
 * The predictions with entry `k` set to `value` (clamped into [0, 1]) and the others
 * scaled by one factor so that Σy stays 1: their proportions are kept. Others rounded to
 * `digits` significant digits (what a reader can read in a cell), the rounding's remainder
 * going to the largest of them, so the sum is 1 to the float's precision. Others that are
 * all 0 share 1 − value equally.
 */
export function rescaleOthers(y: readonly number[], k: number, value: number, digits = 4): number[] {
  const n = y.length;
  const v = Math.min(1, Math.max(0, value));
  const out = y.slice();
  if (k < 0 || k >= n) return out;
  out[k] = v;
  if (n === 1) return out;
  let others = 0;
  for (let i = 0; i < n; i++) if (i !== k) others += Math.max(0, y[i]!);
  const rest = 1 - v;
  let written = 0;
  let largest = -1;
  for (let i = 0; i < n; i++) {
    if (i === k) continue;
    const share = others > 0 ? (Math.max(0, y[i]!) / others) * rest : rest / (n - 1);
    const rounded = roundSignificant(share, digits);
    out[i] = rounded;
    written += rounded;
    if (largest < 0 || rounded > out[largest]!) largest = i;
  }
  if (largest >= 0) out[largest] = Math.max(0, out[largest]! + (rest - written));
  return out;
}

/**
 * Logits with class `c`'s logit moved so that softmax gives it probability `p`, the other
 * logits unchanged (so the other probabilities keep their ratios, and Σ stays 1):
 * z_c = ln(p / (1 − p)) + ln Σ_{j≠c} e^{z_j}. p is clamped into [1e-12, 1 − 1e-12].
 */
export function logitForProbability(z: readonly number[], c: number, p: number): number[] {
  const out = z.slice();
  if (c < 0 || c >= z.length || z.length < 2) return out;
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  let max = -Infinity;
  for (let j = 0; j < z.length; j++) if (j !== c && z[j]! > max) max = z[j]!;
  let sum = 0;
  for (let j = 0; j < z.length; j++) if (j !== c) sum += Math.exp(z[j]! - max);
  out[c] = Math.log(q) - Math.log1p(-q) + max + Math.log(sum);
  return out;
}

/**
 * One branch of a binary loss, or one term of a multi-class one, as a function of the
 * prediction y: −[a·log y + b·log(1 − y)] in `base`, with 0·log 0 = 0.
 * (a, b) = (1, 0) is the t = 1 branch, (0, 1) the t = 0 branch, (t, 1 − t) a soft binary
 * target, (t_k, 0) the k-th term of −Σ t_k log y_k.
 */
export function lossAt(a: number, b: number, base: LogBase, y: number): number {
  const first = a === 0 ? 0 : a * Math.log(y);
  const second = b === 0 ? 0 : b * Math.log1p(-y);
  return -(first + second) / LN_OF_BASE[base];
}

/** The y where the curve is finite and a dragged point may go: away from a log's 0. */
export function curveDomain(a: number, b: number, margin = 1e-3): { lo: number; hi: number } {
  return { lo: a > 0 ? margin : 0, hi: b > 0 ? 1 - margin : 1 };
}

/** Points (y, loss) along the curve, at `count` evenly spaced y across its domain. */
export function curvePoints(a: number, b: number, base: LogBase, count: number, margin = 1e-3): Array<[number, number]> {
  const { lo, hi } = curveDomain(a, b, margin);
  const points: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const y = lo + ((hi - lo) * i) / Math.max(1, count - 1);
    points.push([y, lossAt(a, b, base, y)]);
  }
  return points;
}

/** Round tick values from 0 to at most `max`: 1, 2 or 5 times a power of ten apart, about `count` of them. */
export function axisTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(roundSignificant(v, 12));
  return ticks;
}

/** What a number may be while it is scrubbed. */
export interface ScrubRange {
  min: number;
  max: number;
}

/**
 * A scrubbed number: `steps` steps of `step` from `value`, kept inside the range (a scrub
 * that would leave it stops at the edge) and rounded to the step's decimals so that
 * 0.1 + 0.2 reads 0.3.
 */
export function scrubValue(value: number, steps: number, step: number, range: ScrubRange): number {
  const moved = value + steps * step;
  const decimals = Math.max(0, Math.min(15, -Math.floor(Math.log10(step)) + 1));
  const rounded = Number(moved.toFixed(decimals));
  return Math.min(range.max, Math.max(range.min, rounded));
}

/** The step of an arrow key or of one dragged pixel: 0.01 by default, ×10 with Shift, ÷10 with Alt. */
export function scrubStep(base: number, modifiers: { shift?: boolean; alt?: boolean }): number {
  return base * (modifiers.shift ? 10 : 1) / (modifiers.alt ? 10 : 1);
}
