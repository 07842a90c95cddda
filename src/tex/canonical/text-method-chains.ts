// Text rule for formulas written as a chain of method calls, as PyTorch-style docs and
// notebooks give them: `-(y * p.log()).sum(dim=1).mean()`,
// `-(t * z.log_softmax(-1)).sum(-1).mean()`. Each method becomes the function it
// names, applied to what it was called on, left to right, so the chain reads as nested
// calls (`-mean(sum((y * log(p))))`), which the rest of the canonical stage already reads.
import { defineTextRule } from './registry';
import { closingBracket, openingBracket, rewriteCalls, topLevelArguments } from './text-scan';

/** The methods a loss is written with: elementwise functions (the stable logistic loss's abs and softplus too), and the reductions (sum, mean). */
const METHOD = /\.\s*(log_?softmax|logsumexp|log_?sigmoid|log|ln|exp|abs|softplus|sigmoid|softmax|sum|mean)\s*\(/g;
/** Receivers that are modules, not values: np.log(p) is a call of the module's log (qualified-call-names reads it). */
export const MODULES = new Set(['np', 'numpy', 'torch', 'tf', 'jnp', 'jax', 'F', 'nn', 'functional', 'math', 'K', 'keras', 'backend', 'scipy', 'special', 'cp', 'mx', 'nd', 'paddle', 'ops', 'Tensor']);
/** What a method's bracket may hold besides nothing: the axis it runs along (-1, a tuple of axes (-2, -1), dim=1, axis=-1, keepdim=True; ND4J's Integer.MAX_VALUE, every axis). */
const AXIS_ONLY = /^\s*(?:[-+]?\d+|[([]\s*[-+]?\d+(?:\s*,\s*[-+]?\d+)*\s*,?\s*[)\]]|Integer\.MAX_VALUE|(?:dims?|axis|keepdims?)\s*=\s*[-+]?\w+)\s*(?:,\s*(?:dims?|axis|keepdims?)\s*=\s*[-+]?\w+\s*)*$/;

/** Where the value a method is called on starts, its text ending at `end` (exclusive): a bracket, an indexed or subscripted name or a call. */
function receiverStart(tex: string, end: number): number {
  let start = end;
  // Brackets and index brackets back to back: (…), x[i], f(x)[k].
  while (start > 0 && (tex[start - 1] === ')' || tex[start - 1] === ']')) {
    const open = openingBracket(tex, start - 1);
    if (open < 0) return -1;
    start = open;
  }
  // A subscript in braces, as the row picks write p[range(n), y] (p_{i,y_i}).
  if (start === end && tex[start - 1] === '}') {
    const open = openingBracket(tex, start - 1);
    if (open > 0 && tex[open - 1] === '_') start = open - 1;
  }
  const name = /[A-Za-z0-9_]/;
  while (start > 0 && name.test(tex[start - 1] as string)) start -= 1;
  // A qualified call, np.log(p[i]).mean(): the module's name is part of the value.
  while (start > 1 && tex[start - 1] === '.' && name.test(tex[start - 2] as string) && start < end) {
    start -= 1;
    while (start > 0 && name.test(tex[start - 1] as string)) start -= 1;
  }
  return start === end ? -1 : start;
}

/**
 * Rewrites, from the left, each `receiver.method(…)` that `method` finds (a global pattern from the dot to
 * the opening bracket): `write` gets the receiver's text, the bracket's inside, the text just before
 * the receiver and the match, and returns what replaces the receiver and the call, or null to leave them.
 */
export function rewriteMethods(tex: string, method: RegExp, write: (receiver: string, inner: string, before: string, found: RegExpExecArray) => string | null): string {
  let out = tex;
  for (let from = 0, guard = 0; guard < 200; guard++) {
    method.lastIndex = from;
    const found = method.exec(out);
    if (!found) break;
    const open = found.index + found[0].length - 1;
    const close = closingBracket(out, open);
    const start = receiverStart(out, found.index);
    const written = close > open && start >= 0 ? write(out.slice(start, found.index), out.slice(open + 1, close), out.slice(0, start), found) : null;
    if (written === null) {
      from = open + 1;
      continue;
    }
    out = `${out.slice(0, start)}${written}${out.slice(close + 1)}`;
    from = start;
  }
  return out;
}

/** y.log() → log(y) (Rust's p.ln() too); (y * log(p)).sum(dim=1) → sum((y * log(p))); x.mean() → mean(x). Module calls (np.log(p)) stay. */
export function methodChains(tex: string): string {
  return rewriteMethods(tex, METHOD, (receiver, inner, before, found) => {
    // A module's function (np.log(p)), a dotted name's tail or a command's letters is no value's method;
    // a bracket may hold nothing or an axis.
    if (MODULES.has(receiver) || before.endsWith('.') || before.endsWith('\\')) return null;
    return inner.trim() === '' || AXIS_ONLY.test(inner) ? `${found[1]}(${receiver})` : null;
  });
}

/**
 * A distribution object's methods, as PyTorch's and Pixyz's distributions have them: `p.log_prob(x)` is log p(x) (and
 * `p.log_prob()` log p, its argument left implicit), and Pixyz's `f.expectation(p, …)` the expectation of f under p.
 */
export function distributionMethods(tex: string): string {
  const logged = rewriteMethods(tex, /\.\s*log_prob\s*\(/g, (receiver, inner, before) =>
    MODULES.has(receiver) || before.endsWith('.') || !/^[A-Za-z_]\w*$/.test(receiver) ? null : inner.trim() === '' ? `(\\log ${receiver})` : `(\\log ${receiver}(${inner}))`);
  return rewriteMethods(logged, /\.\s*expectation\s*\(/g, (receiver, inner) => {
    const [under] = topLevelArguments(inner).map((arg) => arg.trim());
    return under && /^[A-Za-z_]\w*$/.test(under) ? `\\mathbb{E}_{${under}}[${receiver}]` : null;
  });
}

/**
 * The inner product as code writes it: np.dot(t, np.log(y)), dot(t, log y), t.dot(np.log(y)),
 * Python's matrix product t @ np.log(y) and CNTK's TransposeTimes(t, x). Each becomes ⟨t, log y⟩ (or t · log y), which the
 * vector rules read as the sum of the products.
 */
export function codeInnerProducts(tex: string): string {
  // t.dot(x) → dot(t, x): the receiver is the first vector (np.dot(t, x) is the module's function).
  let out = rewriteMethods(tex, /\.\s*dot\s*\(/g, (receiver, inner) => (MODULES.has(receiver) || receiver.includes('.') ? null : `dot(${receiver}, ${inner})`));
  // CNTK's TransposeTimes(t, x), tᵀx, is the same product.
  out = out.replace(/(?<![\\A-Za-z_.])TransposeTimes(?=\s*\()/g, 'dot');
  const call = /(?:(?<![\\A-Za-z_.])(?:[A-Za-z_]+\.)?dot|\\(?:mathrm|operatorname|text)\s*\{\s*dot\s*\})\s*\(/g;
  for (let match = call.exec(out); match; match = call.exec(out)) {
    const open = match.index + match[0].length - 1;
    const close = closingBracket(out, open);
    const pair = close > open ? topLevelArguments(out.slice(open + 1, close)) : [];
    if (pair.length !== 2 || pair[0] === '') continue;
    // Bracketed, so a method chained after it (.sum().div(-n)) takes the product whole.
    const chained = /^\s*\.\s*[A-Za-z_]\w*\s*\(/.test(out.slice(close + 1));
    const product = `\\langle ${pair[0]}, ${pair[1]}\\rangle`;
    out = `${out.slice(0, match.index)}${chained ? `(${product})` : product}${out.slice(close + 1)}`;
    call.lastIndex = match.index;
  }
  // t @ log(y): Python's matrix product between two operands; between two names (or a name and a call) the inner
  // product, so that it is a sum beside the formula's other sums (y @ z - sum(softplus(z))). A capital names a
  // matrix (W @ x), whose product is no inner product.
  const operand = String.raw`[a-z_]\w*(?:\((?:[^()]|\([^()]*\))*\))?`;
  return out
    .replace(new RegExp(String.raw`(?<![\w.\\])(${operand})\s*@\s*(${operand})(?![\w(\[.])`, 'g'), '\\langle $1, $2\\rangle ')
    .replace(/(?<=[\w)\]}])\s*@\s*(?=[\w(\\])/g, ' \\cdot ');
}

/**
 * y.shape[0], y.size(0), tf.shape(y)[0], and after a division y.size, y.length: the number of rows of an array, as code
 * counts the samples; len(y) says the same, and a division by it is the mean.
 */
export function rowCounts(tex: string): string {
  return tex
    .replace(/([A-Za-z_]\w*)\s*\.\s*(?:shape\s*\[\s*0\s*\]|size\s*\(\s*0\s*\))/g, 'len($1)')
    .replace(/(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*shape\s*\(\s*([A-Za-z_]\w*)\s*\)\s*\[\s*0\s*\]/g, 'len($1)')
    // A count attribute divided by (Kotlin's y.size, JavaScript's y.length, Swift's y.count, a matrix's rows).
    .replace(/(\/\s*)([A-Za-z_]\w*)\s*\.\s*(?:size|length|Length|count|Count|rows_?|nrow)(?![\w(.\[])/g, '$1len($2)');
}

/** Log()(x), Sigmoid()(z): a layer object built and called at once (autograd libraries' style) is its function. */
export function functorCalls(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*(Log|Exp|Sigmoid|Softmax|LogSoftmax)\s*\(\s*\)\s*\(/g, (_m, name: string) => `${name === 'LogSoftmax' ? 'log_softmax' : name.toLowerCase()}(`);
}

/**
 * A transpose as code writes it: NumPy's `y.T` and `.mT`, `.transpose()`, PyTorch's `.t()`. Inside an
 * inner product (`y.T @ np.log(h)`, `np.dot(Y, np.log(A).T)`) it changes the product's shape, not its
 * value, so it is dropped; the letter T is then never read as a factor.
 */
export function codeTransposes(tex: string): string {
  // np.transpose(y), tf.transpose(y): the same transpose as a call.
  const called = rewriteCalls(tex, /(?<![\w.\\])(?:[A-Za-z_]\w*\.)*transpose\s*\(/g, (_found, inner) => (topLevelArguments(inner).length === 1 && /\S/.test(inner) ? `(${inner.trim()})` : null));
  return called.replace(/(?<=[\w)\]])\s*\.\s*(?:m?T(?![\w(])|transpose\s*\(\s*\)|t\s*\(\s*\))/g, '');
}

/**
 * a.mul(b) → (a * (b)): PyTorch's and TensorFlow.js's product as a method, before the chain after it is read; so are
 * ND4J's and Breeze's a.add(b), a.sub(b) and a.neg (Scala calls a method of no arguments without brackets): the
 * sum, the difference and the minus.
 */
export function multiplyMethods(tex: string): string {
  const negated = tex.replace(/(?<![\w.])([A-Za-z_]\w*)\.neg(?![\w(])/g, '(-$1)');
  // tf.math.add(a, b), torch.mul(a, b): a module's function (negationCalls reads it), not a method of tf.math.
  const isModule = (receiver: string) => MODULES.has(receiver.split('.')[0] as string);
  const sums = rewriteMethods(negated, /\.\s*(add|sub)\s*\(/g, (receiver, inner, _before, found) =>
    // Two arguments make it a module's function (Elixir's Nx.add(a, b)), as with multiply below.
    (isModule(receiver) || !/\S/.test(inner) || topLevelArguments(inner).length !== 1 ? null : `(${receiver} ${found[1] === 'add' ? '+' : '-'} (${inner}))`));
  // The elementwise product by its other names: rulinalg's elemul, Eigen's cwiseProduct, nalgebra's component_mul.
  return rewriteMethods(sums, /\.\s*(?:mul|multiply|elemul|hadamard|cwiseProduct|component_mul)\s*\(/g, (receiver, inner) =>
    // Two arguments make it a module's function (Nx.multiply(a, b)), read by negation-calls.
    (isModule(receiver) || topLevelArguments(inner).length !== 1 ? null : `(${receiver} * (${inner}))`));
}

/** sum(…).div(-n) → (sum(…) / (-n)): the quotient as a method, once the chain before it is one call. */
export function divideMethods(tex: string): string {
  return rewriteMethods(tex, /\.\s*div\s*\(/g, (receiver, inner) => (MODULES.has(receiver) || !/\S/.test(inner) ? null : `(${receiver} / (${inner}))`));
}

/**
 * tf .dot(a, b) ⏎ .sum(): a chain broken over lines, or spaced, before each dot; the dots join what they did. C++'s
 * arrow reaches a method or a field through a pointer (softmax->log()->sum(), net->output->m): the same as a dot; and
 * Perl's $a->[$i] indexes through a reference, a[i]. (Not inside a string, where einsum's 'bc,bc->b' is a
 * specification; and spaced, before no call, `x -> y` is prose's arrow.)
 */
export function spacedMethodDots(tex: string): string {
  return tex.replace(/(?<=[\w)\]])\s+\.(?=[A-Za-z_]\w*\s*\()/g, '.').replace(/(?<=[\w)\]])\s*->\s*(?=[A-Za-z_[])/g, (arrow: string, at: number, text: string) => {
    const after = text.slice(at + arrow.length);
    if ((text.slice(0, at).match(/['"]/g)?.length ?? 0) % 2 === 1) return arrow;
    if (/^[A-Za-z_]\w*\s*\(/.test(after)) return '.';
    if (arrow !== '->') return arrow;
    return after.startsWith('[') ? '' : '.';
  });
}

/**
 * x.neg() once the chain before it is one call (mean(sum(…)).neg()), and the functions neg(x), neg[x], negative(x), negate $ x
 * (tf.negative, np.negative, torch.neg once the module is dropped), mul(a, b) and multiply(a, b), add(a, b) and
 * subtract(a, b) (tf.math.add, np.subtract): the minus, the product, the sum and the difference.
 */
export function negationCalls(tex: string): string {
  const methods = rewriteMethods(tex, /\.\s*neg\s*\(/g, (receiver, inner) => (inner.trim() === '' ? `(-${receiver})` : null));
  // q's neg[x] calls with square brackets; Haskell's negate (x), and negate $ x, which takes all that follows.
  const negated = rewriteCalls(methods, /(?<![\w.\\])(?:neg|negative|negate)\s*[([]/g, (_found, inner) => (/\S/.test(inner) ? `(-(${inner}))` : null))
    .replace(/(?<![\w.\\])negate\s*\$\s*([^\n;]+)/g, '(-($1))');
  // mul(a, b), add(a, b), subtract(a, b) (a keyword option such as name='loss' after them is no operand).
  return rewriteCalls(negated, /(?<![\w.\\])(mul|multiply|add|subtract)\s*\(/g, (found, inner) => {
    const args = topLevelArguments(inner).map((arg) => arg.trim()).filter((arg) => !/^\w+\s*=(?!=)/.test(arg));
    const sign = { mul: '*', multiply: '*', add: '+', subtract: '-' }[found[1] as string];
    return args.length === 2 && args.every((arg) => arg !== '') ? `((${args[0]}) ${sign} (${args[1]}))` : null;
  });
}

/**
 * einsum('bc,bc->b', y, log(p)), einsum('ij,ij->', Y, log(P)): both operands written with the same
 * indices, multiplied entry by entry and summed over the indices the output drops, a sum of products.
 */
export function einsumProducts(tex: string): string {
  return rewriteCalls(tex, /(?<![\w.])einsum\s*\(/g, (_found, inner) => {
    // The subscripts hold a comma of their own, so they are read before the operands are split.
    const spec = /^\s*(['"])\s*([a-z]+)\s*,\s*([a-z]+)\s*->\s*([a-z]*)\s*\1\s*,([\s\S]*)$/.exec(inner);
    const operands = spec ? topLevelArguments(spec[5] as string).map((arg) => arg.trim()) : [];
    if (!spec || operands.length !== 2 || spec[2] !== spec[3] || (spec[4] as string).length >= (spec[2] as string).length) return null;
    return `sum((${operands[0]}) * (${operands[1]}))`;
  });
}

/**
 * R's row of a matrix, `X[i,]` (the column left empty: all of them), is the sample's row X[i]; its
 * transpose, `t(X[i,])`, is the same numbers, as a sum of its products with β reads it.
 */
export function rRowSelectors(tex: string): string {
  return tex.replace(/(?<![\w.])t\s*\(\s*([A-Za-z_][\w.]*)\[\s*(\w+)\s*,\s*\]\s*\)/g, '$1[$2]').replace(/(?<=[A-Za-z_]\w*)\[\s*(\w+)\s*,\s*\]/g, '[$1]');
}

/**
 * R's matrix product: `t(y) %*% log(h)` and `crossprod(y, log(h))` (tᵀ times x) are the inner
 * product code writes as `y @ log(h)`; `crossprod(c(y, 1 - y), c(log(h), log(1 - h)))` pairs the
 * parts of two vectors joined by c(…), one inner product per part.
 */
export function rMatrixProducts(tex: string): string {
  if (!/%\*%|crossprod\s*\(/.test(tex)) return tex;
  const joined = (arg: string): string[] | null => {
    const m = /^c\s*\(([\s\S]*)\)$/.exec(arg.trim());
    return m && closingBracket(arg.trim(), arg.trim().indexOf('(')) === arg.trim().length - 1 ? topLevelArguments(m[1] as string).map((part) => part.trim()) : null;
  };
  const products = rewriteCalls(tex, /(?<![\w.])crossprod\s*\(/g, (_found, inner) => {
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (args.length !== 2 || args.some((arg) => arg === '')) return null;
    const [left, right] = [joined(args[0] as string), joined(args[1] as string)];
    if (left && right && left.length === right.length && left.length >= 2) return `(${left.map((part, at) => `dot(${part}, ${right[at]})`).join(' + ')})`;
    return `dot(${args[0]}, ${args[1]})`;
  });
  // t(y) %*% x: the transpose only shapes the product.
  return products.replace(/(?<![\w.])t\s*\(((?:[^()]|\([^()]*\))*)\)(?=\s*%\*%)/g, '($1)').replace(/\s*%\*%\s*/g, ' @ ');
}

/**
 * Accessors as Java and C++ classes write them: `label.getValeur(i)`, `y.get(i)`, `p.at(i)` read entry i,
 * y[i] (`m.get(i, j)` and Rust's `m.get(&[i, j])` entry i, j); `m.setValue(v, i)` (or `set(i, v)` with the index first, as Java's lists take it) writes it, m[i] = v.
 */
export function accessorMethods(tex: string): string {
  const isIndex = (arg: string | undefined): arg is string => arg !== undefined && /^(?:[A-Za-z_]\w*|\d+)$/.test(arg);
  return rewriteCalls(tex, /([A-Za-z_]\w*)\s*\.\s*(get\w*|at|set\w*)\s*\(/g, (found, inner) => {
    const [receiver, method] = [found[1] as string, found[2] as string];
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (MODULES.has(receiver)) return null;
    if (/^(?:get|at)/.test(method)) {
      // m.get(i, j), and Rust's labels.get(&[b, j]): a matrix's entry, by each of its indices.
      const listed = args.length === 1 ? /^&?\s*[[(]([^[\]()]*)[\])]$/.exec(args[0] as string) : null;
      const indices = listed ? topLevelArguments(listed[1] as string).map((arg) => arg.trim()) : args;
      return indices.length >= 1 && indices.every(isIndex) ? `${receiver}[${indices.join(', ')}]` : null;
    }
    if (args.length !== 2) return null;
    // The index is the short name: setValeur(value, i) or set(i, value).
    const [first, second] = args as [string, string];
    if (isIndex(second) && !isIndex(first)) return `${receiver}[${second}] = ${first}`;
    return isIndex(first) && !isIndex(second) ? `${receiver}[${first}] = ${second}` : null;
  });
}

defineTextRule({ name: 'method-chains', order: 24.3, apply: methodChains });
defineTextRule({ name: 'distribution-methods', order: 24.295, apply: distributionMethods });
defineTextRule({ name: 'divide-methods', order: 24.31, apply: divideMethods });
defineTextRule({ name: 'spaced-method-dots', order: 24.001, apply: spacedMethodDots });
defineTextRule({ name: 'accessor-methods', order: 24.02, apply: accessorMethods });
defineTextRule({ name: 'code-inner-products', order: 24.28, apply: codeInnerProducts });
defineTextRule({ name: 'code-transposes', order: 24.26, apply: codeTransposes });
defineTextRule({ name: 'functor-calls', order: 24.25, apply: functorCalls });
// Before identifier-subscripts (24.5) makes y_true.shape y_{true}.shape.
defineTextRule({ name: 'row-counts', order: 24.24, apply: rowCounts });
// After qualified-call-names (25) drops np. and torch.
defineTextRule({ name: 'multiply-methods', order: 24.29, apply: multiplyMethods });
// After method-chains (24.3) and qualified-call-names (25).
defineTextRule({ name: 'negation-calls', order: 25.025, apply: negationCalls });
defineTextRule({ name: 'einsum-products', order: 25.02, apply: einsumProducts });
defineTextRule({ name: 'r-row-selectors', order: 24.01, apply: rRowSelectors });
defineTextRule({ name: 'r-matrix-products', order: 24.27, apply: rMatrixProducts });
