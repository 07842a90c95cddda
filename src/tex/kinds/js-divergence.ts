// js_divergence: JS(p‖q) = ½ D_KL(p‖m) + ½ D_KL(q‖m) with the mixture m = ½(p + q), and
// the named forms JS(p‖q), D_JS(p‖q), JSD(p‖q).
import type { Expr } from '../expr';
import { namedDivergence } from '../information';
import { sameDistribution } from '../distributions';
import { compactRoles, defineKind } from '../registry';
import { roleTex } from '../terms';

/** ½ D_KL(a‖m) (or D_KL(a‖m)/2): the divergence inside, or null. */
function halfDivergence(term: Expr): ReturnType<typeof namedDivergence> {
  const factors = term.k === 'mul' ? term.factors : term.k === 'div' && term.den.k === 'num' && term.den.value === 2 ? [term.num] : [term];
  const half = (f: Expr) => (f.k === 'num' && f.value === 0.5) || (f.k === 'div' && f.num.k === 'num' && f.num.value === 1 && f.den.k === 'num' && f.den.value === 2);
  const rest = term.k === 'mul' ? factors.filter((f) => !half(f)) : factors;
  if (term.k === 'mul' && rest.length !== factors.length - 1) return null;
  return rest.length === 1 ? namedDivergence(rest[0] as Expr) : null;
}

defineKind({
  kind: 'js_divergence',
  order: 92,
  match(expr) {
    const named = namedDivergence(expr);
    if (named) return named.which === 'js' ? compactRoles({ target: roleTex(named.p), prediction: roleTex(named.q) }) : null;
    if (expr.k !== 'add' || expr.terms.length !== 2) return null;
    const [a, b] = expr.terms.map(halfDivergence);
    if (!a || !b || a.which !== 'kl' || b.which !== 'kl' || !sameDistribution(a.q, b.q) || sameDistribution(a.p, b.p)) return null;
    return compactRoles({ target: roleTex(a.p), prediction: roleTex(b.p) });
  },
});

// Cases: the textbook definition with its mixture (Wikipedia's Jensen–Shannon divergence,
// scipy.spatial.distance.jensenshannon's docstring) and its named forms.
