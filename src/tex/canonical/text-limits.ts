// Text rules for ranges typed under a big operator: a range written as a double inequality
// (1 \le i \le N, 0 \leq k < K) or with two dots (i=1..N) runs the index between the two
// values like _{i=1}^{N}; a sample's field tested under it (i.label = 1, as code writes
// an attribute) is the test label_i = 1 on that sample.
import { defineTextRule } from './registry';

const BELOW = String.raw`(?:\\leq?|\\leqslant|<|≤|<=)`;
const LIMIT = String.raw`[A-Za-z0-9]{1,3}|\\[A-Za-z]+|\|[^|]{1,20}\||\\lvert.{1,20}?\\rvert`;
/** \sum, \prod, \mathop{\sum}, with \limits or \nolimits after them. */
const OPERATOR = String.raw`(?:\\(?:sum|prod)|\\mathop\s*\{\s*\\(?:sum|prod)\s*\})(?:\s*\\limits|\s*\\nolimits)?\s*`;
const DOUBLE_INEQUALITY = new RegExp(
  String.raw`(${OPERATOR})_\s*\{\s*(\d+)\s*(${BELOW})\s*([A-Za-z])\s*(${BELOW})\s*(${LIMIT})\s*\}(?!\s*\^)`,
  'g',
);

/** \sum_{1 \le i \le N} → \sum_{i=1}^{N}; a strict upper bound (i < N) ends one before it. */
export function doubleInequalityRange(tex: string): string {
  return tex.replace(DOUBLE_INEQUALITY, (_m, op: string, start: string, lowerOp: string, index: string, upperOp: string, end: string) => {
    const first = /</.test(lowerOp) && !/=|le/.test(lowerOp) ? String(Number(start) + 1) : start;
    const last = upperOp === '<' ? `${end}-1` : end;
    return `${op}_{${index}=${first}}^{${last}}`;
  });
}

/** \sum_{i=1..N} → \sum_{i=1}^{N}: two typed dots between the start and the last value. */
export function twoDotRange(tex: string): string {
  return tex.replace(
    new RegExp(String.raw`(${OPERATOR})_\s*\{\s*([A-Za-z])\s*=\s*([A-Za-z0-9]{1,3})\s*\.\.\.?\s*([A-Za-z0-9]{1,3}|\|[^|]{1,20}\|)\s*\}(?!\s*\^)`, 'g'),
    (_m, op: string, index: string, start: string, end: string) => `${op}_{${index}=${start}}^{${end}}`,
  );
}

/** \sum_{i.label=1} → \sum_{i: label_{i}=1}: the field of the sample i, the sample's label, tested under Σ or Π. */
export function fieldTestLimits(tex: string): string {
  return tex.replace(
    new RegExp(String.raw`(${OPERATOR})_\s*\{\s*([A-Za-z]'?)\s*\.\s*([A-Za-z]+)\s*=\s*([A-Za-z0-9]{1,3})\s*\}`, 'g'),
    (_m, op: string, index: string, field: string, value: string) => `${op}_{${index}: ${field.length > 1 ? `\\text{${field}}` : field}_{${index}}=${value}}`,
  );
}

defineTextRule({ name: 'field-test-limits', order: 52.7, apply: fieldTestLimits });
defineTextRule({ name: 'double-inequality-range', order: 52, apply: doubleInequalityRange });
defineTextRule({ name: 'two-dot-range', order: 52.5, apply: twoDotRange });
