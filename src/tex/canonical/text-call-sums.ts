// A sum or product typed as a function call with its index and range as arguments,
// as calculators, spreadsheets and course notes in plain text write it:
// `sum(1, m, i, body)` (lower, upper, index, body), Maxima's `sum(body, i, 1, m)`,
// `sum(i=1, m, body)` (the index set to its start, the end, the body), a notes' own function,
// Maple's `add(body, i = 1 .. m)`, SymPy's `Sum(body, (i, 1, m))` and `sum(body, i=1,...,N)`.
// It is the big operator over the range with the body in brackets. R's weighted mean,
// `weighted.mean(x, w)` and `weighted_mean(x, w = w, …)`, is the mean of the weighted values.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

const INDEX = /^[a-z]$/;
/** A limit: a number or a name (m, N, |B|, n-1). */
const LIMIT = /^(?:[A-Za-z0-9]+(?:\s*[-+]\s*[0-9]+)?|\|[A-Za-z\\{}]+\|)$/;

/** The index, range and body of four call arguments in either order, or of three with the index set to its start, or null. */
function rangeOf(args: string[]): { index: string; lower: string; upper: string; body: string } | null {
  if (args.length === 2) {
    // Maple's k = 1 .. K, SymPy's (k, 1, K): the range after the body.
    const [body, range] = args as [string, string];
    const set = /^([a-z])\s*=\s*(.+?)\s*\.\.\s*(.+)$/.exec(range) ?? /^\(\s*([a-z])\s*,\s*([^,]+?)\s*,\s*([^,]+?)\s*\)$/.exec(range);
    return set && LIMIT.test(set[2] as string) && LIMIT.test(set[3] as string) ? { index: set[1] as string, lower: set[2] as string, upper: set[3] as string, body } : null;
  }
  // ProximalOperators' sum(body, i=1,...,N): the index set to its start, an ellipsis, the end.
  if (args.length === 4 && /^(?:\.\.\.|…|\\[lc]?dots)$/.test((args[2] as string).trim())) return rangeOf([args[1] as string, args[3] as string, args[0] as string]);
  if (args.length === 3) {
    const [start, upper, body] = args as [string, string, string];
    const set = /^([a-z])\s*=\s*(.+)$/.exec(start);
    return set && LIMIT.test((set[2] as string).trim()) && LIMIT.test(upper) && !INDEX.test(body) ? { index: set[1] as string, lower: (set[2] as string).trim(), upper, body } : null;
  }
  if (args.length !== 4) return null;
  const [a, b, c, d] = args as [string, string, string, string];
  if (INDEX.test(c) && LIMIT.test(a) && LIMIT.test(b) && !INDEX.test(d)) return { index: c, lower: a, upper: b, body: d };
  if (INDEX.test(b) && LIMIT.test(c) && LIMIT.test(d) && !INDEX.test(a)) return { index: b, lower: c, upper: d, body: a };
  return null;
}

/** sum(1, m, i, body), sum(body, i, 1, m), sum(i=1, m, body), sum(body, i=1..m) → \\sum_{i=1}^{m} (body); prod likewise. */
export function callSums(tex: string): string {
  return rewriteCalls(tex, /(?<![\\A-Za-z.])(sum|prod|add|mul|Sum|Product)\s*\(/g, (found, inner) => {
    const range = rangeOf(topLevelArguments(inner));
    // Maple names the sum of terms `add` and their product `mul`; SymPy capitalises.
    const op = /^(?:prod|mul|Product)$/.test(found[1] as string) ? 'prod' : 'sum';
    // add(…) and mul(…) with no range are other functions: only a range makes them the big operator.
    return range && `\\${op}_{${range.index}=${range.lower}}^{${range.upper}} (${range.body})`;
  });
}

/** weighted.mean(x, w), weighted_mean(x, w = w, na.rm = TRUE, ...): mean(w * (x)), the weights on each value. */
export function weightedMeans(tex: string): string {
  return rewriteCalls(tex, /(?<![\\A-Za-z0-9_.])weighted[._]mean\s*\(/g, (_found, inner) => {
    const [values, weights] = topLevelArguments(inner);
    const weight = weights?.replace(/^w\s*=\s*/, '');
    return values && weight && /^[A-Za-z_][\w.]*$/.test(weight) ? `mean(${weight} * (${values}))` : null;
  });
}

// Before a module's name is dropped from a call (qualified-call-names, 25), which would leave weighted.mean a mean.
defineTextRule({ name: 'weighted-means', order: 24.9, apply: weightedMeans });
defineTextRule({ name: 'call-sums', order: 25.5, apply: callSums });
