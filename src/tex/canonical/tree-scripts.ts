// Tree rules for what sits in a superscript without being a power: a name
// (p^{\mathcal{T}}, q^{\text{model}}) is part of the symbol's name; y'^{(n)} parses
// as y^{\prime (n)}, so the prime that names the symbol (y′ is not y) would be lost
// in an exponent; and inside Σ_n, z^{(n)}_j writes the sample index above the
// class index, one index list z_{n,j}.
import type { Expr } from '../expr';
import { applyTreeRules, defineTreeRule, mapChildren } from './registry';

const isPrime = (e: Expr) => e.k === 'sym' && e.sub === null && e.name === '\\prime';

/** y^{′ (n)} → (y′)^{(n)}: the prime goes back to the symbol's name. */
export function primeInSuperscript(node: Expr): Expr | null {
  if (node.k !== 'pow' || node.base.k !== 'sym') return null;
  const exp = node.exp;
  const factors = exp.k === 'mul' ? exp.factors : [exp];
  if (!factors[0] || !isPrime(factors[0])) return null;
  const base: Expr = { ...node.base, name: `${node.base.name}'` };
  const rest = factors.slice(1);
  if (rest.length === 0) return base;
  return { k: 'pow', base, exp: rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest } };
}

/** A superscript that names rather than raises: \mathcal{T}, \text{teacher}, \mathrm{pred}, a word (model, data). */
const isNamingSuperscript = (e: Expr): boolean =>
  e.k === 'sym' && e.sub === null && (/^\\(?:mathcal|mathscr|mathrm|mathsf|text|textrm|operatorname)\{[^{}]+\}$/.test(e.name) || /^[A-Za-z]{2,}$/.test(e.name));

/**
 * p_c^{\mathcal{T}}(x), q^{\text{student}}: a superscript that is a name is part of the
 * symbol's name (the teacher's p and the student's p are two distributions), not a power.
 */
export function namingSuperscript(node: Expr): Expr | null {
  if (node.k !== 'pow' || !isNamingSuperscript(node.exp)) return null;
  const mark = `^{${(node.exp as { name: string }).name}}`;
  if (node.base.k === 'sym' && !node.base.transposed) return { ...node.base, name: `${node.base.name}${mark}` };
  if (node.base.k === 'call' && node.base.head.k === 'sym') return { ...node.base, head: { ...node.base.head, name: `${node.base.head.name}${mark}` } };
  return null;
}

const isSymbol = (e: Expr, name: string) => e.k === 'sym' && e.sub === null && e.name === name;

/** The letter a sum or product runs over (Σ_n, Σ_{n=1}^{N}, Π_i), or null. */
function sumIndex(e: Expr): string | null {
  if (e.k !== 'big' || (e.op !== 'sum' && e.op !== 'prod') || !e.lower) return null;
  const lower = e.lower.k === 'rel' ? e.lower.left : e.lower;
  return lower.k === 'sym' && lower.sub === null ? lower.name : null;
}

/** `e` with every indexed symbol raised to `index` (z_j^{(n)}) read as z_{n,j}; `changed` counts them. */
function superscriptToIndex(e: Expr, index: string, changed: { count: number }, depth = 0): Expr {
  if (depth > 40) return e;
  if (e.k === 'pow' && e.base.k === 'sym' && e.base.sub !== null) {
    const exp = e.exp.k === 'mul' && e.exp.factors.length === 1 ? (e.exp.factors[0] as Expr) : e.exp;
    if (isSymbol(exp, index)) {
      changed.count += 1;
      return { ...e.base, sub: `${index},${e.base.sub}`, subAtoms: null };
    }
  }
  // An inner sum over the same letter binds it anew.
  if (sumIndex(e) === index) return e;
  return mapChildren(e, (child) => superscriptToIndex(child, index, changed, depth + 1));
}

/** The letters indexed symbols in `e` are raised to (z^{(n)}_j → n). */
function superscriptLetters(e: Expr, out: Set<string>, depth = 0): Set<string> {
  if (depth > 40) return out;
  if (e.k === 'pow' && e.base.k === 'sym' && e.base.sub !== null) {
    const exp = e.exp.k === 'mul' && e.exp.factors.length === 1 ? (e.exp.factors[0] as Expr) : e.exp;
    if (exp.k === 'sym' && exp.sub === null && /^[a-z]$/.test(exp.name)) out.add(exp.name);
  }
  mapChildren(e, (child) => {
    superscriptLetters(child, out, depth + 1);
    return child;
  });
  return out;
}

/**
 * Σ_n … z^{(n)}_{y} … → Σ_n … z_{n,y} …: a symbol already indexed below, raised to
 * the sum's own index, carries that index, it is not a power. A sum that writes no
 * index runs over the one letter its symbols are raised to this way (Σ z^{(n)}_j).
 * A plain y^{(n)} keeps the author's form (nothing reads it as a power of y there).
 * A product over the samples (Π_n Π_k {y^{(n)}_k}^{t^{(n)}_k}) reads the same way.
 */
export function sampleSuperscript(node: Expr): Expr | null {
  if (node.k !== 'big' || (node.op !== 'sum' && node.op !== 'prod')) return null;
  const letters = node.lower === null ? superscriptLetters(node.body, new Set()) : null;
  const index = letters ? (letters.size === 1 ? ([...letters][0] as string) : null) : sumIndex(node);
  if (index === null) return null;
  const changed = { count: 0 };
  const body = superscriptToIndex(node.body, index, changed);
  if (changed.count === 0) return fixedSampleSuperscript(node, index);
  // The body's own rules saw powers where there are now indexed symbols (log of ŷ_{n,k}^{y_{n,k}}): they run again.
  return { ...node, lower: node.lower ?? { k: 'sym', name: index, sub: null, subAtoms: null }, body: applyTreeRules(body) };
}

/**
 * Π_k (ŷ^{(i)}_k)^{y^{(i)}_k}, one sample's likelihood over the classes: the symbols indexed
 * by the class and raised, two or more of them, to one other letter carry that sample's index
 * (ŷ_{i,k}, y_{i,k}), as inside Σ_i. A lone power (p_k^n) stays a power.
 */
function fixedSampleSuperscript(node: Expr & { k: 'big' }, index: string): Expr | null {
  const letters = superscriptLetters(node.body, new Set());
  letters.delete(index);
  if (letters.size !== 1) return null;
  const sample = [...letters][0] as string;
  const changed = { count: 0 };
  const body = superscriptToIndex(node.body, sample, changed);
  return changed.count >= 2 ? { ...node, body: applyTreeRules(body) } : null;
}

/** The index of a sum a term starts with (Σ_i …, −(1/N) Σ_i …), or null. */
function leadingSumIndex(term: Expr): string | null {
  if (term.k === 'neg') return leadingSumIndex(term.arg);
  if (term.k === 'mul') return term.factors.map(sumIndex).find((index) => index !== null) ?? null;
  return sumIndex(term);
}

/**
 * Σ_i a^{(i)}_t … − (1 − a^{(i)}_t) …, brackets left out: the terms after the sum are
 * read inside it, so their superscripts are the sum's index as well.
 */
export function sampleSuperscriptAfterSum(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const at = node.terms.findIndex((term) => leadingSumIndex(term) !== null);
  if (at < 0) return null;
  const index = leadingSumIndex(node.terms[at] as Expr) as string;
  const changed = { count: 0 };
  const terms = node.terms.map((term, i) => (i > at ? superscriptToIndex(term, index, changed) : term));
  return changed.count > 0 ? { ...node, terms } : null;
}

defineTreeRule({ name: 'sample-superscript-after-sum', order: 7.5, apply: sampleSuperscriptAfterSum });
defineTreeRule({ name: 'sample-superscript', order: 7, apply: sampleSuperscript });
defineTreeRule({ name: 'naming-superscript', order: 2.5, apply: namingSuperscript });
defineTreeRule({ name: 'prime-in-superscript', order: 2, apply: primeInSuperscript });
