// Tree rule for an objective written with its optimiser: θ* = argmax_θ Σ_i log p(y_i | x_i; θ),
// min_w −Σ … . The optimiser names what is done with the formula, not the formula:
// argmax/argmin (\arg\max, \operatorname*{arg\,max}, argmin), and max/min over a sum,
// product or expectation, are dropped. max(z, 0) and max_k z_k are left. An arrow to min after the
// formula (Q(w) = Σ … → min, as Russian-school courses write it) says it is minimised: a cost.
import type { Expr } from '../expr';
import { single } from '../expr';
import { containsLog } from '../terms';
import { defineTextRule, defineTreeRule } from './registry';

const OPTIMISERS = new Set(['argmax', 'argmin', 'max', 'min', 'arg\\max', 'arg\\min']);

/** A sum or product to optimise, negated or scaled; in brackets with terms after it too (argmin_w (−Σ_n a_n + b_n)). */
const isObjective = (e: Expr): boolean => {
  const inner = single(e.k === 'neg' ? e.arg : e);
  if (inner.k === 'add') return inner.terms.length > 0 && isObjective(inner.terms[0] as Expr) && containsLog(inner);
  return inner.k === 'big' || (inner.k === 'mul' && inner.factors.some((f) => f.k === 'big')) || (inner.k === 'neg' && isObjective(inner.arg));
};

/**
 * After an optimiser with its variables under it and nothing in its own brackets (min_θ −[y ln p + …]),
 * whatever holds a log is the objective, one sample's loss too; max_k log p_k keeps its argument.
 */
const isLoss = (e: Expr): boolean => isObjective(e) || containsLog(e);

const isEmpty = (e: Expr) => e.k === 'other' && e.text === '';
const optimiserWord = (e: Expr): boolean => (e.k === 'sym' && e.sub === null && OPTIMISERS.has(e.name.replace(/\\operatorname\{|\}/g, ''))) || (single(e) !== e && optimiserWord(single(e)));

/** min_θ with nothing after it (its objective read as the next term), \arg before it or not. */
const emptyOptimiser = (e: Expr): boolean =>
  (e.k === 'fn' && OPTIMISERS.has(e.name) && e.args.every(isEmpty)) ||
  (e.k === 'mul' && e.factors.length === 2 && e.factors[0]?.k === 'sym' && e.factors[0].name === '\\arg' && emptyOptimiser(e.factors[1] as Expr));

/** argmax_θ X, \arg\max_θ X, max_θ Σ… → X; `min_θ − Σ …` (and `\arg\min_θ − Σ …`) read as min() − Σ … → −Σ …. */
export function optimiserDropped(node: Expr): Expr | null {
  if (node.k === 'fn' && OPTIMISERS.has(node.name) && node.args.length === 1 && isObjective(node.args[0] as Expr)) return node.args[0] as Expr;
  if (node.k === 'mul' && node.factors.length === 2) {
    const [first, second] = node.factors as [Expr, Expr];
    if (first.k === 'sym' && first.name === '\\arg' && second.k === 'fn' && (second.name === 'max' || second.name === 'min') && second.args.length === 1 && !isEmpty(second.args[0] as Expr)) return second.args[0] as Expr;
    // \arg before max_θ X, once max_θ X is X.
    if ((optimiserWord(first) || (first.k === 'sym' && first.name === '\\arg')) && isObjective(second)) return second;
  }
  // \underset{θ}{\arg\max} Π …: the optimiser with its limit set under it reads as an empty call, its objective the factors after it.
  if (node.k === 'mul' && node.factors.length >= 2) {
    for (const take of [1, 2]) {
      const head: Expr = take === 1 ? (node.factors[0] as Expr) : { k: 'mul', factors: node.factors.slice(0, 2) };
      const rest = node.factors.slice(take);
      const objective: Expr | undefined = rest.length === 1 ? rest[0] : rest.length > 1 ? { k: 'mul', factors: rest } : undefined;
      if (objective && emptyOptimiser(single(head)) && isLoss(objective)) return objective;
    }
  }
  if (node.k === 'add' && node.terms.length >= 2) {
    const [first, second, ...more] = node.terms as [Expr, Expr, ...Expr[]];
    // The terms after the objective's first stay with it: min_θ −Σ_i a_i + b_i is −Σ_i a_i + b_i.
    const objective: Expr = more.length === 0 ? second : { k: 'add', terms: [second, ...more] };
    if (emptyOptimiser(single(first)) && (isObjective(second) || containsLog(objective))) return objective;
  }
  return null;
}

defineTreeRule({ name: 'optimiser-dropped', order: 4, apply: optimiserDropped });

/** `Σ_i (y_i log a_i − (1 − y_i) log(1 − a_i)) → min`: what is minimised is a cost, named so for the rules that read a cost's sign. */
export function arrowToMin(tex: string): string {
  // A sentence's comma or full stop may close it.
  const arrow = /\s*(?:\\rightarrow|\\to|→|->)\s*\\?min(?:_\{[^{}]*\}|_[A-Za-z])?\s*[.,;]?\s*$/.exec(tex);
  return arrow ? `\\mathrm{cost} = ${tex.slice(0, arrow.index)}` : tex;
}

defineTextRule({ name: 'arrow-to-min', order: 15.4, apply: arrowToMin });
