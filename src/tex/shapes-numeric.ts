// The cross-entropy shape written with numbers only: −[0·ln 0.2 + 1·ln 0.5 + 0·ln 0.3],
// −(1/6 log 1/2 + …), −1·log(0.9). The kind follows from the shape: weights over the
// logs of other numbers is a cross-entropy; weights equal to the log arguments is
// an entropy (a near miss). A lone −log 0.7 with no weight written says neither.
import type { LogBase } from '../core/types';
import type { Expr } from './expr';
import { single } from './expr';
import { termsOf } from './terms';

export interface NumericLogSum {
  /** True when every weighted term's weight equals its log's argument (−Σ p log p). */
  entropy: boolean;
  base: LogBase | null;
}

/** A number written as a decimal or a fraction of two numbers, else null. */
function valueOf(e: Expr): number | null {
  const inner = single(e);
  if (inner.k === 'num') return inner.value;
  if (inner.k === 'div') {
    const num = valueOf(inner.num);
    const den = valueOf(inner.den);
    return num !== null && den !== null && den !== 0 ? num / den : null;
  }
  return null;
}

const isProbability = (x: number | null): x is number => x !== null && x >= 0 && x <= 1;

/** −Σ w_k log a_k with numbers w, a in [0, 1], at least one weight written; else null. */
export function numericLogSum(e: Expr): NumericLogSum | null {
  const terms = termsOf(e);
  if (!terms || terms.length === 0) return null;
  let weighted = 0;
  let allEqual = true;
  const bases = new Set<string>();
  for (const term of terms) {
    const log = term.logs[0];
    const factors = [...term.scale, ...term.factors].filter((f) => !(f.k === 'sym' && f.name === '\\dots'));
    if (term.logs.length === 0 && factors.length === 0) continue; // the … of a written-out sum
    if (term.logs.length !== 1 || !log || term.bigs.length > 0) return null;
    let arg = valueOf(log.arg);
    let sign = term.sign;
    // log(1/2) was read as −log 2: back to the log of a probability.
    if (arg !== null && arg > 1) [arg, sign] = [1 / arg, (-sign) as 1 | -1];
    if (sign !== -1 || !isProbability(arg) || arg === 0 || factors.length > 1) return null;
    bases.add(String(log.base));
    // −log 0.7 beside weighted terms: weight 1.
    const weight = factors.length === 0 ? 1 : valueOf(factors[0] as Expr);
    if (!isProbability(weight)) return null;
    if (factors.length > 0) weighted += 1;
    if (weight !== 0 && Math.abs(weight - arg) > 1e-12) allEqual = false;
  }
  if (weighted === 0 || bases.size !== 1) return null;
  const base = terms[0]?.logs[0]?.base ?? null;
  return { entropy: allEqual, base: base === 'other' ? null : base };
}

/** log(e^{a} + e^{b} + …) with numbers a, b: the exponents, else null. */
function numericLogSumExp(log: Extract<Expr, { k: 'log' }>): number[] | null {
  const arg = single(log.arg);
  if (arg.k !== 'add' || arg.terms.length < 2) return null;
  const exponents = arg.terms.map((t) => {
    if (t.k !== 'exp') return null;
    const negated = t.arg.k === 'neg';
    const value = valueOf(negated ? (t.arg as { arg: Expr }).arg : t.arg);
    return value === null ? null : negated ? -value : value;
  });
  return exponents.every((x): x is number => x !== null) ? exponents : null;
}

/**
 * The log-sum-exp form with numbers: −z_y + log(e^{z_1} + … + e^{z_K}) per sample, its
 * sum or mean (−0.9 + log(e^{0.1} + e^{0.9}) − 0.49 + log(e^{0.49} + e^{0.51})) / 2.
 * Each picked logit is one of the exponents of the log it goes with.
 */
export function isNumericLogSumExp(e: Expr): boolean {
  // (…) / 2: the mean of the samples' losses.
  if (e.k === 'div' && valueOf(e.den) !== null) return isNumericLogSumExp(e.num);
  const terms = termsOf(e);
  if (!terms || terms.length < 2 || terms.some((t) => t.bigs.length > 0)) return false;
  const logs = terms.filter((t) => t.logs.length === 1 && t.factors.length === 0);
  const picked = terms.filter((t) => t.logs.length === 0 && t.factors.length === 1);
  if (logs.length === 0 || logs.length !== picked.length || logs.length + picked.length !== terms.length) return false;
  return logs.every((lse, i) => {
    const exponents = numericLogSumExp(lse.logs[0] as Extract<Expr, { k: 'log' }>);
    const pick = picked[i] as (typeof terms)[number];
    const value = valueOf(pick.factors[0] as Expr);
    return lse.sign === 1 && pick.sign === -1 && exponents !== null && value !== null && exponents.some((x) => Math.abs(x - value) < 1e-12);
  });
}

/** −log 0.4, −1·ln(0.7): one negated log of a probability, the one-hot case of the sum. */
export function isLoneNegativeLog(e: Expr): boolean {
  const terms = termsOf(e);
  if (!terms || terms.length !== 1) return false;
  const [term] = terms as [NonNullable<typeof terms>[number]];
  const weights = [...term.scale, ...term.factors];
  const arg = term.logs[0] ? valueOf(term.logs[0].arg) : null;
  return term.sign === -1 && term.logs.length === 1 && term.bigs.length === 0 && weights.every((w) => valueOf(w) === 1) && arg !== null && arg > 0 && arg < 1;
}
