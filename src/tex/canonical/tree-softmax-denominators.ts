// Tree rules for a softmax whose denominator names the true class apart from the
// others: e^{z_y} / (e^{z_y} + Σ_{j≠y} e^{z_j}), as margin losses (additive and
// angular margins, a scale s) write it, the true class's score in the numerator and
// again beside the sum over the other classes. The two together are the sum over all
// classes, so the denominator is read as Σ_j e^{z_j} and the log as a log-softmax.
// Likewise the normaliser by its usual names: e^{z_y} / Z, Z = Σ_j e^{z_j} (or S, for the sum), and
// the normaliser shifted by the true class's logit, log Σ_j e^{z_j − z_y}, and the log-sum-exp shifted by a constant for
// stability with the constant added back, m + log Σ_j e^{z_j − m}.
import type { Expr } from '../expr';
import { exprTex, sameExpr } from '../expr';
import { signedTerm } from './term-pairs';
import { defineTreeRule } from './registry';

type BigSum = Extract<Expr, { k: 'big' }>;

/** Σ_{j≠y} e^{…} (also Σ_{j=1, j≠y}^{n}, read as two nested sums): the sum over all j, or null. */
function overOtherClasses(e: Expr): BigSum | null {
  if (e.k !== 'big' || e.op !== 'sum') return null;
  const lower = e.lower;
  if (lower?.k === 'rel' && lower.op === '\\neq' && e.body.k === 'exp') return { ...e, lower: lower.left };
  // The outer sum holds the range and the inner one the exclusion, on the same index.
  const inner = overOtherClasses(e.body);
  const innerIndex = e.body.k === 'big' && e.body.lower?.k === 'rel' ? exprTex(e.body.lower.left) : null;
  const outerIndex = lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : null;
  return inner && innerIndex !== null && innerIndex === outerIndex ? { ...e, body: inner.body } : null;
}

/** e^{A} / (e^{A} + Σ_{j≠y} e^{B_j}) → e^{A} / Σ_j e^{B_j}. */
export function trueClassBesideOthers(node: Expr): Expr | null {
  if (node.k !== 'div' || node.num.k !== 'exp' || node.den.k !== 'add' || node.den.terms.length !== 2) return null;
  const numerator = exprTex(node.num);
  const [a, b] = node.den.terms as [Expr, Expr];
  const [own, others] = exprTex(a) === numerator ? [a, b] : exprTex(b) === numerator ? [b, a] : [null, null];
  if (!own || !others) return null;
  const all = overOtherClasses(others);
  return all ? { ...node, den: all } : null;
}

/** A letter's index-free sum of e^{z_j} over an index it does not already use: the normaliser written out. */
function normaliserOf(logit: Extract<Expr, { k: 'sym' }>): Expr {
  const index = ['j', 'k', 'c', 'm'].find((letter) => letter !== logit.sub) ?? 'j';
  const letter: Expr = { k: 'sym', name: index, sub: null, subAtoms: null };
  return { k: 'big', op: 'sum', lower: letter, upper: null, body: { k: 'exp', arg: { k: 'sym', name: logit.name, sub: index, subAtoms: [{ t: 'sym', name: index }] } } };
}

/** Z, the partition function, or S, the sum: what a softmax's exponential is divided by, by name. */
const isNormaliserName = (e: Expr): boolean => e.k === 'sym' && (e.name === 'Z' || e.name === 'S') && e.sub === null;

/** e^{z_y} / Z → e^{z_y} / Σ_j e^{z_j}: the partition function by its usual name, over one class's exponential. */
export function namedNormaliser(node: Expr): Expr | null {
  if (node.k !== 'div' || node.num.k !== 'exp' || !isNormaliserName(node.den)) return null;
  const logit = node.num.arg;
  if (logit.k !== 'sym' || logit.sub === null || logit.transposed) return null;
  return { ...node, den: normaliserOf(logit) };
}

/** −s_y + log Z → −s_y + log Σ_j e^{s_j}: the log-softmax multiplied out, its normaliser by name. */
export function namedLogNormaliser(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const picked = node.terms.find((t): t is Extract<Expr, { k: 'neg' }> => t.k === 'neg' && t.arg.k === 'sym' && t.arg.sub !== null && !t.arg.transposed);
  const log = node.terms.find((t): t is Extract<Expr, { k: 'log' }> => t.k === 'log' && isNormaliserName(t.arg));
  if (!picked || !log || picked.arg.k !== 'sym') return null;
  return { ...node, terms: node.terms.map((t) => (t === log ? { ...log, arg: normaliserOf(picked.arg as Extract<Expr, { k: 'sym' }>) } : t)) };
}

/**
 * The exponent z_j − z_y of a normaliser shifted by the true class's logit: the same letter, the
 * sum's index on the first and another index on the second (a shift by a max or a constant, for
 * stability, is no class's logit and stays).
 */
function shiftedByClass(body: Expr, index: string): { logit: Extract<Expr, { k: 'sym' }>; picked: Extract<Expr, { k: 'sym' }> } | null {
  if (body.k !== 'exp' || body.arg.k !== 'add' || body.arg.terms.length !== 2) return null;
  const [logit, shift] = body.arg.terms as [Expr, Expr];
  const picked = shift.k === 'neg' ? shift.arg : null;
  if (logit.k !== 'sym' || picked?.k !== 'sym' || logit.transposed || picked.transposed) return null;
  // The class a label names (y, c, y_i), not a word (z_{\max}) or the index itself.
  if (logit.name !== picked.name || logit.sub !== index || picked.sub === null || picked.sub === index || !/^[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?$/.test(picked.sub)) return null;
  return { logit, picked };
}

/**
 * log Σ_j e^{z_j − z_y} → log Σ_j e^{z_j} − z_y, and log(1 + Σ_{j≠y} e^{z_j − z_y}), where the true
 * class's own term is the 1: the log-softmax with the true class's logit taken inside the sum.
 */
export function classShiftedNormaliser(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  let sum: Expr = node.arg;
  if (sum.k === 'add' && sum.terms.length === 2 && sum.terms.some((t) => t.k === 'num' && t.value === 1)) {
    sum = overOtherClasses(sum.terms.find((t) => t.k !== 'num') as Expr) ?? sum;
    if (sum === node.arg) return null;
  }
  if (sum.k !== 'big' || sum.op !== 'sum') return null;
  // Σ_j or Σ_{j=1}^{C}: the index the sum runs over.
  const start = sum.lower?.k === 'rel' && sum.lower.op === '=' ? sum.lower.left : sum.lower;
  if (start?.k !== 'sym' || start.sub !== null) return null;
  const shifted = shiftedByClass(sum.body, start.name);
  if (!shifted) return null;
  return { k: 'add', terms: [{ ...node, arg: { ...sum, body: { k: 'exp', arg: shifted.logit } } }, { k: 'neg', arg: shifted.picked }] };
}

/** log Σ e^{z − m} (Σ over an index or bare): the log, and the shift m taken from every exponent; else null. */
function shiftedLogSumExp(e: Expr): { log: Extract<Expr, { k: 'log' }>; shift: Expr } | null {
  if (e.k !== 'log' || e.arg.k !== 'big' || e.arg.op !== 'sum' || e.arg.body.k !== 'exp' || e.arg.body.arg.k !== 'add') return null;
  const terms = e.arg.body.arg.terms;
  const shift = terms.length === 2 && terms[1]?.k === 'neg' ? terms[1].arg : null;
  return shift ? { log: e, shift } : null;
}

/**
 * m + log Σ_j e^{z_j − m} → log Σ_j e^{z_j}: the log-sum-exp shifted by a constant for stability (the largest logit,
 * z.max(), as code computes it) with the constant added back, the same sign on both, is the log-sum-exp itself.
 */
export function stabilityShiftedLogSumExp(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  for (const term of node.terms) {
    const { sign, body } = signedTerm(term);
    const shifted = shiftedLogSumExp(body);
    if (!shifted) continue;
    const back = node.terms.find((other) => other !== term && signedTerm(other).sign === sign && sameExpr(signedTerm(other).body, shifted.shift));
    if (!back) continue;
    const sum = shifted.log.arg as BigSum;
    const unshifted: Expr = { ...shifted.log, arg: { ...sum, body: { k: 'exp', arg: ((sum.body as Extract<Expr, { k: 'exp' }>).arg as Extract<Expr, { k: 'add' }>).terms[0] as Expr } } };
    const terms = node.terms.filter((other) => other !== back).map((other) => (other === term ? (sign === 1 ? unshifted : { k: 'neg' as const, arg: unshifted }) : other));
    return terms.length === 1 ? (terms[0] as Expr) : { ...node, terms };
  }
  return null;
}

defineTreeRule({ name: 'true-class-beside-others', order: 49, apply: trueClassBesideOthers });
defineTreeRule({ name: 'named-log-normaliser', order: 49.2, apply: namedLogNormaliser });
defineTreeRule({ name: 'named-normaliser', order: 49.1, apply: namedNormaliser });
defineTreeRule({ name: 'class-shifted-normaliser', order: 49.3, apply: classShiftedNormaliser });
defineTreeRule({ name: 'stability-shifted-log-sum-exp', order: 49.05, apply: stabilityShiftedLogSumExp });
