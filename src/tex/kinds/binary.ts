// ce_binary: -[t log y + (1 − t) log(1 − y)], bracketed or written -a − b.
import { compactRoles, defineKind } from '../registry';
import { binaryShape } from '../shapes';
import { numericLogSum, numericTargetLogSum } from '../shapes-numeric';

defineKind({
  kind: 'ce_binary',
  order: 30,
  match(expr) {
    // Numbers only, one sample: −(1·log 0.8 + 0·log(1 − 0.8)).
    const numeric = numericLogSum(expr);
    if (numeric?.binary) return numeric.entropy || numeric.batch ? null : compactRoles({ logBase: numeric.base ?? undefined });
    // A soft target as numbers over q and 1 − q: −(0.7 log q + 0.3 log(1 − q)).
    const soft = numericTargetLogSum(expr);
    if (soft?.binary) return compactRoles({ logBase: soft.base ?? undefined });
    const shape = binaryShape(expr);
    if (!shape || shape.sign !== -1 || shape.sameSymbol || shape.bigs.length !== 0 || shape.scaled) return null;
    // One sample's loss, l_i = −[y_i log f(x_i) + …]: the index both carry names the sample.
    return compactRoles({ target: shape.target, prediction: shape.prediction,
      weight: shape.weight ?? undefined, logBase: shape.base ?? undefined, sampleIndex: shape.sharedIndex ?? undefined });
  },
});

// Cases from: bfortuner/ml-glossary loss_functions.rst, cs.stackexchange 74214,
// Wikipedia "Loss functions for classification" (wikitext diffs) (corpus F090–F268).
