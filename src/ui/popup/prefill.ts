// From a calculator link's text values to the numbers the calculator mounts with.
// The reading is the core's (parseNumbers, parseTargets): a link's t and y are read
// exactly as if they had been pasted.
import { parseNumbers, parseTargets } from '../../core/parse';
import type { LogBase } from '../../core/types';
import type { CalculationRequest } from '../../extension/calculation-link';
import type { FormulaKind } from '../../tex/types';

export interface Prefill {
  kind: FormulaKind;
  base?: LogBase;
  /** One row for single-sample forms; one row per sample for the multi-class batch. */
  t?: number[][];
  y?: number[][];
  /** Which values of the link could not be read (they are left to the example). */
  unreadable: ('t' | 'y')[];
}

export function prefillFrom(request: CalculationRequest, fallbackKind: FormulaKind = 'ce_multiclass'): Prefill {
  const unreadable: ('t' | 'y')[] = [];
  const yParsed = request.y === undefined ? undefined : parseNumbers(request.y);
  if (yParsed && !yParsed.ok) unreadable.push('y');
  const y = yParsed?.ok ? columnAsRow(yParsed.rows) : undefined;
  const kind = request.kind ?? (y && y.length > 1 ? 'ce_multiclass_batch' : fallbackKind);
  const t = request.t === undefined ? undefined : readTargets(request.t, y, kind);
  if (request.t !== undefined && !t) unreadable.push('t');
  const prefill: Prefill = { kind, unreadable, ...(request.base ? { base: request.base } : {}) };
  // A value the link spells wrongly leaves the calculator on its example, with a notice.
  if (unreadable.length > 0) return prefill;
  if (t && y) return { ...prefill, t, y };
  // Half a pair: complete it so the calculator opens with something to compute.
  if (y) return { ...prefill, t: y.map((row) => oneHot(row.length, 0)), y };
  if (t) return { ...prefill, t, y: t.map((row) => row.map(() => 1 / row.length)) };
  return prefill;
}

function readTargets(text: string, y: number[][] | undefined, kind: FormulaKind): number[][] | undefined {
  const classes = y?.[0]?.length ?? 0;
  if (kind === 'ce_multiclass_batch' && y && y.length > 1) {
    // A batch's targets may be one class index per sample: "0, 2, 1".
    const parsed = parseNumbers(text);
    if (!parsed.ok) return undefined;
    const indices = parsed.values;
    const allIndices = parsed.rows.length === 1 && indices.length === y.length && indices.every((v) => Number.isInteger(v) && v >= 0 && v < classes);
    return allIndices && classes !== indices.length ? indices.map((index) => oneHot(classes, index)) : columnAsRow(parsed.rows);
  }
  const parsed = kind === 'ce_binary' || kind === 'ce_binary_batch' || classes < 2 ? parseNumbers(text) : parseTargets(text, classes);
  return parsed.ok ? columnAsRow(parsed.rows) : undefined;
}

/** A spreadsheet column (one number a line) is one list, not a batch of one-class samples. */
function columnAsRow(rows: number[][]): number[][] {
  return rows.length > 1 && rows.every((row) => row.length === 1) ? [rows.flat()] : rows;
}

function oneHot(length: number, index: number): number[] {
  return Array.from({ length }, (_, j) => (j === index ? 1 : 0));
}

/** Rows as one text: "1, 0, 0" for one row, "1, 0, 0; 0, 1, 0" for several (parseNumbers reads both back). */
export function rowsText(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => row.join(', ')).join('; ');
}
