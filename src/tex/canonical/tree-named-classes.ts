// Tree rules for the second class's term of a binary loss as notes type it. Each
// class's probability named apart:
// y log p_M + (1 − y) log p_B (malignant and benign), y log p_1 + (1 − y) log p_0 (per sample p_{i,1}, p_{i,0}),
// y log p_+ + (1 − y) log p_−, and the other outcome barred, y log p + ȳ log p̄. The two classes' probabilities sum to one, so the second
// is 1 − the first. And the complement's brackets dropped, y log p + 1 − y log(1 − p):
// beside y log p the 1 and the − y log(1 − p) are (1 − y) log(1 − p). Both give the one
// binary form the kinds match. A stray letter typed between a log and the complement's
// bracket, y log p + (1 − y) log q(1 − p), is a slip: beside log p, the log is of 1 − p; so is the
// 1 − typed inside the sigmoid, y log σ(z) + (1 − y) log σ(1 − z), beside log σ(z) (and in a likelihood's powers).
// The complement's term typed with the label's own log, p log q + (1 − p) log q, is the same slip: log(1 − q).
import type { Expr } from '../expr';
import { exprTex, sameTree, single } from '../expr';
import { complementOf, isComplementOf } from '../terms';
import { defineTreeRule } from './registry';
import { pairedInSum, signedTerm } from './term-pairs';
import { subscriptParts } from '../selectors';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** A subscript that names a class rather than indexing a sum: a capital, a digit, a sign, a word. */
const CLASS_NAME = /^\{?(?:[A-Z]|[0-9]|\+|-|\\text\{[^{}]+\}|\\mathrm\{[^{}]+\}|[A-Za-z]{2,})\}?$/;

/** A class's probability named apart: p_1, p_{i,0}, or a call on it, p_1(x); its letter, subscript and the call's arguments. */
interface NamedClass {
  e: Expr;
  name: string;
  sub: string;
  args: string;
}

function namedClass(e: Expr): NamedClass | null {
  const p = single(e);
  const symbol = p.k === 'call' ? single(p.head) : p;
  if (symbol.k !== 'sym' || symbol.sub === null || !CLASS_NAME.test(classPart(symbol.sub))) return null;
  return { e: p, name: symbol.name, sub: symbol.sub, args: p.k === 'call' ? p.args.map((a) => exprTex(a)).join(',') : '' };
}

/** The second the other class of the first: the same letter and arguments, another class, one sample. */
function otherClass(first: NamedClass, second: NamedClass): boolean {
  return first.name === second.name && first.args === second.args && first.sub !== second.sub && sampleParts(first.sub) === sampleParts(second.sub);
}

/** weight · log(p_name): the weight, the log and its probability, or null. */
function weightedNamedLog(term: Expr): { weight: Expr; log: Extract<Expr, { k: 'log' }>; p: NamedClass } | null {
  if (term.k !== 'mul' || term.factors.length !== 2) return null;
  const [weight, log] = term.factors.map(single) as [Expr, Expr];
  const p = log.k === 'log' ? namedClass(log.arg) : null;
  return log.k === 'log' && p ? { weight, log, p } : null;
}

/** The part of a subscript that names the class: all of it, or its last part after the sample's index (p_{i,1}). */
function classPart(sub: string): string {
  const parts = subscriptParts(sub);
  return (parts.length > 1 ? parts.at(-1) : sub.replace(/\s/g, '')) as string;
}

/** The subscript without its class part: the sample's index p_{i,1} and p_{i,0} share. */
function sampleParts(sub: string): string {
  return subscriptParts(sub).slice(0, -1).join(',');
}

/** y log p_A + (1 − y) log p_B → y log p_A + (1 − y) log(1 − p_A), signed as written. */
export function namedClassProbabilities(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(signedTerm) as [ReturnType<typeof signedTerm>, ReturnType<typeof signedTerm>];
  const [first, second] = [weightedNamedLog(a.body), weightedNamedLog(b.body)];
  if (!first || !second || a.sign !== b.sign) return null;
  if (!otherClass(first.p, second.p)) return null;
  const complementWeighs = (of: Expr, weight: Expr) => {
    const other = complementOf(weight);
    return other !== null && exprTex(single(other)) === exprTex(of);
  };
  // The term weighted by the complement (1 − y) is the one rewritten, whichever comes first.
  const [kept, changed, changedAt] = complementWeighs(first.weight, second.weight) ? [first, second, 1] : complementWeighs(second.weight, first.weight) ? [second, first, 0] : [null, null, -1];
  if (!kept || !changed) return null;
  const complement: Expr = { k: 'mul', factors: [changed.weight, { ...changed.log, arg: { k: 'add', terms: [ONE, { k: 'neg', arg: kept.p.e }] } }] };
  const signed = [a, b][changedAt]?.sign === 1 ? complement : ({ k: 'neg', arg: complement } as Expr);
  return { k: 'add', terms: node.terms.map((term, i) => (i === changedAt ? signed : term)) };
}

type Power = Extract<Expr, { k: 'pow' }>;

/** The two powers among a product's factors (a likelihood's pair), or null when there are not exactly two. */
function twoPowers(factors: Expr[]): [Power, Power] | null {
  const powers = factors.map((f) => single(f)).filter((f): f is Power => f.k === 'pow');
  return powers.length === 2 ? (powers as [Power, Power]) : null;
}

/** p_1^{y} p_0^{1 − y} → p_1^{y} (1 − p_1)^{1 − y}: the same classes named apart in a likelihood's powers. */
export function namedClassPowers(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const pair = twoPowers(node.factors);
  if (!pair) return null;
  const [a, b] = pair;
  const [first, second] = [namedClass(a.base), namedClass(b.base)];
  if (!first || !second || !otherClass(first, second) || !isComplementOf(b.exp, a.exp)) return null;
  const complement: Expr = { ...b, base: { k: 'add', terms: [ONE, { k: 'neg', arg: first.e }] } };
  return { ...node, factors: node.factors.map((f) => (single(f) === b ? complement : f)) };
}

/** w · log(x): the weight and the log, or null. */
function weightedLog(term: Expr): { weight: Expr; log: Extract<Expr, { k: 'log' }> } | null {
  if (term.k !== 'mul' || term.factors.length !== 2) return null;
  const [weight, log] = term.factors.map(single) as [Expr, Expr];
  return log.k === 'log' && weight.k !== 'num' ? { weight, log } : null;
}

function bracketsRestored(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  const one = parts.findIndex((part) => part.sign === 1 && part.body.k === 'num' && part.body.value === 1);
  if (one < 0) return null;
  for (const [j, part] of parts.entries()) {
    const complementTerm = part.sign === -1 ? weightedLog(part.body) : null;
    const p = complementTerm ? complementOf(single(complementTerm.log.arg)) : null;
    if (!complementTerm || !p) continue;
    const same = (e: Expr | null | undefined, f: Expr) => !!e && exprTex(single(e)) === exprTex(single(f));
    const positive = parts.some((other) => other.sign === 1 && same(weightedLog(other.body)?.weight, complementTerm.weight) && same(weightedLog(other.body)?.log.arg, p));
    if (!positive) continue;
    const restored: Expr = { k: 'mul', factors: [{ k: 'add', terms: [ONE, { k: 'neg', arg: complementTerm.weight }] }, complementTerm.log] };
    return { k: 'add', terms: terms.flatMap((t, i) => (i === one ? [] : i === j ? [restored] : [t])) };
  }
  return null;
}

/** y log p + 1 − y log(1 − p) → y log p + (1 − y) log(1 − p) (also under a bare Σ_n that runs on). */
export function complementBracketsDropped(node: Expr): Expr | null {
  return node.k === 'add' && node.terms.length >= 3 ? pairedInSum(node.terms, bracketsRestored) : null;
}

/** The logs' arguments a term holds, as TeX (y log p: p), a sum's body included. */
function logArgumentsIn(term: Expr): string[] {
  const body = single(term);
  const factors = body.k === 'mul' ? body.factors.map(single) : [body];
  return factors.flatMap((f) => (f.k === 'log' ? [exprTex(single(f.arg))] : f.k === 'big' ? logArgumentsIn(f.body) : f.k === 'add' ? f.terms.flatMap(logArgumentsIn) : []));
}

/** w · log(q) · (1 − p) with log p in another term: w · log(1 − p); null when no term has the slip. */
function strayLetterDropped(terms: Expr[]): Expr | null {
  const parts = terms.map(signedTerm);
  for (const [j, part] of parts.entries()) {
    if (part.body.k !== 'mul') continue;
    const factors = part.body.factors;
    const at = factors.findIndex((f, i) => {
      const log = single(f);
      const letter = log.k === 'log' ? single(log.arg) : null;
      const p = complementOf(single(factors[i + 1] ?? ONE));
      if (!letter || letter.k !== 'sym' || letter.sub !== null || !/^[a-z]$/.test(letter.name) || !p) return false;
      // log p(1 − p) may be the log of a product: the letter must be other than the probability's.
      if (exprTex(single(p)).startsWith(letter.name)) return false;
      return parts.some((other, i2) => i2 !== j && logArgumentsIn(other.body).includes(exprTex(single(p))));
    });
    if (at < 0) continue;
    const log = single(factors[at] as Expr) as Extract<Expr, { k: 'log' }>;
    const mended: Expr = { k: 'mul', factors: [...factors.slice(0, at), { ...log, arg: factors[at + 1] as Expr }, ...factors.slice(at + 2)] };
    return { k: 'add', terms: terms.map((t, i) => (i === j ? (part.sign === 1 ? mended : { k: 'neg', arg: mended }) : t)) };
  }
  return null;
}

/** y log p + (1 − y) log q(1 − p) → y log p + (1 − y) log(1 − p) (also under a bare Σ_n that runs on). */
export function strayLetterBeforeComplement(node: Expr): Expr | null {
  return node.k === 'add' && node.terms.length >= 2 ? pairedInSum(node.terms, strayLetterDropped) : null;
}

/**
 * −[p log q + (1 − p) log q] → −[p log q + (1 − p) log(1 − q)]: the complement's term written with the
 * same log as the label's, a slip (the sum would be log q alone); the complement's log is of 1 − q.
 */
export function repeatedLogBesideComplement(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(signedTerm) as [ReturnType<typeof signedTerm>, ReturnType<typeof signedTerm>];
  const [first, second] = [weightedLog(a.body), weightedLog(b.body)];
  if (!first || !second || a.sign !== b.sign) return null;
  const q = single(first.log.arg);
  if (!sameTree(q, second.log.arg) || q.k === 'num' || complementOf(q) !== null) return null;
  const weighs = (of: Expr, weight: Expr) => isComplementOf(weight, of);
  const changedAt = weighs(first.weight, second.weight) ? 1 : weighs(second.weight, first.weight) ? 0 : -1;
  if (changedAt < 0) return null;
  const changed = changedAt === 1 ? second : first;
  const mended: Expr = { k: 'mul', factors: [changed.weight, { ...changed.log, arg: { k: 'add', terms: [ONE, { k: 'neg', arg: q }] } }] };
  const signed = [a, b][changedAt]?.sign === 1 ? mended : ({ k: 'neg', arg: mended } as Expr);
  return { k: 'add', terms: node.terms.map((term, i) => (i === changedAt ? signed : term)) };
}

const isSigmoidOf = (e: Expr): Expr | null => {
  const inner = single(e);
  return inner.k === 'call' && inner.head.k === 'sym' && inner.head.name === '\\sigma' && inner.head.sub === null && inner.args.length === 1 ? (inner.args[0] as Expr) : null;
};

/** The logits z of the logs of σ(z) a term holds (y log σ(z): z), as TeX. */
function sigmoidLogitsIn(term: Expr): string[] {
  const body = single(signedTerm(term).body);
  const factors = body.k === 'mul' ? body.factors.map(single) : [body];
  return factors.flatMap((f) => {
    const z = f.k === 'log' ? isSigmoidOf(f.arg) : null;
    return z ? [exprTex(single(z))] : [];
  });
}

/** log σ(1 − z) in one term with log σ(z) in another: log(1 − σ(z)); null when no term has the slip. */
function complementInsideSigmoid(terms: Expr[]): Expr | null {
  const logits = terms.flatMap(sigmoidLogitsIn);
  const mend = (e: Expr, depth = 0): Expr => {
    if (depth > 6) return e;
    if (e.k === 'neg') {
      const arg = mend(e.arg, depth + 1);
      return arg === e.arg ? e : { ...e, arg };
    }
    if (e.k === 'mul') {
      const factors = e.factors.map((f) => mend(f, depth + 1));
      return factors.every((f, i) => f === e.factors[i]) ? e : { ...e, factors };
    }
    const sigmoid = e.k === 'log' ? single(e.arg) : null;
    const z = sigmoid ? isSigmoidOf(sigmoid) : null;
    const inner = z ? complementOf(single(z)) : null;
    if (e.k !== 'log' || sigmoid?.k !== 'call' || !inner || !logits.includes(exprTex(single(inner)))) return e;
    return { ...e, arg: { k: 'add', terms: [ONE, { k: 'neg', arg: { ...sigmoid, args: [inner] } }] } };
  };
  const mended = terms.map((t) => mend(t));
  return mended.some((t, i) => t !== terms[i]) ? { k: 'add', terms: mended } : null;
}

/** y log σ(z) + (1 − y) log σ(1 − z) → y log σ(z) + (1 − y) log(1 − σ(z)) (also under a bare Σ_n that runs on). */
export function complementInsideSigmoidSlip(node: Expr): Expr | null {
  return node.k === 'add' && node.terms.length >= 2 ? pairedInSum(node.terms, complementInsideSigmoid) : null;
}

/**
 * σ(z)^{y} σ(1 − z)^{1 − y} → σ(z)^{y} (1 − σ(z))^{1 − y}: the same slip in a likelihood's powers, the
 * exponents a label and its complement.
 */
export function complementInsideSigmoidPowers(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const pair = twoPowers(node.factors);
  if (!pair) return null;
  const [a, b] = pair;
  if (!isComplementOf(a.exp, b.exp) && !isComplementOf(b.exp, a.exp)) return null;
  const mended = (plain: typeof a, slipped: typeof a): Expr | null => {
    const z = isSigmoidOf(plain.base);
    const sigmoid = single(slipped.base);
    const inner = isSigmoidOf(sigmoid);
    const rest = inner ? complementOf(single(inner)) : null;
    if (!z || !rest || sigmoid.k !== 'call' || exprTex(single(rest)) !== exprTex(single(z))) return null;
    return { ...slipped, base: { k: 'add', terms: [ONE, { k: 'neg', arg: { ...sigmoid, args: [rest] } }] } };
  };
  const [plain, slipped] = mended(a, b) ? [a, b] : [b, a];
  const fixed = mended(plain, slipped);
  if (!fixed) return null;
  return { ...node, factors: node.factors.map((f) => (single(f) === slipped ? fixed : f)) };
}

/** p̄ (\\bar or \\overline) for the letter p with the same subscript, or null. */
function barredOf(e: Expr, plain: Expr): boolean {
  const barred = single(e);
  const letter = single(plain);
  if (barred.k !== 'sym' || letter.k !== 'sym' || barred.sub !== letter.sub) return false;
  return barred.name === `\\bar{${letter.name}}` || barred.name === `\\overline{${letter.name}}`;
}

/** y log p + ȳ log p̄ (or (1 − y) log p̄): the bar is the other outcome, 1 − y and 1 − p. */
function barredComplementPair(terms: Expr[]): Expr | null {
  if (terms.length !== 2) return null;
  const [a, b] = terms.map(signedTerm) as [ReturnType<typeof signedTerm>, ReturnType<typeof signedTerm>];
  const [first, second] = [weightedLog(a.body), weightedLog(b.body)];
  if (!first || !second || a.sign !== b.sign || !barredOf(second.log.arg, first.log.arg)) return null;
  const complementWeight = complementOf(single(second.weight));
  const weightIsOther = barredOf(second.weight, first.weight) || (complementWeight !== null && exprTex(single(complementWeight)) === exprTex(single(first.weight)));
  if (!weightIsOther) return null;
  const oneMinus = (x: Expr): Expr => ({ k: 'add', terms: [ONE, { k: 'neg', arg: single(x) }] });
  const other: Expr = { k: 'mul', factors: [oneMinus(first.weight), { ...second.log, arg: oneMinus(first.log.arg) }] };
  return { k: 'add', terms: [terms[0] as Expr, b.sign === 1 ? other : { k: 'neg', arg: other }] };
}

/** y log p + ȳ log p̄ → y log p + (1 − y) log(1 − p) (also under a bare Σ_n that runs on). */
export function barredComplement(node: Expr): Expr | null {
  return node.k === 'add' && node.terms.length === 2 ? pairedInSum(node.terms, barredComplementPair) : null;
}

defineTreeRule({ name: 'barred-complement', order: 64.2, apply: barredComplement });
defineTreeRule({ name: 'complement-inside-sigmoid', order: 64.3, apply: complementInsideSigmoidSlip });
defineTreeRule({ name: 'complement-inside-sigmoid-powers', order: 64.35, apply: complementInsideSigmoidPowers });
defineTreeRule({ name: 'stray-letter-before-complement', order: 64.4, apply: strayLetterBeforeComplement });
defineTreeRule({ name: 'complement-brackets-dropped', order: 64.6, apply: complementBracketsDropped });
defineTreeRule({ name: 'named-class-probabilities', order: 64.5, apply: namedClassProbabilities });
defineTreeRule({ name: 'named-class-powers', order: 64.55, apply: namedClassPowers });
defineTreeRule({ name: 'repeated-log-beside-complement', order: 64.45, apply: repeatedLogBesideComplement });
