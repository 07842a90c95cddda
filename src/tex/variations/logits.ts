// How an author writes what comes before the probabilities: the sigmoid of a logit
// (σ(x), sigmoid(x), 1/(1+e^{−x}), (1+e^{−x})^{−1}, e^{x}/(1+e^{x})) with its
// complement, the logit itself, the per-element and positive-class weights of
// library docs, and the softmax by name.
import type { Named } from './letters';

/** A log's argument: `bare` when it reads without brackets after \log (σ(x), a fraction). */
export interface LogArg {
  tex: string;
  bare: boolean;
}

export interface SigmoidSpelling extends Named {
  /** σ(x) and 1 − σ(x) as this author writes them, given x and the minus sign. */
  of(x: string, minus: string): { positive: LogArg; negative: LogArg };
  /** Spelled out with exponentials of the logit (binary cross-entropy so written is on the logit). */
  spelled?: true;
}

/** −x, bracketed when x is more than a symbol. */
const negated = (x: string, minus: string) => (/^[A-Za-z](?:_\{?[^{}]*\}?|\^\{\([^{}]*\)\}|\[[^\]]*\])?$/.test(x) ? `${minus}${x}` : `${minus}(${x})`);
const bare = (tex: string): LogArg => ({ tex, bare: true });
const grouped = (tex: string): LogArg => ({ tex, bare: false });

export const SIGMOID_SPELLINGS: readonly SigmoidSpelling[] = [
  { name: '\\sigma(x)', of: (x, m) => ({ positive: bare(`\\sigma(${x})`), negative: grouped(`1 ${m} \\sigma(${x})`) }) },
  { name: 'σ(x)', of: (x, m) => ({ positive: bare(`σ(${x})`), negative: grouped(`1 ${m} σ(${x})`) }) },
  { name: 'σ(x) and σ(−x)', of: (x, m) => ({ positive: bare(`\\sigma(${x})`), negative: bare(`\\sigma(${negated(x, m)})`) }) },
  { name: '\\operatorname{sigmoid}(x)', of: (x, m) => ({ positive: bare(`\\operatorname{sigmoid}(${x})`), negative: grouped(`1 ${m} \\operatorname{sigmoid}(${x})`) }) },
  { name: 'sigmoid(x)', of: (x, m) => ({ positive: bare(`sigmoid(${x})`), negative: grouped(`1 ${m} sigmoid(${x})`) }) },
  { name: '\\frac{1}{1+e^{-x}}', spelled: true, of: (x, m) => ({ positive: bare(`\\frac{1}{1+e^{${negated(x, m)}}}`), negative: bare(`\\frac{e^{${negated(x, m)}}}{1+e^{${negated(x, m)}}}`) }) },
  { name: '\\frac{1}{1+e^{x}} complement', spelled: true, of: (x, m) => ({ positive: bare(`\\frac{1}{1+e^{${negated(x, m)}}}`), negative: bare(`\\frac{1}{1+e^{${x}}}`) }) },
  { name: '(1+e^{-x})^{-1}', spelled: true, of: (x, m) => ({ positive: grouped(`(1+e^{${negated(x, m)}})^{${m}1}`), negative: grouped(`1 ${m} (1+e^{${negated(x, m)}})^{${m}1}`) }) },
  { name: '\\frac{e^{x}}{1+e^{x}}', spelled: true, of: (x) => ({ positive: bare(`\\frac{e^{${x}}}{1+e^{${x}}}`), negative: bare(`\\frac{1}{1+e^{${x}}}`) }) },
  { name: '\\frac{1}{1+\\exp(-x)}', spelled: true, of: (x, m) => ({ positive: bare(`\\frac{1}{1+\\exp(${negated(x, m)})}`), negative: bare(`\\frac{\\exp(${negated(x, m)})}{1+\\exp(${negated(x, m)})}`) }) },
];

/** The logit of one sample: a letter, or a linear model. */
export interface LogitSpelling extends Named {
  of(suffix: string): string;
}

export const LOGIT_SPELLINGS: readonly LogitSpelling[] = [
  ...['x', 'z', 's'].map((letter) => ({ name: letter, of: (suffix: string) => `${letter}${suffix}` })),
  { name: '\\mathbf{w}^\\top\\mathbf{x}+b', of: (suffix: string) => `\\mathbf{w}^\\top \\mathbf{x}${suffix} + b` },
  { name: '\\theta^T x', of: (suffix: string) => `\\theta^T x${suffix}` },
];

/** Weights library docs put on binary terms: per element (w_n), on the positive class (p_c). */
export const BINARY_WEIGHTS: readonly (Named & { element: boolean; positive: boolean; glued?: true })[] = [
  { name: 'none', element: false, positive: false },
  { name: 'w_n', element: true, positive: false },
  { name: 'pos_weight', element: false, positive: true },
  { name: 'w_n and pos_weight', element: true, positive: true },
  // TensorFlow's docstring: the weight q typed against the label z, `qz * -log(sigmoid(x))`.
  { name: 'pos_weight typed against the label', element: false, positive: true, glued: true },
];

/** log Σ_j e^{z_j} as written: in full, or by a library's or a paper's name for it. */
export const LOG_SUM_EXP_SPELLINGS: readonly (Named & { named: string | null })[] = [
  { name: 'in full', named: null },
  { name: '\\operatorname{logsumexp}(z)', named: '\\operatorname{logsumexp}' },
  { name: '\\mathrm{LSE}(z)', named: '\\mathrm{LSE}' },
];

export const SOFTMAX_NAMES: readonly (Named & { word: string })[] = ['\\mathrm{softmax}', '\\operatorname{softmax}', '\\text{softmax}', 'softmax'].map((word) => ({ name: word, word }));

/** Letters for the logits of a softmax (z_j, s_j, o_j, f_j, a_j) and the label letter. */
export const SOFTMAX_LOGITS: readonly (Named & { letter: string })[] = ['z', 's', 'o', 'f', 'a', 'x'].map((letter) => ({ name: letter, letter }));
export const LABEL_LETTERS: readonly (Named & { letter: string })[] = ['y', 'c', 't'].map((letter) => ({ name: letter, letter }));
