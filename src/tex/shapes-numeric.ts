// The cross-entropy shape written with numbers only: −[0·ln 0.2 + 1·ln 0.5 + 0·ln 0.3],
// −(1/6 log 1/2 + …), −1·log(0.9), −(1·log 0.8 + 0·log(1 − 0.8)). The kind follows from the
// shape: weights over the logs of other numbers is a cross-entropy; weights equal to the
// log arguments is an entropy (a near miss). A lone −log 0.7 with no weight written says
// neither. A log of 1 − a number marks the binary form, one term per class of a sample.
import type { LogBase } from '../core/types';
import type { Expr } from './expr';
import { exprTex, single } from './expr';
import { evaluate } from './numeric';
import { complementOf, isComplementOf, roleTex, termsOf } from './terms';

export interface NumericLogSum {
  /**
   * True when every weighted term's weight equals its log's argument (−Σ p log p), unless
   * `sure` and a loss's name says the formula is a loss.
   */
  entropy: boolean;
  /** Every weight the target gives is 1 on a log of 1: a one-hot target and a sure, right prediction (−(1·log 1 + 0·log 0)). */
  sure: boolean;
  base: LogBase | null;
  /** The binary form: some log is of 1 − a number (the other class's probability). */
  binary: boolean;
  /** Several samples: a mean (a scale 1/n with n > 1), or more than the two terms one sample has. */
  batch: boolean;
  /** The number in front of the sum (¼ for a mean over four samples), 1 when none is written. */
  scale: number;
}

/** Numbers joined by + − · / and powers only: what numberValue reads, no letter (e, π) and no log. */
export function isArithmeticOfNumbers(e: Expr, depth = 0): boolean {
  if (depth > 20) return false;
  const inner = single(e);
  switch (inner.k) {
    case 'num': return true;
    case 'neg': return isArithmeticOfNumbers(inner.arg, depth + 1);
    case 'div': return isArithmeticOfNumbers(inner.num, depth + 1) && isArithmeticOfNumbers(inner.den, depth + 1);
    case 'add': return inner.terms.every((term) => isArithmeticOfNumbers(term, depth + 1));
    case 'mul': return inner.factors.every((factor) => isArithmeticOfNumbers(factor, depth + 1));
    // 6.18 × 10^{-3}: a number printed in scientific notation.
    case 'pow': return isArithmeticOfNumbers(inner.base, depth + 1) && isArithmeticOfNumbers(inner.exp, depth + 1);
    default: return false;
  }
}

/**
 * The value of arithmetic on numbers only (0.3, 1/2, 1 − 0.3, (1 − 0)·0.5), else null:
 * authors write the other class's label and probability as 1 − y and 1 − p with the
 * numbers put in. The worked-example evaluator (numeric.ts) does the arithmetic.
 */
export function numberValue(e: Expr): number | null {
  return isArithmeticOfNumbers(e) ? evaluate(single(e), { unwrittenBase: 'e' }) : null;
}

/** 1 − a written out, with a a number. */
function isWrittenComplement(e: Expr): boolean {
  const inner = single(e);
  return inner.k === 'add' && inner.terms.length === 2 && numberValue(inner.terms[0] as Expr) === 1 && inner.terms[1]?.k === 'neg' && numberValue(inner.terms[1].arg) !== null;
}

const ONE: Expr = { k: 'num', value: 1, text: '1' };
const isProbability = (x: number | null): x is number => x !== null && x >= 0 && x <= 1;

/** −Σ w_k log a_k with numbers w, a in [0, 1], at least one weight written; else null. */
/** The probability of `p × n` (either order) with n a whole count of two or more, else null. */
function countedWeight(factors: [Expr, Expr]): number | null {
  const [a, b] = factors.map(numberValue);
  if (a === null || b === null || a === undefined || b === undefined) return null;
  if (Number.isInteger(b) && b >= 2 && isProbability(a)) return a;
  return Number.isInteger(a) && a >= 2 && isProbability(b) ? b : null;
}

type NumericTerm = NonNullable<ReturnType<typeof termsOf>>[number];

/** A term with no weight but 1 on its log (−log 0.4, −1·ln 0.7). */
function weighsOne(term: NumericTerm): boolean {
  return [...term.scale, ...term.factors].every((w) => numberValue(w) === 1);
}

/**
 * The number a term's one log is taken of, and the term's sign, with log(1/x) read back:
 * the tree reads log(1/2) as −log 2, so a log of a number above 1 becomes the negated log
 * of its reciprocal, a probability again.
 */
function loggedNumber(term: NumericTerm): { arg: number | null; sign: 1 | -1 } {
  const log = term.logs[0];
  const arg = log ? numberValue(log.arg) : null;
  if (arg === null || arg <= 1) return { arg, sign: term.sign };
  // A ratio of two numbers above one (0.064 / (0.064 × 0.064)) is a log-ratio, as in a relative entropy: no probability.
  if (log?.arg.k === 'div' && numberValue(log.arg.num) !== 1) return { arg: null, sign: term.sign };
  return { arg: 1 / arg, sign: (-term.sign) as 1 | -1 };
}

/** 0.5 log(0.5 / 0.75): a log of a ratio whose numerator is the term's own weight, a relative entropy's term. */
function isLogRatioOfWeight(log: NumericTerm['logs'][number], weight: number | null): boolean {
  return log.arg.k === 'div' && weight !== null && weight !== 1 && numberValue(log.arg.num) === weight;
}

/** Two logs weighted one and zero whose probabilities add up to one: a label and its two outcomes. */
function twoOutcomes(terms: NonNullable<ReturnType<typeof termsOf>>): boolean {
  const weights = terms.map((t) => (t.factors.length === 1 ? numberValue(t.factors[0] as Expr) : null));
  const probabilities = terms.map((t) => (t.logs[0] ? numberValue(t.logs[0].arg) : null));
  if (weights.some((w) => w === null) || probabilities.some((p) => p === null)) return false;
  const total = (values: (number | null)[]) => values.reduce((sum: number, v) => sum + (v as number), 0);
  return weights.every((w) => w === 0 || w === 1) && total(weights) === 1 && Math.abs(total(probabilities) - 1) < 1e-6;
}

/**
 * Whether a numeric sum reads as an entropy: weights equal to their logs' arguments, unless the
 * formula is named as a loss and the target is one-hot with a sure, right prediction
 * (L = −(1·log 1 + 0·log 0) = 0, the loss of a perfect prediction).
 */
export function isNumericEntropy(numeric: NumericLogSum, lossNamed: boolean | undefined): boolean {
  return numeric.entropy && !(numeric.sure && lossNamed === true);
}

/** 1·log 0.9 + 0·log 0.1: the same weighted logs of numbers written without the minus, a log-likelihood's; null otherwise. */
export function unnegatedNumericLogSum(e: Expr): NumericLogSum | null {
  return e.k === 'neg' ? null : numericLogSum({ k: 'neg', arg: e });
}

export function numericLogSum(e: Expr): NumericLogSum | null {
  const terms = termsOf(e);
  if (!terms || terms.length === 0) return null;
  let weighted = 0;
  let allEqual = true;
  let sure = true;
  let binary = false;
  let scale: number | null = null;
  let lastWeight = 1;
  const bases = new Set<string>();
  for (const term of terms) {
    const log = term.logs[0];
    const written = term.factors.filter((f) => !(f.k === 'sym' && f.name === '\\dots'));
    // −(⅙ log ½ + …): a number in front of a lone log is its weight; in front of weighted
    // terms (−¼[1·log 0.8 + …]) it is a mean's scale.
    const factors = written.length > 0 ? written : term.scale;
    // The … of a written-out sum (under a mean's scale too: −⅕[1·log 0.63 + … ]).
    if (term.logs.length === 0 && term.bigs.length === 0 && (factors.length === 0 || (written.length === 0 && term.factors.length > 0))) continue;
    // −(1·log 0.2 + 0 + 0): a class the target gives no weight, its term written as its value.
    if (term.logs.length === 0 && term.bigs.length === 0 && factors.length === 1 && numberValue(factors[0] as Expr) === 0) continue;
    if (term.logs.length !== 1 || !log || term.bigs.length > 0) return null;
    const { arg, sign } = loggedNumber(term);
    // 0.1 × log 0.1 × 5: a probability and a count of the classes that share it.
    const counted = factors.length === 2 ? countedWeight(factors as [Expr, Expr]) : null;
    if (sign !== -1 || !isProbability(arg) || (factors.length > 1 && counted === null)) return null;
    bases.add(String(log.base));
    // −log 0.7 beside weighted terms: weight 1.
    const weight = counted ?? (factors.length === 0 ? 1 : numberValue(factors[0] as Expr));
    // 0·log 0 is 0 (the limit of p log p): a class the target gives no weight may have probability 0.
    if (!isProbability(weight) || isLogRatioOfWeight(log, weight)) return null;
    // −¼[…]: one scale over all the terms, a mean over the samples written out.
    const termScale = written.length > 0 ? numberValue({ k: 'mul', factors: [ONE, ...term.scale] }) : 1;
    if (termScale === null || termScale <= 0 || (scale !== null && Math.abs(termScale - scale) > 1e-12)) return null;
    scale = termScale;
    if (isWrittenComplement(log.arg)) binary = true;
    if (factors.length > 0) weighted += 1;
    lastWeight = weight;
    if (weight !== 0 && Math.abs(weight - arg) > 1e-12) allEqual = false;
    if (weight !== 0 && (weight !== 1 || arg !== 1)) sure = false;
  }
  if (weighted === 0 || bases.size !== 1) return null;
  const base = terms[0]?.logs[0]?.base ?? null;
  const logs = terms.filter((t) => t.logs.length === 1).length;
  // ½ log₂ 3 alone: one class's term with a part of the weight is a piece of a sum, not a loss (a one-hot target weighs 1).
  if (terms.length === 1 && lastWeight !== 1 && lastWeight !== 0) return null;
  // −[1·log 0.8 + 0·log 0.2]: a label of 1 or 0 over two probabilities that add up to one is a binary loss's two outcomes.
  if (logs === 2 && terms.length === 2 && (scale ?? 1) === 1 && twoOutcomes(terms)) binary = true;
  return { entropy: allEqual, sure, base: base === 'other' ? null : base, binary, batch: (scale ?? 1) < 1 || logs > 2, scale: scale ?? 1 };
}

/** The number a in e^{a} (e^{−a} too), else null. */
function exponentOf(e: Expr): number | null {
  const inner = single(e);
  if (inner.k !== 'exp') return null;
  const negated = inner.arg.k === 'neg';
  const value = numberValue(negated ? (inner.arg as { arg: Expr }).arg : inner.arg);
  return value === null ? null : negated ? -value : value;
}

/** log(e^{a} + e^{b} + …) with numbers a, b: the exponents, else null. */
function numericLogSumExp(log: Extract<Expr, { k: 'log' }>): number[] | null {
  const arg = single(log.arg);
  if (arg.k !== 'add' || arg.terms.length < 2) return null;
  const exponents = arg.terms.map(exponentOf);
  return exponents.every((x): x is number => x !== null) ? exponents : null;
}

/**
 * −log(e^{2} / (e^{2} + e^{1} + e^{0.1})): the softmax of numbers written out at the true
 * class, its exponent one of the denominator's.
 */
export function isNumericSoftmaxLog(e: Expr): boolean {
  const terms = termsOf(e);
  const term = terms?.length === 1 ? terms[0] : undefined;
  const log = term?.logs[0];
  if (!term || !log || term.sign !== -1 || term.logs.length !== 1 || term.bigs.length > 0 || !weighsOne(term)) return false;
  const arg = single(log.arg);
  if (arg.k !== 'div') return false;
  const picked = exponentOf(arg.num);
  const exponents = numericLogSumExp({ k: 'log', base: null, arg: arg.den });
  return picked !== null && exponents !== null && exponents.some((x) => Math.abs(x - picked) < 1e-12);
}

/**
 * The log-sum-exp form with numbers: −z_y + log(e^{z_1} + … + e^{z_K}) per sample, its
 * sum or mean (−0.9 + log(e^{0.1} + e^{0.9}) − 0.49 + log(e^{0.49} + e^{0.51})) / 2.
 * Each picked logit is one of the exponents of the log it goes with.
 */
export function isNumericLogSumExp(e: Expr): boolean {
  // (…) / 2: the mean of the samples' losses.
  if (e.k === 'div' && numberValue(e.den) !== null) return isNumericLogSumExp(e.num);
  const terms = termsOf(e);
  if (!terms || terms.length < 2 || terms.some((t) => t.bigs.length > 0)) return false;
  const logs = terms.filter((t) => t.logs.length === 1 && t.factors.length === 0);
  const picked = terms.filter((t) => t.logs.length === 0 && t.factors.length === 1);
  if (logs.length === 0 || logs.length !== picked.length || logs.length + picked.length !== terms.length) return false;
  return logs.every((lse, i) => {
    const exponents = numericLogSumExp(lse.logs[0] as Extract<Expr, { k: 'log' }>);
    const pick = picked[i] as (typeof terms)[number];
    const value = numberValue(pick.factors[0] as Expr);
    return lse.sign === 1 && pick.sign === -1 && exponents !== null && value !== null && exponents.some((x) => Math.abs(x - value) < 1e-12);
  });
}

/**
 * −log 0.4, −1·ln(0.7), and −log(1/3) however it was read (+log 3): a term that is one negated
 * log of a probability, with no weight but 1. With `certain`, also −log 1: a prediction that
 * was sure of the true class.
 */
function isNegatedLogOfProbability(term: NumericTerm, certain = false): boolean {
  if (term.logs.length !== 1 || term.bigs.length > 0 || !weighsOne(term)) return false;
  const { arg, sign } = loggedNumber(term);
  return sign === -1 && arg !== null && arg > 0 && (arg < 1 || (certain && arg === 1));
}

/**
 * −log 0.4, −1·ln(0.7), −log(1/3): one negated log of a probability, the one-hot case of the
 * sum. `certain` takes −log 1 too, where a name has said the formula is a loss (−log 1 = 0
 * alone is an identity about logs).
 */
export function isLoneNegativeLog(e: Expr, certain = false): boolean {
  const terms = termsOf(e);
  return terms?.length === 1 && isNegatedLogOfProbability(terms[0] as NumericTerm, certain);
}

/**
 * −log 0.7 − log 0.5 − log 0.9: two or more samples' one-hot losses added up, each the
 * negated log of its true class's probability; or their mean, −½(log 0.777 + log 0.090),
 * one over their number in front of them all.
 */
export function isSumOfNegativeLogs(e: Expr): boolean {
  const terms = termsOf(e);
  if (terms === null || terms.length < 2) return false;
  const scales = terms.map((term) => numberValue({ k: 'mul', factors: [ONE, ...term.scale] }));
  const mean = scales.every((scale) => scale !== null && Math.abs(scale * terms.length - 1) < 1e-9);
  return terms.every((term) => isNegatedLogOfProbability(mean ? { ...term, scale: [] } : term));
}

/** A probability written as a symbol: a letter with its marks and index (q, q_2, \hat y), a call on one (Q(cat)), or one minus one. */
function isSymbolicProbability(e: Expr): boolean {
  const inner = single(e);
  const complement = complementOf(inner);
  if (complement) return isSymbolicProbability(complement) && complement.k !== 'add';
  if (inner.k === 'sym') return !inner.transposed && inner.name !== '\\pi' && inner.name !== '\\dots';
  return inner.k === 'call' && single(inner.head).k === 'sym';
}

export interface NumericTargetLogSum {
  /** Two terms whose logs are of q and 1 − q: the binary loss with a soft target. */
  binary: boolean;
  base: LogBase | null;
  /** The binary form's q (the log taken of q beside the log of 1 − q), else null. */
  prediction: string | null;
}

/**
 * −(0.7 log q + 0.3 log(1 − q)), −(0.5 ln q_1 + 0.3 ln q_2 + 0.2 ln q_3): a target
 * distribution written as numbers (each in [0, 1], adding up to one) over the logs of the
 * prediction's symbols, each class once. The numbers say the weights are a distribution;
 * the symbols say the logs are the prediction's, not the target's (that would be an
 * entropy, which needs the numbers in the logs too). Else null.
 */
export function numericTargetLogSum(e: Expr): NumericTargetLogSum | null {
  const terms = termsOf(e);
  if (!terms || terms.length < 2) return null;
  let total = 0;
  const args: Expr[] = [];
  const bases = new Set<string>();
  for (const term of terms) {
    const log = term.logs[0];
    if (term.logs.length !== 1 || !log || term.bigs.length > 0 || term.scale.length > 0 || term.factors.length !== 1 || term.sign !== -1) return null;
    const weight = numberValue(term.factors[0] as Expr);
    if (!isProbability(weight) || !isSymbolicProbability(log.arg)) return null;
    total += weight;
    args.push(single(log.arg));
    bases.add(String(log.base));
  }
  if (Math.abs(total - 1) > 1e-6 || bases.size !== 1 || new Set(args.map(exprTex)).size !== args.length) return null;
  const base = terms[0]?.logs[0]?.base ?? null;
  const [first, second] = args;
  const binary = args.length === 2 && first !== undefined && second !== undefined && (isComplementOf(second, first) || isComplementOf(first, second));
  const prediction = binary ? (isComplementOf(second as Expr, first as Expr) ? first : second) ?? null : null;
  return { binary, base: base === 'other' ? null : base, prediction: prediction && roleTex(prediction) };
}
