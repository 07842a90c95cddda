// kl_divergence: Σ p log(p/q), Σ p (log p − log q), E_p[log p − log q], E_{x∼p}[log p/q],
// the integral, the named forms D_KL(p‖q), KL(p‖q), D(p‖q), and cross-entropy minus
// entropy (H(p, q) − H(p), H_q(p) − H(p)). The denominator must be one distribution other
// than the numerator: Σ p(x,y) log p(x,y)/(p(x)p(y)) (mutual information) is not one.
import type { Expr } from '../expr';
import { callHead, isDistribution, loggedOf, namedDivergence, weightOf } from '../information';
import { compactRoles, defineKind } from '../registry';
import { identityOf, sameDistribution } from '../distributions';
import { logTerm } from '../shapes';
import type { Term } from '../terms';
import { roleTex, termsOf } from '../terms';

/** The distribution a term averages over: its weight, or the E's subscript. */
function weightingOf(term: Term): Expr | null {
  const expectation = term.bigs.find((b) => b.op === 'E');
  if (!expectation) return weightOf(term);
  if (term.factors.length > 0 || !expectation.lower) return null;
  const lower = expectation.lower;
  return lower.k === 'rel' ? (lower.op === '\\sim' ? lower.right : null) : lower;
}

function rolesOf(p: Expr, q: Expr, term?: Term) {
  const base = term?.logs[0]?.base;
  const index = term?.bigs.find((b) => b.op === 'sum')?.index ?? undefined;
  return compactRoles({ target: roleTex(p), prediction: roleTex(q), classIndex: index, logBase: base && base !== 'other' ? base : undefined });
}

/** p log(p/q) summed (every term alike): KL(p‖q). */
function ratioForm(terms: Term[]): ReturnType<typeof rolesOf> | null {
  let found: [Expr, Expr] | null = null;
  for (const term of terms) {
    const logged = loggedOf(term);
    const weight = weightingOf(term);
    if (term.sign !== 1 || !logged || logged.k !== 'div' || !weight) return null;
    const { num, den } = logged;
    if (!isDistribution(den) || !sameDistribution(weight, num) || identityOf(num) === identityOf(den)) return null;
    found ??= [num, den];
  }
  return found ? rolesOf(found[0], found[1], terms[0]) : null;
}

/** p log p − p log q: the two logs of one weighting, the first of the weight itself. */
function differenceForm(terms: Term[]): ReturnType<typeof rolesOf> | null {
  if (terms.length !== 2) return null;
  const plus = terms.find((t) => t.sign === 1);
  const minus = terms.find((t) => t.sign === -1);
  if (!plus || !minus) return null;
  const p = loggedOf(plus);
  const q = loggedOf(minus);
  const wp = weightingOf(plus);
  const wq = weightingOf(minus);
  if (!p || !q || !wp || !wq || !isDistribution(q) || !logTerm(plus) || !logTerm(minus)) return null;
  if (!sameDistribution(wp, p) || !sameDistribution(wq, p) || identityOf(p) === identityOf(q)) return null;
  return rolesOf(p, q, plus);
}

/** H(p, q) − H(p) or H_q(p) − H(p): cross-entropy less entropy. */
function crossEntropyLessEntropy(expr: Expr): ReturnType<typeof rolesOf> | null {
  if (expr.k !== 'add' || expr.terms.length !== 2) return null;
  const [first, second] = expr.terms as [Expr, Expr];
  if (second.k !== 'neg') return null;
  const cross = callHead(first);
  const entropy = callHead(second.arg);
  if (!cross || !entropy || cross.name !== 'H' || entropy.name !== 'H' || entropy.sub !== null || entropy.args.length !== 1) return null;
  const p = entropy.args[0] as Expr;
  if (cross.args.length === 2 && sameDistribution(cross.args[0] as Expr, p)) return rolesOf(p, cross.args[1] as Expr);
  if (cross.args.length === 1 && cross.sub && sameDistribution(cross.args[0] as Expr, p)) return rolesOf(p, { k: 'sym', name: cross.sub, sub: null, subAtoms: null });
  return null;
}

defineKind({
  kind: 'kl_divergence',
  order: 91,
  match(expr) {
    const named = namedDivergence(expr);
    if (named) return named.which === 'kl' ? rolesOf(named.p, named.q) : null;
    const terms = termsOf(expr);
    if (terms && terms.length > 0 && terms.every((t) => t.logs.length === 1)) {
      const found = ratioForm(terms) ?? differenceForm(terms);
      if (found) return found;
    }
    return crossEntropyLessEntropy(expr);
  },
});

// Cases from: the public corpus (F098 Wikipedia's KL, F103 a Unicode chain to H(p, q) − H(p),
// F113 plain text, F214 AsciiMath D_q(p) = H_q(p) − H(p), F258 the expectation forms).
