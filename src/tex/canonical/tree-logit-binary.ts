// Tree rules for binary cross-entropy written on the logit x straight from the label y,
// as library docs give it to avoid overflow: log(1 + e^{x}) − x y, x − x y + log(1 + e^{−x})
// and max(x, 0) − x y + log(1 + e^{−|x|}). All are −[y log σ(x) + (1 − y) log(1 − σ(x))]
// (since x = log σ(x) − log(1 − σ(x))), the one binary form the kinds match.
// The softplus rule (tree-sigmoid.ts) has already made log(1 + e^{∓x}) into −log σ(±x).
import type { Expr } from '../expr';
import { exprTex, sameExpr, single, spelledSigmoidLogit } from '../expr';
import { complementOf, headName } from '../terms';
import { defineTreeRule } from './registry';
import { signedTerm } from './term-pairs';
import { sigmoidOf } from './tree-sigmoid';

const ONE: Expr = { k: 'num', value: 1, text: '1' };
const negated = (e: Expr): Expr => ({ k: 'neg', arg: e });
const complement = (e: Expr): Expr => ({ k: 'add', terms: [ONE, negated(e)] });

/** The argument of σ(x), or null. */
function sigmoidArgument(e: Expr): Expr | null {
  const inner = single(e);
  return inner.k === 'call' && headName(inner) === '\\sigma' && inner.args.length === 1 ? single(inner.args[0] as Expr) : null;
}

/** The σ call of a softplus term's log: log σ(x) or log(1 − σ(x)). */
function sigmoidInLog(arg: Expr): Expr {
  const inner = single(arg);
  return inner.k === 'add' && inner.terms.length === 2 && inner.terms[1]?.k === 'neg' ? inner.terms[1].arg : inner;
}

/**
 * A term as ± softplus(±x): log σ(x) is −softplus(−x), log(1 − σ(x)) is −softplus(x)
 * (the softplus rule has written log(1 + e^{∓x}) so). `negated` marks softplus(−x).
 */
function softplusTerm(term: Expr): { sign: 1 | -1; x: Expr; negated: boolean; spelled: boolean } | null {
  const { sign, body: core } = signedTerm(term);
  if (core.k !== 'log') return null;
  const spelled = spelledSigmoidLogit(sigmoidInLog(core.arg)) !== null;
  const positive = sigmoidArgument(core.arg);
  if (positive) return { sign: (-sign) as 1 | -1, x: positive, negated: true, spelled };
  const arg = single(core.arg);
  if (arg.k !== 'add' || arg.terms.length !== 2) return null;
  const [one, minus] = arg.terms as [Expr, Expr];
  const x = one.k === 'num' && one.value === 1 && minus.k === 'neg' ? sigmoidArgument(minus.arg) : null;
  return x ? { sign: (-sign) as 1 | -1, x, negated: false, spelled } : null;
}

const withSign = (sign: 1 | -1, e: Expr): Expr => (sign === 1 ? e : negated(e));

/** x for |x|, written with bars or as abs(x). */
function absoluteOf(e: Expr): Expr | null {
  const inner = single(e);
  if (inner.k === 'call' && headName(inner) === 'abs' && inner.args.length === 1) return inner.args[0] as Expr;
  if (inner.k === 'fn' && inner.name === 'abs' && inner.args.length === 1) return inner.args[0] as Expr;
  if (inner.k !== 'mul' || inner.factors.length < 3) return null;
  const first = inner.factors[0] as Expr;
  const last = inner.factors.at(-1) as Expr;
  const isBar = (f: Expr) => f.k === 'other' && /^(?:\||\\[lr]vert|\\vert)$/.test(f.text);
  if (!isBar(first) || !isBar(last)) return null;
  const body = inner.factors.slice(1, -1);
  return body.length === 1 ? (body[0] as Expr) : { k: 'mul', factors: body };
}

/** x for max(x, 0) or max(0, x) (a comma-less reading x + 0 included). */
function positivePartOf(term: Expr): Expr | null {
  if (term.k !== 'fn' || term.name !== 'max') return null;
  // max(wᵀx + b, 0) may come as one sum wᵀx + b + 0 when the comma is lost.
  const spread = term.args.length === 1 && term.args[0]?.k === 'add' ? term.args[0].terms : null;
  if (spread && spread.length > 2 && spread.at(-1)?.k === 'num' && (spread.at(-1) as { value: number }).value === 0) return { k: 'add', terms: spread.slice(0, -1) };
  const args = spread ?? term.args;
  if (args.length !== 2) return null;
  const [a, b] = args.map(single) as [Expr, Expr];
  if (b.k === 'num' && b.value === 0) return a;
  if (a.k === 'num' && a.value === 0) return b;
  return null;
}


/** The terms of x as they sit in a sum: x itself, or its own terms when x is a sum written without brackets. */
function termsOfValue(x: Expr): Expr[] {
  const inner = single(x);
  return inner.k === 'add' ? inner.terms : [inner];
}

/** The positions of x's terms among `terms` (x = wᵀx + b may be spread over two terms), or null. */
function positionsOf(x: Expr, terms: Expr[], taken: Set<number>): number[] | null {
  const out: number[] = [];
  for (const part of termsOfValue(x)) {
    const at = terms.findIndex((t, i) => !taken.has(i) && !out.includes(i) && sameExpr(t, part));
    if (at < 0) return null;
    out.push(at);
  }
  return out;
}

/** A sum with the terms at `positions` replaced by `by`. */
function replaced(terms: Expr[], positions: number[], by: Expr): Expr {
  const first = Math.min(...positions);
  const rest = terms.flatMap((t, i) => (i === first ? [by] : positions.includes(i) ? [] : [t]));
  return rest.length === 1 ? (rest[0] as Expr) : { k: 'add', terms: rest };
}

/**
 * max(x, 0) + log(1 + e^{−|x|}) → log(1 + e^{x}), max(−x, 0) + log(1 + e^{−|x|}) →
 * log(1 + e^{−x}), and x + log(1 + e^{−x}) → log(1 + e^{x}): the overflow-free ways of
 * writing the softplus of x and of −x.
 */
export function stableSoftplus(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  for (let at = 0; at < node.terms.length; at++) {
    const found = softplusTerm(node.terms[at] as Expr);
    if (!found || !found.negated) continue;
    const inner = found.x;
    // |x| with \left| \right| reads as x itself: a max(x, 0) beside it says it was the magnitude.
    const magnitude = absoluteOf(inner) ?? inner;
    const softplusOfX = (x: Expr) => withSign(found.sign, negated({ k: 'log', base: null, arg: complement(sigmoidOf(x, found.spelled)) }));
    const max = node.terms.findIndex((t) => {
      const { sign, body: core } = signedTerm(t);
      const part = positivePartOf(core);
      return sign === found.sign && part !== null && sameExpr(part, magnitude);
    });
    if (max >= 0) return replaced(node.terms, [at, max], softplusOfX(magnitude));
    // max(−x, 0) beside it: the softplus of −x, log(1 + e^{−x}) = −log σ(x).
    const maxOfMinus = node.terms.findIndex((t) => {
      const { sign, body: core } = signedTerm(t);
      const part = positivePartOf(core);
      const minus = part && single(part);
      return sign === found.sign && minus?.k === 'neg' && sameExpr(minus.arg, magnitude);
    });
    if (maxOfMinus >= 0) return replaced(node.terms, [at, maxOfMinus], withSign(found.sign, negated({ k: 'log', base: null, arg: sigmoidOf(magnitude, found.spelled) })));
    if (magnitude !== inner) continue;
    const positions = positionsOf(found.sign === 1 ? inner : negated(inner), node.terms, new Set([at]));
    if (positions) return replaced(node.terms, [at, ...positions], softplusOfX(inner));
  }
  return null;
}

/** The label y of a term ∓x y against a softplus of sign ±1 (also y x, (x) y, and xy or yx read as one name when x and y are letters). */
function labelBesideLogit(term: Expr, x: Expr, softplusSign: 1 | -1): Expr | null {
  const { sign, body: core } = signedTerm(term);
  if (sign === softplusSign) return null;
  const product = core;
  const logit = single(x);
  if (product.k === 'mul' && product.factors.length === 2) {
    const [a, b] = product.factors as [Expr, Expr];
    if (sameExpr(a, logit)) return b;
    if (sameExpr(b, logit)) return a;
    return null;
  }
  // y(wᵀx + b): a letter before the bracketed logit reads as a call; here it multiplies.
  if (product.k === 'call' && product.head.k === 'sym' && product.args.length === 1 && sameExpr(product.args[0] as Expr, logit)) return product.head;
  // yF(x) beside log(1 + e^{F(x)}): the label glued to the logit's function name reads as one call.
  if (product.k === 'call' && logit.k === 'call' && product.head.k === 'sym' && logit.head.k === 'sym' && product.head.sub === null && product.args.length === logit.args.length) {
    const name = product.head.name;
    const label = name.slice(0, 1);
    const sameArguments = product.args.every((arg, i) => sameExpr(arg, logit.args[i] as Expr));
    return sameArguments && name === label + logit.head.name && /^[A-Za-z]$/.test(label) ? { k: 'sym', name: label, sub: null, subAtoms: null } : null;
  }
  if (product.k === 'sym' && product.sub === null && logit.k === 'sym' && logit.sub === null && logit.name.length === 1 && product.name.length === 2) {
    const other = product.name.startsWith(logit.name) ? product.name.slice(1) : product.name.endsWith(logit.name) ? product.name.slice(0, 1) : null;
    return other && /^[A-Za-z]$/.test(other) ? { k: 'sym', name: other, sub: null, subAtoms: null } : null;
  }
  return null;
}

/** log(1 + e^{x}) − x y → −[y log σ(x) + (1 − y) log(1 − σ(x))]. */
export function logitTimesLabel(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  for (let at = 0; at < node.terms.length; at++) {
    const found = softplusTerm(node.terms[at] as Expr);
    if (!found || found.negated) continue;
    const x = found.x;
    const labelAt = node.terms.findIndex((t) => labelBesideLogit(t, x, found.sign) !== null);
    if (labelAt < 0) continue;
    const y = labelBesideLogit(node.terms[labelAt] as Expr, x, found.sign) as Expr;
    const log = (arg: Expr): Expr => ({ k: 'log', base: null, arg });
    const binary: Expr = {
      k: 'add',
      terms: [
        { k: 'mul', factors: [y, log(sigmoidOf(x, found.spelled))] },
        { k: 'mul', factors: [complement(y), log(complement(sigmoidOf(x, found.spelled)))] },
      ],
    };
    return replaced(node.terms, [at, labelAt], withSign(found.sign, negated({ k: 'mul', factors: [binary] })));
  }
  return null;
}

/** q in 1 + (q − 1) z when z is the label (the weight the positive class gets), else null. */
function positiveWeightOf(weight: Expr, label: Expr): Expr | null {
  const inner = single(weight);
  if (inner.k !== 'add' || inner.terms.length !== 2) return null;
  const [one, scaled] = inner.terms.map(single) as [Expr, Expr];
  if (one.k !== 'num' || one.value !== 1 || scaled.k !== 'mul' || scaled.factors.length !== 2) return null;
  const at = scaled.factors.findIndex((f) => sameExpr(f, label));
  const minusOne = at < 0 ? null : single(scaled.factors[1 - at] as Expr);
  if (minusOne?.k !== 'add' || minusOne.terms.length !== 2) return null;
  const [q, less] = minusOne.terms as [Expr, Expr];
  return less.k === 'neg' && less.arg.k === 'num' && less.arg.value === 1 ? q : null;
}

/**
 * (1 − z) x + (1 + (q − 1) z) log(1 + e^{−x}): TensorFlow's weighted cross-entropy on logits
 * (PyTorch's pos_weight), the positive class weighted by q. It is
 * −[q z log σ(x) + (1 − z) log(1 − σ(x))], since log(1 − σ(x)) = log σ(x) − x.
 */
export function positiveWeightOnLogits(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  for (const [a, b] of [[0, 1], [1, 0]] as const) {
    const linear = single(node.terms[a] as Expr);
    const weighted = single(node.terms[b] as Expr);
    if (linear.k !== 'mul' || linear.factors.length !== 2 || weighted.k !== 'mul' || weighted.factors.length !== 2) continue;
    const spAt = weighted.factors.findIndex((f) => {
      const found = softplusTerm(f);
      return found !== null && found.negated && found.sign === 1;
    });
    if (spAt < 0) continue;
    const softplusOfMinus = softplusTerm(weighted.factors[spAt] as Expr) as NonNullable<ReturnType<typeof softplusTerm>>;
    const x = softplusOfMinus.x;
    const xAt = linear.factors.findIndex((f) => sameExpr(f, x));
    const label = xAt < 0 ? null : complementOf(linear.factors[1 - xAt] as Expr);
    const q = label ? positiveWeightOf(weighted.factors[1 - spAt] as Expr, label) : null;
    if (!label || !q) continue;
    const sigma = sigmoidOf(x, softplusOfMinus.spelled);
    const log = (arg: Expr): Expr => ({ k: 'log', base: null, arg });
    return negated({
      k: 'mul',
      factors: [{ k: 'add', terms: [{ k: 'mul', factors: [q, label, log(sigma)] }, { k: 'mul', factors: [complement(label), log(complement(sigma))] }] }],
    });
  }
  return null;
}

/** softplus(x), \operatorname{softplus}(x) → −log(1 − σ(x)), the log(1 + e^{x}) it names (so softplus(−x) is −log σ(x)). */
export function softplusName(node: Expr): Expr | null {
  const named = (node.k === 'call' && headName(node) === 'softplus') || (node.k === 'fn' && node.name === 'softplus');
  const args = node.k === 'call' || node.k === 'fn' ? node.args : [];
  if (!named || args.length !== 1) return null;
  const x = single(args[0] as Expr);
  // softplus(−x) → −log σ(x); softplus(x) → −log(1 − σ(x)).
  // softplus is a function of the logit itself: the binary loss it appears in is on the logit.
  return negated({ k: 'log', base: null, arg: x.k === 'neg' ? sigmoidOf(x.arg, true) : complement(sigmoidOf(x, true)) });
}

defineTreeRule({ name: 'softplus-name', order: 34.5, apply: softplusName });
defineTreeRule({ name: 'stable-softplus', order: 34.8, apply: stableSoftplus });
defineTreeRule({ name: 'logit-times-label', order: 36, apply: logitTimesLabel });
defineTreeRule({ name: 'positive-weight-on-logits', order: 34.9, apply: positiveWeightOnLogits });
