// Recognition: read the formula into chains, try each member of each chain
// against the registered kinds in written order; a near miss (entropy, KL,
// binary entropy) before any kind ends the chain; the most specific member names
// the kind (binary over multiclass, a batch over one sample); check for a sign slip.
import './kinds';
import { namingMember, sigmoidNames, withNamedSigmoid } from './chain-roles';
import type { Chain, Expr } from './expr';
import { single } from './expr';
import type { Reading } from './read';
import { readingsOf } from './read';
import { compactRoles, matchKinds } from './registry';
import { perSampleReduction } from './per-sample-reduction';
import { withImpliedIndices } from './role-indices';
import { chainContext, indexParts, namesACrossEntropy } from './selectors';
import { hasSlippedSign } from './canonical/tree-signs';
import { anyNode } from './canonical/registry';
import { binaryShape, logSumShape } from './shapes';
import { isLoneNegativeLog, isSumOfNegativeLogs, numericLogSum, unnegatedNumericLogSum } from './shapes-numeric';
import { containsLog, headName, roleTex, termsOf } from './terms';
import type { FormulaKind, Recognition, Roles, TexDiagnostic } from './types';

const NEAR_MISS_OR_KIND_LIMIT = 64;

/** Entropy, binary entropy, KL: formulas that look like cross-entropy and are not. */
function isNearMiss(expr: Expr): boolean {
  if (numericLogSum(expr)?.entropy) return true;
  const shape = logSumShape(expr);
  if (shape && (shape.sameSymbol || shape.ratio)) return true;
  const binary = binaryShape(expr);
  return binary !== null && binary.sameSymbol;
}

/** −log L (sign −1) or log L (sign +1): a member that is the log of one symbol. */
function logOfSymbol(expr: Expr): 1 | -1 | 0 {
  const negated = expr.k === 'neg';
  const inner = negated ? (expr as { arg: Expr }).arg : expr;
  if (inner.k !== 'log') return 0;
  const arg = inner.arg.k === 'mul' && inner.arg.factors.length === 1 ? inner.arg.factors[0] : inner.arg;
  if (!arg || (arg.k !== 'sym' && arg.k !== 'call')) return 0;
  return negated ? -1 : 1;
}

/** (y_i − f(x_i))², (a − b)^2: a difference squared. */
function isSquaredDifference(e: Expr): boolean {
  if (e.k !== 'pow' || e.exp.k !== 'num' || e.exp.value !== 2) return false;
  const base = single(e.base);
  return base.k === 'add' && base.terms.length >= 2 && base.terms.some((term) => term.k === 'neg');
}

const SIGN_SLIP: TexDiagnostic = {
  code: 'sign_slip',
  en: 'The minus sign is on one side only: −log L is cross-entropy, and it equals −Σ t log y, not +Σ t log y.',
  ja: 'マイナス記号が片側にしかありません。−log L が交差エントロピーで、+Σ t log y ではなく −Σ t log y に等しくなります。',
};
const SIGN_SLIP_INSIDE: TexDiagnostic = {
  code: 'sign_slip_inside',
  en: 'A minus sign inside the formula looks slipped: binary cross-entropy is −[t log y + (1 − t) log(1 − y)], and it is read that way here.',
  ja: '式の中のマイナス記号がずれているようです。二値交差エントロピーは −[t log y + (1 − t) log(1 − y)] なので、ここではそのように読んでいます。',
};
const COST_WITHOUT_MINUS: TexDiagnostic = {
  code: 'cost_without_minus',
  en: 'This is named as a loss, but it has no minus sign: as written it is the log-likelihood (which is maximised); the loss is its negative, −[t log y + …].',
  ja: '損失と名付けられていますが、マイナス記号がありません。このままでは対数尤度（最大化するもの）で、損失はその符号を反転した −[t log y + …] です。',
};
const LENIENT: TexDiagnostic = {
  code: 'lenient_parse',
  en: 'KaTeX could not parse this TeX as written; it was read leniently.',
  ja: 'この TeX は KaTeX でそのまま解析できなかったため、寛容な読み取りで認識しました。',
};

const GUESSED: TexDiagnostic = {
  code: 'roles_guessed',
  en: 'Which symbol is the true class was taken from the usual letter for a label, not from the formula itself.',
  ja: 'どの記号が正解クラスを表すかは、式の構造からではなく、ラベルによく使われる文字から推定しました。',
};

interface ChainMatch {
  kind: FormulaKind;
  roles: Roles;
  slip: boolean;
  guessed: boolean;
  /** A log-likelihood under a cost's name (loss = y log p + …): its minus looks lost. */
  unsignedCost?: boolean;
}

type Found = NonNullable<ReturnType<typeof matchKinds>>;

/**
 * What a later member adds to the kind the chain's first match named: a chain is
 * as specific as its most specific member. Binary beats multiclass, the logit form
 * beats the probability form, a batch (a sum over samples) beats one sample; each
 * list is in order of preference.
 */
const REFINES: Partial<Record<FormulaKind, FormulaKind[]>> = {
  ce_multiclass: ['ce_binary_batch', 'ce_binary', 'ce_multiclass_batch', 'ce_from_logits'],
  ce_binary: ['ce_from_logits', 'ce_binary_batch'],
  ce_binary_batch: ['ce_from_logits'],
  ce_multiclass_batch: ['ce_binary_batch', 'ce_from_logits'],
  // −E_y[log P] = −y log p̂ − (1 − y) log(1 − p̂): the two classes written out say more than the expectation.
  ce_expectation: ['ce_from_logits', 'ce_binary_batch', 'ce_binary'],
};

function mostSpecific(first: Found, later: Found[]): Found {
  const refinements = REFINES[first.kind] ?? [];
  for (const kind of refinements) {
    const member = later.find((found) => found.kind === kind);
    if (member) return member;
  }
  return first;
}

/**
 * Conditions stated beside a one-hot loss (−log p_i where y_i = 1; −log a_i if y = i):
 * the index they fix names the true class.
 */
function labelsFromConditions(chains: Chain[]): string[] {
  const labels: string[] = [];
  for (const chain of chains) {
    const [left, right] = chain.members;
    if (chain.members.length !== 2 || chain.relations[0] !== '=' || left?.k !== 'sym' || !right) continue;
    // y_{true,k} = 1 fixes k: the parts of the subscript that index rather than name.
    if (left.sub && right.k === 'num' && right.value === 1) labels.push(...indexParts(left.sub));
    else if (!left.sub && right.k === 'sym' && !right.sub && /^[a-z]$/.test(right.name)) labels.push(right.name);
  }
  return labels;
}

/**
 * H(p, q_B) = −log(0.4) ≈ 0.916: numbers alone say neither entropy nor cross-entropy
 * (a lone −log 0.4), but the name with two distributions does: the one-hot case.
 */
function namedNumericCrossEntropy(chain: Chain): ChainMatch | null {
  const [name, ...rest] = chain.members;
  if (!name) return null;
  // Named with its two distributions: H(p, q), CE(t, y).
  const crossEntropyNamed = name.k === 'call' && name.args.length === 2 && namesACrossEntropy(name);
  // loss = −log 0.25 = 1.386, E = −log 0.6: a loss's name (or the error E) over the log of one
  // number is the loss at the true class, as a worked example computes it.
  if (!crossEntropyNamed && !isLossName(name)) return null;
  // H(X, Y) of random variables is their joint entropy.
  if (name.k === 'call' && name.args.every((arg) => arg.k === 'sym' && /^[U-Z]$/.test(arg.name))) return null;
  // Loss = −log 1 = 0: a sure and right prediction costs nothing, the loss's own teaching line.
  if (rest.some((member) => isLoneNegativeLog(member, true))) return { kind: 'ce_multiclass', roles: {}, slip: false, guessed: false };
  // L = −log 0.7 − log 0.5: the samples' one-hot losses added up, a batch's total.
  if (rest.some(isSumOfNegativeLogs)) return { kind: 'ce_multiclass_batch', roles: {}, slip: false, guessed: false };
  // H(P, Q) = −log q(true class): named with its two distributions, minus the log of one probability is the one-hot case.
  const picked = crossEntropyNamed ? rest.map(loneNegativeLogOf).find((p) => p !== null) : undefined;
  if (!picked) return null;
  // q(true class): the point the probability is taken at, when it is one, names the class.
  const at = picked.k === 'call' && picked.args.length === 1 ? single(picked.args[0] as Expr) : null;
  const target = at && (at.k === 'sym' || at.k === 'other') ? roleTex(at) : undefined;
  return { kind: 'ce_multiclass', roles: compactRoles({ target, prediction: roleTex(picked) }), slip: false, guessed: false };
}

/** Weighted logs of numbers, negated (a cross-entropy's) or not (a log-likelihood's). */
const isNumericLogSum = (e: Expr): boolean => numericLogSum(e) !== null || unnegatedNumericLogSum(e) !== null;

/** X in −log X when X is one probability (a letter or a letter's value at a point), else null. */
function loneNegativeLogOf(e: Expr): Expr | null {
  const terms = termsOf(e);
  const term = terms?.length === 1 ? terms[0] : undefined;
  if (!term || term.sign !== -1 || term.logs.length !== 1 || term.bigs.length > 0 || term.factors.length > 0 || term.scale.length > 0) return null;
  const arg = single((term.logs[0] as { arg: Expr }).arg);
  return (arg.k === 'call' && arg.head.k === 'sym') || (arg.k === 'sym' && /^[A-Za-z]$/.test(arg.name)) ? arg : null;
}

/**
 * log L = 1·log 0.881 + 1·log(1 − 0.269) + …, Log-Likelihood = 1·log 0.9 + 0·log 0.1: a
 * log-likelihood named as such (log L, log 𝓛, LL, the words) over weighted logs of numbers,
 * un-negated, is that log-likelihood computed; and so is p log(q) = 1·log 0.8 + 0·log 0.2,
 * the un-negated target-weighted log written in letters, then with the numbers put in.
 */
function namedNumericLogLikelihood(chain: Chain): ChainMatch | null {
  const [name, ...rest] = chain.members;
  if (!name) return null;
  const letters = name.k !== 'neg' ? logSumShape(name) : null;
  const weightedInLetters = letters !== null && letters.sign === 1 && !letters.sameSymbol && !letters.ratio && letters.target !== null;
  const named = weightedInLetters || logOfSymbol(name) === 1 || /^(?:LL|\\?(?:text|mathrm|operatorname)?\{?log[- ]?likelihood\}?)$/i.test(headName(name) ?? '') || /^log-?likelihood$/i.test(headName(name) ?? '');
  if (!named || !rest.some((member) => unnegatedNumericLogSum(member) !== null && termsOf(member)?.length !== 1)) return null;
  // The letters, where written, say which is the target and which the prediction.
  const roles = weightedInLetters ? compactRoles({ target: letters.target ?? undefined, prediction: letters.prediction ?? undefined }) : {};
  return { kind: 'log_likelihood', roles, slip: false, guessed: false };
}

/** A loss's name (L, ℓ, loss, CE, NLL …, alone or taking arguments), or E as the textbooks name the error. */
function isLossName(member: Expr): boolean {
  const loss = chainContext([member, member]).lossNamed === true;
  return loss || ((member.k === 'sym' || member.k === 'call') && headName(member) === 'E');
}

/** Names that say a quantity is minimised, never a likelihood: J(θ), C, cost, loss. */
const COST_NAMES = new Set(['J', 'C', 'cost', 'Cost', 'loss', 'Loss']);

const namesACost = (member: Expr | undefined): boolean => member !== undefined && (member.k === 'sym' || member.k === 'call') && COST_NAMES.has(headName(member) ?? '');

/** Whether a minus is written on a log somewhere in `e` (−y log h, −Σ log p), or one was put right there. */
const hasNegatedLog = (e: Expr): boolean => anyNode(e, (node) => (node.k === 'neg' && containsLog(node.arg)) || ((node.k === 'add' || node.k === 'neg') && node.slipped === true));

/** −CE, −L(θ): a name (no log in it) with a minus in front. */
const isNegatedName = (member: Expr | undefined): boolean => member?.k === 'neg' && (member.arg.k === 'sym' || member.arg.k === 'call') && !containsLog(member.arg);

/** The cross-entropy a log-likelihood member is once its minus is put back, or null. */
function withMinusRestored(member: Expr, context: ReturnType<typeof chainContext>): Found | null {
  const found = matchKinds({ k: 'neg', arg: member }, context);
  return found && found.kind.startsWith('ce_') ? found : null;
}

type Matched = Found & { member: Expr; slipped?: true };

/** An entropy or divergence matched by its name alone (H(p), D_KL(p‖q)), no sum or log written. */
function isNameOnly(found: Matched): boolean {
  return (found.kind === 'entropy' || found.kind === 'kl_divergence' || found.kind === 'js_divergence') && (found.member.k === 'call' || found.member.k === 'sym');
}

function matchChain(chain: Chain, conditions: string[] = [], earlier: readonly Expr[] = []): ChainMatch | null | 'near_miss' {
  const logSides = chain.members.map(logOfSymbol);
  const context = chainContext(chain.members, conditions);
  const matches: Matched[] = [];
  for (const member of chain.members.slice(0, NEAR_MISS_OR_KIND_LIMIT)) {
    const found = matchKinds(member, context);
    if (found) matches.push({ ...found, member });
    else if (matches.length === 0 && isNearMiss(member)) return 'near_miss';
  }
  const [named, ...rest] = matches;
  if (!named) return namedNumericCrossEntropy(chain) ?? namedNumericLogLikelihood(chain);
  // p log q = 1·log 0.8 + 0·log 0.2: where only the numbers matched, the letters before them say the roles.
  const lettered = matches.every((found) => found.kind === 'log_likelihood' && isNumericLogSum(found.member)) ? namedNumericLogLikelihood(chain) : null;
  if (lettered) return lettered;
  // −log L = −Σ log P(y_i | x_i; θ) = Σ (y_i − f(x_i))²/2σ² + …: a likelihood worked down to a squared
  // difference is a Gaussian's, whose log is a squared error, no label's probability.
  if (chain.members.some((member) => anyNode(member, isSquaredDifference))) return null;
  // D_KL(p‖q) = −Σ p log q: a name says what the author meant; what is written out is what is
  // computed. A divergence or entropy by name alone gives way to a cross-entropy written after it.
  const writtenOut = isNameOnly(named) ? rest.find((found) => found.kind.startsWith('ce_') && !isNameOnly(found)) : undefined;
  const [first, ...later] = writtenOut ? [writtenOut, ...rest.filter((found) => found !== writtenOut)] : [named, ...rest];
  // H(p, q) = Σ_t p(t) log q(t) = −p log q − (1 − p) log(1 − q): a later member written as a cross-entropy says
  // the log-likelihood before it lost its minus.
  const laterCrossEntropy = first.kind === 'log_likelihood' ? later.find((found) => found.kind.startsWith('ce_')) : undefined;
  if (laterCrossEntropy) return { ...laterCrossEntropy, slip: true };
  if (first.kind === 'log_likelihood' && logSides.includes(-1)) {
    // −log P(y|x) = y log ŷ + (1 − y) log(1 − ŷ): the member with its minus put back names the kind.
    const restored = withMinusRestored(first.member, context);
    if (restored) return { ...restored, slip: true };
    const batch = first.roles.sampleIndex !== undefined;
    return { kind: batch ? 'ce_multiclass_batch' : 'ce_multiclass', roles: batch ? { ...first.roles, reduction: 'sum' } : first.roles, slip: true, guessed: first.guessed };
  }
  // −CE = y log p + (1 − y) log(1 − p): the name negated equals the log-likelihood, so the name is the cross-entropy (no slip).
  if (first.kind === 'log_likelihood' && isNegatedName(chain.members[0])) {
    const restored = withMinusRestored(first.member, context);
    if (restored) return { ...restored, slip: false };
  }
  // J(w, b) = Σ [y log ŷ + (1 − y) log(1 − ŷ)]: a cost is minimised, so its minus was lost; what is
  // written, with no minus at all, is still the log-likelihood, and the reader is told so. Where
  // minus signs are written but cancel (J = −Σ[−y log h − …], C = y log h − (1 − y) log(1 − h)),
  // they were meant for the cost, which is read with its sign put right.
  const restoredCost = first.kind === 'log_likelihood' && namesACost(chain.members[0]) ? withMinusRestored(first.member, context) : null;
  if (restoredCost && hasNegatedLog(first.member)) return { ...restoredCost, slip: true };
  // −Σ t log y = Σ [y log ŷ + (1 − y) log(1 − ŷ)]: a later member that lost the minus still says which cross-entropy.
  const refiners = first.kind.startsWith('ce_')
    ? later.map((found): Matched => {
      const restored = found.kind === 'log_likelihood' ? withMinusRestored(found.member, context) : null;
      return restored ? { ...restored, member: found.member, slipped: true } : found;
    })
    : later;
  // E = −Σ_k t_k log y_k = −(1·log 0.6 + 0·log 0.4): numbers put into a formula do not change its kind.
  const found = mostSpecific(first, isNumericLogSum(first.member) ? refiners : refiners.filter((found) => !isNumericLogSum(found.member))) as Matched;
  const negativeKind = found.kind !== 'log_likelihood' && found.kind !== 'likelihood_product';
  const roles = namingMember(found, [first, ...refiners]).roles;
  // ℓ = mean({l_1, …, l_N}), l_n = −[…]: one sample's loss reduced over the samples earlier in the chain.
  const reduced = perSampleReduction([...earlier, ...chain.members], found.member, found.kind, roles);
  const slip = found.slipped === true || (negativeKind && logSides.includes(1) && !logSides.includes(-1));
  return { ...found, ...reduced, roles: reduced?.roles ?? roles, slip, unsignedCost: restoredCost !== null && found.kind === 'log_likelihood' };
}

/** Recognition from an already-read formula (shared with the worked-example check). */
const isLikelihoodKind = (kind: FormulaKind): boolean => kind === 'likelihood_product' || kind === 'log_likelihood';

/**
 * The first chain that names a kind. A likelihood first may be the step towards the
 * loss that follows it in the same block (p(y|x) = ŷ^y(1 − ŷ)^{1−y} \\ L = −ln p(y|x) = …):
 * a cross-entropy in a later equation of the block names the block.
 */
export function recogniseReading(reading: Reading): Recognition | null {
  const conditions = labelsFromConditions(reading.chains);
  let likelihood: ChainMatch | null = null;
  /** An entropy or divergence defined first in the block: a cross-entropy defined after it names the block (H(p) = …, D_KL = …, H(p, q) = …). */
  let information: ChainMatch | null = null;
  const earlier: Expr[] = [];
  for (const chain of reading.chains) {
    const found = matchChain(chain, conditions, earlier);
    earlier.push(...chain.members);
    if (found === 'near_miss') {
      if (likelihood || information) break;
      return null;
    }
    if (!found) continue;
    if (isLikelihoodKind(found.kind)) {
      // L = Π p^y (1 − p)^{1−y} \\ log L = Σ …: the block takes the likelihood's log, the step it ends on.
      if (!likelihood || (likelihood.kind === 'likelihood_product' && found.kind === 'log_likelihood')) likelihood = found;
      continue;
    }
    if (!found.kind.startsWith('ce_') && !likelihood) {
      information ??= found;
      continue;
    }
    return recognition(likelihood && !found.kind.startsWith('ce_') ? likelihood : found, reading);
  }
  const first = likelihood ?? information;
  return first && recognition(first, reading);
}

const NO_TRUE_CLASS: ReadonlySet<FormulaKind> = new Set(['entropy', 'kl_divergence', 'js_divergence']);

function recognition(found: ChainMatch, reading: Reading): Recognition {
  const diagnostics: TexDiagnostic[] = [];
  if (found.slip) diagnostics.push(SIGN_SLIP);
  else if (found.unsignedCost) diagnostics.push(COST_WITHOUT_MINUS);
  else if (reading.chains.some((chain) => chain.members.some((member) => hasSlippedSign(member)))) diagnostics.push(SIGN_SLIP_INSIDE);
  // Which symbol is the true class means something for a cross-entropy or a likelihood of labels only, not for an entropy or a divergence.
  if (found.guessed && !NO_TRUE_CLASS.has(found.kind)) diagnostics.push(GUESSED);
  if (reading.lenient) diagnostics.push(LENIENT);
  return { kind: found.kind, roles: withNamedSigmoid(withImpliedIndices(found.kind, found.roles), sigmoidNames(reading.chains)), diagnostics };
}

export function recogniseTex(tex: string): Recognition | null {
  try {
    let likelihood: Recognition | null = null;
    for (const reading of readingsOf(tex)) {
      const recognition = recogniseReading(reading);
      if (!recognition) continue;
      // logprobs = Y log A + (1 − Y) log(1 − A); cost = −Σ logprobs / m: a likelihood may be defined for
      // the loss a later line builds from it, which a reading with the definition put in place shows.
      if (isLikelihoodKind(recognition.kind) && !likelihood) {
        likelihood = recognition;
        continue;
      }
      return likelihood && !recognition.kind.startsWith('ce_') ? likelihood : recognition;
    }
    return likelihood;
  } catch {
    // A bug must not break the page: no recognition rather than an exception.
    return null;
  }
}
