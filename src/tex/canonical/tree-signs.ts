// Tree rules for where an author puts the minus: in the numerator of the mean
// (\frac{-1}{N}) it is the same minus as in front of the fraction, and a minus on
// the first factor of a product negates the product (−(1/N) Σ …), so a sum read
// on from there (−(1/N) Σ_i a_i + b_i) keeps it. A loss divided by a count after it
// (\frac{−Σ_i …}{N}, −Σ_i (…) / n) is the same mean written in front.
import type { Expr } from '../expr';
import { isMinusOne, single } from '../expr';
import { containsLog, isComplementOf, isCountingCall } from '../terms';
import { defineTreeRule, anyChild } from './registry';

/** \frac{-a}{b} → −\frac{a}{b}. */
export function negativeNumerator(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const num = node.num.k === 'mul' && node.num.factors.length === 1 ? (node.num.factors[0] as Expr) : node.num;
  if (num.k !== 'neg') return null;
  return { k: 'neg', arg: { ...node, num: num.arg } };
}

/** (−a) b c → −(a b c). */
export function leadingMinusOfProduct(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2 || node.factors[0]?.k !== 'neg') return null;
  const [first, ...rest] = node.factors as [Extract<Expr, { k: 'neg' }>, ...Expr[]];
  return { k: 'neg', arg: { k: 'mul', factors: [first.arg, ...rest] } };
}

/**
 * (−1) · Σ …, −1 * sum(…), −1 * y' * log(h), −1(1×log 0.5 + 0×log 0.2): the one the minus was written on weights
 * nothing beside a sum, a bracket of terms with logs or a letter's weight (a one before a lone log, or before a number, is a worked example's or a one-hot target, and stays).
 */
export function unitBeforeSum(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2) return null;
  const [first, ...rest] = node.factors as [Expr, ...Expr[]];
  const negated = single(first).k === 'neg';
  const one = single(negated ? (single(first) as { arg: Expr }).arg : first);
  const weighsALog = rest.some((factor) => containsLog(factor)) && rest.some((factor) => !containsLog(factor) && single(factor).k !== 'num');
  // −1(1×log 0.5 + 0×log 0.2): a bracket of several terms with logs is no lone log either.
  const bracketOfLogs = rest.length === 1 && single(rest[0] as Expr).k === 'add' && containsLog(rest[0] as Expr);
  // A sum, also divided by its count or after its mean's 1/N (−1 * sum(…) / N).
  const isSum = (factor: Expr): boolean => {
    const inner = single(factor);
    return inner.k === 'big' || (inner.k === 'div' && isSum(inner.num)) || (inner.k === 'mul' && inner.factors.some(isSum));
  };
  if (one.k !== 'num' || one.value !== 1 || !(weighsALog || bracketOfLogs || rest.some(isSum))) return null;
  const product = rest.length === 1 ? (rest[0] as Expr) : { ...node, factors: rest };
  return negated ? { k: 'neg', arg: product } : product;
}

/** (Σ y log p) · (−1), code's `np.sum(y * np.log(p)) * -1`: a minus one written last negates the product of logs before it. */
export function unitAfterLogs(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2) return null;
  const rest = node.factors.slice(0, -1);
  if (!isMinusOne(node.factors.at(-1) as Expr) || !rest.some((factor) => containsLog(factor))) return null;
  return { k: 'neg', arg: rest.length === 1 ? (rest[0] as Expr) : { ...node, factors: rest } };
}

/** a / (−m), code's `np.sum(…) / -m`: the minus on the divisor negates the quotient. */
export function negativeDenominator(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const den = single(node.den);
  return den.k === 'neg' ? { k: 'neg', arg: { ...node, den: den.arg } } : null;
}

/**
 * A count: a symbol or a product of symbols (N, N_b, N K, |B|), a call without logs (len(x)),
 * or the total of the weights a weighted mean divides by (Σ_i w_i); not a number, left to worked examples.
 */
export function isCount(e: Expr): boolean {
  if (e.k === 'sym') return true;
  // (−log 0.6 − log 0.7 − log 0.2)/3: a whole number of items, as a worked example divides by it.
  if (e.k === 'num') return Number.isInteger(e.value) && e.value >= 2;
  if (e.k === 'big') return e.op === 'sum' && !containsLog(e.body) && isCount(e.body);
  // |B|: the size of a set, its bars read as factors.
  if (e.k === 'mul') return e.factors.some((f) => f.k === 'sym') && e.factors.every((f) => isCount(f) || (f.k === 'other' && f.text === '|'));
  return isCountingCall(e);
}

/**
 * \frac{L}{N} → \frac{1}{N} L for a loss L with logs and a count N: the mean written
 * after the sum, or as one fraction over it, is the mean in front (and a minus on L
 * comes out of the fraction with it).
 */
export function lossOverCount(node: Expr): Expr | null {
  // \frac{-Σ …}{N}: the numerator's minus was taken out first, around the fraction.
  if (node.k === 'neg') {
    const inner = lossOverCount(node.arg);
    return inner && { k: 'neg', arg: inner };
  }
  if (node.k !== 'div' || !containsLog(node.num) || containsLog(node.den) || !isCount(node.den)) return null;
  const num = node.num.k === 'mul' && node.num.factors.length === 1 ? (node.num.factors[0] as Expr) : node.num;
  // log p / log 2 changes a log's base, not a mean: the numerator must be more than one log.
  if (num.k === 'log') return null;
  const scale: Expr = { k: 'div', num: { k: 'num', value: 1, text: '1' }, den: node.den };
  if (num.k === 'neg') return { k: 'neg', arg: { k: 'mul', factors: [scale, num.arg] } };
  return { k: 'mul', factors: [scale, num] };
}

/** The label and the log's argument of a term y log p (either order), else null. */
function labelledLog(term: Expr): { label: Expr; arg: Expr } | null {
  const inner = single(term);
  if (inner.k !== 'mul' || inner.factors.length !== 2) return null;
  const at = inner.factors.findIndex((f) => single(f).k === 'log');
  const log = at < 0 ? null : single(inner.factors[at] as Expr);
  if (!log || log.k !== 'log' || containsLog(inner.factors[1 - at] as Expr)) return null;
  return { label: single(inner.factors[1 - at] as Expr), arg: single(log.arg) };
}

/**
 * −y log p + (1 − y) log(1 − p): the binary loss with its minus written once, in front, and
 * meant for both terms (a slip authors make in notes and slides; as written it is no
 * quantity anyone uses). Read as −[y log p + (1 − y) log(1 − p)]. Likewise the minus inside
 * the bracket on the second term, y log p − (1 − y) log(1 − p), which is read with a plus.
 */
export function minusMeantForBoth(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [first, second] = node.terms as [Expr, Expr];
  // y log p − (1 − y) log(1 − p) inside −[…]: the same slip the other way, a minus that should be a plus.
  const inside = first.k !== 'neg' && second.k === 'neg';
  if ((first.k !== 'neg' || second.k === 'neg') && !inside) return null;
  const one = labelledLog(first.k === 'neg' ? first.arg : first);
  const other = labelledLog(second.k === 'neg' ? second.arg : second);
  if (!one || !other || !isComplementOf(other.label, one.label) || !isComplementOf(other.arg, one.arg)) return null;
  if (inside) return { k: 'add', terms: [first, (second as Extract<Expr, { k: 'neg' }>).arg], slipped: true };
  return { k: 'neg', arg: { k: 'add', terms: [(first as Extract<Expr, { k: 'neg' }>).arg, second] }, slipped: true };
}

/** Whether minus-meant-for-both put a sign right anywhere in `e`. */
export function hasSlippedSign(e: Expr, depth = 0): boolean {
  if (depth > 80) return false;
  if ((e.k === 'add' || e.k === 'neg') && e.slipped) return true;
  return anyChild(e, (child) => hasSlippedSign(child, depth + 1));
}

defineTreeRule({ name: 'minus-meant-for-both', order: 4.2, apply: minusMeantForBoth });
defineTreeRule({ name: 'loss-over-count', order: 4.5, apply: lossOverCount });
defineTreeRule({ name: 'leading-minus-of-product', order: 4, apply: leadingMinusOfProduct });
defineTreeRule({ name: 'unit-before-sum', order: 3.9, apply: unitBeforeSum });
defineTreeRule({ name: 'negative-numerator', order: 3, apply: negativeNumerator });
defineTreeRule({ name: 'negative-denominator', order: 3.1, apply: negativeDenominator });
defineTreeRule({ name: 'unit-after-logs', order: 3.95, apply: unitAfterLogs });
