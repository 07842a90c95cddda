// Text rules for formulas written as code, as docstrings and library docs give
// them: Julia's broadcast dots (`y .* log.(ŷ)`, `@.(…)`), module-qualified names
// (`np.sum(…)`, `torch.log(…)`, `tf.reduce_mean(…)`), big operators typed as words
// (`sum_i`), and the arguments that only say along which axis a reduction runs (`; dims`, `axis=-1`, `keepdims=True`).
// Each becomes the plain math the rest of the canonical stage reads.
import { defineTextRule } from './registry';
import { outsideText } from './text-operator-words';
import { AVERAGE_WORDS } from './text-spoken-operators';
import { closingBracket, holdsTexCommand, rewriteCalls, topLevelArguments } from './text-scan';

/**
 * Julia broadcasting: `.*`, `./`, `.^`, `.+`, `.-` are the operators applied
 * elementwise, `f.(x)` is f applied elementwise, and the `@.` macro dots every
 * operation after it. Elementwise is how a formula's symbols already read, so the
 * dots go. A dot after a digit (`1.`, `2.5`) belongs to the number and one after
 * \left or \right is a delimiter: both stay.
 */
export function broadcastDots(tex: string): string {
  return tex
    // Scala's elementwise products, Nexus's |*| and Breeze's *:* and :*, are the product too.
    .replace(/\s*(?:\|\*\||\*:\*|(?<![:\w]):\*(?!=))\s*/g, ' * ')
    .replace(/@(?:\.|__dot__)\s*/g, '')
    .replace(/(?<![0-9\\]|\\(?:left|right|[bB]igg?[lrm]?))\.(?=[*/^+\-]|\\cdot|\\times)/g, '')
    .replace(/(?<=[A-Za-z\u0080-\uffff]\s?)(?<!\\(?:left|right|[bB]igg?[lrm]?))\.(?=\()/g, '');
}

/** Library prefixes of a called name: np.log(p), torch.nn.functional.softmax(z), tf.math.log(q). */
/** A call's module, class or namespace: np.log(, Math.Log(, C++'s std::log(. */
const QUALIFIED_CALL = /(?<![\\A-Za-z0-9_.:])(?:[A-Za-z_][A-Za-z0-9_]*(?:\.|::))+(?=[A-Za-z_][A-Za-z0-9_]*\s*\()/g;
/**
 * TensorFlow's reduce_sum, reduce_mean, reduce_logsumexp, TensorFlow.js's and Java's reduceSum, and the same operators as
 * ONNX and CNTK name them (ReduceSum, ReduceMean, ReduceLogSumExp, ReduceLogSum), R's rowSums, colSums, rowMeans and
 * colMeans (over one axis of a matrix), and the log-sum-exp called by its words (log_sum_exp(z), logSumExp(z)): the sum,
 * the mean, the log-sum-exp.
 */
const REDUCE_NAME = /(?<![\\A-Za-z0-9_])(?:reduce_(sum|mean|logsumexp)|[Rr]educe(Sum|Mean|LogSumExp|LogSum)|(?:row|col)(Sum|Mean)s|(log_sum_exp|logSumExp|LogSumExp))(?=\s*\()/g;
const REDUCED: Record<string, string> = { sum: 'sum', mean: 'mean', logsumexp: 'logsumexp', Sum: 'sum', Mean: 'mean', LogSumExp: 'logsumexp', LogSum: 'logsumexp', log_sum_exp: 'logsumexp', logSumExp: 'logsumexp' };

/** NumPy's and PyTorch's elementwise maximum and minimum (also fmax, fmin): max and min. */
const ELEMENTWISE_EXTREMUM = /(?<![\\A-Za-z0-9_])(?:(max)imum|(min)imum|f(max|min))(?=\()/g;
/**
 * relu(x), \mathrm{ReLU}(x): the positive part, max(x, 0), as the stable logistic loss writes it beside
 * log(1 + e^{−|x|}); set upright the name is the same function.
 */
const RELU_CALL = /(?:\\(?:mathrm|operatorname|text|textrm|mathsf|texttt)\s*\{\s*relu\s*\}|(?<![\\A-Za-z0-9_])relu)\s*\(((?:[^()]|\([^()]*\))*)\)/gi;

/** C's statement or declaration: a semicolon, or a type word before a name. */
const C_CODE = /;\s*$|(?<![A-Za-z_])(?:float|double|const|auto)\s+[A-Za-z_]/;

/** Armadillo's C++ (arma::log): % is the elementwise product and accu(x) the sum of every element. */
function armadillo(tex: string): string {
  if (!/\barma::/.test(tex)) return tex;
  return tex.replace(/(?<![\\A-Za-z0-9_:])(?:arma::)?accu(?=\s*\()/g, 'sum').replace(/(?<!\\)%/g, '*');
}

/**
 * .NET's generic math and its number types: T.One and T.Zero are 1 and 0, T.Epsilon and double.Epsilon the
 * smallest step (a floor), and T.Log(x) the log.
 */
function dotnetNumbers(tex: string): string {
  if (!/(?<![\w.])(?:[A-Z]|double|float|Double|Single|decimal)\.(?:One|Zero|Epsilon|Log|Exp)\b/.test(tex)) return tex;
  return tex
    .replace(/(?<![\w.])(?:[A-Z]|double|float|Double|Single|decimal)\.(One|Zero)\b/g, (_m, word: string) => (word === 'One' ? '1' : '0'))
    .replace(/(?<![\w.])(?:[A-Z]|double|float|Double|Single)\.Epsilon\b/g, 'eps')
    .replace(/(?<![\w.])[A-Z]\.(Log|Exp)(?=\s*\()/g, (_m, f: string) => f.toLowerCase());
}

/**
 * In C-like code, logf(x), logl(x) and expf(x) are the log and the exponential in single and long precision: the letter
 * after is the type's, not an argument (in math, logf(x) is log f(x)). Code is C's statement or declaration, or a
 * product or an update typed as code does (*, +=); read first, while the text is still the author's.
 */
export function cFloatFunctions(tex: string): string {
  if (holdsTexCommand(tex) || !(C_CODE.test(tex) || /\*|[-+]=/.test(tex))) return tex;
  return tex.replace(/(?<![\\A-Za-z0-9_])(log|exp|log1p|log2|log10)[fl](?=\s*\()/g, '$1');
}

/**
 * SciPy's, JAX's and Julia's xlogy(x, y) = x log y and xlog1py(x, y) = x log(1 + y) (0 where x is 0, which is why code
 * calls them): the weighted log written out. Julia broadcasts them with a dot, xlogy.(y, p).
 */
export function xlogyCalls(tex: string): string {
  return rewriteCalls(tex, /(?<![\w.\\])(?:[A-Za-z_]\w*\.)*(xlogy|xlog1py)\.?\s*\(/g, (found, inner) => {
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (args.length !== 2 || args.some((arg) => arg === '')) return null;
    return found[1] === 'xlogy' ? `((${args[0]}) * log(${args[1]}))` : `((${args[0]}) * log(1 + (${args[1]})))`;
  });
}

/** np.sum(y * np.log(p)) → sum(y * log(p)); tf.reduce_mean(x) → mean(x); np.maximum(z, 0) → max(z, 0); np.nansum(x) → sum(x). */
export function qualifiedCallNames(tex: string): string {
  // In C, fabs (and its f and l forms) is abs, fmaxf and fminf are fmax and fmin (which ELEMENTWISE_EXTREMUM reads),
  // and a float literal's suffix (0.0f) is the number (logf and expf are read by c-float-functions).
  const c = C_CODE.test(tex)
    ? tex
        .replace(/(?<![\\A-Za-z0-9_])(fabs|fmax|fmin)[fl](?=\s*\()/g, '$1')
        .replace(/(?<![\\A-Za-z0-9_])fabs(?=\s*\()/g, 'abs')
        .replace(/(?<![\w.])(\d+\.\d*|\.\d+)f\b/g, '$1')
    : tex;
  return armadillo(dotnetNumbers(c))
    // C#'s Math (and MathF) and Go's math name their functions with a capital: Math.Max, Math.Exp, math.Log2.
    .replace(/(?<![\w.])(?:System\.)?[Mm]athF?\.(Max|Min|Exp|Abs|Sqrt|Pow|Log|Log10|Log2|Log1p)(?=\s*\()/g, (_m, f: string) => f.toLowerCase())
    .replace(QUALIFIED_CALL, '')
    // Futhark's number modules before a function applied without brackets: f32.log p; Elixir's :math.log(p) and
    // Erlang's math:log(P), a module of the platform called.
    .replace(/(?<![\w.])(?:f16|f32|f64)\.(?=(?:log|exp|sum|abs|max|min)\b)/g, '')
    .replace(/(?<![\w.:]):?math[.:](?=(?:log|exp|log2|log10|pow|sqrt)\s*\()/g, '')
    .replace(REDUCE_NAME, (_m, snake?: string, camel?: string, axis?: string, words?: string) => REDUCED[snake ?? camel ?? axis ?? words ?? ''] ?? 'sum')
    .replace(ELEMENTWISE_EXTREMUM, (_m, max?: string, min?: string, f?: string) => max ?? min ?? f ?? '')
    // NumPy's nansum and nanmean skip missing entries; over a loss they are the sum and the mean.
    .replace(/(?<![\\A-Za-z0-9_])nan(sum|mean|prod)(?=\s*\()/g, '$1')
    .replace(RELU_CALL, 'max($1, 0)');
}

/**
 * A dot typed as the product sign before a log, `y_i.log(p_i)`, `(1 - y).ln(1 - p)`: after
 * an indexed symbol or a bracket it is no module prefix (np.log keeps its dot for
 * qualified-call-names, and F.log_softmax too).
 */
export function dotBeforeLog(tex: string): string {
  return tex.replace(/(_(?:\{[^{}]*\}|[A-Za-z0-9]{1,2})|\))\s*\.\s*(?=(?:\\)?(?:log|ln)\b)/g, '$1 \\cdot ');
}

/** The keyword names that only pick an axis or keep its shape (or name the operation, TensorFlow's name='loss'; R's na.rm skips missing values). */
const AXIS_WORDS = String.raw`(?:dims?|axis|axes|keepdims?|keep_dims|reduction_indices|dtype|name|na\.rm)`;
/**
 * `, dims=1`, `, axis = -1`, `; dims`, `, keepdims=True`, `, reduction_indices=[1]`, `, name='loss'`, and Elixir's or
 * Swift's `, axes: [2]`, before a closing bracket (a trailing comma before it too) or another such argument.
 */
const AXIS_ARGUMENT = new RegExp(String.raw`\s*[,;]\s*${AXIS_WORDS}\b(?:\s*[=:]\s*[-+]?[A-Za-z0-9_]+|\s*[=:]\s*\([^()]*\)|\s*[=:]\s*\[[^\[\]]*\]|\s*[=:]\s*'[^'\n]*'|\s*[=:]\s*"[^"\n]*")?(?=\s*(?:[,;]\s*${AXIS_WORDS}\b|,?\s*\)))`, 'g');

/**
 * log(q, 2), log(q, base = 2), math.log(q, 2): code's log with its base as a second argument
 * (Python's math.log, R's log) is the log to that base; R's base = exp(1) is the natural log,
 * and a base computed otherwise is left out (the log stays, its base unsaid).
 */
export function logBaseArguments(tex: string): string {
  return rewriteCalls(tex, /(?<![\\A-Za-z_])log\s*\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    if (args.length !== 2 || !/\S/.test(args[0] as string)) return null;
    const base = (args[1] as string).replace(/^base\s*=\s*/, '');
    if (/^\d+(?:\.\d+)?$/.test(base)) return `\\log_{${base}}(${args[0]})`;
    if (/^(?:e|exp\(\s*1L?\s*\)|math\.e|np\.e|Math\.E)$/.test(base)) return `\\ln(${args[0]})`;
    return /^base\s*=/.test(args[1] as string) ? `\\log(${args[0]})` : null;
  });
}

/**
 * y.value (a Vue ref, Julia's tracked value), x.data (a PyTorch tensor's values), pandas's y.values, loss.item(), C++'s v.data() and C#'s
 * v.Data, Eigen's v.array() and v.matrix(), PyTorch's x.detach(), x.cpu(), x.numpy(), ND4J's x.getDouble(0): an attribute or
 * method that hands back the variable's own values (v.data()[i] is v[i]).
 * self.x, this.p: a method's own object holds the variable; the name is the variable's (self.log(): the object is
 * the value itself, which the method chains read).
 */
export function valueAttributes(tex: string): string {
  // After a bracket or a TeX group too: \hat{y}.value, as Julia's ŷ.value reads once ŷ is a command.
  return tex.replace(/(?<=[A-Za-z0-9_\])}])\.(?:[vV]alues?|[dD]ata|(?:data|item|array|matrix|eval|numpy|cpu|cuda|detach|clone|contiguous)\(\s*\)|get(?:Double|Float)\(\s*0?\s*\))(?![A-Za-z0-9_(])/g, '').replace(/(?<![A-Za-z0-9_.\\])(?:self|this)\.(?=[A-Za-z_])(?!(?:log_softmax|logsumexp|log_?sigmoid|log|ln|exp|sigmoid|softmax|sum|mean)\s*\()/g, '');
}

/** `x / -m`, `x / -len(y)`, a divisor with a minus as code types it: the minus is the divisor's, `x / (-m)`. */
export function negativeDivisors(tex: string): string {
  return tex.replace(/(\/\s*)-\s*([A-Za-z_]\w*(?:\.\w+)*(?:\((?:[^()]|\([^()]*\))*\))?|\d+(?:\.\d+)?)(?![\w(.\[])/g, '$1(-$2)');
}

/**
 * sqrt(x), np.sqrt(x) once its module is dropped: the square root, \sqrt{x}, one base under its root; pow(x, 2),
 * np.power(x, 2): the power, (x)^{2}.
 */
export function rootAndPowerCalls(tex: string): string {
  const roots = rewriteCalls(tex, /(?<![\\A-Za-z0-9_.])sqrt\s*\(/g, (_found, inner) => (/\S/.test(inner) ? `\\sqrt{${inner}}` : null));
  return rewriteCalls(roots, /(?<![\\A-Za-z0-9_.])(?:pow|powf|power)\s*\(/g, (_found, inner) => {
    const [base, exponent, ...rest] = topLevelArguments(inner);
    return base && exponent && rest.length === 0 ? `(${base})^{${exponent}}` : null;
  });
}

/** The words for rounding up and down, in code and in the languages notes are written in (Spanish techo, French plancher, …). */
const CEILING_WORDS = ['ceil', 'ceiling', 'techo', 'teto', 'plafond', 'tavan'];
const FLOOR_WORDS = ['floor', 'suelo', 'piso', 'plancher', 'taban'];
const ROUNDING_CALL = new RegExp(String.raw`(?<![\\A-Za-z0-9_])(?:(?:math|np|numpy|Math|torch|jnp)\.)?(${[...CEILING_WORDS, ...FLOOR_WORDS].join('|')})\s*\(`, 'gi');

/**
 * ceil(x), math.floor(x), np.ceil(x), techo(x), plancher(x): rounding up or down, ⌈x⌉ and ⌊x⌋ (a code length, a count),
 * which the tree keeps whole.
 */
export function roundingCalls(tex: string): string {
  return rewriteCalls(tex, ROUNDING_CALL, (found, inner) =>
    (/\S/.test(inner) ? (CEILING_WORDS.includes((found[1] as string).toLowerCase()) ? `\\lceil ${inner} \\rceil ` : `\\lfloor ${inner} \\rfloor `) : null));
}

/** TensorFlow's `clip_by_value(y, 1e-10, 1.0)` is the clip a tree rule sets aside (stability-clip), not a name with subscripts. */
export function clipCallNames(tex: string): string {
  return tex.replace(/(?<![A-Za-z\\])clip_by_value(?=\s*\()/g, 'clip');
}

/**
 * Octave's transpose, `y' * log(h) + (1 - y)' * log(1 - h)`: where a bracket is primed before a
 * product (no derivative of a bracket is written that way in code), or a name before the product
 * with the log of another name (`y' * log(h)`), every prime before `*` is a transpose. A primed name
 * alone (ti' * xi, a label marked as the true one) stays a name.
 */
export function octaveTransposes(tex: string): string {
  // Code's quadratic form, w'H*w (Julia, Octave; a * multiplies there): a name primed right before a capital, a matrix, is transposed.
  if (/[\w)\]]\s*\*\s*[\w(\\]/.test(tex)) tex = tex.replace(/([A-Za-z0-9_)\]])'(?=[A-Z])/g, '$1^{T}');
  // Y' * log(Y): the prime names a second Y, the labels beside the predictions Y, not a transpose.
  const primedBeforeLog = [...tex.matchAll(/([A-Za-z_]\w*)'\s*\*\s*log\s*\(\s*([A-Za-z_]\w*)/g)].some((m) => m[1] !== m[2]);
  if (!/\)'\s*\*/.test(tex) && !primedBeforeLog) return tex;
  // (1 - y') * log(1 - h): the complement of the transposed labels, transposed too.
  return tex.replace(/([A-Za-z0-9_)\]])'(?=\s*(?:\)\s*)?\*)/g, '$1^{T}');
}

/** multiply(a, b), np.multiply(Y, np.log(A)): NumPy's elementwise product, a b. */
export function elementwiseCalls(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z_])multiply\s*\(((?:[^(),]|\((?:[^()]|\([^()]*\))*\))+),((?:[^(),]|\((?:[^()]|\([^()]*\))*\))+)\)/g, (_m, a: string, b: string) => `(${a.trim()}) \\odot (${b.trim()})`);
}

/** An upright command round a reduction's word: sum, mean, or an average's word in another language (média, moyenne). */
const UPRIGHT_REDUCTION = new RegExp(String.raw`\\(?:operatorname|mathrm|text|textrm|texttt|mathtt)\s*\{\s*(sum|mean|${AVERAGE_WORDS.join('|')})\s*\}(?=\s*(?:\\left\s*|\\[bB]igg?l?\s*)?[(\[])`, 'giu');

/** \operatorname{sum}(Y ⊙ log Ŷ), \mathrm{mean}(…), \text{média}[…]: a reduction set upright is the reduction, as typed bare (sum(…), mean(…)). */
export function uprightReductions(tex: string): string {
  return tex.replace(UPRIGHT_REDUCTION, ' $1');
}

/**
 * sum(x; dims), sum(x, dims=2), mean(l, axis=-1, keepdims=True): the axis arguments go; so does
 * a lone axis, −1 to 3, after the one argument of a sum, a mean, a log-sum-exp or a softmax (MATLAB's
 * sum(T.*log(Y), 2), PyTorch's logsumexp(z, 1)), and a number type there;
 * MATLAB's 'all' sums over both axes; R's apply(X, 1, sum) sums each row.
 */
export function axisArguments(tex: string): string {
  // TensorFlow's reduce_sum(x, 1) takes its axis the same way, and so do NumPy's and PyTorch's sum(x, -1),
  // logsumexp(z, 1) and (log_)softmax(z, -1).
  let out = rewriteCalls(tex, /(?<![\\A-Za-z_])(?:reduce_)?(sum|mean|logsumexp|softmax|log_softmax)\s*\(/g, (found, inner) => {
    const args = topLevelArguments(inner);
    // A number type named after the values (NumSharp's NPTypeCode.Double, np.float64) only says how to add.
    // C#'s TensorFlow.NET passes the axis as an object, new Axis(axis).
    const dimension = /^\s*(?:-?[0-3])\s*$|^(?:[A-Za-z]+\.)?(?:Double|Single|Decimal|float(?:16|32|64)?|double|int(?:32|64)?)$|^\s*new\s+Axis\s*\([^()]*\)\s*$/;
    // MATLAB's sum(X, 'all') adds every entry: over the rows and over the columns.
    if (args.length === 2 && /^['"]all['"]$/.test((args[1] as string).trim()) && /\S/.test(args[0] as string)) return found[1] === 'sum' ? `sum(sum(${args[0]}))` : `mean(${args[0]})`;
    return args.length === 2 && dimension.test(args[1] as string) && /\S/.test(args[0] as string) ? `${found[1]}(${args[0]})` : null;
  });
  // R's apply(X, 1, sum): the sum (or mean) of each row (2: of each column), as rowSums(X) is.
  out = rewriteCalls(out, /(?<![\\A-Za-z0-9_.])apply\s*\(/g, (_found, inner) => {
    const [values, margin, reduce, ...rest] = topLevelArguments(inner);
    return rest.length === 0 && values && /^[12]$/.test(margin ?? '') && /^(?:sum|mean)$/.test(reduce ?? '') ? `${reduce}(${values})` : null;
  });
  for (let pass = 0; pass < 3; pass++) {
    // A trailing comma left before the closing bracket (Python's sum(x, dim=1, )) closes nothing more.
    const next = out.replace(AXIS_ARGUMENT, '').replace(/(?<=[\w)\]])\s*,\s*(?=\))/g, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * sum(y[i] * log(p[i]) for i in range(n)): Python's sum over a generator is the sum over its
 * loop variable; the loop's words would otherwise join the summand as a factor.
 */
export function generatorSums(tex: string): string {
  return rewriteCalls(tex, /(?<![A-Za-z_.])(sum|prod|np\.sum|math\.prod|np\.prod|\\sum\s*|\\prod\s*)\(/g, (found, inner) => {
    // \sum(… for …): Σ( as pages type it, the sign already read by unicode-signs.
    // Over range(n), a name, Julia's 1:K (for k in 1:K, for k=1:K) or eachindex(y), Kotlin's 1..K.
    // A list comprehension's brackets, sum([… for i in range(n)]), hold the same generator; a filter after it
    // (if p > 0, leaving out the zeros whose terms are zero) changes no term.
    const generator = /^\s*\[([^]*)\]\s*$/.exec(inner)?.[1] ?? inner;
    // Several loop variables (for label, logits in zip(labels, outputs)) run together over the samples: no one index names them.
    const loop = /^([^]*\S)\s+for\s+([A-Za-z]\w*(?:\s*,\s*[A-Za-z]\w*)*)(?:\s+(?:in|∈)\s+|\s*=\s*)(?:[A-Za-z_][\w.]*\s*\((?:[^()]|\([^()]*\))*\)|[A-Za-z_][\w.]*|\w+\s*(?::|\.\.)\s*\w+)(?:\s+if\s+[^]+)?\s*$/.exec(generator);
    if (!loop) return null;
    const op = /prod/.test(found[1] as string) ? '\\prod' : '\\sum';
    const variables = (loop[2] as string).split(',');
    return variables.length === 1 ? `${op}_{${loop[2]}} (${loop[1]})` : `${op} (${loop[1]})`;
  });
}

/**
 * Plain-text sum_i, prod_{n=1}^N, sum^N (docstrings, comments): the big operator without its
 * backslash; and typed as a bare word with no index, `-sum p(x) * log(q(x))`, `sum sum p(x,y) …`
 * (the spoken forms with an index, "sum over i of", are read before).
 */
export function bareBigOperators(tex: string): string {
  return outsideText(tex, (math) =>
    math
      // In capitals too (SUM_x, Prod_i), as pseudo-code and slides type it.
      .replace(/(?<![\\A-Za-z])(sum|prod|Sum|Prod|SUM|PROD)(?=\s*[_^])/g, (_word, op: string) => `\\${op.toLowerCase()} `)
      // Or before its summand in braces, SUM{…}.
      .replace(/(?<![\\\p{L}_])(sum|Sum|SUM|prod|Prod|PROD)(?:\s+(?=[\p{L}(\[{\\0-9])|\s*(?=\{))/gu, (_m, word: string) => (word.toLowerCase() === 'prod' ? '\\prod ' : '\\sum ')),
  );
}

/**
 * 1e-7, 2.5E-3: a number in the scientific notation code prints, as the power of ten it is; C's,
 * Java's and C#'s type suffix (1e-8f, 1e-12d, 1E-7F, 1.0f), Julia's 1f0 and Rust's 1f64 only say how it is stored.
 */
export function scientificNumbers(tex: string): string {
  return tex
    // Julia's Float32 literal, 1f0, 0.5f0, and C's, 1.0f: the number.
    .replace(/(?<![\\A-Za-z0-9_.])(\d+(?:\.\d+)?)f0(?![A-Za-z0-9_])/g, '$1')
    .replace(/(?<![\\A-Za-z0-9_.])(\d+\.\d*)[fF](?![A-Za-z0-9_])/g, '$1')
    // Rust's typed literal, 1f64, 1.0_f32, 2usize: the number.
    .replace(/(?<![\\A-Za-z0-9_.])(\d+(?:\.\d+)?)_?(?:f32|f64|i32|i64|u32|u64|usize|isize)(?![A-Za-z0-9_])/g, '$1')
    .replace(/(?<![\\A-Za-z0-9_.])(\d+(?:\.\d+)?)[eE]([-+−]?)(\d+)[fFdDlL]?(?![A-Za-z0-9_])/g, (_m, mantissa: string, sign: string, power: string) =>
    // A printed exponent's leading zeros (6.18e-03) are no digits of it.
    `${/^1(?:\.0*)?$/.test(mantissa) ? '' : `${mantissa} \\times `}10^{${sign === '+' ? '' : sign ? '-' : ''}${power.replace(/^0+(?=\d)/, '')}}`);
}

/**
 * −|x| (the magnitude in e^{−|x|}, exp(-|wᵀx + b|)): bars right after a minus open an
 * absolute value, never a conditional bar, so they are written as the pair \lvert … \rvert
 * the reader keeps together even around a sum. So do bars that open the formula (|loss − ln C| ≤ 0.02).
 */
export function barsAfterMinus(tex: string): string {
  return tex.replace(/(^\s*|[-−]\s*)\|((?:[^|{}]|\{[^{}]*\})+)\|/g, (_m, minus: string, inner: string) => `${minus}\\lvert ${inner}\\rvert `);
}

/** `y == j`, `y === j`: code's test of equality is the relation = (an indicator's test, a case's condition). */
export function codeEquality(tex: string): string {
  return tex.replace(/(?<![=<>!:\\])\s*={2,3}(?!=)\s*/g, ' = ');
}

defineTextRule({ name: 'code-equality', order: 24.07, apply: codeEquality });
defineTextRule({ name: 'clip-call-names', order: 24.08, apply: clipCallNames });
// After qualified-call-names (25) drops Math. and np.
defineTextRule({ name: 'negative-divisors', order: 24.046, apply: negativeDivisors });
defineTextRule({ name: 'root-and-power-calls', order: 25.01, apply: rootAndPowerCalls });
defineTextRule({ name: 'rounding-calls', order: 24.95, apply: roundingCalls });
defineTextRule({ name: 'value-attributes', order: 24.09, apply: valueAttributes });
// After qualified names (math.log) have lost their module (25).
defineTextRule({ name: 'log-base-arguments', order: 25.05, apply: logBaseArguments });
defineTextRule({ name: 'bars-after-minus', order: 28, apply: barsAfterMinus });
// Before loss-updates (22.3) reads MATLAB's `err(i) = err(i) .+ …`.
defineTextRule({ name: 'broadcast-dots', order: 22.2, apply: broadcastDots });
defineTextRule({ name: 'bare-big-operators', order: 27, apply: bareBigOperators });
defineTextRule({ name: 'generator-sums', order: 23.9, apply: generatorSums });
defineTextRule({ name: 'dot-before-log', order: 24.5, apply: dotBeforeLog });
defineTextRule({ name: 'qualified-call-names', order: 25, apply: qualifiedCallNames });
defineTextRule({ name: 'axis-arguments', order: 24.45, apply: axisArguments });
defineTextRule({ name: 'scientific-numbers', order: 24.2, apply: scientificNumbers });
defineTextRule({ name: 'upright-reductions', order: 24.05, apply: uprightReductions });
defineTextRule({ name: 'octave-transposes', order: 24.03, apply: octaveTransposes });
defineTextRule({ name: 'elementwise-calls', order: 25.5, apply: elementwiseCalls });
defineTextRule({ name: 'c-float-functions', order: 1, apply: cFloatFunctions });
// Before the modules' names are dropped (qualified-call-names, 25) and the log words read.
defineTextRule({ name: 'xlogy-calls', order: 24.9, apply: xlogyCalls });
