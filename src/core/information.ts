// Entropy H(p), KL(p‖q), the Jensen–Shannon divergence, likelihood L = Π y^t,
// log-likelihood and perplexity. Entropy and the divergences take their inputs as given
// (counts and unnormalised weights too) unless `normalize` asks to rescale them first.
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

export interface KlOptions extends InformationOptions {
  /** p is given as ln p (PyTorch kl_div's log_target=True). */
  logTarget?: boolean;
  /** q is given as ln q (what PyTorch kl_div expects as its `input`). */
  logInput?: boolean;
  /** Σ p ln(p/q) − p + q, as scipy.special.kl_div sums it; the same as KL when p and q sum alike. */
  generalized?: boolean;
}

/** What a calculator shows beside the value: the per-term contributions and the inputs as used. */
export interface EntropyBreakdown {
  value: number;
  /** −p_k log p_k in the base (0 where p_k = 0). */
  terms: number[];
  /** p as used: rescaled when `normalize` was asked and p did not sum to 1. */
  p: number[];
  /** The sum of p as given (how many counts, when counts were typed). */
  sum: number;
  normalized: boolean;
  /** log K, the entropy of the uniform distribution over the K entries: H(p) never exceeds it. */
  max: number;
}

export interface KlBreakdown {
  value: number;
  /** p_k log(p_k/q_k) in the base: 0 where p_k = 0, +∞ where q_k = 0 < p_k. */
  terms: number[];
  p: number[];
  q: number[];
  /** The sums of p and q as given, and which of them were rescaled to sum 1. */
  sums: { p: number; q: number };
  rescaled: { p: boolean; q: boolean };
  normalized: boolean;
}

export interface JsBreakdown {
  /** JS(p‖q) = ½KL(p‖m) + ½KL(q‖m): at most log 2 (1 bit) for distributions. */
  value: number;
  /** √JS, the Jensen–Shannon distance (what scipy.spatial.distance.jensenshannon returns). */
  distance: number;
  /** ½[p_k log(p_k/m_k) + q_k log(q_k/m_k)] in the base; never negative. */
  terms: number[];
  m: number[];
  klPM: number;
  klQM: number;
  /** ½KL(p‖m) and ½KL(q‖m), the two shares that add up to JS. */
  fromP: number;
  fromQ: number;
  /** log 2 in the base: the largest JS of two distributions (disjoint supports). */
  bound: number;
  p: number[];
  q: number[];
  sums: { p: number; q: number };
  rescaled: { p: boolean; q: boolean };
  normalized: boolean;
}

function checkDistribution(p: ArrayLike<number>, input: DiagnosticInput, row?: number): Diagnostic | undefined {
  if (p.length === 0) return errorOf('empty_input', { input, row });
  const bad = checkFinite(p, input, row);
  if (bad) return bad;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! < 0) return errorOf('invalid_probability', { input, index: i, row, values: { value: p[i]! } });
  }
  return undefined;
}

/** Log-probabilities: any real number, or −∞ for a probability of 0; NaN and +∞ are refused. */
function checkLogDistribution(v: ArrayLike<number>, input: DiagnosticInput, row?: number): Diagnostic | undefined {
  if (v.length === 0) return errorOf('empty_input', { input, row });
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i]!) || v[i]! === Infinity) return errorOf('non_finite_input', { input, index: i, row, values: { value: String(v[i]!) } });
  }
  return undefined;
}

interface Prepared {
  values: number[];
  /** ln of each value when it was given as a log and not rescaled since: exact where exp would round. */
  logs: ArrayLike<number> | undefined;
  sum: number;
  normalized: boolean;
  error: Diagnostic | undefined;
}

/** p rescaled to sum 1 when asked (an error when it sums to 0), with a warning when it does not sum to 1. */
function prepared(
  given: ArrayLike<number>,
  input: 'p' | 'q',
  options: { normalize?: boolean; log?: boolean },
  warnings: Diagnostic[],
  row?: number,
): Prepared {
  const values = Array.from(given, (v) => (options.log ? Math.exp(v) : v));
  const logs = options.log ? given : undefined;
  let sum = 0;
  for (const v of values) sum += v;
  const off = Math.abs(sum - 1) > SUM_TOLERANCE;
  if (!options.normalize) {
    if (off) warnings.push(warningOf(input === 'p' ? 't_not_distribution' : 'y_not_normalised', { input, row, values: { sum, difference: sum - 1 } }));
    return { values, logs, sum, normalized: false, error: undefined };
  }
  if (sum === 0) return { values, logs, sum, normalized: false, error: errorOf('zero_sum', { input, row }) };
  if (!off) return { values, logs, sum, normalized: false, error: undefined };
  warnings.push(warningOf(input === 'p' ? 't_renormalised' : 'y_renormalised', { input, row, values: { sum } }));
  return { values: values.map((v) => v / sum), logs: undefined, sum, normalized: true, error: undefined };
}

export function entropyBreakdown(p: ArrayLike<number>, options: InformationOptions = {}, row?: number): Computation<EntropyBreakdown> {
  const base = options.base ?? 'e';
  const bad = checkBase(base) ?? checkDistribution(p, 'p', row);
  if (bad) return failure(bad);
  const warnings: Diagnostic[] = [];
  const pp = prepared(p, 'p', options, warnings, row);
  if (pp.error) return failure(pp.error, warnings);
  const h = new CompensatedSum();
  const terms = pp.values.map((v) => {
    const term = v > 0 ? -v * Math.log(v) : 0; // 0·log 0 = 0 (scipy.special.entr)
    h.add(term);
    return natsTo(base, term);
  });
  return success(
    { value: natsTo(base, h.value), terms, p: pp.values, sum: pp.sum, normalized: pp.normalized, max: natsTo(base, Math.log(p.length)) },
    warnings,
  );
}

export function entropy(p: ArrayLike<number>, options: InformationOptions = {}): Computation<number> {
  return valueOf(entropyBreakdown(p, options));
}

function checkPairShape(p: ArrayLike<number>, q: ArrayLike<number>, row?: number): Diagnostic | undefined {
  return p.length !== q.length ? errorOf('shape_mismatch', { input: 'q', row, values: { expected: p.length, actual: q.length } }) : undefined;
}

/** KL(p‖q) = Σ p ln(p/q), as scipy.special.rel_entr sums it: 0 where p = 0, +∞ where q = 0 < p. */
export function klBreakdown(p: ArrayLike<number>, q: ArrayLike<number>, options: KlOptions = {}, row?: number): Computation<KlBreakdown> {
  const base = options.base ?? 'e';
  const bad =
    checkBase(base) ??
    (options.logTarget ? checkLogDistribution(p, 'p', row) : checkDistribution(p, 'p', row)) ??
    (options.logInput ? checkLogDistribution(q, 'q', row) : checkDistribution(q, 'q', row)) ??
    checkPairShape(p, q, row);
  if (bad) return failure(bad);
  const warnings: Diagnostic[] = [];
  const pp = prepared(p, 'p', { normalize: options.normalize, log: options.logTarget }, warnings, row);
  const qq = prepared(q, 'q', { normalize: options.normalize, log: options.logInput }, warnings, row);
  const error = pp.error ?? qq.error;
  if (error) return failure(error, warnings);
  const kl = new CompensatedSum();
  const terms: number[] = [];
  for (let i = 0; i < pp.values.length; i++) {
    const pi = pp.values[i]!;
    const qi = qq.values[i]!;
    let term = 0;
    if (pi > 0) {
      // With a log given, the difference of logs is exact where exp(log) would have rounded.
      const ratio = pp.logs || qq.logs ? (pp.logs ? pp.logs[i]! : Math.log(pi)) - (qq.logs ? qq.logs[i]! : Math.log(qi)) : logRatio(pi, qi);
      term = pi * ratio;
      if (term === Infinity) warnings.push(warningOf('infinite_loss', { input: 'q', index: i, row }));
    }
    if (options.generalized && term !== Infinity) term += qi - pi;
    kl.add(term);
    terms.push(natsTo(base, term));
  }
  return success(
    { value: natsTo(base, kl.value), terms, p: pp.values, q: qq.values, sums: { p: pp.sum, q: qq.sum },
      rescaled: { p: pp.normalized, q: qq.normalized },
      normalized: pp.normalized || qq.normalized,
    },
    warnings,
  );
}

export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: KlOptions = {}): Computation<number> {
  return valueOf(klBreakdown(p, q, options));
}

/**
 * JS(p‖q) = ½KL(p‖m) + ½KL(q‖m) with m = ½(p + q): symmetric, finite, at most ln 2 for
 * distributions. Its square root is the Jensen–Shannon distance, a metric.
 */
export function jsBreakdown(p: ArrayLike<number>, q: ArrayLike<number>, options: InformationOptions = {}, row?: number): Computation<JsBreakdown> {
  const base = options.base ?? 'e';
  const bad = checkBase(base) ?? checkDistribution(p, 'p', row) ?? checkDistribution(q, 'q', row) ?? checkPairShape(p, q, row);
  if (bad) return failure(bad);
  const warnings: Diagnostic[] = [];
  const pp = prepared(p, 'p', options, warnings, row);
  const qq = prepared(q, 'q', options, warnings, row);
  const error = pp.error ?? qq.error;
  if (error) return failure(error, warnings);
  const klPM = new CompensatedSum();
  const klQM = new CompensatedSum();
  const js = new CompensatedSum();
  const terms: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < pp.values.length; i++) {
    const pi = pp.values[i]!;
    const qi = qq.values[i]!;
    const mi = pi / 2 + qi / 2; // halves first: p + q may overflow where neither does
    const a = pi > 0 ? pi * logRatio(pi, mi) : 0;
    const b = qi > 0 ? qi * logRatio(qi, mi) : 0;
    klPM.add(a);
    klQM.add(b);
    // Each pair's share is ≥ 0 by the log-sum inequality; rounding must not make it negative.
    const term = Math.max(0, (a + b) / 2);
    js.add(term);
    m.push(mi);
    terms.push(natsTo(base, term));
  }
  const value = natsTo(base, Math.max(0, js.value));
  return success(
    {
      value,
      distance: Math.sqrt(value),
      terms,
      m,
      klPM: natsTo(base, klPM.value),
      klQM: natsTo(base, klQM.value),
      fromP: natsTo(base, klPM.value / 2),
      fromQ: natsTo(base, klQM.value / 2),
      bound: natsTo(base, Math.LN2),
      p: pp.values,
      q: qq.values,
      sums: { p: pp.sum, q: qq.sum },
      rescaled: { p: pp.normalized, q: qq.normalized },
      normalized: pp.normalized || qq.normalized,
    },
    warnings,
  );
}

export function jsDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: InformationOptions = {}): Computation<number> {
  return valueOf(jsBreakdown(p, q, options));
}

/** √JS(p‖q): the Jensen–Shannon distance, as scipy.spatial.distance.jensenshannon returns it. */
export function jsDistance(p: ArrayLike<number>, q: ArrayLike<number>, options: InformationOptions = {}): Computation<number> {
  const r = jsBreakdown(p, q, options);
  return r.ok ? success(r.value.distance, r.warnings) : r;
}

/** The value alone of a breakdown, with its warnings. */
export function valueOf(r: Computation<{ value: number }>): Computation<number> {
  return r.ok ? success(r.value.value, r.warnings) : r;
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
