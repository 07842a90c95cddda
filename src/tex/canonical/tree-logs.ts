// Tree rules for the log laws a likelihood's log is written with: the log of a
// product over samples is the sum of the logs (log Π_i P_i = Σ_i log P_i), the log
// of a power with a symbolic exponent is exponent × log (log y^t = t log y), and the
// log of a product of such powers is the sum (log y^t (1 − y)^{1−t} = t log y +
// (1 − t) log(1 − y)). Numeric exponents (log p^3 (1 − p)^2) and sample superscripts
// (log ŷ^{(b)}, read as ŷ^b) stay as written. Also: log 1 is 0, the log of a
// softmax of a whole vector is the log of each of its components, and the log of
// the probability of a 0/1 outcome, p·y + (1 − p)(1 − y), is y log p + (1 − y) log(1 − p);
// the exponential of weighted logs is the product of powers (e^{y log p} = p^{y}).
import type { Expr } from '../expr';
import { exprTex, oneMinus, single } from '../expr';
import { complementOf } from '../terms';
import { defineTreeRule, mapChildren } from './registry';

type Log = Extract<Expr, { k: 'log' }>;

const isNumeric = (e: Expr): boolean => {
  const inner = single(e);
  return inner.k === 'num' || (inner.k === 'neg' && isNumeric(inner.arg));
};

/**
 * An exponent that is a quantity: t_n, y_{ik}, γ, 1 − t, [y = 1]. A word up there
 * (P^{map}, p^{\text{model}}, letters juxtaposed) names a symbol, and a bare letter may
 * be a sample's superscript (y^{(i)} reads as y^i), so it counts only beside a power
 * whose exponent is a quantity (log y^t (1 − y)^{1 − t}).
 */
function isQuantityExponent(e: Expr, bareLetters: boolean): boolean {
  const inner = single(e);
  if (inner.k === 'add' || inner.k === 'call') return true;
  // y^{(i)}, the label of sample i (read as y^i): a quantity like y_i.
  if (inner.k === 'pow') return single(inner.base).k === 'sym' && isSampleLetter(single(inner.exp));
  if (inner.k !== 'sym') return false;
  // \ell is an index letter (Σ_ℓ y^ℓ), not a parameter like γ.
  if (inner.sub !== null || (/^\\[a-zA-Z]+$/.test(inner.name) && inner.name !== '\\ell')) return true;
  // A primed letter (t', y'') is still one letter.
  return bareLetters && /^[A-Za-z]'*$/.test(inner.name);
}

const isSampleLetter = (e: Expr): boolean => e.k === 'sym' && e.sub === null && /^[a-z]$/.test(e.name);

const symbolicPower = (e: Expr, bareLetters = false): e is Extract<Expr, { k: 'pow' }> => e.k === 'pow' && !isNumeric(e.exp) && isQuantityExponent(e.exp, bareLetters);

/** The log with the laws applied, or null when none applies (depth-bounded). */
function expandedLog(log: Log, depth = 0): Expr | null {
  if (depth > 8) return null;
  const arg = single(log.arg);
  const logOf = (x: Expr): Expr => {
    const inner: Log = { ...log, arg: x };
    return expandedLog(inner, depth + 1) ?? inner;
  };
  if (arg.k === 'big' && arg.op === 'prod') return { ...arg, op: 'sum', body: logOf(arg.body) };
  if (symbolicPower(arg)) return { k: 'mul', factors: [arg.exp, logOf(arg.base)] };
  if (arg.k === 'mul' && arg.factors.length >= 2 && arg.factors.every((f) => symbolicPower(f, true)) && arg.factors.some((f) => symbolicPower(f))) {
    const powerLog = (f: Extract<Expr, { k: 'pow' }>): Expr => ({ k: 'mul', factors: [f.exp, logOf(f.base)] });
    return { k: 'add', terms: (arg.factors as Extract<Expr, { k: 'pow' }>[]).map(powerLog) };
  }
  return null;
}

/** log Π_i P_i → Σ_i log P_i; log y^t → t log y; log y^t (1 − y)^{1−t} → t log y + (1 − t) log(1 − y). */
export function logLaws(node: Expr): Expr | null {
  return node.k === 'log' ? expandedLog(node) : null;
}

/** The factors of a term (itself when it is no product), under a minus sign. */
const factorsOf = (e: Expr): Expr[] => (e.k === 'neg' ? factorsOf(e.arg) : e.k === 'mul' ? e.factors : [e]);

/**
 * log p^{y} + log(1 − p)^{1−y} → y log p + (1 − y) log(1 − p): a bare letter up there may be a
 * sample's superscript, but beside a term weighted by one minus that letter it is the outcome.
 */
export function logOfPowerBesideComplement(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const complements = new Set(node.terms.flatMap((t) => factorsOf(t).map(complementOf).filter((c): c is Expr => c !== null).map(exprTex)));
  let changed = false;
  // Through a minus sign and a sum written without brackets (Σ log g(x)^y + log(1 − g(x))^{1−y}).
  const expand = (term: Expr): Expr => {
    if (term.k === 'neg') return { k: 'neg', arg: expand(term.arg) };
    if (term.k === 'big' && term.op === 'sum') return { ...term, body: expand(term.body) };
    const arg = term.k === 'log' ? single(term.arg) : null;
    if (term.k !== 'log' || arg?.k !== 'pow' || !complements.has(exprTex(arg.exp))) return term;
    changed = true;
    return { k: 'mul', factors: [arg.exp, { ...term, arg: arg.base }] };
  };
  const terms = node.terms.map(expand);
  return changed ? { k: 'add', terms } : null;
}

const isLogOfOne = (e: Expr): boolean => e.k === 'log' && single(e.arg).k === 'num' && (single(e.arg) as { value: number }).value === 1;

/** log 1 − log P → −log P: a term log 1 (written to show the loss as log(1/P)) is 0. */
export function logOfOne(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const kept = node.terms.filter((t) => !isLogOfOne(t) && !(t.k === 'neg' && isLogOfOne(t.arg)));
  if (kept.length === node.terms.length || kept.length === 0) return null;
  return kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept };
}

const natural = (e: Extract<Expr, { k: 'log' }>): boolean => e.base === null || e.base === 'e';
const isLogOfExp = (e: Expr): e is Extract<Expr, { k: 'log' }> => e.k === 'log' && natural(e) && single(e.arg).k === 'exp';
const isLogSumExp = (e: Expr): boolean => e.k === 'log' && single(e.arg).k === 'big' && (single(e.arg) as { op: string }).op === 'sum' && single((single(e.arg) as { body: Expr }).body).k === 'exp';

/**
 * −log e^{z_y} + log Σ_c e^{z_c} → −z_y + log Σ_c e^{z_c}: beside a log-sum-exp, the log of one
 * exponential is its exponent, the logit the log-softmax's numerator holds.
 */
export function logOfExpBesideLogSumExp(node: Expr): Expr | null {
  if (node.k !== 'add' || !node.terms.some((t) => isLogSumExp(t.k === 'neg' ? t.arg : t))) return null;
  const exponent = (log: Extract<Expr, { k: 'log' }>): Expr => (single(log.arg) as Extract<Expr, { k: 'exp' }>).arg;
  const terms = node.terms.map((t): Expr => {
    if (isLogOfExp(t)) return exponent(t);
    return t.k === 'neg' && isLogOfExp(t.arg) ? { k: 'neg', arg: exponent(t.arg) } : t;
  });
  return terms.some((t, at) => t !== node.terms[at]) ? { k: 'add', terms } : null;
}

/**
 * log softmax(z), softmax taken of a whole vector with no component picked: the
 * log of each component, e^{z} / Σ e^{z}, as softmax(z)_k is read with its index.
 */
export function logOfSoftmax(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const arg = single(node.arg);
  const logits = arg.k === 'fn' && arg.name === 'softmax' && arg.args.length === 1 ? (arg.args[0] as Expr) : null;
  if (!logits) return null;
  return { ...node, arg: { k: 'div', num: { k: 'exp', arg: logits }, den: { k: 'big', op: 'sum', lower: null, upper: null, body: { k: 'exp', arg: logits } } } };
}

/** The logits of log-of-softmax's expansion e^{z} / Σ e^{z} (no index on either side), else null. */
function expandedSoftmaxLogits(e: Expr): Expr | null {
  const arg = single(e);
  if (arg.k !== 'div' || arg.num.k !== 'exp' || arg.den.k !== 'big' || arg.den.op !== 'sum' || arg.den.lower || arg.den.upper) return null;
  const body = arg.den.body;
  return body.k === 'exp' && exprTex(body.arg) === exprTex(arg.num.arg) ? arg.num.arg : null;
}

/** The logits of each softmax(z) under a log of its complement, log(1 − softmax(z)), anywhere in `e`. */
function complementedSoftmaxLogits(e: Expr, found: Set<string>): Set<string> {
  if (e.k === 'log') {
    const rest = complementOf(single(e.arg));
    const inner = rest && single(rest);
    if (inner?.k === 'fn' && inner.name === 'softmax' && inner.args.length === 1) found.add(exprTex(inner.args[0] as Expr));
  }
  mapChildren(e, (child) => (complementedSoftmaxLogits(child, found), child));
  return found;
}

/**
 * −t log softmax(z) − (1 − t) log(1 − softmax(z)): beside the log of its complement, a softmax of
 * the whole vector is one probability (a two-class model's output, as σ(z) would be), not each of
 * its components: log-of-softmax's expansion is undone there, so both logs name one prediction.
 */
export function softmaxBesideComplement(node: Expr): Expr | null {
  if (node.k !== 'add') return null;
  const complemented = complementedSoftmaxLogits(node, new Set());
  if (complemented.size === 0) return null;
  let changed = false;
  const restore = (e: Expr): Expr => {
    const logits = e.k === 'log' ? expandedSoftmaxLogits(e.arg) : null;
    if (e.k === 'log' && logits && complemented.has(exprTex(logits))) {
      changed = true;
      return { ...e, arg: softmaxProbability(logits) };
    }
    return mapChildren(e, restore);
  };
  const out = restore(node);
  if (!changed) return null;
  // The complement's softmax(z) is named the same way, so that both logs hold one prediction.
  const rename = (e: Expr): Expr => (e.k === 'fn' && e.name === 'softmax' && e.args.length === 1 && complemented.has(exprTex(e.args[0] as Expr)) ? softmaxProbability(e.args[0] as Expr) : mapChildren(e, rename));
  return rename(out);
}

/** softmax(z) read as one probability: a function's value, as σ(z) is. */
function softmaxProbability(logits: Expr): Expr {
  return { k: 'call', head: { k: 'sym', name: '\\operatorname{softmax}', sub: null, subAtoms: null }, args: [logits], open: '(' };
}

/** The two factors of a product of exactly two (brackets aside), else null. */
function twoFactors(e: Expr): [Expr, Expr] | null {
  const inner = single(e);
  return inner.k === 'mul' && inner.factors.length === 2 ? [single(inner.factors[0] as Expr), single(inner.factors[1] as Expr)] : null;
}

/** What reads as a prediction rather than a 0/1 label: a function's value g(x), σ(z), or a decorated letter ŷ. */
const isPredictionLike = (e: Expr): boolean => e.k === 'call' || e.k === 'fn' || (e.k === 'sym' && /^\\(?:hat|tilde|widehat)/.test(e.name));
/** The letters labels are usually given. */
const isLabelLike = (e: Expr): boolean => e.k === 'sym' && /^(?:y|t|c|Y|T)$/.test(e.name);

/**
 * log(p·y + (1 − p)(1 − y)) → y log p + (1 − y) log(1 − p): the probability of the
 * observed 0/1 outcome is p when y = 1 and 1 − p when y = 0, so its log takes the
 * label as the weight of each log. Which factor is the label: the one that does
 * not read as a prediction (g(x), ŷ), else the usual label letter, else the second. The
 * complements' product may come first, log((1 − p)(1 − y) + p·y).
 */
export function logOfOutcomeProbability(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const arg = single(node.arg);
  if (arg.k !== 'add' || arg.terms.length !== 2) return null;
  const products = arg.terms.map(twoFactors);
  const complementsFirst = products[0]?.every((f) => complementOf(f) !== null) && !products[1]?.every((f) => complementOf(f) !== null);
  const [first, second] = complementsFirst ? [products[1], products[0]] : products;
  if (!first || !second) return null;
  const complements = second.map(complementOf);
  if (complements.some((c) => c === null)) return null;
  const [c0, c1] = (complements as Expr[]).map(exprTex);
  const [f0, f1] = first.map(exprTex);
  if (!((c0 === f0 && c1 === f1) || (c0 === f1 && c1 === f0))) return null;
  const [a, b] = first;
  const [label, prediction] = labelFirst(a, b) ? [a, b] : [b, a];
  const complement = oneMinus;
  return { k: 'add', terms: [
    { k: 'mul', factors: [label, { ...node, arg: prediction }] },
    { k: 'mul', factors: [complement(label), { ...node, arg: complement(prediction) }] },
  ] };
}

/** Code's words for a label (y_true, target, onehot) and for a prediction (y_pred, probs, yHat). */
const LABEL_WORD = /true|target|label|one_?hot/i;
const PREDICTION_WORD = /pred|prob|hat|out/i;

/** Which of two factors is the label: the one named as a label, else the one not named as a prediction, else as logOfOutcomeProbability says. */
function labelFirst(a: Expr, b: Expr): boolean {
  const words = (e: Expr, pattern: RegExp) => e.k === 'sym' && pattern.test(`${e.name} ${e.sub ?? ''}`);
  if (words(a, LABEL_WORD) !== words(b, LABEL_WORD)) return words(a, LABEL_WORD);
  if (words(a, PREDICTION_WORD) !== words(b, PREDICTION_WORD)) return words(b, PREDICTION_WORD);
  return (isPredictionLike(b) && !isPredictionLike(a)) || (!isPredictionLike(a) && isLabelLike(a) && !isLabelLike(b));
}

/**
 * log(sum(y * p)), Elixir's `Nx.multiply(y, p) |> Nx.sum() |> Nx.log()`: probabilities dotted with a one-hot label
 * are the probability of the labelled class, so the log is Σ y log p. Only code's sum, with no index written: a
 * written Σ_i p_i x_i inside a log is Jensen's bound or a mixture.
 */
export function logOfOneHotDot(node: Expr): Expr | null {
  // Only as a loss, negated (alone or averaged over samples): log(sum(p * x)) by itself is no claim about a label.
  if (node.k !== 'neg') return null;
  const arg = single(node.arg);
  if (arg.k === 'big' && arg.op === 'sum') {
    const body = logOfDottedLabel(single(arg.body));
    return body && { ...node, arg: { ...arg, body } };
  }
  const log = logOfDottedLabel(arg);
  return log && { ...node, arg: log };
}

function logOfDottedLabel(node: Expr): Expr | null {
  if (node.k !== 'log') return null;
  const sum = single(node.arg);
  if (sum.k !== 'big' || sum.op !== 'sum' || sum.lower !== null || sum.upper !== null) return null;
  const factors = twoFactors(sum.body);
  if (!factors || factors.some((f) => f.k !== 'sym' || f.transposed)) return null;
  const [a, b] = factors;
  const [label, prediction] = labelFirst(a, b) ? [a, b] : [b, a];
  return { ...sum, body: { k: 'mul', factors: [label, { ...node, arg: prediction }] } };
}

/** t log y (either order) with a natural or unwritten base: [t, y]; a term with no weight, a minus or another log in its weight is not one. */
function weightedLog(term: Expr): [Expr, Expr] | null {
  const inner = single(term);
  const factors = inner.k === 'mul' ? inner.factors.map(single) : [inner];
  const logs = factors.filter((f): f is Log => f.k === 'log');
  const weight = factors.filter((f) => f.k !== 'log');
  const log = logs[0];
  if (logs.length !== 1 || !log || (log.base !== null && log.base !== 'e') || weight.length === 0 || weight.some((f) => f.k === 'neg' || f.k === 'num')) return null;
  return [weight.length === 1 ? (weight[0] as Expr) : { k: 'mul', factors: weight }, log.arg];
}

/** Σ_j t_j log y_j inside an exponential as powers: Π_j y_j^{t_j}, sums becoming products. */
function powersOfWeightedLogs(e: Expr, depth = 0): Expr | null {
  const inner = single(e);
  if (depth > 4) return null;
  if (inner.k === 'big' && inner.op === 'sum') {
    const body = powersOfWeightedLogs(inner.body, depth + 1);
    return body ? { ...inner, op: 'prod', body } : null;
  }
  // Σ_i y_i log p_i + (1 − y_i) log(1 − p_i) with no bracket: the sum runs on over the terms after it.
  const first = inner.k === 'add' ? single(inner.terms[0] as Expr) : null;
  if (inner.k === 'add' && first?.k === 'big' && first.op === 'sum') {
    const body = single(first.body);
    return powersOfWeightedLogs({ ...first, body: { k: 'add', terms: [...(body.k === 'add' ? body.terms : [body]), ...inner.terms.slice(1)] } }, depth + 1);
  }
  const terms = inner.k === 'add' ? inner.terms : [inner];
  const pairs = terms.map(weightedLog);
  if (pairs.some((p) => p === null)) return null;
  const powers: Expr[] = (pairs as [Expr, Expr][]).map(([weight, base]) => ({ k: 'pow', base, exp: weight }));
  return powers.length === 1 ? (powers[0] as Expr) : { k: 'mul', factors: powers };
}

/**
 * e^{y log p + (1 − y) log(1 − p)} → p^{y}(1 − p)^{1−y}, exp(Σ_k t_k log y_k) → Π_k y_k^{t_k}:
 * a likelihood written as the exponential of its log. Every term must be a weighted
 * log (no minus, no bare log), so e^{−H}, exp(Σ log p) and softmax's e^{z} stay.
 */
export function expOfWeightedLogs(node: Expr): Expr | null {
  return node.k === 'exp' ? powersOfWeightedLogs(node.arg) : null;
}

defineTreeRule({ name: 'exp-of-weighted-logs', order: 68, apply: expOfWeightedLogs });
defineTreeRule({ name: 'log-laws', order: 70, apply: logLaws });
defineTreeRule({ name: 'log-of-power-beside-complement', order: 70.5, apply: logOfPowerBesideComplement });
defineTreeRule({ name: 'log-of-outcome-probability', order: 73, apply: logOfOutcomeProbability });
defineTreeRule({ name: 'log-of-one-hot-dot', order: 73.1, apply: logOfOneHotDot });
defineTreeRule({ name: 'log-of-one', order: 71, apply: logOfOne });
defineTreeRule({ name: 'log-of-exp-beside-log-sum-exp', order: 71.5, apply: logOfExpBesideLogSumExp });
defineTreeRule({ name: 'log-of-softmax', order: 72, apply: logOfSoftmax });
defineTreeRule({ name: 'softmax-beside-complement', order: 72.5, apply: softmaxBesideComplement });
