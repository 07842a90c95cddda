// The notes beside the input rows: the core's diagnostics and the cells' parse errors,
// grouped by the row they concern (the rest go under the table), in the UI language.
import { describeDiagnostic, type Diagnostic } from '../../core';
import type { Lang } from '../i18n';

export interface RowNote {
  text: string;
  severity: string;
}

/** A cell's error key: column, row and, in a vector cell, the entry. */
export const errorKey = (c: number, r: number, k = 0) => `${c}:${r}:${k}`;

export function parseErrorKey(key: string): { c: number; r: number; k: number } {
  const [c = 0, r = 0, k = 0] = key.split(':').map(Number);
  return { c, r, k };
}

/** Each row's note (one sentence after another, an error outranking a warning), and the diagnostics no row holds. */
export function groupNotes(
  diagnostics: readonly Diagnostic[],
  cellErrors: ReadonlyMap<string, string>,
  rowCount: number,
  rowOf: (d: Diagnostic) => number | undefined,
  lang: Lang,
): { byRow: Map<number, RowNote>; rest: Diagnostic[] } {
  const byRow = new Map<number, RowNote>();
  const rest: Diagnostic[] = [];
  const add = (r: number, text: string, severity: string) => {
    const previous = byRow.get(r);
    if (previous?.text.includes(text)) return;
    byRow.set(r, { text: previous ? `${previous.text} ${text}` : text, severity: previous?.severity === 'error' ? 'error' : severity });
  };
  for (const d of diagnostics) {
    const r = rowOf(d);
    if (r === undefined || r >= rowCount) rest.push(d);
    else add(r, describeDiagnostic(d, lang), d.severity);
  }
  for (const [key, text] of cellErrors) add(parseErrorKey(key).r, text, 'error');
  return { byRow, rest };
}
