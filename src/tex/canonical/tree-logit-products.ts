// Tree rules for the target dotted with the logits beside a log-sum-exp:
// −tᵀz + log Σ_j e^{z_j} (and dot(t, z), as code writes it). The inner product with no
// log in it is the sum over the components Σ t z, as tᵀ log y already is, so the kind
// reads −Σ_j t_j z_j + log Σ_j e^{z_j}.
import type { Expr } from '../expr';
import { defineTextRule, defineTreeRule } from './registry';
import { unindexedSum } from './tree-vectors';

/** log Σ_j e^{…}: a log of a sum of exponentials. */
function isLogSumExp(e: Expr): boolean {
  if (e.k === 'neg') return isLogSumExp(e.arg);
  if (e.k === 'mul') return e.factors.some(isLogSumExp);
  return e.k === 'log' && e.arg.k === 'big' && e.arg.op === 'sum' && e.arg.body.k === 'exp';
}

/** tᵀz → Σ t z: a transposed symbol times one other symbol, or null. */
function dottedWithLogits(e: Expr): Expr | null {
  if (e.k === 'neg') {
    const inner = dottedWithLogits(e.arg);
    return inner && { k: 'neg', arg: inner };
  }
  if (e.k !== 'mul' || e.factors.length !== 2) return null;
  const [a, b] = e.factors as [Expr, Expr];
  if (a.k !== 'sym' || !a.transposed || b.k !== 'sym' || b.transposed) return null;
  const { transposed: _dropped, ...plain } = a;
  return unindexedSum({ k: 'mul', factors: [plain, b] });
}

/** −tᵀz + log Σ_j e^{z_j} → −Σ t z + log Σ_j e^{z_j}. */
export function targetDottedWithLogits(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isLogSumExp)) return null;
  let changed = false;
  const terms = node.terms.map((term) => {
    const summed = dottedWithLogits(term);
    if (summed) changed = true;
    return summed ?? term;
  });
  return changed ? { ...node, terms } : null;
}

/** dot(a, b) and dot(−a, b), as code writes an inner product: a^\top b, its minus in front. */
export function dotCalls(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z_.])dot\s*\(\s*(-?)\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*,\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*\)/g, (_m, minus: string, a: string, b: string) => `${minus}${a}^\\top ${b}`);
}

defineTextRule({ name: 'dot-calls', order: 29, apply: dotCalls });
defineTreeRule({ name: 'target-dotted-with-logits', order: 22, apply: targetDottedWithLogits });
