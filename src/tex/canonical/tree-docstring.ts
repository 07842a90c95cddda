// Tree rules for docstring notation: y[i], x[class], weight[n] index an array the
// way y_i, x_{class}, w_n index a symbol; agg(…) names the loss's reduction; a weight
// typed against the label (qz beside 1 − z) is the weight times the label.
import type { Expr } from '../expr';
import { exprTex } from '../expr';
import { complementOf } from '../terms';
import { defineTreeRule, mapChildren } from './registry';

/** A plain index: a symbol or a number (no expression, no test like [y = k]). */
function isIndex(e: Expr): boolean {
  return (e.k === 'sym' && !e.transposed) || e.k === 'num';
}

/** y[i] → y_i, x[n, c] → x_{n,c}, y_{true}[i] → y_{true,i}: a bracketed index after a symbol, joining any subscript it has. */
export function bracketIndex(node: Expr): Expr | null {
  if (node.k !== 'call' || node.open !== '[' || node.head.k !== 'sym') return null;
  if (node.args.length === 0 || !node.args.every(isIndex)) return null;
  const indices = node.args.map(exprTex).join(',');
  return { k: 'sym', name: node.head.name, sub: node.head.sub === null ? indices : `${node.head.sub},${indices}`, subAtoms: null };
}

/** Names library docs give the reduction a loss is passed to, whichever it is (mean by default, sum, none). */
const REDUCTION_WORDS = new Set(['agg', 'aggregate', 'reduce', 'reduction']);

const isReductionWord = (e: Expr | undefined): boolean => e?.k === 'sym' && e.sub === null && REDUCTION_WORDS.has(e.name);

/**
 * agg(ℓ), reduction(ℓ): the per-element loss handed to a reduction the caller
 * picks. What it reduces over is not written, so the formula is the loss itself.
 */
export function reductionWrapper(node: Expr): Expr | null {
  if (node.k === 'call' && node.open === '(' && isReductionWord(node.head) && node.args.length === 1) return node.args[0] as Expr;
  if (node.k === 'mul' && node.factors.length === 2 && isReductionWord(node.factors[0])) return node.factors[1] as Expr;
  return null;
}

/** The single letters s of the complements 1 − s among a sum's terms and their factors. */
function complementedLetters(e: Expr, out: Set<string>, depth = 0): Set<string> {
  if (depth > 4) return out;
  const inner = complementOf(e);
  if (inner?.k === 'sym' && inner.sub === null && /^[A-Za-z]$/.test(inner.name)) out.add(inner.name);
  if (e.k === 'add' || e.k === 'mul' || e.k === 'neg') mapChildren(e, (child) => (complementedLetters(child, out, depth + 1), child));
  return out;
}

/** qz → q z when z is a label whose complement 1 − z the sum also holds. */
function splitGlued(e: Expr, labels: Set<string>, depth = 0): Expr {
  if (depth > 4) return e;
  if (e.k === 'sym' && e.sub === null && /^[A-Za-z]{2}$/.test(e.name) && labels.has(e.name[1] as string) && e.name[0] !== e.name[1]) {
    const letter = (name: string): Expr => ({ k: 'sym', name, sub: null, subAtoms: null });
    return { k: 'mul', factors: [letter(e.name[0] as string), letter(e.name[1] as string)] };
  }
  if (e.k !== 'mul' && e.k !== 'neg') return e;
  let changed = false;
  const out = mapChildren(e, (child) => {
    const next = splitGlued(child, labels, depth + 1);
    changed ||= next !== child;
    return next;
  });
  return changed ? out : e;
}

/**
 * qz · (−log σ(x)) + (1 − z) · (−log(1 − σ(x))): a two-letter name ending in a label whose
 * complement 1 − z stands beside it is a weight typed against the label, q z (the
 * positive-class weight of library docstrings).
 */
export function weightGluedToLabel(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const labels = complementedLetters(node, new Set());
  if (labels.size === 0) return null;
  const terms = node.terms.map((t) => splitGlued(t, labels));
  return terms.some((t, i) => t !== node.terms[i]) ? { ...node, terms } : null;
}

defineTreeRule({ name: 'weight-glued-to-label', order: 42, apply: weightGluedToLabel });
defineTreeRule({ name: 'bracket-index', order: 40, apply: bracketIndex });
defineTreeRule({ name: 'reduction-wrapper', order: 41, apply: reductionWrapper });
