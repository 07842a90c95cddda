// One call into the core per formula kind, and the plain view of its answer the
// calculator shows. No arithmetic here: every number comes from src/core.
import {
  bernoulliRows,
  binaryCrossEntropy,
  crossEntropy,
  crossEntropyBatch,
  crossEntropyFromLogits,
  entropyBreakdown,
  entropyRows,
  jsBreakdown,
  klBreakdown,
  klRows,
  perplexity,
  type BinaryLabels,
  type Computation,
  type Diagnostic,
} from '../../core';
import type { LogBase } from '../../core/types';
import type { FormulaKind, Roles } from '../../tex/types';

export type Headline = 'E' | 'L' | 'logL' | 'H' | 'KL' | 'JS';

/** One share of a stacked bar: what it is and how much. */
export interface Share {
  part: 'entropy' | 'kl' | 'from-p' | 'from-q';
  value: number;
}

/**
 * A stacked bar's numbers, all from the core: the shares and what they add up to
 * (cross-entropy = H + KL; JS = ½KL(p‖m) + ½KL(q‖m)), and the scale's end when there is a
 * bound to show (log K for entropy, log 2 for JS).
 */
export interface Stack {
  shape: 'cross-entropy' | 'entropy' | 'js';
  shares: Share[];
  total: number;
  bound: number | null;
}

export interface CalculatorResult {
  headline: Headline;
  /** The headline number; null when the core gave an error. */
  value: number | null;
  E: number | null;
  L: number | null;
  logL: number | null;
  /** H(t) and KL(t‖y), whose sum is E (single-sample multi-class forms). */
  entropy: number | null;
  kl: number | null;
  /** Each class's contribution −t_k log y_k (single-sample multi-class forms and logits). */
  terms: number[] | null;
  /** Each sample's loss (batch and binary forms). */
  perSample: number[] | null;
  /** ce_from_logits: softmax(z). */
  softmax: number[] | null;
  /** ∂E/∂z per class, y − t, where y is a softmax of logits z (single-sample multi-class forms). */
  gradLogits: number[] | null;
  /** b^E in the result's base: the number of equally likely classes that would give the same E. */
  perplexity: number | null;
  /** The stacked bar: E = H(t) + KL(t‖y) for cross-entropy and KL, H ≤ log K, JS ≤ log 2. */
  stack: Stack | null;
  /** JS: the mixture m = ½(p + q). */
  mixture: number[] | null;
  /** The information family: the values used, after normalising when it was asked. */
  used: { t: number[]; y: number[] } | null;
  /** The sums the inputs were divided by when normalising was asked and applied (counts → probabilities). */
  normalizedBy: { t: number | null; y: number | null } | null;
  error: Diagnostic | null;
  warnings: Diagnostic[];
}

export type BatchReduction = 'mean' | 'sum';

export function headlineOf(kind: FormulaKind): Headline {
  switch (kind) {
    case 'likelihood_product':
      return 'L';
    case 'log_likelihood':
      return 'logL';
    case 'entropy':
      return 'H';
    case 'kl_divergence':
      return 'KL';
    case 'js_divergence':
      return 'JS';
    default:
      return 'E';
  }
}

/**
 * The calculator a recognised kind opens. Binary cross-entropy on a logit (ce_from_logits
 * with the sigmoid as its activation) is the binary calculator with logits for y, not the
 * softmax one asking for a vector: one sample, or a batch when the formula sums over samples.
 */
export function calculatorKindOf(kind: FormulaKind, roles: Roles): FormulaKind {
  if (kind !== 'ce_from_logits' || roles.activation !== 'sigmoid') return kind;
  return roles.sampleIndex !== undefined ? 'ce_binary_batch' : 'ce_binary';
}

/** Whether the binary calculator's y column holds logits x (E = softplus(x) − t·x) rather than probabilities. */
export function binaryOnLogits(kind: FormulaKind, roles: Roles): boolean {
  return roles.activation === 'sigmoid' && (kind === 'ce_binary' || kind === 'ce_binary_batch');
}

/**
 * Whether the binary calculator on logits takes its targets as labels −1 and +1 (the margin
 * form log(1 + e^{−y x}) the page writes, roles.labels 'plusMinusOne'), not probabilities in [0, 1].
 */
export function plusMinusOneLabels(kind: FormulaKind, roles: Roles): boolean {
  return roles.labels === 'plusMinusOne' && binaryOnLogits(kind, roles);
}

/** The information family: inputs are distributions (or counts), not targets and predictions. */
export function isFamilyKind(kind: FormulaKind): kind is 'entropy' | 'kl_divergence' | 'js_divergence' {
  return kind === 'entropy' || kind === 'kl_divergence' || kind === 'js_divergence';
}

function crossEntropyStack(entropy: number, kl: number, total: number): Stack {
  return { shape: 'cross-entropy', shares: [{ part: 'entropy', value: entropy }, { part: 'kl', value: kl }], total, bound: null };
}

function rescaledBy(r: { sums: { p: number; q: number }; rescaled: { p: boolean; q: boolean }; normalized: boolean }) {
  return r.normalized ? { t: r.rescaled.p ? r.sums.p : null, y: r.rescaled.q ? r.sums.q : null } : null;
}

/** H(t) and KL(t‖y) over the rows, reduced as the loss is: the batch's E = mean H + mean KL. */
function rowsStack(t: number[][], y: number[][], base: LogBase, reduction: BatchReduction, total: number): Stack | null {
  const h = entropyRows(t, { base, reduction });
  const kl = klRows(t, y, { base, reduction });
  if (!h.ok || !kl.ok || typeof h.value.value !== 'number' || typeof kl.value.value !== 'number') return null;
  return crossEntropyStack(h.value.value, kl.value.value, total);
}

function empty(kind: FormulaKind, computation: Computation<unknown>): CalculatorResult {
  return {
    headline: headlineOf(kind),
    value: null,
    E: null,
    L: null,
    logL: null,
    entropy: null,
    kl: null,
    terms: null,
    perSample: null,
    softmax: null,
    gradLogits: null,
    perplexity: null,
    stack: null,
    mixture: null,
    used: null,
    normalizedBy: null,
    error: computation.ok ? null : computation.error,
    warnings: computation.warnings,
  };
}

/**
 * Computes the kind's quantities. `t` and `y` are rows: one per sample for
 * ce_multiclass_batch, a single row otherwise (binary batch: one entry per sample;
 * ce_from_logits: `y` are the logits). `fromLogits`: the binary kinds' `y` are logits x;
 * `labels`: their `t` are probabilities ('zeroOne') or labels −1 and +1 ('plusMinusOne').
 */
export function computeFor(
  kind: FormulaKind,
  base: LogBase,
  t: number[][],
  y: number[][],
  reduction: BatchReduction = 'mean',
  normalize = false,
  fromLogits = false,
  labels: BinaryLabels = 'zeroOne',
): CalculatorResult {
  const t0 = t[0] ?? [];
  const y0 = y[0] ?? [];
  switch (kind) {
    case 'ce_multiclass':
    case 'ce_expectation':
    case 'log_likelihood':
    case 'likelihood_product': {
      const c = crossEntropy(t0, y0, { base });
      if (!c.ok) return empty(kind, c);
      const { E, L, logL, terms, entropy, kl, gradLogits } = c.value;
      const headline = headlineOf(kind);
      const value = headline === 'L' ? L : headline === 'logL' ? logL : E;
      return { ...empty(kind, c), value, E, L, logL, entropy, kl, terms, stack: crossEntropyStack(entropy, kl, E), gradLogits, perplexity: perplexity(E, base) };
    }
    case 'ce_multiclass_batch': {
      const c = crossEntropyBatch(t, y, { base, reduction });
      if (!c.ok) return empty(kind, c);
      const value = typeof c.value.value === 'number' ? c.value.value : null;
      const stack = value === null ? null : rowsStack(t, y, base, reduction, value);
      return { ...empty(kind, c), value, E: value, perSample: c.value.perSample, stack, perplexity: value === null ? null : perplexity(value, base) };
    }
    case 'ce_binary':
    case 'ce_binary_batch': {
      const r = kind === 'ce_binary' ? 'mean' : reduction;
      // On logits the core computes softplus(x) − t·x without overflow.
      const c = binaryCrossEntropy(t0, y0, { base, reduction: r, fromLogits, labels });
      if (!c.ok) return empty(kind, c);
      const value = typeof c.value.value === 'number' ? c.value.value : null;
      // Each sample's BCE is the cross-entropy of (t, 1 − t) and (y, 1 − y); logits are no probabilities to split.
      const stack = value === null || fromLogits ? null : rowsStack(bernoulliRows(t0), bernoulliRows(y0), base, r, value);
      return { ...empty(kind, c), value, E: value, perSample: c.value.perSample, stack, perplexity: value === null ? null : perplexity(value, base) };
    }
    case 'ce_from_logits': {
      const c = crossEntropyFromLogits(y0, t0, { base });
      if (!c.ok) return empty(kind, c);
      const h = entropyBreakdown(t0, { base });
      const kl = klBreakdown(t0, c.value.softmax, { base });
      const stack = h.ok && kl.ok ? crossEntropyStack(h.value.value, kl.value.value, c.value.E) : null;
      const { E, terms, softmax, gradLogits } = c.value;
      return { ...empty(kind, c), value: E, E, terms, softmax, stack, gradLogits, perplexity: perplexity(E, base) };
    }
    case 'entropy': {
      const c = entropyBreakdown(t0, { base, normalize });
      if (!c.ok) return empty(kind, c);
      const { value, terms, max } = c.value;
      const stack: Stack = { shape: 'entropy', shares: [{ part: 'entropy', value }], total: value, bound: max };
      const normalizedBy = c.value.normalized ? { t: c.value.sum, y: null } : null;
      return { ...empty(kind, c), value, entropy: value, terms, stack, normalizedBy, used: { t: c.value.p, y: [] } };
    }
    case 'kl_divergence': {
      const c = klBreakdown(t0, y0, { base, normalize });
      if (!c.ok) return empty(kind, c);
      const { value, terms, p, q } = c.value;
      // KL(p‖q) is the gap between the cross-entropy H(p, q) and the entropy H(p).
      const ce = crossEntropy(p, q, { base });
      const stack = ce.ok ? crossEntropyStack(ce.value.entropy, value, ce.value.E) : null;
      return { ...empty(kind, c), value, kl: value, entropy: ce.ok ? ce.value.entropy : null, E: ce.ok ? ce.value.E : null, terms, stack, normalizedBy: rescaledBy(c.value), used: { t: p, y: q } };
    }
    case 'js_divergence': {
      const c = jsBreakdown(t0, y0, { base, normalize });
      if (!c.ok) return empty(kind, c);
      const { value, terms, fromP, fromQ, bound } = c.value;
      const stack: Stack = { shape: 'js', shares: [{ part: 'from-p', value: fromP }, { part: 'from-q', value: fromQ }], total: value, bound };
      const used = { t: c.value.p, y: c.value.q };
      return { ...empty(kind, c), value, terms, stack, normalizedBy: rescaledBy(c.value), mixture: c.value.m, used };
    }
  }
}
