// The calculator's address: popup.html?t=1,0,0&y=0.33,0.32,0.35&base=e&kind=ce_multiclass
// opens it prefilled. The context menu builds such links from selected text; anyone can
// share one. Values stay text: the calculator parses them as if they had been pasted.
import { readLogBase } from '../core/logs';
import { parseNumbers } from '../core/parse';
import type { LogBase } from '../core/types';
import { FORMULA_KINDS, type FormulaKind } from '../tex/types';

export interface CalculationRequest {
  kind?: FormulaKind;
  t?: string;
  y?: string;
  base?: LogBase;
}

/** Longest t or y text a link carries (a pasted batch can be long; a URL should not be huge). */
const MAX_VALUE_LENGTH = 20_000;

/** Reads `?t=…&y=…&base=…&kind=…`; unknown or malformed parameters are ignored. */
export function readCalculationQuery(search: string): CalculationRequest {
  const params = new URLSearchParams(search);
  const request: CalculationRequest = {};
  const kind = params.get('kind');
  if (kind && (FORMULA_KINDS as readonly string[]).includes(kind)) request.kind = kind as FormulaKind;
  const baseText = params.get('base');
  const base = baseText === null ? undefined : readLogBase(baseText.trim());
  if (base) request.base = base;
  for (const key of ['t', 'y'] as const) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') request[key] = value.slice(0, MAX_VALUE_LENGTH);
  }
  return request;
}

/** The query string (with its '?') for a request; empty when there is nothing to prefill. */
export function calculationQuery(request: CalculationRequest): string {
  const params = new URLSearchParams();
  if (request.t) params.set('t', request.t);
  if (request.y) params.set('y', request.y);
  if (request.base) params.set('base', request.base);
  if (request.kind) params.set('kind', request.kind);
  const text = params.toString();
  // URLSearchParams escapes commas; "t=1,0,0" reads better and parses the same.
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

const LABEL = /(?:^|[^\p{L}\p{N}_])(targets?|labels?|t|y_?true|y_?pred|y|predictions?|preds?|probs?|q|p)\s*[=:：]/giu;
const TARGET_LABELS = new Set(['t', 'target', 'targets', 'label', 'labels', 'y_true', 'ytrue', 'p']);
// "1·log 0.33", "0 \log 0.32", "1*ln(0.33)": the terms of a worked example.
const TERM = /([+-]?\d*\.?\d+)\s*(?:[·⋅*×]|\\cdot|\\times)?\s*\\?(?:log|ln)(?:_\{?(?:e|2|10)\}?)?\s*\(?\s*(\d*\.?\d+)/g;
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/g;

/**
 * What selected text says about t and y, or undefined when it holds no number. Tries,
 * in order: labelled lists ("t = [1, 0, 0], y = [0.33, 0.32, 0.35]"), the terms of a
 * written-out sum ("1·log 0.33 + 0·log 0.32 + 0·log 0.35"), two rows of equal length,
 * one list that is two distributions end to end; otherwise every number is y.
 */
export function calculationFromSelection(text: string): CalculationRequest | undefined {
  const selection = text.slice(0, MAX_VALUE_LENGTH);
  return labelled(selection) ?? writtenOutSum(selection) ?? listed(selection);
}

function labelled(text: string): CalculationRequest | undefined {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length < 2) return undefined;
  const request: CalculationRequest = {};
  labels.forEach((match, i) => {
    const start = match.index! + match[0].length;
    const end = i + 1 < labels.length ? labels[i + 1]!.index! : text.length;
    const numbers = numbersIn(text.slice(start, end));
    if (numbers.length === 0) return;
    const role = TARGET_LABELS.has(match[1]!.toLowerCase()) ? 't' : 'y';
    request[role] ??= numbers.join(',');
  });
  return request.t && request.y ? request : undefined;
}

function writtenOutSum(text: string): CalculationRequest | undefined {
  const terms = [...text.matchAll(TERM)];
  if (terms.length < 2) return undefined;
  const base = /\\?log_\{?2\}?/.test(text) ? '2' : /\\?log_\{?10\}?/.test(text) ? '10' : undefined;
  return {
    t: terms.map((term) => Number(term[1])).join(','),
    y: terms.map((term) => Number(term[2])).join(','),
    ...(base ? { base } : {}),
  };
}

function listed(text: string): CalculationRequest | undefined {
  const parsed = parseNumbers(text);
  if (parsed.ok && parsed.rows.length === 2 && parsed.rows[0]!.length === parsed.rows[1]!.length) {
    return { t: parsed.rows[0]!.join(','), y: parsed.rows[1]!.join(',') };
  }
  const values = parsed.ok ? parsed.values : numbersIn(text);
  if (values.length === 0) return undefined;
  const half = values.length / 2;
  if (Number.isInteger(half) && half >= 2 && isDistribution(values.slice(0, half)) && isDistribution(values.slice(half))) {
    return { t: values.slice(0, half).join(','), y: values.slice(half).join(',') };
  }
  return { y: values.join(',') };
}

/** Numbers in prose: whatever the paste parser would not read as one list. */
function numbersIn(text: string): number[] {
  const parsed = parseNumbers(text);
  if (parsed.ok) return parsed.values;
  return [...text.matchAll(NUMBER)].map((match) => Number(match[0])).filter(Number.isFinite);
}

function isDistribution(values: number[]): boolean {
  const sum = values.reduce((total, v) => total + v, 0);
  return values.every((v) => v >= 0 && v <= 1) && Math.abs(sum - 1) < 1e-6;
}
