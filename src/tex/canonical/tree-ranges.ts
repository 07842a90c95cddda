// Tree rules for what a sum runs over: an index range written under it
// (Σ_{k=1,…,K} and Σ_{k∈{1,…,K}} run k from 1 to K, like Σ_{k=1}^{K}; without the
// rule the list would read as an index set of three indices k, …, K), and the
// index a bare Σ leaves to its terms (Σ y_n log p_n runs over n).
import type { Expr } from '../expr';
import { subscriptParts } from '../selectors';
import { defineTreeRule, mapChildren } from './registry';

const isDots = (e: Expr) => e.k === 'sym' && e.name === '\\dots';

/** Σ_{k=1,…,K} → Σ_{k=1}^{K}; Σ_{k∈{1,…,K}} → Σ_{k=1}^{K}: a start, dots and a last value. */
export function indexRange(node: Expr): Expr | null {
  if (node.k !== 'big' || node.upper || node.lower?.k !== 'fn' || node.lower.name !== 'tuple') return null;
  const items = node.lower.args;
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last || items.length < 3 || !items.slice(1, -1).some(isDots) || isDots(last)) return null;
  if (first.k !== 'rel' || (first.op !== '=' && first.op !== '\\in') || first.left.k !== 'sym') return null;
  return { ...node, lower: { ...first, op: '=' }, upper: last };
}

/** The subscript parts of every indexed symbol in `e`, one list per symbol. */
function indexLists(e: Expr, out: string[][], depth = 0): string[][] {
  if (depth > 40) return out;
  if (e.k === 'sym' && e.sub !== null) out.push(subscriptParts(e.sub));
  if (e.k === 'big') {
    indexLists(e.body, out, depth + 1);
    return out;
  }
  mapChildren(e, (child) => {
    indexLists(child, out, depth + 1);
    return child;
  });
  return out;
}

/** Σ t_k log y_k → Σ_k t_k log y_k: a sum without an index runs over the one letter every symbol in it is indexed by. */
export function indexFromTerms(node: Expr): Expr | null {
  if (node.k !== 'big' || node.op !== 'sum' || node.lower !== null || node.upper !== null) return null;
  const lists = indexLists(node.body, []);
  const letters = new Set(lists.map((parts) => (parts.length === 1 && /^[a-z]$/.test(parts[0] as string) ? parts[0] : '')));
  const [letter] = [...letters];
  if (lists.length === 0 || letters.size !== 1 || !letter) return null;
  return { ...node, lower: { k: 'sym', name: letter, sub: null, subAtoms: null } };
}

defineTreeRule({ name: 'index-from-terms', order: 8, apply: indexFromTerms });
defineTreeRule({ name: 'index-range', order: 9, apply: indexRange });
