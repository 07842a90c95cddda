// Tree rules for docstring notation: y[i], x[class], weight[n] index an array the
// way y_i, x_{class}, w_n index a symbol.
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

defineTreeRule({ name: 'bracket-index', order: 40, apply: bracketIndex });
