// ce_binary: -[t log y + (1 − t) log(1 − y)], bracketed or written -a − b.
import { compactRoles, defineKind } from '../registry';
import type { MatchContext } from '../selectors';
import { binaryShape, logBase } from '../shapes';
import { isNumericEntropy, numericLogSum, numericTargetLogSum } from '../shapes-numeric';
import type { Expr } from '../expr';
import { sameTree, single } from '../expr';
import { headName, isComplementOf, mentions, roleTex, termsOf, type Term } from '../terms';
import type { Roles } from '../types';

/** `letter_index` with the subscript typed as one (p_t), not an entry picked by brackets (p[t]). */
function isSubscripted(e: Expr, letter: string, index: string): boolean {
  const symbol = single(e);
  return symbol.k === 'sym' && symbol.name === letter && symbol.sub === index && symbol.subAtoms !== null;
}

/**
 * −log p_t, −α_t log p_t: focal loss's notation for the binary loss, p_t being p where y = 1 and
 * 1 − p where y = 0 (and α_t likewise). Another letter (ŷ_t) or p's entry picked by brackets (p[t])
 * is the true class's output, one-hot; so is p_t where the chain takes t as an argument
 * (NLL(t, p) = −log p_t) or is a quantity of the outcome t (S(t) = −log p_t).
 */
function focalNotation(expr: Expr, context: MatchContext): Roles | null {
  if (context.labels.has('t') || context.namedAt === 't') return null;
  const terms = termsOf(expr);
  const term = terms?.length === 1 ? terms[0] : undefined;
  const log = term?.logs.length === 1 ? term.logs[0] : undefined;
  if (!term || !log || term.sign !== -1 || term.bigs.length > 0 || term.scale.length > 0 || term.factors.length > 1) return null;
  const weight = term.factors[0];
  if ((weight && !isSubscripted(weight, '\\alpha', 't')) || !isSubscripted(log.arg, 'p', 't')) return null;
  return compactRoles({ prediction: 'p_t', weight: weight ? roleTex(weight) : undefined, logBase: logBase(term) ?? undefined });
}

/**
 * −[y log P(correct order) + (1 − y) log P(reversed order)]: one probability function at the two outcomes the label
 * chooses between, y weighting one and 1 − y the other; whatever the outcomes are called, it is the binary loss.
 */
function twoNamedOutcomes(expr: Expr): Roles | null {
  const terms = termsOf(expr);
  if (!terms || terms.length !== 2 || terms.some((t) => t.sign !== -1 || t.bigs.length > 0 || t.scale.length > 0 || t.logs.length !== 1 || t.factors.length !== 1)) return null;
  const [first, second] = terms as [Term, Term];
  const [a, b] = [single((first.logs[0] as Extract<Expr, { k: 'log' }>).arg), single((second.logs[0] as Extract<Expr, { k: 'log' }>).arg)];
  if (a.k !== 'call' || b.k !== 'call' || a.args.length !== 1 || b.args.length !== 1 || headName(a) === null || headName(a) !== headName(b) || sameTree(a.args[0] as Expr, b.args[0] as Expr)) return null;
  // f(1) and f(0): a function at two numbers is two values of it, no outcomes named.
  if ([a, b].some((call) => single(call.args[0] as Expr).k === 'num')) return null;
  const [t, other] = [first.factors[0] as Expr, second.factors[0] as Expr];
  const label = isComplementOf(other, t) ? t : isComplementOf(t, other) ? other : null;
  if (!label || mentions(a, headName(label) ?? '') || mentions(b, headName(label) ?? '')) return null;
  return compactRoles({ target: roleTex(label), prediction: roleTex(label === t ? a : b), logBase: logBase(first) ?? undefined });
}

defineKind({
  kind: 'ce_binary',
  order: 30,
  match(expr, context) {
    const focal = focalNotation(expr, context);
    if (focal) return focal;
    // Numbers only, one sample: −(1·log 0.8 + 0·log(1 − 0.8)).
    const numeric = numericLogSum(expr);
    if (numeric?.binary) return isNumericEntropy(numeric, context.lossNamed) || numeric.batch ? null : compactRoles({ logBase: numeric.base ?? undefined });
    // A soft target as numbers over q and 1 − q: −(0.7 log q + 0.3 log(1 − q)).
    const soft = numericTargetLogSum(expr);
    if (soft?.binary) return compactRoles({ prediction: soft.prediction ?? undefined, logBase: soft.base ?? undefined });
    const shape = binaryShape(expr);
    if (!shape) return twoNamedOutcomes(expr);
    if (shape.sign !== -1 || shape.sameSymbol || shape.bigs.length !== 0 || shape.scaled) return null;
    // One sample's loss, l_i = −[y_i log f(x_i) + …]: the index both carry names the sample.
    return compactRoles({ target: shape.target, prediction: shape.prediction,
      weight: shape.weight ?? undefined, logBase: shape.base ?? undefined, sampleIndex: shape.sharedIndex ?? undefined });
  },
});

// Cases from: bfortuner/ml-glossary loss_functions.rst, cs.stackexchange 74214,
// Wikipedia "Loss functions for classification" (wikitext diffs) (corpus F090–F268).
