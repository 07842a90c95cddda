// Text rules for how authors dress big operators: a limit in braces with the
// underscore left out (\sum{i=1}^{n}), as typed in a hurry.
import { defineTextRule } from './registry';

/** \sum{i=1}^{n} → \sum_{i=1}^{n}: a braced group holding a start (i=1) right after \sum or \prod is its lower limit. */
export function bracedLowerLimit(tex: string): string {
  return tex.replace(/\\(sum|prod)\s*\{([^{}]*=[^{}]*)\}/g, '\\$1_{$2}');
}

defineTextRule({ name: 'braced-lower-limit', order: 50, apply: bracedLowerLimit });
