// Tree rules for sums written another way: a written-out sum of exponentials
// e^{x_1} + … + e^{x_n} is Σ_j e^{x_j}; mean(…) in code-style formulas is (1/N) Σ …;
// a small constant added inside a log for numerical stability (log(p + ε)) is dropped.
import type { Expr } from '../expr';
import { headName } from '../terms';
import { defineTreeRule } from './registry';
import { unindexedSum } from './tree-vectors';

const isDots = (e: Expr) => e.k === 'sym' && e.name === '\\dots';

/** e^{x_1} + e^{x_2} + … + e^{x_n}: the same exponential of one symbol under different indices → Σ_j e^{x_j}. */
export function writtenOutExponentials(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some(isDots)) return null;
  const exps = node.terms.filter((t) => !isDots(t));
  if (exps.length < 2 || !exps.every((t) => t.k === 'exp' && t.arg.k === 'sym' && t.arg.sub !== null)) return null;
  const names = new Set(exps.map((t) => (t.k === 'exp' && t.arg.k === 'sym' ? t.arg.name : '')));
  if (names.size !== 1) return null;
  const name = [...names][0] as string;
  return { k: 'big', op: 'sum', lower: { k: 'sym', name: 'j', sub: null, subAtoms: null }, upper: null, body: { k: 'exp', arg: { k: 'sym', name, sub: 'j', subAtoms: null } } };
}

function batchMean(arg: Expr): Expr {
  const scale: Expr = { k: 'div', num: { k: 'num', value: 1, text: '1' }, den: { k: 'sym', name: 'N', sub: null, subAtoms: null } };
  return { k: 'mul', factors: [scale, unindexedSum(arg)] };
}

const isMeanWord = (e: Expr) => e.k === 'sym' && e.sub === null && e.name === 'mean';

/** mean(X), \operatorname{mean}(X), and mean (a + b) read as a product → (1/N) Σ X. */
export function meanOf(node: Expr): Expr | null {
  if ((node.k === 'call' && headName(node) === 'mean' && node.args.length === 1) || (node.k === 'fn' && node.name === 'mean' && node.args.length === 1)) {
    return batchMean((node as { args: Expr[] }).args[0] as Expr);
  }
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f, i) => isMeanWord(f) && i < node.factors.length - 1);
  if (at < 0) return null;
  const factors = [...node.factors.slice(0, at), batchMean(node.factors[at + 1] as Expr), ...node.factors.slice(at + 2)];
  return factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors };
}

const EPSILONS = new Set(['\\epsilon', '\\varepsilon', 'eps', '\\text{eps}']);

/** log(p + ε) → log p: the ε keeps the log finite and says nothing about the formula. */
export function stabilityEpsilon(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const arg = node.arg.k === 'mul' && node.arg.factors.length === 1 ? (node.arg.factors[0] as Expr) : node.arg;
  if (arg.k !== 'add' || arg.terms.length < 2) return null;
  const kept = arg.terms.filter((t) => !(t.k === 'sym' && t.sub === null && EPSILONS.has(t.name)));
  if (kept.length === arg.terms.length || kept.length === 0) return null;
  return { ...node, arg: kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept } };
}

defineTreeRule({ name: 'written-out-exponentials', order: 50, apply: writtenOutExponentials });
defineTreeRule({ name: 'mean-of', order: 51, apply: meanOf });
defineTreeRule({ name: 'stability-epsilon', order: 52, apply: stabilityEpsilon });
