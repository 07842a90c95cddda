// Tree rules for the logistic sigmoid as library docs expand it. One form, the
// call σ(z), stands for 1/(1 + e^{−z}), (1 + e^{−z})^{−1}, e^{z}/(1 + e^{z}) and
// sigmoid(z); e^{−z}/(1 + e^{−z}), 1/(1 + e^{z}) and σ(−z) are 1 − σ(z); softplus
// log(1 + e^{−z}) is −log σ(z). The binary shape then compares σ(z) with 1 − σ(z).
import type { Expr } from '../expr';
import { exprTex, oneMinus, sameExpr, single } from '../expr';
import { complementOf, headName } from '../terms';
import { defineTreeRule } from './registry';
import { pairedInSum, signedTerm } from './term-pairs';

const SIGMA: Expr = { k: 'sym', name: '\\sigma', sub: null, subAtoms: null };

/** σ(z); `spelled` when the page wrote it out from the logit z rather than as σ or sigmoid. */
export function sigmoidOf(z: Expr, spelled = false): Expr {
  return spelled ? { k: 'call', head: SIGMA, args: [z], open: '(', spelled } : { k: 'call', head: SIGMA, args: [z], open: '(' };
}


const complement = oneMinus;

/** A number is arithmetic, not a model's output: 1/(1 + e^{−2}) stays for the worked-example check. */
function isNumber(e: Expr): boolean {
  const inner = single(e.k === 'neg' ? e.arg : e);
  return inner.k === 'num';
}

/** The exponent z of 1 + e^{z} (either order), or null. */
export function onePlusExp(e: Expr): Expr | null {
  const sum = single(e);
  if (sum.k !== 'add' || sum.terms.length !== 2) return null;
  const [a, b] = sum.terms.map(single) as [Expr, Expr];
  const exp = a.k === 'num' && a.value === 1 ? b : b.k === 'num' && b.value === 1 ? a : null;
  return exp?.k === 'exp' && !isNumber(exp.arg) ? exp.arg : null;
}

/** σ(z) for z = −x written e^{−x}, 1 − σ(x) for e^{x}: the sigmoid of the negated exponent. */
function sigmoidOfNegated(exponent: Expr): Expr {
  return exponent.k === 'neg' ? sigmoidOf(exponent.arg, true) : complement(sigmoidOf(exponent, true));
}

const isBareSigma = (e: Expr) => e.k === 'sym' && e.name === '\\sigma' && e.sub === null;

/** The bracketed sum after σ (also a Σ), or that sum raised to a power ((wᵀx + b)^{y} after σ): σ applied to it, the power on the call. */
function appliedTo(next: Expr | undefined): Expr | null {
  // σ(Σ_i w_i x_i): the reader drops the bracket around a lone sum, which σ is applied to all the same.
  if (next?.k === 'add' || (next?.k === 'big' && next.op === 'sum')) return sigmoidOf(next);
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
  // log σ(Σ_i w_i x_i) unbracketed: the log took σ alone, and the sum after it is σ's argument.
  const loggedSigma = (f: Expr) => f.k === 'log' && isBareSigma(single(f.arg));
  const at = node.factors.findIndex((f, i) => (isBareSigma(f) || loggedSigma(f)) && appliedTo(node.factors[i + 1]) !== null);
  if (at < 0) return null;
  const applied = appliedTo(node.factors[at + 1]) as Expr;
  const sigma = node.factors[at] as Expr;
  const call = sigma.k === 'log' ? { ...sigma, arg: applied } : applied;
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

const isExpOfZero = (e: Expr): boolean => e.k === 'exp' && single(e.arg).k === 'num' && (single(e.arg) as { value: number }).value === 0;

/**
 * e^{0} + e^{x} → 1 + e^{x}: the other class's logit fixed at zero, log(e^{0} + e^{x}), is the softplus
 * log(1 + e^{x}). Beside numbers only (log(e^{0} + e^{2} + e^{1})) it stays a worked example's class.
 */
export function expOfZero(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isExpOfZero)) return null;
  if (!node.terms.some((t) => t.k === 'exp' && !isNumber(t.arg))) return null;
  return { k: 'add', terms: node.terms.map((t) => (isExpOfZero(t) ? { k: 'num', value: 1, text: '1' } : t)) };
}

/** 1/(1 + e^{−z}) → σ(z); e^{a}/(1 + e^{a}) → σ(a) (so e^{−z}/(1 + e^{−z}) → 1 − σ(z)). */
export function logisticFraction(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const exponent = onePlusExp(node.den);
  if (!exponent) return null;
  const num = single(node.num);
  if (num.k === 'num' && num.value === 1) return sigmoidOfNegated(exponent);
  if (num.k === 'exp' && exprTex(num.arg) === exprTex(exponent)) {
    return exponent.k === 'neg' ? complement(sigmoidOf(exponent.arg, true)) : sigmoidOf(exponent, true);
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
  return arg.k === 'neg' && !isNumber(arg) ? complement(sigmoidOf(arg.arg, node.spelled === true)) : null;
}

/** log σ(z) or log(1 − σ(z)): the logit z and which outcome's log it is. */
function logOfSigmoid(e: Expr): { z: Expr; positive: boolean; spelled: boolean; base: Extract<Expr, { k: 'log' }>['base'] } | null {
  if (e.k !== 'log') return null;
  const arg = single(e.arg);
  const negated = complementOf(arg);
  const call = single(negated ?? arg);
  if (call.k !== 'call' || headName(call) !== '\\sigma' || call.args.length !== 1) return null;
  return { z: call.args[0] as Expr, positive: negated === null, spelled: call.spelled === true, base: e.base };
}

/** The factors of w·z besides z's own (z's factors a contiguous run among them), or null. */
function weightOf(term: Expr, z: Expr): Expr[] | null {
  const factors = term.k === 'mul' ? term.factors : [term];
  const run = (single(z).k === 'mul' ? (single(z) as Extract<Expr, { k: 'mul' }>).factors : [z]).map((f) => exprTex(single(f)));
  for (let at = 0; at + run.length <= factors.length; at++) {
    if (run.every((tex, i) => exprTex(single(factors[at + i] as Expr)) === tex)) {
      const weight = [...factors.slice(0, at), ...factors.slice(at + run.length)];
      return weight.length > 0 ? weight : null;
    }
  }
  return null;
}

const product = (factors: Expr[]): Expr => (factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors });

/**
 * e^{y z}/(1 + e^{z}) and (e^{z})^{y}/(1 + e^{z}) → σ(z)^{y} (1 − σ(z))^{1 − y}: the Bernoulli likelihood
 * on the logit as statistics notes write it (the label in the numerator's exponent, the denominator
 * the same for both outcomes).
 */
export function logitLikelihoodFraction(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const z = onePlusExp(node.den);
  const num = single(node.num);
  if (!z) return null;
  const base = num.k === 'pow' ? single(num.base) : null;
  const label = base?.k === 'exp' && num.k === 'pow' && sameExpr(base.arg, z) ? [num.exp] : num.k === 'exp' ? weightOf(single(num.arg), z) : null;
  if (!label || label.some((f) => f.k === 'num' || f.k === 'neg')) return null;
  const y = product(label);
  return { k: 'mul', factors: [{ k: 'pow', base: sigmoidOf(z, true), exp: y }, { k: 'pow', base: complement(sigmoidOf(z, true)), exp: complement(y) }] };
}

/**
 * A logit beside the log of its sigmoid, as the log-likelihood of logistic regression
 * is written once the sigmoid is expanded: y z − log(1 + e^{z}) and, negated,
 * (1 − y) z + log(1 + e^{−z}). With the logit z = log σ(z) − log(1 − σ(z)) both are
 * y log σ(z) + (1 − y) log(1 − σ(z)), signed as written; the other terms stay.
 */
export function logitBesideItsSigmoid(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  return pairedInSum(node.terms, pairedInTerms);
}

/** The logit term and the log term among `terms`, read as one Bernoulli log-likelihood; the other terms stay. */
function pairedInTerms(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  for (const [l, logTerm] of parts.entries()) {
    const log = logOfSigmoid(logTerm.body);
    if (!log) continue;
    for (const [w, weighted] of parts.entries()) {
      const weight = w === l ? null : weightOf(weighted.body, log.z);
      if (!weight) continue;
      // y z + log(1 − σ(z)), or (1 − y) z − log σ(z): the same sign, or the opposite with the complementary weight.
      const complementWeight = complementOf(product(weight));
      const target = !log.positive && logTerm.sign === weighted.sign ? product(weight) : log.positive && logTerm.sign !== weighted.sign && complementWeight ? complementWeight : null;
      if (!target) continue;
      const sign = log.positive ? -weighted.sign : weighted.sign;
      const logOf = (arg: Expr): Expr => ({ k: 'log', base: log.base, arg });
      const bernoulli: Expr = {
        k: 'add',
        terms: [
          { k: 'mul', factors: [target, logOf(sigmoidOf(log.z, log.spelled))] },
          { k: 'mul', factors: [complement(target), logOf(complement(sigmoidOf(log.z, log.spelled)))] },
        ],
      };
      const replaced: Expr = sign === 1 ? bernoulli : { k: 'neg', arg: bernoulli };
      const rest = terms.filter((_t, i) => i !== l && i !== w);
      return rest.length === 0 ? replaced : { k: 'add', terms: [replaced, ...rest] };
    }
  }
  return null;
}

defineTreeRule({ name: 'exp-of-zero', order: 28.9, apply: expOfZero });
defineTreeRule({ name: 'sigma-applied', order: 29, apply: sigmaApplied });
defineTreeRule({ name: 'reciprocal-power', order: 30, apply: reciprocalPower });
defineTreeRule({ name: 'logit-likelihood-fraction', order: 30.5, apply: logitLikelihoodFraction });
defineTreeRule({ name: 'logistic-fraction', order: 31, apply: logisticFraction });
defineTreeRule({ name: 'sigmoid-name', order: 32, apply: sigmoidName });
defineTreeRule({ name: 'softplus', order: 33, apply: softplus });
defineTreeRule({ name: 'sigmoid-of-negative', order: 34, apply: sigmoidOfNegative });
defineTreeRule({ name: 'logit-beside-its-sigmoid', order: 35, apply: logitBesideItsSigmoid });
