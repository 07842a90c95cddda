// Which spellings of a role name the same symbol to a reader, for comparing a
// recognised role with a corpus variable (./corpus.ts). Each rule says why the two
// spellings are one symbol; none accepts a different symbol. Not bundled.
import { canonicalText } from './canonical';

/** What the comparison knows about the formula beside the two spellings. */
export interface SpellingContext {
  /** The formula writes no subscript at all (`yn * log(pn)`, `\sumi pi \log qi`): its indices are glued. */
  gluedIndices: boolean;
}

/**
 * A formula typed as plain text, with no `_` and no subscript character (pᵢ, y₁): an index
 * there can only be glued to its letter.
 */
export function writesNoSubscript(tex: string): boolean {
  return !/_|\\sb\b|[\u2080-\u209c\u1d62-\u1d6a\u2c7c]/.test(tex);
}

/**
 * A spelling as compared: canonical text (ŷ is \hat{y}); no author's note in parentheses
 * after it; no bold or roman switch (a bold y is the vector y: \mathbf, \boldsymbol, \bm,
 * \pmb, \vec, \textbf; a name in roman or text type, \text{logits}, is the name logits); a prime written as `^{\prime}` or `^{'}` is `'`, and a prime typed before the
 * subscript is after it (t'_i and t_i' set the same letter with the same two marks);
 * no spaces or braces (\hat{y_i} and \hat{y}_i are one symbol); sigmoid(x) by name is σ(x). Where the formula's
 * indices are glued, yn is y_n: the recogniser writes the index it read as a subscript,
 * the author typed it after the letter.
 */
export function bareSpelling(text: string, context: SpellingContext = { gluedIndices: false }): string {
  // y_, a code name with a trailing underscore (TensorFlow's labels beside y), is written y' by the recogniser (text-code's codeNames).
  // $y, a PHP or Perl name, is y: the sigil only marks a name (text-code-statements' sigilVariables).
  const bare = canonicalText(text.replace(/^\s*([A-Za-z][A-Za-z0-9]*)_\s*$/, "$1'").replace(/^\s*\$(?=[A-Za-z_]\w*\s*$)/, ''))
    .replace(/\s+\([^)]*\)\s*$/, '') // "x (scores)", "y_i (class index)"
    .replace(/\\(?:mathbf|boldsymbol|bm|pmb|vec|mathrm|textbf|text|textrm|operatorname)\s*/g, '')
    // \overline over one letter is the bar the recogniser writes \bar.
    .replace(/\\overline(?![A-Za-z])/g, '\\bar')
    .replace(/\^\s*\{\s*\\prime\s*\}|\^\s*\\prime\b|\\prime\b/g, "'")
    .replace(/\^\s*\{\s*('+)\s*\}/g, '$1')
    .replace(/('+)(_(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))/g, '$2$1')
    // Sized delimiters are the delimiters: p\left(y | x\right) is p(y | x).
    .replace(/\\(?:left|right|[bB]igg?[lr]?)(?=\s*(?:[()[\]|]|\\[{}|]))/g, '')
    .replace(/[{}\s]/g, '')
    // The logistic function by its name (sigmoid(x), \mathrm{sigmoid}(x), \operatorname{sigmoid}(x)) is σ(x).
    .replace(/(?<![A-Za-z])(?:\\operatorname|\\text)?sigmoid(?=\()/g, '\\sigma');
  // (h(x))_k, (y_i)_k: a symbol in brackets with its component's index after them is that symbol's component.
  const close = bare.startsWith('(') ? closingParenthesis(bare) : -1;
  const unbracketed = close > 0 && /^[_^]/.test(bare.slice(close + 1)) ? `${bare.slice(1, close)}${bare.slice(close + 1)}` : bare;
  // One letter (accented too: ŷi) and one index letter, primes after (yi, ti'), is the letter with that subscript.
  return context.gluedIndices ? unbracketed.replace(/^([A-Za-z]|\\(?:hat|bar|tilde)[A-Za-z])([a-z])('*)$/, '$1_$2$3') : unbracketed;
}

/** Where the parenthesis opening `text` closes, or −1. */
function closingParenthesis(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The symbol without its indices and arguments: p for p_k, p(x), p[k], p^{(i)}; t' for t'_i (the prime is the symbol's). */
export function withoutIndices(text: string, context?: SpellingContext): string {
  const bare = bareSpelling(text, context).replace(/\(.*\)$/, '').replace(/\[.*\]$/, '');
  const primes = /_[^']*('+)$/.exec(bare)?.[1] ?? '';
  return bare.replace(/[_^].*$/, '') + primes;
}

/** The two sides of the test an indicator spelling makes, or null when `text` is no indicator. */
export interface IndicatorTest {
  left: string;
  right: string;
}

/**
 * An indicator as authors spell it: 1\{y = k\}, \mathbb{1}\{…\}, \mathbb 1(…), \mathbb{1}[…],
 * \mathbb{1}_{…}, \mathbf{1}(…), I(…), \mathbb{I}(…) and the Iverson bracket [y = k] alone.
 */
export function indicatorTest(text: string): IndicatorTest | null {
  // Sized braces (1\left\{…\right\}) are braces, and code's == is the test =.
  const compact = text.replace(/\s+/g, '').replace(/\\(?:left|right|[bB]igg?[lr]?)(?=\\[{}]|[()[\]])/g, '').replace(/={2,3}/g, '=');
  const match = /^(?:\\mathbb\{?[1I]\}?|\\mathbf\{?1\}?|1|I|\\mathbb\{1\}_)?(?:\\\{(.*)\\\}|\((.*)\)|\[(.*)\]|\{(.*)\})$/.exec(compact);
  if (!match) return null;
  const body = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
  // A bare parenthesis or brace is a grouping, not an indicator: only [ … ] stands alone.
  const headless = !/^(?:\\mathbb|\\mathbf|1|I)/.test(compact);
  if (headless && match[3] === undefined) return null;
  const sides = body.split('=');
  if (sides.length !== 2 || !sides[0] || !sides[1]) return null;
  return { left: sides[0], right: sides[1] };
}

const INDICATOR_NAMES = new Set(['\\mathbb1', '\\mathbbI', '\\mathbf1', '1', 'I']);

/**
 * Whether a found target names the indicator the corpus spells. The indicator named
 * without its test (\mathbb{1} for 1\{y = i\}) is that symbol, as p is p(x). The label the
 * test compares with the class index (y in 1\{y = k\} summed over k, y_i in [y_i = 1]) is the
 * target written one-hot: the indicator over the classes is that label's encoding, and a
 * reader filling in the target gives that label.
 */
export function namesIndicator(found: string, expected: IndicatorTest, classIndex: string | undefined): boolean {
  const bare = bareSpelling(found);
  if (INDICATOR_NAMES.has(withoutIndices(found))) return true;
  const sides = [expected.left, expected.right].map((side) => bareSpelling(side));
  const index = classIndex === undefined ? undefined : bareSpelling(classIndex);
  const labels = sides.filter((side) => side !== index && !/^[+-]?\d+$/.test(side));
  if (labels.length !== 1) return false;
  const label = labels[0] as string;
  return bare === label || withoutIndices(found) === withoutIndices(label);
}
