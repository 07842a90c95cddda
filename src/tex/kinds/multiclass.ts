// ce_multiclass: E = -Σ_k t_k log y_k for one sample — also its one-hot
// reductions (-log p_{y}), the reciprocal form Σ p log(1/q), the indicator and
// Kronecker-delta targets, a written-out sum of terms, −log Π_k y_k^{t_k}, and the
// same with numbers only (−[0·ln 0.2 + 1·ln 0.5 + 0·ln 0.3]).
import { EPSILONS } from '../canonical/tree-sums';
import { entropyPlusDivergence } from '../information';
import { compactRoles, defineKind } from '../registry';
import { logSumShape } from '../shapes';
import { isNumericEntropy, isSumOfNegativeLogs, numericLogSum, numericTargetLogSum } from '../shapes-numeric';
import type { Expr } from '../expr';
import { single } from '../expr';
import { roleTex, termsOf, type Term } from '../terms';
import { powerProduct } from './likelihood-product';
import { meanOverClasses } from './multiclass-batch';

defineKind({
  kind: 'ce_multiclass',
  order: 50,
  match(expr, context) {
    // H(p) + D_KL(p‖q): the cross-entropy written as its decomposition.
    const decomposed = entropyPlusDivergence(expr);
    if (decomposed) return compactRoles({ target: roleTex(decomposed.p), prediction: roleTex(decomposed.q) });
    // −log Π_k y_k^{t_k}: the negative log of the likelihood.
    if (expr.k === 'neg' && expr.arg.k === 'log') {
      const product = powerProduct(expr.arg.arg);
      if (product && product.sampleIndex === undefined) return compactRoles(product);
    }
    // Numbers only: weights over the logs of other numbers.
    const numeric = numericLogSum(expr);
    // −½(log 0.777 + log 0.090): the mean of samples' one-hot losses, a batch (named as a loss, the chain says so).
    if (numeric) return isNumericEntropy(numeric, context.lossNamed) || numeric.binary || isSumOfNegativeLogs(expr) ? null : compactRoles({ logBase: numeric.base ?? undefined });
    // A target distribution written as numbers over the prediction's symbols: −(0.5 ln q_1 + 0.3 ln q_2 + 0.2 ln q_3).
    const soft = numericTargetLogSum(expr);
    if (soft) return soft.binary ? null : compactRoles({ logBase: soft.base ?? undefined });
    const shape = logSumShape(expr, context);
    if (!shape || shape.sign !== -1 || shape.sameSymbol || shape.ratio || shape.softmax) return null;
    if (shape.bigs.length > 1 || shape.bigs.some((b) => b.op !== 'sum') || (shape.scaled && !meanOverClasses(shape))) return null;
    // Without a sum, −t log(1 + x) is not a cross-entropy: the log must be of a probability.
    if (shape.bigs.length === 0 && !shape.predictionIsSymbol) return null;
    // Nor is a count times the log of a constant (−N log ε): arithmetic on a bound, not a target's weight.
    if (shape.bigs.length === 0 && (isCountLetter(shape.target) || isSmallConstant(shape.prediction))) return null;
    // Nor −(n/2) log(2πσ²): a Gaussian's normaliser, the log of no probability.
    if (shape.bigs.length === 0 && termsOf(expr)?.some((term) => term.logs.some((log) => isNormaliser(log.arg)))) return null;
    // Nor a bare letter times the log of a bare letter under a name that is no loss (F = −k_B T ln Z,
    // G = −RT ln K): with no sum, no index, no estimate's mark, nothing says either is a distribution.
    if (context.namedOtherwise && shape.bigs.length === 0 && !shape.expanded && termsOf(expr)?.length === 1 && isBareTerm(termsOf(expr)![0]!)) return null;
    const sum = shape.bigs[0];
    // −log p_k with no sum: the one-hot collapse, whose class index is the true class k itself.
    const collapsed = !sum && !shape.target && !shape.softmax ? shape.label ?? undefined : undefined;
    // S(t) = −log₂ p_t: a quantity of the outcome t itself is its information content, not a loss at a true class.
    if (collapsed !== undefined && context.namedAt === collapsed) return null;
    // I = −log₂ p_{event}: under an information's name, the one-hot collapse is an outcome's surprisal.
    if (collapsed !== undefined && context.selfInformationNamed) return null;
    return compactRoles({
      target: shape.target ?? shape.label ?? undefined,
      prediction: shape.prediction,
      classIndex: sum?.index ?? (sum ? shape.argumentIndex ?? undefined : collapsed),
      classBound: sum?.bound ?? undefined,
      weight: shape.weight ?? undefined,
      logBase: shape.base ?? undefined,
    });
  },
});

/** The letters a page counts with (samples, classes): a weight that is one of them is not a target. */
const COUNT_LETTERS: ReadonlySet<string> = new Set(['N', 'M', 'K', 'n', 'm']);
/** ε (the stability constant's names) and δ stand for small constants, never a model's prediction. */
const SMALL_CONSTANTS: ReadonlySet<string> = new Set([...EPSILONS, '\\delta']);

/** 2πσ², 2π: a product holding π or a whole number above one, which no probability is. */
function isNormaliser(e: Expr): boolean {
  const inner = single(e);
  const factors = inner.k === 'mul' ? inner.factors.map(single) : [inner];
  return factors.some((f) => (f.k === 'sym' && f.name === '\\pi') || (f.k === 'num' && f.value >= 2));
}

/** A plain letter or letters side by side (T, kT): no index, accent, argument or transpose (not y_k, ŷ, y^⊤). */
function isPlainLetter(e: Expr): boolean {
  return e.k === 'sym' && e.sub === null && !e.transposed && /^(?:[A-Za-z]{1,3}|\\[a-zA-Z]+)$/.test(e.name);
}

/** One term whose factors and log argument are all plain letters (−k_B T ln Z reads k_B as a weight, still plain). */
function isBareTerm(term: Term): boolean {
  const log = term.logs[0];
  // The log of a letter, or of a partition sum (−kT ln Σ_i e^{−E_i/kT}).
  if (term.logs.length !== 1 || !log || !(isPlainLetter(single(log.arg)) || single(log.arg).k === 'big')) return false;
  const factors = term.factors.flatMap((f) => (f.k === 'mul' ? f.factors : [f])).map(single);
  return factors.length > 0 && factors.every((f) => isPlainLetter(f) || (f.k === 'sym' && /^[A-Za-z]$/.test(f.name) && f.sub !== null && /^[A-Z]$/.test(f.sub)));
}

function isCountLetter(tex: string | null | undefined): boolean {
  return tex !== null && tex !== undefined && COUNT_LETTERS.has(tex.trim());
}

function isSmallConstant(tex: string | null | undefined): boolean {
  return tex !== null && tex !== undefined && SMALL_CONSTANTS.has(tex.trim());
}

// Cases from: the Qualiteg series (seed), bfortuner/ml-glossary loss_functions.rst,
// d2l-ai/d2l-en softmax-regression.md, datumorphism cross-entropy card,
// bpanthi977.com braindump, Szegedy et al. label-smoothing notes (corpus F001–F263).
