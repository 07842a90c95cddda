// How a formula says which class is the true one, read from its structure:
// an indicator or Kronecker delta beside the log, or a subscript on the
// prediction that is not a running index (p_{y_i}, p_{i,t_i}, p_{\text{true}},
// q_{k^*}, or a class the loss takes as its argument, ℓ(p, k) = −log p_k).
// Which symbols are one distribution is in ./distributions.ts.
import type { Expr } from './expr';
import { exprTex, sameTree, single } from './expr';
import { headName, mentions } from './terms';
import { mapChildren } from './canonical/registry';

/** What the whole chain says about labels: symbols a loss takes as an argument beside the prediction. */
export interface MatchContext {
  labels: ReadonlySet<string>;
  /** The chain's left-hand side is a loss's name (L, \\mathcal{L}, \\ell, J, loss, CE, NLL). */
  lossNamed?: boolean;
  /** The name is a cross-entropy's own (CE, BCE, XE, H(p, q)): the log it equals is of the predicted probability, whatever its letter. */
  crossEntropyNamed?: boolean;
  /**
   * The chain's left-hand side is a plain capital letter that names no loss or information
   * quantity (F, G, A, S: a free energy, an entropy of physics): one bare term after it is no loss.
   */
  namedOtherwise?: boolean;
  /**
   * The point a chain's name is taken at, when the name is a function of one plain symbol
   * that names no loss or information quantity: t in S(t) = −log₂ p_t (a token's surprisal).
   */
  namedAt?: string;
  /** The chain's left-hand side names an outcome's information (I, I(x), surprisal): −log p_a after it is no loss at a true class. */
  selfInformationNamed?: boolean;
  /** Set when a role came from convention rather than structure (reported as roles_guessed). */
  notes: { guessed: boolean };
}

export function emptyContext(): MatchContext {
  return { labels: new Set(), notes: { guessed: false } };
}

/**
 * Labels a chain binds: plain symbols among the arguments of a function of two or
 * more arguments (L(ŷ, c), CE(z, y), ℓ(o, y)). One argument (I(x) = −log p(x)) binds none.
 */
export function chainContext(members: Expr[], stated: readonly string[] = []): MatchContext {
  const labels = new Set<string>(stated);
  for (const member of members) {
    const call = member.k === 'mul' && member.factors.length === 1 ? member.factors[0] : member;
    // I(x, y) = −log P(x, y): the information of an outcome takes the outcome, not a label and a prediction.
    if (call?.k !== 'call' || call.args.length < 2 || SELF_INFORMATION.has(headName(call) ?? '')) continue;
    for (const arg of call.args) if (arg.k === 'sym' && arg.sub === null) labels.add(arg.name);
  }
  const first = members[0];
  const lossNamed = members.length > 1 && first !== undefined && (first.k === 'sym' || first.k === 'call') && namesALoss(first);
  const namedOtherwise = members.length > 1 && first?.k === 'sym' && first.sub === null && /^[A-Z]$/.test(first.name) && !namesALoss(first) && !INFORMATION_LETTERS.has(first.name);
  const single = first?.k === 'call' && first.args.length === 1 ? first.args[0] : undefined;
  // s_k = −log p_k names its outcome by a subscript as S(t) does by an argument.
  const at = first?.k === 'call' && single?.k === 'sym' && single.sub === null ? single.name : first?.k === 'sym' && /^\{?[a-z]\}?$/.test(first.sub ?? '') ? first.sub?.replace(/[{}]/g, '') : undefined;
  const namedAt = members.length > 1 && first !== undefined && at !== undefined && !namesALoss(first) && !INFORMATION_LETTERS.has(headName(first) ?? '') ? at : undefined;
  const crossEntropyNamed = members.length > 1 && first !== undefined && namesACrossEntropy(first);
  const firstName = first ? headName(first) : null;
  const selfInformationNamed = members.length > 1 && firstName !== null && (SELF_INFORMATION.has(firstName) || /^(?:\\text\{)?(?:self-)?(?:information|surprisal)/i.test(firstName));
  return { labels, lossNamed, crossEntropyNamed, namedOtherwise, ...(namedAt ? { namedAt } : {}), ...(selfInformationNamed ? { selfInformationNamed } : {}), notes: { guessed: false } };
}

/** The names of an outcome's information content (I(x), I(x, y)). */
const SELF_INFORMATION: ReadonlySet<string> = new Set(['I', '\\mathrm{I}', '\\operatorname{I}']);

/** Letters a page gives an error (E), an entropy or cross-entropy (H) or a divergence (D): not "otherwise named". */
const INFORMATION_LETTERS: ReadonlySet<string> = new Set(['E', 'H', 'D']);

/**
 * A cross-entropy's own names: its abbreviations (binary, categorical; KE and EC in German,
 * French and Spanish) and its name in Chinese, Japanese and Korean.
 */
const CROSS_ENTROPY_NAMES: ReadonlySet<string> = new Set([
  'CE', 'BCE', 'CCE', 'XE', 'KE', 'EC',
  '交叉熵', '交叉熵损失', '交差エントロピー', '交差エントロピー誤差', 'クロスエントロピー', 'クロスエントロピー誤差', '교차엔트로피', '크로스엔트로피',
]);

/** The names a page gives a loss it defines (E is left out: it is also an energy or an expectation). */
const LOSS_NAMES: ReadonlySet<string> = new Set([
  'L', '\\mathcal{L}', '\\ell', 'J', 'loss', 'Loss', 'cost', 'Cost', 'NLL', 'LogLoss', 'logloss',
  ...CROSS_ENTROPY_NAMES,
  // A loss or a cost in the words of the pages' languages (a name in CJK script names the row it starts: 损失 = −ln 0.9).
  'Verlust', 'Kosten', 'perte', 'coût', 'pérdida', 'costo', 'perdita', 'custo', 'perda',
  '损失', '損失', '损失函数', '損失関数', '误差', '誤差', '代价', '代价函数', 'コスト', '손실', '손실함수', '비용',
]);

/** A name's head as typed plain, its roman wrapper taken off (\\text{CE} is CE, \\mathrm{loss} is loss); null for no name. */
function plainName(e: Expr): string | null {
  return headName(e)?.replace(/^\\(?:mathrm|text|operatorname|textrm)\{(.*)\}$/, '$1') ?? null;
}

/** Whether `e` is a loss's name, alone or taking arguments, typed plain or in roman: L, \\mathcal{L}_{CE}, ℓ(y, ŷ), J(θ), \\text{loss}. */
function namesALoss(e: Expr): boolean {
  const head = plainName(e);
  return head !== null && LOSS_NAMES.has(head);
}

/** CE, \\text{CE}(p, q), 交叉熵, H(p, q): a name that says the formula is a cross-entropy. */
export function namesACrossEntropy(e: Expr): boolean {
  const head = plainName(e);
  if (head !== null && CROSS_ENTROPY_NAMES.has(head)) return true;
  return e.k === 'call' && head === 'H' && e.args.length === 2;
}

/** Letters that name weights (w_n, α_n, λ_n, ω_n), never a sample's label or a class's target probability. */
export const WEIGHT_LETTERS: ReadonlySet<string> = new Set(['w', '\\omega', '\\lambda', '\\alpha']);

/** Whether a role's TeX is a weight's letter, indexed or not (w, w_i, \\alpha_{k}). */
export function isWeightLetter(tex: string | null | undefined): boolean {
  const head = /^(\\[a-zA-Z]+|[A-Za-z])(?:_|$)/.exec(tex?.trim() ?? '')?.[1];
  return head !== undefined && WEIGHT_LETTERS.has(head);
}

/** The letters machine-learning notation gives the label (or the class, c) when nothing else says so. */
const CONVENTIONAL_LABELS = new Set(['y', 't', 'c']);
/**
 * With no sum in the formula, the letters that run over classes too (−log p_j, −log ŷ_k): no sum
 * runs them, so one stands for the class the sample belongs to. i stays out (−log p_i is as often
 * an outcome's surprisal, the sample's index elsewhere).
 */
const CLASS_LETTERS_ALONE = new Set(['j', 'k']);

export function subscriptParts(sub: string | null): string[] {
  if (!sub) return [];
  const bare = sub.replace(/\s/g, '');
  const inner = /^\{.*\}$/.test(bare) ? bare.slice(1, -1) : bare;
  return inner.split(',').filter(Boolean);
}

/** A subscript part that is a word, set as text or typed as letters: p_{\text{data}}, p_{model}, or a record's field (output[sample.label]). */
export function isWordPart(part: string): boolean {
  return /^\\(?:text|mathrm|operatorname|textrm)\{/.test(part) || /^\p{L}{2,}$/u.test(part) || /^[\p{L}_][\p{L}\d_]*(?:\[[^[\]]*\])?(?:\.[\p{L}_][\p{L}\d_]*)+$/u.test(part);
}

/** A subscript part that names a symbol rather than indexing it: a word, \text{…}, a Greek letter. */
export function isNamingPart(part: string): boolean {
  return isWordPart(part) || /^\\[A-Za-z]+$/.test(part);
}

/** The parts of a subscript that index the symbol (k in y_{\\text{true},k}); the whole subscript when every part names. */
export function indexParts(sub: string): string[] {
  const parts = subscriptParts(sub);
  const indexing = parts.filter((part) => !isNamingPart(part));
  return indexing.length > 0 ? indexing : [sub];
}

/** Every subscript part in `e` and in everything under it, in order (f(x_i): i). */
export function subscriptPartsIn(e: Expr, out: string[] = [], depth = 0): string[] {
  if (depth > 40) return out;
  if (e.k === 'sym') out.push(...subscriptParts(e.sub));
  mapChildren(e, (child) => {
    subscriptPartsIn(child, out, depth + 1);
    return child;
  });
  return out;
}

/** The subscript of a symbol, through calls and powers (p_k^{(i)}, q_j(x)). */
export function subscriptOf(e: Expr): string | null {
  if (e.k === 'sym') return e.sub;
  if (e.k === 'call') return subscriptOf(e.head);
  if (e.k === 'pow') return subscriptOf(e.base);
  if (e.k === 'mul' && e.factors.length === 1) return subscriptOf(e.factors[0] as Expr);
  return null;
}

/** l(x), c(i): the label as a function of the sample or pixel, written in a subscript. */
const LABEL_FUNCTION = /^\p{L}\(\s*\p{L}\s*\)$/u;

/** Words that say a symbol is the model's estimate (y_pred, p_{\text{model}}, y_hat): part of its name, never a class. */
const ESTIMATE_WORDS = /^(?:pred|preds|predicted|prediction|predict|hat|prob|probs|proba|out|output|est|model|fake)$/i;

function namesTheEstimate(part: string): boolean {
  return ESTIMATE_WORDS.test(part.replace(/^\\(?:text|mathrm|operatorname|textrm)\{(.*)\}$/, '$1').trim());
}

/**
 * The true class a subscript picks out, or null when it is only running indices.
 * `running` are the indices the sums around the term bind.
 */
export function labelOfSubscript(sub: string | null, running: readonly string[], context: MatchContext): string | null {
  const parts = subscriptParts(sub).filter((part) => !running.includes(part) && !namesTheEstimate(part));
  for (const part of parts) {
    // y_i, y^{(i)}, k^*, a^\star: a variable of its own (often indexed by the sample), or the sample's label function l(x).
    if (/[_^]/.test(part) || isNamingPart(part) || context.labels.has(part) || LABEL_FUNCTION.test(part)) return part;
  }
  // −ln a_7^L with no sum: the output of class 7, a class given by its number.
  if (running.length === 0 && parts.length === 1 && /^\d+$/.test(parts[0] as string)) return parts[0] as string;
  const conventional = parts.find((part) => CONVENTIONAL_LABELS.has(part) || (running.length === 0 && CLASS_LETTERS_ALONE.has(part)));
  if (conventional && parts.length === 1) {
    context.notes.guessed = true;
    return conventional;
  }
  return null;
}

/** A name without the bold that marks it a vector (\\mathbf{y}, \\boldsymbol{\\hat{p}}). */
const unbolded = (name: string): string => name.replace(/^\\(?:mathbf|boldsymbol|bm|vec)\{(.*)\}$/, '$1');

/**
 * ℓ(y, p̂) = −log p̂_k: a loss the formula writes as a function of the label and of the
 * prediction, with one free index on the prediction and no sum: that index is the class
 * the label names. So is a model's estimate's (a hatted letter's, or a probability's usual
 * letter p, q, y, a) under a loss's name: \\mathcal{L} = −log ŷ_o, L = −log p_j.
 */
export function classOfLossArguments(e: Expr, running: readonly string[], context: MatchContext): string | null {
  const symbol = e.k === 'pow' ? e.base : e;
  if (running.length > 0 || symbol.k !== 'sym') return null;
  const parts = subscriptParts(symbol.sub);
  if (parts.length !== 1 || !/^[a-z]$/.test(parts[0] as string)) return null;
  const names = [...context.labels].map(unbolded);
  const argument = names.length >= 2 && names.includes(unbolded(symbol.name));
  const named = context.crossEntropyNamed === true || (context.lossNamed === true && (ESTIMATE.test(unbolded(symbol.name)) || PROBABILITY_LETTERS.has(unbolded(symbol.name))));
  return argument || named ? (parts[0] as string) : null;
}

/** Letters a page gives a model's class probabilities (p_k, q_k, y_k, a_k the output's activation). */
const PROBABILITY_LETTERS: ReadonlySet<string> = new Set(['p', 'q', 'y', 'a', 'P', 'Q']);

/** The class number a call names: its one subscript, or the outcome of p(7 | x), P(y = 7 | x). */
function numberedClass(e: Extract<Expr, { k: 'call' }>, parts: string[]): string | null {
  const indexing = parts.filter((part) => !isNamingPart(part));
  if (indexing.length === 1 && /^\d+$/.test(indexing[0] as string)) return indexing[0] as string;
  const outcome = e.args[0]?.k === 'rel' && e.args[0].op === '=' ? e.args[0].right : e.args[0];
  return e.args.length >= 2 && outcome?.k === 'num' && Number.isInteger(outcome.value) ? String(outcome.value) : null;
}

/** A subscript word that names the class a label picks: true, correct, target, gold, actual (upright). */
const CLASS_WORD = /^\\(?:text|mathrm|operatorname|textrm)\{\s*(?:true|correct|target|gold|actual|right)[^{}]*\}$/i;

/**
 * The true class a model's output at the input picks out: f_k(x) or h_θ(x)_y with the
 * class a subscript, p(j | x) with the class its outcome, when the formula states it
 * (−log f_k(x) where y_k = 1; −log p(j | x) if c = j; −log P(y = k | x) where t_k = 1;
 * L(ŷ, c) = −log p(c | x)) or, for a
 * subscript, it is the usual label letter. −log p(x) and −log p_θ(x) name no class.
 */
export function labelOfCall(e: Expr, running: readonly string[], context: MatchContext): string | null {
  if (e.k !== 'call') return null;
  const parts = subscriptParts(subscriptOf(e)).filter((part) => !running.includes(part));
  // A label stated beside the formula, or a variable of its own (f_{y_i}(x_i), p̂_{l(x)}(x): the sample's label).
  const stated = parts.find((part) => context.labels.has(part) || /[_^]/.test(part) || LABEL_FUNCTION.test(part));
  if (stated) return stated;
  // ŷ_{\text{true class}}(θ): an estimate at a class named by a word that says it is the right one, with no sum
  // (p_{\text{true}}(x_i) under one is the data's law, and p_{\text{model}} names a model, no class).
  const named = running.length === 0 && /^\\(?:hat|widehat|tilde)/.test(headName(e) ?? '') ? parts.find((part) => CLASS_WORD.test(part)) : undefined;
  if (named) return named;
  // f_7(x), p_θ(7 | x), P(y = 7 | x) with no sum: the class given by its number.
  const numbered = running.length === 0 ? numberedClass(e, parts) : null;
  if (numbered) return numbered;
  // A model's parameter beside it names the model (g_{θ}(x)[y] is g_{θ,y}(x)): the label is the part that indexes.
  const indexing = parts.filter((part) => !isNamingPart(part));
  if (indexing.length === 1 && CONVENTIONAL_LABELS.has(indexing[0] as string)) {
    context.notes.guessed = true;
    return indexing[0] as string;
  }
  // −(1/n) Σ_i log f_g(x_i) under a loss's name: a model's output at the sample, taken at a letter no sum
  // runs over, is taken at the sample's class.
  const sampleInput = running.length > 0 && e.args.some((arg) => running.some((index) => mentions(arg, index)));
  if (context.lossNamed && sampleInput && parts.length === 1 && /^[a-z]$/.test(parts[0] as string) && !WEIGHT_LETTERS.has(parts[0] as string)) {
    context.notes.guessed = true;
    return parts[0] as string;
  }
  // p(j | x), or P(y = j | x): the class the outcome names; a letter a sum runs over (Σ_x log f(x; θ)) is no fixed class.
  const outcome = e.args[0]?.k === 'rel' && e.args[0].op === '=' ? e.args[0].right : e.args[0];
  if (outcome?.k !== 'sym' || outcome.sub !== null || running.includes(outcome.name)) return null;
  // L(X, c) = −log X(c): the prediction the loss takes, at the label it takes beside it (MATLAB indexes with brackets so).
  if (e.args.length === 1) return context.labels.has(outcome.name) && context.labels.has(headName(e) ?? '') && outcome.name !== headName(e) ? outcome.name : null;
  return context.labels.has(outcome.name) ? outcome.name : null;
}

/** A name decorated as a model's estimate: p̂, ŷ, q̃. */
const ESTIMATE = /^\\(?:hat|widehat|tilde|widetilde)\{?[A-Za-z]\}?$/;

/**
 * −log p̂(correct), −log ŷ(\text{cat}): a model's estimate (a hatted letter) at a class named in
 * words is the probability it gives that class, the true one. A letter (p̂(x)) is an input,
 * not a class, and a bare p(word) may be a likelihood of data: both name no class.
 */
export function labelOfWordArgument(e: Expr, running: readonly string[]): string | null {
  if (e.k !== 'call' || e.args.length !== 1 || !ESTIMATE.test(headName(e.head) ?? '')) return null;
  const arg = e.args[0] as Expr;
  if (arg.k !== 'sym' || arg.sub !== null || running.includes(arg.name)) return null;
  return /^\p{L}{2,}$/u.test(arg.name) ? arg.name : null;
}

/** The two sides of a test y = k (or the two indices of δ_{ky}); the one that is not the class index is the label. */
function otherSide(parts: string[], index: string | null): string | null {
  if (parts.length !== 2) return null;
  return parts[0] === index ? (parts[1] as string) : (parts[0] as string);
}

/** The label an indicator, Iverson bracket or Kronecker delta picks (1[y = k], [y = k], δ_{k,y}), given the class index. */
export function labelOfSelector(e: Expr, index: string | null): string | null {
  const head = headName(e);
  if (head === '\\mathbb{1}' || head === '1' || head === '\\mathbf{1}') {
    const test = e.k === 'call' ? e.args[0] : null;
    if (test && test.k === 'rel') return otherSide([exprTex(test.left), exprTex(test.right)], index);
    const subText = e.k === 'sym' ? e.sub : e.k === 'call' && e.head.k === 'sym' ? e.head.sub : null;
    if (subText) return otherSide(subText.replace(/[[\]{}\s]/g, '').split(/=|\\neq?/), index);
  }
  if (head === '\\delta' && e.k === 'sym' && e.sub) {
    const bare = e.sub.replace(/[{}\s]/g, '');
    // δ_{ky} without a comma: two single letters.
    const parts = bare.includes(',') ? bare.split(',') : bare.length === 2 ? bare.split('') : [bare];
    return otherSide(parts, index);
  }
  return null;
}
