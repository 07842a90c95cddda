// An expression as a signed sum of terms, each a product of big operators
// (with their index and bound), scale factors (1/N), plain factors and logs.
// The kinds match against this flat reading rather than the raw tree.
import type { BigKind, Expr } from './expr';
import { exprTex, oneMinus, sameExpr, single } from './expr';
import { anyChild, anyNode } from './canonical/registry';

export interface BigOp {
  op: BigKind;
  index: string | null;
  bound: string | null;
  lower: Expr | null;
}

export interface Term {
  sign: 1 | -1;
  bigs: BigOp[];
  scale: Expr[];
  factors: Expr[];
  logs: Extract<Expr, { k: 'log' }>[];
}

const MAX_TERMS = 32;

export function containsLog(e: Expr, depth = 0): boolean {
  if (depth > 80) return false;
  switch (e.k) {
    case 'log': return true;
    case 'add': return e.terms.some((t) => containsLog(t, depth + 1));
    case 'mul': return e.factors.some((t) => containsLog(t, depth + 1));
    case 'neg': return containsLog(e.arg, depth + 1);
    case 'big': return containsLog(e.body, depth + 1);
    case 'div': return containsLog(e.num, depth + 1) || containsLog(e.den, depth + 1);
    // A vector written out (x, α + β log σ) holds its components' logs; ⌈…⌉ and ⌊…⌋ hold their argument's.
    case 'fn': return (e.name === 'vector' || e.name === 'ceil' || e.name === 'floor') && e.args.some((t) => containsLog(t, depth + 1));
    default: return false;
  }
}

function bigOp(e: Extract<Expr, { k: 'big' }>): BigOp {
  const lower = e.lower;
  let index: string | null = null;
  let bound: string | null = e.upper ? exprTex(e.upper) : null;
  if (lower?.k === 'rel') {
    index = exprTex(lower.left);
    // i ≤ N and i ∈ S bound the index; k ≠ c only leaves one value out.
    if (!bound && lower.op !== '=' && lower.op !== '\\sim' && lower.op !== '\\neq' && lower.op !== '\\notin') bound = exprTex(lower.right);
  } else if (lower && (lower.k === 'sym' || lower.k === 'call')) index = exprTex(lower);
  return { op: e.op, index, bound, lower };
}

function one(): Term {
  return { sign: 1, bigs: [], scale: [], factors: [], logs: [] };
}

function combine(a: Term, b: Term): Term {
  return {
    sign: (a.sign * b.sign) as 1 | -1,
    bigs: [...a.bigs, ...b.bigs],
    scale: [...a.scale, ...b.scale],
    factors: [...a.factors, ...b.factors],
    logs: [...a.logs, ...b.logs],
  };
}

/** Whether `name` occurs in `e` as a symbol or a subscript part (i in y_i, (i) in y^{(i)}). */
export function mentions(e: Expr, name: string, depth = 0): boolean {
  if (depth > 60) return false;
  return texMentions(exprTex(e), name);
}

/** The TeX names `name` as a letter of its own (k in t_{nk}? no; k in t_{n,k} or t_k, yes). */
export function texMentions(tex: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^A-Za-z\\\\])${escaped}(?![A-Za-z])`).test(tex);
}

/** t_k, t_{nk}, t_{n,k}, t(k): the role's TeX runs over `index` (in a script or as a letter of its own). */
export function indexedBy(tex: string, index: string): boolean {
  // A tag in the subscript (y_{\text{true},bc}) names the symbol; the letters after it index it.
  const untagged = tex.replace(/\\(?:text|mathrm|operatorname|textrm)\{[^{}]*\}/g, '');
  const scripts = [...untagged.matchAll(/[_^]\{([^{}]*)\}|[_^]([A-Za-z0-9])/g)].map((m) => m[1] ?? m[2] ?? '');
  return texMentions(tex, index) || (index.length === 1 && scripts.some((script) => script.includes(index)));
}

/**
 * Whether `name` occurs in `e` outside the big operators that bind it again: the k of
 * log Σ_k e^{z_k} is that sum's own, not the k of a sum written before it.
 */
export function mentionsFree(e: Expr, name: string): boolean {
  if (!mentions(e, name)) return false;
  if (e.k === 'big' && bigOp(e).index === name) return false;
  return anyChild(e, (child) => mentionsFree(child, name)) || (e.k === 'sym' || e.k === 'num' || e.k === 'other');
}

/**
 * `-\frac1N \sum_i y_i \log p_i + (1 - y_i)\log(1 - p_i)`: authors who leave out the
 * brackets still mean the sum to cover the terms after it. A term without a big
 * operator that uses the index the previous term's sum binds is read inside that
 * sum, under its scale and the sign in front of it.
 */
function widenScope(terms: Term[], previous: Term[], outerSign: 1 | -1): Term[] | null {
  const last = previous.at(-1);
  const sums = last?.bigs.filter((b) => b.op === 'sum') ?? [];
  if (!last || sums.length === 0 || terms.some((t) => t.bigs.length > 0)) return null;
  const bound = sums.map((b) => b.index).filter((i): i is string => i !== null);
  const uses = (t: Term) => [...t.factors, ...t.logs].some((f) => bound.some((i) => mentionsFree(f, i)));
  // Σ_{i=1}^{L} y log p + (1 − y) log(1 − p), and Σ y log p + … with no index at all: where the
  // sum's own term writes no index either, the symbols carry none, and the logs after it are its terms too.
  const unindexed = !uses(last) && last.logs.length > 0 && terms.every((t) => t.logs.length > 0);
  if (!((bound.length > 0 && terms.every(uses)) || unindexed)) return null;
  // Under the sums as far in as the index the term uses: Σ_i Σ_k y_{ik} z_{ik} − log Σ_k e^{z_{ik}}
  // puts the normaliser under Σ_i only (its k is its own sum's).
  const reach = (t: Term) => {
    const innermost = last.bigs.reduce((at, big, i) => (big.index !== null && [...t.factors, ...t.logs].some((f) => mentionsFree(f, big.index as string)) ? i : at), -1);
    return innermost < 0 ? last.bigs : last.bigs.slice(0, innermost + 1);
  };
  // −Σ A + B is −Σ [A + B] (the bracket left out); −Σ A − B is −Σ A − Σ B (the minus written on each).
  return terms.map((t) => ({ ...t, sign: (outerSign === -1 && t.sign === -1 ? -1 : t.sign * outerSign) as 1 | -1, bigs: reach(t), scale: last.scale }));
}

function isConstantScale(e: Expr): boolean {
  return e.k === 'div' && e.num.k === 'num' && !containsLog(e.den) && (e.den.k === 'sym' || e.den.k === 'num' || e.den.k === 'mul' || e.den.k === 'other' || isCountingCall(e.den) || isPowerOfCount(e.den) || isSumOfWeights(e.den));
}

/** Σ w, np.sum(w): a total of weights (no exponential: a softmax's denominator is none) divides a weighted mean, as N divides a mean. */
function isSumOfWeights(e: Expr): boolean {
  const isExponential = (node: Expr): boolean => node.k === 'exp' || (node.k === 'pow' && single(node.base).k === 'sym' && exprTex(single(node.base)) === 'e');
  return e.k === 'big' && e.op === 'sum' && !anyNode(e.body, isExponential);
}

/** N², a count's letter to a number's power (an N × N map's pixels). */
export function isPowerOfCount(e: Expr): boolean {
  const [base, exponent] = e.k === 'pow' ? [single(e.base), single(e.exp)] : [null, null];
  return base?.k === 'sym' && /^[A-Za-z]$/.test(base.name) && exponent?.k === 'num';
}

/** len(y), size(Y, 2), y.shape(0): a call without logs under a loss counts its items, a number like N (tree-signs' isCount too). */
export const isCountingCall = (e: Expr): boolean => (e.k === 'call' || e.k === 'fn') && !containsLog(e);

/** len(y), length(y), size(y), numel(y), nrow(y): how many values code counts. */
export function isLengthCall(e: Expr): boolean {
  return e.k === 'call' && e.args.length === 1 && /^(?:len|length|size|numel|nrow|count)$/.test(headName(e) ?? '');
}

const sameBigs = (a: BigOp[], b: BigOp[]): boolean =>
  a.length === b.length && a.every((big, at) => big.op === b[at]?.op && big.index === b[at]?.index && big.bound === b[at]?.bound);
const sameList = (a: Expr[], b: Expr[]): boolean => a.length === b.length && a.every((e, at) => sameExpr(e, b[at] as Expr));

/**
 * y log p − y log(1 − p) + log(1 − p) → y log p + (1 − y) log(1 − p): a log written once alone
 * and once under the label that weighs another log, with the other sign, is one term under
 * 1 − label (y[log p − log(1 − p)] + log(1 − p), the log-odds form multiplied out).
 */
function collectComplement(terms: Term[]): Term[] {
  for (const [at, alone] of terms.entries()) {
    if (alone.factors.length > 0 || alone.logs.length !== 1) continue;
    const log = alone.logs[0] as Expr;
    const weighed = terms.findIndex((t) => t.sign === -alone.sign && t.logs.length === 1 && sameExpr(t.logs[0] as Expr, log) && t.factors.length > 0 && !t.factors.some((f) => containsLog(f)) && sameBigs(t.bigs, alone.bigs) && sameList(t.scale, alone.scale));
    const label = terms[weighed];
    if (!label) continue;
    // Only where the label also weighs another log with the sign the merged term keeps.
    if (!terms.some((t) => t.sign === alone.sign && t.logs.length === 1 && !sameExpr(t.logs[0] as Expr, log) && sameList(t.factors, label.factors))) continue;
    const weight: Expr = label.factors.length === 1 ? (label.factors[0] as Expr) : { k: 'mul', factors: label.factors };
    const merged: Term = { ...alone, factors: [oneMinus(weight)] };
    return terms.flatMap((t, i) => (i === at ? [merged] : i === weighed ? [] : [t]));
  }
  return terms;
}

/** The terms of `e`, or null when distributing would make too many. */
export function termsOf(e: Expr, depth = 0): Term[] | null {
  if (depth > 60) return null;
  switch (e.k) {
    case 'add': {
      const out: Term[] = [];
      let previous: { terms: Term[]; outerSign: 1 | -1 } | null = null;
      for (const term of e.terms) {
        const inner = termsOf(term, depth + 1);
        if (!inner) return null;
        const widened = previous ? widenScope(inner, previous.terms, previous.outerSign) : null;
        out.push(...(widened ?? inner));
        if (!widened) previous = { terms: inner, outerSign: term.k === 'neg' ? -1 : 1 };
      }
      return out.length > MAX_TERMS ? null : collectComplement(out);
    }
    case 'neg': {
      const inner = termsOf(e.arg, depth + 1);
      return inner ? inner.map((t) => ({ ...t, sign: (-t.sign) as 1 | -1 })) : null;
    }
    case 'mul': {
      let acc: Term[] = [one()];
      for (const factor of e.factors) {
        // Only sums holding a log are distributed; (1 - t) stays one factor.
        const inner = factor.k === 'add' && !containsLog(factor) ? [{ ...one(), factors: [factor] }] : termsOf(factor, depth + 1);
        if (!inner) return null;
        const next: Term[] = [];
        for (const a of acc) for (const b of inner) next.push(combine(a, b));
        if (next.length > MAX_TERMS) return null;
        acc = next;
      }
      return acc;
    }
    case 'big': {
      if (e.op === 'prod') return [{ ...one(), factors: [e] }];
      const inner = termsOf(e.body, depth + 1);
      const op = bigOp(e);
      return inner ? inner.map((t) => ({ ...t, bigs: [op, ...t.bigs] })) : null;
    }
    case 'div':
      if (isConstantScale(e)) return [{ ...one(), scale: [e] }];
      return [{ ...one(), factors: [e] }];
    case 'log':
      // log(1/q) = -log q
      if (e.arg.k === 'div' && e.arg.num.k === 'num' && e.arg.num.value === 1) {
        return [{ ...one(), sign: -1, logs: [{ ...e, arg: e.arg.den }] }];
      }
      return [{ ...one(), logs: [e] }];
    case 'other':
      return e.text === '' || e.text === '.' ? [one()] : [{ ...one(), factors: [e] }];
    case 'fn':
      // A vector of logs that no dot product summed is no term of a sum.
      return containsLog(e) ? null : [{ ...one(), factors: [e] }];
    default:
      return [{ ...one(), factors: [e] }];
  }
}

/** The name that says which symbol an expression is (ŷ ≠ y, p(x) is p, y_k is y). */
export function headName(e: Expr): string | null {
  switch (e.k) {
    case 'sym': return e.name;
    case 'call': return headName(e.head);
    case 'pow': return headName(e.base);
    case 'mul': return e.factors.length === 1 ? headName(e.factors[0] as Expr) : null;
    case 'fn': return e.name;
    default: return null;
  }
}

/** Functions whose role text is the call with its argument: σ(x_n), softmax(z), since the name alone says nothing. */
const NAMES_ITS_ARGUMENT = new Set(['\\sigma', '\\operatorname{softmax}']);

/** The role text of a symbol: itself with its indices, without call arguments. */
export function roleTex(e: Expr): string {
  // σ(x_n), softmax(z) as one probability: the function names its argument, since σ alone says nothing.
  if (e.k === 'call' && e.head.k === 'sym' && NAMES_ITS_ARGUMENT.has(e.head.name) && e.head.sub === null && e.args.length === 1) return `${e.head.name}(${productTex(e.args[0] as Expr)})`;
  if (e.k === 'call') return roleTex(e.head);
  if (e.k === 'mul' && e.factors.length === 1) return roleTex(e.factors[0] as Expr);
  return productTex(e);
}

/** An inner product keeps its transpose as written (w^⊤ x_i, not w x_i); anything else is exprTex. */
function productTex(e: Expr): string {
  if (e.k !== 'mul' || e.factors.length < 2) return exprTex(e);
  return e.factors.map((f) => (f.k === 'sym' && f.transposed ? `${exprTex(f)}^\\top` : exprTex(f))).join(' ');
}

/** x for 1 − x (also (1 − x) in brackets, and −x + 1), else null. */
export function complementOf(e: Expr): Expr | null {
  if (e.k === 'mul' && e.factors.length === 1) return complementOf(e.factors[0] as Expr);
  if (e.k !== 'add' || e.terms.length !== 2) return null;
  const [first, second] = e.terms as [Expr, Expr];
  if (first.k === 'num' && first.value === 1 && second.k === 'neg') return second.arg;
  // −y + 1, as a chain of methods writes it (y.neg().add(1)).
  if (second.k === 'num' && second.value === 1 && first.k === 'neg') return first.arg;
  return null;
}

/** Whether `e` is 1 − `of` (y and 1 − y, p and (1 − p)). */
export function isComplementOf(e: Expr, of: Expr): boolean {
  const rest = complementOf(single(e));
  return rest !== null && sameExpr(rest, of);
}

/** t_{0} and t_{1} (t_{i,1} and t_{i,2}): one symbol's first and second column, the last index 0 then 1 or 1 then 2. */
export function areTwoColumns(first: Expr, second: Expr): boolean {
  const [a, b] = [single(first), single(second)];
  if (a.k !== 'sym' || b.k !== 'sym' || a.name !== b.name || a.sub === null || b.sub === null) return false;
  const [headA, lastA] = [a.sub.replace(/\d$/, ''), a.sub.at(-1)];
  return headA === b.sub.replace(/\d$/, '') && ((lastA === '0' && b.sub.endsWith('1')) || (lastA === '1' && b.sub.endsWith('2'))) && /^(?:|.*,)$/.test(headA);
}

/** Factors that are integration measures (dx, d r(x), \mathrm{d}x) are dropped inside integrals. */
export function withoutMeasure(factors: Expr[]): Expr[] {
  const out: Expr[] = [];
  for (let i = 0; i < factors.length; i++) {
    const name = headName(factors[i] as Expr);
    if (name === 'd' || name === '\\mathrm{d}') {
      i += 1;
      continue;
    }
    // dx, and dxdy or dx\,dy read as one word: every letter after a d is a variable.
    if (name && /^(?:d[A-Za-z]){1,3}$/.test(name)) continue;
    out.push(factors[i] as Expr);
  }
  return out;
}

/** KL, D_KL, CE, BCE, NLL, MSE, ELBO, JSD: names of a quantity that no target is called. */
const QUANTITY_NAME = /^(?:KL|D_\{?KL\}?|CE|BCE|NLL|MSE|ELBO|JSD?)$/;
export const namesAQuantity = (e: Expr): boolean => QUANTITY_NAME.test(headName(e) ?? '');

/** 𝒩(x; μ, σ²), Normal(μ, σ): a normal density called on its arguments. */
export function isNormalDensity(e: Expr): boolean {
  const inner = single(e);
  // 𝒩(y; μ, σ²) with a semicolon: the log takes the letter alone, its arguments a vector after it.
  const head = inner.k === 'call' || inner.k === 'sym' ? inner : null;
  return head !== null && /^(?:\\mathcal\{N\}|\\mathcal N|Normal|\\text\{Normal\}|\\mathrm\{Normal\}|\\operatorname\{Normal\})$/.test(headName(head) ?? '');
}
