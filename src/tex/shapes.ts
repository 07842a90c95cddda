// Shapes the kinds share: "target × log(prediction)" summed, its binary
// two-term form, and log-softmax. Each returns what it found, or null.
import type { LogBase } from '../core/types';
import type { Expr } from './expr';
import { exprTex, sameTree, single, spelledSigmoidLogit } from './expr';
import type { BigOp, Term } from './terms';
import type { MatchContext } from './selectors';
import { isPairOutcome, labelOfLikelihood, pairMembers } from './dataset-likelihood';
import { classOfLossArguments, emptyContext, WEIGHT_LETTERS, labelOfCall, labelOfSelector, labelOfSubscript, labelOfWordArgument, subscriptOf, subscriptParts, subscriptPartsIn } from './selectors';
import { identityOf, sameDistribution } from './distributions';
import { anyNode, mapChildren as mapExpr } from './canonical/registry';
import { numberValue } from './shapes-numeric';
import { areTwoColumns, complementOf, headName, indexedBy, isLengthCall, isNormalDensity, isPowerOfCount, mentions, namesAQuantity, roleTex, termsOf, texMentions, withoutMeasure } from './terms';

export interface LogTermShape {
  sign: 1 | -1;
  bigs: BigOp[];
  scaled: boolean;
  scaleTex: string | null;
  /** Null in the class-index form (-log p_{y_i}), where `label` names the true class. */
  target: string | null;
  label: string | null;
  prediction: string;
  /** False when the log's argument is a sum or a number (log(1 + S/N)), not a probability. */
  predictionIsSymbol: boolean;
  weight: string | null;
  base: LogBase | null;
  /** Entropy-like: the same symbol weights and sits inside the log. */
  sameSymbol: boolean;
  /** KL-like: the log of a ratio of two distributions. */
  ratio: boolean;
  /** Log-softmax: the log of e^{z_c} / Σ_j e^{z_j}. */
  /** A softmax under the log: its logit, the label its numerator picks, the denominator's sum index and the indices its terms carry. */
  softmax: { logit: string; label: string; index: string | null; denominatorIndices: string[] } | null;
  /** Several terms of the same shape written out (t_1 log y_1 + t_2 log y_2 + …). */
  expanded: boolean;
  /** The argument of p(x) when the sum names no index (Σ p(x) log q(x) runs over x). */
  argumentIndex: string | null;
}

/** The base of a term's log (null for one left unwritten or one that is no number). */
export function logBase(term: Term): LogBase | null {
  const base = term.logs[0]?.base ?? null;
  return base === 'other' ? null : base;
}

function softmaxOf(arg: Expr): LogTermShape['softmax'] {
  if (arg.k !== 'div') return null;
  const num = arg.num;
  const den = arg.den;
  if (num.k !== 'exp' || den.k !== 'big' || den.op !== 'sum' || den.body.k !== 'exp') return null;
  const logit = num.arg;
  // x_{n,y_n} over Σ_c x_{n,c}: the label is where the numerator's indices differ from the denominator's.
  // a_{nk} over Σ_j a_{nj}: two (or three, x_{ijk}) glued letters are two indices, as in t_{nk}.
  const indexParts = (sub: string | null) => subscriptParts(sub).flatMap((part) => (/^[a-z]{2,3}$/.test(part) ? part.split('') : [part]));
  const denominatorParts = indexParts(subscriptOf(den.body.arg));
  const numeratorParts = logit.k === 'sym' ? indexParts(logit.sub) : [];
  const ownParts = numeratorParts.filter((part) => !denominatorParts.includes(part) || denominatorParts.length === 1);
  // f_y(x): a score function's class is its subscript, not its input; s(y) names the class as its argument.
  const callLabel = (call: Extract<Expr, { k: 'call' }>) => (call.head.k === 'sym' && call.head.sub !== null ? call.head.sub : exprTex(call.args[0] ?? { k: 'other', text: '' }));
  const label = logit.k === 'sym' ? (ownParts.length > 0 && ownParts.length < numeratorParts.length ? ownParts.join(',') : logit.sub) : logit.k === 'call' ? callLabel(logit) : scoreLabel(logit, den.body.arg);
  const lower = den.lower;
  const index = lower ? exprTex(lower.k === 'rel' ? lower.left : lower) : null;
  return { logit: headName(logit) ?? exprTex(logit), label: label ?? '', index, denominatorIndices: denominatorParts };
}

/**
 * A linear score per class, e^{w_y^⊤ x} over Σ_k e^{w_k^⊤ x}: of the score's factors, the one
 * whose subscript the denominator's runs over (w_k) carries the label in the numerator (w_y).
 */
function scoreLabel(numerator: Expr, denominator: Expr): string | null {
  if (numerator.k !== 'mul' || denominator.k !== 'mul' || numerator.factors.length !== denominator.factors.length) return null;
  const at = numerator.factors.map((f, i) => exprTex(f) !== exprTex(denominator.factors[i] as Expr));
  if (at.filter(Boolean).length !== 1) return null;
  // w_c^⊤ as the reader leaves it after a prime (w'^{T}_{c}): the power's base carries the subscript.
  const base = (e: Expr | undefined) => (e?.k === 'pow' ? e.base : e);
  const [mine, theirs] = [base(numerator.factors[at.indexOf(true)]), base(denominator.factors[at.indexOf(true)])];
  // The same letter (w) under two subscripts: the label's and the running class's.
  return mine?.k === 'sym' && theirs?.k === 'sym' && mine.name === theirs.name && mine.sub !== null && theirs.sub !== null ? mine.sub : null;
}

/** A focal-style modulating factor (1 − p)^γ: a power of the prediction's complement. */
function isModulating(factor: Expr, prediction: Expr): boolean {
  if (factor.k !== 'pow') return false;
  const inner = complementOf(factor.base);
  return inner !== null && identityOf(inner) === identityOf(prediction);
}

/**
 * Of several factors before the log, the target is the one indexed like the
 * prediction (y_{i,c} beside log p_{i,c}); the others (w_c, α_t, (1 − p)^γ) weight
 * it. When several are indexed alike, the one nearest the log that is not named a weight is taken, as a guess.
 */
function splitWeights(factors: Expr[], prediction: Expr, softmaxLabel: string | null, context: MatchContext): { target: Expr | null; weights: Expr[] } {
  const plain = factors.filter((f) => !isModulating(f, prediction));
  const modulating = factors.filter((f) => isModulating(f, prediction));
  // A factor indexed by the label the softmax or the prediction's subscript picks (w_{y_n}) weights that class;
  // beside such a pick (the one-hot target already in it), a weight's letter (w_i, w(x)) weights the sample.
  const byLabel = (f: Expr) => softmaxLabel !== null && (subscriptParts(subscriptOf(f)).includes(softmaxLabel) || WEIGHT_LETTERS.has(headName(f) ?? ''));
  if (softmaxLabel !== null && plain.length === 1 && byLabel(plain[0] as Expr)) return { target: null, weights: factors };
  if (plain.length <= 1) return { target: plain[0] ?? null, weights: modulating };
  const key = (e: Expr) => subscriptParts(subscriptOf(e)).sort().join(',');
  const predictionKey = key(prediction);
  // A weight's letter or a name that says weight (class_weights) is no target while another factor may be.
  const byName = (candidates: Expr[]): Expr[] => (candidates.some((f) => !isWeightName(f)) ? candidates.filter((f) => !isWeightName(f)) : candidates);
  const alike = byName(plain.filter((f) => key(f) === predictionKey && predictionKey !== ''));
  if (alike.length !== 1) context.notes.guessed = true;
  const target = alike.at(-1) ?? (byName(plain).at(-1) as Expr);
  return { target, weights: [...plain.filter((f) => f !== target), ...modulating] };
}

/** w, α, λ, ω, or a name saying weight (class_weights, \operatorname{weight}, pos_weight). */
function isWeightName(e: Expr): boolean {
  const name = headName(e) ?? '';
  return WEIGHT_LETTERS.has(name) || /weight/i.test(name);
}

/** Whether `e` uses the index: the index itself, or a subscript holding it (k_B is another symbol than k). */
function usesIndex(e: Expr, index: string, depth = 0): boolean {
  if (depth > 40) return false;
  if (e.k === 'sym') return (e.name === index && e.sub === null) || subscriptParts(e.sub).includes(index) || texMentions(e.sub ?? '', index);
  let found = false;
  mapExpr(e, (child) => {
    found ||= usesIndex(child, index, depth + 1);
    return child;
  });
  return found;
}

/** Whether `e` is built of named constants only (K, k_B, 1/N): no call, no sum, no vector. */
function isPlainConstant(e: Expr, depth = 0): boolean {
  if (depth > 40) return false;
  if (e.k === 'sym') return !e.transposed;
  if (e.k === 'call' || e.k === 'fn' || e.k === 'big') return false;
  let plain = true;
  mapExpr(e, (child) => {
    plain &&= isPlainConstant(child, depth + 1);
    return child;
  });
  return plain;
}

/** One term read as (sign) weight · target · log(prediction), or null. */
/** ∇_z a_k, ∂a_k/∂z: a derivative. */
const isDerivative = (e: Expr): boolean => e.k === 'fn' && e.name === 'derivative';

export function logTerm(term: Term, context: MatchContext = emptyContext()): LogTermShape | null {
  if (term.logs.length !== 1) return null;
  // −ln a_k ∇_z a_k: a log times a derivative is a step of the gradient, no loss's term.
  if (term.factors.some((f) => anyNode(f, isDerivative))) return null;
  const log = term.logs[0] as Extract<Expr, { k: 'log' }>;
  const inIntegral = term.bigs.some((b) => b.op === 'int');
  const factors = (inIntegral ? withoutMeasure(term.factors) : term.factors).filter((f) => !(f.k === 'other' && f.text === '\\dots'));
  const running = term.bigs.map((b) => b.index).filter((i): i is string => i !== null);
  // −1 · log ŷ_k with no sum: the one weight a one-hot target leaves, written out; the prediction's one index is the true class.
  const loggedArg = single(log.arg);
  const [onlyIndex, ...moreIndices] = loggedArg.k === 'sym' ? subscriptParts(loggedArg.sub) : [];
  const one = factors.length === 1 ? single(factors[0] as Expr) : null;
  const writtenOne = running.length === 0 && one?.k === 'num' && one.value === 1 && moreIndices.length === 0 && onlyIndex !== undefined && /^[a-z]$/.test(onlyIndex) ? onlyIndex : null;
  // Σ_{i=1}^{N} (1/N) log(1/N), K Σ_i log N: logs of the count itself, nothing indexed, add up one constant (an entropy of the uniform), no distribution.
  const bounds = term.bigs.map((b) => b.bound).filter((b): b is string => b !== null);
  const counts = [...term.scale, ...term.factors].map((f) => single(f)).filter((f) => f.k === 'div' && f.num.k === 'num').map((f) => exprTex((f as Extract<Expr, { k: 'div' }>).den));
  const ofCount = (log: Extract<Expr, { k: 'log' }>) => {
    const arg = single(log.arg);
    const count = exprTex(arg.k === 'div' && arg.num.k === 'num' ? arg.den : arg);
    return arg.k === 'num' || bounds.includes(count) || counts.includes(count);
  };
  if (running.length > 0 && term.bigs.every((b) => b.op === 'sum') && term.logs.every(ofCount) && [...term.factors, ...term.logs].every((f) => isPlainConstant(f) && !running.some((i) => usesIndex(f, i)))) return null;
  const classIndex = running.at(-1) ?? null;
  let arg = log.arg;
  if (arg.k === 'mul' && arg.factors.length === 1) arg = arg.factors[0] as Expr;
  const softmax = softmaxOf(arg);
  const ratio = !softmax && arg.k === 'div' && !(arg.num.k === 'num');
  const predExpr = ratio && arg.k === 'div' ? arg.den : arg;
  // The label the prediction's subscript picks, a variable of its own (p_{i,y_i}: y_i): a factor indexed by it weights that class.
  const subscriptLabel = arg.k === 'sym' ? labelOfSubscript(arg.sub, running, emptyContext()) : arg.k === 'call' ? labelOfCall(arg, running, emptyContext()) : null;
  const pickedLabel = softmax?.label && !running.includes(softmax.label) ? softmax.label : subscriptLabel && /[_^(]/.test(subscriptLabel) ? subscriptLabel : null;
  const { target: targetExpr, weights } = splitWeights(writtenOne ? [] : factors, predExpr, pickedLabel, context);
  if (targetExpr && targetExpr.k === 'num') return null;
  // −KL(q ‖ p(θ|x) + log p(x), its bracket left open: a divergence's or a loss's name takes arguments, it weighs no log.
  if (targetExpr && namesAQuantity(single(targetExpr))) return null;
  // ln(1/√(2πσ²)) · exp[−(x − μ)²/2σ²]: a density's exponential factor, read after an unbracketed log, weights nothing.
  if (targetExpr && single(targetExpr).k === 'exp') return null;
  // log 𝒩(y_i; wᵀx_i, σ²): the log of a normal density is a squared error's, no label's probability.
  if (isNormalDensity(arg)) return null;
  // −Σ_t log π(a_t | s_t) G_t: the log is of each sample's own label (a_t), so a factor beside it
  // weights samples (a return, an advantage); it is no distribution over classes.
  // −Σ_i y_i log p(y_i | x_i) weights each sample's log by the very label it is of: a one-hot target typed as the label, not a weight.
  if (targetExpr && !softmax && isSampleOutcomeProbability(arg, running) && !(arg.k === 'call' && sameTree(single(arg.args[0] as Expr), single(targetExpr)))) return null;
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
    if (arg.k === 'call' && arg.head.k === 'sym' && arg.args.length === 1 && headName(arg.args[0] as Expr) === 'class') label = 'class';
    else if (arg.k === 'sym' || arg.k === 'pow') label = labelOfSubscript(subscriptOf(arg), running, context) ?? classOfLossArguments(arg, running, context) ?? writtenOne;
    // −(1/N) Σ_i log p(y_i | x_i; θ): the outcome the sample's probability is of is its label.
    else label = labelOfLikelihood(arg, running) ?? labelOfCall(arg, running, context) ?? labelOfWordArgument(arg, running);
    if (!label) return null;
  }
  const prediction = softmax ? softmax.logit : label && !targetExpr && predExpr.k === 'sym' ? predExpr.name : roleTex(predExpr);
  // Without a sum, −p_2 log p_1 is more likely a product's log misread than H(p_2, p_1): one letter is one symbol.
  // −Σ_k C(n,k) p^k (1 − p)^{n−k} · log(C(n,k) p^k (1 − p)^{n−k}): the whole weight is what the log is taken of, an entropy.
  // −Σ_i softmax(z)_i log softmax(z)_i: a weight that is the very expression logged (a softmax written out) is an entropy's.
  const weightIsLogged = (factors.length >= 2 && sameDistribution({ k: 'mul', factors }, arg)) || (!!targetExpr && targetExpr.k !== 'sym' && sameTree(targetExpr, arg));
  // −Σ_x p(x) log(n · p(x)): the weight's own distribution scaled inside the log is an entropy shifted by log n.
  const scaledSelf = !!targetExpr && !label && predExpr.k === 'mul' && term.bigs.length > 0 && predExpr.factors.some((f) => sameDistribution(targetExpr, f, running));
  const sameSymbol = weightIsLogged || scaledSelf || (!!targetExpr && !label && (term.bigs.length > 0 ? sameDistribution(targetExpr, predExpr, running) : identityOf(targetExpr) === identityOf(predExpr) && identityOf(predExpr) !== null));
  return {
    sign: term.sign,
    bigs: term.bigs,
    scaled: term.scale.length > 0,
    scaleTex: term.scale[0] ? exprTex(term.scale[0]) : null,
    target,
    label,
    prediction,
    predictionIsSymbol: predExpr.k !== 'add' && predExpr.k !== 'num',
    weight: weights.length > 0 ? weights.map(roleTex).join(' ') : null,
    base: logBase(term),
    sameSymbol,
    ratio,
    softmax,
    expanded: false,
    argumentIndex: targetExpr?.k === 'call' && targetExpr.args.length === 1 && targetExpr.args[0]?.k === 'sym' ? exprTex(targetExpr.args[0]) : null,
  };
}

/** The whole expression as one "target × log(prediction)" sum, or null. */
export function logSumShape(e: Expr, context: MatchContext = emptyContext()): LogTermShape | null {
  const terms = termsOf(e);
  if (!terms || terms.length === 0) return null;
  const shapes = terms.map((t) => logTerm(t, context));
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
  /** The scale is one over a count's letter (¹⁄ₘ): a mean over samples even where no sum is written. */
  countScale: boolean;
  /** The one index target and prediction share in their scripts (y_i and f(x_i): i), else null. */
  sharedIndex: string | null;
  target: string;
  prediction: string;
  weight: string | null;
  base: LogBase | null;
  sameSymbol: boolean;
  /** The logit x when the prediction is σ(x) spelled out from it (1/(1 + e^{−x}), softplus), else null. */
  logit: string | null;
}

/** t log y + (1 − t) log(1 − y), in either order, with a common sign, sum, scale and weight (w_n [· · ·]). */
/** t for 1 + t (a complement whose minus was typed as a plus), else null. */
/**
 * p(y_i | x_i), π(a_t | s_t) under the sum over i (t): the probability of each sample's own
 * outcome given its input. p(k | x) under Σ_k is a distribution over the classes instead.
 */
function isSampleOutcomeProbability(e: Expr, running: readonly string[]): boolean {
  const index = running[0];
  // Only a bar makes a conditional: Q(s_i, a_i), f(x_i, w) are the sample's prediction from several inputs.
  if (index === undefined || e.k !== 'call' || !e.given || e.args.length < 2) return false;
  const [outcome, ...conditions] = e.args as [Expr, ...Expr[]];
  // Σ_{(x,y) ∈ D} log p(y | x): the sum runs over the pairs, so the outcome and its condition are the pair's members.
  const pair = pairMembers(index);
  if (pair) return isPairOutcome(outcome, conditions, pair);
  const bareIndex = outcome.k === 'sym' && outcome.sub === null && outcome.name === index;
  return outcome.k !== 'rel' && !bareIndex && mentions(outcome, index) && conditions.some((condition) => mentions(condition, index));
}

/** The single index letter both carry in their subscripts, arguments included (y_i and f(x_i): i). */
function sharedIndexOf(t: Expr, y: Expr): string | null {
  const letters = (e: Expr) => new Set(subscriptPartsIn(e).filter((part) => /^[a-z]$/.test(part)));
  const target = letters(t);
  const shared = [...letters(y)].filter((index) => target.has(index));
  return shared.length === 1 ? (shared[0] as string) : null;
}

/** ¹⁄ₘ, ¹⁄_N: one over a count's letter; or over counts multiplied, ¹⁄_{N²} (an N × N map's pixels), ¹⁄_{HW}. */
function isOverCount(e: Expr): boolean {
  const inner = single(e);
  if (inner.k !== 'div') return false;
  const den = single(inner.den);
  // N, or a count code asks for (len(y), y.shape[0] as the row counts write it).
  const isCount = (f: Expr) => single(f).k === 'sym' || isLengthCall(single(f));
  if (den.k === 'pow') return isPowerOfCount(den);
  return den.k === 'mul' ? den.factors.length <= 3 && den.factors.every(isCount) : isCount(den);
}

/** α, β: a class weight's letter, not a label. */
function isBareGreek(e: Expr): boolean {
  const inner = single(e);
  return inner.k === 'sym' && inner.sub === null && /^\\[a-z]+$/.test(inner.name);
}

function misprintedComplementOf(e: Expr): Expr | null {
  const inner = e.k === 'mul' && e.factors.length === 1 ? (e.factors[0] as Expr) : e;
  if (inner.k !== 'add' || inner.terms.length !== 2) return null;
  const [first, second] = inner.terms as [Expr, Expr];
  return first.k === 'num' && first.value === 1 && second.k === 'sym' ? second : null;
}

/** x when a binary log's argument is σ(x) or 1 − σ(x) spelled out from the logit x, else null. */
function spelledLogitIn(arg: Expr): Expr | null {
  return spelledSigmoidLogit(arg) ?? spelledSigmoidLogit(complementOf(arg) ?? arg);
}

/** Two probabilities put in as numbers that add up to one (0.8 and 0.2, ½ and ½). */
function numbersMakingOne(a: Expr, b: Expr): boolean {
  const [x, y] = [numberValue(a), numberValue(b)];
  return x !== null && y !== null && x > 0 && y > 0 && Math.abs(x + y - 1) < 1e-9;
}

export function binaryShape(e: Expr): BinaryShape | null {
  const terms = termsOf(e);
  if (!terms || terms.length !== 2) return null;
  const [first, second] = terms as [Term, Term];
  if (first.logs.length !== 1 || second.logs.length !== 1 || first.sign !== second.sign || first.bigs.length !== second.bigs.length) return null;
  const shared = first.factors.filter((f) => second.factors.some((g) => exprTex(g) === exprTex(f)));
  const own = (t: Term) => t.factors.filter((f) => !shared.includes(f) && !shared.some((g) => exprTex(g) === exprTex(f)));
  // t and 1 − t among each term's own factors; what else a term has weights it alone
  // (a positive-class weight p_c y log σ(x), α y log p + (1 − α)(1 − y) log(1 − p)).
  const read = (a: Term, b: Term, swapped = false) => {
    const y = (a.logs[0] as { arg: Expr }).arg;
    const other = (b.logs[0] as { arg: Expr }).arg;
    const yComplement = complementOf(other);
    // y log 0.8 + (1 − y) log 0.2: a prediction put in as a number, its complement the number that makes one.
    if ((!yComplement || exprTex(yComplement) !== exprTex(y)) && !numbersMakingOne(y, other)) return null;
    const pairs: { t: Expr; tOther: Expr }[] = [];
    for (const tOther of swapped ? [] : own(b)) {
      // Beside log y and log(1 − y), a weight 1 + t is the complement 1 − t with its sign misprinted.
      const tComplement = complementOf(tOther) ?? misprintedComplementOf(tOther);
      const t = tComplement ? own(a).find((f) => exprTex(f) === exprTex(tComplement)) : undefined;
      if (t) pairs.push({ t, tOther });
    }
    // t_{0} log y + t_{1} log(1 − y): the two columns of a two-column one-hot target, which add to one.
    if (pairs.length === 0 && !swapped) {
      for (const tOther of own(b)) {
        const t = own(a).find((f) => areTwoColumns(f, tOther));
        if (t) pairs.push({ t, tOther });
      }
    }
    // (1 − y) log h + y log(1 − h), read only when no other reading is: the labels' roles swapped
    // (h the probability of class 0, or the cases written the other way round); the target beside log h is 1 − y.
    if (swapped) {
      for (const t of own(a)) {
        const tComplement = complementOf(t);
        const tOther = tComplement ? own(b).find((f) => exprTex(f) === exprTex(tComplement)) : undefined;
        if (tOther) pairs.push({ t, tOther });
      }
    }
    // β y_i log ŷ_i + (1 − β)(1 − y_i) log(1 − ŷ_i): two pairs; the target is the one the samples index, not the class weight.
    const indices = a.bigs.map((big) => big.index).filter((index): index is string => index !== null);
    // Of pairs the sums index, the one every sum indexes (y_{ij}, or ê_k(p) with p its argument, beside β_k
    // under Σ_k Σ_p) is the label.
    const runsOver = (e: Expr, index: string): boolean => {
      const inner = single(e);
      return indexedBy(exprTex(inner), index) || (inner.k === 'call' && inner.args.some((arg) => mentions(arg, index)));
    };
    const chosen = pairs.find(({ t }) => indices.length > 1 && indices.every((index) => runsOver(t, index))) ?? pairs.find(({ t }) => indices.some((index) => mentions(t, index))) ?? pairs.find(({ t }) => !isBareGreek(t)) ?? pairs[0];
    if (!chosen) return null;
    const { t, tOther } = chosen;
    const extra = [...own(a).filter((f) => f !== t), ...own(b).filter((f) => f !== tOther)];
    if (extra.some((f) => f.k === 'num')) return null;
    return { t, y, base: a.logs[0]?.base ?? null, extra };
  };
  const found = read(first, second) ?? read(second, first) ?? read(first, second, true) ?? read(second, first, true);
  if (!found) return null;
  const { t, y, base, extra } = found;
  const weights = [...shared, ...extra];
  const logit = [first, second].map((term) => spelledLogitIn((term.logs[0] as { arg: Expr }).arg)).find((x) => x !== null) ?? null;
  return {
    sign: first.sign,
    bigs: first.bigs,
    scaled: first.scale.length > 0,
    countScale: first.scale.some(isOverCount),
    sharedIndex: sharedIndexOf(complementOf(t) ?? t, y),
    target: roleTex(t),
    prediction: y.k === 'call' || y.k === 'sym' || y.k === 'pow' || y.k === 'fn' ? roleTex(y) : exprTex(y),
    weight: weights.length > 0 ? weights.map(roleTex).join(' ') : null,
    base: base === 'other' ? null : base,
    // With the labels' roles swapped, the label itself (y of 1 − y) is what may be the prediction's own letter.
    sameSymbol: [t, complementOf(t)].some((label) => label !== null && sameDistribution(label, y, first.bigs.map((b) => b.index).filter((index): index is string => index !== null))),
    logit: logit && roleTex(logit),
  };
}
