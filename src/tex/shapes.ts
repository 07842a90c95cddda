// Shapes the kinds share: "target × log(prediction)" summed, its binary
// two-term form, and log-softmax. Each returns what it found, or null.
import type { LogBase } from '../core/types';
import type { Expr } from './expr';
import { exprTex } from './expr';
import type { BigOp, Term } from './terms';
import { complementOf, headName, roleTex, termsOf, withoutMeasure } from './terms';

export interface LogTermShape {
  sign: 1 | -1;
  bigs: BigOp[];
  scaled: boolean;
  scaleTex: string | null;
  /** Null in the class-index form (-log p_{y_i}), where `label` names the true class. */
  target: string | null;
  label: string | null;
  prediction: string;
  weight: string | null;
  base: LogBase | null;
  /** Entropy-like: the same symbol weights and sits inside the log. */
  sameSymbol: boolean;
  /** KL-like: the log of a ratio of two distributions. */
  ratio: boolean;
  /** Log-softmax: the log of e^{z_c} / Σ_j e^{z_j}. */
  softmax: { logit: string; label: string; index: string | null } | null;
  /** Several terms of the same shape written out (t_1 log y_1 + t_2 log y_2 + …). */
  expanded: boolean;
  /** The argument of p(x) when the sum names no index (Σ p(x) log q(x) runs over x). */
  argumentIndex: string | null;
}

/** Symbols that name the true class when they index a prediction (p_{y_i}, y_t, x[class]). */
const LABEL_NAMES = /^(?:y|t|c|class|label|target|gt|true|correct|y\^\*|c\^\*|k\^\*|a\^\\star)$/;
const WEIGHT_NAMES = /^(?:w|\\alpha|\\beta|\\lambda|weight|\\omega)$/;

function isLabelSubscript(sub: string | null): boolean {
  if (!sub) return false;
  // p_{y_i}, p_{i,y_i}: some index part names the label.
  return sub
    .replace(/[{}\s]/g, '')
    .split(',')
    .some((part) => LABEL_NAMES.test(part.split(/[_^]/)[0] ?? ''));
}

function logBase(term: Term): LogBase | null {
  const base = term.logs[0]?.base ?? null;
  return base === 'other' ? null : base;
}

/** The label an indicator or Kronecker delta picks (1[y = k], δ_{k,y}), given the class index. */
function labelOfSelector(e: Expr, index: string | null): string | null {
  const head = headName(e);
  if (head === '\\mathbb{1}' || head === '1' || head === '\\mathbf{1}') {
    const test = e.k === 'call' ? e.args[0] : e.k === 'sym' && e.subAtoms ? null : null;
    const subText = e.k === 'sym' ? e.sub : e.k === 'call' && e.head.k === 'sym' ? e.head.sub : null;
    if (test && test.k === 'rel') {
      const left = exprTex(test.left);
      const right = exprTex(test.right);
      return left === index ? right : left;
    }
    if (subText) {
      const parts = subText.replace(/[[\]{}\s]/g, '').split(/=|\\neq?/);
      if (parts.length === 2) return parts[0] === index ? (parts[1] as string) : (parts[0] as string);
    }
  }
  if (head === '\\delta' && e.k === 'sym' && e.sub) {
    const parts = e.sub.replace(/[{}\s]/g, '').split(',');
    if (parts.length === 2) return parts[0] === index ? (parts[1] as string) : (parts[0] as string);
  }
  return null;
}

function softmaxOf(arg: Expr): LogTermShape['softmax'] {
  if (arg.k !== 'div') return null;
  const num = arg.num;
  const den = arg.den;
  if (num.k !== 'exp' || den.k !== 'big' || den.op !== 'sum' || den.body.k !== 'exp') return null;
  const logit = num.arg;
  const label = logit.k === 'sym' ? logit.sub : logit.k === 'call' ? exprTex(logit.args[0] ?? { k: 'other', text: '' }) : null;
  const lower = den.lower;
  const index = lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : null;
  return { logit: headName(logit) ?? exprTex(logit), label: label ?? '', index };
}

/** One term read as (sign) weight · target · log(prediction), or null. */
export function logTerm(term: Term): LogTermShape | null {
  if (term.logs.length !== 1) return null;
  const log = term.logs[0] as Extract<Expr, { k: 'log' }>;
  const inIntegral = term.bigs.some((b) => b.op === 'int');
  const factors = (inIntegral ? withoutMeasure(term.factors) : term.factors).filter((f) => !(f.k === 'other' && f.text === '\\dots'));
  const classIndex = term.bigs.at(-1)?.index ?? null;
  let arg = log.arg;
  if (arg.k === 'mul' && arg.factors.length === 1) arg = arg.factors[0] as Expr;
  const softmax = softmaxOf(arg);
  const ratio = !softmax && arg.k === 'div' && !(arg.num.k === 'num');
  let weight: string | null = null;
  let targetExpr: Expr | null = null;
  for (const factor of factors) {
    const head = headName(factor);
    if (head && WEIGHT_NAMES.test(head) && factors.length > 1) weight = roleTex(factor);
    else if (targetExpr) return null;
    else targetExpr = factor;
  }
  if (targetExpr && targetExpr.k === 'num') return null;
  let target: string | null = null;
  let label: string | null = null;
  if (targetExpr) {
    label = labelOfSelector(targetExpr, classIndex);
    target = label ?? roleTex(targetExpr);
  } else if (softmax) {
    label = softmax.label || null;
  } else if (term.bigs.some((b) => b.op === 'E')) {
    // E_p[log q]: the target is the distribution of the expectation.
  } else {
    const sub = arg.k === 'sym' ? arg.sub : arg.k === 'call' && arg.head.k === 'sym' ? arg.head.sub : null;
    if (arg.k === 'call' && arg.head.k === 'sym' && arg.args.length === 1 && headName(arg.args[0] as Expr) === 'class') label = 'class';
    else if (isLabelSubscript(sub)) label = sub;
    else return null;
  }
  const predExpr = ratio && arg.k === 'div' ? arg.den : arg;
  const prediction = softmax ? softmax.logit : label && !targetExpr && predExpr.k === 'sym' ? predExpr.name : roleTex(predExpr);
  const targetHead = targetExpr ? headName(targetExpr) : null;
  const sameSymbol = targetHead !== null && targetHead === headName(predExpr) && !label;
  return {
    sign: term.sign,
    bigs: term.bigs,
    scaled: term.scale.length > 0,
    scaleTex: term.scale[0] ? exprTex(term.scale[0]) : null,
    target,
    label,
    prediction,
    weight,
    base: logBase(term),
    sameSymbol,
    ratio,
    softmax,
    expanded: false,
    argumentIndex: targetExpr?.k === 'call' && targetExpr.args.length === 1 && targetExpr.args[0]?.k === 'sym' ? exprTex(targetExpr.args[0]) : null,
  };
}

/** The whole expression as one "target × log(prediction)" sum, or null. */
export function logSumShape(e: Expr): LogTermShape | null {
  const terms = termsOf(e);
  if (!terms || terms.length === 0) return null;
  const shapes = terms.map(logTerm);
  if (shapes.some((s) => s === null)) return null;
  const first = shapes[0] as LogTermShape;
  if (shapes.length === 1) return first;
  // Written-out sums: every term the same sign and the same symbols, different indices.
  const head = (tex: string | null) => (tex ?? '').split('_')[0];
  const alike = shapes.every((s) => s && s.sign === first.sign && head(s.target) === head(first.target) && head(s.prediction) === head(first.prediction) && s.bigs.length === first.bigs.length);
  if (!alike) return null;
  return { ...first, target: head(first.target) ?? null, prediction: head(first.prediction) ?? first.prediction, expanded: true };
}

export interface BinaryShape {
  sign: 1 | -1;
  bigs: BigOp[];
  scaled: boolean;
  target: string;
  prediction: string;
  base: LogBase | null;
  sameSymbol: boolean;
}

/** t log y + (1 − t) log(1 − y), with a common sign, sum and scale. */
export function binaryShape(e: Expr): BinaryShape | null {
  const terms = termsOf(e);
  if (!terms || terms.length !== 2) return null;
  const [a, b] = terms as [Term, Term];
  if (a.logs.length !== 1 || b.logs.length !== 1 || a.sign !== b.sign || a.bigs.length !== b.bigs.length) return null;
  const factorsA = a.factors;
  const factorsB = b.factors;
  if (factorsA.length !== 1 || factorsB.length !== 1) return null;
  const t = factorsA[0] as Expr;
  const tComplement = complementOf(factorsB[0] as Expr);
  const y = (a.logs[0] as { arg: Expr }).arg;
  const yComplement = complementOf((b.logs[0] as { arg: Expr }).arg);
  if (!tComplement || !yComplement) return null;
  if (exprTex(tComplement) !== exprTex(t) || exprTex(yComplement) !== exprTex(y)) return null;
  const base = a.logs[0]?.base ?? null;
  return {
    sign: a.sign,
    bigs: a.bigs,
    scaled: a.scale.length > 0,
    target: roleTex(t),
    prediction: y.k === 'call' || y.k === 'sym' || y.k === 'pow' ? roleTex(y) : exprTex(y),
    base: base === 'other' ? null : base,
    sameSymbol: headName(t) !== null && headName(t) === headName(y),
  };
}
