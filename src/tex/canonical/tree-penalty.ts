// Tree rule for a loss with a regularisation penalty added: −(1/n) Σ [y log ŷ + …] + λ‖w‖²,
// + (λ/2m) Σ_j θ_j², + C wᵀw, + α‖w‖₁. The penalty (a coefficient λ, α or C times a norm,
// squares or wᵀw of the parameters, with no log) says how the model is trained, not what
// the loss is; the loss is the rest. A sum with no log term is left alone.
import type { Expr } from '../expr';
import { containsLog } from '../terms';
import { defineTreeRule } from './registry';

const COEFFICIENTS = new Set(['\\lambda', '\\alpha', 'C', '\\beta', '\\mu']);

function factorsOf(e: Expr): Expr[] {
  if (e.k === 'neg') return factorsOf(e.arg);
  return e.k === 'mul' ? e.factors : [e];
}

/** λ, λ/2, λ/(2m), \frac{C}{2}: a coefficient named as one. */
function isCoefficient(e: Expr): boolean {
  if (e.k === 'sym') return e.sub === null && COEFFICIENTS.has(e.name);
  if (e.k === 'div') return isCoefficient(e.num);
  return false;
}

/** ‖w‖ (read as bars), w², Σ_j θ_j², wᵀw, |w_j|: a size of the parameters. */
function isSize(e: Expr): boolean {
  if (e.k === 'other') return e.text === '|' || e.text === '‖' || e.text === '\\|';
  if (e.k === 'pow') return e.exp.k === 'num' || isSize(e.base);
  if (e.k === 'big') return e.op === 'sum' && factorsOf(e.body).some(isSize);
  if (e.k === 'sym') return e.transposed === true;
  if (e.k === 'fn') return e.name === 'norm' || e.name === 'abs';
  return false;
}

export function isPenalty(term: Expr): boolean {
  if (containsLog(term)) return false;
  const factors = factorsOf(term);
  return factors.some(isCoefficient) && factors.some(isSize);
}

/** L + λ‖w‖² → L, when L holds a log and every other term is a penalty. */
export function penaltyDropped(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  const kept = node.terms.filter((term) => !isPenalty(term));
  if (kept.length === node.terms.length || kept.length === 0 || !kept.some((term) => containsLog(term))) return null;
  return kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept };
}

defineTreeRule({ name: 'penalty-dropped', order: 80, apply: penaltyDropped });
