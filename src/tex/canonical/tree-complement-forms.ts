// Tree rules for complements written another way round: (y − 1) log(1 − p) is −(1 − y) log(1 − p)
// (and (y − 1) z beside log(1 + e^{−z}) is −(1 − y) z),
// as a derivation that moved the minus inside writes it, and 𝟙 − y, the ones vector typed with the
// indicator's letter, is 1 − y; both then read as the binary pair y log p + (1 − y) log(1 − p).
import type { Expr } from '../expr';
import { single } from '../expr';
import { complementOf, containsLog } from '../terms';
import { defineTreeRule } from './registry';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** a for a − 1, else null. */
function lessOne(e: Expr): Expr | null {
  const inner = single(e);
  if (inner.k !== 'add' || inner.terms.length !== 2) return null;
  const [a, minusOne] = inner.terms as [Expr, Expr];
  const one = minusOne.k === 'neg' ? single(minusOne.arg) : null;
  return one?.k === 'num' && one.value === 1 && a.k !== 'num' && a.k !== 'neg' ? a : null;
}

/** Whether `e` is a log of a complement, log(1 − p). */
function logOfComplement(e: Expr): boolean {
  return e.k === 'log' && complementOf(single(e.arg)) !== null;
}

/** (y − 1) log(1 − p) → −((1 − y) log(1 − p)): the weight of the complement's log as the complement. */
export function reversedComplement(node: Expr): Expr | null {
  if (node.k !== 'mul' || !node.factors.some(logOfComplement)) return null;
  const at = node.factors.findIndex((f) => lessOne(f) !== null);
  if (at < 0) return null;
  const a = lessOne(node.factors[at] as Expr) as Expr;
  const complement: Expr = { k: 'add', terms: [ONE, { k: 'neg', arg: a }] };
  return { k: 'neg', arg: { k: 'mul', factors: node.factors.map((f, i) => (i === at ? complement : f)) } };
}

/**
 * (y − 1)(w x + b) − log(1 + e^{−(w x + b)}): beside a log, a score weighted by a label less one is
 * −(1 − y) times it, the log-likelihood on the logit as a derivation that moved the minus writes it.
 */
export function reversedComplementBesideLog(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some((t) => containsLog(t))) return null;
  let changed = false;
  const terms = node.terms.map((term): Expr => {
    const inner = term.k === 'neg' ? term.arg : term;
    if (inner.k !== 'mul' || containsLog(inner)) return term;
    const at = inner.factors.findIndex((f) => lessOne(f) !== null && single(lessOne(f) as Expr).k === 'sym');
    if (at < 0) return term;
    changed = true;
    const complement: Expr = { k: 'add', terms: [ONE, { k: 'neg', arg: lessOne(inner.factors[at] as Expr) as Expr }] };
    const product: Expr = { k: 'mul', factors: inner.factors.map((f, i) => (i === at ? complement : f)) };
    return term.k === 'neg' ? product : { k: 'neg', arg: product };
  });
  return changed ? { ...node, terms } : null;
}

/** 𝟙 − y: the blackboard one with no test beside it, a term of a difference, is the ones vector, 1. */
export function onesVectorLetter(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some((t) => t.k === 'neg')) return null;
  const ones = (t: Expr) => t.k === 'sym' && t.name === '\\mathbb{1}' && t.sub === null;
  if (!node.terms.some(ones)) return null;
  return { ...node, terms: node.terms.map((t) => (ones(t) ? ONE : t)) };
}

defineTreeRule({ name: 'ones-vector-letter', order: 16.8, apply: onesVectorLetter });
defineTreeRule({ name: 'reversed-complement', order: 16.9, apply: reversedComplement });
defineTreeRule({ name: 'reversed-complement-beside-log', order: 16.95, apply: reversedComplementBesideLog });
