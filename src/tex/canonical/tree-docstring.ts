// Tree rules for docstring notation: y[i], x[class], weight[n] index an array the
// way y_i, x_{class}, w_n index a symbol; agg(…) names the loss's reduction.
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { defineTreeRule } from './registry';

/** A plain index: a symbol or a number (no expression, no test like [y = k]). */
function isIndex(e: Expr): boolean {
  return (e.k === 'sym' && !e.transposed) || e.k === 'num';
}

/** y[i] → y_i, x[n, c] → x_{n,c}, y_{true}[i] → y_{true,i}: a bracketed index after a symbol, joining any subscript it has. */
export function bracketIndex(node: Expr): Expr | null {
  if (node.k !== 'call' || node.open !== '[' || node.head.k !== 'sym') return null;
  if (node.args.length === 0 || !node.args.every(isIndex)) return null;
  const indices = node.args.map(exprTex).join(',');
  return { k: 'sym', name: node.head.name, sub: node.head.sub === null ? indices : `${node.head.sub},${indices}`, subAtoms: null };
}

/** Names library docs give the reduction a loss is passed to, whichever it is (mean by default, sum, none). */
const REDUCTION_WORDS = new Set(['agg', 'aggregate', 'reduce', 'reduction']);

const isReductionWord = (e: Expr | undefined): boolean => e?.k === 'sym' && e.sub === null && REDUCTION_WORDS.has(e.name);

/**
 * agg(ℓ), reduction(ℓ): the per-element loss handed to a reduction the caller
 * picks. What it reduces over is not written, so the formula is the loss itself.
 */
export function reductionWrapper(node: Expr): Expr | null {
  if (node.k === 'call' && node.open === '(' && isReductionWord(node.head) && node.args.length === 1) return node.args[0] as Expr;
  if (node.k === 'mul' && node.factors.length === 2 && isReductionWord(node.factors[0])) return node.factors[1] as Expr;
  return null;
}

defineTreeRule({ name: 'bracket-index', order: 40, apply: bracketIndex });
defineTreeRule({ name: 'reduction-wrapper', order: 41, apply: reductionWrapper });
