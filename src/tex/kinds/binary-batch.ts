// ce_binary_batch: -(1/N) Σ_i [t_i log y_i + (1 − t_i) log(1 − y_i)], or the bare sum;
// also over samples and labels at once (multi-label: Σ_i Σ_j [t_{ij} log y_{ij} + …]),
// or over samples and pixels (a mask: Σ_n Σ_h Σ_w, up to four sums), the samples outermost.
import { compactRoles, defineKind } from '../registry';
import { binaryShape } from '../shapes';
import { isNumericEntropy, numericLogSum } from '../shapes-numeric';

/** Samples, then labels or a mask's rows, columns and channels: more nested sums than this are no loss written out. */
export const MAX_SUMS = 4;

defineKind({
  kind: 'ce_binary_batch',
  order: 20,
  match(expr, context) {
    // Numbers only, several samples: −¼[1·log 0.8 + (1 − 0)·log(1 − 0.3) + …].
    const numeric = numericLogSum(expr);
    if (numeric?.binary && numeric.batch && !isNumericEntropy(numeric, context.lossNamed)) {
      return compactRoles({ logBase: numeric.base ?? undefined, reduction: numeric.scale < 1 ? 'mean' : 'sum' });
    }
    const shape = binaryShape(expr);
    if (!shape || shape.sign !== -1 || shape.sameSymbol || shape.bigs.length > MAX_SUMS || shape.bigs.some((b) => b.op !== 'sum')) return null;
    // −¹⁄ₘ (Y log A^⊤ + (1 − Y) log(1 − A)^⊤) with no sum written: the vectors hold the samples, and the ¹⁄ₘ takes their mean.
    if (shape.bigs.length === 0 && !shape.countScale) return null;
    const sum = shape.bigs[0];
    return compactRoles({
      target: shape.target,
      prediction: shape.prediction,
      weight: shape.weight ?? undefined,
      sampleIndex: sum?.index ?? undefined,
      sampleBound: sum?.bound ?? undefined,
      logBase: shape.base ?? undefined,
      reduction: shape.scaled ? 'mean' : 'sum',
    });
  },
});

// Cases from: aicassindra.com logistic-regression post, loss-function notes on
// GitHub (corpus F223, F245).
