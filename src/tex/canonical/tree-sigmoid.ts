// Tree rules for the logistic sigmoid as library docs expand it. One form, the
// call σ(z), stands for 1/(1 + e^{−z}), (1 + e^{−z})^{−1}, e^{z}/(1 + e^{z}) and
// sigmoid(z); e^{−z}/(1 + e^{−z}), 1/(1 + e^{z}) and σ(−z) are 1 − σ(z); softplus
// log(1 + e^{−z}) is −log σ(z). The binary shape then compares σ(z) with 1 − σ(z).
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { headName } from '../terms';
import { defineTreeRule } from './registry';

const SIGMA: Expr = { k: 'sym', name: '\\sigma', sub: null, subAtoms: null };

export function sigmoidOf(z: Expr): Expr {
  return { k: 'call', head: SIGMA, args: [z], open: '(' };
}

function complement(e: Expr): Expr {
  return { k: 'add', terms: [{ k: 'num', value: 1, text: '1' }, { k: 'neg', arg: e }] };
}

/** A number is arithmetic, not a model's output: 1/(1 + e^{−2}) stays for the worked-example check. */
function isNumber(e: Expr): boolean {
  const inner = single(e.k === 'neg' ? e.arg : e);
  return inner.k === 'num';
}

/** The exponent z of 1 + e^{z} (either order), or null. */
function onePlusExp(e: Expr): Expr | null {
  const sum = single(e);
  if (sum.k !== 'add' || sum.terms.length !== 2) return null;
  const [a, b] = sum.terms.map(single) as [Expr, Expr];
  const exp = a.k === 'num' && a.value === 1 ? b : b.k === 'num' && b.value === 1 ? a : null;
  return exp?.k === 'exp' && !isNumber(exp.arg) ? exp.arg : null;
}

/** σ(z) for z = −x written e^{−x}, 1 − σ(x) for e^{x}: the sigmoid of the negated exponent. */
function sigmoidOfNegated(exponent: Expr): Expr {
  return exponent.k === 'neg' ? sigmoidOf(exponent.arg) : complement(sigmoidOf(exponent));
}

const isBareSigma = (e: Expr) => e.k === 'sym' && e.name === '\\sigma' && e.sub === null;

/** The bracketed sum after σ, or that sum raised to a power ((wᵀx + b)^{y} after σ): σ applied to it, the power on the call. */
function appliedTo(next: Expr | undefined): Expr | null {
  if (next?.k === 'add') return sigmoidOf(next);
  if (next?.k === 'pow' && next.base.k === 'add') return { k: 'pow', base: sigmoidOf(next.base), exp: next.exp };
  return null;
}

/**
 * σ(wᵀx + b): σ before a bracketed sum is the sigmoid applied to it, not σ times
 * the sum (the reader builds a call only for a symbol or a list in the brackets);
 * σ(wᵀx + b)^{y} is that call raised to y, as a likelihood writes it.
 */
export function sigmaApplied(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f, i) => isBareSigma(f) && appliedTo(node.factors[i + 1]) !== null);
  if (at < 0) return null;
  const call = appliedTo(node.factors[at + 1]) as Expr;
  const factors = [...node.factors.slice(0, at), call, ...node.factors.slice(at + 2)];
  return factors.length === 1 ? call : { k: 'mul', factors };
}

/** X^{-1} → 1/X. */
export function reciprocalPower(node: Expr): Expr | null {
  if (node.k !== 'pow') return null;
  const exp = single(node.exp);
  if (exp.k !== 'neg' || single(exp.arg).k !== 'num' || (single(exp.arg) as { value: number }).value !== 1) return null;
  return { k: 'div', num: { k: 'num', value: 1, text: '1' }, den: node.base };
}

/** 1/(1 + e^{−z}) → σ(z); e^{a}/(1 + e^{a}) → σ(a) (so e^{−z}/(1 + e^{−z}) → 1 − σ(z)). */
export function logisticFraction(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const exponent = onePlusExp(node.den);
  if (!exponent) return null;
  const num = single(node.num);
  if (num.k === 'num' && num.value === 1) return sigmoidOfNegated(exponent);
  if (num.k === 'exp' && exprTex(num.arg) === exprTex(exponent)) {
    return exponent.k === 'neg' ? complement(sigmoidOf(exponent.arg)) : sigmoidOf(exponent);
  }
  return null;
}

/** sigmoid(z), \operatorname{sigmoid}(z), \text{sigmoid}(z) → σ(z). */
export function sigmoidName(node: Expr): Expr | null {
  if (node.k === 'fn' && node.name === 'sigmoid' && node.args.length === 1) return sigmoidOf(node.args[0] as Expr);
  if (node.k === 'call' && headName(node) === 'sigmoid' && node.args.length === 1) return sigmoidOf(node.args[0] as Expr);
  return null;
}

/** Softplus: log(1 + e^{−z}) → −log σ(z), log(1 + e^{z}) → −log(1 − σ(z)). */
export function softplus(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const exponent = onePlusExp(node.arg);
  if (!exponent) return null;
  return { k: 'neg', arg: { ...node, arg: sigmoidOfNegated(exponent) } };
}

/** σ(−z) → 1 − σ(z): the other class's probability, as ±1-label losses write it. */
export function sigmoidOfNegative(node: Expr): Expr | null {
  if (node.k !== 'call' || headName(node) !== '\\sigma' || node.args.length !== 1) return null;
  const arg = single(node.args[0] as Expr);
  return arg.k === 'neg' && !isNumber(arg) ? complement(sigmoidOf(arg.arg)) : null;
}

defineTreeRule({ name: 'sigma-applied', order: 29, apply: sigmaApplied });
defineTreeRule({ name: 'reciprocal-power', order: 30, apply: reciprocalPower });
defineTreeRule({ name: 'logistic-fraction', order: 31, apply: logisticFraction });
defineTreeRule({ name: 'sigmoid-name', order: 32, apply: sigmoidName });
defineTreeRule({ name: 'softplus', order: 33, apply: softplus });
defineTreeRule({ name: 'sigmoid-of-negative', order: 34, apply: sigmoidOfNegative });
