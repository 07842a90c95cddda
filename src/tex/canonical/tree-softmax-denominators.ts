// Tree rules for a softmax whose denominator names the true class apart from the
// others: e^{z_y} / (e^{z_y} + Σ_{j≠y} e^{z_j}), as margin losses (additive and
// angular margins, a scale s) write it, the true class's score in the numerator and
// again beside the sum over the other classes. The two together are the sum over all
// classes, so the denominator is read as Σ_j e^{z_j} and the log as a log-softmax.
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { defineTreeRule } from './registry';

type BigSum = Extract<Expr, { k: 'big' }>;

/** Σ_{j≠y} e^{…} (also Σ_{j=1, j≠y}^{n}, read as two nested sums): the sum over all j, or null. */
function overOtherClasses(e: Expr): BigSum | null {
  if (e.k !== 'big' || e.op !== 'sum') return null;
  const lower = e.lower;
  if (lower?.k === 'rel' && lower.op === '\\neq' && e.body.k === 'exp') return { ...e, lower: lower.left };
  // The outer sum holds the range and the inner one the exclusion, on the same index.
  const inner = overOtherClasses(e.body);
  const innerIndex = e.body.k === 'big' && e.body.lower?.k === 'rel' ? exprTex(e.body.lower.left) : null;
  const outerIndex = lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : null;
  return inner && innerIndex !== null && innerIndex === outerIndex ? { ...e, body: inner.body } : null;
}

/** e^{A} / (e^{A} + Σ_{j≠y} e^{B_j}) → e^{A} / Σ_j e^{B_j}. */
export function trueClassBesideOthers(node: Expr): Expr | null {
  if (node.k !== 'div' || node.num.k !== 'exp' || node.den.k !== 'add' || node.den.terms.length !== 2) return null;
  const numerator = exprTex(node.num);
  const [a, b] = node.den.terms as [Expr, Expr];
  const [own, others] = exprTex(a) === numerator ? [a, b] : exprTex(b) === numerator ? [b, a] : [null, null];
  if (!own || !others) return null;
  const all = overOtherClasses(others);
  return all ? { ...node, den: all } : null;
}

defineTreeRule({ name: 'true-class-beside-others', order: 49, apply: trueClassBesideOthers });
