// Tree rule for binary cross-entropy with labels t ∈ {−1, +1} and outputs y ∈ (−1, 1)
// (a tanh unit), as textbooks write it: −(1 + t)/2 · ln((1 + y)/2) − (1 − t)/2 · ln((1 − y)/2).
// The halves (1 + a)/2 and (1 − a)/2 add up to one: the second is the complement of the
// first, written so here, so the binary form is read with its target (1 + t)/2 and its
// prediction (1 + y)/2.
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { mapChildren, defineTreeRule } from './registry';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** a and the sign of (1 ± a)/2, else null. */
function half(e: Expr): { a: Expr; sign: 1 | -1 } | null {
  const inner = single(e);
  if (inner.k !== 'div' || single(inner.den).k !== 'num' || (single(inner.den) as { value: number }).value !== 2) return null;
  const num = single(inner.num);
  if (num.k !== 'add' || num.terms.length !== 2) return null;
  const [one, other] = num.terms as [Expr, Expr];
  if (one.k !== 'num' || one.value !== 1) return null;
  return other.k === 'neg' ? { a: other.arg, sign: -1 } : { a: other, sign: 1 };
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

/** `e` with each (1 − a)/2 whose a is in `paired` written 1 − (1 + a)/2. */
function complemented(e: Expr, paired: Set<string>, depth = 0): Expr {
  if (depth > 40) return e;
  const h = half(e);
  if (h && h.sign === -1 && paired.has(exprTex(single(h.a)))) {
    const plusHalf: Expr = { k: 'div', num: { k: 'add', terms: [ONE, h.a] }, den: { k: 'num', value: 2, text: '2' } };
    return { k: 'add', terms: [ONE, { k: 'neg', arg: plusHalf }] };
  }
  return mapChildren(e, (child) => complemented(child, paired, depth + 1));
}

/** −(1+t)/2 ln((1+y)/2) − (1−t)/2 ln((1−y)/2) → the same with (1 − t)/2 as 1 − (1 + t)/2 and (1 − y)/2 as 1 − (1 + y)/2. */
export function halfComplements(node: Expr): Expr | null {
  // At the top of a sum of two or more terms (or its negation), where both halves of each pair are in view.
  const sum = node.k === 'neg' ? single(node.arg) : node;
  if (sum.k !== 'add' || sum.terms.length < 2) return null;
  const found = new Map<string, Set<number>>();
  halvesIn(node, found);
  const paired = new Set([...found].filter(([, signs]) => signs.size === 2).map(([key]) => key));
  if (paired.size < 2) return null;
  return complemented(node, paired);
}

defineTreeRule({ name: 'half-complements', order: 17, apply: halfComplements });
