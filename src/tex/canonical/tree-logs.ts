// Tree rules for the log laws a likelihood's log is written with: the log of a
// product over samples is the sum of the logs (log Π_i P_i = Σ_i log P_i), the log
// of a power with a symbolic exponent is exponent × log (log y^t = t log y), and the
// log of a product of such powers is the sum (log y^t (1 − y)^{1−t} = t log y +
// (1 − t) log(1 − y)). Numeric exponents (log p^3 (1 − p)^2) and sample superscripts
// (log ŷ^{(i)}, read as ŷ^i) stay as written.
import type { Expr } from '../expr';
import { defineTreeRule } from './registry';

type Log = Extract<Expr, { k: 'log' }>;

function single(e: Expr): Expr {
  return e.k === 'mul' && e.factors.length === 1 ? single(e.factors[0] as Expr) : e;
}

const isNumeric = (e: Expr): boolean => {
  const inner = single(e);
  return inner.k === 'num' || (inner.k === 'neg' && isNumeric(inner.arg));
};

/** y^{(i)} reads as y^i: a bare running-index letter up there names the sample, it is no exponent. */
const INDEX_LETTERS = new Set(['i', 'j', 'k', 'l', 'm', 'n']);
const isIndexLetter = (e: Expr) => e.k === 'sym' && e.sub === null && INDEX_LETTERS.has(e.name);

/**
 * An exponent that is a quantity: t, t_n, y_{ik}, γ, 1 − t, [y = 1]. A word up there
 * (P^{map}, p^{\text{model}}, letters juxtaposed) names a symbol, and y^{(i)} a sample.
 */
function isQuantityExponent(e: Expr): boolean {
  const inner = single(e);
  if (inner.k === 'add' || inner.k === 'call') return true;
  if (inner.k !== 'sym') return false;
  if (inner.sub !== null) return true;
  return (inner.name.length === 1 && !isIndexLetter(inner)) || /^\\[a-zA-Z]+$/.test(inner.name);
}

const symbolicPower = (e: Expr): e is Extract<Expr, { k: 'pow' }> => e.k === 'pow' && !isNumeric(e.exp) && isQuantityExponent(e.exp);

/** The log with the laws applied, or null when none applies (depth-bounded). */
function expandedLog(log: Log, depth = 0): Expr | null {
  if (depth > 8) return null;
  const arg = single(log.arg);
  const logOf = (x: Expr): Expr => {
    const inner: Log = { ...log, arg: x };
    return expandedLog(inner, depth + 1) ?? inner;
  };
  if (arg.k === 'big' && arg.op === 'prod') return { ...arg, op: 'sum', body: logOf(arg.body) };
  if (symbolicPower(arg)) return { k: 'mul', factors: [arg.exp, logOf(arg.base)] };
  if (arg.k === 'mul' && arg.factors.length >= 2 && arg.factors.every(symbolicPower)) {
    return { k: 'add', terms: arg.factors.map((f) => expandedLog({ ...log, arg: f }, depth + 1) ?? f) };
  }
  return null;
}

/** log Π_i P_i → Σ_i log P_i; log y^t → t log y; log y^t (1 − y)^{1−t} → t log y + (1 − t) log(1 − y). */
export function logLaws(node: Expr): Expr | null {
  return node.k === 'log' ? expandedLog(node) : null;
}

defineTreeRule({ name: 'log-laws', order: 70, apply: logLaws });
