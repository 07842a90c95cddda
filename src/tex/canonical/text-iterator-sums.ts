// Text rule for a loss added up by Rust's iterator chains, the loop of Rust code:
//   t.iter().zip(y.iter()).map(|(a, b)| a * b.ln()).sum::<f64>()
//   y.iter().zip(t).fold(0.0, |acc, (p, q)| acc - q * p.ln())
// (and ndarray's elementwise mapv, and Rust's borrows before operands: rustArrayMaps)
// Each element the closure takes is the array it comes from at one index, and the chain is the sum
// over that index: Σ_i (t[i] * y[i].ln()), which the method and code rules then read.
import { defineTextRule } from './registry';
import { rewriteMethods } from './text-method-chains';
import { closingBracket, functionBody, rewriteMatches, topLevelArguments } from './text-scan';

/**
 * An array's name (a field too), an accessor without arguments after it (y.buffer(), y.as_slice(): the same
 * values), then .iter() or .into_iter() (.copied(), .cloned() after it).
 */
const ITERATED = String.raw`([A-Za-z_]\w*(?:\.\w+)*)(?:\s*\.\s*\w+\(\s*\))*\s*\.\s*(?:into_)?iter\(\s*\)(?:\s*\.\s*(?:copied|cloned)\(\s*\))?`;
/** `<array>.iter()[.zip(<array>[.iter()])].map(` or `.fold(`. */
const CHAIN = new RegExp(String.raw`(?<![\w.])${ITERATED}(?:\s*\.\s*zip\(\s*&?\s*(?:${ITERATED}|([A-Za-z_][\w.]*))\s*\))?\s*\.\s*(map|fold)\(`, 'g');
/** A closure's parameters: |a|, |(a, b)|, |&a|, |(&a, &b)|; for a fold, the running total first: |acc, (a, b)|. */
const PARAMETERS = /^\s*\|\s*(?:(\w+)\s*(?::\s*[\w<>&]+\s*)?,\s*)?(?:\(\s*&?(\w+)\s*,\s*&?(\w+)\s*\)|&?(\w+))\s*\|\s*([\s\S]*)$/;
/** The starting totals of a sum: 0, 0.0, 0f64, T::zero(), num::zero(). */
const ZERO = /^\s*(?:0(?:\.0*)?(?:_?f(?:32|64))?|(?:[A-Za-z_][\w:]*::)?zero\(\s*\))\s*$/;

/** `body` with each closure parameter (dereferenced or not: *a, &a) replaced by its element (its array at index i). */
export function elementsAt(body: string, names: readonly [string, string][]): string {
  // Swift's $0 and $1 are parameters too: the dollar is escaped for the pattern, and so is the replacement's.
  return names.reduce((text, [parameter, element]) => text.replace(new RegExp(String.raw`(?:(?<=^|[(\s+\-,])[*&])?(?<![\w.$])${parameter.replace(/\$/g, '\\$')}(?![\w$])`, 'g'), () => element), body);
}

export function iteratorSums(tex: string): string {
  if (!tex.includes('iter(')) return tex;
  return rewriteMatches(tex, CHAIN, (found, text) => {
    const open = found.index + found[0].length - 1;
    const close = closingBracket(text, open);
    const written = close > open ? sumOf(found, text.slice(open + 1, close), text.slice(close + 1)) : null;
    return written && { text: written.sum, end: close + 1 + written.tail };
  });
}

/** The sum a map (followed by .sum()) or a fold from zero writes, and how much of the text after the call it takes. */
function sumOf(found: RegExpExecArray, inner: string, after: string): { sum: string; tail: number } | null {
  const [, first, zippedIter, zippedName, method] = found as unknown as [string, string, string | undefined, string | undefined, string];
  const second = zippedIter ?? zippedName;
  let closure = inner;
  let sign = '';
  let tail = 0;
  if (method === 'fold') {
    const [start, ...rest] = topLevelArguments(inner);
    if (start === undefined || !ZERO.test(start)) return null;
    closure = rest.join(',');
  } else {
    const sum = /^\s*\.\s*sum(?:\s*::\s*<\s*\w+\s*>)?\(\s*\)/.exec(after);
    if (!sum) return null;
    tail = sum[0].length;
  }
  const parameters = PARAMETERS.exec(closure);
  if (!parameters) return null;
  const [, total, left, right, single, body] = parameters as unknown as [string, string | undefined, string | undefined, string | undefined, string | undefined, string];
  if ((method === 'fold') !== (total !== undefined) || (second === undefined) !== (single !== undefined)) return null;
  let value = functionBody(body);
  if (value === null) return null;
  if (total !== undefined) {
    // acc + term, acc - term: the running total, then what each element adds.
    const update = new RegExp(String.raw`^${total}\s*([-+])\s*([\s\S]+)$`).exec(value);
    if (!update) return null;
    sign = update[1] === '-' ? '-' : '';
    value = update[2] as string;
  }
  const names: [string, string][] = single !== undefined ? [[single, first]] : [[left as string, first], [right as string, second as string]];
  return { sum: `${sign}\\sum_{i} (${elementsAt(value, names.map(([parameter, array]) => [parameter, `${array}[i]`]))})`, tail };
}

/**
 * ndarray's elementwise map, `p.mapv(|x| (x + eps).ln())`: the closure's value with its parameter the array itself,
 * ((p) + eps).ln(); and Rust's borrows before operands, `t * &p`, `-(&t * …)`: the values themselves.
 */
export function rustArrayMaps(tex: string): string {
  if (/\\[A-Za-z]/.test(tex) || !/&|mapv/.test(tex)) return tex;
  const unborrowed = tex.replace(/(^|[-+*/(,=]\s*)&(?!&)\s*(?=[A-Za-z_(])/gm, '$1');
  return rewriteMethods(unborrowed, /\.\s*mapv\s*\(/g, (receiver, inner) => {
    const closure = /^\s*\|\s*(\w+)\s*(?::\s*[\w<>&]+\s*)?\|\s*([\s\S]+)$/.exec(inner);
    const value = closure ? functionBody(closure[2] as string) : null;
    return closure && value !== null ? `(${elementsAt(value, [[closure[1] as string, `(${receiver})`]])})` : null;
  });
}

// Before the method chains (24.3) read `.ln()` and the module names go (25).
defineTextRule({ name: 'iterator-sums', order: 22.22, apply: iteratorSums });
defineTextRule({ name: 'rust-array-maps', order: 22.215, apply: rustArrayMaps });
