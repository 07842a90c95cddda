// The mean written as a word, as code and plain-text notes write it: mean(X), \operatorname{mean}_i(X),
// avg, and the word before the terms it averages with no bracket (mean_i −(y log p + …)). Each is
// (1/N) Σ X, the batch mean the kinds read.
import type { Expr } from '../expr';
import { defineTreeRule } from './registry';
import { unindexedSum } from './tree-vectors';

/** (1/N) Σ X; over the index a mean names below it (mean_i X) when it names one. */
export function batchMean(arg: Expr, index: string | null = null): Expr {
  const scale: Expr = { k: 'div', num: { k: 'num', value: 1, text: '1' }, den: { k: 'sym', name: 'N', sub: null, subAtoms: null } };
  const lower: Expr | null = index ? { k: 'sym', name: index, sub: null, subAtoms: null } : null;
  return { k: 'mul', factors: [scale, lower ? { k: 'big', op: 'sum', lower, upper: null, body: arg } : unindexedSum(arg)] };
}

/** The mean word, bare or with the one index it averages over below it (mean_i): that index, '' for none; else null. */
function meanWordIndex(e: Expr): string | null {
  if (e.k !== 'sym' || (e.name !== 'mean' && e.name !== 'avg')) return null;
  const index = (e.sub ?? '').replace(/[{}\s]/g, '');
  return index === '' || /^[a-z]$/.test(index) ? index : null;
}

/** mean(X), \operatorname{mean}(X), mean_i(X), mean (a + b) read as a product, and mean_i −X → (1/N) Σ X. */
export function meanOf(node: Expr): Expr | null {
  const called = node.k === 'call' && node.args.length === 1 ? meanWordIndex(node.head) : null;
  if (called !== null || (node.k === 'fn' && node.name === 'mean' && node.args.length === 1)) {
    return batchMean((node as { args: Expr[] }).args[0] as Expr, called || null);
  }
  // mean_i −2(y log p + …): the word opening a sum has nothing of its own to average, so it takes the rest.
  const opening = node.k === 'add' && node.terms.length >= 2 ? meanWordIndex(node.terms[0] as Expr) : null;
  if (opening !== null && node.k === 'add') {
    const rest = node.terms.slice(1);
    return batchMean(rest.length === 1 ? (rest[0] as Expr) : { k: 'add', terms: rest }, opening || null);
  }
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex((f, i) => meanWordIndex(f) !== null && i < node.factors.length - 1);
  if (at < 0) return null;
  const factors = [...node.factors.slice(0, at), batchMean(node.factors[at + 1] as Expr, meanWordIndex(node.factors[at] as Expr) || null), ...node.factors.slice(at + 2)];
  return factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors };
}

defineTreeRule({ name: 'mean-of', order: 51, apply: meanOf });
