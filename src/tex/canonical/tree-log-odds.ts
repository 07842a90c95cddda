// Tree rules for the Bernoulli likelihood in its exponential-family form, as statistics
// notes write it: y log(p/(1 − p)) + log(1 − p), the log-odds weighted by the label
// beside the log of the complement, and the likelihood (p/(1 − p))^{y} (1 − p). Both
// are the one form the kinds match: y log p + (1 − y) log(1 − p) and p^{y}(1 − p)^{1−y}. So is the law
// on its natural parameter, log(e^{yz}/(1 + e^{z})) = yz − log(1 + e^{z}).
import type { Expr } from '../expr';
import { exprTex, oneMinus, single } from '../expr';
import { complementOf } from '../terms';
import { applyTreeRules, defineTreeRule } from './registry';
import { pairedInSum, signedTerm } from './term-pairs';
import { onePlusExp } from './tree-sigmoid';
import { labelAndScore } from '../kinds/margin-logits';

const complement = oneMinus;

/** p for the odds p/(1 − p), else null. */
function oddsOf(e: Expr): Expr | null {
  const inner = single(e);
  if (inner.k !== 'div') return null;
  const other = complementOf(single(inner.den));
  return other && exprTex(single(other)) === exprTex(single(inner.num)) ? inner.num : null;
}

/** w log(p/(1 − p)): the weight's factors and the log, or null. */
function weightedLogOdds(term: Expr): { weight: Expr; p: Expr; log: Extract<Expr, { k: 'log' }> } | null {
  const factors = term.k === 'mul' ? term.factors.map(single) : [term];
  const at = factors.findIndex((f) => f.k === 'log' && oddsOf(f.arg) !== null);
  const log = factors[at] as Extract<Expr, { k: 'log' }> | undefined;
  const weight = factors.filter((_f, i) => i !== at);
  if (!log || weight.length === 0 || weight.some((f) => f.k === 'num' || f.k === 'log')) return null;
  return { weight: weight.length === 1 ? (weight[0] as Expr) : { k: 'mul', factors: weight }, p: oddsOf(log.arg) as Expr, log };
}

function pairedInTerms(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  for (const [o, odds] of parts.entries()) {
    const found = weightedLogOdds(odds.body);
    if (!found) continue;
    const c = parts.findIndex((part, i) => i !== o && part.sign === odds.sign && part.body.k === 'log' && exprTex(single(part.body.arg)) === exprTex(complement(found.p)));
    if (c < 0) continue;
    const logOf = (arg: Expr): Expr => ({ ...found.log, arg });
    const bernoulli: Expr = { k: 'add', terms: [{ k: 'mul', factors: [found.weight, logOf(found.p)] }, { k: 'mul', factors: [complement(found.weight), logOf(complement(found.p))] }] };
    const replaced: Expr = odds.sign === 1 ? bernoulli : { k: 'neg', arg: bernoulli };
    const rest = terms.filter((_t, i) => i !== o && i !== c);
    return rest.length === 0 ? replaced : { k: 'add', terms: [replaced, ...rest] };
  }
  return null;
}

/** y log(p/(1 − p)) + log(1 − p) → y log p + (1 − y) log(1 − p), signed as written (also over Σ_i). */
export function logOddsBesideComplement(node: Expr): Expr | null {
  return node.k === 'add' && node.terms.length >= 2 ? pairedInSum(node.terms, pairedInTerms) : null;
}

/** (p/(1 − p))^{y} (1 − p) → p^{y} (1 − p)^{1 − y}. */
export function oddsPowerBesideComplement(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2) return null;
  const at = node.factors.findIndex((f) => f.k === 'pow' && oddsOf(f.base) !== null);
  const power = node.factors[at] as Extract<Expr, { k: 'pow' }> | undefined;
  if (!power || single(power.exp).k === 'num') return null;
  const p = oddsOf(power.base) as Expr;
  const c = node.factors.findIndex((f, i) => i !== at && exprTex(single(f)) === exprTex(complement(p)));
  if (c < 0) return null;
  const factors = node.factors.map((f, i) => (i === at ? { k: 'pow' as const, base: p, exp: power.exp } : i === c ? { k: 'pow' as const, base: complement(p), exp: complement(power.exp) } : f));
  return { k: 'mul', factors };
}

/**
 * log(e^{y z} / (1 + e^{z})) → y z − log(1 + e^{z}): the Bernoulli law on its natural parameter z,
 * p(y) = e^{yz}/(1 + e^{z}), logged; the label times the same z stands in the numerator's exponent.
 */
export function naturalParameterLog(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const ratio = single(node.arg);
  if (ratio.k !== 'div' || single(ratio.num).k !== 'exp') return null;
  const z = onePlusExp(ratio.den);
  const exponent = (single(ratio.num) as Extract<Expr, { k: 'exp' }>).arg;
  const found = z ? labelAndScore(exponent) : null;
  if (!z || !found || exprTex(single(found.score)) !== exprTex(single(z))) return null;
  // The new log(1 + e^{z}) is a node the walk has not seen: its own rules (the softplus) run on it here.
  return { k: 'add', terms: [{ k: 'mul', factors: [found.label, found.score] }, { k: 'neg', arg: applyTreeRules({ ...node, arg: ratio.den }) }] };
}

defineTreeRule({ name: 'log-odds-beside-complement', order: 66, apply: logOddsBesideComplement });
defineTreeRule({ name: 'odds-power-beside-complement', order: 67, apply: oddsPowerBesideComplement });
defineTreeRule({ name: 'natural-parameter-log', order: 65.5, apply: naturalParameterLog });
