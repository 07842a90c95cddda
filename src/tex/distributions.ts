// Which written symbols are one distribution: a symbol's identity (y_{true,i} and y_{pred,i} are
// two symbols, p_i and p_j one), one law in two letter cases (p(x|y), P(x|y)), a joint and its
// marginal (p(x,y), p(y)), and superscripts that label two distributions apart (p^t, p^s).
// The kinds ask it whether a weight and a log's argument are the same (an entropy) or two (a
// cross-entropy).
import type { Expr } from './expr';
import { exprTex, sameTree, single } from './expr';
import { isNamingPart, subscriptOf, subscriptParts } from './selectors';
import { headName } from './terms';

/** The symbol an expression is: its name with the naming parts of its subscript. */
export function identityOf(e: Expr): string | null {
  const head = headName(e);
  if (head === null) return null;
  let sym: Expr = e;
  while (sym.k === 'call' || sym.k === 'pow' || (sym.k === 'mul' && sym.factors.length === 1)) {
    sym = sym.k === 'call' ? sym.head : sym.k === 'pow' ? sym.base : (sym.factors[0] as Expr);
  }
  const naming = sym.k === 'sym' ? subscriptParts(sym.sub).filter(isNamingPart).sort() : [];
  return [head, ...naming].join('|');
}

/**
 * p(x|y) and P(x|y): one letter in two cases at the same written point is one law (its
 * density and its probability), as −Σ p(x|y) log P(x|y) writes a conditional entropy. Bare
 * letters p and P stay two distributions: only the point written out ties them.
 */
export function oneLawInTwoCases(a: Expr, b: Expr): boolean {
  if (labelledApart(a, b)) return false;
  const [ca, cb] = [single(a), single(b)];
  if (ca.k !== 'call' || cb.k !== 'call' || ca.head.k !== 'sym' || cb.head.k !== 'sym') return false;
  const [ha, hb] = [ca.head, cb.head];
  if (ha.name === hb.name || ha.name.toLowerCase() !== hb.name.toLowerCase() || !/^[A-Za-z]$/.test(ha.name) || ha.sub !== hb.sub) return false;
  const point = (e: typeof ca) => e.args.map(exprTex).join(',');
  return ca.args.length > 0 && point(ca) === point(cb);
}

/**
 * Whether two expressions are one distribution. Under sums (`running`: the indices they
 * bind) a weight and a log's argument are one when they are the same symbol with the same
 * subscript outside those indices (−Σ p_i log p_i, an entropy; y_t and y_p, p_1 and p_2
 * are two distributions of one letter). Without sums, a call must also be at the same
 * point: p(x) and p(x), not p(x,y) and p(y|x).
 */
export function sameDistribution(a: Expr, b: Expr, running: readonly string[] | null = null): boolean {
  if (labelledApart(a, b)) return false;
  // −Σ_k f_k log f_k is an entropy whatever f is written as (a binomial's C(n,k) p^k (1 − p)^{n−k}): the same tree, arguments and all.
  if (isComposite(single(a)) && sameTree(a, b)) return true;
  if (oneLawInTwoCases(a, b)) return true;
  if (isMarginalOf(b, a)) return true;
  // P(y | x) and P(y | x; θ): the data's and the model's, conditioned on its parameters too.
  if (argumentCount(a) > 0 && argumentCount(b) > 0 && argumentCount(a) !== argumentCount(b)) return false;
  const identity = identityOf(a);
  if (identity === null || identity !== identityOf(b)) return false;
  if (running === null) return pointOf(a) === pointOf(b);
  const free = (e: Expr) => subscriptParts(subscriptOf(e)).filter((part) => !running.includes(part)).join(',');
  return free(a) === free(b);
}

/** p(y) beside p(x, y): the same letter at one of the joint's own variables, its marginal (the chain rule of entropy). */
function isMarginalOf(marginal: Expr, joint: Expr): boolean {
  const [m, j] = [single(marginal), single(joint)];
  if (m.k !== 'call' || j.k !== 'call' || m.args.length !== 1 || j.args.length < 2 || identityOf(m) === null || identityOf(m) !== identityOf(j)) return false;
  const variable = (e: Expr) => { const v = single(e); return v.k === 'sym' && v.sub === null && /^[a-z]$/.test(v.name) ? v.name : null; };
  const own = j.args.map(variable);
  const at = variable(m.args[0] as Expr);
  return own.every((v) => v !== null) && at !== null && own.includes(at);
}

/** A product, power or fraction: what identityOf, made for symbols and calls, cannot name. */
function isComposite(e: Expr): boolean {
  return e.k === 'mul' || e.k === 'pow' || e.k === 'div';
}

/** How many arguments a call takes (the outcome, what it is conditioned on, a model's parameters); 0 for a symbol. */
function argumentCount(e: Expr): number {
  const inner = single(e);
  return inner.k === 'call' ? inner.args.length : 0;
}

/** A call's arguments as text (p(x,y) and p(y|x) differ here, where identityOf sees only p); '' for a symbol. */
function pointOf(e: Expr): string {
  const inner = single(e);
  return inner.k === 'call' ? inner.args.map(exprTex).join(',') : '';
}

/** Superscripts that are not labels: a transpose, and a sample index in brackets (y^{(i)}). */
const NOT_A_LABEL = /^(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\}|\(.*\))$/;

/** The label a superscript puts on a symbol (t in p^t_k, teacher in q^{teacher}(x)), or null: none, a number, a transpose, a sample index. */
export function superscriptLabel(e: Expr): string | null {
  let at = single(e);
  while (at.k === 'call' || (at.k === 'mul' && at.factors.length === 1)) at = single(at.k === 'call' ? at.head : (at.factors[0] as Expr));
  if (at.k !== 'pow' || headName(at.base) === null) return null;
  const exponent = single(at.exp);
  if (exponent.k === 'num') return null;
  const text = exprTex(exponent);
  return NOT_A_LABEL.test(text) ? null : text;
}

/**
 * p^t_k and p^s_k, q^{T}(x) and q^{S}(x): one letter labelled by two different superscripts
 * is two distributions (a teacher's and a student's), whatever the letter and subscript say.
 */
export function labelledApart(a: Expr, b: Expr): boolean {
  const [la, lb] = [superscriptLabel(a), superscriptLabel(b)];
  return la !== null && lb !== null && la !== lb;
}
