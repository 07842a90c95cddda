// Entropy H(p), KL(p‖q), likelihood L = Π y^t, log-likelihood and perplexity.
import { checkBase, checkFinite, checkPredictions, checkTargets, SUM_TOLERANCE } from './checks';
import { errorOf, failure, success, warningOf, type Computation, type Diagnostic, type DiagnosticInput } from './diagnostics';
import { natsTo } from './logs';
import { logRatio, MIN_NORMAL } from './multiclass';
import { CompensatedSum } from './sum';
import type { LogBase } from './types';

export interface InformationOptions {
  base?: LogBase;
  /** Rescale the inputs to sum 1 first, as scipy.stats.entropy does (scipy issue #11388). */
  normalize?: boolean;
}

function checkDistribution(p: ArrayLike<number>, input: DiagnosticInput): Diagnostic | undefined {
  if (p.length === 0) return errorOf('empty_input', { input });
  const bad = checkFinite(p, input);
  if (bad) return bad;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! < 0) return errorOf('invalid_probability', { input, index: i, values: { value: p[i]! } });
  }
  return undefined;
}

/** p rescaled to sum 1 when asked (an error when it sums to 0), with a warning when it does not sum to 1. */
function prepared(p: ArrayLike<number>, input: DiagnosticInput, normalize: boolean | undefined, warnings: Diagnostic[]) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i]!;
  if (!normalize) {
    if (Math.abs(sum - 1) > SUM_TOLERANCE) warnings.push(warningOf(input === 't' ? 't_not_distribution' : 'y_not_normalised', { input, values: { sum, difference: sum - 1 } }));
    return { values: p, error: undefined };
  }
  if (sum === 0) return { values: p, error: errorOf('zero_sum', { input }) };
  return { values: Array.from(p, (v) => v / sum), error: undefined };
}

export function entropy(p: ArrayLike<number>, options: InformationOptions = {}): Computation<number> {
  const base = options.base ?? 'e';
  const bad = checkBase(base) ?? checkDistribution(p, 't');
  if (bad) return failure(bad);
  const warnings: Diagnostic[] = [];
  const { values, error } = prepared(p, 't', options.normalize, warnings);
  if (error) return failure(error, warnings);
  const h = new CompensatedSum();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > 0) h.add(-v * Math.log(v)); // 0·log 0 = 0 (scipy.special.entr)
  }
  return success(natsTo(base, h.value), warnings);
}

/** KL(p‖q) = Σ p ln(p/q), as scipy.special.rel_entr sums it; +∞ where q = 0 < p. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: InformationOptions = {}): Computation<number> {
  const base = options.base ?? 'e';
  const bad =
    checkBase(base) ??
    checkDistribution(p, 't') ??
    checkDistribution(q, 'y') ??
    (p.length !== q.length ? errorOf('shape_mismatch', { input: 'y', values: { expected: p.length, actual: q.length } }) : undefined);
  if (bad) return failure(bad);
  const warnings: Diagnostic[] = [];
  const pp = prepared(p, 't', options.normalize, warnings);
  const qq = prepared(q, 'y', options.normalize, warnings);
  const error = pp.error ?? qq.error;
  if (error) return failure(error, warnings);
  const kl = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    const pi = pp.values[i]!;
    if (pi === 0) continue;
    const term = pi * logRatio(pi, qq.values[i]!);
    if (term === Infinity) warnings.push(warningOf('infinite_loss', { input: 'y', index: i }));
    kl.add(term);
  }
  return success(natsTo(base, kl.value), warnings);
}

function checkPair(t: ArrayLike<number>, y: ArrayLike<number>): Diagnostic | undefined {
  if (t.length === 0 || y.length === 0) return errorOf('empty_input', { input: y.length === 0 ? 'y' : 't' });
  if (t.length !== y.length) return errorOf('shape_mismatch', { input: 't', values: { expected: y.length, actual: t.length } });
  return checkFinite(t, 't') ?? checkFinite(y, 'y') ?? checkTargets(t) ?? checkPredictions(y);
}

function logLikelihoodNats(t: ArrayLike<number>, y: ArrayLike<number>): number {
  const s = new CompensatedSum();
  for (let i = 0; i < t.length; i++) if (t[i]! !== 0) s.add(t[i]! * Math.log(y[i]!));
  return s.value;
}

/** L = Π y_k^{t_k} (0⁰ = 1, as NumPy has it). When L underflows, `underflow` says so and logL is exact. */
export function likelihood(t: ArrayLike<number>, y: ArrayLike<number>): Computation<{ L: number; logL: number; underflow: boolean }> {
  const bad = checkPair(t, y);
  if (bad) return failure(bad);
  const logL = logLikelihoodNats(t, y);
  let L = 1;
  for (let i = 0; i < t.length; i++) if (t[i]! !== 0) L *= Math.pow(y[i]!, t[i]!);
  // The direct product is exact to a few ulps while it stays normal; past that, exp(log L).
  if (!(L >= MIN_NORMAL && Number.isFinite(L))) L = Math.exp(logL);
  const underflow = Number.isFinite(logL) && L < MIN_NORMAL;
  const warnings = underflow ? [warningOf('likelihood_underflow', { values: { L, logL } })] : [];
  return success({ L, logL, underflow }, warnings);
}

/** log L = Σ t_k log y_k; −∞ when some y_k = 0 < t_k. */
export function logLikelihood(t: ArrayLike<number>, y: ArrayLike<number>, options: { base?: LogBase } = {}): Computation<number> {
  const base = options.base ?? 'e';
  const bad = checkBase(base) ?? checkPair(t, y);
  if (bad) return failure(bad);
  return success(natsTo(base, logLikelihoodNats(t, y)));
}

/** Perplexity b^E of a cross-entropy E in base b: the same number in every base. */
export function perplexity(E: number, base: LogBase = 'e'): number {
  return Math.exp(base === 'e' ? E : E * (base === '2' ? Math.LN2 : Math.LN10));
}
