// The one log helper, and the conversions between nats and the other bases.
import type { LogBase } from './types';

export const LOG_BASES: readonly LogBase[] = ['e', '2', '10'];

/** ln(b) for each base: dividing a value in nats by it gives the value in base b. */
export const LN_OF_BASE: Readonly<Record<LogBase, number>> = {
  e: 1,
  '2': Math.LN2,
  '10': Math.LN10,
};

/**
 * log_b(x). Base 2 and 10 use Math.log2 / Math.log10, which are exact on powers of
 * their base (log2 8 = 3, log10 1000 = 3), so worked examples like `\log_2 8 = 3` check.
 * log(0) = −∞; negative x gives NaN as Math.log does (callers validate first).
 */
export function logIn(base: LogBase, x: number): number {
  if (base === '2') return Math.log2(x);
  if (base === '10') return Math.log10(x);
  return Math.log(x);
}

/** A value in nats expressed in `base` (one division; the batch paths sum in nats). */
export function natsTo(base: LogBase, nats: number): number {
  return base === 'e' ? nats : nats / LN_OF_BASE[base];
}

/** Reads a base as callers and JSON give it: 'e', 2, '2', 10, '10'. Anything else is not a base. */
export function readLogBase(value: unknown): LogBase | undefined {
  if (value === undefined || value === null) return 'e';
  if (value === 'e' || value === 'E' || value === 'ln') return 'e';
  if (value === 2 || value === '2') return '2';
  if (value === 10 || value === '10') return '10';
  return undefined;
}

export function isLogBase(value: unknown): value is LogBase {
  return value === 'e' || value === '2' || value === '10';
}

/** Unit name of an information quantity in a base (nats, bits, hartleys). */
export function unitOf(base: LogBase): 'nats' | 'bits' | 'hartleys' {
  return base === '2' ? 'bits' : base === '10' ? 'hartleys' : 'nats';
}
