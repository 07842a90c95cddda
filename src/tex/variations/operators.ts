// How an author types the operators: the log (\log, \ln, bare words, \operatorname,
// a base, glued to the letter before it), where its argument goes, the product
// sign, the minus sign, parentheses, e^x and the transpose.
import type { Named } from './letters';

export interface LogSpelling extends Named {
  word: string;
  /** Bare words typed against the letter before them: `yln(p)`. */
  glued: boolean;
  /** Bare words take no braces: `log{y}` is nobody's habit. */
  bare: boolean;
}

export const LOG_SPELLINGS: readonly LogSpelling[] = [
  ...['\\log', '\\ln', '\\operatorname{log}', '\\mathrm{ln}', '\\mathrm{log}', '\\log_e', '\\log_2', '\\log_{2}', '\\operatorname{ln}', '{\\rm log}', '\\textrm{ln}', '\\log_{10}', '\\text{log}', '\\text{ln}', '\\operatorname{Log}', '\\mathrm{Ln}', '\\mathrm{log}\\,', '\\operatorname{log}\\,', '\\lg'].map((word) => ({ name: word, word, glued: false, bare: false })),
  ...['log', 'ln', 'Log'].map((word) => ({ name: word, word, glued: false, bare: true })),
  // Pasted from rendered math (math italic) or typed with a CJK input method (full width).
  ...['𝑙𝑜𝑔', '𝑙𝑛', 'ｌｏｇ', 'ｌｎ'].map((word) => ({ name: word, word, glued: false, bare: true })),
  ...['log', 'ln'].map((word) => ({ name: `glued ${word}`, word, glued: true, bare: true })),
];

export interface Parens extends Named {
  open: string;
  close: string;
}

export const PARENS: readonly Parens[] = [
  { name: '()', open: '(', close: ')' },
  { name: '\\left(', open: '\\left(', close: '\\right)' },
  { name: '\\bigl(', open: '\\bigl(', close: '\\bigr)' },
  { name: 'full-width ()', open: '（', close: '）' },
];

/** Where the log's argument goes when it is a single symbol. */
export interface LogArgument extends Named {
  wrap(arg: string, parens: Parens): string;
}

export const LOG_ARGUMENTS: readonly LogArgument[] = [
  { name: 'space', wrap: (arg) => ` ${arg}` },
  { name: 'parens', wrap: (arg, p) => `${p.open}${arg}${p.close}` },
  { name: 'braces', wrap: (arg) => `{${arg}}` },
];

/** A log of a number: `\log 0.7`, or glued to the digits as typed in a hurry (`\log0.7`). */
export const DIGIT_SPACINGS: readonly Named[] = [{ name: 'spaced' }, { name: 'glued' }];

export const PRODUCT_SIGNS: readonly (Named & { sign: string })[] = [
  ' ', '\\cdot', '\\times', '*', '\\,', '\\;', '\\ ', '⋅', '·', '×', '\\ast', '∙', '∗', '\\bullet', '\\centerdot',
].map((sign) => ({ name: sign === ' ' ? 'juxtaposition' : sign, sign }));

export const MINUS_SIGNS: readonly (Named & { sign: string })[] = [
  { name: '-', sign: '-' },
  { name: 'U+2212', sign: '−' },
  { name: 'en dash', sign: '–' },
  { name: 'full-width', sign: '－' },
];

export interface ExpSpelling extends Named {
  of(x: string): string;
}

export const EXP_SPELLINGS: readonly ExpSpelling[] = [
  { name: 'e^{x}', of: (x) => `e^{${x}}` },
  { name: '\\exp(x)', of: (x) => `\\exp(${x})` },
  { name: '\\mathrm{e}^{x}', of: (x) => `\\mathrm{e}^{${x}}` },
  { name: '\\exp\\left(x\\right)', of: (x) => `\\exp\\left(${x}\\right)` },
  { name: 'exp(x)', of: (x) => `exp(${x})` },
  { name: '\\mathrm{exp}(x)', of: (x) => `\\mathrm{exp}(${x})` },
  { name: '\\operatorname{exp}(x)', of: (x) => `\\operatorname{exp}(${x})` },
];

/** A power as written: TeX's ^{…}, or Python's ** in plain-text notes (its exponent bracketed, or not: `(1 - p) ** 1 - y`). */
export const POWER_SIGNS: readonly Named[] = [{ name: '^{}' }, { name: '**' }, { name: '** bare exponent' }];

export const TRANSPOSES: readonly (Named & { mark: string })[] = ['^T', '^\\top', '^{\\top}', '^\\intercal', '^{\\mathsf{T}}', '^{\\mathrm{T}}'].map((mark) => ({ name: mark, mark }));
