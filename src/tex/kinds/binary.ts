// ce_binary: -[t log y + (1 − t) log(1 − y)], bracketed or written -a − b.
import { compactRoles, defineKind } from '../registry';
import { binaryShape, logSumShape } from '../shapes';
import { numericLogSum, numericTargetLogSum } from '../shapes-numeric';
import type { Expr } from '../expr';
import { single } from '../expr';
import { termsOf } from '../terms';

/** Whether the one log's argument carries a subscript typed as one (p_t), not an entry picked by brackets (p[t]). */
function typedAsSubscript(expr: Expr): boolean {
  const arg = termsOf(expr)?.[0]?.logs[0]?.arg;
  const symbol = arg ? single(arg) : null;
  return symbol?.k === 'sym' && symbol.sub !== null && symbol.subAtoms !== null;
}

defineKind({
  kind: 'ce_binary',
  order: 30,
  match(expr, context) {
    // −α_t log p_t: focal loss's notation for the binary loss, p_t being p where y = 1 and 1 − p
    // where y = 0 (and α_t likewise); another letter (ŷ_t), or p's entry picked by brackets
    // (p[t]), is the true class's output, one-hot. A t the chain takes as an argument, NLL(t, p) = −log p_t,
    // is a class label instead, the multiclass one-hot form.
    const focal = logSumShape(expr, context);
    if (focal && focal.sign === -1 && focal.bigs.length === 0 && !context.labels.has('t') && context.namedAt !== 't') {
      // −log p_t reads t as the label of p; −α_t log p_t reads α_t as the target of p_t.
      const prediction = !focal.target && focal.label === 't' ? `${focal.prediction}_t` : focal.prediction;
      const weight = focal.target !== null && /^\\alpha_\{?t\}?$/.test(focal.target) ? focal.target : focal.target === null ? focal.weight : undefined;
      if (/^p_\{?t\}?$/.test(prediction) && weight !== undefined && typedAsSubscript(expr)) return compactRoles({ prediction, weight: weight ?? undefined, logBase: focal.base ?? undefined });
    }
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
