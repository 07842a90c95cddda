// A count divided inside a sum: Σ_i ℓ_i / n, with n the number of samples and not the
// sample's own (PyTorch's docstrings write Σ_i log(1 + exp(−y[i] x[i])) / x.nelement()),
// is the mean (1/n) Σ_i ℓ_i, like a count after the whole sum (tree-signs.ts).
import type { Expr } from '../expr';
import { containsLog, mentions } from '../terms';
import { defineTreeRule } from './registry';
import { isCount } from './tree-signs';

/** ℓ / n for a loss ℓ with logs and a count n that does not mention `index` (a minus kept outside), else null. */
function overCount(body: Expr, index: string | null): { loss: Expr; count: Expr; negated: boolean } | null {
  const negated = body.k === 'neg';
  const inner = negated ? body.arg : body;
  // (1/n) ℓ_i, as an earlier rule (loss-over-count) writes ℓ_i / n when the count was divided in.
  if (inner.k === 'mul' && inner.factors.length >= 2) {
    const [scale, ...rest] = inner.factors as [Expr, ...Expr[]];
    const loss: Expr = rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest };
    const over = scale.k === 'div' && scale.num.k === 'num' && scale.num.value === 1 ? overCount({ k: 'div', num: loss, den: scale.den }, index) : null;
    return over && { ...over, negated };
  }
  if (inner.k !== 'div' || !containsLog(inner.num) || containsLog(inner.den) || !isCount(inner.den)) return null;
  if (inner.den.k === 'num' || (index !== null && mentions(inner.den, index))) return null;
  return { loss: inner.num, count: inner.den, negated };
}

/** Σ_i (ℓ_i / n) → (1/n) Σ_i ℓ_i, and Σ_i −(ℓ_i / n) → (1/n) Σ_i −ℓ_i (MATLAB's sum(sum(…))/(−m) too). */
export function countInSum(node: Expr): Expr | null {
  if (node.k !== 'big' || node.op !== 'sum') return null;
  const lower = node.lower;
  const index = lower?.k === 'rel' ? lower.left : lower;
  const found = overCount(node.body, index && index.k === 'sym' ? index.name : null);
  if (!found) return null;
  const scale: Expr = { k: 'div', num: { k: 'num', value: 1, text: '1' }, den: found.count };
  const body: Expr = found.negated ? { k: 'neg', arg: found.loss } : found.loss;
  return { k: 'mul', factors: [scale, { ...node, body }] };
}

defineTreeRule({ name: 'count-in-sum', order: 4.6, apply: countInSum });
