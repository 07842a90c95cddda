// A cheap first look at a TeX string, bundled into the content script on its own:
// it imports nothing, so a page with math but no cross-entropy never loads KaTeX
// or the recogniser. It may say yes too often, never no to a formula the
// recogniser accepts or to a numeric worked example (a property test holds it to that).

/** Words and signs that every recognised kind contains at least one of. */
const LOG_OR_PRODUCT = /log|ln|lg|㏒|prod|∏|Π|\\Pi\b/i;
/** A power with a symbolic exponent, as in an expanded likelihood y_1^{t_1} y_2^{t_2}. */
const SYMBOLIC_POWER = /\^\s*\{?\s*(?:\\[a-zA-Z]+\s*\{?\s*)?[a-zA-Z]/;
const EQUALS = /=|\\approx|≈|\\simeq|\\fallingdotseq|≒/;
const DIGIT = /[0-9０-９]/;

/** True when `tex` may be a cross-entropy formula or a numeric worked example. */
export function mightBeCrossEntropy(tex: string): boolean {
  if (typeof tex !== 'string' || tex.length === 0) return false;
  if (LOG_OR_PRODUCT.test(tex)) return true;
  if (SYMBOLIC_POWER.test(tex)) return true;
  return EQUALS.test(tex) && DIGIT.test(tex);
}
