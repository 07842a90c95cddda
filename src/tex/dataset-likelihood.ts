// A dataset's likelihood, factor by factor: P(y_i | x_i), the probability of each sample's
// label given its input, under a sum or product over the samples i, or over the pairs (x, y)
// of a dataset. The likelihood kinds and the log-sum shapes both ask it which factor is one.
import type { Expr } from './expr';
import { exprTex } from './expr';
import { headName, mentions } from './terms';

/**
 * A dataset likelihood's factor P(y_i | x_i), P(y_i | x_i; θ), p_θ(y^{(i)} | x^{(i)}, w):
 * a label given an input, both indexed by the sample, parameters after them as they
 * come (the bare product Π_i P(y_i | x_i, θ) is a generic likelihood, a near miss:
 * its factors are taken without parameters; the log-loss −Σ_i log P(y_i | x_i; θ) with). Π_i P(x_i | θ) (a density given parameters), naive Bayes Π_j P(x_j | Y = c)
 * and a sequence Π_t P(x_t | x_{t−1}) (the outcome and the condition one letter) are not.
 */
export function datasetLikelihood(e: Expr, index: string, parameters: 'parameters' | 'indexed only'): boolean {
  if (e.k !== 'call' || !/^(?:P|p|\\Pr|Pr|q|Q)$/.test(headName(e) ?? '')) return false;
  const [outcome, ...rest] = e.args;
  const pair = pairMembers(index);
  if (pair) return e.given === true && outcome !== undefined && isPairOutcome(outcome, rest, pair);
  const conditions = rest.filter((arg) => mentions(arg, index));
  if (parameters === 'indexed only' && conditions.length !== rest.length) return false;
  if (!outcome || outcome.k === 'rel' || !mentions(outcome, index) || conditions.length === 0) return false;
  return conditions.every((arg) => arg.k !== 'rel' && headName(arg) !== headName(outcome));
}

/** The members of a sum's index that runs over pairs, Σ_{(x,y) ∈ D}: [x, y]; null for one letter. */
export function pairMembers(index: string): string[] | null {
  const members = index.replace(/[()\s]/g, '').split(',').filter((member) => member !== '');
  return members.length >= 2 ? members : null;
}

/** p(y | x) under Σ_{(x,y) ∈ D}: the outcome is one member of the pair, a condition another, both bare letters. */
export function isPairOutcome(outcome: Expr, conditions: readonly Expr[], pair: readonly string[]): boolean {
  const memberName = (arg: Expr) => (arg.k === 'sym' && arg.sub === null && pair.includes(arg.name) ? arg.name : null);
  const name = memberName(outcome);
  return name !== null && conditions.some((condition) => { const other = memberName(condition); return other !== null && other !== name; });
}

/** The label of a dataset likelihood's factor P(y_i | x_i) under a sum over i: its outcome y_i. */
export function labelOfLikelihood(e: Expr, running: readonly string[]): string | null {
  const index = running[0];
  return index !== undefined && e.k === 'call' && datasetLikelihood(e, index, 'parameters') ? exprTex(e.args[0] as Expr) : null;
}
