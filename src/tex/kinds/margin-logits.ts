// The logistic loss with labels in {−1, +1}, the "margin" form: −log σ(y·s), which the
// canonical stage also makes from log(1 + e^{−y s}) (softplus) and log(1 + exp(−y wᵀx)).
// It is binary cross-entropy on the logit s with the label read as t = (1 + y)/2, so it
// is ce_from_logits with the sigmoid as its activation and roles.labels 'plusMinusOne'.
// One sample, or a sum (mean) over the samples whose index the label carries.
//
// What makes it the margin form is the σ argument: a product with one factor that is a
// scalar label — a symbol named y or t with any decoration or index (y_n, y^{(i)},
// \tilde y, y[i] once read as y_i) — and the rest the score. Without such a factor
// (−log σ(wᵀx), softplus alone, word2vec's −log σ(u_oᵀv_c)) nothing is claimed. A factor
// 2y − 1 is the ±1 label made from a {0, 1} label y: the same loss with t = y itself.
import type { Expr } from '../expr';
import { exprTex, isMinusOne, single } from '../expr';
import { compactRoles } from '../registry';
import type { Term } from '../terms';
import { complementOf, containsLog, headName, mentions, roleTex, termsOf } from '../terms';
import type { Roles } from '../types';

/** Accents and fonts a label letter may wear: \tilde{y}, \bar{t}, \mathrm{y}. */
const DECORATION = /^\\(?:tilde|widetilde|bar|overline|hat|widehat|check|breve|dot|ddot|mathrm|mathit|mathbf|boldsymbol|bm)\{(.+)\}$/;

/** Whether a symbol's name is the letter y or t, under any decoration. */
function isLabelName(name: string, depth = 0): boolean {
  if (name === 'y' || name === 't') return true;
  const inner = DECORATION.exec(name)?.[1];
  return inner !== undefined && depth < 4 && isLabelName(inner, depth + 1);
}

/**
 * A scalar label: y, y_n, \tilde{y}_i, or y^{(i)} (an index written above, read as a power of a letter);
 * or a sign, (−1)^{𝟙[i ≠ j]}, the ±1 label of a pair made from a test.
 */
function isLabel(e: Expr): boolean {
  if (e.k === 'sym') return !e.transposed && isLabelName(e.name);
  if (e.k !== 'pow') return false;
  if (isMinusOne(e.base)) return !/^\d+$/.test(exprTex(single(e.exp)));
  return e.base.k === 'sym' && e.base.sub === null && isLabelName(e.base.name) && single(e.exp).k === 'sym';
}

const letter = (name: string): Expr => ({ k: 'sym', name, sub: null, subAtoms: null });

/** ŷ, \widehat{y}_i: the accent a prediction wears. */
const isHatted = (e: Expr): boolean => e.k === 'sym' && /^\\(?:hat|widehat)\{/.test(e.name);

/**
 * Two letters the reader took as one word, y before the score's letter: yz is y·z, and
 * yf(x) is y·f(x). Only a label letter before a different single letter is split.
 */
function gluedLabel(e: Expr): Expr[] | null {
  const word = e.k === 'call' ? e.head : e;
  if (word.k !== 'sym' || word.sub !== null || word.transposed || !/^[yt][A-Za-z]$/.test(word.name) || word.name[0] === word.name[1]) return null;
  const rest = letter(word.name[1] as string);
  return [letter(word.name[0] as string), e.k === 'call' ? { ...e, head: rest } : rest];
}

/** y for the product 2·y (a label doubled), else null. */
function doubledLabel(e: Expr): Expr | null {
  const product = single(e);
  if (product.k !== 'mul' || product.factors.length !== 2) return null;
  const [two, label] = product.factors as [Expr, Expr];
  return two.k === 'num' && two.value === 2 && isLabel(label) ? label : null;
}

/**
 * The {0, 1} label y inside 2y − 1 (either order), the ±1 label written from it, as
 * −log σ((2y − 1) z) writes binary cross-entropy on the logit z; else null.
 */
function twiceLessOne(e: Expr): Expr | null {
  const sum = single(e);
  if (sum.k !== 'add' || sum.terms.length !== 2) return null;
  const twice = sum.terms.find((t) => !isMinusOne(t));
  return twice && sum.terms.some(isMinusOne) ? doubledLabel(twice) : null;
}

/** The label y inside 1 − 2y, the negative of the ±1 label, else null. */
function oneLessTwice(e: Expr): Expr | null {
  const twice = complementOf(single(e));
  return twice ? doubledLabel(twice) : null;
}

/** −((1 − 2y) s) → (2y − 1)·s: a negated margin whose label factor is 1 − 2y, the {0, 1} label y and the score. */
function negatedOneLessTwice(inner: Extract<Expr, { k: 'neg' }>): { label: Expr; score: Expr; zeroOne: boolean } | null {
  const product = single(inner.arg);
  if (product.k !== 'mul' || product.factors.length < 2) return null;
  const labels = product.factors.map(oneLessTwice);
  const at = labels.findIndex((label) => label !== null);
  if (at < 0) return null;
  const rest = product.factors.filter((_, i) => i !== at);
  return { label: labels[at] as Expr, score: rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }, zeroOne: true };
}

/**
 * The label factor and the score of a σ argument y·s, or null when no single label factor
 * is there. `zeroOne`: the factor is 2y − 1, so the label y itself is 0 or 1.
 */
export function labelAndScore(arg: Expr): { label: Expr; score: Expr; zeroOne: boolean } | null {
  const inner = single(arg);
  if (inner.k === 'neg') return negatedOneLessTwice(inner);
  const factors = inner.k === 'mul' ? inner.factors : gluedLabel(inner);
  if (!factors || factors.length < 2) return null;
  const candidates = factors.filter((f) => isLabel(f) || twiceLessOne(f) !== null);
  // log(1 + exp(−ŷ·y)): beside the label, a hatted y is the score the model gave, not a second label.
  const labels = candidates.length > 1 ? candidates.filter((f) => !isHatted(f)) : candidates;
  if (labels.length !== 1) return null;
  const factor = labels[0] as Expr;
  const rest = factors.filter((f) => f !== factor);
  const fromZeroOne = twiceLessOne(factor);
  return { label: fromZeroOne ?? factor, score: rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }, zeroOne: fromZeroOne !== null };
}

/** y^{(i)} as written, a letter's sample index above it; else null. */
function indexAboveTex(e: Expr): string | null {
  return e.k === 'pow' && e.base.k === 'sym' && single(e.exp).k === 'sym' ? `${exprTex(e.base)}^{(${exprTex(single(e.exp))})}` : null;
}

/** The score as the page's symbols: wᵀ keeps its transpose, an inner product its brackets. */
function scoreTex(score: Expr): string {
  const factors = score.k === 'mul' ? score.factors : [score];
  const one = (f: Expr): string => {
    if (f.k === 'sym' && f.transposed) return `${exprTex(f)}^\\top`;
    if (f.k === 'big' && f.op === 'sum' && f.body.k === 'mul' && f.body.factors.length === 2) {
      return `\\langle ${f.body.factors.map(one).join(', ')} \\rangle`;
    }
    return indexAboveTex(f) ?? roleTex(f);
  };
  return factors.map(one).join(' ');
}

/** 1/n with no log in n. */
function isReciprocal(e: Expr): boolean {
  return e.k === 'div' && e.num.k === 'num' && e.num.value === 1 && !containsLog(e.den);
}

/** The σ call's argument in log σ(·), else null. */
function sigmoidArgument(term: Term): Expr | null {
  const log = term.logs[0];
  if (!log || term.logs.length !== 1) return null;
  // 1 − σ(u) is σ(−u): log(1 + e^{u}) comes from the softplus rule as −log(1 − σ(u)).
  const complemented = complementOf(single(log.arg));
  const call = single(complemented ?? log.arg);
  if (call.k !== 'call' || headName(call) !== '\\sigma' || call.head.k !== 'sym' || call.head.sub !== null || call.args.length !== 1) return null;
  return complemented ? { k: 'neg', arg: call.args[0] as Expr } : (call.args[0] as Expr);
}

/** The roles of −log σ(y·s) with a ±1 label y, one sample or over the samples, else null. */
export function marginOnLogits(expr: Expr, lossNamed = false): Roles | null {
  const terms = termsOf(expr);
  if (!terms || terms.length !== 1) return null;
  const term = terms[0] as Term;
  // 1/n over a count the term reader keeps as a factor (1/x.nelement()) is a scale like 1/N.
  const scale = [...term.scale, ...term.factors.filter(isReciprocal)];
  if (term.sign !== -1 || scale.length !== term.scale.length + term.factors.length) return null;
  const oneSample = term.bigs.length === 0 && scale.length === 0;
  // Over the samples, or over pairs of them (Σ_i Σ_j, a contrastive loss's every pair with its own label).
  const sums = term.bigs.length <= 2 && term.bigs.every((big) => big.op === 'sum') ? term.bigs : [];
  const samples = sums[0];
  if (!oneSample && !samples) return null;
  const arg = sigmoidArgument(term);
  const found = arg && labelAndScore(arg);
  // L(M) = log(1 + e^{−M}): under a loss's name, one symbol alone is the margin y·s itself.
  if (!found && oneSample && lossNamed && arg && single(arg).k === 'sym') return compactRoles({ prediction: exprTex(single(arg)), activation: 'sigmoid', labels: 'plusMinusOne' });
  if (!found) return null;
  // Over samples, the label is the sample's own: Σ_n runs over the n in y_n. A sum whose index
  // the term never writes (Σ_{n=1}^N log(1 + e^{−y wᵀx})) lost it in the writing; one that
  // indexes only the score (Σ_k log(1 + e^{−y s_k})) runs over something else.
  if (sums.some((sum) => sum.index && !mentions(found.label, sum.index) && mentions(arg, sum.index))) return null;
  const base = term.logs[0]?.base;
  return compactRoles({
    target: indexAboveTex(found.label) ?? (found.label.k === 'pow' && isMinusOne(found.label.base) ? `(-1)^{${exprTex(single(found.label.exp))}}` : exprTex(found.label)),
    prediction: scoreTex(found.score),
    sampleIndex: samples?.index ?? undefined,
    sampleBound: samples?.bound ?? undefined,
    logBase: base === 'other' || base === null ? undefined : base,
    reduction: samples ? (scale.length > 0 ? 'mean' : 'sum') : undefined,
    activation: 'sigmoid',
    labels: found.zeroOne ? undefined : 'plusMinusOne',
  });
}

// Cases from: the logistic loss as course notes write it (log(1 + e^{−y_n wᵀx_n}), averaged
// over N), the margin form in convex-optimisation notes (log(1 + exp(−y⟨w, x_i⟩))),
// PyTorch's SoftMarginLoss docstring (y[i]·x[i] over x.nelement()), and −log σ(y z).
