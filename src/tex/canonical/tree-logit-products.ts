// Tree rules for the target dotted with the logits beside a log-sum-exp:
// −tᵀz + log Σ_j e^{z_j} (and dot(t, z), as code writes it). The inner product with no
// log in it is the sum over the components Σ t z, as tᵀ log y already is, so the kind
// reads −Σ_j t_j z_j + log Σ_j e^{z_j}.
import type { Expr } from '../expr';
import { defineTextRule, defineTreeRule } from './registry';
import { unindexedSum } from './tree-vectors';

/** log Σ_j e^{…}: a log of a sum of exponentials. */
function isLogSumExp(e: Expr): boolean {
  if (e.k === 'neg') return isLogSumExp(e.arg);
  if (e.k === 'mul') return e.factors.some(isLogSumExp);
  return e.k === 'log' && e.arg.k === 'big' && e.arg.op === 'sum' && e.arg.body.k === 'exp';
}

/** σ(z) as the softplus rule writes it from what the page spelled out (log(1 + e^{z}) is −log(1 − σ(z))). */
function isSpelledSigmoid(e: Expr): boolean {
  const inner = e.k === 'add' && e.terms.length === 2 && e.terms[1]?.k === 'neg' ? e.terms[1].arg : e;
  return inner.k === 'call' && inner.spelled === true;
}

/** 1^⊤ log(1 + e^{Xw}): the logistic loss's softplus terms summed over the samples, with no index written. */
function isSoftplusSum(e: Expr): boolean {
  if (e.k === 'neg') return isSoftplusSum(e.arg);
  const body = e.k === 'big' && e.op === 'sum' && e.lower === null ? (e.body.k === 'neg' ? e.body.arg : e.body) : null;
  return body?.k === 'log' && isSpelledSigmoid(body.arg);
}

/** yᵀXw → Σ y Xw: beside a sum of softplus terms, the labels dotted with the scores (any product after the transpose). */
function labelsDottedWithScores(e: Expr): Expr | null {
  if (e.k === 'neg') {
    const inner = labelsDottedWithScores(e.arg);
    return inner && { k: 'neg', arg: inner };
  }
  if (e.k !== 'mul' || e.factors.length < 2) return null;
  const [a, ...rest] = e.factors as [Expr, ...Expr[]];
  if (a.k !== 'sym' || !a.transposed || rest.some((f) => f.k !== 'sym' || f.transposed)) return null;
  const { transposed: _dropped, ...plain } = a;
  return unindexedSum({ k: 'mul', factors: [plain, ...rest] });
}

/** The letters of the logits a log-sum-exp exponentiates (z in log Σ_j e^{z_j}). */
function logitLetters(e: Expr, into: Set<string>): Set<string> {
  if (e.k === 'neg') return logitLetters(e.arg, into);
  if (e.k === 'mul') e.factors.forEach((f) => logitLetters(f, into));
  if (e.k === 'log' && e.arg.k === 'big' && e.arg.body.k === 'exp' && e.arg.body.arg.k === 'sym') into.add(e.arg.body.arg.name);
  return into;
}

/**
 * tᵀz → Σ t z: a transposed symbol times one other symbol; and t · z, two vectors with no
 * index where the second is the log-sum-exp's logits (its letter, no component picked). Else null.
 */
function dottedWithLogits(e: Expr, logits: Set<string>): Expr | null {
  if (e.k === 'neg') {
    const inner = dottedWithLogits(e.arg, logits);
    return inner && { k: 'neg', arg: inner };
  }
  if (e.k !== 'mul' || e.factors.length !== 2) return null;
  const [a, b] = e.factors as [Expr, Expr];
  if (a.k !== 'sym' || b.k !== 'sym' || b.transposed) return null;
  const vectors = a.sub === null && b.sub === null && logits.has(b.name) && a.name !== b.name;
  if (!a.transposed && !vectors) return null;
  const { transposed: _dropped, ...plain } = a;
  return unindexedSum({ k: 'mul', factors: [plain, b] });
}

/** −tᵀz + log Σ_j e^{z_j} → −Σ t z + log Σ_j e^{z_j}; also −t · z. */
export function targetDottedWithLogits(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isLogSumExp)) return null;
  const logits = new Set<string>();
  node.terms.forEach((term) => logitLetters(term, logits));
  let changed = false;
  const terms = node.terms.map((term) => {
    const summed = dottedWithLogits(term, logits);
    if (summed) changed = true;
    return summed ?? term;
  });
  return changed ? { ...node, terms } : null;
}

/** −yᵀXw + 1ᵀ log(1 + e^{Xw}) → −Σ y Xw + …: the vectorised logistic loss on the logits, its dot product a sum. */
export function labelsDottedBesideSoftplus(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isSoftplusSum)) return null;
  const terms = node.terms.map((term) => labelsDottedWithScores(term) ?? term);
  return terms.some((t, i) => t !== node.terms[i]) ? { ...node, terms } : null;
}

/** dot(a, b) and dot(−a, b), as code writes an inner product: a^\top b, its minus in front. */
export function dotCalls(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z_.])dot\s*\(\s*(-?)\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*,\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*\)/g, (_m, minus: string, a: string, b: string) => `${minus}${a}^\\top ${b}`);
}

defineTextRule({ name: 'dot-calls', order: 29, apply: dotCalls });
defineTreeRule({ name: 'target-dotted-with-logits', order: 22, apply: targetDottedWithLogits });
defineTreeRule({ name: 'labels-dotted-beside-softplus', order: 22.1, apply: labelsDottedBesideSoftplus });
