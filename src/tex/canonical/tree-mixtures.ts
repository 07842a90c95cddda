// Tree rules for a loss written as a mixture of targets: label smoothing is often
// written as the one-hot term plus the uniform term, −(1 − ε) log ŷ_c − (ε/K) Σ_k log ŷ_k,
// which is one cross-entropy whose target is the mixture, −Σ_k ((1 − ε)[k = c] + ε/K) log ŷ_k.
// The uniform term alone, −(1/K) Σ_{k=1}^{K} log ŷ_k, is the cross-entropy against the uniform
// target 1/K, as −(ε/K) Σ_k log ŷ_k is against ε/K.
import type { Expr } from '../expr';
import { exprTex, oneMinus } from '../expr';
import { indexParts, subscriptParts } from '../selectors';
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

/** k for Σ_{k ≠ c} (the one class c left out), else null. */
function otherClassesIndex(lower: Expr | null, left: string): string | null {
  if (lower?.k !== 'rel' || (lower.op !== '\\neq' && lower.op !== '\\ne') || lower.left.k !== 'sym' || lower.left.sub !== null) return null;
  return lower.right.k === 'sym' && lower.right.sub === null && lower.right.name === left ? lower.left.name : null;
}

/**
 * log P_s: the class s a logged component is at, and what names the component apart from
 * it (`name`, the same for P_c and P_k) and its letter (`symbol`). Read from the last
 * subscript part (p_c, y_{pred,c}, f_c(x), h_{θ,c}(x)) or a call's outcome (p(c | x), P(y = c | x)).
 */
function loggedEntry(e: Expr): { name: string; symbol: string; part: string } | null {
  if (e.k !== 'log') return null;
  const written = e.arg.k === 'mul' && e.arg.factors.length === 1 ? (e.arg.factors[0] as Expr) : e.arg;
  // e^{z_c} / Σ_j e^{z_j}: the softmax's component at c, named by its logit's letter.
  const softmax = written.k === 'div' && written.num.k === 'exp' && written.num.arg.k === 'sym' ? written.num.arg : null;
  const arg = softmax ?? written;
  const head = arg.k === 'call' ? arg.head : arg;
  if (head.k !== 'sym') return null;
  const parts = subscriptParts(head.sub);
  const rest = arg.k === 'call' ? arg.args.map(exprTex).join(',') : '';
  const part = parts.at(-1);
  // The true class by letter (p_c) or by number (p_1, as a worked example names it).
  if (part && /^(?:[A-Za-z]|\d{1,3})$/.test(part)) return { name: `${head.name}_{${parts.slice(0, -1).join(',')}}(${rest})`, symbol: head.name, part };
  if (arg.k !== 'call') return null;
  // p_θ(c | x): the subscript names the model, the outcome is the class.
  const outcome = outcomeLetter(arg);
  const first = arg.args[0];
  const label = first?.k === 'rel' ? exprTex(first.left) : '';
  return outcome ? { name: `${exprTex(head)}(${label}|${arg.args.slice(1).map(exprTex).join(',')})`, symbol: head.name, part: outcome } : null;
}

/**
 * a log P_c + b Σ_k w log P_k (same sign) → Σ_k (a [k = c] + b w) log P_k: one class's log term
 * (beside Σ_{k ≠ c}, the other classes' weight is b w (1 − [k = c]))
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
    // Σ_{k ≠ c}: the sum over the other classes, which the one-class term completes.
    const others = entry ? otherClassesIndex(sum.lower, entry.part) : null;
    const bodyFactors = signedFactors(sum.body);
    const bodyLogs = bodyFactors.factors.filter((f) => f.k === 'log');
    const bodyLog = bodyLogs[0];
    const bodyEntry = bodyLog ? loggedEntry(bodyLog) : null;
    // A bare Σ runs over the class its logs are at (Σ log P(y = i | x) over i).
    const stated = sum.lower === null ? (bodyEntry?.part ?? null) : runningIndex(sum.lower.k === 'rel' && sum.lower.op === '\\in' ? sum.lower.left : sum.lower);
    const index = others ?? stated;
    if (!entry || !index || entry.part === index) continue;
    if (bodyLogs.length !== 1 || !bodyEntry || bodyEntry.name !== entry.name || bodyEntry.part !== index) continue;
    const weight = bodyFactors.factors.filter((f) => f !== bodyLog);
    const coefficients = summed.factors.filter((f) => f !== sum);
    const oneHotCoefficients = single.factors.filter((f) => f !== log);
    if ([...weight, ...coefficients, ...oneHotCoefficients].some((e) => mentions(e, entry.symbol))) continue;
    const indicator: Expr = {
      k: 'call',
      head: { k: 'sym', name: '\\mathbb{1}', sub: null, subAtoms: null },
      args: [{ k: 'rel', op: '=', left: { k: 'sym', name: index, sub: null, subAtoms: null }, right: /^\d+$/.test(entry.part) ? { k: 'num', value: Number(entry.part), text: entry.part } : { k: 'sym', name: entry.part, sub: null, subAtoms: null } }],
      open: '(',
    };
    const oneHotWeight = product([...oneHotCoefficients, indicator]);
    const spreadWeight = product([...coefficients, ...weight, ...(others ? [oneMinus(indicator)] : [])]);
    const spreadTerm: Expr = bodyFactors.negative ? { k: 'neg', arg: spreadWeight } : spreadWeight;
    const body: Expr = { k: 'mul', factors: [{ k: 'add', terms: [oneHotWeight, spreadTerm] }, bodyLog as Expr] };
    const joined: Expr = { ...sum, lower: others || sum.lower === null ? { k: 'sym', name: index, sub: null, subAtoms: null } : sum.lower, body };
    return first.negative ? { k: 'neg', arg: joined } : joined;
  }
  return null;
}

/** p(k | x), P(y = k | x): the letter of the outcome, alone or as the value of the label. */
function outcomeLetter(e: Expr): string | null {
  const inner = e.k === 'mul' && e.factors.length === 1 ? (e.factors[0] as Expr) : e;
  if (inner.k !== 'call') return null;
  const first = inner.args[0];
  const outcome = first?.k === 'rel' ? (first.op === '=' ? first.right : first.left) : first;
  return outcome?.k === 'sym' && outcome.sub === null && /^[a-z]$/.test(outcome.name) ? outcome.name : null;
}

/**
 * Whether the log's argument is the component at the index itself: p_k, y_{pred,k}, f_k(x),
 * p(k | x), softmax(z)_k as e^{z_k}/Σ_j e^{z_j}. Not p_{y_k}, p_{i, y_i} or p(y_n | x_n), whose
 * index picks a label.
 */
function componentAt(e: Expr, index: string): boolean {
  // p_{i, y_i} picks each sample's label: a one-hot batch, not every component of i.
  // y_{n,k} (another index beside it) and s_{i,i} (the diagonal) pick one entry per sample too.
  if (e.k === 'sym') return e.sub !== null && indexParts(e.sub).length === 1 && indexParts(e.sub)[0] === index;
  if (e.k === 'call') {
    const first = e.args[0];
    // p(k | x), P(y = k | x): the outcome is the index, alone or as the value of the label.
    return componentAt(e.head, index) || outcomeLetter(e) === index;
  }
  if (e.k === 'div') return e.num.k === 'exp' ? componentAt(e.num.arg, index) : false;
  if (e.k === 'pow') return componentAt(e.base, index);
  return e.k === 'mul' && e.factors.length === 1 && componentAt(e.factors[0] as Expr, index);
}

/** B for 1/B (a one over a symbol), else null. */
function reciprocalOf(e: Expr): Expr | null {
  return e.k === 'div' && e.num.k === 'num' && e.num.value === 1 && e.den.k === 'sym' ? e.den : null;
}

/** Whether 1/B can be one over Σ's number of terms: B is its upper limit when it writes one (Σ_k, Σ_{k ∈ C} leave it to B). */
function countsTerms(sum: Extract<Expr, { k: 'big' }>, count: Expr): boolean {
  return sum.upper === null || exprTex(sum.upper) === exprTex(count);
}

/**
 * (1/K) Σ_{k=1}^{K} log P_k → Σ_k (1/K) log P_k with 1/K a target: a one over the sum's
 * number of terms before (or inside) a sum of the logs of the components at its index is the uniform
 * distribution over them, not a mean (which the kinds would take as a batch's 1/N), so the
 * loss reads as cross-entropy against it, like ε/K Σ_k log P_k. The uniform weight is one
 * symbol named 1/K, the target a reader names.
 */
export function uniformTarget(node: Expr): Expr | null {
  const pair = (sum: Expr | undefined, scale: Expr | undefined): Expr | null => {
    const count = scale ? reciprocalOf(scale) : null;
    if (!count || sum?.k !== 'big' || sum.op !== 'sum') return null;
    // Σ_{k ∈ C} runs over k as Σ_k does.
    const body = sum.body.k === 'mul' && sum.body.factors.length === 1 ? (sum.body.factors[0] as Expr) : sum.body;
    if (body.k !== 'log') return null;
    // Σ log p(k | x) without an index runs over the outcome k.
    const lower = sum.lower?.k === 'rel' && sum.lower.op === '\\in' ? sum.lower.left : sum.lower;
    const index = lower === null ? outcomeLetter(body.arg) : runningIndex(lower);
    if (!index || !countsTerms(sum, count) || !componentAt(body.arg, index)) return null;
    const uniform: Expr = { k: 'sym', name: `1/${exprTex(count)}`, sub: null, subAtoms: null };
    return { ...sum, body: { k: 'mul', factors: [uniform, body] } };
  };
  if (node.k === 'mul' && node.factors.length === 2) return pair(node.factors[1], node.factors[0]);
  // \frac{-1}{K} Σ …: the sign rule makes the minus a parent of the product after its children were read.
  if (node.k === 'neg' && node.arg.k === 'mul' && node.arg.factors.length === 2) {
    const sum = pair(node.arg.factors[1], node.arg.factors[0]);
    return sum && { k: 'neg', arg: sum };
  }
  if (node.k === 'big' && node.body.k === 'mul' && node.body.factors.length === 2) return pair({ ...node, body: node.body.factors[1] as Expr }, node.body.factors[0]);
  return null;
}

defineTreeRule({ name: 'uniform-target', order: 55, apply: uniformTarget });
defineTreeRule({ name: 'one-hot-beside-class-sum', order: 56, apply: oneHotBesideClassSum });
