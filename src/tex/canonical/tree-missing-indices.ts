// Tree rule for a binary pair whose prediction lost its index on one side, a slip a reader
// reads through: π^{y_i}(1 − π_i)^{1−y_i}, y_j log q + (1 − y_j) log(1 − q_j). The
// exponents (or weights) are a label and its complement, so the two bases are one
// probability and its complement: the bare letter is the indexed one beside it.
import type { Expr } from '../expr';
import { single } from '../expr';
import { complementOf, isComplementOf } from '../terms';
import { defineTreeRule } from './registry';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** The same letter, bare in `bare` and with a subscript in `indexed` (π and π_i). */
function losesIndexOf(bare: Expr, indexed: Expr): boolean {
  return bare.k === 'sym' && indexed.k === 'sym' && bare.sub === null && indexed.sub !== null && bare.name === indexed.name && !bare.transposed;
}

/** Whether two weights are a label and its complement, either way round. */
const complementary = (a: Expr, b: Expr): boolean => isComplementOf(a, b) || isComplementOf(b, a);

/**
 * The two bases with the lost index put back: `first` and `second`'s inner q of 1 − q, when one is the
 * letter the other writes with its index; else null.
 */
function restored(first: Expr, second: Expr): [Expr, Expr] | null {
  const p = single(first);
  const inner = complementOf(single(second));
  if (!inner) return null;
  const q = single(inner);
  if (losesIndexOf(p, q)) return [q, second];
  if (losesIndexOf(q, p)) return [first, { k: 'add', terms: [ONE, { k: 'neg', arg: p }] }];
  return null;
}

/** π^{y_i}(1 − π_i)^{1 − y_i} → π_i^{y_i}(1 − π_i)^{1 − y_i}. */
function powers(node: Extract<Expr, { k: 'mul' }>): Expr | null {
  const pows = node.factors.filter((f): f is Extract<Expr, { k: 'pow' }> => f.k === 'pow');
  if (pows.length !== 2) return null;
  const [a, b] = pows as [Extract<Expr, { k: 'pow' }>, Extract<Expr, { k: 'pow' }>];
  if (!complementary(a.exp, b.exp)) return null;
  const bases = restored(a.base, b.base) ?? restored(b.base, a.base)?.reverse();
  if (!bases) return null;
  const [baseA, baseB] = bases as [Expr, Expr];
  return { ...node, factors: node.factors.map((f) => (f === a ? { ...a, base: baseA } : f === b ? { ...b, base: baseB } : f)) };
}

/** A term's one weight and one log (−w log q, w · log q), and the term rebuilt with another weight and log; else null. */
function weightedLog(term: Expr): { weight: Expr; log: Extract<Expr, { k: 'log' }>; rebuild: (weight: Expr, log: Expr) => Expr } | null {
  if (term.k === 'neg') {
    const inner = weightedLog(term.arg);
    return inner && { ...inner, rebuild: (weight, log) => ({ k: 'neg', arg: inner.rebuild(weight, log) }) };
  }
  if (term.k !== 'mul' || term.factors.length !== 2) return null;
  const at = term.factors.findIndex((f) => f.k === 'log');
  const log = term.factors[at];
  const weight = term.factors[1 - at];
  if (at < 0 || log?.k !== 'log' || !weight) return null;
  return { weight, log, rebuild: (nextWeight, nextLog) => ({ ...term, factors: term.factors.map((f, i) => (i === at ? nextLog : nextWeight)) }) };
}

/**
 * y_j log q + (1 − y_j) log(1 − q_j) → y_j log q_j + (1 − y_j) log(1 − q_j), and the label's slip the same way:
 * y log q_j + (1 − y_j) log(1 − q_j) → y_j log q_j + (1 − y_j) log(1 − q_j).
 */
function logs(node: Extract<Expr, { k: 'add' }>): Expr | null {
  if (node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(weightedLog);
  if (!a || !b) return null;
  const complementaryArgs = complementary(a.log.arg, b.log.arg);
  const complementaryWeights = complementary(a.weight, b.weight);
  const args = complementaryWeights ? restored(a.log.arg, b.log.arg) ?? restored(b.log.arg, a.log.arg)?.reverse() : complementaryArgs ? [a.log.arg, b.log.arg] : null;
  const weights = complementaryWeights ? [a.weight, b.weight] : complementaryArgs ? restored(a.weight, b.weight) ?? restored(b.weight, a.weight)?.reverse() : null;
  if (!args || !weights || (complementaryWeights && complementaryArgs)) return null;
  const [argA, argB] = args as [Expr, Expr];
  const [weightA, weightB] = weights as [Expr, Expr];
  return { ...node, terms: [a.rebuild(weightA, { ...a.log, arg: argA }), b.rebuild(weightB, { ...b.log, arg: argB })] };
}

export function missingIndices(node: Expr): Expr | null {
  if (node.k === 'mul') return powers(node);
  if (node.k === 'add') return logs(node);
  return null;
}

defineTreeRule({ name: 'missing-indices', order: 16.5, apply: missingIndices });
