// Text rules for the names code gives variables, so every place a name occurs is one symbol: y_ (a second y, y′),
// Python's private _theta, Greek letters spelled out (lambda, lambda_l1), words joined by underscores (y_true,
// p_correct_class, true_class), and an index glued to a letter as digits (a3, y1).
import { defineTextRule } from './registry';
import { GLUED_INDEX_LETTERS } from './text-spoken-operators';

/**
 * `y_`, a name with a trailing underscore, as code writes one (TensorFlow's tutorial calls its
 * labels y_ beside the predictions y): another variable, y′. (An apostrophe stays a prime: in
 * Octave it transposes, in Nim and on most pages it names, t′.)
 */
export function codeNames(tex: string): string {
  // Only in code, which multiplies with *: in TeX, (1 − u_) is a subscript left out (text-typos).
  if (!/[\w)\]']\s*\*\s*[\w(]/.test(tex)) return tex;
  return tex.replace(/(?<![\\A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*)_(?=\s*[*/)\],;]|\s+[*/+-]|\s*$)/g, "$1'");
}

/**
 * `_theta`, `_logsumexp(z)`: Python's private name, an underscore before it, is the name (in code, with no TeX
 * command, where an underscore after a space or a bracket opens no subscript).
 */
export function privateNames(tex: string): string {
  return tex.includes('\\') ? tex : tex.replace(/(?<=^|[\s(\[,=+\-*/])_+(?=[A-Za-z]\w*)/g, '');
}

/** Greek letters code spells out. Two-letter names that are also a letter with its index glued (pi, xi, nu) are left. */
const GREEK_WORDS = /(?<![A-Za-z_\\])(alpha|beta|gamma|delta|epsilon|zeta|theta|kappa|lambda|mu|rho|sigma|tau|phi|psi|omega)(?![A-Za-z])/g;

/**
 * p(x|mu) = mu^x (1 - mu)^(1 - x): in a formula typed as plain text (no command at all), a Greek letter's name is the letter;
 * Sigma and Pi with an index under them (Sigma_(i), Pi_i) are the sum and the product, as AsciiMath writes them.
 */
export function greekWordsInPlainText(tex: string): string {
  if (tex.includes('\\')) return tex;
  return tex
    // lambda_l1, alpha_reg: the letter with the rest of the name its subscript.
    .replace(new RegExp(`${GREEK_WORDS.source}_([A-Za-z0-9]+)(?![\\w(])`, 'g'), (_m, name: string, rest: string) => `\\${name}_{${rest}}`)
    .replace(/(?<![A-Za-z_])(Sigma|Pi)(?=\s*_)/g, (_m, name: string) => (name === 'Sigma' ? '\\sum' : '\\prod'))
    .replace(GREEK_WORDS, (name: string) => `\\${name} `);
}

/**
 * y_true, y_pred, p_theta: a code identifier with an underscore. In TeX only the next letter
 * would be the subscript (y_t rue), which no author means: the whole word is (y_{true}).
 * Two words joined so (true_class) are one name, and so are the words after the letter (p_correct_class);
 * an accent's name after the letter is that accent (y_hat is ŷ);
 * `log_probs`, a log's name joined to a word, is the log of that word.
 */
export function identifierSubscripts(tex: string): string {
  return sharedSuffixes(pickedByName(tex))
    // y_hat, p_bar, q_tilde: code spells the accent after the letter (y_hat_i is ŷ_i).
    .replace(/(?<![\\A-Za-z])([A-Za-z])_(hat|bar|tilde)(?![A-Za-z])/g, '\\$2{$1}')
    // y-hat: prose spells the accent with a dash (no variable is called hat).
    .replace(/(?<![\\A-Za-z])([A-Za-z])-hat(?![A-Za-z])/g, '\\hat{$1}')
    // sum(p * log_p), pi * log_pi: a log's name joined to a name with nothing after it to take a base for is the log of that name.
    .replace(/(?<![A-Za-z])(\\?)(log|ln)_([A-Za-z][A-Za-z0-9]?)(?=\s*(?:$|[)\]},;+\-=*/]))/g, (_m, slash: string, log: string, letter: string) => `${slash || '\\'}${log} ${letter}`)
    // p_correct_class, y_pred_pr: the words after the letter are one subscript, their underscores escaped (p_true_i keeps its index i);
    // so with a call after it, p_true(b, i), unless the words name a function (F_softmax(z) is read by the call rules).
    // Words in other alphabets' letters too (p_mål, p_модель).
    // (A letter after digits ends a name of its own, Stan's log1m_inv_logit: no subscript starts there.)
    .replace(/(?<![\\A-Za-z0-9])([A-Za-z])_([\p{Script=Latin}\p{Script=Cyrillic}]{3,}(?:_[\p{Script=Latin}\p{Script=Cyrillic}]{2,})*)(?![\p{Script=Latin}\p{Script=Cyrillic}{])/gu, (whole, letter: string, words: string, at: number, text: string) =>
      text[at + whole.length] === '(' && CALL_NAME_WORDS.test(words) ? whole : `${letter}_{${words.replace(/_/g, '\\_')}}`)
    // correct_confidences, correct_probs: the values at the correct class, confidences_{correct} (as p_correct is read).
    .replace(/(?<![\\A-Za-z_])correct_([A-Za-z]{2,})(?![A-Za-z_{(])/g, '\\operatorname{$1}_{\\text{correct}}')
    // true_class, wahre_Klasse, target_one_hot: words joined are one name (a call's name, log_softmax(…), stays for the rules that read it);
    // a letter after them is its index (true_value_i).
    // (A module's name before its function, math_ops.log(…), is left for qualified-call-names.)
    .replace(/(?<![\\A-Za-z_])([A-Za-z]{2,})((?:_[A-Za-z]{2,})+)(?:_([a-z])(?![A-Za-z0-9]))?(?![A-Za-z{(_]|\.[A-Za-z_]\w*\s*\()/g, (whole, first: string, joined: string, index: string | undefined, at: number, text: string) => {
      if (index !== undefined) return `${identifierSubscripts(whole.slice(0, -2))}_{${index}}`;
      const rest = joined.slice(1).split('_');
      // Two short words need a second of three letters at least (ab_ij-like pairs are an index); after a longer first
      // word, two letters name (target_id, label_id).
      if (insideTextArgument(text, at) || (rest.length === 1 && (rest[0] as string).length < (first.length >= 4 ? 2 : 3))) return whole;
      // log_probs[target]: the log of what the name holds (not a log to base p of "robs").
      if (/^(?:log|ln)$/i.test(first)) return rest.length === 1 ? `\\log ${rest[0]}` : whole;
      // softmax_output[0], softmax_outputs, sigmoid_probs: an activation's word starts a variable's name where an index
      // follows or no call does (the values the activation gave, not the activation applied).
      const indexed = /^\[/.test(text.slice(at + whole.length));
      const activationValues = /^(?:soft[a-z]*|sigm[a-z]*)$/i.test(first);
      return CALL_NAME_WORDS.test(first) && !indexed && !activationValues ? whole : `\\operatorname{${[first, ...rest].join('\\_')}}`;
    });
}

/**
 * y_tr beside p_tr, t_nk beside y_nk, y_lb beside hx_lb: two letters after the underscore that two names share are one subscript, not a
 * subscript and a letter multiplied: a pair of indices (two index letters) or else a name (a split's: train, test).
 */
function sharedSuffixes(tex: string): string {
  const pattern = /(?<![\\A-Za-z0-9_])([A-Za-z][A-Za-z0-9]?)_([a-z]{2})(?![A-Za-z0-9_{(])/g;
  const namesOf = new Map<string, Set<string>>();
  for (const [, letter, suffix] of tex.matchAll(pattern)) namesOf.set(suffix as string, (namesOf.get(suffix as string) ?? new Set()).add(letter as string));
  const isIndexPair = (suffix: string) => [...suffix].every((letter) => GLUED_INDEX_LETTERS.includes(letter));
  return tex.replace(pattern, (whole, letter: string, suffix: string) =>
    (namesOf.get(suffix)?.size ?? 0) >= 2 ? `${letter}_{${isIndexPair(suffix) ? suffix : `\\text{${suffix}}`}}` : whole);
}

/**
 * logits_for_answers beside logits: an array's name joined by for/of/at to another name, where the array is named
 * on its own in the same formula too, is its entries at those labels (logits_{answers}), as z[y] would pick them.
 */
function pickedByName(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z0-9_])([A-Za-z]\w*?)_(?:for|of|at)_([A-Za-z]\w*)(?![\w(])/g, (whole, array: string, labels: string) =>
    new RegExp(String.raw`(?<![\w\\])${array}(?![\w])`).test(tex.replace(whole, '')) ? `${array}_{${labels}}` : whole);
}

/**
 * The words a function's name is made of (log_softmax, F_sigmoid, sum_sq): the call rules read those names.
 * Whole words: expected_values is no exponential's name.
 */
const CALL_NAME_WORDS = /^(?:log|ln|exp|sum|prod|mean|arg|argmax|argmin|soft[a-z]*|sigm[a-z]*|relu|tanh|max|min)$/i;

/**
 * p1, y0, W2: one letter with digits glued after it, as code and plain text name a class's
 * value or a layer's weights, is that letter indexed (p_{1}), not the letter times a number.
 * A letter inside a word (log2, loss0), after a digit (2e5) or in a subscript stays.
 */
export function gluedDigitIndices(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z0-9_.{^'])([A-Za-z])(\d{1,2})(?![\d.A-Za-z]|,\S)/g, (whole, letter: string, digits: string, at: number, text: string) =>
    insideTextArgument(text, at) ? whole : `${letter}_{${digits}}`);
}

/** Whether `at` is inside the braces of \text{…} (or its kin), where words are prose. */
function insideTextArgument(text: string, at: number): boolean {
  return /\\(?:text|mbox|textrm|textit|operatorname|mathrm|hbox)\s*\{[^{}]*$/.test(text.slice(0, at));
}

defineTextRule({ name: 'identifier-subscripts', order: 24.5, apply: identifierSubscripts });
defineTextRule({ name: 'glued-digit-indices', order: 25.2, apply: gluedDigitIndices });
defineTextRule({ name: 'greek-words-in-plain-text', order: 24.1, apply: greekWordsInPlainText });
defineTextRule({ name: 'code-names', order: 24.06, apply: codeNames });
defineTextRule({ name: 'private-names', order: 24.061, apply: privateNames });
