// Tree rules for sums written another way (the expectation of a per-sample loss
// over the data is its batch mean): a written-out sum of exponentials
// e^{x_1} + … + e^{x_n} is Σ_j e^{x_j}, and any written-out sum of alike terms
// t_1 log y_1 + t_2 log y_2 + … + t_K log y_K is Σ_{k=1}^{K} t_k log y_k (and with
// no dots, terms numbered 1 … n are Σ_{i=1}^{n}), and a product written out the same
// way is Π_{i=1}^{N};
// a small constant added inside a log for numerical stability (log(p + ε)) is dropped.
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { subscriptParts, subscriptPartsIn } from '../selectors';
import { isArithmeticOfNumbers } from '../shapes-numeric';
import { complementOf, containsLog, headName } from '../terms';
import { defineTreeRule, anyChild, mapChildren } from './registry';
import { batchMean } from './tree-means';

/** The dots of a written-out sum or list (\\ldots, \\cdots and ... all read as \\dots). */
export const isDots = (e: Expr): boolean => e.k === 'sym' && e.name === '\\dots';

/**
 * e^{x_1} + e^{x_2} + … + e^{x_n}: the same exponential of one symbol under different indices → Σ_j e^{x_j};
 * without dots, every class's numbered 1, 2, …, n (e^{z_1} + e^{z_2} + e^{z_3}) → Σ_{j=1}^{n} e^{z_j}.
 */
export function writtenOutExponentials(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const dotted = node.terms.some(isDots);
  const exps = node.terms.filter((t) => !isDots(t));
  if (exps.length < 2 || !exps.every((t) => t.k === 'exp' && t.arg.k === 'sym' && t.arg.sub !== null)) return null;
  const logits = exps.map((t) => (t as { arg: Extract<Expr, { k: 'sym' }> }).arg);
  const names = new Set(logits.map((logit) => logit.name));
  if (names.size !== 1) return null;
  // Classes numbered from 1, or from 0 as code numbers them (e^{a_0} + e^{a_1}).
  const first = subscriptParts(logits[0]?.sub ?? null).join() === '0' ? 0 : 1;
  const numbered = logits.every((logit, i) => subscriptParts(logit.sub).join() === String(i + first));
  if (!dotted && !numbered) return null;
  const name = [...names][0] as string;
  const body: Expr = { k: 'exp', arg: { k: 'sym', name, sub: 'j', subAtoms: null } };
  if (dotted) return { k: 'big', op: 'sum', lower: { k: 'sym', name: 'j', sub: null, subAtoms: null }, upper: null, body };
  const last = logits.length - 1 + first;
  return { k: 'big', op: 'sum', lower: fromNumber('j', first), upper: { k: 'num', value: last, text: String(last) }, body };
}

const isDotsTerm = (e: Expr): boolean => isDots(e) || (e.k === 'neg' && isDots(e.arg));

/** `e` with every subscript part equal to `from` replaced by `to` (t_K → t_k, y_{i,1} → y_{i,k}). */
export function withSubscript(e: Expr, from: string, to: string, depth = 0): Expr {
  if (depth > 40) return e;
  if (e.k === 'sym' && e.sub !== null) {
    const parts = subscriptParts(e.sub);
    if (!parts.includes(from)) return e;
    const sub = parts.map((part) => (part === from ? to : part)).join(',');
    return { ...e, sub, subAtoms: null };
  }
  return mapChildren(e, (child) => withSubscript(child, from, to, depth + 1));
}

/** A letter for a new index: one of `letters` that `node` does not use. */
function freeIndex(node: Expr, letters: readonly string[]): string | undefined {
  const used = new Set(subscriptPartsIn(node));
  return letters.find((letter) => !used.has(letter) && !exprTex(node).includes(letter));
}

/** The lower limit `index = start`. */
function fromNumber(index: string, start: number): Expr {
  return { k: 'rel', op: '=', left: { k: 'sym', name: index, sub: null, subAtoms: null }, right: { k: 'num', value: start, text: String(start) } };
}

/** The lower limit `index = 1`. */
const fromOne = (index: string): Expr => fromNumber(index, 1);

/**
 * Samples written out: `chunks` numbered 1, 2, … and `last` numbered by one of `bounds`
 * (a letter, or a count) → Σ or Π over `index` from 1 to that bound; null when no bound
 * makes every chunk the body with its number put in.
 */
function foldSamples(op: 'sum' | 'prod', chunks: Expr[], last: Expr, index: string, bounds: Iterable<string>): Expr | null {
  for (const bound of bounds) {
    const body = withSubscript(last, bound, index);
    if (!chunks.every((chunk, c) => exprTex(withSubscript(body, index, String(c + 1))) === exprTex(chunk))) continue;
    const upper: Expr = /^\d+$/.test(bound) ? { k: 'num', value: Number(bound), text: bound } : { k: 'sym', name: bound, sub: null, subAtoms: null };
    return { k: 'big', op, lower: fromOne(index), upper, body };
  }
  return null;
}

/**
 * t_1 log y_1 + t_2 log y_2 + … + t_K log y_K → Σ_{k=1}^{K} t_k log y_k: terms that
 * differ only in one subscript, numbered from 1, dots, and a last term at a bound.
 */
export function writtenOutTerms(sum: Expr): Expr | null {
  const node = withoutGeneralTerm(sum);
  if (node.k !== 'add' || !node.terms.some(isDotsTerm)) return null;
  const written = node.terms.filter((t) => !isDotsTerm(t));
  const last = written.at(-1);
  if (written.length < 2 || !last || isDotsTerm(node.terms.at(-1) as Expr)) return null;
  const index = freeIndex(node, ['k', 'j', 'c', 'm']);
  if (!index) return null;
  return foldSamples('sum', written.slice(0, -1), last, index, new Set(subscriptPartsIn(last).filter((part) => /^[A-Za-z]$/.test(part))));
}

/**
 * y_1 log ŷ_1 + … + y_k log ŷ_k + … + y_C log ŷ_C: the general term shown between two runs of
 * dots (its subscript a letter where the others have numbers) says what the dots hold; the sum
 * is the one written without it.
 */
function withoutGeneralTerm(node: Expr): Expr {
  if (node.k !== 'add') return node;
  const first = node.terms.findIndex(isDotsTerm);
  const last = node.terms.findLastIndex(isDotsTerm);
  const between = node.terms.slice(first + 1, last);
  const general = (term: Expr) => {
    const parts = subscriptPartsIn(term);
    return parts.length > 0 && parts.every((part) => /^[a-z]$/.test(part));
  };
  if (first < 0 || last <= first || between.length === 0 || !between.every(general)) return node;
  return { ...node, terms: [...node.terms.slice(0, first + 1), ...node.terms.slice(last + 1)] };
}

/** A term whose last factor is dots, A · …, is the term A and then dots. */
function dotsAfterTerm(term: Expr): Expr[] {
  if (term.k !== 'mul' || term.factors.length < 2 || !isDots(term.factors.at(-1) as Expr)) return [term];
  const rest = term.factors.slice(0, -1);
  return [rest.length === 1 ? (rest[0] as Expr) : { k: 'mul', factors: rest }, term.factors.at(-1) as Expr];
}

/**
 * y_1 log q + (1 − y_1) log(1 − q) + y_2 log q + (1 − y_2) log(1 − q) + … + y_N log q + (1 − y_N) log(1 − q)
 * → Σ_{k=1}^{N} [y_k log q + (1 − y_k) log(1 − q)]: each sample's terms, as many as are written after
 * the dots, numbered from 1, and the last sample's at a bound (a letter, or a count such as 32).
 */
export function writtenOutTermGroups(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const index = freeIndex(node, ['k', 'j', 'c', 'm']);
  if (!index) return null;
  // A sample's log already split by the log laws is a sum inside the sum.
  // Dots typed against a term without a sign (A … + B) follow that term.
  const terms = node.terms.flatMap(dotsAfterTerm).flatMap((t) => (t.k === 'add' ? t.terms : [t]));
  const at = terms.findIndex(isDotsTerm);
  if (at < 0 || terms.slice(at + 1).some(isDotsTerm)) return null;
  const before = terms.slice(0, at);
  const after = terms.slice(at + 1);
  const size = after.length;
  if (size < 2 || before.length < size || before.length % size !== 0) return null;
  const group = (terms: Expr[]): Expr => ({ k: 'add', terms });
  const last = group(after);
  const chunks = Array.from({ length: before.length / size }, (_, c) => group(before.slice(c * size, (c + 1) * size)));
  return foldSamples('sum', chunks, last, index, productBounds(last, chunks.length));
}

/**
 * −[y_1 ln a_1 + (1 − y_1) ln(1 − a_1)] − [y_2 ln a_2 + …] − [y_3 ln a_3 + …]: every
 * term of a sum of logs written out, numbered 1, 2, …, n, is Σ_{i=1}^{n}; with dots after
 * the last one (− …) the sum runs on without a bound. Lecture notes number the samples
 * as superscripts too (ŷ^1 ln f(x^1), ŷ^2 ln f(x^2)): a number over a letter, the same
 * in each factor of a term and counting up from term to term, is the sample's index.
 */
export function numberedTerms(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  // Dots typed against the last term without a sign (… + y_1 log p_1 …) follow it.
  const terms = node.terms.flatMap(dotsAfterTerm);
  const dots = terms.findIndex(isDotsTerm);
  const written = dots < 0 ? terms : terms.slice(0, dots);
  if ((dots >= 0 && terms.slice(dots).some((t) => !isDotsTerm(t))) || written.length < 2 || !written.every(containsLog)) return null;
  const index = freeIndex(node, ['i', 'k', 'j', 'n']);
  if (!index) return null;
  // Numbered from 1, or from 0 as code-minded notes count classes (y_0 log p_0 + y_1 log p_1 + …).
  const numberedBy = (terms: Expr[], start: number): Expr | null => {
    const first = terms[0] as Expr;
    if (!subscriptPartsIn(first).includes(String(start))) return null;
    const body = withSubscript(first, String(start), index);
    return terms.every((term, at) => exprTex(withSubscript(body, index, String(at + start))) === exprTex(term)) ? body : null;
  };
  for (const start of [1, 0]) {
    const body = numberedBy(written, start) ?? numberedBy(written.map((term) => numberSuperscriptsAsSubscripts(term)), start);
    if (!body) continue;
    const last = written.length - 1 + start;
    const lower: Expr = { k: 'rel', op: '=', left: { k: 'sym', name: index, sub: null, subAtoms: null }, right: { k: 'num', value: start, text: String(start) } };
    return { k: 'big', op: 'sum', lower, upper: dots < 0 ? { k: 'num', value: last, text: String(last) } : null, body };
  }
  return null;
}

/** Every letter raised to a whole number (x^1, ŷ^{2}) with that number as its subscript instead. */
function numberSuperscriptsAsSubscripts(e: Expr, depth = 0): Expr {
  if (depth > 40) return e;
  if (e.k === 'pow' && e.base.k === 'sym' && e.base.sub === null && e.exp.k === 'num' && Number.isInteger(e.exp.value) && e.exp.value >= 1) {
    return { ...e.base, sub: e.exp.text, subAtoms: null };
  }
  return mapChildren(e, (child) => numberSuperscriptsAsSubscripts(child, depth + 1));
}

/**
 * The subscripts that may number the last sample of a written-out product: a letter
 * (y_N), or a count past the samples written before the dots (y_{32} after y_1, y_2).
 */
export function productBounds(last: Expr, written: number): string[] {
  const parts = subscriptPartsIn(last);
  return [...new Set(parts.filter((part) => /^[A-Za-z]$/.test(part) || (/^\d+$/.test(part) && Number(part) > written + 1)))];
}

/**
 * q^{y_1}(1 − q)^{1−y_1} · q^{y_2}(1 − q)^{1−y_2} ⋯ q^{y_N}(1 − q)^{1−y_N} → Π_{i=1}^{N} q^{y_i}(1 − q)^{1−y_i}:
 * a product written out, each sample's factors numbered from 1, dots, and the last sample's at a bound
 * (a letter, or a number such as y_{32}, which is then the upper limit).
 */
export function writtenOutFactors(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  const at = node.factors.findIndex(isDots);
  if (at < 0 || node.factors.slice(at + 1).some(isDots)) return null;
  const before = node.factors.slice(0, at);
  const after = node.factors.slice(at + 1);
  const size = after.length;
  if (size === 0 || before.length < size || before.length % size !== 0) return null;
  const group = (factors: Expr[]): Expr => (factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors });
  const last = group(after);
  const index = freeIndex(node, ['i', 'n', 'j', 'k']);
  if (!index) return null;
  const chunks = Array.from({ length: before.length / size }, (_, c) => group(before.slice(c * size, (c + 1) * size)));
  return foldSamples('prod', chunks, last, index, productBounds(last, chunks.length));
}

/** The body of E_{…}[…], under any further E's (E_{(x,y)∼D} is read as E_x E_{y∼D}). */
function expectationBody(e: Extract<Expr, { k: 'big' }>): Expr {
  let body = e.body;
  while (body.k === 'big' && body.op === 'E') body = body.body;
  return body.k === 'mul' && body.factors.length === 1 ? (body.factors[0] as Expr) : body;
}

/** y log p + (1 − y) log(1 − p), or each term negated (−y log p − (1 − y) log(1 − p)): two terms, one taking the log of the other's complement. */
function isBinaryPair(e: Expr): boolean {
  if (e.k !== 'add' || e.terms.length !== 2) return false;
  const logs = e.terms.map((signed) => (signed.k === 'neg' ? signed.arg : signed)).map((term) => (term.k === 'mul' ? term.factors : [term]).find((f) => f.k === 'log'));
  const logArgs = logs.map((log) => (log?.k === 'log' ? exprTex(log.arg) : null));
  const complements = logs.map((log) => (log?.k === 'log' ? complementOf(log.arg) : null));
  return logArgs.some((arg, i) => arg !== null && complements[1 - i] !== null && exprTex(complements[1 - i] as Expr) === arg);
}

/**
 * E_{(x,y)∼D}[Σ_k y_k log p_k], E[y log p + (1 − y) log(1 − p)] and E[M^⊤ log M̂ +
 * (1 − M)^⊤ log(1 − M̂)] (a sum per term): the expectation of one sample's loss over the
 * data is its mean over the samples, (1/N) Σ …. An
 * expectation of a single log (E_{x∼p}[log q(x)]) stays: that is the cross-entropy
 * of two distributions, read as such by its own kind.
 */
export function expectationOfALoss(node: Expr): Expr | null {
  if (node.k !== 'big' || node.op !== 'E') return null;
  const body = expectationBody(node);
  const perSample = isSumOfLogs(body) || isBinaryPair(body) || (body.k === 'add' && body.terms.every((term) => isSumOfLogs(term.k === 'neg' ? term.arg : term))) || holdsLogOverExps(body);
  return perSample ? batchMean(body) : null;
}

/** Σ_j e^{z_j}: the normaliser a softmax or a log-sum-exp runs over the classes. */
function isSumOfExps(e: Expr): boolean {
  const s = single(e);
  return s.k === 'big' && s.op === 'sum' && single(s.body).k === 'exp';
}

/**
 * E[log Σ_k e^{z_k} − z_y], E[−log softmax(z)_y]: a log over the classes' exponentials (a log-sum-exp,
 * or the log of a softmax) is one sample's loss on its logits, so the expectation is over the data too.
 */
function holdsLogOverExps(e: Expr, depth = 0): boolean {
  if (depth > 40) return false;
  if (e.k === 'log') {
    const arg = single(e.arg);
    return isSumOfExps(arg) || (arg.k === 'div' && isSumOfExps(arg.den));
  }
  return anyChild(e, (child) => holdsLogOverExps(child, depth + 1));
}

/** Σ_k y_k log p_k, and M^⊤ log M̂ once read as a sum: one sample's loss over its components. */
function isSumOfLogs(e: Expr): boolean {
  return e.k === 'big' && e.op === 'sum' && containsLog(e);
}

/**
 * How authors name the small constant that keeps a log finite: ε in TeX, and as code names it (eps,
 * EPS as a constant's capitals, `delta = 1e-7` read as δ, in a widely copied NumPy textbook; a Kronecker δ has indices).
 */
export const EPSILONS: ReadonlySet<string> = new Set(['\\epsilon', '\\varepsilon', 'eps', '\\text{eps}', 'epsilon', 'EPS', 'EPSILON', 'Eps', '\\delta', 'tol', 'tolerance', 'tiny', 'TINY']);

/**
 * Whether a symbol names that constant: one of EPSILONS, also with a prime or a number after it (code's
 * `epsilon_` is read as ε′, `eps2` as ε₂, a second ε), or a name that says it is small (smallValue, SMALL_NUMBER).
 */
export function namesEpsilon(e: Expr): boolean {
  if (e.k !== 'sym' || (e.sub !== null && !/^\d+$/.test(e.sub))) return false;
  return EPSILONS.has(e.name.replace(/(?:'+|\d+)$/, '')) || /^(?:small|SMALL)(?:[A-Z_]\w*)?$/.test(e.name);
}

/**
 * log(p + ε), log(p + 1e-8) → log p: the ε keeps the log finite and says nothing about the
 * formula. A tiny number is such an ε only beside a symbol: log(0.7 + 10^{−7}) of numbers is computed as written.
 */
export function stabilityEpsilon(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const arg = node.arg.k === 'mul' && node.arg.factors.length === 1 ? (node.arg.factors[0] as Expr) : node.arg;
  // log((p + ε)/(1 − p + ε)): the ε on each side of a ratio (the log-odds, guarded) goes the same way.
  if (arg.k === 'div') {
    const num = withoutEpsilon(single(arg.num));
    const den = withoutEpsilon(single(arg.den));
    return num || den ? { ...node, arg: { ...arg, num: num ?? arg.num, den: den ?? arg.den } } : null;
  }
  const kept = withoutEpsilon(arg);
  return kept ? { ...node, arg: kept } : null;
}

/** p + ε → p, 1 − p + 10^{−7} → 1 − p; null when no ε is added (or nothing else is). */
function withoutEpsilon(arg: Expr): Expr | null {
  if (arg.k !== 'add' || arg.terms.length < 2) return null;
  // Code's Math.log(y + e) names its small constant e: Euler's number added to a probability means nothing.
  const euler = (t: Expr) => t.k === 'sym' && t.sub === null && t.name === 'e';
  const symbolic = arg.terms.some((t) => !isTiny(t) && !euler(t) && !isArithmeticOfNumbers(t));
  const kept = arg.terms.filter((t) => !namesEpsilon(t) && !(symbolic && (isTiny(t) || euler(t))));
  if (kept.length === arg.terms.length || kept.length === 0) return null;
  return kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept };
}

/**
 * e^{q_d − max_d q_d}, LogSumExp(q − max q): the largest logit taken from each before the
 * exponential keeps it finite (the softmax is unchanged); the formula is that of e^{q_d}.
 */
export function stabilityMaxShift(node: Expr): Expr | null {
  if (node.k !== 'exp' || node.arg.k !== 'add' || node.arg.terms.length !== 2) return null;
  const [kept, shift] = node.arg.terms as [Expr, Expr];
  if (shift.k !== 'neg' || shift.arg.k !== 'fn' || shift.arg.name !== 'max' || shift.arg.args.length !== 1) return null;
  const letter = (e: Expr) => (e.k === 'sym' ? e.name : null);
  const shifted = letter(shift.arg.args[0] as Expr);
  return shifted !== null && shifted === letter(kept) ? { ...node, arg: kept } : null;
}

/** A constant small enough to be a floor under a probability: ε, 10^{−12}, 0.0001. */
function isTiny(e: Expr): boolean {
  const inner = single(e);
  if (inner.k === 'sym') return namesEpsilon(inner);
  if (inner.k === 'num') return inner.value > 0 && inner.value <= 1e-3;
  return inner.k === 'pow' && single(inner.base).k === 'num' && (single(inner.base) as { value: number }).value === 10 && single(inner.exp).k === 'neg';
}

/** The value a guard keeps finite (max(p, ε), min(p, 1 − ε), clip(p, ε, 1 − ε)), or null for anything else. */
function unclipped(arg: Expr): Expr | null {
  // max(a, b) reads its two arguments as one sum a + b; clip(p, ε, 1 − ε) as the name before a vector.
  if (arg.k === 'fn' && arg.name === 'max' && arg.args.length === 1) {
    const pair = single(arg.args[0] as Expr);
    if (pair.k !== 'add' || pair.terms.length < 2) return null;
    // The floor written second (max(1 − p, ε), its terms run together) or first (max(ε, p)).
    // In code, max(e, p) names its floor e: Euler's number would make the guard the whole value.
    const floor = (t: Expr) => isTiny(t) || (t.k === 'sym' && t.name === 'e' && t.sub === null);
    const rest = floor(pair.terms.at(-1) as Expr) ? pair.terms.slice(0, -1) : floor(pair.terms[0] as Expr) ? pair.terms.slice(1) : null;
    if (!rest || rest.some(isTiny)) return null;
    return rest.length === 1 ? (rest[0] as Expr) : { k: 'add', terms: rest };
  }
  // min(p, 1 − ε), min(1 − ε, p) (read as one sum, like max): the same guard from above, under one.
  if (arg.k === 'fn' && arg.name === 'min' && arg.args.length === 1) {
    const inside = single(arg.args[0] as Expr);
    const terms = inside.k === 'add' ? inside.terms : [];
    const at = terms.findIndex((t, i) => isOne(t) && terms[i + 1]?.k === 'neg' && isTiny((terms[i + 1] as { arg: Expr }).arg));
    const rest = at < 0 ? [] : [...terms.slice(0, at), ...terms.slice(at + 2)];
    return rest.length === 1 ? (rest[0] as Expr) : null;
  }
  if (arg.k === 'mul' && arg.factors.length === 2) {
    const [name, values] = arg.factors as [Expr, Expr];
    if (name.k !== 'sym' || !/^(?:clip|clamp|\\(?:mathrm|operatorname|text)\{(?:clip|clamp)\})$/.test(name.name) || values.k !== 'fn' || values.name !== 'vector' || values.args.length !== 3) return null;
    return isTiny(values.args[1] as Expr) ? (values.args[0] as Expr) : null;
  }
  // clip(p_y, ε, 1), np.maximum(p, 1e-12), Math.max(p, 1e-12): the same guard called with its arguments.
  if (arg.k === 'call' && arg.head.k === 'sym' && arg.head.sub === null && CLIP_NAMES.test(arg.head.name) && (arg.args.length === 2 || arg.args.length === 3)) {
    return isTiny(arg.args[1] as Expr) && !isTiny(arg.args[0] as Expr) ? (arg.args[0] as Expr) : null;
  }
  return null;
}

/** The number one, brackets aside. */
const isOne = (e: Expr): boolean => single(e).k === 'num' && (single(e) as { value: number }).value === 1;

/**
 * log max(p_y, 10^{−12}), log max(ε, min(1 − ε, p)) and log clip(p, ε, 1 − ε) → log p_y, log p, and the same
 * guard in a complement, log(1 − clip(p, ε, 1 − ε)): clipping keeps the log finite, as the ε added in
 * log(p + ε) does, and says nothing about the formula.
 */
export function stabilityClip(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const arg = single(node.arg);
  const kept = unclipped(arg);
  if (kept) return { ...node, arg: kept };
  // log(1 − max(ε, min(1 − ε, p))): the complement of a guarded value.
  const [one, taken] = arg.k === 'add' && arg.terms.length === 2 ? arg.terms : [];
  const inner = one && isOne(one) && taken?.k === 'neg' ? unclipped(single(taken.arg)) : null;
  return inner ? { ...node, arg: { k: 'add', terms: [one as Expr, { k: 'neg', arg: inner }] } } : null;
}

/**
 * max(log p, −100), max(−100, log p): the log clamped from below, as PyTorch's binary cross-entropy keeps it finite
 * at p = 0, is the log, the same guard as the clip inside it (max reads its two arguments as one sum, log p − 100).
 */
export function stabilityLogFloor(node: Expr): Expr | null {
  if (node.k !== 'fn' || node.name !== 'max' || node.args.length !== 1) return null;
  const pair = single(node.args[0] as Expr);
  if (pair.k !== 'add' || pair.terms.length !== 2) return null;
  const floorAt = pair.terms.findIndex((t) => t.k === 'neg' && single(t.arg).k === 'num');
  const log = pair.terms[1 - floorAt];
  return floorAt >= 0 && log !== undefined && single(log).k === 'log' ? single(log) : null;
}

/** The names code and TeX give a clipping guard: clip (TensorFlow's clip_by_value is read as clip), clamp, maximum (NumPy), max. */
const CLIP_NAMES = /^(?:clip|clamp|maximum|max|\\(?:mathrm|operatorname|text)\{(?:clip|clamp|max)\})$/;

defineTreeRule({ name: 'written-out-exponentials', order: 50, apply: writtenOutExponentials });
defineTreeRule({ name: 'written-out-terms', order: 53, apply: writtenOutTerms });
defineTreeRule({ name: 'written-out-term-groups', order: 53.2, apply: writtenOutTermGroups });
defineTreeRule({ name: 'numbered-terms', order: 53.5, apply: numberedTerms });
defineTreeRule({ name: 'written-out-factors', order: 53.6, apply: writtenOutFactors });
defineTreeRule({ name: 'expectation-of-a-loss', order: 54, apply: expectationOfALoss });
defineTreeRule({ name: 'stability-epsilon', order: 52, apply: stabilityEpsilon });
defineTreeRule({ name: 'stability-clip', order: 52.1, apply: stabilityClip });
defineTreeRule({ name: 'stability-log-floor', order: 52.15, apply: stabilityLogFloor });
defineTreeRule({ name: 'stability-max-shift', order: 52.2, apply: stabilityMaxShift });
