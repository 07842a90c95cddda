// Tree rules for a binary loss written class by class. The two outcomes' terms each
// carry a test of the label: an Iverson bracket ([y_i = 1] log p + [y_i = 0] log(1 − p), or
// Kronecker's δ_{y1} log p + δ_{y0} log(1 − p),
// also from a `cases` block, see text-cases.ts; or p^{[y = 1]} (1 − p)^{[y = 0]} in a
// likelihood), or a sum or product over the samples
// of one class (Σ_{i: y_i = 1} log p_i + Σ_{i: y_i = 0} log(1 − p_i)). Either is the
// one Bernoulli form the kinds match: the test of the positive class is the label y,
// the test of the other class (0, or −1 for ±1 labels) is 1 − y.
import { chainExpr } from '../build';
import type { Atom } from '../atoms';
import { withoutGroupingBraces } from '../atoms';
import type { Expr } from '../expr';
import { exprTex, oneMinus } from '../expr';
import { containsLog, headName } from '../terms';
import { defineTreeRule, mapChildren } from './registry';

type Test = { label: Expr; value: number };

const POSITIVE = 1;
const NEGATIVES = new Set([0, -1]);

/** A constant written 1, 0 or −1. */
function constantOf(e: Expr): number | null {
  if (e.k === 'num') return e.value;
  if (e.k === 'neg' && e.arg.k === 'num') return -e.arg.value;
  return null;
}

/** The test of an indicator: 1(y = c) as a call, 1_{y = c} with the test as its subscript, or Kronecker's δ_{y c}. */
export function testOf(e: Expr): Expr | null {
  if (e.k === 'call' && headName(e) === '\\mathbb{1}' && e.args.length === 1) return e.args[0] as Expr;
  if (e.k === 'sym' && (e.name === '\\mathbb{1}' || e.name === '\\mathbf{1}') && e.subAtoms) return chainExpr(e.subAtoms, 1);
  if (e.k === 'sym' && e.name === '\\delta' && e.subAtoms) return kroneckerTest(e.subAtoms);
  return null;
}

/** δ_{t0}, δ_{t,1}, δ_{y_i k}: Kronecker's delta is 1 where its two indices are equal, the test y = c. */
function kroneckerTest(written: Atom[]): Expr | null {
  const sub = withoutGroupingBraces(written);
  const comma = sub.findIndex((atom) => atom.t === 'punct' && atom.ch === ',');
  const [left, right] = comma >= 0 ? [sub.slice(0, comma), sub.slice(comma + 1)] : sub.length === 2 ? [sub.slice(0, 1), sub.slice(1)] : [[], []];
  if (left.length === 0 || right.length === 0) return null;
  return { k: 'rel', op: '=', left: chainExpr(left, 1), right: chainExpr(right, 1) };
}

/** The label and constant of an indicator 1(y = c) (also 1(c = y), 1_{y = c}). */
function indicatorTest(e: Expr): Test | null {
  const test = testOf(e);
  if (!test) return null;
  if (test.k !== 'rel' || test.op !== '=') return null;
  const [right, left] = [constantOf(test.right), constantOf(test.left)];
  if (right !== null && left === null) return { label: test.left, value: right };
  if (left !== null && right === null) return { label: test.right, value: left };
  return null;
}

/** The label itself for the positive class, 1 − label for the other. */
function classWeight(test: Test): Expr {
  return test.value === POSITIVE ? test.label : { k: 'add', terms: [{ k: 'num', value: 1, text: '1' }, { k: 'neg', arg: test.label }] };
}

/** The two tests name the two classes of one label. */
function complementary(a: Test, b: Test): boolean {
  if (exprTex(a.label) !== exprTex(b.label)) return false;
  return (a.value === POSITIVE && NEGATIVES.has(b.value)) || (b.value === POSITIVE && NEGATIVES.has(a.value));
}

/** A term's indicator factor (under a minus sign or in a product) and the term with it replaced. */
function indicatorIn(term: Expr): { test: Test; replace(by: Expr): Expr } | null {
  if (term.k === 'neg') {
    const inner = indicatorIn(term.arg);
    return inner && { test: inner.test, replace: (by) => ({ k: 'neg', arg: inner.replace(by) }) };
  }
  // Σ_i [y_i = 1] log p_i + [y_i = 0] log(1 − p_i) without brackets: the sum took the first term only.
  if (term.k === 'big') {
    const inner = indicatorIn(term.body);
    return inner && { test: inner.test, replace: (by) => ({ ...term, body: inner.replace(by) }) };
  }
  if (term.k !== 'mul') return null;
  const at = term.factors.findIndex((f) => indicatorTest(f) !== null);
  if (at < 0) {
    const last = term.factors.at(-1);
    const inner = last?.k === 'big' ? indicatorIn(last) : null;
    return inner && { test: inner.test, replace: (by) => ({ k: 'mul', factors: [...term.factors.slice(0, -1), inner.replace(by)] }) };
  }
  return {
    test: indicatorTest(term.factors[at] as Expr) as Test,
    // \mathbb{1}[y = 1]: the bracket is the indicator already; the 1 in front goes with it.
    replace: (by) => ({ k: 'mul', factors: term.factors.map((f, i) => (i === at ? by : f)).filter((f) => !(f.k === 'sym' && f.name === '\\mathbb{1}' && f.sub === null)) }),
  };
}

/** I(y = k): the indicator written as the letter I (also \\mathrm{I}) applied to a test is \\mathbb{1}(y = k). */
export function indicatorLetter(node: Expr): Expr | null {
  if (node.k !== 'call' || node.args.length !== 1 || !/^(?:I|\\mathrm\{I\}|\\mathbf\{I\})$/.test(headName(node) ?? '') || (node.head.k === 'sym' && node.head.sub !== null)) return null;
  const test = node.args[0] as Expr;
  if (test.k !== 'rel' || test.op !== '=') return null;
  return { ...node, head: { k: 'sym', name: '\\mathbb{1}', sub: null, subAtoms: null } };
}

/** The value of the one argument in which two calls of one head differ, tested as `Y = value` for the same Y (or written alone before the condition); else null. */
function outcomeValues(a: Expr, b: Expr): [number, number] | null {
  if (a.k !== 'call' || b.k !== 'call' || exprTex(a.head) !== exprTex(b.head) || a.args.length !== b.args.length) return null;
  const differ = a.args.map((arg, i) => exprTex(arg) !== exprTex(b.args[i] as Expr));
  if (differ.filter(Boolean).length !== 1) return null;
  const [x, y] = [a.args[differ.indexOf(true)] as Expr, b.args[differ.indexOf(true)] as Expr];
  // q(1 | x), q(0 | x): the outcome written alone before the condition.
  if (differ.indexOf(true) === 0 && a.args.length >= 2 && x.k === 'num' && y.k === 'num') return [x.value, y.value];
  if (x.k !== 'rel' || y.k !== 'rel' || x.op !== '=' || y.op !== '=' || exprTex(x.left) !== exprTex(y.left)) return null;
  const [u, v] = [constantOf(x.right), constantOf(y.right)];
  return u === null || v === null ? null : [u, v];
}

/** The calls logged in `e`'s terms (log P(Y = 1 | x) …). */
function loggedCalls(e: Expr, out: Expr[] = [], depth = 0): Expr[] {
  if (depth > 20) return out;
  if (e.k === 'log' && e.arg.k === 'call') out.push(e.arg);
  else if (e.k === 'log' && e.arg.k === 'mul' && e.arg.factors.length === 1 && e.arg.factors[0]?.k === 'call') out.push(e.arg.factors[0]);
  mapChildren(e, (child) => {
    loggedCalls(child, out, depth + 1);
    return child;
  });
  return out;
}

/** Every call in `e`, the outermost of nested ones. */
function callsIn(e: Expr, out: Expr[] = [], depth = 0): Expr[] {
  if (depth > 20) return out;
  if (e.k === 'call') out.push(e);
  else mapChildren(e, (child) => {
    callsIn(child, out, depth + 1);
    return child;
  });
  return out;
}

/** `e` with each node of `replacements` itself (not a look-alike) replaced, in one pass. */
function replaceNodes(e: Expr, replacements: ReadonlyMap<Expr, Expr>, depth = 0): Expr {
  if (depth > 30) return e;
  return replacements.get(e) ?? mapChildren(e, (child) => replaceNodes(child, replacements, depth + 1));
}

/** Whether `b` is `a` at the other outcome: a tests Y = 1, b the same Y = 0 (or −1). */
function atOtherOutcome(a: Expr, b: Expr): boolean {
  const values = outcomeValues(a, b);
  return values !== null && values[0] === POSITIVE && NEGATIVES.has(values[1]);
}

/**
 * y log P(Y = 1 | x) + (1 − y) log P(Y = 0 | x): the probability of the other outcome
 * beside the first in one loss is its complement, 1 − P(Y = 1 | x), as the binary
 * shape reads it (P(Y = −1 | x) for ±1 labels too). Where both distributions are written
 * at both outcomes, −[p(x = 1) log q(x = 1) + p(x = 0) log q(x = 0)], so is the weight's.
 */
export function otherOutcomeProbability(node: Expr): Expr | null {
  if (node.k !== 'add' && node.k !== 'big') return null;
  const logged = loggedCalls(node);
  if (!logged.some((a) => logged.some((b) => atOtherOutcome(a, b)))) return null;
  const calls = [...new Set([...logged, ...callsIn(node)])];
  const replacements = new Map<Expr, Expr>();
  for (const a of calls) {
    for (const other of calls) {
      if (other !== a && !replacements.has(other) && atOtherOutcome(a, other)) replacements.set(other, oneMinus(a));
    }
  }
  return replacements.size > 0 ? replaceNodes(node, replacements) : null;
}

/** [y = 1] A + [y = 0] B (or [y = −1] B) → y A + (1 − y) B. */
export function complementaryIndicators(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(indicatorIn);
  if (!a || !b || !complementary(a.test, b.test)) return null;
  return { k: 'add', terms: [labelLast(a.replace(classWeight(a.test))), labelLast(b.replace(classWeight(b.test)))] };
}

/**
 * [s = 1] q → q·s where the term has no log: a probability of the outcome, log([s = 1] q + [s = 0](1 − q)),
 * whose label log-of-outcome-probability (tree-logs.ts) takes from the second factor when no letter tells.
 */
function labelLast(term: Expr): Expr {
  if (term.k !== 'mul' || term.factors.length !== 2 || containsLog(term)) return term;
  return { ...term, factors: [term.factors[1] as Expr, term.factors[0] as Expr] };
}

/** a^{[y = 1]} b^{[y = 0]} (or [y = −1]) → a^{y} b^{1 − y}: the Bernoulli likelihood with Iverson exponents. */
export function complementaryExponents(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2) return null;
  // \mathbb{1}[y = 1] as an exponent: the bracket is the indicator, the 1 before it goes with it.
  const exponent = (e: Expr): Expr => (e.k === 'mul' ? (e.factors.find((f) => indicatorTest(f) !== null) ?? e) : e);
  const powers = node.factors.slice(-2);
  if (!powers.every((f) => f.k === 'pow')) return null;
  const [a, b] = powers as [Extract<Expr, { k: 'pow' }>, Extract<Expr, { k: 'pow' }>];
  const [testA, testB] = [indicatorTest(exponent(a.exp)), indicatorTest(exponent(b.exp))];
  if (!testA || !testB || !complementary(testA, testB)) return null;
  return { k: 'mul', factors: [...node.factors.slice(0, -2), { ...a, exp: classWeight(testA) }, { ...b, exp: classWeight(testB) }] };
}

/** An index without its primes and braces: i', i^{\prime} and {i} are i. */
function bareIndex(text: string): string {
  return text.replace(/\\prime|[{}\s^']/g, '');
}

/** `e` with the index `index` (primed or not) written `to`: a subscript or one part of it (y_{true,i}), or the letter itself (y^{(i)}). */
function renameIndex(e: Expr, index: string, to: string): Expr {
  const bare = bareIndex(index);
  if (e.k === 'sym') {
    if (e.sub === null) return bareIndex(e.name) === bare && e.name !== to && /^[A-Za-z](?:'|\\prime|\^\{?\\prime\}?)*$/.test(e.name) ? { ...e, name: to } : e;
    const parts = e.sub.split(',');
    const renamed = parts.map((part) => (bareIndex(part) === bare ? to : part));
    return renamed.some((part, i) => part !== parts[i]) ? { ...e, sub: renamed.join(','), subAtoms: null } : e;
  }
  return mapChildren(e, (child) => renameIndex(child, index, to));
}

/** y^{(i)} in a lower limit (i : y^{(i)} = 1) is y_i: the sample's label either way. */
function labelOf(e: Expr, index: string): Expr {
  if (e.k !== 'pow' || e.base.k !== 'sym' || e.exp.k !== 'sym' || e.exp.sub !== null || bareIndex(e.exp.name) !== bareIndex(index)) return e;
  // y^{(i)}_{true}: the tag stays, the index joins it as in y_{true,i}.
  return { ...e.base, sub: e.base.sub === null ? e.exp.name : `${e.base.sub},${e.exp.name}`, subAtoms: null };
}

/**
 * The index and test of a lower limit `i : y_i = c` (read as (i, y_i) = c), under
 * the unprimed index: Σ_{i': y_{i'} = 0} beside Σ_{i: y_i = 1} runs over the same i.
 */
function subsetLower(lower: Expr | null): { index: Expr; test: Test } | null {
  const value = lower?.k === 'rel' && lower.op === '=' ? constantOf(lower.right) : null;
  if (lower?.k !== 'rel' || value === null) return null;
  const left = lower.left;
  if (left.k !== 'add' || left.terms.length !== 2) return null;
  const [index, written] = left.terms as [Expr, Expr];
  if (index.k !== 'sym' || index.sub !== null) return null;
  const label = labelOf(written, index.name);
  if (label.k !== 'sym' || label.sub === null || !bareIndex(label.sub).includes(bareIndex(index.name))) return null;
  const name = bareIndex(index.name);
  return { index: { k: 'sym', name, sub: null, subAtoms: null }, test: { label: renameIndex(label, name, name), value } };
}

function subsetBig(e: Expr): { sign: 1 | -1; big: Extract<Expr, { k: 'big' }>; subset: { index: Expr; test: Test } } | null {
  const sign = e.k === 'neg' ? -1 : 1;
  const inner = e.k === 'neg' ? e.arg : e;
  if (inner.k !== 'big' || inner.op !== 'sum') return null;
  const subset = subsetLower(inner.lower);
  return subset && { sign, big: inner, subset };
}

const indexName = (index: Expr) => (index.k === 'sym' ? index.name : '');

/** The second subset's index written as the first's: Π_{j: y_j = 0} beside Π_{i: y_i = 1} runs over i too. */
function sameIndex(first: { index: Expr }, second: { index: Expr; test: Test }): { test: Test; rename(e: Expr): Expr } {
  const [from, to] = [indexName(second.index), indexName(first.index)];
  const rename = (e: Expr): Expr => renameIndex(renameIndex(e, from, to), to, to);
  return { test: { label: rename(second.test.label), value: second.test.value }, rename };
}

/** Σ_{i: y_i = 1} A_i + Σ_{i: y_i = 0} B_i → Σ_i [y_i A_i + (1 − y_i) B_i]; the second sum may use another letter. */
export function classSubsetSums(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(subsetBig);
  if (!a || !b) return null;
  const other = sameIndex(a.subset, b.subset);
  if (!complementary(a.subset.test, other.test)) return null;
  const index = indexName(a.subset.index);
  const term = (sign: 1 | -1, test: Test, body: Expr): Expr => {
    const product: Expr = { k: 'mul', factors: [classWeight(test), body] };
    return sign === -1 ? { k: 'neg', arg: product } : product;
  };
  const body: Expr = { k: 'add', terms: [term(a.sign, a.subset.test, renameIndex(a.big.body, index, index)), term(b.sign, other.test, other.rename(b.big.body))] };
  return { k: 'big', op: 'sum', lower: a.subset.index, upper: null, body };
}

/** Π_{i: y_i = 1} A_i Π_{i: y_i = 0} B_i → Π_i A_i^{y_i} B_i^{1 − y_i}; the second product may use another letter. */
export function classSubsetProducts(node: Expr): Expr | null {
  if (node.k !== 'big' || node.op !== 'prod' || node.body.k !== 'mul') return null;
  const first = subsetLower(node.lower);
  const last = node.body.factors.at(-1);
  if (!first || last?.k !== 'big' || last.op !== 'prod') return null;
  const second = subsetLower(last.lower);
  if (!second) return null;
  const other = sameIndex(first, second);
  if (!complementary(first.test, other.test)) return null;
  const index = indexName(first.index);
  const rest = node.body.factors.slice(0, -1);
  const a: Expr = rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest };
  const body: Expr = { k: 'mul', factors: [{ k: 'pow', base: renameIndex(a, index, index), exp: classWeight(first.test) }, { k: 'pow', base: other.rename(last.body), exp: classWeight(other.test) }] };
  return { k: 'big', op: 'prod', lower: first.index, upper: null, body };
}

/**
 * Π_i a_i^{y_i} Π_i b_i^{1 − y_i}: a product written after another over the same
 * index and range (it would bind nothing new) is one product of both factors; so
 * are two products that write no index at all (Π a^{y} Π (1 − a)^{1−y}).
 */
export function productsOverOneIndex(node: Expr): Expr | null {
  if (node.k !== 'big' || node.op !== 'prod' || node.body.k !== 'mul' || node.body.factors.length < 2) return null;
  const last = node.body.factors.at(-1);
  if (last?.k !== 'big' || last.op !== 'prod') return null;
  const same = (a: Expr | null, b: Expr | null) => (a === null ? b === null : b !== null && exprTex(a) === exprTex(b));
  if (!same(node.lower, last.lower) || !same(node.upper, last.upper)) return null;
  const inner = last.body.k === 'mul' ? last.body.factors : [last.body];
  return { ...node, body: { k: 'mul', factors: [...node.body.factors.slice(0, -1), ...inner] } };
}

defineTreeRule({ name: 'indicator-letter', order: 59, apply: indicatorLetter });
defineTreeRule({ name: 'other-outcome-probability', order: 64, apply: otherOutcomeProbability });
defineTreeRule({ name: 'complementary-indicators', order: 60, apply: complementaryIndicators });
defineTreeRule({ name: 'complementary-exponents', order: 63, apply: complementaryExponents });
defineTreeRule({ name: 'class-subset-sums', order: 61, apply: classSubsetSums });
defineTreeRule({ name: 'class-subset-products', order: 62, apply: classSubsetProducts });
defineTreeRule({ name: 'products-over-one-index', order: 62.5, apply: productsOverOneIndex });
