// What the calculator asks for, per formula kind: which columns its rows have, what a
// row stands for (a class or a sample), and a sensible example when the page gives none.
import type { FormulaKind, Roles } from '../../tex/types';
import { indexedSymbol } from '../formula';
import { t as msg, type Lang } from '../i18n';
import { binaryOnLogits, isFamilyKind, plusMinusOneLabels } from './compute';
import type { ColumnSpec } from './rows';

export interface KindLayout {
  /** Rows are classes (k) or samples (i). */
  rowsAre: 'class' | 'sample';
  columns: ColumnSpec[];
  /** ce_binary has exactly one row. */
  fixedRows: boolean;
  /** The output column: each class's term, its softmax, or each sample's loss. */
  output: 'term' | 'softmax' | 'sample';
}

export const SAMPLE_INPUTS: Record<FormulaKind, { t: number[][]; y: number[][] }> = {
  ce_multiclass: { t: [[1, 0, 0]], y: [[0.7, 0.2, 0.1]] },
  ce_expectation: { t: [[0.5, 0.3, 0.2]], y: [[0.4, 0.4, 0.2]] },
  log_likelihood: { t: [[1, 0, 0]], y: [[0.7, 0.2, 0.1]] },
  likelihood_product: { t: [[1, 0, 0]], y: [[0.7, 0.2, 0.1]] },
  ce_multiclass_batch: { t: [[1, 0, 0], [0, 1, 0]], y: [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]] },
  ce_binary: { t: [[1]], y: [[0.9]] },
  ce_binary_batch: { t: [[1, 0, 1]], y: [[0.9, 0.2, 0.6]] },
  ce_from_logits: { t: [[1, 0, 0]], y: [[2, 1, 0.1]] },
  entropy: { t: [[0.5, 0.25, 0.25]], y: [[]] },
  kl_divergence: { t: [[0.5, 0.3, 0.2]], y: [[0.4, 0.4, 0.2]] },
  js_divergence: { t: [[0.5, 0.5, 0]], y: [[0, 0.5, 0.5]] },
};

/** The binary kinds on logits: x where the probability form has y (σ(2.2) ≈ 0.9). */
export const LOGIT_SAMPLE_INPUTS: Partial<Record<FormulaKind, { t: number[][]; y: number[][] }>> = {
  ce_binary: { t: [[1]], y: [[2.2]] },
  ce_binary_batch: { t: [[1, 0, 1]], y: [[2.2, -1.4, 0.4]] },
};

/** The margin form on logits: the same logits, with labels −1 and +1 where the {0, 1} form has 0 and 1 (y = 2t − 1). */
function marginSampleInputs(kind: FormulaKind): { t: number[][]; y: number[][] } | undefined {
  const logits = LOGIT_SAMPLE_INPUTS[kind];
  return logits && { t: logits.t.map((row) => row.map((t) => 2 * t - 1)), y: logits.y };
}

/** The inputs to start from when the page gives none. */
export function sampleInputsFor(kind: FormulaKind, roles: Roles): { t: number[][]; y: number[][] } {
  if (plusMinusOneLabels(kind, roles)) return marginSampleInputs(kind) ?? SAMPLE_INPUTS[kind];
  return (binaryOnLogits(kind, roles) ? LOGIT_SAMPLE_INPUTS[kind] : undefined) ?? SAMPLE_INPUTS[kind];
}

/** A symbol of the page as plain text for labels: `\\hat{y}_{k}` → `y`. */
export function plainSymbol(tex: string): string {
  return tex.replace(/\\(?:hat|mathbf|boldsymbol|bm|mathrm|vec|tilde|bar)\s*/g, '').replace(/[{}\\]/g, '').replace(/_.*$/, '').trim();
}

export function layoutOf(kind: FormulaKind, roles: Roles, lang: Lang): KindLayout {
  if (isFamilyKind(kind)) return familyLayout(kind, roles, lang);
  const target = roles.target ?? 't';
  const onLogits = binaryOnLogits(kind, roles);
  const prediction = kind === 'ce_from_logits' ? 'z' : (roles.prediction ?? (onLogits ? 'x' : 'y'));
  const batchOfVectors = kind === 'ce_multiclass_batch';
  const rowsAre = kind === 'ce_binary' || kind === 'ce_binary_batch' || batchOfVectors ? 'sample' : 'class';
  const index = rowsAre === 'class' ? (roles.classIndex ?? 'k') : (roles.sampleIndex ?? 'i');
  const what = msg(lang, rowsAre === 'class' ? 'classIndex' : 'sample');
  const headerOf = (symbol: string) => (kind === 'ce_binary' ? symbol : indexedSymbol(symbol, index));
  const label = (symbol: string, role: string) => (r: number) =>
    kind === 'ce_binary' ? `${plainSymbol(symbol)} (${role})` : `${plainSymbol(symbol)} ${r + 1} (${role}, ${what} ${r + 1})`;
  const predictionRole = msg(lang, kind === 'ce_from_logits' || onLogits ? 'logit' : 'prediction');
  const targetRole = msg(lang, plusMinusOneLabels(kind, roles) ? 'signLabel' : 'target');
  const classWord = msg(lang, 'classIndex');
  const entryLabel = (symbol: string, role: string) => (r: number, k: number) =>
    `${plainSymbol(symbol)} ${r + 1},${k + 1} (${role}, ${what} ${r + 1}, ${classWord} ${k + 1})`;
  return {
    rowsAre,
    fixedRows: kind === 'ce_binary',
    output: kind === 'ce_from_logits' ? 'softmax' : rowsAre === 'sample' ? 'sample' : 'term',
    columns: [
      { key: 't', headerTex: headerOf(target), cellLabel: label(target, targetRole), entryLabel: entryLabel(target, targetRole), vector: batchOfVectors, target: true },
      { key: 'y', headerTex: headerOf(prediction), cellLabel: label(prediction, predictionRole), entryLabel: entryLabel(prediction, predictionRole), vector: batchOfVectors, target: false },
    ],
  };
}

/** Entropy, KL and JS: one row per outcome, a column per distribution (p; p and q), each row's term. */
function familyLayout(kind: 'entropy' | 'kl_divergence' | 'js_divergence', roles: Roles, lang: Lang): KindLayout {
  const index = roles.classIndex ?? 'k';
  const what = msg(lang, 'outcome');
  const column = (key: 't' | 'y', symbol: string, role: string): ColumnSpec => ({
    key,
    headerTex: indexedSymbol(symbol, index),
    cellLabel: (r) => `${plainSymbol(symbol)} ${r + 1} (${role}, ${what} ${r + 1})`,
    vector: false,
    target: false,
  });
  const p = column('t', roles.target ?? 'p', msg(lang, 'distribution'));
  const q = column('y', roles.prediction ?? 'q', msg(lang, kind === 'kl_divergence' ? 'approximation' : 'distribution'));
  return { rowsAre: 'class', fixedRows: false, output: 'term', columns: kind === 'entropy' ? [p] : [p, q] };
}
