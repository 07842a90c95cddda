// A cheap first look at a TeX string, bundled into the content script on its own:
// it imports nothing, so a page with math but no cross-entropy never loads KaTeX
// or the recogniser. It may say yes too often, never no to a formula the
// recogniser accepts or to a numeric worked example (a property test holds it to that).

/** What may stand between the letters of a word without splitting it: math mode ignores spaces. */
const GAP = String.raw`(?:\s|\\[,;:! >]|\\q?quad|\\[a-z]*space|[{}])*`;
/** Words and signs that every recognised kind contains at least one of. */
const LOG_OR_PRODUCT = new RegExp(String.raw`[Ll]${GAP}(?:[Oo]${GAP}[Gg]|[Nn]|[Gg])|㏒|prod|∏|Π|\\Pi\b`);
/** A power with a symbolic exponent, as in an expanded likelihood y_1^{t_1} y_2^{t_2}. */
const SYMBOLIC_POWER = /\^\s*\{?\s*(?:\\[a-zA-Z]+\s*\{?\s*)?[a-zA-Z]/;
/** Any power: an expanded likelihood has one per class. */
const POWERS = /\^/g;
const EQUALS = /=|\\approx|≈|\\simeq|\\fallingdotseq|≒/;
/** A decimal (0.33, .5, ０．３３, 0,33) or a percentage: what a worked example's probabilities look like. */
const DECIMAL = /[.,．，][0-9０-９]|[0-9０-９]\s*(?:\\?%|％)/;

/** True when `tex` may be a cross-entropy formula or a numeric worked example. */
export function mightBeCrossEntropy(tex: string): boolean {
  if (typeof tex !== 'string' || tex.length === 0) return false;
  if (LOG_OR_PRODUCT.test(tex)) return true;
  // A likelihood written out without Π has at least two powers, one of them symbolic;
  // a single power (ℝ^d, w^⊤x, e^{iπ}) is everyday notation.
  if (SYMBOLIC_POWER.test(tex) && (tex.match(POWERS)?.length ?? 0) >= 2) return true;
  return EQUALS.test(tex) && DECIMAL.test(tex);
}
