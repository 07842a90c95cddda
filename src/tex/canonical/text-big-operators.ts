// Text rules for how authors dress big operators and the mean before them: a limit
// in braces with the underscore left out (\sum{i=1}^{n}), as typed in a hurry, and
// a mean over a set's size written with a slash (1/|B| Σ …).
import { defineTextRule } from './registry';

/** \sum{i=1}^{n} → \sum_{i=1}^{n}: a braced group holding a start (i=1) right after \sum or \prod is its lower limit. */
export function bracedLowerLimit(tex: string): string {
  // Only a start (i=1, k = 0, n=1) is a limit; a braced summand that holds an = (Σ {log P(y = k | x) t_k}) is not.
  return tex.replace(/\\(sum|prod)\s*\{(\s*[A-Za-z][A-Za-z0-9]?\s*=\s*[A-Za-z0-9+-]{1,6}\s*)\}/g, '\\$1_{$2}');
}

/** 1/|B| Σ …: a slash before a size in bars divides by the whole size (|B| is one quantity, \lvert B\rvert). */
export function slashOverBars(tex: string): string {
  return tex.replace(/\/\s*\|((?:[^|{}]|\{[^{}]*\})+)\|/g, (_m, inner: string) => `/\\lvert ${inner}\\rvert `);
}

defineTextRule({ name: 'slash-over-bars', order: 51, apply: slashOverBars });
defineTextRule({ name: 'braced-lower-limit', order: 50, apply: bracedLowerLimit });
