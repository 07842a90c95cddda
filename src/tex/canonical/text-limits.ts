// Text rules for ranges typed under a big operator: a range written as a double inequality
// (1 \le i \le N, 0 \leq k < K) or with two dots (i=1..N) runs the index between the two
// values like _{i=1}^{N}; a sample's field tested under it (i.label = 1, as code writes
// an attribute) is the test label_i = 1 on that sample; limits drawn on the lines above and
// below a plain-text ∑ are its limits, and a bar of dashes between two such lines a fraction.
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

/** One big operator on a line, as plain text types it (∑, ∏) or TeX (\\sum, \\prod). */
const PLAIN_OPERATOR = /∑|∏|\\(?:sum|prod)(?![A-Za-z])/g;
/** A line that holds only a lower limit (i=1) or only an upper one (N, 10, \\infty). */
const LOWER_LINE = /^\s*([a-z])\s*=\s*(\w{1,3})\s*$/;
const UPPER_LINE = /^\s*([A-Za-z]|\d{1,4}|\\infty)\s*$/;

/**
 * Plain-text notes draw a big operator's limits on the lines round it, the upper one above
 * and the lower one below:
 *            N
 *   log(L) = ∑(…)
 *           i=1
 * A line holding only `i=1` under the line of the one operator (and a line holding only its
 * bound over it) are that operator's limits, ∑_{i=1}^{N}, and the lines go.
 */
export function stackedPlainLimits(tex: string): string {
  const lines = tex.split('\n');
  if (lines.length < 2) return tex;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as string;
    const operators = [...line.matchAll(PLAIN_OPERATOR)];
    const lower = LOWER_LINE.exec(lines[at + 1] ?? '');
    if (operators.length !== 1 || !lower) continue;
    const upper = at > 0 ? UPPER_LINE.exec(lines[at - 1] ?? '') : null;
    const operator = operators[0] as RegExpMatchArray;
    const end = (operator.index ?? 0) + operator[0].length;
    // Limits typed already (∑_{i}) are the page's own.
    if (/^\s*[_^]/.test(line.slice(end))) continue;
    lines[at] = `${line.slice(0, end)}_{${lower[1]}=${lower[2]}}${upper ? `^{${upper[1]}}` : ''}${line.slice(end)}`;
    lines[at + 1] = '';
    if (upper) lines[at - 1] = '';
  }
  return lines.filter((line, i) => line !== '' || tex.split('\n')[i] === '').join('\n');
}

/**
 * Math copied from a rendered page as text loses its layout: the limits run into the sign and
 * the fraction into its parts (`−1N∑i=1N…`, `−∑xp(x)logq(x)`, `∑x∈Xp(x)…`). Where a sign has no
 * limits of its own, the letter after it that the next call takes as its argument (∑x p(x)), or
 * a letter's membership of a set (∑x∈X, or x∈X∑ as a display limit copies), is its index (and i=1m before a bracket its range); a one glued to a letter before the sign
 * (1N∑) was the mean's fraction, 1/N, and the sum's range after it runs to the same N (1n∑i=1nyi…).
 */
export function flattenedLimits(tex: string): string {
  return tex
    .replace(/(\\(?:sum|prod)(?![A-Za-z]))\s*([a-z])\s*(?:∈|\\in(?![A-Za-z]))\s*(\\mathcal\s*\{\s*[A-Z]\s*\}|[A-Z])(?=\s*[A-Za-z(\\])/g, '$1_{$2 \\in $3} ')
    .replace(/(\\(?:sum|prod)(?![A-Za-z]))\s*([a-z])(?=([A-Za-z])\(\2\))/g, '$1_{$2} ')
    // i=1∑cyi…: the lower limit copied before its sign, the upper (one letter) after it, then the body.
    .replace(/(?<![A-Za-z\\_{])([a-z])\s*=\s*(\d+)\s*(\\(?:sum|prod))(?![A-Za-z_^])\s*([A-Za-z])(?=[A-Za-z\\(])/g, '$3_{$1=$2}^{$4} ')
    // x∈X∑: a display limit copied before its sign (it sits above the sign's baseline in the rendered page).
    .replace(/(?<![A-Za-z\\])([a-z])\s*(?:∈|\\in(?![A-Za-z]))\s*([A-Z]{1,2})\s*(\\(?:sum|prod))(?![A-Za-z_^])/g, '$3_{$1 \\in $2} ')
    // ∑i=1m[…]: the start and a one-letter end run into the bracket the body opens.
    .replace(/(\\(?:sum|prod)(?![A-Za-z]))\s*([a-z])\s*=\s*(\d+)([A-Za-z])(?=\s*[[(])/g, '$1_{$2=$3}^{$4}')
    // Not \frac 1n\sum, TeX's own fraction of two one-character arguments.
    .replace(/(?<![\w.\\}])(?<!\\[dt]?frac\s*)1([A-Za-z])(?=\s*\\sum(?![A-Za-z]))/g, '\\frac{1}{$1}')
    // 1n∑i=1nyi…: after the mean's 1/n, the sum's range runs to that same n, and the body starts after it.
    .replace(/(\\frac\{1\}\{([A-Za-z])\}\s*\\(?:sum|prod)(?![A-Za-z]))\s*([a-z])\s*=\s*(\d+)\2(?=\s*[A-Za-z(\\])/g, '$1_{$3=$4}^{$2} ');
}

/** A fraction bar drawn with dashes or box-drawing lines. */
const DRAWN_BAR = /-{2,}|—+|─+|_{3,}/g;

/** Whether `line` holds something only within the columns [from, to) (give or take a column). */
function onlyWithin(line: string | undefined, from: number, to: number): boolean {
  if (line === undefined || line.trim() === '') return false;
  const first = line.search(/\S/);
  const last = line.trimEnd().length;
  return first >= from - 2 && last <= to + 2;
}

/**
 * The same notes draw a fraction on three lines, its bar in dashes:
 *                1
 *   log-loss = − ---  ×  somme […]
 *                n
 * A bar with a line above and a line below that hold something only over its columns is the
 * fraction \frac{1}{n}, and those lines go.
 */
export function stackedPlainFractions(tex: string): string {
  const lines = tex.split('\n');
  if (lines.length < 3) return tex;
  const emptied = new Set<number>();
  for (let at = 1; at < lines.length - 1; at++) {
    if (emptied.has(at - 1) || emptied.has(at + 1)) continue;
    const line = lines[at] as string;
    for (const bar of line.matchAll(DRAWN_BAR)) {
      const from = bar.index ?? 0;
      const to = from + bar[0].length;
      // An arrow (-->) is no bar.
      if (line[to] === '>' || line[from - 1] === '<') continue;
      if (!onlyWithin(lines[at - 1], from, to) || !onlyWithin(lines[at + 1], from, to)) continue;
      lines[at] = `${line.slice(0, from)}\\frac{${(lines[at - 1] as string).trim()}}{${(lines[at + 1] as string).trim()}}${line.slice(to)}`;
      emptied.add(at - 1).add(at + 1);
      break;
    }
  }
  return emptied.size === 0 ? tex : lines.filter((_line, i) => !emptied.has(i)).join('\n');
}

defineTextRule({ name: 'stacked-plain-limits', order: 8.9, apply: stackedPlainLimits });
defineTextRule({ name: 'stacked-plain-fractions', order: 8.95, apply: stackedPlainFractions });
// After the Unicode signs are commands (unicode-signs, 22).
defineTextRule({ name: 'flattened-limits', order: 22.05, apply: flattenedLimits });
defineTextRule({ name: 'field-test-limits', order: 52.7, apply: fieldTestLimits });
defineTextRule({ name: 'double-inequality-range', order: 52, apply: doubleInequalityRange });
defineTextRule({ name: 'two-dot-range', order: 52.5, apply: twoDotRange });
