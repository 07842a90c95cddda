// ce_expectation: -E_{x~p}[log q(x)], E_p[-log q], -∫ p(x) log q(x) dx, and over a
// data set -E_{(x,y)~D}[log p_θ(y | x)], E_{x~p_data}[-log p_model(x)]; with no law written,
// E[-log p̂(Y | X)] of a model's prediction of the label (an accent or a parameter subscript).
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { compactRoles, defineKind } from '../registry';
import { loggedOf } from '../information';
import { logSumShape } from '../shapes';
import { isWordPart, subscriptParts } from '../selectors';
import { numberValue } from '../shapes-numeric';
import { headName, roleTex, termsOf } from '../terms';

/** The distribution an expectation is over: p in E_p, E_{x∼p}, E_{p(x)}. */
function distributionOf(lower: Expr | null): Expr | null {
  if (!lower) return null;
  if (lower.k === 'rel') return lower.op === '\\sim' ? lower.right : null;
  // E_{q(z, c | x)}: the comma inside the law's brackets parted it; the law is the call it opens.
  if (lower.k === 'fn' && lower.name === 'tuple' && lower.args[0]?.k === 'call') return lower.args[0];
  return lower;
}

/** The law's name: the head of a law written with its arguments, q(z, c | x) → q. */
const lawName = (law: Expr): Expr => (law.k === 'call' ? law.head : law);

/**
 * p and P(x), p and p_θ, q(z, c | x) and q(z | x): one distribution (a marginal or a conditional
 * of it is still its own); p_{data} and p_{model}, p and q: two.
 */
function sameDistribution(a: string, b: string): boolean {
  const [headA, ...subA] = a.split('_');
  const [headB, ...subB] = b.split('_');
  if (headA?.toLowerCase() !== headB?.toLowerCase()) return false;
  return subA.length === 0 || subB.length === 0 || subA.join('_') === subB.join('_');
}

/** Subscripts that name a model's parameters or the model itself: p_θ, q_φ, p_w, p_{model}. */
const MODEL_SUBSCRIPT = /^(?:\\theta|\\phi|\\varphi|\\psi|w|W|\\mathbf\{[wW]\}|\\boldsymbol\{\\theta\}|(?:\\(?:text|mathrm)\{)?model\}?)$/;

/**
 * E_{x∼p_{true}}[−ln p(x | θ)]: the law named by a word (p_{data}, p_{wahr}) and the model of the
 * same letter given its parameters are two distributions, the data's and the model's.
 */
function modelAgainstNamedLaw(law: Expr, logged: Expr | null): boolean {
  const named = law.k === 'sym' && law.sub !== null && subscriptParts(law.sub).some(isWordPart);
  const given = logged?.k === 'call' && logged.head.k === 'sym' && logged.head.sub === null && logged.args.slice(1).some((arg) => arg.k === 'sym' && arg.sub === null && MODEL_SUBSCRIPT.test(arg.name));
  return named && given;
}

/**
 * A model's probability of the target given the input: p̂(y | x), P̃(Y | X), p_θ(y | x) — a call
 * of two or more arguments whose head carries an estimate's accent or a parameter subscript.
 * Under an expectation with no law written, the law is the data's, and what is averaged is
 * the model's log-loss: a cross-entropy (E[−log p(Y | X)] of the data's own law is an entropy).
 */
function isModelOfTarget(e: Expr | null): boolean {
  if (!e || e.k !== 'call' || e.args.length < 2 || e.head.k !== 'sym') return false;
  const head = e.head;
  return /^\\(?:hat|widehat|tilde|widetilde)\{/.test(head.name) || (head.sub !== null && MODEL_SUBSCRIPT.test(head.sub));
}

/** E_{x,y}: the lower limit only names the variables averaged over (the call's arguments), no law. */
function namesOnlyVariables(lower: Expr | null, logged: Expr | null): boolean {
  if (!lower) return true;
  if (!logged || logged.k !== 'call') return false;
  const args = logged.args.map((a) => exprTex(a));
  const names = lower.k === 'fn' && lower.name === 'tuple' ? lower.args : [lower];
  return names.every((n) => n.k === 'sym' && args.includes(exprTex(n)));
}

/** The one term's logged expression, when the formula is a single log term. */
function loggedExpression(expr: Expr): Expr | null {
  const terms = termsOf(expr);
  return terms && terms.length === 1 ? loggedOf(terms[0] as Parameters<typeof loggedOf>[0]) : null;
}

defineKind({
  kind: 'ce_expectation',
  order: 35,
  match(expr, context) {
    const shape = logSumShape(expr, context);
    if (!shape || shape.sign !== -1 || shape.ratio || shape.softmax || shape.bigs.length !== 1) return null;
    const big = shape.bigs[0];
    if (!big || (big.op !== 'E' && big.op !== 'int')) return null;
    // E_{x∼p}[−log 2]: the log of a constant, no distribution's (a GAN's value at its optimum).
    if (termsOf(expr)?.every((term) => term.logs.every((log) => numberValue(log.arg) !== null))) return null;
    let target = shape.target;
    if (big.op === 'E') {
      if (shape.target) return null;
      const distribution = distributionOf(big.lower);
      // E[−log p̂(Y | X)]: no law written, the data's law is meant, and a model's prediction of the target is scored.
      const logged = loggedExpression(expr);
      if (isModelOfTarget(logged) && namesOnlyVariables(big.lower, logged)) {
        return compactRoles({ prediction: shape.prediction, logBase: shape.base ?? undefined });
      }
      if (!distribution) return null;
      // E_{x∼P}[log p(x)]: the same distribution in another letter case (P its law, p its density) is an entropy.
      // p_{data} and p_{model} are two distributions: the subscripts, when both are written, tell them apart.
      const law = lawName(distribution);
      if (sameDistribution(roleTex(law), shape.prediction) && !modelAgainstNamedLaw(law, logged)) return null;
      target = roleTex(distribution);
      // E_{x∼P}[−log Q(x)]: the variable drawn from the law runs over the outcomes, as x does in −Σ_x P(x) log Q(x).
      const drawn = big.lower?.k === 'rel' && big.lower.op === '\\sim';
      const outcome = drawn && big.index !== null && /^[a-z]$/.test(big.index) ? big.index : undefined;
      return compactRoles({ target, prediction: shape.prediction, classIndex: outcome, logBase: shape.base ?? undefined });
    } else if (!target || shape.sameSymbol || sameDistribution(target, shape.prediction)) return null;
    // −∫ p(x, y) log p(y | x): one distribution, joint and conditional, is a conditional entropy.
    return compactRoles({ target: target ?? undefined, prediction: shape.prediction, logBase: shape.base ?? undefined });
  },
});

// Cases from: 3seoksw.github.io cross-entropy post, datumorphism cross-entropy card,
// note.com explainer, Marp lecture slides, generative-models notes (corpus F067–F259).
