// log_likelihood: log L = Σ_k t_k log y_k — the same sum without the minus
// (cross-entropy is its negative). Also log(y_1^{t_1} · y_2^{t_2} · …).
import type { Expr } from '../expr';
import { compactRoles, defineKind } from '../registry';
import { logSumShape } from '../shapes';
import { powerProduct } from './likelihood-product';

defineKind({
  kind: 'log_likelihood',
  order: 60,
  match(expr: Expr) {
    if (expr.k === 'log') {
      const product = powerProduct(expr.arg);
      return product ? compactRoles({ ...product, logBase: expr.base === 'other' || expr.base === null ? undefined : expr.base }) : null;
    }
    const shape = logSumShape(expr);
    if (!shape || shape.sign !== 1 || shape.sameSymbol || shape.ratio || shape.softmax) return null;
    if (shape.bigs.length > 2 || shape.bigs.some((b) => b.op !== 'sum')) return null;
    if (!shape.target) return null;
    const classes = shape.bigs.at(-1);
    const samples = shape.bigs.length === 2 ? shape.bigs[0] : undefined;
    return compactRoles({
      target: shape.target,
      prediction: shape.prediction,
      classIndex: classes?.index ?? undefined,
      classBound: classes?.bound ?? undefined,
      sampleIndex: samples?.index ?? undefined,
      sampleBound: samples?.bound ?? undefined,
      logBase: shape.base ?? undefined,
    });
  },
});

// Cases from: the Qualiteg series (seed: eq. 5.1 and the log L derivation).
