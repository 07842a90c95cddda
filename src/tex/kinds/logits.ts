// ce_from_logits: -log(e^{z_y} / Σ_j e^{z_j}) (optionally under Σ_k t_k), or
// the log-sum-exp form -z_y + log Σ_j e^{z_j}, with an optional weight in front;
// a batch under Σ_i Σ_k 1{y_i = k}; the log-sum-exp form with numbers only; binary
// cross-entropy with the sigmoid spelled out from its logit (./binary-logits.ts); the
// logistic loss on a margin with ±1 labels, −log σ(y s) (./margin-logits.ts).
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { compactRoles, defineKind } from '../registry';
import { binaryOnLogits } from './binary-logits';
import { marginOnLogits } from './margin-logits';
import { logSumShape } from '../shapes';
import { indexParts, subscriptParts } from '../selectors';
import { isNumericLogSumExp, isNumericSoftmaxLog } from '../shapes-numeric';
import type { Term } from '../terms';
import { testOf } from '../canonical/tree-indicators';
import { headName, indexedBy, mentions, roleTex, termsOf } from '../terms';

/**
 * log Σ_j e^{z_j}: the logit symbol and the index, else null. A linear score w_j^⊤ x (the one
 * factor the index reaches, times an input it does not) is the class's logit too: the
 * symbol is the indexed factor's, and `input` the rest, which the picked logit must share.
 */
function logSumExp(term: Term): { logit: string; index: string | null; input: string[] } | null {
  if (term.logs.length !== 1 || term.bigs.length !== 0) return null;
  let arg = (term.logs[0] as { arg: Expr }).arg;
  if (arg.k === 'mul' && arg.factors.length === 1) arg = arg.factors[0] as Expr;
  if (arg.k !== 'big' || arg.op !== 'sum' || arg.body.k !== 'exp') return null;
  const lower = arg.lower;
  // Σ_{j≠y} e^{z_j} leaves the true class out: not the softmax's normaliser, so not this loss.
  if (lower?.k === 'rel' && /^(?:\\neq?|≠|\\notin)$/.test(lower.op)) return null;
  const index = lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : null;
  const score = arg.body.arg;
  if (score.k === 'mul' && score.factors.length >= 2 && index !== null) {
    const indexed = score.factors.filter((f) => mentions(f, index));
    const logit = indexed.length === 1 ? headName(indexed[0] as Expr) : null;
    return logit ? { logit, index, input: score.factors.filter((f) => f !== indexed[0]).map(exprTex) } : null;
  }
  const logit = headName(score);
  return logit ? { logit, index, input: [] } : null;
}

/** The label that indexes a logit: y_i in f_{y_i}, k in z_k(x), class in x[class]; y_i in z_{i,y_i} (the row's own label, not its index). */
function labelOfLogit(e: Expr): string | null {
  if (e.k === 'sym') {
    const parts = subscriptParts(e.sub);
    return (parts.length > 1 ? parts.find((part) => /[_^]/.test(part)) : undefined) ?? e.sub;
  }
  // z_k(x_i): the class's score function at the input (its parameters, g_θ(x)_y, name it: the label is y); x[class]: the logits at the label.
  if (e.k === 'call' && e.head.k === 'sym' && e.head.sub !== null) return indexParts(e.head.sub).join(',');
  if (e.k === 'call' && e.args.length === 1) return exprTex(e.args[0] as Expr);
  return null;
}

/** The logit the picked term takes: z_y alone, or Σ_j y_j z_j (d2l), with the label it is taken at. */
function pickedLogit(picked: Term, shared: string[], logit: string, input: string[] = []): { label: string; weight: string | null; soft?: true } | null {
  // The input of a linear score (x in w_y^⊤ x) is the class's logit's, not a weight.
  const own = picked.factors.filter((f) => !shared.includes(exprTex(f)) && !input.includes(exprTex(f)));
  if (input.some((tex) => !picked.factors.some((f) => exprTex(f) === tex))) return null;
  const weight = shared[0] ?? null;
  // w_y^⊤ x is read as an inner product, a sum with no index: the score's own, not a sum over classes.
  const innerProduct = input.length > 0 && picked.bigs.length === 1 && picked.bigs[0]?.op === 'sum' && picked.bigs[0].index === null;
  if ((picked.bigs.length === 0 || innerProduct) && own.length === 1 && headName(own[0] as Expr) === logit) {
    const label = labelOfLogit(own[0] as Expr);
    return label ? { label, weight } : null;
  }
  // Σ_j y_j o_j: soft targets dotted with the logits.
  if (picked.bigs.length === 1 && picked.bigs[0]?.op === 'sum' && own.length === 2) {
    const target = own.find((f) => headName(f) !== logit);
    if (target && own.some((f) => headName(f) === logit)) return { label: roleTex(target), weight, soft: true };
  }
  return null;
}

/** The two terms without the sum over samples they share (−(1/N) Σ_i (Σ_j t_{ij} z_{ij} − log Σ_k e^{z_{ik}})). */
function withoutSharedSampleSum(terms: Term[], both: boolean): { terms: Term[]; sample: string | null; outer: string | null } {
  const [a, b] = terms;
  const first = a?.bigs[0];
  if (!a || !b || !first || first.op !== 'sum' || b.bigs[0]?.op !== 'sum' || b.bigs[0]?.index !== first.index) return { terms, sample: null, outer: null };
  const stripped = terms.map((t) => ({ ...t, bigs: t.bigs.slice(1), scale: [] }));
  if (!both) return { terms: stripped, sample: first.index, outer: null };
  // −(1/n) Σ_i Σ_k 1(y_i = k)(z_{ik} − log Σ_j e^{z_{ij}}): a second shared sum, over the classes inside the samples.
  const inner = withoutSharedSampleSum(stripped, false);
  return inner.sample !== null ? { terms: inner.terms, sample: inner.sample, outer: first.index } : { terms, sample: null, outer: null };
}

/**
 * Σ_j t_{ij} log Σ_k e^{x_{ik}} beside −Σ_j t_{ij} x_{ij}: the targets over the classes sum to
 * one, so the normaliser's weighted sum is the normaliser itself (the cross-entropy on logits
 * multiplied out class by class, as −Σ_{i,j} t_{ij} x_{ij} + Σ_{i,j} t_{ij} log Σ_k e^{x_{ik}}).
 */
function withNormaliserUnweighted(terms: Term[]): Term[] {
  const lse = terms.find((t) => t.logs.length === 1);
  const picked = terms.find((t) => t.logs.length === 0);
  const classes = lse?.bigs[0];
  if (!lse || !picked || lse.bigs.length !== 1 || classes?.op !== 'sum' || !classes.index || lse.factors.length !== 1) return terms;
  if (picked.bigs.length !== 1 || picked.bigs[0]?.index !== classes.index) return terms;
  const target = exprTex(lse.factors[0] as Expr);
  if (!picked.factors.some((f) => exprTex(f) === target) || !indexedBy(target, classes.index)) return terms;
  return terms.map((t) => (t === lse ? { ...t, bigs: [], factors: [] } : t));
}

/** y in 1(y = k) when `index` is k: the label an indicator compares with the class. */
function labelTestedAt(weight: Expr, index: string): string | null {
  const test = testOf(weight);
  if (test?.k !== 'rel' || test.op !== '=') return null;
  if (exprTex(test.right) === index) return roleTex(test.left);
  return exprTex(test.left) === index ? roleTex(test.right) : null;
}

/** The factor a log-sum-exp term carries besides its log (t_k in t_k log Σ_j e^{z_j}). */
function weightFactor(lse: Term): Expr {
  return lse.factors[0] ?? { k: 'other', text: '' };
}

function logSumExpForm(expr: Expr): ReturnType<typeof compactRoles> | null {
  const all = termsOf(expr);
  if (!all || all.length !== 2) return null;
  return logSumExpRoles(all, false) ?? logSumExpRoles(all, true);
}

/** The roles with one shared outer sum taken off the two terms (or, with `both`, the samples' and the classes'). */
function logSumExpRoles(all: Term[], both: boolean): ReturnType<typeof compactRoles> | null {
  const { terms: unshared, sample, outer } = withoutSharedSampleSum(all, both);
  if (both && outer === null) return null;
  const terms = withNormaliserUnweighted(unshared);
  const lse = terms.find((t) => t.logs.length === 1);
  const picked = terms.find((t) => t.logs.length === 0);
  if (!lse || !picked || lse.sign !== 1 || picked.sign !== -1 || lse.factors.length > 1) return null;
  const sumExp = logSumExp(lse);
  if (!sumExp) return null;
  // Factors both terms share are a weight (weight[class] (−x[class] + log Σ e^{x_j})).
  const found = pickedLogit(picked, lse.factors.map(exprTex), sumExp.logit, sumExp.input);
  if (!found) return null;
  // Σ_k t_k (−z_k + log Σ_j e^{z_j}), −Σ_k t_k log softmax(z)_k multiplied out: the factor both terms
  // share, indexed by the outer sum like the logit it picks, is the target, and that sum runs over the classes.
  // Inside a sum over the samples too, the picked logit z_{ik} is at the class k and the sample i.
  const atClass = sample !== null && (found.label === sample || (outer !== null && indexedBy(`_{${found.label}}`, sample) && indexedBy(`_{${found.label}}`, outer)));
  if (sample !== null && atClass && found.weight !== null) {
    const samples = outer ?? undefined;
    // The target indexed by the class (t_{n,k}, and y_{ij} with its letters glued).
    if (indexedBy(exprTex(weightFactor(lse)), sample)) return compactRoles({ target: found.weight, prediction: sumExp.logit, classIndex: sample, sampleIndex: samples });
    // Σ_k 1(y = k)(z_k − log Σ_j e^{z_j}): the indicator of the label at the class is a one-hot target, the label.
    const label = labelTestedAt(weightFactor(lse), sample);
    if (label) return compactRoles({ target: label, prediction: sumExp.logit, classIndex: sample, sampleIndex: samples });
  }
  if (outer !== null) return null;
  return compactRoles({
    target: found.label,
    prediction: sumExp.logit,
    // Where the targets' own sum over the classes weighted the normaliser, or runs over them dotted with
    // the logits (−Σ_a ρ_a s_a + log Σ_b e^{s_b}: both sums over the classes), that sum names the classes.
    classIndex: (terms !== unshared || found.soft ? picked.bigs[0]?.index : sumExp.index) ?? undefined,
    sampleIndex: sample ?? undefined,
    weight: found.weight ?? undefined,
  });
}

/** The roles of −Σ t log softmax(z) (the softmax written out or by name), else null. */
function logSoftmaxForm(expr: Expr, context: Parameters<typeof logSumShape>[1]): ReturnType<typeof compactRoles> | null {
  const shape = logSumShape(expr, context);
  // Under Σ_k t_k, and under Σ_i Σ_k 1{y_i = k} over a batch (another sum runs over the samples, or several over samples and pixels).
  // −log softmax(x) alone picks no class: the vector of every class's value, no loss (F.log_softmax(x) negated).
  const picksNoClass = shape?.softmax && shape.softmax.label === '' && shape.softmax.index === null && shape.target === null && shape.label === null && shape.bigs.length === 0;
  if (shape?.softmax && !picksNoClass && !shape.sameSymbol && shape.sign === -1 && shape.bigs.every((b) => b.op === 'sum') && shape.bigs.length <= 4) {
    // −Σ_n log e^{a_{n,y}} / Σ_j e^{a_{n,j}}, −Σ_i log e^{f_{y_i}} / Σ_j e^{f_j}: one sum whose index the denominator
    // keeps beside its own, or that indexes the label, runs over the samples.
    const outer = shape.bigs[0]?.index ?? null;
    const pickedBy = shape.target === null ? shape.label : null;
    const overSamples = shape.bigs.length === 1 && outer !== null && shape.softmax.index !== null && outer !== shape.softmax.index
      && (shape.softmax.denominatorIndices.includes(outer) || (pickedBy !== null && pickedBy !== outer && indexedBy(pickedBy, outer)));
    const batch = shape.bigs.length >= 2 || overSamples;
    // Over pixels and samples too (Σ_k Σ_i Σ_j y_{ijk} log e^{x_{ijk}} / Σ_l e^{x_{ijl}}): the classes are the sum over
    // the index the numerator has and the denominator does not; the samples the first other sum.
    const classSum = shape.bigs.length >= 2 ? (shape.bigs.find((b) => b.index !== null && b.index === shape.softmax?.label) ?? shape.bigs.at(-1)) : shape.bigs.at(-1);
    const sampleSum = shape.bigs.find((b) => b !== classSum);
    return compactRoles({
      target: shape.target ?? shape.label ?? undefined,
      prediction: shape.softmax.logit,
      classIndex: (overSamples ? null : classSum?.index) ?? shape.softmax.index ?? undefined,
      sampleIndex: batch ? ((overSamples ? outer : sampleSum?.index) ?? undefined) : undefined,
      weight: shape.weight ?? undefined,
      logBase: shape.base ?? undefined,
    });
  }
  return null;
}

/** The roles of a cross-entropy written on logits (log-softmax or log-sum-exp form, numbers aside), else null. */
export function crossEntropyOfLogits(expr: Expr, context: Parameters<typeof logSumShape>[1]): ReturnType<typeof compactRoles> | null {
  return logSoftmaxForm(expr, context) ?? logSumExpForm(expr);
}

defineKind({
  kind: 'ce_from_logits',
  order: 10,
  match(expr, context) {
    // Numbers only: the kind follows from the shape; the numbers name no roles.
    return logSoftmaxForm(expr, context) ?? (isNumericLogSumExp(expr) || isNumericSoftmaxLog(expr) ? {} : logSumExpForm(expr)) ?? binaryOnLogits(expr) ?? marginOnLogits(expr, context.lossNamed === true);
  },
});

// Cases from: cs231n.github.io linear-classify, d2l-ai/d2l-en softmax-regression.md,
// PyTorch 0.4 CrossEntropyLoss docstring (copied in fatetail/MetaNet),
// hmchen47/DataScience Hinton notes (corpus F032–F122).
