// A cheap first look at a TeX string, bundled into the content script on its own:
// it imports nothing, so a page with math but no cross-entropy never loads KaTeX
// or the recogniser. It may say yes too often, never no to a formula the
// recogniser accepts or to a numeric worked example (a property test holds it to that).

/**
 * log, ln, lg or prod in the letters alone: whatever stands between letters (spaces,
 * spacing commands, braces, `&`, a stray bracket), the recogniser may still read them as
 * one word, so the prefilter never tells them apart. The softplus, by name or as the
 * deep-learning book's ζ, writes a logistic loss with no log.
 */
const WORD = /log|ln|lg|prod|softplus|zeta/i;
/** Spacing commands and their arguments: the readers skip them, so they join what is around them. */
const SPACING = /(?<!\\)\\(?:[hv]space\*?\s*\{[^}\\]*\}|m?kern\s*[-+]?[\d.]*\s*(?:[a-z]{2})?|[hm]skip\s*[-+]?[\d.]*\s*(?:[a-z]{2})?|q?quad|[a-z]*space|hfill|enspace|(?:neg)?(?:thin|med|thick)space)/g;
const NOT_LETTERS = /[^A-Za-z]+/g;
/**
 * The same words as signs (㏒, ㏑, ∏, Π, \Pi), in full-width letters from CJK input methods (ｌｏｇ, ｌｎ),
 * in Chinese, Japanese or Korean (对数, 對數, 対数, 로그), or the log-sum-exp by its initials (LSE).
 */
const SIGN = /㏒|㏑|∏|Π|\\Pi\b|ｌ\s*ｏ\s*ｇ|ｌ\s*ｎ|对数|對數|対数|로그|LSE/;
/**
 * A power with a symbolic exponent, as in an expanded likelihood y_1^{t_1} y_2^{t_2}, or an
 * indicator (p^{[y=1]}, p^{\mathbb{1}[y=1]}); also Python's p ** y. Thin spaces may stand
 * before the exponent's letter (\hat p^{\,Y_i}).
 */
const SYMBOLIC_POWER = /\^\s*\{?\s*(?:\\[,;:!]\s*)*(?:\\[a-zA-Z]+\s*\{?\s*1?\s*\}?\s*)?[[(]?\s*[a-zA-Z]|\*\*\s*\(?\s*[a-zA-Z]/;
/** Any power (^ or Python's **): an expanded likelihood has one per class. */
const POWERS = /\^|\*\*/g;
const EQUALS = /=|\\approx|≈|\\simeq|\\fallingdotseq|≒/;
/** A decimal (0.33, .5, ０．３３, 0,33) or a percentage: what a worked example's probabilities look like. */
const DECIMAL = /[.,．，][0-9０-９]|[0-9０-９]\s*(?:\\?%|％)/;

/** Divergences named without a log: D_KL(p‖q), JS(p‖q). */
const DIVERGENCE = /KL|JS/;
const MINUS = /[-−–‐]/;

/**
 * Cross-entropy less entropy, H(p, q) − H(p): an H, a minus after it, an H after that.
 * Found by positions in one pass; a regex H…−…H backtracks quadratically over a long
 * formula with many H's (a Hessian written out).
 */
function hasEntropyDifference(tex: string): boolean {
  const first = tex.indexOf('H');
  if (first < 0) return false;
  const minus = tex.slice(first + 1).search(MINUS);
  return minus >= 0 && tex.lastIndexOf('H') > first + 1 + minus;
}

/** True when `tex` may be a cross-entropy formula or a numeric worked example. */
export function mightBeCrossEntropy(tex: string): boolean {
  if (typeof tex !== 'string' || tex.length === 0) return false;
  if (SIGN.test(tex) || WORD.test(tex.replace(SPACING, '').replace(NOT_LETTERS, '')) || DIVERGENCE.test(tex) || hasEntropyDifference(tex)) return true;
  // A likelihood written out without Π has at least two powers, one of them symbolic;
  // a single power (ℝ^d, w^⊤x, e^{iπ}) is everyday notation.
  if (SYMBOLIC_POWER.test(tex) && (tex.match(POWERS)?.length ?? 0) >= 2) return true;
  return EQUALS.test(tex) && DECIMAL.test(tex);
}
