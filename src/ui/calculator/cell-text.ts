// What one input's text says, through the core's paste parser: a number, a list or a
// matrix, a class index in words (a one-hot target), or an error to show beside it.
import { describeDiagnostic, parseNumbers, parseTargets } from '../../core';
import { plainNumber, t as msg, type Lang } from '../i18n';

export type CellReading =
  | { type: 'error'; message: string }
  | { type: 'number'; value: number }
  /** A class index in words ("class 2", "クラス２"): the one-hot target it stands for. */
  | { type: 'one-hot'; values: number[] }
  /** Several numbers: one row (a list) or several (a pasted matrix); `values` has them all. */
  | { type: 'list'; rows: number[][]; values: number[]; decimalComma?: true };

/** Reads `text` typed into a cell; `classes` is the width of a one-hot target. */
export function readCellText(text: string, target: boolean, classes: number, lang: Lang): CellReading {
  const words = target && /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/^\s*[-+]?(inf|nan)/i.test(text);
  const parsed = words ? parseTargets(text, classes) : parseNumbers(text);
  if (!parsed.ok) return { type: 'error', message: text.trim() === '' ? msg(lang, 'notANumber') : describeDiagnostic(parsed.error, lang) };
  if (parsed.classIndex !== undefined) return { type: 'one-hot', values: parsed.values };
  if (parsed.rows.length <= 1 && parsed.values.length === 1) return { type: 'number', value: parsed.values[0]! };
  const rows = parsed.rows.length > 1 ? parsed.rows : [parsed.values];
  return parsed.decimalComma ? { type: 'list', rows, values: parsed.values, decimalComma: true } : { type: 'list', rows, values: parsed.values };
}

/** How many numbers a pasted list was read as, and which (the first few), in the UI language. */
export function describeListReading(reading: Extract<CellReading, { type: 'list' }>, lang: Lang): string {
  const SHOWN = 6;
  const shown = reading.values.slice(0, SHOWN).map(plainNumber).join(', ');
  const values = reading.values.length > SHOWN ? `${shown}, …` : shown;
  return msg(lang, reading.decimalComma ? 'pasteReadDecimalComma' : 'pasteRead', String(reading.values.length), values);
}
