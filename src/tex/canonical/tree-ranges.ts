// Tree rules for what a sum runs over: an index range written under it
// (Σ_{k=1,…,K} and Σ_{k∈{1,…,K}} run k from 1 to K, like Σ_{k=1}^{K}; without the
// rule the list would read as an index set of three indices k, …, K), and the
// index a bare Σ leaves to its terms (Σ y_n log p_n runs over n), and a sum over
// the pairs of a data set (Σ_{(x,y)∈D}) is one sum over the samples.
import type { Expr } from '../expr';
import { subscriptParts } from '../selectors';
import { containsLog, mentions } from '../terms';
import { defineTreeRule, anyChild, mapChildren } from './registry';
import { isDots } from './tree-sums';

/** Σ_{k=1,…,K} → Σ_{k=1}^{K}; Σ_{k∈{1,…,K}} → Σ_{k=1}^{K}: a start, dots and a last value. */
export function indexRange(node: Expr): Expr | null {
  if (node.k !== 'big' || node.upper || node.lower?.k !== 'fn' || node.lower.name !== 'tuple') return null;
  const items = node.lower.args;
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last || items.length < 3 || !items.slice(1, -1).some(isDots) || isDots(last)) return null;
  if (first.k !== 'rel' || (first.op !== '=' && first.op !== '\\in') || first.left.k !== 'sym') return null;
  return { ...node, lower: { ...first, op: '=' }, upper: last };
}

/** The indices of every indexed symbol in `e` (subscript parts, and a letter written above as in y^{(i)}), one list per symbol. */
function indexLists(e: Expr, out: string[][], depth = 0): string[][] {
  if (depth > 40) return out;
  if (e.k === 'sym' && e.sub !== null) out.push(subscriptParts(e.sub));
  // y^{(i)}: the sample index written above a symbol.
  if (e.k === 'pow' && e.base.k === 'sym' && e.exp.k === 'sym' && e.exp.sub === null && /^[a-z]$/.test(e.exp.name)) {
    out.push([...subscriptParts(e.base.sub), e.exp.name]);
    return out;
  }
  // An inner sum binds its own index: its terms say nothing about the outer one.
  if (e.k === 'big') return out;
  mapChildren(e, (child) => {
    indexLists(child, out, depth + 1);
    return child;
  });
  return out;
}

/** The arguments of the logs in `e`, inner sums included (log Σ_j e^{x_{n,j}} carries n). */
function logArguments(e: Expr, out: Expr[], depth = 0): Expr[] {
  if (depth > 40) return out;
  if (e.k === 'log') out.push(e.arg);
  mapChildren(e, (child) => {
    logArguments(child, out, depth + 1);
    return child;
  });
  return out;
}

/** Whether `e` holds the index anywhere: a subscript, y^{(i)}, a call's argument, an inner sum's terms. */
function carriesIndex(e: Expr, index: string, depth = 0, gluedPairs = false): boolean {
  if (depth > 40) return false;
  if (e.k === 'sym' && (e.name === index || indexLetters(subscriptParts(e.sub), gluedPairs).includes(index))) return true;
  return anyChild(e, (child) => carriesIndex(child, index, depth + 1, gluedPairs));
}

/** Σ t_k log y_k → Σ_k t_k log y_k, Σ y^{(i)} log p^{(i)} → Σ_i …: a sum without an index runs over the one letter every symbol in it is indexed by. */
export function indexFromTerms(node: Expr): Expr | null {
  if (!isBareSum(node)) return null;
  // Σ Σ y_{ij} log p_{ij}: two bare sums, one inside the other, run over the two letters in the order the
  // subscripts give them (two letters glued, ij, are two indices here: there are two sums to run).
  if (isBareSum(node.body)) {
    const shared = sharedIndices(node.body.body, true);
    const [outer, inner] = shared;
    return shared.length === 2 && outer !== undefined && inner !== undefined ? { ...node, lower: letter(outer), body: { ...node.body, lower: letter(inner) } } : null;
  }
  const shared = sharedIndices(node.body, false);
  return shared.length === 1 ? { ...node, lower: letter(shared[0] as string) } : null;
}

/** A subscript's parts, each two letters glued (ij) taken as two indices where `gluedPairs` says two sums run over them. */
const indexLetters = (parts: string[], gluedPairs: boolean): string[] =>
  (gluedPairs ? parts.flatMap((part) => (/^[a-z]{2}$/.test(part) ? [...part] : [part])) : parts);

const isBareSum = (e: Expr): e is Extract<Expr, { k: 'big' }> => e.k === 'big' && e.op === 'sum' && e.lower === null && e.upper === null;
const letter = (name: string): Expr => ({ k: 'sym', name, sub: null, subAtoms: null });

/** The index letters every indexed symbol of a sum's terms holds; none when a log's argument lacks one of them. */
function sharedIndices(body: Expr, gluedPairs: boolean): string[] {
  // β_0, w_1: a symbol indexed by numbers alone is a parameter, not a term that runs with the sum.
  const lists = indexLists(body, [])
    .filter((parts) => !parts.every((part) => /^\d+$/.test(part)))
    .map((parts) => indexLetters(parts, gluedPairs));
  if (lists.length === 0) return [];
  // x_{n,c_n} and y_n share n: the letters every list holds.
  const shared = (lists[0] as string[]).filter((part) => /^[a-z]$/.test(part) && lists.every((parts) => parts.includes(part)));
  // e_y^⊤ log h(x): the one-hot vector of the label y under a log of no index; the sum is not over y.
  const logs = logArguments(body, []);
  return shared.every((index) => logs.every((arg) => carriesIndex(arg, index, 0, gluedPairs))) ? shared : [];
}

const isBareSigma = (e: Expr) => e.k === 'sym' && e.name === '\\Sigma' && e.sub === null && !e.transposed;

/**
 * −\Sigma [y_i log p_i + …], \Pi p_i^{y_i}(1 − p_i)^{1−y_i}: a capital sigma (pi) typed with no limits
 * before factors that hold a log (a power) is the sum (product) sign, as Σ and Π typed as characters
 * are; a covariance Σ is not multiplied into a log term.
 */
export function bareCapitalOperator(node: Expr): Expr | null {
  // \Sigma -t log y - (1 - t) log(1 - y): the sign stands alone before signed terms, and sums them all.
  if (node.k === 'add' && node.terms.length >= 2 && isBareSigma(node.terms[0] as Expr) && node.terms.slice(1).some(containsLog)) {
    const rest = node.terms.slice(1);
    return { k: 'big', op: 'sum', lower: null, upper: null, body: rest.length === 1 ? (rest[0] as Expr) : { k: 'add', terms: rest } };
  }
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f) => f.k === 'sym' && (f.name === '\\Sigma' || f.name === '\\Pi') && f.sub === null && !f.transposed);
  const rest = node.factors.slice(at + 1);
  if (at < 0 || rest.length === 0) return null;
  const sum = (node.factors[at] as { name: string }).name === '\\Sigma';
  if (sum ? !rest.some(containsLog) : !rest.some((f) => f.k === 'pow' && f.exp.k !== 'num')) return null;
  const body: Expr = rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest };
  const big: Expr = { k: 'big', op: sum ? 'sum' : 'prod', lower: null, upper: null, body };
  return at === 0 ? big : { k: 'mul', factors: [...node.factors.slice(0, at), big] };
}

/** Σ_{(x,y)∈D} → one sum over the pairs in D: the samples, not a sum over x and another over y; Σ_{(x_i,y_i)∈D} → Σ_{i∈D}. */
export function samplePairs(node: Expr): Expr | null {
  if (node.k !== 'big' || (node.op !== 'sum' && node.op !== 'prod') || node.lower?.k !== 'fn' || node.lower.name !== 'tuple') return null;
  const items = node.lower.args;
  const last = items.at(-1);
  if (!last || items.length < 2 || last.k !== 'rel' || last.op !== '\\in' || last.left.k !== 'sym') return null;
  const pair = [...items.slice(0, -1), last.left];
  // Σ_{(x_i, y_i)∈D}: every member carries the one sample index i, so the sum runs over i in D.
  const shared = pair.every((item) => item.k === 'sym' && item.sub !== null && item.sub === (last.left as { sub: string | null }).sub && /^\{?[a-z]\}?$/.test(item.sub));
  if (shared) return { ...node, lower: { ...last, left: { k: 'sym', name: (last.left.sub as string).replace(/[{}]/g, ''), sub: null, subAtoms: null } } };
  if (!items.slice(0, -1).every((item) => item.k === 'sym' && item.sub === null && item.name !== '\\dots')) return null;
  return { ...node, lower: { ...last, left: { k: 'fn', name: 'tuple', args: [...items.slice(0, -1), last.left] } } };
}

/** The parts of `i : cond` as the builder leaves them (the colon dropped, or the bar kept as a factor). */
function beforeAndAfterSeparator(e: Expr): [Expr, Expr] | null {
  if (e.k === 'add' && e.terms.length === 2) return e.terms as [Expr, Expr];
  if (e.k === 'mul' && e.factors.length === 3 && e.factors[1]?.k === 'other' && /^(?:\||\\mid)$/.test(e.factors[1].text)) return [e.factors[0] as Expr, e.factors[2] as Expr];
  return null;
}

/**
 * Σ_{k : k ≠ c} → Σ_{k ≠ c}, Σ_{k | k ∈ S} → Σ_{k ∈ S}: set-builder notation whose
 * condition tests the index itself says no more than the condition. A condition on
 * something else (Σ_{i : y_i = 1}) is a subset of the samples and stays for the
 * class-subset rules. A set named in words after the colon (Σ_{j : データ}) is what the index runs over.
 */
export function indexCondition(node: Expr): Expr | null {
  if (node.k !== 'big') return null;
  // Σ_{j : データ}, Σ_{i : samples}: the index over a set named in words (the colon dropped) is j ∈ that set.
  const named = node.lower ? beforeAndAfterSeparator(node.lower) : null;
  if (named && named[0].k === 'sym' && named[0].sub === null && /^[a-z]$/.test(named[0].name) && named[1].k === 'sym' && named[1].sub === null && /^\p{L}{2,}$/u.test(named[1].name)) {
    return { ...node, lower: { k: 'rel', op: '\\in', left: named[0], right: named[1] } };
  }
  if (node.lower?.k !== 'rel') return null;
  const parts = beforeAndAfterSeparator(node.lower.left);
  if (!parts) return null;
  const [index, tested] = parts;
  if (index.k !== 'sym' || index.sub !== null || tested.k !== 'sym' || tested.sub !== null || tested.name !== index.name) return null;
  return { ...node, lower: { ...node.lower, left: index } };
}

/** The parts of a factor `⋯ (a)` (or `⋯ (a)^{e}`) that the reader took for dots called on a: the dots, then a (to the power). */
function dotsCalled(factor: Expr): Expr[] | null {
  const call = factor.k === 'pow' ? factor.base : factor;
  if (call.k !== 'call' || !isDots(call.head) || call.args.length !== 1) return null;
  const arg = call.args[0] as Expr;
  return [call.head, factor.k === 'pow' ? { ...factor, base: arg } : arg];
}

/**
 * a_1 b_1 ⋯ (a_N)^{e} b_N: dots before a bracket are no function applied to it; the
 * bracket is the next factor of the written-out product, as after any other factor.
 */
export function dotsBeforeBracket(node: Expr): Expr | null {
  if (node.k !== 'mul' || !node.factors.some((f) => dotsCalled(f) !== null)) return null;
  return { ...node, factors: node.factors.flatMap((f) => dotsCalled(f) ?? [f]) };
}

const bareLetter = (e: Expr | null): e is Extract<Expr, { k: 'sym' }> => e?.k === 'sym' && e.sub === null && /^[A-Za-z]$/.test(e.name);

/**
 * Σ_n^i y^i log p^i → Σ_i^n: the index and the bound written the other way round. The
 * letter under Σ is never used by the body while the one above it indexes every term,
 * so the one above is what the sum runs over, up to the one below.
 */
export function swappedIndexAndBound(node: Expr): Expr | null {
  if (node.k !== 'big' || !bareLetter(node.lower) || !bareLetter(node.upper) || node.lower.name === node.upper.name) return null;
  if (mentions(node.body, node.lower.name) || !mentions(node.body, node.upper.name)) return null;
  return { ...node, lower: node.upper, upper: node.lower };
}

defineTreeRule({ name: 'swapped-index-and-bound', order: 6.5, apply: swappedIndexAndBound });
defineTreeRule({ name: 'dots-before-bracket', order: 7, apply: dotsBeforeBracket });
defineTreeRule({ name: 'index-condition', order: 7.5, apply: indexCondition });
defineTreeRule({ name: 'sample-pairs', order: 9.5, apply: samplePairs });
defineTreeRule({ name: 'bare-capital-operator', order: 7.9, apply: bareCapitalOperator });
defineTreeRule({ name: 'index-from-terms', order: 8, apply: indexFromTerms });
defineTreeRule({ name: 'index-range', order: 9, apply: indexRange });
