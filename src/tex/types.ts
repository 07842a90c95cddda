// What `tex/` says about a formula. These types are the contract between
// tex/ (which produces them) and page/, ui/ and the CLI (which consume them).
import type { LogBase } from '../core/types';

/** The closed list of formula kinds (DESIGN.md, "Formula kinds"). */
export const FORMULA_KINDS = [
  'ce_multiclass',
  'ce_multiclass_batch',
  'ce_binary',
  'ce_binary_batch',
  'ce_from_logits',
  'ce_expectation',
  'log_likelihood',
  'likelihood_product',
  'entropy',
  'kl_divergence',
  'js_divergence',
] as const;
export type FormulaKind = (typeof FORMULA_KINDS)[number];

/** The page's own symbols, as the author wrote them (TeX, e.g. "t", "\\hat{y}", "y_{o,c}"). */
export interface Roles {
  target?: string;
  prediction?: string;
  classIndex?: string;
  classBound?: string;
  sampleIndex?: string;
  sampleBound?: string;
  weight?: string;
  /** Only when the formula writes it (\log_2, \ln, \log_{10}). */
  logBase?: LogBase;
  /** Batch forms: 1/N in front (mean) or a bare sum. */
  reduction?: 'mean' | 'sum';
  /**
   * ce_from_logits: the function that turns the logits into probabilities. 'sigmoid' is
   * binary cross-entropy on one logit per sample (the target a probability t, the
   * prediction the logit x); absent, the softmax over a vector of logits.
   */
  activation?: 'sigmoid';
  /**
   * ce_from_logits with the sigmoid: how the labels are written. 'plusMinusOne' is the
   * logistic loss on a margin, log(1 + e^{−y x}) = −log σ(y x) with y ∈ {−1, +1} (the
   * target y reads as the probability t = (1 + y)/2); absent, the target is t ∈ [0, 1].
   */
  labels?: 'plusMinusOne';
  /** The page's name for the loss, the left-hand side of its equation (E, L, J(\theta), \ell, H(p,q)). */
  lossName?: string;
}

export type TexDiagnosticCode =
  | 'sign_slip' // e.g. -\log L = \sum t_k \log y_k: the minus is on one side only
  | 'sign_slip_inside' // e.g. -y \log p + (1 - y) \log(1 - p): a minus inside the formula put right
  | 'cost_without_minus' // e.g. loss = y \log p + (1 - y) \log(1 - p): named as a cost, written as the log-likelihood
  | 'lenient_parse' // KaTeX rejected the TeX; recognised from a tolerant reading
  | 'roles_guessed'; // the target/prediction roles could not be told apart with certainty

export interface TexDiagnostic {
  code: TexDiagnosticCode;
  en: string;
  ja: string;
}

export interface Recognition {
  kind: FormulaKind;
  roles: Roles;
  diagnostics: TexDiagnostic[];
}

export type Verdict = 'correct' | 'rounding' | 'wrong';

export type ExplanationCode =
  | 'matches' // the stated value is right at its printed precision
  | 'rounded' // within the last printed digit
  | 'other_base' // matches another log base
  | 'sign_dropped' // matches with the minus dropped
  | 'sign_and_base' // both of the above (the seed: base 10 and the minus dropped)
  | 'sign_doubled'
  | 'truncated' // truncation instead of rounding
  | 'swapped' // t and y swapped
  | 'term_missing'
  | 'units_mixed' // nats and bits mixed up where units are written
  | 'from_rounded_values' // right for the rounded intermediate values the chain prints
  | 'from_rounded_inputs' // right within what the rounding of the printed inputs (0.777, 0.090) can move
  | 'sum_not_mean' // the sum stated where the 1/N in front asks for the mean
  | 'unexplained';

export interface WorkedExampleCheck {
  /** Kind of the formula the numbers were substituted into, when the chain names one. */
  kind: FormulaKind | null;
  /** Extracted targets and predictions; empty for purely numeric chains (\log_2 8 = 3). */
  t: number[];
  y: number[];
  /** The base used to recompute: written, else a unit, a setting, the page's words, else natural log. */
  base: LogBase;
  /** Where that base came from, and the sentence saying so (always set by tex/). */
  baseSource?: 'written' | 'unit' | 'page' | 'setting' | 'default';
  baseReason?: { en: string; ja: string };
  stated: { value: number; text: string; decimals: number };
  computed: number;
  verdict: Verdict;
  explanation: {
    code: ExplanationCode;
    /** The value the stated number does match, when one does (e.g. log10 without the minus). */
    matchedValue?: number;
    matchedBase?: LogBase;
    en: string;
    ja: string;
  };
}

/** Everything tex/ can say about one formula. */
export interface FormulaAnalysis {
  tex: string;
  recognition: Recognition | null;
  example: WorkedExampleCheck | null;
}
