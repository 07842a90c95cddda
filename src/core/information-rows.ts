// Entropy, KL and JS over N rows (one distribution per sample), reduced as a batch is.
import { errorOf, failure, success, type Computation, type Diagnostic } from './diagnostics';
import { entropyBreakdown, jsBreakdown, klBreakdown, valueOf, type InformationOptions, type KlOptions } from './information';
import { CompensatedSum } from './sum';
import { WarningCollector } from './warnings';

/**
 * `mean` is the mean over rows, which PyTorch's kl_div calls `batchmean` (accepted here by that
 * name too); `elementwise_mean` is what PyTorch's kl_div calls `mean`: the sum over N·K entries,
 * which is not a KL divergence of anything (PyTorch warns about it).
 */
export type InformationReduction = 'none' | 'mean' | 'sum' | 'batchmean' | 'elementwise_mean';

export interface RowsResult {
  /** A number for mean and sum, the per-row values for none. */
  value: number | number[];
  perRow: number[];
}

export const INFORMATION_REDUCTIONS: readonly string[] = ['none', 'mean', 'sum', 'batchmean', 'elementwise_mean'];

type Row = ArrayLike<number>;
type PerRow = (r: number) => Computation<number>;

function reduceRows(n: number, k: number, perRow: PerRow, reduction: unknown): Computation<RowsResult> {
  const how = reduction ?? 'mean';
  if (typeof how !== 'string' || !INFORMATION_REDUCTIONS.includes(how)) {
    return failure(errorOf('invalid_option', { input: 'params', values: { option: 'reduction', value: String(how) } }));
  }
  if (n === 0) return failure(errorOf('empty_input', { input: 'p' }));
  const warnings = new WarningCollector();
  const values: number[] = [];
  for (let r = 0; r < n; r++) {
    const c = perRow(r);
    warnings.add(c.warnings);
    if (!c.ok) return failure(c.error, warnings.list());
    values.push(c.value);
  }
  const list: Diagnostic[] = warnings.list();
  if (how === 'none') return success({ value: values, perRow: values }, list);
  const total = new CompensatedSum();
  for (const v of values) total.add(v);
  const divisor = how === 'sum' ? 1 : how === 'elementwise_mean' ? n * k : n;
  return success({ value: total.value / divisor, perRow: values }, list);
}

function checkRows(P: Row[], Q?: Row[]): Diagnostic | undefined {
  if (P.length === 0) return errorOf('empty_input', { input: 'p' });
  if (Q && Q.length !== P.length) return errorOf('shape_mismatch', { input: 'q', values: { expected: P.length, actual: Q.length } });
  const k = P[0]!.length;
  for (let r = 0; r < P.length; r++) {
    if (P[r]!.length !== k) return errorOf('shape_mismatch', { input: 'p', row: r, values: { expected: k, actual: P[r]!.length } });
  }
  return undefined;
}

export function entropyRows(P: Row[], options: InformationOptions & { reduction?: InformationReduction } = {}): Computation<RowsResult> {
  const bad = checkRows(P);
  if (bad) return failure(bad);
  return reduceRows(P.length, P[0]!.length, (r) => valueOf(entropyBreakdown(P[r]!, options, r)), options.reduction);
}

export function klRows(P: Row[], Q: Row[], options: KlOptions & { reduction?: InformationReduction } = {}): Computation<RowsResult> {
  const bad = checkRows(P, Q);
  if (bad) return failure(bad);
  return reduceRows(P.length, P[0]!.length, (r) => valueOf(klBreakdown(P[r]!, Q[r]!, options, r)), options.reduction);
}

/** Per-row JS divergences, or with `distance` per-row JS distances (√JS), then reduced. */
export function jsRows(
  P: Row[],
  Q: Row[],
  options: InformationOptions & { reduction?: InformationReduction; distance?: boolean } = {},
): Computation<RowsResult> {
  const bad = checkRows(P, Q);
  if (bad) return failure(bad);
  return reduceRows(
    P.length,
    P[0]!.length,
    (r) => {
      const c = jsBreakdown(P[r]!, Q[r]!, options, r);
      return c.ok ? success(options.distance ? c.value.distance : c.value.value, c.warnings) : c;
    },
    options.reduction,
  );
}

/** Each binary probability b as the two-class distribution (b, 1 − b): binary entropy and KL per sample. */
export function bernoulliRows(b: ArrayLike<number>): number[][] {
  return Array.from(b, (v) => [v, 1 - v]);
}
