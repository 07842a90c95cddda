// Tree rule for how far an unbracketed log reaches: in `log q^{y} (1 − q)^{1−y}` the
// reader binds the log to q^{y} alone, but a power followed by its complementary power is
// one Bernoulli likelihood, and the log is of all of it and of the factors written on
// after it (a written-out product q^{y_1}(1 − q)^{1−y_1} ⋯ q^{y_N}(1 − q)^{1−y_N}).
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { complementOf } from '../terms';
import { applyTreeRules, defineTreeRule } from './registry';
import { isDots } from './tree-sums';

/**
 * [log(a^E) | E · log a] · b^{1−E} · F… → log(a^E b^{1−E} F…): a log whose power is followed by
 * the complementary power spans the rest of the product.
 */
export function logSpansComplementaryPowers(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  // A log law may already have turned log q^{y_1} into the product y_1 · log q.
  const factors = node.factors.flatMap((f) => (f.k === 'mul' ? f.factors : [f]));
  for (let at = 0; at < factors.length - 1; at++) {
    const log = factors[at] as Expr;
    const next = factors[at + 1] as Expr;
    if (log.k !== 'log' || next.k !== 'pow') continue;
    const complement = complementOf(next.exp);
    if (!complement) continue;
    let start = at;
    let power: Expr | null = null;
    if (log.arg.k === 'pow' && exprTex(log.arg.exp) === exprTex(complement)) power = log.arg;
    else if (at > 0 && log.arg.k !== 'pow' && exprTex(factors[at - 1] as Expr) === exprTex(complement)) {
      start = at - 1;
      power = { k: 'pow', base: log.arg, exp: factors[at - 1] as Expr };
    }
    if (!power) continue;
    // Dots typed at the end (log a^{y_2}(1 − a)^{1−y_2} … + log …) stand for the terms after it, not a factor.
    const trailingDots = isDots(factors.at(-1) as Expr) ? 1 : 0;
    const tail = factors.slice(at + 1, factors.length - trailingDots);
    const spanned: Expr = { ...log, arg: { k: 'mul', factors: [power, ...tail] } };
    const whole = applyTreeRules(spanned);
    const kept = [...factors.slice(0, start), whole, ...factors.slice(factors.length - trailingDots)];
    return kept.length === 1 ? whole : { k: 'mul', factors: kept };
  }
  return null;
}

defineTreeRule({ name: 'log-spans-complementary-powers', order: 69, apply: logSpansComplementaryPowers });
