// Indices a formula fixes without summing them. A loss written for one element
// (l_n = −w_n [y_n log x_n + (1 − y_n) log(1 − x_n)], p(y_i | x_i) = ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i})
// names its sample by the subscript its target and prediction share: a binary target is
// one number per sample, so its index can only run over the samples. A one-hot collapse
// of a multiclass loss (−y_j log ŷ_j) names the class the same way, and a target indexed
// by a class the sum binds and one more letter (t_{ik} under Σ_k) names its sample by
// the other letter.
import type { FormulaKind, Roles } from './types';

const BINARY_KINDS: ReadonlySet<FormulaKind> = new Set(['ce_binary', 'ce_binary_batch']);
const LIKELIHOOD_KINDS: ReadonlySet<FormulaKind> = new Set(['likelihood_product', 'log_likelihood']);

/** The index parts of every subscript in a role's TeX: n for y_n, n and c for σ(x_{n,c}), i and k for t_{ik}. */
export function subscriptIndices(tex: string): string[] {
  const parts: string[] = [];
  for (const match of tex.matchAll(/_(?:\{([^{}]*)\}|([A-Za-z0-9]))/g)) {
    const body = (match[1] ?? match[2] ?? '').replace(/\s/g, '');
    // t_{ik}: two letters without a comma are two indices, as in δ_{ky}; a word (t_{true}) is a name.
    const pieces = body.includes(',') ? body.split(',') : /^[a-z]{2}$/.test(body) ? body.split('') : [body];
    parts.push(...pieces.filter((piece) => /^[a-z]$/.test(piece)));
  }
  return parts;
}

/** `roles` with the sample or class index a formula fixes by its subscripts, where no sum names it. */
export function withImpliedIndices(kind: FormulaKind, roles: Roles): Roles {
  if (roles.target === undefined || roles.prediction === undefined) return roles;
  const bound = [roles.classIndex, roles.sampleIndex].filter((index): index is string => index !== undefined);
  const targetParts = subscriptIndices(roles.target).filter((part) => !bound.includes(part));
  const predictionParts = new Set(subscriptIndices(roles.prediction));
  const shared = targetParts.filter((part) => predictionParts.has(part));
  const binary = BINARY_KINDS.has(kind) || (LIKELIHOOD_KINDS.has(kind) && roles.classIndex === undefined);
  if (binary && roles.sampleIndex === undefined && shared[0] !== undefined) return { ...roles, sampleIndex: shared[0] };
  // A prediction with no index at all (one p for every draw, p^{y_i}(1 − p)^{1 − y_i}): the target's one index is the sample's.
  if (binary && roles.sampleIndex === undefined && predictionParts.size === 0 && targetParts.length === 1) return { ...roles, sampleIndex: targetParts[0] };
  if (kind === 'ce_multiclass' && roles.classIndex === undefined && roles.sampleIndex === undefined && shared.length === 1) return { ...roles, classIndex: shared[0] };
  // A letter the prediction's subscript replaces by another (y_{t,j} and y_{p,j}) tags the symbol, not a sample.
  const predictionOwn = [...predictionParts].filter((part) => !bound.includes(part));
  const unique = [...new Set(targetParts)].filter((part) => predictionParts.has(part) || predictionOwn.length === 0);
  if (!binary && roles.classIndex !== undefined && roles.sampleIndex === undefined && unique.length === 1) return { ...roles, sampleIndex: unique[0] };
  return roles;
}
