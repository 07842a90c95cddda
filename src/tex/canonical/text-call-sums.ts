// A sum or product typed as a function call with its index and range as arguments,
// as calculators, spreadsheets and course notes in plain text write it:
// `sum(1, m, i, body)` (lower, upper, index, body) and Maxima's `sum(body, i, 1, m)`.
// It is the big operator over the range with the body in brackets.
import { defineTextRule } from './registry';
import { closingBracket } from './text-scan';

/** The arguments of a call's bracket split at its top-level commas. */
function topLevelArguments(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') i += 1;
    else if (ch === '(' || ch === '{' || ch === '[') depth += 1;
    else if (ch === ')' || ch === '}' || ch === ']') depth -= 1;
    else if (ch === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args;
}

const INDEX = /^[a-z]$/;
/** A limit: a number or a name (m, N, |B|, n-1). */
const LIMIT = /^(?:[A-Za-z0-9]+(?:\s*[-+]\s*[0-9]+)?|\|[A-Za-z\\{}]+\|)$/;

/** The index, range and body of four call arguments in either order, or null. */
function rangeOf(args: string[]): { index: string; lower: string; upper: string; body: string } | null {
  if (args.length !== 4) return null;
  const [a, b, c, d] = args as [string, string, string, string];
  if (INDEX.test(c) && LIMIT.test(a) && LIMIT.test(b) && !INDEX.test(d)) return { index: c, lower: a, upper: b, body: d };
  if (INDEX.test(b) && LIMIT.test(c) && LIMIT.test(d) && !INDEX.test(a)) return { index: b, lower: c, upper: d, body: a };
  return null;
}

/** sum(1, m, i, body) and sum(body, i, 1, m) → \sum_{i=1}^{m} (body); prod likewise. */
export function callSums(tex: string): string {
  let out = tex;
  for (let from = 0, guard = 0; guard < 10; guard++) {
    const match = /(?<![\\A-Za-z])(sum|prod)\s*\(/g;
    match.lastIndex = from;
    const found = match.exec(out);
    if (!found) break;
    const open = found.index + found[0].length - 1;
    const close = closingBracket(out, open);
    const range = close > open ? rangeOf(topLevelArguments(out.slice(open + 1, close))) : null;
    if (!range) {
      from = open + 1;
      continue;
    }
    const operator = `\\${found[1]}_{${range.index}=${range.lower}}^{${range.upper}}`;
    out = `${out.slice(0, found.index)}${operator} (${range.body})${out.slice(close + 1)}`;
    from = found.index;
  }
  return out;
}

defineTextRule({ name: 'call-sums', order: 25.5, apply: callSums });
