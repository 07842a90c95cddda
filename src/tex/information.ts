// What the information-family kinds (kinds/entropy.ts, kl-divergence.ts, js-divergence.ts)
// share: what a log and its weight are taken of, and the named forms D_KL(p‖q), KL(p‖q),
// D(p‖q), JS(p‖q). Whether two of them are one distribution is selectors.ts's
// sameDistribution (at the same point: H(Y|X)'s p(x,y)·log p(y|x) is not p(x)·log p(x)).
import type { Expr } from './expr';
import { single } from './expr';
import { sameDistribution } from './distributions';
import type { Term } from './terms';
import { headName, withoutMeasure } from './terms';

/** The distribution a log is taken of, looking through log(1/p) = −log p. */
export function loggedOf(term: Term): Expr | null {
  const log = term.logs[0];
  if (!log) return null;
  const arg = single(log.arg);
  if (arg.k === 'div' && arg.num.k === 'num' && arg.num.value === 1) return single(arg.den);
  return arg;
}

/** The one factor weighting a term's log (measures dropped), or null when there is not exactly one. */
export function weightOf(term: Term): Expr | null {
  const factors = (term.bigs.some((b) => b.op === 'int') ? withoutMeasure(term.factors) : term.factors).map(single);
  return factors.length === 1 ? (factors[0] as Expr) : null;
}

/** A single distribution symbol or call (q, q(x), Q_i), not a product, sum or number. */
export function isDistribution(e: Expr): boolean {
  const inner = single(e);
  return inner.k === 'sym' || inner.k === 'call';
}

// A bare D(p, q) may be any distance; the divergences are named by KL or JS.
const DIVERGENCE_NAMES: Record<string, 'kl' | 'js'> = { KL: 'kl', JS: 'js', JSD: 'js', 'D_{KL}': 'kl', 'D_{JS}': 'js' };

/** D_KL(p‖q), KL(p‖q), \mathrm{KL}(p‖q), JS(p‖q), D_{JS}(p‖q), JSD(p‖q): which, and p and q. */
export function namedDivergence(e: Expr): { which: 'kl' | 'js'; p: Expr; q: Expr } | null {
  const inner = single(e);
  if (inner.k !== 'call' || inner.args.length !== 2 || inner.head.k !== 'sym') return null;
  const head = inner.head;
  const name = head.name.replace(/^\\(?:mathrm|operatorname|text|mathcal)\{(.*)\}$/, '$1');
  const sub = (head.sub ?? '').replace(/\\(?:text|mathrm|operatorname)\{(.*)\}/, '$1').replace(/[{}]/g, '');
  const which = DIVERGENCE_NAMES[sub ? `${name}_{${sub}}` : name];
  if (!which) return null;
  const [p, q] = inner.args as [Expr, Expr];
  return isDistribution(p) && isDistribution(q) ? { which, p, q } : null;
}

/** The name of the head of a call such as H(p) or H_q(p): H with its subscript, or null. */
export function callHead(e: Expr): { name: string; sub: string | null; args: Expr[] } | null {
  const inner = single(e);
  if (inner.k !== 'call' || inner.head.k !== 'sym') return null;
  return { name: headName(inner.head) ?? '', sub: inner.head.sub, args: inner.args };
}

/**
 * H(p) + D_KL(p‖q) (either order): the decomposition of the cross-entropy H(p, q), which
 * is what the sum is. The entropy's distribution must be the divergence's first.
 */
export function entropyPlusDivergence(e: Expr): { p: Expr; q: Expr } | null {
  const inner = single(e);
  if (inner.k !== 'add' || inner.terms.length !== 2) return null;
  for (const [first, second] of [inner.terms, [...inner.terms].reverse()] as [Expr, Expr][]) {
    const entropy = callHead(first);
    const divergence = namedDivergence(second);
    if (!entropy || !divergence || divergence.which !== 'kl') continue;
    if (entropy.name !== 'H' || entropy.sub !== null || entropy.args.length !== 1) continue;
    if (sameDistribution(entropy.args[0] as Expr, divergence.p)) return { p: divergence.p, q: divergence.q };
  }
  return null;
}

