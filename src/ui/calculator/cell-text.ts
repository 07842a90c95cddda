// What one input's text says, through the core's paste parser: a number, a list or a
// matrix, a class index in words (a one-hot target), or an error to show beside it.
import { describeDiagnostic, parseNumbers, parseTargets } from '../../core';
import { t as msg, type Lang } from '../i18n';

export type CellReading =
  | { type: 'error'; message: string }
  | { type: 'number'; value: number }
  /** A class index in words ("class 2", "クラス２"): the one-hot target it stands for. */
  | { type: 'one-hot'; values: number[] }
  /** Several numbers: one row (a list) or several (a pasted matrix); `values` has them all. */
  | { type: 'list'; rows: number[][]; values: number[] };

/** Reads `text` typed into a cell; `classes` is the width of a one-hot target. */
export function readCellText(text: string, target: boolean, classes: number, lang: Lang): CellReading {
  const words = target && /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/^\s*[-+]?(inf|nan)/i.test(text);
  const parsed = words ? parseTargets(text, classes) : parseNumbers(text);
  if (!parsed.ok) return { type: 'error', message: text.trim() === '' ? msg(lang, 'notANumber') : describeDiagnostic(parsed.error, lang) };
  if (parsed.classIndex !== undefined) return { type: 'one-hot', values: parsed.values };
  if (parsed.rows.length <= 1 && parsed.values.length === 1) return { type: 'number', value: parsed.values[0]! };
  return { type: 'list', rows: parsed.rows.length > 1 ? parsed.rows : [parsed.values], values: parsed.values };
}
