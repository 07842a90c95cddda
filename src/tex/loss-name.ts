// The page's own name for the loss: the left-hand side of the formula's first equation
// (E, L, J(\theta), \ell, \mathcal{L}_{CE}, \mathrm{BCE}, H(p, q)), when it is a name
// and not an expression. The popover's headline uses it instead of always writing E.
import { stackedPlainLimits } from './canonical/text-limits';

const ENVIRONMENT = /\\(?:begin|end)\{(?:aligned|align\*?|split|equation\*?|gathered|gather\*?|array)\}(?:\{[^{}]*\})?/g;
const SPACING = /\\[ ,;:!]|\\(?:displaystyle|textstyle|quad|qquad|left|right)(?![A-Za-z])/g;
/** What makes a left-hand side an expression rather than a name: sums, logs, signs, fractions. */
const EXPRESSION = /\\(?:sum|prod|log|ln|int|frac|tfrac|dfrac|lim|max|min|exp|mathbb)(?![A-Za-z])|[+\-−=<>]|\\cdot|\\times|\blog\b/;

/** The TeX left of the first "=" outside braces, when it names the loss; undefined otherwise. */
export function lossNameOf(tex: string): string | undefined {
  // A plain-text bound drawn on the line above (N over ∑) is no part of the name.
  const source = stackedPlainLimits(tex).replace(/\\tag\*?\{[^{}]*\}/g, '').replace(ENVIRONMENT, '').replace(SPACING, ' ');
  let depth = 0;
  let end = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '=' && depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const lhs = source.slice(0, end).replace(/&/g, '').replace(/\s+/g, ' ').trim();
  if (lhs === '' || lhs.length > 40 || EXPRESSION.test(lhs) || !/[A-Za-z]/.test(lhs.replace(/\\[A-Za-z]+/g, (command) => (command === '\\ell' || command === '\\theta' ? 'x' : '')))) return undefined;
  // Braces must balance, or KaTeX would read the name wrongly.
  let balance = 0;
  for (const c of lhs.replace(/\\[{}]/g, '')) {
    if (c === '{') balance++;
    else if (c === '}' && --balance < 0) return undefined;
  }
  return balance === 0 ? lhs : undefined;
}
