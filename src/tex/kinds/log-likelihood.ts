// log_likelihood: log L = Σ_k t_k log y_k — the same sum without the minus
// (cross-entropy is its negative). Also log(y_1^{t_1} · y_2^{t_2} · …) and the
// binary Σ_i [t_i log y_i + (1 − t_i) log(1 − y_i)] (CS229's ℓ(θ)), −Σ_i log(1 + e^{−y_i s_i})
// with ±1 labels, a dataset's
// Σ_i log P(y_i | x_i; θ) read by its label, Σ_k t_k log softmax(z)_k, and
// Σ_i [z_{i,y_i} − log Σ_j e^{z_ij}] (what ce_from_logits reads, un-negated).
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { mapChildren } from '../canonical/registry';
import { compactRoles, defineKind } from '../registry';
import { binaryShape, logSumShape } from '../shapes';
import { unnegatedNumericLogSum } from '../shapes-numeric';
import { headName, indexedBy, mentions, termsOf } from '../terms';
import { isWeightLetter } from '../selectors';
import { MAX_SUMS } from './binary-batch';
import { powerProduct } from './likelihood-product';

export { indexedBy };
import { crossEntropyOfLogits } from './logits';
import { marginOnLogits } from './margin-logits';
import { twoClassLogLikelihood } from './two-class-log-likelihood';

/** Σ_j e^{z_j} (a factor beside the exponential allowed, as `∑j exp(yj)` is read): what a softmax divides by. */
function isSumOfExponentials(e: Expr): boolean {
  const inner = single(e);
  if (inner.k !== 'big' || inner.op !== 'sum') return false;
  const body = single(inner.body);
  return body.k === 'exp' || (body.k === 'mul' && body.factors.some((f) => single(f).k === 'exp'));
}

/** p, q, P, Q under any accent (p̃, \\widetilde{P}): the letters a distribution is named by. */
function isDistributionLetter(name: string | null): boolean {
  const bare = (name ?? '').replace(/^\\(?:tilde|widetilde|hat|widehat|bar|overline)\{?([A-Za-z])\}?$/, '$1');
  return /^[pqPQ]$/.test(bare);
}

/** ψ, φ, Ψ, Φ: the letters of potentials, feature maps and densities, not of a probability a model gives a label. */
const POTENTIAL_LETTERS = /^\\(?:psi|Psi|phi|varphi|Phi)$/;

/** The indices the sums in `e` run over. */
function sumIndices(e: Expr, depth = 0): string[] {
  if (depth > 40) return [];
  const own = e.k === 'big' && e.op === 'sum' && e.lower ? [exprTex(e.lower.k === 'rel' ? e.lower.left : e.lower)] : [];
  const children: Expr[] = [];
  mapChildren(e, (child) => {
    children.push(child);
    return child;
  });
  return [...own, ...children.flatMap((child) => sumIndices(child, depth + 1))];
}

/** t_i log q_i: a target and a symbol prediction sharing one index, the class a loop runs over (its index, or null). */
function accumulatedIndex(shape: NonNullable<ReturnType<typeof logSumShape>>): string | null {
  const index = /_\{?([a-z])\}?$/.exec(shape.prediction)?.[1];
  return shape.predictionIsSymbol && shape.label === null && shape.target !== null && index !== undefined && indexedBy(shape.target, index) ? index : null;
}

defineKind({
  kind: 'log_likelihood',
  order: 60,
  match(expr: Expr, context) {
    if (expr.k === 'log') {
      const product = powerProduct(expr.arg);
      return product ? compactRoles({ ...product, logBase: expr.base === 'other' || expr.base === null ? undefined : expr.base }) : null;
    }
    // 1·log 0.9 + 0·log(1 − 0.9): numbers put into the log-likelihood, each weight written (what the binary or
    // multiclass kind reads with a minus before it; an entropy's weights, equal to the logs' numbers, are not this).
    const numeric = termsOf(expr)?.every((term) => term.factors.length > 0) ? unnegatedNumericLogSum(expr) : null;
    if (numeric && !numeric.entropy) return compactRoles({ logBase: numeric.base ?? undefined });
    const binary = binaryShape(expr);
    // One sample's Bernoulli log-likelihood (log P(y|ŷ) = y log ŷ + (1 − y) log(1 − ŷ)) or the sum over samples.
    // Panel data sums over two indices, units and periods (Σ_j Σ_t [y_{jt} log G + …]): both run over samples;
    // a detector's or a mask's sums over scales, anchors and classes or pixels likewise.
    if (binary && binary.sign === 1 && !binary.sameSymbol && binary.bigs.length <= MAX_SUMS && binary.bigs.every((b) => b.op === 'sum')) {
      return compactRoles({ target: binary.target, prediction: binary.prediction, sampleIndex: binary.bigs[0]?.index ?? undefined, sampleBound: binary.bigs[0]?.bound ?? undefined, logBase: binary.base ?? undefined });
    }
    // Σ_i [t_i log A_i + (1 − t_i) log B_i]: two factors the label chooses between, whatever they are.
    if (!binary) {
      const chosen = twoClassLogLikelihood(expr);
      if (chosen) return compactRoles(chosen);
    }
    // −Σ_i log(1 + e^{−y_i s_i}) = Σ_i log σ(y_i s_i): the logistic loss on the margin, un-negated, over
    // the samples or for one (log P(y | x) = −log(1 + e^{−y wᵀx}), the ±1 label's probability).
    const margin = marginOnLogits({ k: 'neg', arg: expr });
    if (margin?.target) return margin;
    // Σ_i [z_{i,y_i} − log Σ_j e^{z_ij}], Σ_k t_k z_k − log Σ_j e^{z_j}: the negative of a cross-entropy
    // written on logits, summed over samples or weighted by a target; z_c − log Σ_j e^{z_j} alone is a log-softmax.
    const ofLogits = crossEntropyOfLogits({ k: 'neg', arg: expr }, context);
    const { target, sampleIndex } = ofLogits ?? {};
    // A sum written without its index (Σ [z_{i,y_i} − log Σ_j e^{z_ij}]) runs over the samples all the same.
    const overSamples = sampleIndex || sumIndices(expr).some((index) => indexedBy(target ?? '', index)) || termsOf(expr)?.every((term) => term.bigs[0]?.op === 'sum' && term.bigs[0].index === null);
    if (ofLogits && target && overSamples) return ofLogits;
    const shape = logSumShape(expr, context);
    // Σ t_k log softmax(z)_k: the log-likelihood of logits, the prediction their softmax.
    if (!shape || shape.sign !== 1 || shape.sameSymbol || shape.ratio || (!shape.softmax && !shape.predictionIsSymbol)) return null;
    // A log-likelihood adds over classes or samples; n log x alone is a log identity.
    // Under a loss's name, t_i log q_i with both indexed alike is the term a loop adds up (loss += t[i] * log(q[i])).
    const accumulated = shape.bigs.length === 0 && context.lossNamed ? accumulatedIndex(shape) : null;
    if (shape.bigs.length === 0 && !shape.expanded && accumulated === null) return null;
    if (shape.bigs.length > 2 || shape.bigs.some((b) => b.op !== 'sum')) return null;
    if (!shape.target && !shape.label) return null;
    // Σ_i w_i log x_i (Jensen's inequality, a weighted geometric mean's log): weights, not targets.
    if (isWeightLetter(shape.target)) return null;
    // Σ_n Σ_t R(τ^n) log p(a_t^n | s_t^n): a weight constant over the inner sum is a return
    // or a count weighting log-probabilities (policy gradient), not a distribution over it;
    // −K Σ_i (1/N) ln(1/N) is a constant times a uniform entropy.
    const inner = shape.bigs.at(-1)?.index;
    // p(x) over Σ_x, p̃(x, y) over Σ_{x,y}: a distribution at a point that holds the inner index runs over it too (a return R(τ, t) does not weigh as one).
    const weightAtInner = inner ? termsOf(expr)?.every((term) => term.factors.some((f) => f.k === 'call' && isDistributionLetter(headName(f)) && f.args.some((arg) => mentions(arg, inner)))) : false;
    if (inner && shape.target && !shape.label && !indexedBy(shape.target, inner) && !weightAtInner) return null;
    // Σ_i t_i log Σ_j e^{z_j}: the log of a normaliser, not of a probability.
    if (termsOf(expr)?.some((term) => term.logs.some((log) => log.k === 'log' && isSumOfExponentials(log.arg)))) return null;
    // Σ_i log p(y_i | x_i): one sum over the samples, each naming its label.
    const byLabel = !shape.target && shape.bigs.length === 1;
    // Σ_i log ψ_i(x, y): a potential's or a feature map's letter (ψ, φ) names no probability of the label.
    if (byLabel && POTENTIAL_LETTERS.test(headName(single(termsOf(expr)?.[0]?.logs[0]?.arg ?? expr)) ?? '')) return null;
    const classes = byLabel ? undefined : shape.bigs.at(-1);
    const samples = shape.bigs.length === 2 || byLabel ? shape.bigs[0] : undefined;
    return compactRoles({
      target: shape.target ?? shape.label ?? undefined,
      prediction: shape.softmax?.logit ?? shape.prediction,
      classIndex: classes?.index ?? accumulated ?? undefined,
      classBound: classes?.bound ?? undefined,
      sampleIndex: samples?.index ?? undefined,
      sampleBound: samples?.bound ?? undefined,
      logBase: shape.base ?? undefined,
    });
  },
});

// Cases from: the Qualiteg series (seed: eq. 5.1 and the log L derivation).
