// Text rules for the numerically careful spellings of a log that libraries offer, read as the
// log they compute: log1p(x) = log(1 + x), logaddexp(a, b) = log(eᵃ + eᵇ), SciPy's
// xlogy(y, p) = y log p and xlog1py(y, x) = y log(1 + x), and the log of a sigmoid (PyTorch's
// logsigmoid, JAX's and TensorFlow's log_sigmoid, SciPy's log_expit) = log σ(x), and Stan's log1m, log_inv_logit,
// log1m_inv_logit and log1p_exp. Code writes a binary cross-entropy
// with them (y·log p + (1 − y)·log1p(−p), scikit-learn's xlogy) exactly when it means the same loss. A one
// nudged up before a minus (1.0000001 − a) keeps the complement's log finite, and is the complement 1 − a.
// A value named for the log-sum-exp (log_sum_exp, logSumExp, lse) beside one array picked at a label is
// that array's log-sum-exp: `log_sum_exp - pred[target_class]` is the loss on the logits. The parts of the stable
// sigmoid cross-entropy code names (relu_logits, neg_abs_logits) are the values they name.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

/** The calls, once their module's name is dropped (np.log1p, torch.log1p, Math.log1p, special.xlogy). */
const STABLE_CALL = /(?<![\\A-Za-z0-9_])(log1p|log1m|logaddexp|xlogy|xlog1py|log_?sigmoid|LogSigmoid|log_expit|log_inv_logit|log1m_inv_logit|log1p_exp)\s*\(/g;

/** The same names set upright, \text{log\_sigmoid}(z), \operatorname{log1p}(x): the call as code types it. */
const UPRIGHT_STABLE_NAME = /\\(?:text|textrm|texttt|mathrm|mathtt|operatorname)\s*\{\s*(log1p|logaddexp|xlogy|xlog1py|log(?:\\?_)?sigmoid|LogSigmoid|log\\?_expit)\s*\}(?=\s*\()/g;

export function stableLogCalls(tex: string): string {
  const bare = tex.replace(UPRIGHT_STABLE_NAME, (_m, name: string) => ` ${name.replace('\\_', '_')}`);
  return rewriteCalls(bare, STABLE_CALL, (found, inner) => {
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (args.some((arg) => arg === '')) return null;
    const [first, second] = args as [string, string | undefined];
    switch (found[1]) {
      case 'logsigmoid':
      case 'log_sigmoid':
      case 'LogSigmoid':
      case 'log_expit':
        return args.length === 1 ? `\\log(\\operatorname{sigmoid}(${first}))` : null;
      case 'log1p':
        return args.length === 1 ? `\\log(1 + ${first})` : null;
      // Stan's: log1m(p) = log(1 − p), log_inv_logit(x) = log σ(x), log1m_inv_logit(x) = log(1 − σ(x)), log1p_exp(x) = log(1 + eˣ).
      case 'log1m':
        return args.length === 1 ? `\\log(1 - ${first})` : null;
      case 'log_inv_logit':
        return args.length === 1 ? `\\log(\\operatorname{sigmoid}(${first}))` : null;
      case 'log1m_inv_logit':
        return args.length === 1 ? `\\log(1 - \\operatorname{sigmoid}(${first}))` : null;
      case 'log1p_exp':
        return args.length === 1 ? `\\log(1 + e^{${first}})` : null;
      case 'logaddexp':
        return args.length === 2 ? `\\log(e^{${first}} + e^{${second}})` : null;
      case 'xlogy':
        return args.length === 2 ? `(${first}) \\log(${second})` : null;
      default:
        return args.length === 2 ? `(${first}) \\log(1 + ${second})` : null;
    }
  });
}

/** A small number or ε added to keep a log finite: 10^{-15}, 2.5 \times 10^{-7}, 0.00001, eps, \epsilon. */
const SMALL = String.raw`(?:10\^\{-\d+\}|\d+(?:\.\d+)?\s*\\times\s*10\^\{-\d+\}|0\.0{3,}\d+|eps(?:ilon)?|\\(?:var)?epsilon)`;

/**
 * 1.0000001 - A, 1.000001-p, (1 + 1e-15) - p, (1 + eps) - p: a one a hair above one, taken away from, is one (the
 * complement with its floor).
 */
export function nudgedOnes(tex: string): string {
  return tex
    .replace(/(?<![\w.])1\.0{4,}[1-9]\d{0,2}(?![\d.])(?=\s*[-−])/g, '1')
    .replace(new RegExp(String.raw`(?<![\w.\\])\(\s*1(?:\.0*)?\s*\+\s*${SMALL}\s*\)(?=\s*[-−])`, 'g'), '1');
}

/** A name that says log-sum-exp, not called (a call is read as the function), nor set as a command's name (\operatorname{logsumexp}(z)). */
const LOG_SUM_EXP_NAME = /(?<![\\A-Za-z0-9_.{])(?:log_?sum_?exp|logSumExp|LogSumExp|lse)(?![\w(}])/g;
/** An array picked at one index: pred[target_class], logits[trueIndex]. */
const PICKED_ARRAY = /(?<![\\A-Za-z0-9_.])([A-Za-z_]\w*)\[\s*[A-Za-z_][\w.]*\s*\]/g;

/**
 * A part named on a line before, used by its name (`name`), is of the one value `values` finds in the formula (its first
 * group that took part): `name` becomes what `write` makes of that value; with no value, or two, the text stays.
 */
function namedAfterSoleValue(tex: string, name: RegExp, values: RegExp, write: (value: string) => string): string {
  if (tex.search(name) < 0) return tex;
  const found = new Set([...tex.matchAll(values)].map((m) => m.slice(1).find((group) => group !== undefined) as string));
  const [value] = found;
  return found.size === 1 && value !== undefined ? tex.replace(name, write(value)) : tex;
}

/** The target's logit by name: target_logit, correct_logit, logits_at_index, logit_true (the array, the index word). */
const TARGET_LOGIT_NAME = /(?<![\\A-Za-z0-9_.])(?:(target|true|correct|label|gold)_(logits?)|(logits?)_(?:at_|of_|for_)?(target|true|correct|label|index|idx))(?![\w(])/g;

/**
 * `log_sum_exp - logits[target]`: the log-sum-exp by name, of the one array the formula picks from. With no pick, a
 * name for the target's logit (`log_sum_exp - target_logit`) says both: the logits and the target's among them.
 */
export function namedLogSumExps(tex: string): string {
  const picked = namedAfterSoleValue(tex, LOG_SUM_EXP_NAME, PICKED_ARRAY, (array) => `logsumexp(${array})`);
  const names = [...tex.matchAll(TARGET_LOGIT_NAME)];
  if (picked !== tex || names.length !== 1 || tex.search(LOG_SUM_EXP_NAME) < 0) return picked;
  const [whole, index, array, arrayFirst, indexAfter] = names[0] as RegExpExecArray;
  const [logits, target] = [array ?? arrayFirst, index ?? indexAfter] as [string, string];
  return tex.replace(whole, `${logits}[${target}]`).replace(LOG_SUM_EXP_NAME, `logsumexp(${logits})`);
}

/**
 * relu_logits, abs_logits, neg_abs_logits beside logits: code's names for max(x, 0), |x| and −|x| of a value the formula
 * also uses by name (TensorFlow's stable sigmoid cross-entropy names its parts so): the values they name (a bare
 * neg_abs: see namedUnsuffixedParts).
 */
export function namedLogitParts(tex: string): string {
  return namedUnsuffixedParts(tex).replace(/(?<![\\A-Za-z0-9_])(relu|neg_abs|abs)_([A-Za-z]\w*)(?![\w(])/g, (whole, part: string, name: string) => {
    if (!new RegExp(String.raw`(?<![\w\\])${name}(?![\w(])`).test(tex.replace(whole, ''))) return whole;
    return part === 'relu' ? `max(${name}, 0)` : part === 'abs' ? `\\lvert ${name}\\rvert ` : `(-\\lvert ${name}\\rvert )`;
  });
}

/** The value whose positive part the formula takes: max(x, 0), x.clamp(min=0), clamp(x, min=0), relu(x), x.clamp_min(0). */
const POSITIVE_PART = /(?<![\w.])(?:max(?:imum)?\(\s*([A-Za-z_]\w*)\s*,\s*0(?:\.0*)?\s*\)|([A-Za-z_]\w*)\.clamp(?:_min)?\(\s*(?:min\s*=\s*)?0(?:\.0*)?\s*\)|clamp\(\s*([A-Za-z_]\w*)\s*,\s*min\s*=\s*0(?:\.0*)?\s*\)|relu\(\s*([A-Za-z_]\w*)\s*\))/g;

/** The value whose magnitude the formula takes: abs(x), np.abs(x), torch.abs(x), x.abs(). */
const MAGNITUDE = /(?<![\w.])(?:[A-Za-z_]\w*\.)*abs\(\s*([A-Za-z_]\w*)\s*\)|(?<![\w.])([A-Za-z_]\w*)\.abs\(\s*\)/g;

/**
 * Parts named on a line before without their value's name: `neg_abs` (`input.clamp(min=0) - input * target +
 * (1 + neg_abs.exp()).log()`) is −|x| of the one value whose positive part the formula takes, and a maximum, max_val
 * or max_value (`max_val - logits * targets + log(1 + exp(-abs(logits)))`), the positive part of the one value whose
 * magnitude it takes.
 */
function namedUnsuffixedParts(tex: string): string {
  const negatedMagnitude = namedAfterSoleValue(tex, /(?<![\w\\])neg_abs(?![\w(])/g, POSITIVE_PART, (value) => `neg_abs_${value}`);
  return namedAfterSoleValue(negatedMagnitude, /(?<![\w\\.])max_val(?:ue)?(?![\w(])/g, MAGNITUDE, (value) => `relu_${value}`);
}

defineTextRule({ name: 'nudged-ones', order: 25.1, apply: nudgedOnes });
// Before the array picks are read (24.25), while pred[target_class] is still code.
defineTextRule({ name: 'named-log-sum-exps', order: 24.2, apply: namedLogSumExps });
// After qualified-call-names (25) has dropped np., torch. and special.
defineTextRule({ name: 'stable-log-calls', order: 25.15, apply: stableLogCalls });
// Before identifier-subscripts (24.5) makes relu_logits one name.
defineTextRule({ name: 'named-logit-parts', order: 24.06, apply: namedLogitParts });
