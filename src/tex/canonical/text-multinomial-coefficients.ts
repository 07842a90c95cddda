// Text rule for the multinomial coefficient in front of a likelihood: n!/(x_1! ⋯ x_k!)
// p_1^{x_1} ⋯ p_k^{x_k}, N!/Π_i y_i! · Π_i π_i^{y_i}. The coefficient counts the orders the
// outcomes could come in; it holds no prediction and no target's weight, and a likelihood
// of counts is read as the product after it (its log, a constant term, goes from the log-likelihood). Only a fraction whose numerator is a
// factorial and whose denominator holds one goes (a binomial's \binom, a ratio of counts
// without factorials stay).
import { defineTextRule } from './registry';
import { closingBrace } from './text-scan';

const FRACTION = /\\[dt]?frac\s*\{/g;

/** `\frac{n!}{x_1! \cdots x_k!} p_1^{x_1} ⋯` → `p_1^{x_1} ⋯`. */
export function multinomialCoefficients(tex: string): string {
  let out = '';
  let at = 0;
  for (const match of tex.matchAll(FRACTION)) {
    const start = match.index ?? 0;
    if (start < at) continue;
    const numeratorOpen = start + match[0].length - 1;
    const numeratorClose = closingBrace(tex, numeratorOpen);
    if (numeratorClose < 0) continue;
    const denominatorOpen = tex.slice(numeratorClose + 1).search(/\S/) + numeratorClose + 1;
    if (tex[denominatorOpen] !== '{') continue;
    const denominatorClose = closingBrace(tex, denominatorOpen);
    if (denominatorClose < 0) continue;
    const numerator = tex.slice(numeratorOpen + 1, numeratorClose).trim();
    const denominator = tex.slice(denominatorOpen + 1, denominatorClose);
    // n!, N !, (n)!: a factorial and nothing else above; factorials below.
    if (!/^(?:[A-Za-z0-9]+|\([^()]*\))\s*!$/.test(numerator) || !denominator.includes('!')) continue;
    // ln n!/(x_1! ⋯) + x_1 ln p_1 + …: the log of the coefficient is a constant term of the log-likelihood, and goes with its plus.
    const before = tex.slice(at, start);
    const logBefore = /(?:\\(?:log|ln)|(?<![A-Za-z])(?:log|ln))\s*$/.exec(before);
    const plusAfter = /^\s*\+/.exec(tex.slice(denominatorClose + 1));
    if (logBefore && plusAfter) {
      out += before.slice(0, logBefore.index);
      at = denominatorClose + 1 + plusAfter[0].length;
      continue;
    }
    out += before;
    at = denominatorClose + 1;
  }
  return out + tex.slice(at);
}

defineTextRule({ name: 'multinomial-coefficients', order: 16.1, apply: multinomialCoefficients });
