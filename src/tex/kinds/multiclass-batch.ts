// ce_multiclass_batch: -(1/N) Σ_i Σ_k t_{ik} log y_{ik} (mean) or without 1/N
// (sum); also the class-index batch form -(1/N) Σ_i log p_{i,y_i} (with or without 1/N), and Σ_i t_i^⊤ log y_i.
import { compactRoles, defineKind } from '../registry';
import { logSumShape, type LogTermShape } from '../shapes';
import type { BigOp } from '../terms';
import { texMentions } from '../terms';
import { pairMembers } from '../dataset-likelihood';

/**
 * The sum over the samples and the one over the classes. The first sum runs over the
 * samples, as authors nest them; but where the mean's count is the bound of the second of
 * two sums only (1/n Σ_c Σ_{i=1}^{n}), that one runs over the samples the mean divides by,
 * and so does the second where the first runs up to a count of classes (Σ_{k=1}^{K} Σ_{i=1}^{N}).
 */
function samplesAndClasses(bigs: readonly BigOp[], scaleTex: string | null): [BigOp | undefined, BigOp | undefined] {
  const [first, second] = bigs;
  const countOf = (big: BigOp | undefined) => big?.bound != null && scaleTex !== null && texMentions(scaleTex, big.bound);
  if (bigs.length === 2 && countOf(second) && !countOf(first)) return [second, first];
  // Σ_{k=1}^{K} Σ_{i=1}^{N}: a first sum up to the count of classes, before one that is not, runs over the classes.
  const classCount = (big: BigOp | undefined) => big?.bound != null && CLASS_COUNTS.has(big.bound);
  if (bigs.length === 2 && classCount(first) && second?.bound != null && !classCount(second)) return [second, first];
  return [first, bigs.length >= 2 ? bigs.at(-1) : undefined];
}

/** A label that is a word: \text{correct}, \mathrm{true}. */
const NAMED_CLASS = /^\\(?:text|mathrm|operatorname|textrm)\{\s*\p{L}{2,}[^{}]*\}$/u;

/** The letters a page counts classes with. */
const CLASS_COUNTS: ReadonlySet<string> = new Set(['C', 'K']);

/**
 * −(1/C) Σ_{c=1}^{C} t_c log y_c, −(1/m) Σ_{i=1}^{10} y_i log ŷ_i: one sum with a mean, where the
 * sum runs up to the count of classes or the mean divides by a count other than the sum's own
 * bound. Its terms are one sample's classes, not the samples the mean is over: no batch.
 */
export function meanOverClasses(shape: Pick<LogTermShape, 'bigs' | 'scaled' | 'scaleTex' | 'target'>): boolean {
  const bound = shape.bigs.length === 1 ? shape.bigs[0]?.bound : null;
  if (!shape.scaled || !shape.target || bound == null) return false;
  return CLASS_COUNTS.has(bound) || (shape.scaleTex !== null && /^\\frac\{1\}\{[A-Za-z]\}$/.test(shape.scaleTex) && !texMentions(shape.scaleTex, bound));
}

defineKind({
  kind: 'ce_multiclass_batch',
  order: 40,
  match(expr, context) {
    const shape = logSumShape(expr, context);
    if (!shape || shape.sign !== -1 || shape.sameSymbol || shape.ratio || shape.softmax) return null;
    if (shape.bigs.some((b) => b.op !== 'sum')) return null;
    // Two sums (samples, classes) or more (batch, time step, classes): the first runs over samples.
    const twoSums = shape.bigs.length >= 2;
    const meanOfOne = shape.bigs.length === 1 && shape.scaled && !meanOverClasses(shape);
    // −Σ_i log p_{i,y_i}: a one-hot label that is the running index's own (y_i) makes the sum one over samples.
    const index = shape.bigs[0]?.index;
    // −Σ_{(x,y) ∈ D} log p(y | x): the label is one member of the pairs the sum runs over.
    const overLabelledSamples = shape.bigs.length === 1 && !shape.target && shape.label !== null && index != null && shape.label !== index && (texMentions(shape.label, index) || (pairMembers(index)?.includes(shape.label) ?? false));
    // −Σ log ŷ_{\text{correct}}, −Σ_i log ŷ_{i,\text{true}}: a class named in words is one class, fixed; the sum runs over the samples.
    const overNamedClass = shape.bigs.length === 1 && !shape.target && shape.label !== null && NAMED_CLASS.test(shape.label);
    // Σ_i t_i^⊤ log y_i arrives as Σ_i Σ t_i log y_i: the canonical inner product is a sum.
    if (!twoSums && !meanOfOne && !overLabelledSamples && !overNamedClass) return null;
    const [samples, classes] = samplesAndClasses(shape.bigs, shape.scaleTex);
    return compactRoles({
      target: shape.target ?? shape.label ?? undefined,
      prediction: shape.prediction,
      sampleIndex: samples?.index ?? undefined,
      sampleBound: samples?.bound ?? undefined,
      classIndex: classes?.index ?? undefined,
      classBound: classes?.bound ?? undefined,
      weight: shape.weight ?? undefined,
      logBase: shape.base ?? undefined,
      reduction: shape.scaled ? 'mean' : 'sum',
    });
  },
});

// Cases from: PRML-style notes (eq. 4.108), image-segmentation loss articles,
// loss-function overviews on GitHub (corpus F243–F254).
