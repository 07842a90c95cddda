// Tree rule for a bracket that only groups some terms of a sum: `(max(z, 0) − z·y) + log(1 + e^{−|z|})`, as code
// brackets the first operand of tf.math.add(a − b, c), is the sum of all its terms. A bracket with a sign, a factor
// or a power on it means more than grouping and stays.
import type { Expr } from '../expr';
import { defineTreeRule } from './registry';

/** A bracketed sum standing alone as a term (built as a sum, or as a product of that one factor). */
function groupedSum(term: Expr): Extract<Expr, { k: 'add' }> | null {
  const inner = term.k === 'mul' && term.factors.length === 1 ? (term.factors[0] as Expr) : term;
  return inner.k === 'add' && !inner.slipped ? inner : null;
}

export function groupedTerms(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some((term) => groupedSum(term) !== null)) return null;
  return { ...node, terms: node.terms.flatMap((term) => groupedSum(term)?.terms ?? [term]) };
}

defineTreeRule({ name: 'grouped-terms', order: 5, apply: groupedTerms });
