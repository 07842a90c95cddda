// Tree rules for a regularisation term added to a loss: −Σ t log y + λ‖w‖²,
// + λ Σ_j w_j², + (λ/2m) Σ θ_j², + C wᵀw, + λ Ω(w). The penalty on the parameters says nothing about
// which loss the data term is, so it is set aside and the loss read on its own.
import type { Expr } from '../expr';
import { containsLog } from '../terms';
import { defineTreeRule } from './registry';

/** Regularisation strengths as authors name them. */
const COEFFICIENTS = new Set(['\\lambda', '\\alpha', '\\beta', '\\gamma', '\\mu', 'C']);

const isCoefficient = (e: Expr): boolean =>
  (e.k === 'sym' && COEFFICIENTS.has(e.name)) || (e.k === 'div' && isCoefficient(e.num.k === 'mul' && e.num.factors.length === 1 ? (e.num.factors[0] as Expr) : e.num));

/** Names a regulariser takes when it is written as a function: Ω(w), R(θ), \mathcal{R}(W). */
const REGULARISERS = new Set(['\\Omega', 'R', '\\mathcal{R}', '\\mathcal{P}']);
/** Parameters a regulariser is applied to. */
const PARAMETERS = new Set(['w', 'W', '\\theta', '\\Theta', '\\beta', '\\omega', '\\mathbf{w}', '\\mathbf{W}']);

/** Ω(w), R(θ): a named regulariser of the parameters, its form left open. */
function isRegulariserCall(e: Expr): boolean {
  if (e.k !== 'call' || e.head.k !== 'sym' || !REGULARISERS.has(e.head.name) || e.args.length !== 1) return false;
  const arg = e.args[0] as Expr;
  return arg.k === 'sym' && PARAMETERS.has(arg.name);
}

/** ‖w‖ bars, a power (‖w‖², θ_j²), a sum of powers, wᵀw, a named regulariser Ω(w). */
function isNormPart(e: Expr): boolean {
  if (isRegulariserCall(e)) return true;
  if (e.k === 'other') return e.text === '|' || e.text === '\\|' || e.text === '‖';
  if (e.k === 'sym') return e.transposed === true;
  if (e.k === 'fn') return e.name === 'norm' || e.name === 'abs';
  if (e.k === 'pow') return e.exp.k === 'num' || isNormPart(e.base);
  if (e.k === 'big') return e.op === 'sum' && isNormPart(e.body);
  if (e.k === 'mul') return e.factors.some(isNormPart);
  return false;
}

/** λ‖w‖², (λ/2) Σ_j w_j²: a coefficient times a norm or squares, with no log in it. */
function isPenalty(term: Expr): boolean {
  if (term.k === 'neg') return isPenalty(term.arg);
  if (term.k !== 'mul' || containsLog(term)) return false;
  return term.factors.some(isCoefficient) && term.factors.some(isNormPart);
}

/** loss + λ‖w‖² → loss, when the rest of the sum holds a log. */
export function regularisationTerm(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  const kept = node.terms.filter((term) => !isPenalty(term));
  if (kept.length === node.terms.length || kept.length === 0 || !kept.some((term) => containsLog(term))) return null;
  return kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept };
}

defineTreeRule({ name: 'regularisation-term', order: 55, apply: regularisationTerm });
