// Binary cross-entropy written on the logit itself, as ce_from_logits reads it: the
// binary shape −[y log σ(x) + (1 − y) log(1 − σ(x))] where the canonical stage made σ(x)
// from what the page spelled out (1/(1 + e^{−x}), log(1 + e^{x}) − xy, softplus, the
// stable max form), one sample or a sum over samples. Written with σ, sigmoid or a
// probability symbol, the same shape is ce_binary (_batch): the flag on the σ call
// (Expr `spelled`) tells the two apart without reading the TeX again.
import type { Expr } from '../expr';
import { compactRoles } from '../registry';
import { binaryShape } from '../shapes';
import type { Roles } from '../types';

/** The roles of binary cross-entropy on a spelled-out logit (activation 'sigmoid'), else null. */
export function binaryOnLogits(expr: Expr): Roles | null {
  const shape = binaryShape(expr);
  if (!shape?.logit || shape.sign !== -1 || shape.sameSymbol) return null;
  const oneSample = shape.bigs.length === 0 && !shape.scaled;
  const overSamples = shape.bigs.length >= 1 && shape.bigs.length <= 2 && shape.bigs.every((b) => b.op === 'sum');
  if (!oneSample && !overSamples) return null;
  const samples = overSamples ? shape.bigs[0] : undefined;
  return compactRoles({
    target: shape.target,
    prediction: shape.logit,
    weight: shape.weight ?? undefined,
    sampleIndex: samples?.index ?? undefined,
    sampleBound: samples?.bound ?? undefined,
    logBase: shape.base ?? undefined,
    reduction: samples ? (shape.scaled ? 'mean' : 'sum') : undefined,
    activation: 'sigmoid',
  });
}
