// The public contract of the calculator component (see ../README.md). The popover on
// the page and the toolbar popup both mount it.
import type { LogBase } from '../../core/types';
import type { FormulaKind, Roles, WorkedExampleCheck } from '../../tex/types';
import type { Lang } from '../i18n';

export interface CalculatorOptions {
  kind: FormulaKind;
  /** The page's own symbols; inputs are labelled with them (t_k / y_k when absent). */
  roles?: Roles;
  /**
   * Targets and predictions. Single-sample forms: one entry per class (binary: one entry;
   * from logits: `y` holds the logits z and `t` the one-hot or probability target).
   * Batch forms: one row per sample (a flat list is one sample).
   * Absent: a sensible example for the kind.
   */
  t?: number[] | number[][];
  y?: number[] | number[][];
  base?: LogBase;
  lang: Lang;
  /** The page's worked example: its stated value, the recomputed one and the verdict are shown. */
  example?: WorkedExampleCheck | null;
  /** Decimal places of E and friends (settings.decimals); 6 by default. */
  decimals?: number;
  onChange?: (state: CalculatorState) => void;
  /** Also show L, log L and E = H(t) + KL(t‖y) under the result (the toolbar popup); off by default. */
  details?: boolean;
}

export interface CalculatorState {
  kind: FormulaKind;
  base: LogBase;
  /** One row per sample (single-sample forms have one row); for ce_from_logits `y` are the logits. */
  t: number[][];
  y: number[][];
  /** The form's headline number (E, or L / log L for the likelihood forms); null when the inputs give none. */
  value: number | null;
  /** Why there is no value, as a sentence in the UI language; null when there is one. */
  error: string | null;
}

export interface CalculatorHandle {
  setKind(kind: FormulaKind): void;
  /** Replaces the inputs: flat lists for one sample, rows for batch forms. */
  setInputs(t: number[] | number[][], y: number[] | number[][]): void;
  setBase(base: LogBase): void;
  /** The current inputs and result (what onChange last reported). */
  state(): CalculatorState;
  /** Removes everything the component added to the root and its listeners. */
  destroy(): void;
}
