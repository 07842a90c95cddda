// One call into the core per formula kind, and the plain view of its answer the
// calculator shows. No arithmetic here: every number comes from src/core.
import {
  binaryCrossEntropy,
  crossEntropy,
  crossEntropyBatch,
  crossEntropyFromLogits,
  type Computation,
  type Diagnostic,
} from '../../core';
import type { LogBase } from '../../core/types';
import type { FormulaKind } from '../../tex/types';

export type Headline = 'E' | 'L' | 'logL';

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
  error: Diagnostic | null;
  warnings: Diagnostic[];
}

export type BatchReduction = 'mean' | 'sum';

export function headlineOf(kind: FormulaKind): Headline {
  return kind === 'likelihood_product' ? 'L' : kind === 'log_likelihood' ? 'logL' : 'E';
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
    error: computation.ok ? null : computation.error,
    warnings: computation.warnings,
  };
}

/**
 * Computes the kind's quantities. `t` and `y` are rows: one per sample for
 * ce_multiclass_batch, a single row otherwise (binary batch: one entry per sample;
 * ce_from_logits: `y` are the logits).
 */
export function computeFor(
  kind: FormulaKind,
  base: LogBase,
  t: number[][],
  y: number[][],
  reduction: BatchReduction = 'mean',
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
      const { E, L, logL, terms, entropy, kl } = c.value;
      const headline = headlineOf(kind);
      const value = headline === 'L' ? L : headline === 'logL' ? logL : E;
      return { ...empty(kind, c), value, E, L, logL, entropy, kl, terms };
    }
    case 'ce_multiclass_batch': {
      const c = crossEntropyBatch(t, y, { base, reduction });
      if (!c.ok) return empty(kind, c);
      const value = typeof c.value.value === 'number' ? c.value.value : null;
      return { ...empty(kind, c), value, E: value, perSample: c.value.perSample };
    }
    case 'ce_binary':
    case 'ce_binary_batch': {
      const c = binaryCrossEntropy(t0, y0, { base, reduction: kind === 'ce_binary' ? 'mean' : reduction });
      if (!c.ok) return empty(kind, c);
      const value = typeof c.value.value === 'number' ? c.value.value : null;
      return { ...empty(kind, c), value, E: value, perSample: c.value.perSample };
    }
    case 'ce_from_logits': {
      const c = crossEntropyFromLogits(y0, t0, { base });
      if (!c.ok) return empty(kind, c);
      return { ...empty(kind, c), value: c.value.E, E: c.value.E, terms: c.value.terms, softmax: c.value.softmax };
    }
  }
}
