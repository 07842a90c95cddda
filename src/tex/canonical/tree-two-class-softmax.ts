// Tree rule for a softmax over two classes with the targets p and 1 − p, as notes write it
// when they show that it is the logistic model: the two outputs e^{a}/(e^{a} + e^{b}) and
// e^{b}/(e^{a} + e^{b}) add up to one, the first being σ(a − b). Written as two logs
//   −p log(e^{a}/(e^{a} + e^{b})) − (1 − p) log(e^{b}/(e^{a} + e^{b}))
// or with the logs expanded into the logits (log e^{a} or a)
//   −p a − (1 − p) b + log(e^{a} + e^{b}),
// it is the binary cross-entropy on the logit a − b: −p log σ(a − b) − (1 − p) log(1 − σ(a − b)).
// Before the written-out sums are collected (e^{z_1} + e^{z_2} becomes Σ_j e^{z_j}).
import type { Expr } from '../expr';
import { exprTex, oneMinus, sameTree, single } from '../expr';
import { sigmoidOf } from './tree-sigmoid';
import { isComplementOf } from '../terms';
import { defineTreeRule } from './registry';
import { signedTerm } from './term-pairs';
import { withSubscript } from './tree-sums';

type Log = Extract<Expr, { k: 'log' }>;

/** The exponents a, b of e^{a} + e^{b} (or of Σ_{j=1}^{2} e^{z_j}, the same sum once collected), else null. */
function twoExponentials(e: Expr): [Expr, Expr] | null {
  const sum = single(e);
  if (sum.k === 'big' && sum.op === 'sum') {
    const body = single(sum.body);
    const lower = sum.lower && single(sum.lower);
    const index = lower?.k === 'rel' && lower.left.k === 'sym' ? lower.left.name : null;
    const from = lower?.k === 'rel' ? single(lower.right) : null;
    const to = sum.upper && single(sum.upper);
    if (body.k !== 'exp' || !index || from?.k !== 'num' || to?.k !== 'num' || to.value - from.value !== 1) return null;
    return [withSubscript(body.arg, index, from.text), withSubscript(body.arg, index, to.text)];
  }
  if (sum.k !== 'add' || sum.terms.length !== 2) return null;
  const [a, b] = sum.terms.map(single);
  return a?.k === 'exp' && b?.k === 'exp' ? [a.arg, b.arg] : null;
}

/** A term's factors (a product's, or the term alone). */
const factorsOf = (e: Expr): Expr[] => (e.k === 'mul' ? e.factors.map(single) : [e]);

/** w · log(…) with one log: the weight and the log, else null. */
function weightedLog(e: Expr): { weight: Expr; log: Log } | null {
  const factors = factorsOf(e);
  const logs = factors.filter((f): f is Log => f.k === 'log');
  if (logs.length !== 1) return null;
  const rest = factors.filter((f) => f.k !== 'log');
  if (rest.length === 0) return null;
  return { weight: rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }, log: logs[0] as Log };
}

/** The logit a − b of e^{a}/(e^{a} + e^{b}), with which exponent is on top, else null. */
function twoClassOutput(log: Log): { top: Expr; exponents: [Expr, Expr] } | null {
  const arg = single(log.arg);
  if (arg.k !== 'div') return null;
  const num = single(arg.num);
  const exponents = twoExponentials(arg.den);
  return num.k === 'exp' && exponents && exponents.some((x) => exprTex(x) === exprTex(num.arg)) ? { top: num.arg, exponents } : null;
}

/** The binary loss on the logit a − b with target w, negated as the terms were. */
function binaryOnLogit(w: Expr, a: Expr, b: Expr, base: Log['base']): Expr {
  const sigma = sigmoidOf({ k: 'add', terms: [a, { k: 'neg', arg: b }] }, true);
  const logOf = (arg: Expr): Expr => ({ k: 'log', base, arg });
  return { k: 'neg', arg: { k: 'add', terms: [{ k: 'mul', factors: [w, logOf(sigma)] }, { k: 'mul', factors: [oneMinus(w), logOf(oneMinus(sigma))] }] } };
}

/** The sum with `used` terms replaced by `replacement`. */
function replaced(terms: Expr[], used: number[], replacement: Expr): Expr {
  const rest = terms.filter((_t, i) => !used.includes(i));
  return rest.length === 0 ? replacement : { k: 'add', terms: [replacement, ...rest] };
}

/** −p log(e^a/(e^a + e^b)) − (1 − p) log(e^b/(e^a + e^b)). */
function twoLogs(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  for (const [i, first] of parts.entries()) {
    const one = first.sign === -1 ? weightedLog(first.body) : null;
    const out = one && twoClassOutput(one.log);
    if (!one || !out) continue;
    for (const [j, second] of parts.entries()) {
      const two = j !== i && second.sign === -1 ? weightedLog(second.body) : null;
      const other = two && twoClassOutput(two.log);
      if (!two || !other || !out.exponents.every((x, k) => sameTree(x, other.exponents[k] as Expr))) continue;
      if (exprTex(out.top) === exprTex(other.top) || !isComplementOf(two.weight, one.weight)) continue;
      return replaced(terms, [i, j], binaryOnLogit(one.weight, out.top, other.top, one.log.base));
    }
  }
  return null;
}

/** w · a with a given: w, else null (a may be a product itself: β_1 x; or written log e^{a}). */
function weightOf(e: Expr, a: Expr): Expr | null {
  const logged = weightedLog(e);
  const ofExp = logged && single(logged.log.arg);
  if (logged && ofExp?.k === 'exp' && exprTex(ofExp.arg) === exprTex(a)) return logged.weight;
  const factors = factorsOf(e);
  const target = factorsOf(single(a)).map(exprTex).sort().join(' ');
  for (const [i, w] of factors.entries()) {
    const rest = factors.filter((_f, k) => k !== i).map(exprTex).sort().join(' ');
    if (rest === target) return w;
  }
  return null;
}

/** −p a − (1 − p) b + log(e^a + e^b). */
function expandedLogs(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  for (const [l, lse] of parts.entries()) {
    const exponents = lse.sign === 1 && lse.body.k === 'log' ? twoExponentials(lse.body.arg) : null;
    if (!exponents || lse.body.k !== 'log') continue;
    const [a, b] = exponents;
    const find = (x: Expr): [number, Expr] | null => {
      for (const [i, part] of parts.entries()) {
        const w = i !== l && part.sign === -1 ? weightOf(part.body, x) : null;
        if (w) return [i, w];
      }
      return null;
    };
    const [first, second] = [find(a), find(b)];
    if (!first || !second || first[0] === second[0] || !isComplementOf(second[1], first[1])) continue;
    return replaced(terms, [l, first[0], second[0]], binaryOnLogit(first[1], a, b, lse.body.base));
  }
  return null;
}

export function twoClassSoftmax(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  return twoLogs(node.terms) ?? (node.terms.length >= 3 ? expandedLogs(node.terms) : null);
}

defineTreeRule({ name: 'two-class-softmax', order: 48.8, apply: twoClassSoftmax });
