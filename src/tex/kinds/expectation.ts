// ce_expectation: -E_{x~p}[log q(x)], E_p[-log q], -∫ p(x) log q(x) dx, and over a
// data set -E_{(x,y)~D}[log p_θ(y | x)], E_{x~p_data}[-log p_model(x)].
import type { Expr } from '../expr';
import { compactRoles, defineKind } from '../registry';
import { logSumShape } from '../shapes';
import { headName, roleTex } from '../terms';

/** The distribution an expectation is over: p in E_p, E_{x∼p}, E_{p(x)}. */
function distributionOf(lower: Expr | null): Expr | null {
  if (!lower) return null;
  if (lower.k === 'rel') return lower.op === '\\sim' ? lower.right : null;
  return lower;
}

/** p and P(x), p and p_θ: one distribution; p_{data} and p_{model}, p and q: two. */
function sameDistribution(a: string, b: string): boolean {
  const [headA, ...subA] = a.split('_');
  const [headB, ...subB] = b.split('_');
  if (headA?.toLowerCase() !== headB?.toLowerCase()) return false;
  return subA.length === 0 || subB.length === 0 || subA.join('_') === subB.join('_');
}

defineKind({
  kind: 'ce_expectation',
  order: 35,
  match(expr, context) {
    const shape = logSumShape(expr, context);
    if (!shape || shape.sign !== -1 || shape.ratio || shape.softmax || shape.bigs.length !== 1) return null;
    const big = shape.bigs[0];
    if (!big || (big.op !== 'E' && big.op !== 'int')) return null;
    let target = shape.target;
    if (big.op === 'E') {
      if (shape.target) return null;
      const distribution = distributionOf(big.lower);
      if (!distribution) return null;
      // E_{x∼P}[log p(x)]: the same distribution in another letter case (P its law, p its density) is an entropy.
      // p_{data} and p_{model} are two distributions: the subscripts, when both are written, tell them apart.
      if (sameDistribution(roleTex(distribution), shape.prediction)) return null;
      target = roleTex(distribution);
    } else if (!target || shape.sameSymbol || sameDistribution(target, shape.prediction)) return null;
    // −∫ p(x, y) log p(y | x): one distribution, joint and conditional, is a conditional entropy.
    return compactRoles({ target: target ?? undefined, prediction: shape.prediction, logBase: shape.base ?? undefined });
  },
});

// Cases from: 3seoksw.github.io cross-entropy post, datumorphism cross-entropy card,
// note.com explainer, Marp lecture slides, generative-models notes (corpus F067–F259).
