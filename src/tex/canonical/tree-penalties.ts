// Tree rules for a regularisation term added to a loss: −Σ t log y + λ‖w‖²,
// + λ Σ_j w_j², + (λ/2m) Σ θ_j², + C wᵀw, + ‖w‖²/(2C), + λ Ω(w); beside a log-likelihood the log of
// a Gaussian prior, −½ wᵀAw or −‖w‖²/(2σ²), and an additive `+ const`. The penalty on the parameters
// says nothing about which loss the data term is, so it is set aside and the loss read on its own.
import type { Expr } from '../expr';
import { single } from '../expr';
import { containsLog, headName } from '../terms';
import { defineTreeRule, anyChild, anyNode } from './registry';

/** Regularisation strengths as authors name them, in math and in code (lam, lmbda: Python reserves lambda; code's spelled-out alpha and lambda are Greek letters by then). */
const COEFFICIENTS = new Set(['\\lambda', '\\alpha', '\\beta', '\\gamma', '\\mu', 'C', 'lam', 'lamb', 'lambd', 'lmbda', 'reg', 'wd']);

/** λ, λ/2, 1/(2C): a strength, alone or over a number, or a number over one (C as SVMs write it). */
const isCoefficient = (e: Expr): boolean => {
  // λ′, code's lambda_ (Python reserves lambda), is the same strength.
  if (e.k === 'sym') return COEFFICIENTS.has(e.name.replace(/'+$/, ''));
  if (e.k === 'mul') return e.factors.some(isCoefficient) && e.factors.every((f) => isCoefficient(f) || f.k === 'num');
  if (e.k !== 'div') return false;
  const num = e.num.k === 'mul' && e.num.factors.length === 1 ? (e.num.factors[0] as Expr) : e.num;
  return isCoefficient(num) || (num.k === 'num' && isCoefficient(e.den));
};

/** ½, 1/(2σ²), 1/(2m): a number over numbers, scales and counts (no log, no sum). */
function isScale(e: Expr): boolean {
  if (e.k === 'num') return true;
  if (e.k === 'sym') return e.sub === null;
  if (e.k === 'pow') return isScale(e.base) && e.exp.k === 'num';
  if (e.k === 'mul') return e.factors.every(isScale);
  return false;
}

const isNumericCoefficient = (e: Expr): boolean => e.k === 'div' && single(e.num).k === 'num' && isScale(single(e.den));

const TRANSPOSE_MARKS = new Set(['T', '\\top', '\\intercal']);

/** w − m₀: a difference of symbols, the parameters less their prior mean. */
const isSymbolDifference = (e: Expr): boolean => e.k === 'add' && e.terms.every((t) => (t.k === 'neg' ? t.arg : t).k === 'sym');

/** wᵀ, (w − m₀)ᵀ: the transposed side of a quadratic form. */
const isTransposedFactor = (f: Expr): boolean =>
  (f.k === 'sym' && f.transposed === true) || (f.k === 'pow' && isSymbolDifference(single(f.base)) && f.exp.k === 'sym' && TRANSPOSE_MARKS.has(f.exp.name));

/** Σ₀⁻¹, as the reader builds it: one over a symbol. */
const isInverseMatrix = (f: Expr): boolean => f.k === 'div' && f.num.k === 'num' && f.num.value === 1 && f.den.k === 'sym';

/** wᵀAw, wᵀΣ⁻¹w, θᵀθ, (w − m₀)ᵀΣ₀⁻¹(w − m₀): a quadratic form in a parameter vector (a transposed side, then symbols). */
function isQuadraticForm(factors: Expr[]): boolean {
  const at = factors.findIndex(isTransposedFactor);
  return at >= 0 && at < factors.length - 1 && factors.slice(at + 1).every((f) => f.k === 'sym' || (f.k === 'pow' && f.base.k === 'sym') || isInverseMatrix(f) || isSymbolDifference(f));
}

/** Names a regulariser is given as a function of the parameters: Ω(w), R(θ), r(w), \\mathcal{R}(W), \\mathcal{P}(w), reg(w). */
const REGULARISER_NAMES = /^(?:\\Omega|[Rr]|\\mathcal\{[RP]\}|\\text\{reg\}|\\mathrm\{reg\}|\\operatorname\{reg\}|reg)$/;

/** Letters the parameters go by (plain, bold or boldsymbol): a regulariser of the data, R(x), is no penalty. */
const PARAMETERS = /^(?:\\(?:mathbf|boldsymbol|bm)\{)?(?:w|W|v|V|b|\\theta|\\Theta|\\beta|\\omega|\\phi|\\varphi|\\psi)\}?$/;

/** Ω(w), R(θ), R(b, γ): a regulariser by name applied to the parameters (and its strength). */
const isRegulariserCall = (e: Expr): boolean => {
  if (e.k !== 'call' || e.args.length === 0 || e.args.length > 2 || !REGULARISER_NAMES.test(headName(e) ?? '')) return false;
  const [first, strength] = e.args.map(single) as [Expr, Expr | undefined];
  return first.k === 'sym' && PARAMETERS.test(first.name) && (strength === undefined || isCoefficient(strength));
};

/**
 * An additive constant written as a word (+ const, + \text{const.}, + constant), or the log of
 * a binomial coefficient, log C(N_i, y_i), which counts arrangements and holds no parameter.
 */
/** + reg, + penalty, + pen, + reg_term: the regulariser added under a name code gives it, its value computed elsewhere. */
const isRegulariserWord = (e: Expr): boolean => e.k === 'sym' && e.sub === null && /^(?:reg|penalty|regulari[sz]ation|reg_(?:term|loss|penalty)|(?:l[12]_)?(?:penalty|pen|reg)|weight_decay)$/.test(e.name);

/** λ, lambda_l1, reg_lambda, inital_lambda: the names a regularisation strength is given, λ or a word holding lambda. */
const LAMBDA = /^(?:\\lambda(?:_\{?\w+\}?)?|\w*(?:lambda|lambd|lmbda)\w*|lam|lamb)$/i;

/** Whether λ (by one of its names) is a factor of `e`, or of its numerator: λ·x, λ/(2m)·x, x·λ/2. */
function scalesByLambda(e: Expr): boolean {
  if (e.k === 'sym') {
    const name = e.name.replace(/^\\operatorname\{(.*)\}$/, '$1').replace(/\\_/g, '_');
    return LAMBDA.test(name) || (e.sub !== null && LAMBDA.test(`${name}_{${e.sub}}`));
  }
  if (e.k === 'mul') return e.factors.some(scalesByLambda);
  return e.k === 'div' && scalesByLambda(single(e.num));
}

/** Calls arithmetic makes (sums, norms, a parameter's slice θ(2:end)); any other, R(x) or G(θ), is a function of its own. */
const ARITHMETIC_CALLS = /^(?:sum|mean|abs|norm|max|min|sqrt|square|dot)$/;

/** G(θ), R(x), \mathcal{F}(w): a function the formula names, which a strength may scale as another term (not a penalty). */
function isFunctionOfOther(e: Expr): boolean {
  if (e.k !== 'call' || e.head.k !== 'sym') return false;
  return !PARAMETERS.test(e.head.name) && !ARITHMETIC_CALLS.test(e.head.name);
}

/** W², Σ W², Σ_j θ_j²: the squares of a parameter letter, summed or not. */
function isParameterSquares(e: Expr): boolean {
  if (e.k === 'big') return e.op === 'sum' && isParameterSquares(single(e.body));
  return e.k === 'pow' && e.base.k === 'sym' && PARAMETERS.test(e.base.name) && e.exp.k === 'num';
}

/** L_{aux}, \mathcal{L}_{KL}, ℓ_{reg}: another loss, named and computed elsewhere, that a strength adds to this one. */
const isNamedLossTerm = (e: Expr): boolean => e.k === 'sym' && e.sub !== null && /^(?:L|\\mathcal\{L\}|\\ell|\\mathscr\{L\})$/.test(e.name);

const isConstantWord = (e: Expr): boolean =>
  (e.k === 'sym' && /^(?:const|constant|cst|Const)\.?$/.test(e.name)) || (e.k === 'log' && e.arg.k === 'call' && headName(e.arg) === '\\binom');

/** ‖w‖ bars, a power (‖w‖², θ_j²), a sum of powers (also added, ‖w‖² + b²), wᵀw, a regulariser by name Ω(w). */
function isNormPart(e: Expr): boolean {
  if (isRegulariserCall(e)) return true;
  if (e.k === 'other') return e.text === '|' || e.text === '\\|' || e.text === '‖';
  if (e.k === 'sym') return e.transposed === true;
  if (e.k === 'fn') return e.name === 'norm' || e.name === 'abs';
  // norm(W), abs(w), as code writes them (np.linalg.norm, np.abs once their module is dropped); mean(W**2), the squares averaged.
  if (e.k === 'call' && e.head.k === 'sym' && e.head.sub === null) return e.head.name === 'norm' || e.head.name === 'abs' || (/^(?:mean|sum)$/.test(e.head.name) && e.args.length === 1 && isNormPart(single(e.args[0] as Expr)));
  // W^{[l]2}: a layer's label before the square, as course notes write it.
  if (e.k === 'pow') return e.exp.k === 'num' || (e.exp.k === 'mul' && e.exp.factors.at(-1)?.k === 'num') || isNormPart(e.base);
  if (e.k === 'big') return e.op === 'sum' && isNormPart(e.body);
  if (e.k === 'mul') return e.factors.some(isNormPart);
  // (λ/2)(‖w‖² + b²): the weights and the bias penalised together, a sum of squares.
  if (e.k === 'add') return e.terms.every((t) => isNormPart(single(t)));
  return false;
}

/**
 * Whether norm bars stand among the factors of `e` (ρ‖ω‖², ‖β‖²/2, the elastic net's
 * λ[(1 − α)‖β‖²/2 + α‖β‖₁]; the reader keeps ‖ as |). Bars inside a call (p(y | x), D(q ‖ p)) are
 * its arguments' business, not a norm of the term.
 */
function holdsNorm(e: Expr, depth = 0): boolean {
  if (depth > 40 || e.k === 'call' || e.k === 'fn') return false;
  if (e.k === 'other') return e.text === '|' || e.text === '\\|' || e.text === '‖';
  return anyChild(e, (child) => holdsNorm(child, depth + 1));
}

/**
 * (z − v)², ½(y − ŷ)²: a squared error written beside the cross-entropy, as joint losses add a
 * value head's error to a policy's cross-entropy. A Gaussian's (x − μ)²/(2σ²) is a quotient, not this.
 */
function isSquaredError(term: Expr): boolean {
  const factors = term.k === 'mul' ? term.factors : [term];
  const rest = factors.filter((f) => !(f.k === 'num' || isNumericCoefficient(f)));
  if (rest.length !== 1) return false;
  const square = rest[0] as Expr;
  if (square.k !== 'pow' || single(square.exp).k !== 'num' || (single(square.exp) as { value: number }).value !== 2) return false;
  const base = single(square.base);
  return base.k === 'add' && base.terms.length === 2 && base.terms[1]?.k === 'neg' && !containsLog(base);
}

/** λ‖w‖², (λ/2) Σ_j w_j²: a coefficient times a norm or squares, with no log in it. */
function isPenalty(term: Expr): boolean {
  if (term.k === 'neg') return isPenalty(term.arg);
  if (isConstantWord(term) || isRegulariserCall(term) || isRegulariserWord(term)) return true;
  if (containsLog(term)) return false;
  // Any strength before a norm of the parameters (ρ‖ω‖², c‖θ‖², λ[(1 − α)‖β‖²/2 + α‖β‖₁]): the bars say it.
  if (holdsNorm(term)) return true;
  if (isSquaredError(term)) return true;
  // Σ_j θ_j² λ / m / 2, as code writes sum(theta(2:end).^2) * lambda/m/2: the penalty summed and divided by scales.
  // (A Gaussian's (x − μ)²/(2σ²) is the data's likelihood: a squared error over scales is not this.)
  if (term.k === 'div' && isScale(single(term.den))) return !isSquaredError(single(term.num)) && isPenalty(single(term.num));
  if (term.k === 'big' && term.op === 'sum' && term.lower === null) return isPenalty(single(term.body));
  // λ/(2m) · θ(2:end)ᵀθ(2:end), temp * inital_lambda / 2: with no log in it, what a strength named λ scales is the penalty,
  // however the parameters' part is computed (a strength named otherwise, α or β, may scale another loss).
  if (scalesByLambda(term) && !anyNode(term, isFunctionOfOther)) return true;
  if (term.k !== 'mul') return false;
  // 0.01 * (W**2).mean(): a number times the parameters' squares, summed or averaged, as code decays weights.
  const flat = term.factors.flatMap((f) => (f.k === 'mul' ? f.factors : [f]));
  if (flat.some(isParameterSquares) && flat.every((f) => isParameterSquares(f) || f.k === 'num' || isNumericCoefficient(f))) return true;
  if (term.factors.some(isCoefficient) && term.factors.some((f) => isNormPart(f) || isRegulariserWord(f) || isNamedLossTerm(f))) return true;
  // A Gaussian prior's log: a numeric scale times ‖w‖² or a quadratic form, nothing summed or differenced in it.
  const rest = term.factors.filter((f) => !isNumericCoefficient(f));
  return rest.length < term.factors.length && (isQuadraticForm(rest) || (rest.every((f) => f.k !== 'add') && rest.some(isNormPart)));
}

/** loss + λ‖w‖² → loss, when the rest of the sum holds a log. */
export function regularisationTerm(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length < 2) return null;
  const kept = node.terms.filter((term) => !isPenalty(term));
  if (kept.length === node.terms.length || kept.length === 0 || !kept.some((term) => containsLog(term))) return null;
  return kept.length === 1 ? (kept[0] as Expr) : { k: 'add', terms: kept };
}

defineTreeRule({ name: 'regularisation-term', order: 55, apply: regularisationTerm });
