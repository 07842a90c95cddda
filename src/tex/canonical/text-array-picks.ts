// Text rules for the entries code picks out of arrays: each row's label picked by NumPy's
// fancy indexing (`p[np.arange(N), y]`), PyTorch's gather and NumPy's take_along_axis, a
// column of a two-column target (`t[:, 0]`), a flat array indexed by row and class
// (`p[b*C + t[b]]`), an array of rows (`p[i][t]`), Haskell's `ps !! k`, the class a one-hot target marks (`p[t.indexOf(1)]`), and the
// entries a label's value masks in a sum (`sum(log(p[y == 1]))`). Each becomes a subscripted symbol, p_{i,y_i}, that the tree reads.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

/**
 * p[np.arange(N), y], probs[range(len(y)), y]: NumPy's way of picking, in each row i, the
 * entry of that row's label, p_{i, y_i}; the sum or mean around it runs over the rows. The
 * labels may be read back from one-hot rows there (t.argmax(axis=1)); np.arrange, a common
 * misspelling, means arange. q writes the same pick probs@'y.
 */
export function rowPicks(tex: string): string {
  return gatheredRows(tex)
    .replace(ROW_PICK, (_m, array: string, labels: string | undefined, method: string | undefined, called: string | undefined) => picked(array, `${labels ?? method ?? called}_i`))
    // np.log(p)[np.arange(N), y], log_softmax(z, dim=1)[arange(n), y]: the same pick of a call's rows.
    .replace(CALL_ROW_PICK, (_m, call: string, labels: string | undefined, method: string | undefined, called: string | undefined) => rowsAtLabels(call, (labels ?? method ?? called) as string))
    // q's probs@'y indexes each row of probs by the label in the same place of y.
    .replace(/(?<![\w.])([A-Za-z_]\w*)@'([A-Za-z_]\w*)(?![\w(\[])/g, (_m, array: string, labels: string) => picked(array, `${labels}_i`));
}

/** The entry (i, label) of a named array; of log_probs, the log of probs's entry (logits are not the log of "its"). */
function picked(array: string, label: string): string {
  const logOf = /^log_?(?!its?$)([A-Za-z]\w*)$/.exec(array)?.[1];
  // In brackets, so a method chained after the pick (.mean()) takes it whole.
  return logOf ? `(\\log ${pickedName(logOf)}_{i,${label}})` : `${pickedName(array)}_{i,${label}}`;
}

/** A two-letter array (sm, pr) set as one italic name, which TeX would otherwise read as two letters, s times m_{i,y_i}. */
const pickedName = (name: string): string => (/^[A-Za-z]{2}$/.test(name) ? `\\mathit{${name}}` : name);

/** t.argmax(axis=1), np.argmax(t, 1), torch.argmax(t, dim=-1): the labels read back from one-hot rows. */
const ARGMAX_OF = String.raw`([A-Za-z_]\w*)\.argmax\(\s*(?:(?:axis|dim)\s*=\s*)?-?1?\s*\)|(?:[A-Za-z_]\w*\.)?argmax\(\s*([A-Za-z_]\w*)\s*(?:,\s*(?:(?:axis|dim)\s*=\s*)?-?1\s*)?\)`;
/** [np.arange(N), y]: every row, each at its label (the labels' name, or the argmax that reads them back). */
const EACH_ROW_AT_LABEL = String.raw`\[\s*(?:[A-Za-z_][A-Za-z0-9_]*\.)*(?:arange|arrange|range)\s*\((?:[^()]|\([^()]*\))*\)\s*,\s*(?:([A-Za-z_][A-Za-z0-9_]*)|${ARGMAX_OF})\s*\]`;
const ROW_PICK = new RegExp(String.raw`([A-Za-z_][A-Za-z0-9_]*)${EACH_ROW_AT_LABEL}`, 'g');
/** np.log(p)[np.arange(N), y], F.log_softmax(z, dim=1)[arange(n), y]: the pick made of a call's rows. */
const CALL_ROW_PICK = new RegExp(String.raw`(?<![\w.])((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*\((?:[^()]|\([^()]*\))*\))${EACH_ROW_AT_LABEL}`, 'g');

/** A label column as PyTorch shapes it for gather: t.unsqueeze(1), t.view(-1, 1), t[:, None]. */
const LABEL_COLUMN = String.raw`([A-Za-z_]\w*)(?:\.unsqueeze\(\s*-?1\s*\)|\.view\(\s*-1\s*,\s*1\s*\)|\[\s*:\s*,\s*None\s*\])`;
/** The same, or the labels as they are (already a column, or JAX's and Elixir's own shape). */
const LABEL_OR_COLUMN = String.raw`([A-Za-z_]\w*)(?:\.unsqueeze\(\s*-?1\s*\)|\.view\(\s*-1\s*,\s*1\s*\)|\[\s*:\s*,\s*None\s*\])?`;
/** A named array, or a call's value (torch.log(p)). */
const ARRAY_OR_CALL = String.raw`[A-Za-z_][\w.]*(?:\((?:[^()]|\([^()]*\))*\))?`;
const GATHER = new RegExp(
  String.raw`(?:torch\.gather\(\s*(${ARRAY_OR_CALL})\s*,|([A-Za-z_]\w*)\.gather\()\s*(?:dim\s*=\s*)?-?1\s*,\s*(?:index\s*=\s*)?${LABEL_COLUMN}\s*\)(?:\.squeeze\(\s*-?1?\s*\))?`,
  'g',
);

/**
 * NumPy's and JAX's take_along_axis(a, t[:, None], axis=-1) and TensorFlow's gather(a, t, batch_dims=1): the same
 * pick, of a named array or of a call's value (log_softmax(z)).
 */
const TAKE_ALONG = new RegExp(
  String.raw`(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*(?:take_along_axis\(\s*(${ARRAY_OR_CALL})\s*,\s*${LABEL_OR_COLUMN}\s*,\s*(?:axis\s*[=:]\s*)?-?1\s*\)|gather\(\s*([A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)\s*,\s*batch_dims\s*=\s*1\s*\))(?:\.squeeze\(\s*-?1?\s*\)|\[\s*:\s*,\s*0\s*\])?`,
  'g',
);

/** MXNet's pick(a, t, axis=1, keepdims=True) (F.pick, nd.pick): each row's entry at its label, as gather picks it. */
const MXNET_PICK = /(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*pick\(\s*([A-Za-z_][\w.]*(?:\((?:[^()]|\([^()]*\))*\))?)\s*,\s*([A-Za-z_]\w*)\s*(?:,\s*(?:axis|keepdims)\s*=\s*[-\w]+\s*)*\)/g;

/**
 * Each row of `from` picked at its label in `label`. The log of a named array picked is the log of its entry (log(p)_t is
 * log p_{i,t_i}); another call's value picked is its component there (log_softmax(z)_t); a named array's pick is
 * written as PyTorch's gather, which gatheredRows reads next.
 */
function rowsAtLabels(from: string, label: string): string {
  // (A small constant added inside the log only keeps it finite: log(p + 1e-9).)
  const logged = /^(?:[A-Za-z_]\w*\.)*log\(\s*([A-Za-z_][\w.]*?)\s*(?:\+\s*(?:10\^\{-\d+\}|[A-Za-z_]*(?:eps|epsilon|EPS|EPSILON)\w*|0?\.0+\d+))?\s*\)$/.exec(from)?.[1];
  if (logged) return `(\\log ${pickedName(logged)}_{i,${label}_i})`;
  return from.includes('(') ? `(${from}_{${label}})` : `${from}.gather(1, ${label}.unsqueeze(1))`;
}

/** log_probs.gather(1, t.unsqueeze(1)), torch.gather(p, 1, t.view(-1, 1)): PyTorch's pick of each row's label, p_{i, t_i}, as rowPicks reads NumPy's. */
function gatheredRows(tex: string): string {
  const taken = tex
    .replace(MXNET_PICK, (_m, array: string, label: string) => rowsAtLabels(array, label))
    .replace(TAKE_ALONG, (_m, array: string | undefined, column: string | undefined, named: string | undefined, labels: string | undefined) => rowsAtLabels((array ?? named) as string, (column ?? labels) as string));
  return taken.replace(GATHER, (_m, called: string | undefined, method: string | undefined, labels: string) => {
    const array = (called ?? method) as string;
    // torch.gather(torch.log(p), 1, …): the pick of a call's rows.
    if (array.includes('(')) return rowsAtLabels(array, labels);
    const pick = picked(array, `${labels}_i`);
    return pick.startsWith('(') ? pick : `(${pick})`;
  });
}

/** p[y == 1], p[t == 0]: the entries where a label has one value (a boolean mask): the array, the label, the value. */
const MASK = /([A-Za-z_]\w*)\[\s*([A-Za-z_]\w*)\s*==\s*(-?\d+)\s*\]/g;

/**
 * sum(log(p[y == 1])) + sum(log(1 - p[y == 0])): a sum over the entries a label's value masks, as NumPy and R pick
 * them, is the sum over the samples with that label, Σ_{i: y_i = 1} log p_i.
 */
export function maskedSums(tex: string): string {
  if (!/\[\s*[A-Za-z_]\w*\s*==/.test(tex)) return tex;
  return rewriteCalls(tex, /(?<![\w])(?:(?:np|torch|jnp|tf)\.)?sum\s*\(/g, (_found, inner) => {
    const masks = [...inner.matchAll(MASK)];
    const tests = new Set(masks.map((m) => `${m[2]}=${m[3]}`));
    if (masks.length === 0 || tests.size !== 1) return null;
    const [, , label, value] = masks[0] as RegExpExecArray;
    return `\\sum_{i: ${label}_i = ${value}} (${inner.replace(MASK, '$1_i')})`;
  });
}

defineTextRule({ name: 'row-picks', order: 24.25, apply: rowPicks });
// Before code-equality (24.07) makes == an equals sign.
defineTextRule({ name: 'masked-sums', order: 24.065, apply: maskedSums });

/**
 * t[:, 0] and t[:, 1]: the columns of a two-column (one-hot) target, each row's value for class 0
 * and class 1, t_{0} and t_{1}; which column weighs which log says which class each is.
 */
export function columnPicks(tex: string): string {
  return tex.replace(/(?<![\w.\\])([A-Za-z_]\w*)\[\s*:\s*,\s*(\d)\s*\]/g, (_m, array: string, column: string) => `${pickedName(array)}_{${column}}`);
}

/**
 * p[b*C + t[b]], p[i * n_classes + j], p[idx * class_num + label[idx]]: a flat array laid out row after row, indexed by the row
 * times the row's length plus the column, as C code keeps a matrix; the entry is p_{b,t_b}.
 */
export function flatIndices(tex: string): string {
  return tex.replace(/(?<![\w.\\])([A-Za-z_]\w*)\[\s*([A-Za-z]\w*)\s*\*\s*[A-Za-z_]\w*\s*\+\s*(?:([A-Za-z_]\w*)\[\s*\2\s*\]|([A-Za-z]))\s*\]/g,
    (_m, array: string, row: string, labels: string | undefined, column: string | undefined) => `${pickedName(array)}_{${row},${labels ? `${labels}_{${row}}` : column}}`);
}

/**
 * q[np.argmax(t)], q[t.argmax()], JavaScript's q[t.indexOf(1)], Python's q[t.index(1)]: the entry at the class a
 * one-hot target marks, q[t], the target standing for its class.
 */
export function oneHotPicks(tex: string): string {
  return tex.replace(/\[\s*(?:(?:[A-Za-z_]\w*\.)*argmax\(\s*([A-Za-z_]\w*)\s*\)|([A-Za-z_]\w*)\.(?:argmax\(\s*\)|indexOf\(\s*1\s*\)|index\(\s*1\s*\)))\s*\]/g,
    (_m, called: string | undefined, method: string | undefined) => `[${called ?? method}]`);
}

/** p[i][t], p[i][y[i]]: C's, Java's and JavaScript's entry of an array of rows, one bracket an index, p[i, t] as NumPy writes it. */
export function chainedIndices(tex: string): string {
  const INDEX = String.raw`\[((?:[^\[\]]|\[[^\[\]]*\])+)\]`;
  return tex.replace(new RegExp(String.raw`(?<![\\\w.])([A-Za-z_]\w*)${INDEX}${INDEX}(?!\s*\[)`, 'g'), (_m, array: string, row: string, column: string) => `${array}[${row.trim()}, ${column.trim()}]`);
}

// Before the picks (24.25) read the pairs it writes.
/** Haskell's index operators, `xs !! k`, `v V.! k` (Data.Vector's, by its module): the entry xs[k]. */
export function indexOperators(tex: string): string {
  return tex.replace(/(?<![\w.])([A-Za-z_][\w']*)\s*(?:!!|[A-Z]\w*\.!)\s*([A-Za-z_][\w']*|\d+)/g, '$1[$2]');
}

/**
 * log(probs[target + 1]), Julia's log(p[y + 1]): a 0-based label turned into a 1-based array's place (Lua, Julia, R,
 * MATLAB); the entry is still the one at the label, probs[target]. Only as the log's argument, where an offset into a
 * sequence (p[t + 1], the next step's) would still be the probability of one picked outcome.
 */
export function oneBasedPicks(tex: string): string {
  return tex.replace(/(?<=(?:log|ln)\s*\(\s*)([A-Za-z_]\w*)\[\s*([A-Za-z_]\w*(?:\[[^[\]]*\])?)\s*\+\s*1\s*\]/g, '$1[$2]');
}

/**
 * MATLAB's p(sub2ind(size(p), 1:n, y)): the entry of each row (or column) 1..n at that sample's label, the pick NumPy
 * writes p[np.arange(n), y]; the range may come second, p(sub2ind(size(p), y', 1:m)), when classes are the rows.
 */
export function linearIndexPicks(tex: string): string {
  return rewriteCalls(tex, /(?<![\w.\\])([A-Za-z_]\w*)\s*\((?=\s*sub2ind\s*\()/g, (found, inner) => {
    const array = found[1] as string;
    const call = /^\s*sub2ind\s*\(([\s\S]*)\)\s*$/.exec(inner);
    const args = call ? topLevelArguments(call[1] as string).map((arg) => arg.trim().replace(/'$/, '')) : [];
    if (args.length !== 3 || !new RegExp(String.raw`^size\(\s*${array}\s*\)$`).test(args[0] as string)) return null;
    const range = (arg: string) => /^\(?\s*1\s*:\s*\w+\s*\)?$/.test(arg);
    const labels = range(args[1] as string) ? args[2] : range(args[2] as string) ? args[1] : null;
    return labels ? `${array}[np.arange(n), ${labels}]` : null;
  });
}

defineTextRule({ name: 'chained-indices', order: 24.24, apply: chainedIndices });
// Before the picks are read (row-picks, 24.25).
defineTextRule({ name: 'linear-index-picks', order: 24.235, apply: linearIndexPicks });
// Before the picks are read (row-picks, 24.25); log is still a word or a module's function.
defineTextRule({ name: 'one-based-picks', order: 24.23, apply: oneBasedPicks });
// Before the picks are read (row-picks, 24.25) and code's names become subscripts (24.5).
defineTextRule({ name: 'index-operators', order: 24.0, apply: indexOperators });
defineTextRule({ name: 'column-picks', order: 24.26, apply: columnPicks });
defineTextRule({ name: 'one-hot-picks', order: 24.28, apply: oneHotPicks });
defineTextRule({ name: 'flat-indices', order: 24.27, apply: flatIndices });
