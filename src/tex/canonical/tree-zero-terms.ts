// Tree rule for a one-hot target written out with its zeros, as notes show the sum
// collapsing: −(1·log Q(bull) + 0·log Q(bear) + 0·log Q(sideways)), −(0 + 0 + … + 1·log p̂_c + 0 + …).
// A term that is zero adds nothing; the dots among zeros stand for more of them. What is
// left is the one-hot loss, −log Q(bull). Only where the logs are of symbols: the zeros of a
// worked example written with numbers are its targets, and the worked-example check reads them.
import { single, type Expr } from '../expr';
import { isArithmeticOfNumbers } from '../shapes-numeric';
import { containsLog, isComplementOf } from '../terms';
import { defineTreeRule, anyChild } from './registry';
import { isDots } from './tree-sums';

/** 0, −0, 0·log q_2: a zero, or a zero weight on a log (a zero before a case's test is that case's value, not a weight). */
function isZeroTerm(e: Expr): boolean {
  if (e.k === 'num') return e.value === 0;
  if (e.k === 'neg') return isZeroTerm(e.arg);
  return e.k === 'mul' && e.factors.length === 2 && e.factors.some((f) => f.k === 'num' && f.value === 0) && e.factors.some((f) => f.k === 'log');
}

/** Whether some log in `e` is taken of numbers (log 0.7, log(0/0.2)): a worked example's term. */
function logsOfNumbers(e: Expr): boolean {
  if (e.k === 'log') return isArithmeticOfNumbers(e.arg) || logsOfNumbers(e.arg);
  return anyChild(e, (child) => logsOfNumbers(child));
}

/** The log a term takes, under its sign and weights (−0·log q → log q), else null. */
function logOf(term: Expr): Extract<Expr, { k: 'log' }> | null {
  if (term.k === 'neg') return logOf(term.arg);
  if (term.k === 'log') return term;
  const logs = term.k === 'mul' ? term.factors.filter((f) => f.k === 'log') : [];
  return logs.length === 1 ? (logs[0] as Extract<Expr, { k: 'log' }>) : null;
}

/**
 * −0·log q − (1 − 0)·log(1 − q): the binary loss with a label of 0 or 1 put in, its two logs of
 * a probability and its complement. The zero is the label, and the pair is read as such (a soft
 * target in numbers, shapes-numeric.ts), not as a one-hot sum with a class dropped.
 */
function isBinaryPairWithLabel(node: Extract<Expr, { k: 'add' }>): boolean {
  if (node.terms.length !== 2) return false;
  const [a, b] = node.terms.map(logOf);
  return !!a && !!b && (isComplementOf(a.arg, b.arg) || isComplementOf(b.arg, a.arg));
}

export function zeroTerms(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isZeroTerm) || logsOfNumbers(node) || isBinaryPairWithLabel(node)) return null;
  const kept = node.terms.filter((term) => !isZeroTerm(term) && !isDots(term));
  if (kept.length === 0 || !kept.every(containsLog)) return null;
  // A lone survivor over a letter-indexed symbol keeps its weight of 1: the target's one, written
  // among its zeros, says −1·log ŷ_k is the one-hot loss's, where a bare −log ŷ_k could be a
  // surprisal. Over a numbered class (ŷ_2) or a named one (Q(cat)) the log says so itself.
  if (kept.length === 1 && isLetterIndexedLog(kept[0] as Expr)) return kept[0] as Expr;
  const terms = kept.map(withoutUnitWeight);
  return terms.length === 1 ? (terms[0] as Expr) : { ...node, terms };
}

/** Whether `term` takes the log of a symbol indexed by a letter (log ŷ_k), under its sign and weights. */
function isLetterIndexedLog(term: Expr): boolean {
  const arg = logOf(term)?.arg;
  const symbol = arg ? single(arg) : null;
  return symbol?.k === 'sym' && symbol.sub !== null && /^[A-Za-z]$/.test(symbol.sub);
}

/** 1·log Q(bull): the one-hot target's 1 weighs nothing (the class it marks is in the log). */
function withoutUnitWeight(term: Expr): Expr {
  if (term.k === 'neg') return { k: 'neg', arg: withoutUnitWeight(term.arg) };
  if (term.k !== 'mul') return term;
  const factors = term.factors.filter((f) => !(f.k === 'num' && f.value === 1));
  return factors.length === term.factors.length || factors.length === 0 ? term : factors.length === 1 ? (factors[0] as Expr) : { ...term, factors };
}

/**
 * −1·log ŷ_2: a weight of one on the log of a numbered class's probability is the one-hot
 * target's 1, as zero-terms leaves it; read as −log ŷ_2 (the class the number names is the true one).
 */
export function unitWeightOnNumberedClass(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length !== 2) return null;
  const [a, b] = node.factors as [Expr, Expr];
  const log = a.k === 'num' && a.value === 1 ? b : b.k === 'num' && b.value === 1 ? a : null;
  if (log?.k !== 'log') return null;
  const arg = single(log.arg);
  return arg.k === 'sym' && arg.sub !== null && /^\d+$/.test(arg.sub) ? log : null;
}

defineTreeRule({ name: 'zero-terms', order: 11, apply: zeroTerms });
defineTreeRule({ name: 'unit-weight-on-numbered-class', order: 11.5, apply: unitWeightOnNumberedClass });
