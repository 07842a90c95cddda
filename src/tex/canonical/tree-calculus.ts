// Tree rules for calculus written around a loss: d/dŷ Σ … and ∇_θ Σ … are a
// derivative of the expression, not the expression, so the operator takes the
// factors after it as its argument and no kind reads them as a loss; likewise a
// limit, lim_{x→0} log(1/x), is the limit of the rest, and Landau's O(N log(1/ε)) is
// an order of growth, not a product.
import type { Expr } from '../expr';
import { headName } from '../terms';
import { defineTreeRule } from './registry';

const DIFFERENTIALS = new Set(['d', '\\partial', '\\mathrm{d}', '\\delta']);

/**
 * d/dx, ∂/∂w, \frac{\partial}{\partial \hat{y}_{ij}}: a fraction of a bare differential over a differential.
 * Also ∂L/∂x_k with more written after it: the chain rule's factor, or the author's operator
 * applied to what follows; either way the product is a derivative, never the loss itself.
 */
function isDerivativeOperator(e: Expr): boolean {
  if (e.k === 'sym' && (e.name === '\\nabla' || e.name === '\\partial')) return true;
  if (e.k !== 'div') return false;
  const whole = e.num.k === 'mul' && e.num.factors.length === 1 ? (e.num.factors[0] as Expr) : e.num;
  // ∂L, which this rule has already made derivative(L) (children are rewritten first).
  const ofQuantity = whole.k === 'fn' && whole.name === 'derivative';
  if (!ofQuantity && (whole.k !== 'sym' || whole.sub !== null || !DIFFERENTIALS.has(whole.name))) return false;
  const den = e.den.k === 'mul' && e.den.factors.length === 1 ? e.den.factors[0] : e.den;
  if (ofQuantity) return den?.k === 'fn' && den.name === 'derivative';
  // ∂/o_k, the denominator's ∂ dropped: a bare ∂ over anything is still the operator (a bare d may be a letter).
  if (whole.k === 'sym' && whole.name === '\\partial') return true;
  const first = e.den.k === 'mul' ? e.den.factors[0] : e.den;
  const name = first ? headName(first) : null;
  return name !== null && (DIFFERENTIALS.has(name) || /^(?:d|\\partial)[A-Za-z]/.test(name));
}

/** … d/dx f … → … derivative(f): the operator applies to the rest of the product. */
export function derivativeOperator(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex(isDerivativeOperator);
  if (at < 0 || at === node.factors.length - 1) return null;
  const rest = node.factors.slice(at + 1);
  const derivative: Expr = { k: 'fn', name: 'derivative', args: [rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }] };
  return at === 0 ? derivative : { k: 'mul', factors: [...node.factors.slice(0, at), derivative] };
}

const LIMITS = new Set(['\\lim', '\\limsup', '\\liminf', 'lim']);

/** lim_{x→a} f, \limsup_n f: the limit applies to the rest of the product (a limit written without its subscript is a letter product). */
export function limitOperator(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f, i) => f.k === 'sym' && LIMITS.has(f.name) && f.sub !== null && i < node.factors.length - 1);
  if (at < 0) return null;
  const rest = node.factors.slice(at + 1);
  const limit: Expr = { k: 'fn', name: 'limit', args: [rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }] };
  return at === 0 ? limit : { k: 'mul', factors: [...node.factors.slice(0, at), limit] };
}

/** O(N log(1/ε)), \mathcal{O}(…): Landau's order of growth, a function of its argument. */
export function landauOrder(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f, i) => f.k === 'sym' && f.sub === null && (f.name === 'O' || f.name === '\\mathcal{O}') && i < node.factors.length - 1);
  if (at < 0) return null;
  const order: Expr = { k: 'fn', name: 'order', args: [node.factors[at + 1] as Expr] };
  const factors = [...node.factors.slice(0, at), order, ...node.factors.slice(at + 2)];
  return factors.length === 1 ? order : { k: 'mul', factors };
}

defineTreeRule({ name: 'derivative-operator', order: 5, apply: derivativeOperator });
defineTreeRule({ name: 'landau-order', order: 6, apply: landauOrder });
defineTreeRule({ name: 'limit-operator', order: 5.5, apply: limitOperator });
