// likelihood_product: L = Π_k y_k^{t_k} (the exponent picks the true class), the
// written-out y_1^{t_1} · y_2^{t_2} · …, and a dataset likelihood Π_i P(y_i | x_i).
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { compactRoles, defineKind } from '../registry';
import type { Roles } from '../types';
import { datasetLikelihood } from '../dataset-likelihood';
import { subscriptOf, subscriptParts, subscriptPartsIn } from '../selectors';
import { identityOf } from '../distributions';
import { complementOf, headName, indexedBy, mentions, roleTex } from '../terms';
import { WEIGHT_LETTERS } from '../selectors';

function isSymbolic(e: Expr): boolean {
  return e.k === 'sym' || e.k === 'call' || (e.k === 'mul' && e.factors.length === 1 && isSymbolic(e.factors[0] as Expr));
}

/** softmax(z)_k as the canonical stage writes it: e^{z_k} / Σ_j e^{z_j}. */
function isSoftmax(e: Expr): boolean {
  return e.k === 'div' && e.num.k === 'exp' && e.den.k === 'big' && e.den.op === 'sum' && e.den.body.k === 'exp';
}

/** Two probabilities of the two outcomes: y and 1 − y, or P(c = 1 | x) and P(c = 0 | x). */
function outcomesOfOne(a: Expr, b: Expr): boolean {
  const complement = complementOf(b);
  if (complement && exprTex(complement) === exprTex(a)) return true;
  if (a.k !== 'call' || b.k !== 'call' || headName(a) !== headName(b) || a.args.length !== b.args.length) return false;
  const differ = a.args.map((arg, i) => exprTex(arg) !== exprTex(b.args[i] as Expr));
  const at = differ.indexOf(true);
  const [x, y] = [a.args[at], b.args[at]];
  return differ.filter(Boolean).length === 1 && x?.k === 'rel' && y?.k === 'rel' && exprTex(x.left) === exprTex(y.left) && x.right.k === 'num' && y.right.k === 'num';
}

/**
 * y^t (1 − y)^{1 − t} in either order: target t, prediction y. Under a product over the
 * samples (`overSamples`, the exponent indexed by it; '' for a product that writes no index) the two bases may be any two
 * quantities the label chooses between: p_i^{y_i} q_i^{1−y_i} with q = 1 − p stated
 * elsewhere, or a generative model's (π N₁)^{t_i} ((1 − π) N₂)^{1−t_i}.
 */
function bernoulliRoles(e: Expr, overSamples: string | null = null): Roles | null {
  if (e.k !== 'mul' || e.factors.length !== 2 || !e.factors.every((f) => f.k === 'pow')) return null;
  const [a, b] = e.factors as [Extract<Expr, { k: 'pow' }>, Extract<Expr, { k: 'pow' }>];
  for (const [first, second] of [[a, b], [b, a]] as const) {
    const expComplement = complementOf(second.exp);
    if (!expComplement || exprTex(expComplement) !== exprTex(first.exp)) continue;
    // A product that writes no index runs over the one its exponent carries.
    const exponent = roleTex(first.exp);
    const overIt = overSamples === '' ? /[_^[]/.test(exponent) : overSamples !== null && indexedBy(exponent, overSamples);
    const chosen = overIt && single(first.base).k !== 'num' && single(second.base).k !== 'num';
    if (!outcomesOfOne(first.base, second.base) && !chosen) continue;
    // q^1 q^{1−1}: the label substituted by a number is a worked value, not the likelihood's form.
    if (single(first.exp).k === 'num') return null;
    if (identityOf(first.base) === identityOf(first.exp)) return null;
    return { target: roleTex(first.exp), prediction: roleTex(first.base), sampleIndex: overSamples === null ? indexInArguments(first.exp, first.base) : undefined };
  }
  return null;
}

/**
 * f(x_i)^{y_i}(1 − f(x_i))^{1−y_i}: the one index of a label that the model's input carries
 * too is the sample's. The prediction's role (f) keeps no argument, so it is read here.
 */
function indexInArguments(target: Expr, base: Expr): string | undefined {
  const inner = single(base);
  const [index, ...more] = subscriptParts(subscriptOf(target));
  if (inner.k !== 'call' || !index || more.length > 0 || !/^[a-z]$/.test(index)) return undefined;
  return inner.args.some((arg) => subscriptPartsIn(arg).includes(index)) ? index : undefined;
}

/** The index a product written without one runs over: the one index of its factor's outcome (P(y_b | x_b), P(y^{(b)} | x^{(b)}) → b). */
export function sampleIndexOf(factor: Expr): string | undefined {
  const outcome = factor.k === 'call' ? factor.args[0] : undefined;
  if (outcome?.k === 'pow' && outcome.exp.k === 'sym' && outcome.exp.sub === null) return outcome.exp.name;
  const parts = outcome ? subscriptParts(subscriptOf(outcome)) : [];
  return parts.length === 1 ? parts[0] : undefined;
}

/** Π (nested) over a power y^t or a probability P(…), or a written-out product of powers. */
export function powerProduct(expr: Expr): Roles | null {
  let e = expr;
  if (e.k === 'mul' && e.factors.length === 1) e = e.factors[0] as Expr;
  // k(y) · Π_i π^{y_i}(1 − π)^{1 − y_i}: a constant in front (a normaliser, free of the product's index) leaves the likelihood's shape.
  const last = e.k === 'mul' ? e.factors.at(-1) : undefined;
  if (e.k === 'mul' && last?.k === 'big' && last.op === 'prod' && last.lower) {
    const index = exprTex(last.lower.k === 'rel' ? last.lower.left : last.lower);
    if (e.factors.slice(0, -1).every((f) => f.k !== 'pow' && f.k !== 'big' && !mentions(f, index))) e = last;
  }
  // The products' indices; a product written without one (\prod\nolimits y^{t}) still counts.
  const indices: (string | undefined)[] = [];
  while (e.k === 'big' && e.op === 'prod') {
    const lower = e.lower;
    indices.push(lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : undefined);
    e = e.body;
  }
  if (e.k === 'pow' && (isSymbolic(e.base) || isSoftmax(e.base)) && isSymbolic(e.exp) && indices.length > 0) {
    // y_{pred}^{y_{true}} are two symbols; p^{p} one.
    if (identityOf(e.base) === identityOf(e.exp)) return null;
    // Π_n p_n^{w_n}: exponents named as weights make a weighted geometric mean (BLEU's
    // exp(Σ_n w_n log p_n), a product of experts), not the likelihood of targets.
    if (WEIGHT_LETTERS.has(headName(e.exp) ?? '')) return null;
    return { target: roleTex(e.exp), prediction: roleTex(e.base), classIndex: indices.at(-1), ...(indices.length > 1 ? { sampleIndex: indices[0] } : {}) };
  }
  // Bernoulli: y^t (1 − y)^{1 − t}, the exponents complementary, the bases the two
  // outcomes' probabilities (1 − y, or p(c=0|x) beside p(c=1|x)); PRML 4.89, CS229.
  // One sample's likelihood needs no product in front.
  const bernoulli = bernoulliRoles(e, indices.length === 1 ? (indices[0] ?? '') : null);
  if (bernoulli) return { ...bernoulli, ...(indices.length > 0 ? { sampleIndex: indices[0] } : {}) };
  if (indices.length > 0 && e.k === 'call') {
    const index = indices[0] ?? sampleIndexOf(e);
    return index && datasetLikelihood(e, index, 'indexed only') ? { prediction: roleTex(e), sampleIndex: index } : null;
  }
  if (indices.length === 0 && e.k === 'mul' && e.factors.length >= 2) {
    const powers = e.factors.filter((f) => f.k === 'pow');
    if (powers.length !== e.factors.length) return null;
    const bases = new Set(powers.map((p) => (p.k === 'pow' ? headName(p.base) : null)));
    const exponents = new Set(powers.map((p) => (p.k === 'pow' ? headName(p.exp) : null)));
    const first = powers[0] as Extract<Expr, { k: 'pow' }>;
    if (bases.size !== 1 || exponents.size !== 1 || !isSymbolic(first.exp) || bases.has(null)) return null;
    if (headName(first.base) === headName(first.exp)) return null;
    return { target: headName(first.exp) ?? undefined, prediction: headName(first.base) ?? undefined };
  }
  return null;
}

defineKind({
  kind: 'likelihood_product',
  order: 70,
  match(expr) {
    const roles = powerProduct(expr);
    return roles ? compactRoles(roles) : null;
  },
});

// Cases from: the Qualiteg series (seed: L = Π y_k^{t_k}), d2l-ai/d2l-en
// softmax-regression.md, PRML-style notes (corpus F038, F253).
