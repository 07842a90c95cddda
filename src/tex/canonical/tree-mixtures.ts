// Tree rules for a loss written as a mixture of targets: label smoothing is often
// written as the one-hot term plus the uniform term, −(1 − ε) log ŷ_c − (ε/K) Σ_k log ŷ_k,
// which is one cross-entropy whose target is the mixture, −Σ_k ((1 − ε)[k = c] + ε/K) log ŷ_k.
import type { Expr } from '../expr';
import { subscriptParts } from '../selectors';
import { mentions } from '../terms';
import { defineTreeRule } from './registry';

/** A term as a sign and its factors, with minus signs on the term and on its factors pulled out. */
function signedFactors(e: Expr, depth = 0): { negative: boolean; factors: Expr[] } {
  if (depth > 20) return { negative: false, factors: [e] };
  if (e.k === 'neg') {
    const inner = signedFactors(e.arg, depth + 1);
    return { negative: !inner.negative, factors: inner.factors };
  }
  if (e.k === 'mul') {
    let negative = false;
    const factors: Expr[] = [];
    for (const factor of e.factors) {
      const inner = signedFactors(factor, depth + 1);
      negative = negative !== inner.negative;
      factors.push(...inner.factors);
    }
    return { negative, factors };
  }
  return { negative: false, factors: [e] };
}

const product = (factors: Expr[]): Expr => (factors.length === 0 ? { k: 'num', value: 1, text: '1' } : factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors });

/** The name of the running index below a sum: k in Σ_{k=1}^{K} or Σ_k. */
function runningIndex(lower: Expr | null): string | null {
  const left = lower?.k === 'rel' && lower.op === '=' ? lower.left : lower;
  return left?.k === 'sym' && left.sub === null ? left.name : null;
}

/** log P_s of a symbol with one subscript part: its name and that part. */
function loggedEntry(e: Expr): { name: string; part: string } | null {
  if (e.k !== 'log' || e.arg.k !== 'sym' || e.arg.sub === null) return null;
  const parts = subscriptParts(e.arg.sub);
  return parts.length === 1 ? { name: e.arg.name, part: parts[0] as string } : null;
}

/**
 * a log P_c + b Σ_k w log P_k (same sign) → Σ_k (a [k = c] + b w) log P_k: one class's log term
 * (with Σ_{k≠c} over the other classes, b w (1 − [k = c]))
 * beside a sum over the classes of the logs of the same prediction joins the sum as an
 * indicator weight. The weight w may not involve P itself (−log p_c − Σ p_k log p_k adds an
 * entropy, not a target).
 */
export function oneHotBesideClassSum(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [first, second] = node.terms.map((term) => signedFactors(term));
  if (!first || !second || first.negative !== second.negative) return null;
  for (const [single, summed] of [[first, second], [second, first]] as const) {
    const logs = single.factors.filter((f) => f.k === 'log');
    const sums = summed.factors.filter((f) => f.k === 'big' && f.op === 'sum');
    const log = logs[0];
    const sum = sums[0];
    if (logs.length !== 1 || sums.length !== 1 || !log || !sum || sum.k !== 'big') continue;
    const entry = loggedEntry(log);
    // Σ_{k≠c} over the other classes: the joined sum runs over all of them, the spread weight off the true one.
    const others = sum.lower?.k === 'rel' && (sum.lower.op === '\\neq' || sum.lower.op === '\\ne') && entry !== null && sum.lower.right.k === 'sym' && sum.lower.right.name === entry.part;
    const index = others && sum.lower?.k === 'rel' ? runningIndex(sum.lower.left) : runningIndex(sum.lower);
    if (!entry || !index || entry.part === index) continue;
    const bodyFactors = signedFactors(sum.body);
    const bodyLogs = bodyFactors.factors.filter((f) => f.k === 'log');
    const bodyLog = bodyLogs[0];
    const bodyEntry = bodyLog ? loggedEntry(bodyLog) : null;
    if (bodyLogs.length !== 1 || !bodyEntry || bodyEntry.name !== entry.name || bodyEntry.part !== index) continue;
    const weight = bodyFactors.factors.filter((f) => f !== bodyLog);
    const coefficients = summed.factors.filter((f) => f !== sum);
    const oneHotCoefficients = single.factors.filter((f) => f !== log);
    if ([...weight, ...coefficients, ...oneHotCoefficients].some((e) => mentions(e, entry.name))) continue;
    const indicator: Expr = {
      k: 'call',
      head: { k: 'sym', name: '\\mathbb{1}', sub: null, subAtoms: null },
      args: [{ k: 'rel', op: '=', left: { k: 'sym', name: index, sub: null, subAtoms: null }, right: { k: 'sym', name: entry.part, sub: null, subAtoms: null } }],
      open: '(',
    };
    const oneHotWeight = product([...oneHotCoefficients, indicator]);
    const offTrue: Expr[] = others ? [{ k: 'add', terms: [{ k: 'num', value: 1, text: '1' }, { k: 'neg', arg: indicator }] }] : [];
    const spreadWeight = product([...coefficients, ...weight, ...offTrue]);
    const spreadTerm: Expr = bodyFactors.negative ? { k: 'neg', arg: spreadWeight } : spreadWeight;
    const body: Expr = { k: 'mul', factors: [{ k: 'add', terms: [oneHotWeight, spreadTerm] }, bodyLog as Expr] };
    const joined: Expr = { ...sum, ...(others ? { lower: { k: 'sym' as const, name: index, sub: null, subAtoms: null } } : {}), body };
    return first.negative ? { k: 'neg', arg: joined } : joined;
  }
  return null;
}

defineTreeRule({ name: 'one-hot-beside-class-sum', order: 56, apply: oneHotBesideClassSum });
