// Tree rule for binary cross-entropy with labels t ∈ {−1, +1} and outputs y ∈ (−1, 1)
// (a tanh unit), as textbooks write it: −(1 + t)/2 · ln((1 + y)/2) − (1 − t)/2 · ln((1 − y)/2).
// The halves (1 + a)/2 and (1 − a)/2 add up to one: the second is the complement of the
// first, written so here, so the binary form is read with its target (1 + t)/2 and its
// prediction (1 + y)/2. A ±1 label beside a probability (the logistic loss written for
// y ∈ {−1, +1}: −(1 + y)/2 · log h − (1 − y)/2 · log(1 − h)) is read the same way, its
// target (1 + y)/2, the 0/1 label.
import type { Expr } from '../expr';
import { exprTex, sameTree, single } from '../expr';
import { anyChild, mapChildren, defineTreeRule } from './registry';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** What (1 ± a)/2 is halved from: its numerator, written over 2 or after ½ (\\frac12(a + 1)). */
function halved(e: Expr): Expr | null {
  const inner = single(e);
  const isTwo = (x: Expr) => single(x).k === 'num' && (single(x) as { value: number }).value === 2;
  if (inner.k === 'div') return isTwo(inner.den) ? inner.num : null;
  if (inner.k !== 'mul' || inner.factors.length !== 2) return null;
  const [first, second] = inner.factors as [Expr, Expr];
  const isHalf = (x: Expr) => {
    const f = single(x);
    return (f.k === 'num' && f.value === 0.5) || (f.k === 'div' && single(f.num).k === 'num' && (single(f.num) as { value: number }).value === 1 && isTwo(f.den));
  };
  return isHalf(first) ? second : null;
}

/**
 * a and the sign of (1 ± a)/2, else null; (a − 1)/2 is −(1 − a)/2, `negated`.
 * The one may come first or last ((y + 1)/2).
 */
function half(e: Expr): { a: Expr; sign: 1 | -1; negated?: true } | null {
  const numerator = halved(e);
  const num = numerator && single(numerator);
  if (!num || num.k !== 'add' || num.terms.length !== 2) return null;
  const isOne = (x: Expr) => x.k === 'num' && x.value === 1;
  const [first, second] = num.terms as [Expr, Expr];
  const other = isOne(first) ? second : isOne(second) ? first : null;
  if (other) return other.k === 'neg' ? { a: other.arg, sign: -1 } : { a: other, sign: 1 };
  // a − 1: the complement's half with its sign outside.
  if (second.k === 'neg' && isOne(second.arg) && first.k !== 'neg') return { a: first, sign: -1, negated: true };
  return null;
}

/** Every (1 ± a)/2 in `e`, by a's TeX and sign. */
function halvesIn(e: Expr, found: Map<string, Set<number>>, depth = 0): void {
  if (depth > 40) return;
  const h = half(e);
  if (h) {
    const key = exprTex(single(h.a));
    found.set(key, (found.get(key) ?? new Set()).add(h.sign));
  }
  mapChildren(e, (child) => {
    halvesIn(child, found, depth + 1);
    return child;
  });
}

function plusHalfOf(a: Expr): Expr {
  return { k: 'div', num: { k: 'add', terms: [ONE, a] }, den: { k: 'num', value: 2, text: '2' } };
}

/** `e` with each (1 − a)/2 whose a is in `paired` written 1 − (1 + a)/2, and each (1 + a)/2 in one form. */
function complemented(e: Expr, paired: Set<string>, depth = 0): Expr {
  if (depth > 40) return e;
  const h = half(e);
  if (h && paired.has(exprTex(single(h.a)))) {
    if (h.sign === 1) return plusHalfOf(h.a);
    const complement: Expr = { k: 'add', terms: [ONE, { k: 'neg', arg: plusHalfOf(h.a) }] };
    return h.negated ? { k: 'neg', arg: complement } : complement;
  }
  return withSignsOutside(mapChildren(e, (child) => complemented(child, paired, depth + 1)));
}

/** −(a − 1)/2 rewritten gives −(−(1 − …)): the minus of a negated factor goes in front of the product, and two minuses cancel. */
function withSignsOutside(e: Expr): Expr {
  if (e.k === 'neg' && e.arg.k === 'neg') return e.arg.arg;
  if (e.k === 'pow' && e.exp.k === 'neg' && e.exp.arg.k === 'neg') return { ...e, exp: e.exp.arg.arg };
  if (e.k !== 'mul' || !e.factors.some((f) => f.k === 'neg')) return e;
  let negative = false;
  const factors = e.factors.map((f) => {
    if (f.k !== 'neg') return f;
    negative = !negative;
    return f.arg;
  });
  const product: Expr = { ...e, factors };
  return negative ? { k: 'neg', arg: product } : product;
}

/** ½ (y + 1) as a factor among others (½ (y + 1) log h): the half and its bracket as one factor, (y + 1)/2. */
function joinedHalves(e: Expr, depth = 0): Expr {
  if (depth > 40) return e;
  const mapped = mapChildren(e, (child) => joinedHalves(child, depth + 1));
  if (mapped.k !== 'mul' || mapped.factors.length < 3) return mapped;
  const factors: Expr[] = [];
  for (let i = 0; i < mapped.factors.length; i++) {
    const pair: Expr = { k: 'mul', factors: mapped.factors.slice(i, i + 2) };
    if (i + 1 < mapped.factors.length && half(pair)) {
      factors.push({ k: 'div', num: mapped.factors[i + 1] as Expr, den: { k: 'num', value: 2, text: '2' } });
      i += 1;
    } else factors.push(mapped.factors[i] as Expr);
  }
  return { ...mapped, factors };
}

/** A log, or a power (a likelihood's h^{(1 + y)/2}): where a ±1 label's halves weigh something. */
function weighsSomething(e: Expr, depth = 0): boolean {
  if (e.k === 'log' || e.k === 'pow') return true;
  return depth < 40 && anyChild(e, (child) => weighsSomething(child, depth + 1));
}

/** −(1+t)/2 ln((1+y)/2) − (1−t)/2 ln((1−y)/2) → the same with (1 − t)/2 as 1 − (1 + t)/2 and (1 − y)/2 as 1 − (1 + y)/2. */
export function halfComplements(node: Expr): Expr | null {
  // At the top of a sum of two or more terms or a product of two or more factors (or their negation), where both halves of each pair are in view.
  const top = node.k === 'neg' ? single(node.arg) : node;
  if (!((top.k === 'add' && top.terms.length >= 2) || (top.k === 'mul' && top.factors.length >= 2))) return null;
  const joined = joinedHalves(node);
  const found = new Map<string, Set<number>>();
  halvesIn(joined, found);
  const paired = new Set([...found].filter(([, signs]) => signs.size === 2).map(([key]) => key));
  // Two pairs (a ±1 label and a tanh output), or one beside a log or in powers: a ±1 label y as the 0/1 label (1 + y)/2.
  if (paired.size < 2 && !(paired.size === 1 && weighsSomething(joined))) return null;
  const rewritten = complemented(joined, paired);
  return sameTree(rewritten, node) ? null : rewritten;
}

defineTreeRule({ name: 'half-complements', order: 17, apply: halfComplements });
