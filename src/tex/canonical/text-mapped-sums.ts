// Text rule for a loss added up by mapping a function over arrays and summing what it gives, as languages
// with function literals write the loop:
//   Kotlin   y.zip(p).sumOf { (a, b) -> a * ln(b) }          y.zip(p).map { (a, b) -> … }.sum()
//   Swift    zip(y, p).map { $0 * log($1) }.reduce(0, +)      zip(y, p).map { a, b in … }.reduce(0, +)
//   C#       y.Zip(p, (a, b) => a * Math.Log(b)).Sum()
//   Scala    (y zip p).map { case (a, b) => a * math.log(b) }.sum
//   Ruby     y.zip(p).sum { |a, b| a * Math.log(b) }             y.zip(p).map { |a, b| … }.reduce(:+)
//   Java     IntStream.range(0, n).mapToDouble(i -> y[i] * Math.log(p[i])).sum()
//   JS       p.map((v, i) => y[i] * Math.log(v)).reduce((s, v) => s + v, 0)
//   Haskell  sum $ zipWith (\a b -> a * log b) y p           Julia    sum(map((a, b) -> a * log(b), y, p))
//   Futhark  reduce (+) 0 (map2 (\a b -> a * f32.log b) y p)
//   OCaml    Array.fold_left (+.) 0. (Array.map2 (fun a b -> a *. log b) y p)      Elixir  Enum.sum(Enum.zip_with(y, p, fn a, b -> … end))
// Each parameter is an element at one index, and the whole is the sum over that index: Σ_i (a[i] * ln(b[i])),
// which the code rules then read. (Rust's iterator chains: ./text-iterator-sums.ts.)
import { defineTextRule } from './registry';
import { elementsAt } from './text-iterator-sums';
import { closingBracket, functionBody, groupEnd, rewriteCalls, rewriteMatches, topLevelArguments, valueStart } from './text-scan';

/** A function literal's parameters and the value it gives. */
interface FunctionLiteral {
  parameters: string[];
  body: string;
}

/** (a, b) -> …, (a, b) => …, case (a, b) => …, a, b in …, \a b -> …, |a, b| …, a -> …; Swift's $0 and $1 without a list. */
const LITERALS: RegExp[] = [
  /^case\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>\s*([\s\S]+)$/,
  /^\(\s*(\w+)\s*(?::\s*[\w<>[\]]+\s*)?,\s*(\w+)\s*(?::\s*[\w<>[\]]+\s*)?\)\s*(?:->|=>)\s*([\s\S]+)$/,
  /^(\w+)\s*,\s*(\w+)\s+in\s+([\s\S]+)$/,
  /^\\\s*(\w+)\s+(\w+)\s*->\s*([\s\S]+)$/,
  // OCaml's and F#'s fun a b -> …, Elixir's fn a, b -> … end.
  /^fun\s+(\w+)\s+(\w+)\s*->\s*([\s\S]+)$/,
  /^fn\s+(\w+)\s*,\s*(\w+)\s*->\s*([\s\S]+?)\s*end$/,
  /^\|\s*(\w+)\s*,\s*(\w+)\s*\|\s*([\s\S]+)$/,
  /^\(?\s*(\w+)\s*(?::\s*[\w<>[\]]+\s*)?\)?\s*(?:->|=>)\s*([\s\S]+)$/,
];

export function functionLiteral(text: string): FunctionLiteral | null {
  const trimmed = text.trim();
  for (const form of LITERALS) {
    const found = form.exec(trimmed);
    if (!found) continue;
    const body = functionBody(found.at(-1) as string);
    return body === null ? null : { parameters: found.slice(1, -1) as string[], body };
  }
  if (!/\$0/.test(trimmed)) return null;
  return { parameters: ['$0', '$1'].filter((name) => trimmed.includes(name)), body: trimmed };
}

/** The bracket's inside and the index after its closing bracket, when `text` opens one at `at` (after blanks). */
function bracketAt(text: string, at: number): { inner: string; end: number } | null {
  const open = /^\s*[({]/.exec(text.slice(at));
  if (!open) return null;
  const start = at + open[0].length - 1;
  const close = closingBracket(text, start);
  return close > start ? { inner: text.slice(start + 1, close), end: close + 1 } : null;
}

const NAME = String.raw`[A-Za-z_][\w.]*`;
/** Where a mapped sum may start: zip(a, b), (a zip b), a.zip(b), a.Zip(b, …), IntStream.range(0, n), a.map(…). */
const SOURCE = new RegExp(
  String.raw`(?<![\w.$])(?:zip\(\s*(${NAME})\s*,\s*(${NAME})\s*\)|\(\s*(${NAME})\s+zip\s+(${NAME})\s*\)|(${NAME}?)\s*\.\s*(?:zip|Zip)\(\s*(${NAME})\s*(\)|,)|IntStream\s*\.\s*range(?:Closed)?\(\s*[^()]*\)|([A-Za-z_]\w*)(?=\s*\.\s*map\s*\())`,
  'g',
);
/** A mapping step: .map(…), .map { … }, .mapToDouble(…), .Select(…). */
const MAP_STEP = /^\s*\.\s*(?:map|mapToDouble|Select)\s*(?=[({])/;
/** The sum at the chain's end: .sum(), .sum, .Sum(), .reduce(0, +), Ruby's .reduce(:+) and .inject(:+). */
const SUM_STEP = /^\s*\.\s*(?:sum|Sum)(?![\w({\s])|^\s*\.\s*(?:sum|Sum)\s*\(\s*\)|^\s*\.\s*reduce\s*\(\s*0(?:\.0*)?\s*,\s*\+\s*\)|^\s*\.\s*(?:reduce|inject)\s*\(\s*:\+\s*\)/;

/** `.reduce((s, v) => s + v, 0)` (or `s - v`, which subtracts each value): the sign it adds with, else null. */
function reducedSign(text: string, at: number): { sign: string; end: number } | null {
  const call = /^\s*\.\s*reduce\s*(?=\()/.exec(text.slice(at));
  const bracket = call ? bracketAt(text, at + call[0].length) : null;
  const [adder, start] = bracket ? topLevelArguments(bracket.inner) : [];
  const literal = adder ? functionLiteral(adder) : null;
  if (!bracket || !literal || start === undefined || !/^\s*0(?:\.0*)?\s*$/.test(start) || literal.parameters.length !== 2) return null;
  const [total, value] = literal.parameters as [string, string];
  const step = new RegExp(String.raw`^\s*${total}\s*([-+])\s*${value}\s*$`).exec(literal.body);
  return step ? { sign: step[1] === '-' ? '-' : '', end: bracket.end } : null;
}

/** The sum a chain starting with `found` writes, and where it ends; null when it is no mapped sum. */
function chainSum(text: string, found: RegExpExecArray): { text: string; end: number } | null {
  const [whole, zipA, zipB, infixA, infixB, receiver, argument, closer, mapped] = found as unknown as (string | undefined)[];
  let arrays = [zipA ?? infixA ?? receiver, zipB ?? infixB ?? argument].filter((name): name is string => !!name);
  let at = found.index + (whole as string).length;
  let literal: FunctionLiteral | null = null;
  if (closer === ',') {
    // C#'s Zip(b, (x, y) => …): the function is the call's second argument.
    const close = closingBracket(text, text.lastIndexOf('(', at));
    literal = close > at ? functionLiteral(text.slice(at, close)) : null;
    at = close + 1;
  } else if (arrays.length === 2 && /^\s*\{/.test(text.slice(at))) {
    // Kotlin's a.zip(b) { x, y -> … }: the trailing function maps the pairs.
    const bracket = bracketAt(text, at);
    literal = bracket ? functionLiteral(bracket.inner.replace(/^\s*(\w+)\s*,\s*(\w+)\s*->/, '($1, $2) ->')) : null;
    at = bracket?.end ?? at;
  }
  if (mapped) arrays = [mapped];
  const isRange = arrays.length === 0;
  const step = MAP_STEP.exec(text.slice(at));
  if (!literal && step) {
    const bracket = bracketAt(text, at + step[0].length);
    literal = bracket ? functionLiteral(bracket.inner) : null;
    at = bracket?.end ?? at;
  }
  let sign = '';
  // Kotlin's sumOf { … } and Ruby's sum { |a, b| … } map and sum at once.
  const sumOf = /^\s*\.\s*(?:sumOf|sum)\s*(?=\{)/.exec(text.slice(at));
  if (!literal && sumOf) {
    const bracket = bracketAt(text, at + sumOf[0].length);
    literal = bracket ? functionLiteral(bracket.inner) : null;
    at = bracket?.end ?? at;
  } else {
    const sum = SUM_STEP.exec(text.slice(at));
    const reduced = sum ? null : reducedSign(text, at);
    if (!sum && !reduced) return null;
    sign = reduced?.sign ?? '';
    at = sum ? at + sum[0].length : (reduced as { end: number }).end;
  }
  return literal ? { text: `${sign}\\sum_{i} (${elementsOf(literal, arrays, isRange)})`, end: at } : null;
}

/**
 * The literal's body with each parameter its element at i, under the parameter's own name as the page names it (a[i]),
 * or its array's (Swift's $0 is u[i]); a second parameter beside one array is the index.
 */
function elementsOf(literal: FunctionLiteral, arrays: string[], isRange: boolean): string {
  const [first, second] = literal.parameters;
  // IntStream.range(0, n).mapToDouble(j -> …): the parameter is the index itself.
  if (isRange) return first ? elementsAt(literal.body, [[first, 'i']]) : literal.body;
  const element = (parameter: string, array: string) => `${parameter.startsWith('$') ? array : parameter}[i]`;
  const pairs: [string, string][] = [];
  if (first && arrays[0]) pairs.push([first, element(first, arrays[0])]);
  if (second) pairs.push([second, arrays[1] ? element(second, arrays[1]) : 'i']);
  return elementsAt(literal.body, pairs);
}

/** Haskell's sum $ zipWith f a b and sum (zipWith f a b), and Julia's sum(map(f, a, b)): the function over the pairs, summed. */
function functionalSums(tex: string): string {
  let out = tex;
  // Futhark's reduce (+) 0 (map2 f a b) and f32.sum (map2 f a b) are Haskell's sum (zipWith f a b).
  // So are OCaml's fold_left (+.) 0. (map2 f a b) and F#'s List.sum (List.map2 f a b); Haskell's negate . sum $ … negates the sum.
  out = out
    .replace(/(?<![\w.])(?:reduce\s*\(\s*\+\s*\)\s*0(?:\.0*)?(?:f32|f64)?|(?:f32|f64)\.sum)\s*\(\s*map2(?=\s*\()/g, 'sum (zipWith')
    .replace(/(?<![\w.])(?:(?:List|Array|Seq)\.)?(?:fold_left\s*\(\s*\+\.?\s*\)\s*0\.?0*|sum)\s*\(\s*(?:(?:List|Array|Seq)\.)?map2(?=\s*\()/g, 'sum (zipWith')
    .replace(/(?<![\w.])negate\s*\.\s*(?=sum\s*[$(])/g, '- ');
  const zipWith = /(?<![\w.])sum\s*(\$|\()\s*zipWith\s*(?=\()/g;
  for (let found = zipWith.exec(out); found; found = zipWith.exec(out)) {
    const open = found.index + found[0].length;
    const close = closingBracket(out, open);
    const operands = close > open ? /^\s*([A-Za-z_][\w.]*)'?\s+([A-Za-z_][\w.]*)'?\s*/.exec(out.slice(close + 1)) : null;
    const literal = operands ? functionLiteral(out.slice(open + 1, close)) : null;
    let end = close + 1 + (operands?.[0].length ?? 0);
    // sum (zipWith …) closes its bracket after the operands.
    if (found[1] === '(' && out[end] === ')') end += 1;
    else if (found[1] === '(') continue;
    if (!operands || !literal || literal.parameters.length !== 2) continue;
    out = `${out.slice(0, found.index)}\\sum_{i} (${elementsOf(literal, [operands[1] as string, operands[2] as string], false)})${out.slice(end)}`;
    zipWith.lastIndex = found.index + 1;
  }
  // OCaml's List.fold_left2 (fun acc a b -> acc +. f a b) 0. y p: the accumulator adds f over the pairs.
  out = rewriteMatches(out, /(?<![\w.])(?:(?:List|Array|Seq)\.)?fold_left2\s*(?=\()/g, (found, text) => {
    const open = found.index + found[0].length;
    const close = closingBracket(text, open);
    const fold = close > open ? /^fun\s+(\w+)\s+(\w+)\s+(\w+)\s*->\s*(\w+)\s*\+\.?\s*([\s\S]+)$/.exec(text.slice(open + 1, close).trim()) : null;
    const operands = fold ? /^\s*0(?:\.0*)?\s+([A-Za-z_][\w.]*)\s+([A-Za-z_][\w.]*)/.exec(text.slice(close + 1)) : null;
    if (!fold || !operands || fold[1] !== fold[4]) return null;
    const literal = { parameters: [fold[2] as string, fold[3] as string], body: fold[5] as string };
    return { text: `\\sum_{i} (${elementsOf(literal, [operands[1] as string, operands[2] as string], false)})`, end: close + 1 + operands[0].length };
  });
  return rewriteCalls(out, /(?<![\w.])(?:Enum\.)?sum\s*\(/g, (_found, inner) => {
    // Julia's map(f, a, b); Elixir's Enum.zip_with(a, b, f), the function last.
    const map = /^\s*(?:(?:Enum|List|Stream)\.)?(map|zip_with)\s*\(/.exec(inner);
    const close = map ? closingBracket(inner, map[0].length - 1) : -1;
    if (!map || close < 0 || /\S/.test(inner.slice(close + 1))) return null;
    const args = topLevelArguments(inner.slice(map[0].length, close)).map((arg) => arg.trim());
    // (Elixir's fn a, b -> … end holds a comma of its own.)
    const fnAt = args.findIndex((arg) => /^fn\s/.test(arg));
    const [fn, ...arrays] = map[1] === 'zip_with' && fnAt > 0 ? [args.slice(fnAt).join(', '), ...args.slice(0, fnAt)] : args;
    const literal = fn ? functionLiteral(fn) : null;
    return literal && arrays.length >= 1 && arrays.length === literal.parameters.length ? `\\sum_{i} (${elementsOf(literal, arrays, false)})` : null;
  });
}

export function mappedSums(tex: string): string {
  if (!/zip|Zip|IntStream|\.map\s*\(|sum\s*\(\s*map|map2|fold_left2/.test(tex)) return tex;
  return rewriteMatches(functionalSums(tex), SOURCE, (found, text) => chainSum(text, found));
}

/**
 * `yPred.apply(x => x.log())`, Kotlin's `t.map { 1 - it }`, Swift's `t.map { 1 - $0 }`: a function mapped over one
 * array, with no sum after it, is the function applied to the array elementwise (as a formula's symbols already read).
 */
export function elementwiseMaps(tex: string): string {
  if (!/\.\s*(?:map|apply|mapv)\s*[({]/.test(tex)) return tex;
  return rewriteMatches(tex, /(?<![\w.$])([A-Za-z_]\w*)\s*\.\s*(?:map|apply|mapv)\s*(?=[({])/g, (found, text) => {
    const bracket = bracketAt(text, found.index + found[0].length);
    // A sum or fold after it makes it mapped-sums' (which ran first, and left it for a reason).
    if (!bracket || /^\s*\.\s*(?:sumOf|sum|Sum|reduce|inject)\b/.test(text.slice(bracket.end))) return null;
    // Kotlin's implicit parameter `it` (no arrow written).
    const inner = bracket.inner.trim();
    const literal = functionLiteral(inner) ?? (/\bit\b/.test(inner) && !/->|=>/.test(inner) ? { parameters: ['it'], body: inner } : null);
    if (!literal || literal.parameters.length !== 1) return null;
    return { text: `(${elementsAt(literal.body, [[literal.parameters[0] as string, found[1] as string]])})`, end: bracket.end };
  });
}

// Beside the Rust chains (22.22), before the method chains (24.3) read `.log()` and the module names go (25).
defineTextRule({ name: 'mapped-sums', order: 22.225, apply: mappedSums });
// After mapped-sums has read the maps that are summed.
defineTextRule({ name: 'elementwise-maps', order: 22.226, apply: elementwiseMaps });

/**
 * Haskell's inner products written between their vectors, hmatrix's `a <.> b` and `` a `dot` b ``, with backprop's
 * `constVar t` lifting a constant into the graph: the sum of the entries' products, sum((a) * (b)).
 */
export function infixDotProducts(tex: string): string {
  let out = tex.replace(/(?<![\w.])constVar\s+(?=[A-Za-z_(])/g, '');
  for (let guard = 0; guard < 20; guard++) {
    const found = /\s*(?:<\.>|`dot`)\s*/.exec(out);
    if (!found) break;
    const start = valueStart(out, found.index);
    const after = found.index + found[0].length;
    const end = groupEnd(out, after, (at) => /[,;\n]/.test(out[at] as string));
    const left = out.slice(start, found.index).trim();
    const right = out.slice(after, end).trim();
    if (left === '' || right === '') break;
    out = `${out.slice(0, start)}sum((${left}) * (${right}))${out.slice(end)}`;
  }
  return out;
}

// Before the log words are read (log res is a call by then) and before mapped-sums reads the sum.
defineTextRule({ name: 'infix-dot-products', order: 22.2, apply: infixDotProducts });
