// Tree rule for the softmax cross-entropy written with each class's score inline, as
// textbooks of softmax regression do: −Σ_k y_k (w_k^⊤x + b_k) + log Σ_j e^{w_j^⊤x + b_j}.
// The score in the normaliser's exponent is a template over its index (j); the same score
// at another class (k, the label y) elsewhere in the formula is that class's logit. Both are
// named as one indexed symbol, as a formula on logits writes them (z_k, z_j), so the kinds
// read the shape and never the algebra of a score. The name is the score's own indexed letter
// (w in w_j^⊤x), as for a linear score read elsewhere (kinds/logits.ts). Only where the score
// appears both in the normaliser and beside it: a lone compound exponent is left alone.
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { texMentions } from '../terms';
import { defineTreeRule, mapChildren } from './registry';

type LogOf = Extract<Expr, { k: 'log' }>;
type BigOf = Extract<Expr, { k: 'big' }>;

/** The parts of log Σ_j e^{E_j} with E compound (an affine or product score), else null. */
function normaliserOf(e: Expr): { index: string; score: Expr } | null {
  if (e.k !== 'log') return null;
  const sum = single((e as LogOf).arg);
  if (sum.k !== 'big' || sum.op !== 'sum' || sum.body.k !== 'exp') return null;
  const lower = (sum as BigOf).lower;
  const bound = lower ? single(lower.k === 'rel' && /^(?:=|\\in|∈)$/.test(lower.op) ? lower.left : lower) : null;
  if (bound?.k !== 'sym' || bound.sub !== null || !/^[a-z]$/.test(bound.name)) return null;
  const score = single(sum.body.arg);
  const compound = score.k === 'add' || (score.k === 'mul' && score.factors.length >= 2);
  return compound && subscriptsOf(score).some((sub) => usesIndex(sub, bound.name)) ? { index: bound.name, score } : null;
}

/** The normaliser among a sum's own terms (under their sign or a weight), not searched deeper: the rule runs at every sum. */
function normaliserAmong(terms: readonly Expr[]): { index: string; score: Expr } | null {
  for (const term of terms) {
    const unsigned = term.k === 'neg' ? term.arg : term;
    for (const part of unsigned.k === 'mul' ? unsigned.factors : [unsigned]) {
      const found = normaliserOf(single(part));
      if (found) return found;
    }
  }
  return null;
}

function subscriptsOf(e: Expr, out: string[] = []): string[] {
  if (e.k === 'sym' && e.sub !== null) out.push(e.sub);
  mapChildren(e, (child) => {
    subscriptsOf(child, out);
    return child;
  });
  return out;
}

/** The index as its own letter in a subscript (j in j, i,j and j0, not in jk): texMentions's test, here to replace it. */
const indexPattern = (index: string): RegExp => new RegExp(`(?<![A-Za-z])${index}(?![A-Za-z])`, 'g');
const usesIndex = (sub: string, index: string): boolean => texMentions(sub, index);

/**
 * The class `other` is the template's score at: E_j and E_k the same but for the index, j
 * renamed k throughout (the same letter for every subscript that had j). Else null.
 */
function scoreAt(template: Expr, other: Expr, index: string): string | null {
  let label: string | null = null;
  const same = (a: Expr, b: Expr, depth: number): boolean => {
    if (depth > 40) return false;
    const x = single(a);
    const y = single(b);
    if (x.k !== y.k) return false;
    if (x.k === 'sym' && y.k === 'sym') {
      if (x.name !== y.name || (x.transposed ?? false) !== (y.transposed ?? false) || (x.sub === null) !== (y.sub === null)) return false;
      if (x.sub === null || y.sub === null || !usesIndex(x.sub, index)) return x.sub === y.sub;
      // j0 against k0: what stands where the index stood, the same everywhere.
      const escaped = x.sub.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const shape = new RegExp(`^${escaped.replace(indexPattern(index), '([A-Za-z][A-Za-z0-9]*?|\\d+)')}$`);
      const parts = shape.exec(y.sub)?.slice(1);
      if (!parts || parts.length === 0 || parts.some((part) => part !== parts[0])) return false;
      label ??= parts[0] as string;
      return label === parts[0];
    }
    if (x.k === 'num' || x.k === 'other') return exprTex(x) === exprTex(y);
    const xs: Expr[] = [];
    const ys: Expr[] = [];
    mapChildren(x, (child) => (xs.push(child), child));
    mapChildren(y, (child) => (ys.push(child), child));
    const sameHead = x.k === 'fn' ? x.name === (y as typeof x).name : x.k === 'big' || x.k === 'rel' ? x.op === (y as typeof x).op : true;
    return sameHead && xs.length === ys.length && xs.every((child, i) => same(child, ys[i] as Expr, depth + 1));
  };
  return same(template, other, 0) ? label : null;
}

/** The symbol a score is named by at `label`: its indexed letter, with the score's other indices first (x_i^⊤β_k: β_{i,k}). */
function scoreSymbol(score: Expr, index: string, label: string): Expr {
  const subs = subscriptsOf(score);
  const name = firstIndexedName(score, index) ?? 'z';
  const others = [...new Set(subs.flatMap((sub) => sub.split(/[,\s]+/)).filter((part) => /^[a-z]$/.test(part) && part !== index))];
  return { k: 'sym', name, sub: [...others, label].join(','), subAtoms: null };
}

function firstIndexedName(e: Expr, index: string): string | null {
  if (e.k === 'sym') return e.sub !== null && usesIndex(e.sub, index) ? e.name : null;
  let found: string | null = null;
  mapChildren(e, (child) => {
    found ??= firstIndexedName(child, index);
    return child;
  });
  return found;
}

export function inlineScores(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const normaliser = normaliserAmong(node.terms);
  if (!normaliser) return null;
  const { index, score } = normaliser;
  let picked = 0;
  const rename = (e: Expr, depth: number): Expr => {
    if (depth > 40) return e;
    // The normaliser's own exponent: the template at its index.
    if (e.k === 'exp' && single(e.arg) === score) return { ...e, arg: scoreSymbol(score, index, index) };
    // y_k(w_k^⊤x + b_k), read as a call of the target: the target times the class's score.
    if (e.k === 'call' && e.args.length === 1) {
      const label = scoreAt(score, e.args[0] as Expr, index);
      if (label) {
        picked += 1;
        return { k: 'mul', factors: [e.head, scoreSymbol(score, index, label)] };
      }
    }
    const label = e.k === 'add' || e.k === 'mul' ? scoreAt(score, e, index) : null;
    if (label) {
      picked += 1;
      return scoreSymbol(score, index, label);
    }
    return mapChildren(e, (child) => rename(child, depth + 1));
  };
  const renamed = rename(node, 0);
  return picked > 0 ? renamed : null;
}

defineTreeRule({ name: 'inline-scores', order: 48, apply: inlineScores });
