// Text rules for formulas written as code, as docstrings and library docs give
// them: Julia's broadcast dots (`y .* log.(ŷ)`, `@.(…)`), module-qualified names
// (`np.sum(…)`, `torch.log(…)`, `tf.reduce_mean(…)`), big operators typed as words
// (`sum_i`), and the arguments that only
// say along which axis a reduction runs (`; dims`, `axis=-1`, `keepdims=True`).
// Each becomes the plain math the rest of the canonical stage reads.
import { defineTextRule } from './registry';

/**
 * Julia broadcasting: `.*`, `./`, `.^`, `.+`, `.-` are the operators applied
 * elementwise, `f.(x)` is f applied elementwise, and the `@.` macro dots every
 * operation after it. Elementwise is how a formula's symbols already read, so the
 * dots go. A dot after a digit (`1.`, `2.5`) belongs to the number and one after
 * \left or \right is a delimiter: both stay.
 */
export function broadcastDots(tex: string): string {
  return tex
    .replace(/@(?:\.|__dot__)\s*/g, '')
    .replace(/(?<![0-9\\]|\\(?:left|right|[bB]igg?[lrm]?))\.(?=[*/^+\-]|\\cdot|\\times)/g, '')
    .replace(/(?<=[A-Za-z\u0080-\uffff]\s?)(?<!\\(?:left|right|[bB]igg?[lrm]?))\.(?=\()/g, '');
}

/** Library prefixes of a called name: np.log(p), torch.nn.functional.softmax(z), tf.math.log(q). */
const QUALIFIED_CALL = /(?<![\\A-Za-z0-9_.])(?:[A-Za-z_][A-Za-z0-9_]*\.)+(?=[A-Za-z_][A-Za-z0-9_]*\s*\()/g;
/** TensorFlow's reduce_sum, reduce_mean: the sum and the mean. */
const REDUCE_NAME = /(?<![\\A-Za-z0-9_])reduce_(sum|mean)(?=\s*\()/g;

/** np.sum(y * np.log(p)) → sum(y * log(p)); tf.reduce_mean(x) → mean(x). */
export function qualifiedCallNames(tex: string): string {
  return tex.replace(QUALIFIED_CALL, '').replace(REDUCE_NAME, '$1');
}

/** The keyword names that only pick an axis or keep its shape. */
const AXIS_WORDS = String.raw`(?:dims?|axis|axes|keepdims?|keep_dims)`;
/** `, dims=1`, `, axis = -1`, `; dims`, `, keepdims=True` before a closing bracket or another such argument. */
const AXIS_ARGUMENT = new RegExp(String.raw`\s*[,;]\s*${AXIS_WORDS}\b(?:\s*=\s*[-+]?[A-Za-z0-9_]+|\s*=\s*\([^()]*\))?(?=\s*(?:[,;]\s*${AXIS_WORDS}\b|\)))`, 'g');

/** sum(x; dims), sum(x, dims=2), mean(l, axis=-1, keepdims=True): the axis arguments go. */
export function axisArguments(tex: string): string {
  let out = tex;
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(AXIS_ARGUMENT, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Plain-text sum_i, prod_{n=1}^N, sum^N (docstrings, comments): the big operator without its backslash. */
export function bareBigOperators(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z])(sum|prod)(?=\s*[_^])/g, (_word, op: string) => `\\${op} `);
}

/**
 * −|x| (the magnitude in e^{−|x|}, exp(-|wᵀx + b|)): bars right after a minus open an
 * absolute value, never a conditional bar, so they are written as the pair \lvert … \rvert
 * the reader keeps together even around a sum.
 */
export function barsAfterMinus(tex: string): string {
  return tex.replace(/([-−]\s*)\|((?:[^|{}]|\{[^{}]*\})+)\|/g, (_m, minus: string, inner: string) => `${minus}\\lvert ${inner}\\rvert `);
}

/**
 * y_true, y_pred, p_theta: a code identifier with an underscore. In TeX only the next letter
 * would be the subscript (y_t rue), which no author means: the whole word is (y_{true}).
 */
export function identifierSubscripts(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z])([A-Za-z])_([A-Za-z]{3,})(?![A-Za-z{(])/g, '$1_{$2}');
}

/**
 * y_i.log(p_i): a dot between an indexed symbol and a log is a product sign typed as a
 * full stop, not a method of y_i (library prefixes are names, np.log, not components).
 */
export function dotBeforeLog(tex: string): string {
  return tex.replace(/([A-Za-z]_(?:\{[^{}]*\}|[A-Za-z0-9]))\s*\.\s*(?=\\?(?:log|ln)\b)/g, '$1 \\cdot ');
}

defineTextRule({ name: 'dot-before-log', order: 24.8, apply: dotBeforeLog });
defineTextRule({ name: 'identifier-subscripts', order: 24.5, apply: identifierSubscripts });
defineTextRule({ name: 'bars-after-minus', order: 28, apply: barsAfterMinus });
defineTextRule({ name: 'broadcast-dots', order: 24, apply: broadcastDots });
defineTextRule({ name: 'bare-big-operators', order: 27, apply: bareBigOperators });
defineTextRule({ name: 'qualified-call-names', order: 25, apply: qualifiedCallNames });
defineTextRule({ name: 'axis-arguments', order: 26, apply: axisArguments });
