// Tree rules for vector notation: an inner product is a sum over the components.
// t^⊤ log y, (1 − y)^T log(1 − h), ⟨t, log y⟩ and 1^⊤(t ⊙ log y) all become
// Σ t log y with no index written, and an index set Σ_{i,j} becomes Σ_i Σ_j,
// so the kinds see sums of products whatever the author's notation.
import type { Expr } from '../expr';
import { containsLog } from '../terms';
import { defineTreeRule } from './registry';

/** A sum over components whose index the formula does not write. */
export function unindexedSum(body: Expr): Expr {
  return { k: 'big', op: 'sum', lower: null, upper: null, body };
}

function product(factors: Expr[]): Expr {
  return factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors };
}

/** The vector a transposed factor transposes, or null when the factor is not transposed. */
function untransposed(e: Expr): Expr | null {
  if (e.k === 'sym' && e.transposed) {
    const { transposed: _dropped, ...plain } = e;
    return plain;
  }
  if (e.k === 'fn' && e.name === 'transpose' && e.args.length === 1) return e.args[0] as Expr;
  return null;
}

function isOne(e: Expr): boolean {
  return e.k === 'num' && e.value === 1;
}

/**
 * a^⊤ b … with a log among the factors after it: Σ (a b …). The ones vector
 * (1^⊤ v) only sums, so it leaves no factor of its own, log or not.
 */
export function transposedProduct(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f) => untransposed(f) !== null);
  if (at < 0) return transposedLogAfter(node);
  if (at === node.factors.length - 1) return null;
  const rest = node.factors.slice(at + 1);
  const vector = untransposed(node.factors[at] as Expr) as Expr;
  // w^⊤ x alone may be a linear score; the ones vector always sums (1^⊤ e^{z}: Σ e^{z}); (log ŷ)^⊤ y has its log first.
  if (!isOne(vector) && !containsLog(vector) && !rest.some((f) => containsLog(f))) return null;
  // 1^⊤ (Y ⊙ log Ŷ) 1: a ones vector on the right sums the other dimension too.
  const onesAfter = rest.length > 1 && isOne(rest.at(-1) as Expr);
  const inner = onesAfter ? rest.slice(0, -1) : rest;
  const body = product(isOne(vector) ? inner : [vector, ...inner]);
  return product([...node.factors.slice(0, at), onesAfter ? unindexedSum(unindexedSum(body)) : unindexedSum(body)]);
}

/**
 * Y log(A)^⊤, (1 − Y) log(1 − A^⊤): a row of labels times the transposed column of
 * logs, as vectorised code notes write the binary cost: Σ Y log A. The transposed logs
 * may come first too, log(h)^⊤ y (Octave-style notes): Σ y log h.
 */
function transposedLogAfter(node: Extract<Expr, { k: 'mul' }>): Expr | null {
  if (node.factors.length < 2) return null;
  const at = node.factors.findIndex((f) => f.k === 'log' && (untransposed(f.arg) ?? transposedInside(f.arg)) !== null);
  if (at < 0) return null;
  const log = node.factors[at] as Extract<Expr, { k: 'log' }>;
  const arg = (untransposed(log.arg) ?? transposedInside(log.arg)) as Expr;
  return unindexedSum(product(node.factors.map((f, i) => (i === at ? { ...log, arg } : f))));
}

/** 1 − A^⊤: the difference with its matrix transposed, untransposed; else null. */
function transposedInside(e: Expr): Expr | null {
  if (e.k !== 'add' || e.terms.length !== 2 || !isOne(e.terms[0] as Expr)) return null;
  const second = e.terms[1] as Expr;
  const inner = second.k === 'neg' ? untransposed(second.arg) : null;
  return inner ? { ...e, terms: [e.terms[0] as Expr, { k: 'neg', arg: inner }] } : null;
}

/** ⟨a, b⟩ → Σ a b; with the ones vector, ⟨1, e^{z}⟩ → Σ e^{z} (it only sums). */
export function angleInnerProduct(node: Expr): Expr | null {
  if (node.k !== 'fn' || node.name !== 'inner' || node.args.length !== 2) return null;
  const factors = node.args.filter((arg) => !isOne(arg));
  return unindexedSum(product(factors.length > 0 ? factors : node.args));
}

/** The components of a vector written out ([0, 1, 0], its transpose, a one-column matrix), else null. */
function listedComponents(e: Expr): Expr[] | null {
  const vector = untransposed(e) ?? e;
  return vector.k === 'fn' && vector.name === 'vector' ? vector.args : null;
}

/** log [0.2, 0.7, 0.1] is the log of each component: [log 0.2, log 0.7, log 0.1]. */
export function componentwiseLog(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const components = listedComponents(node.arg);
  if (!components) return null;
  return { k: 'fn', name: 'vector', args: components.map((arg): Expr => ({ ...node, arg })) };
}

/**
 * Two vectors written out side by side, of one length, are their dot product:
 * [0, 1, 0]·[log 0.2, log 0.7, log 0.1], (…)^⊤(…) and two bracketed matrices
 * alike become 0·log 0.2 + 1·log 0.7 + 0·log 0.1, a sum of t_k log y_k.
 */
export function listedDotProduct(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  for (let i = 0; i + 1 < node.factors.length; i++) {
    const left = listedComponents(node.factors[i] as Expr);
    const right = listedComponents(node.factors[i + 1] as Expr);
    if (!left || !right || left.length !== right.length) continue;
    const sum: Expr = { k: 'add', terms: left.map((a, j) => ({ k: 'mul', factors: [a, right[j] as Expr] })) };
    return product([...node.factors.slice(0, i), sum, ...node.factors.slice(i + 2)]);
  }
  return null;
}

/** Σ_{i,j}, Σ_{(i,j)}, Σ_{i=1,j=1}: one operator per index, the first outermost; the bound goes to the outer one. */
export function indexSets(node: Expr): Expr | null {
  if (node.k !== 'big' || node.lower?.k !== 'fn' || node.lower.name !== 'tuple') return null;
  // Σ_{j, samples}: a word beside the index names what it runs over.
  const indices = node.lower.args.filter((index) => !(index.k === 'sym' && index.sub === null && /^[A-Za-z]{3,}$/.test(index.name)));
  if (indices.length === 1) return { ...node, lower: indices[0] as Expr };
  const [first, second] = indices;
  // E_{(x,y)∼D}: one expectation over the pair drawn from D, not one per variable.
  const last = indices.at(-1);
  if (node.op === 'E' && last?.k === 'rel' && last.op === '\\sim') {
    return { ...node, lower: { ...last, left: { k: 'fn', name: 'tuple', args: [...indices.slice(0, -1), last.left] } } };
  }
  // Σ_{i=1, K}: a start and then a bare bound, one index running from 1 to K.
  if (indices.length === 2 && first?.k === 'rel' && first.op === '=' && second?.k === 'sym' && !node.upper) {
    return { ...node, lower: first, upper: second };
  }
  if (!indices.every((index) => index.k === 'sym' || (index.k === 'rel' && index.left.k === 'sym'))) return null;
  let body = node.body;
  for (let i = indices.length - 1; i >= 0; i--) {
    body = { k: 'big', op: node.op, lower: indices[i] as Expr, upper: i === 0 ? node.upper : null, body };
  }
  return body;
}

/** The trace's names: tr, Tr, trace, upright or not. */
const TRACE = /^(?:\\(?:mathrm|operatorname|text)\{)?(?:tr|Tr|trace)\}?$/;

/**
 * tr(Yᵀ log Ŷ): the trace of a product of matrices of samples by classes adds up each
 * sample's inner product, a sum over the samples (the inner product the sum over the classes).
 */
export function traceOfProduct(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2) return null;
  const at = node.factors.findIndex((f, i) => f.k === 'sym' && f.sub === null && TRACE.test(f.name) && i < node.factors.length - 1);
  if (at < 0) return null;
  const trace = unindexedSum(node.factors[at + 1] as Expr);
  const factors = [...node.factors.slice(0, at), trace, ...node.factors.slice(at + 2)];
  return product(factors);
}

defineTreeRule({ name: 'index-sets', order: 10, apply: indexSets });
defineTreeRule({ name: 'trace-of-product', order: 21.5, apply: traceOfProduct });
defineTreeRule({ name: 'componentwise-log', order: 18, apply: componentwiseLog });
defineTreeRule({ name: 'listed-dot-product', order: 19, apply: listedDotProduct });
defineTreeRule({ name: 'angle-inner-product', order: 20, apply: angleInnerProduct });
defineTreeRule({ name: 'transposed-product', order: 21, apply: transposedProduct });
