// Text rules for how authors dress big operators and the mean before them: a limit
// in braces with the underscore left out (\sum{i=1}^{n}), as typed in a hurry, and
// a mean over a set's size written with a slash (1/|B| Σ …), and two indices' starts
// stacked under one sign (\sum_{\substack{i=1 \\ k=1}}^{N,K}), and mathtools' \smashoperator round a sign,
// and braces round a sign that only scope its style ({\textstyle \sum_k}), and a capital sigma or pi
// under limits (\Sigma_i), and limits stacked on a sign with \underset and \overset.
import { isMatrixScripts } from '../build-atoms';
import { defineTextRule } from './registry';

/** \sum{i=1}^{n} → \sum_{i=1}^{n}: a braced group holding a start (i=1) right after \sum or \prod is its lower limit. */
export function bracedLowerLimit(tex: string): string {
  // Only a start (i=1, k = 0, n=1) is a limit; a braced summand that holds an = (Σ {log P(y = k | x) t_k}) is not.
  const limited = tex.replace(/\\(sum|prod)\s*\{(\s*[A-Za-z][A-Za-z0-9]?\s*=\s*[A-Za-z0-9+-]{1,6}\s*)\}/g, '\\$1_{$2}');
  // Markdown that ate the sign's underscore (as a pair of them makes italics) ate the rest too: y{i1} is y_{i1}.
  return limited === tex ? tex : limited.replace(/(?<![\\A-Za-z_^])([A-Za-z])\{([a-z][a-z0-9]{0,2}|[a-z0-9],[a-z0-9])\}/g, '$1_{$2}');
}

/** ∑(x,y)∈D …, \sum (x, y) \in \mathcal{D} …: the index set typed on the line after the sign, with no underscore, is its subscript. */
export function inlineIndexSets(tex: string): string {
  return tex.replace(/\\(sum|prod)(?![A-Za-z])\s*(\([^()]*\)|[a-z])\s*(?:\\in(?![A-Za-z])|∈)\s*(\\mathcal\s*\{[A-Z]\}|\\mathcal\s*[A-Z]|[A-Z])\s*/g, (_m, op: string, index: string, set: string) => `\\${op}_{${index} \\in ${set}} `);
}

/**
 * `Σx p(x) log q(x)`: a letter typed straight after the sign, then a space, is the index it runs over when the terms
 * take it as an argument or a subscript (p(x), q_x); Σx_i, a sum of x_i, stays.
 */
export function gluedSumIndex(tex: string): string {
  return tex.replace(/([Σ∑∏])([a-z])(?=\s)/g, (whole, sign: string, index: string, at: number) =>
    (new RegExp(String.raw`\(\s*${index}\s*\)|_\{?${index}\b`).test(tex.slice(at + whole.length)) ? `${sign}_{${index}}` : whole));
}

/**
 * Lean's (Mathlib's) big operators, `∑ i, y i * Real.log (p i)`, `∑ i in s, …`, `∑ i : Fin n, …`: the bound variable
 * before a comma, the body after it. Lean applies a function by a space, so `y i` there is y's entry i.
 */
export function leanBigOperators(tex: string): string {
  const found = /\\(sum|prod)\s+([a-z])\s*(?:(?:in|∈|\\in)\s+([^,]+?)\s*|:\s*[^,]+?\s*)?,\s*/.exec(tex);
  if (!found || /\\sum\s*_/.test(tex)) return tex;
  const [head, op, index, set] = found as unknown as [string, string, string, string | undefined];
  const body = tex.slice(found.index + head.length).replace(new RegExp(String.raw`(?<![\w.\\])([A-Za-z]\w*)\s+${index}(?![\w(])`, 'g'), `$1_{${index}}`);
  return `${tex.slice(0, found.index)}\\${op}_{${set ? `${index} \\in ${set.trim()}` : index}} ${body}`;
}

/**
 * \Sigma_{i=1}^{N} → \sum_{i=1}^{N}, \Pi_i → \prod_i: a capital sigma or pi under a lower limit is the big
 * operator, for every rule after this one as for the reader (a log's argument runs on through it, a
 * condition said after it is the sum's). Alone, with a power only (Σ⁻¹, a covariance), or with nothing after its
 * scripts to sum (p(x; μ_t, Σ_t)), it stays a letter, unless an exponential follows it at once (log Σ exp(x_j)).
 */
export function capitalOperators(tex: string): string {
  // 1 − Π_i: a letter one is taken from is a quantity (a probability named Π_i), wherever it is written with that subscript.
  const complemented = new Set([...tex.matchAll(/1\s*[-−]\s*\\(Sigma|Pi)\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])/g)].map((m) => `${m[1]}_${m[2]}`));
  const limited = tex.replace(/\\(Sigma|Pi)(?![A-Za-z])(?=\s*(?:\\limits\s*)?(?:\^\s*(?:\{[^{}]*\}|[^\s{])\s*)?_)/g, (whole, letter: string, at: number) => {
    const sub = /^\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])/.exec(tex.slice(at + whole.length))?.[1];
    // Braced, {\Pi}_i, so no later reading takes it for the operator.
    if (sub !== undefined && complemented.has(`${letter}_${sub}`)) return `{${whole}}`;
    const after = tex.slice(at + whole.length);
    const scripts = SCRIPTS.exec(after);
    return scripts && (isMatrixPower(scripts) || endsAfterScripts(after, scripts)) ? whole : letter === 'Sigma' ? '\\sum' : '\\prod';
  });
  // log(\Sigma exp(x_j)): a bare capital sigma straight before an exponential is the sum of them (a matrix is not multiplied by one).
  return limited.replace(/\\Sigma(?![A-Za-z])(?=\s*(?:\\exp(?![A-Za-z])|exp\s*\(|e\s*\^))/g, '\\sum');
}

const MATRIX_SCRIPT = String.raw`(\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+(?:\s*\{[^{}]*\})?|[^\s{])`;
const SCRIPTS = new RegExp(String.raw`^\s*(?:\\limits\s*)?([_^])\s*${MATRIX_SCRIPT}\s*(?:([_^])\s*${MATRIX_SCRIPT})?`);

/** Whether nothing follows the scripts (`scripts`, read from `after`) to be summed: a bracket or a list ends there (p(x; μ_t, Σ_t), a matrix's letter). */
function endsAfterScripts(after: string, scripts: RegExpExecArray): boolean {
  // (\limits says the author set an operator.)
  return !/^\s*\\limits/.test(after) && /^\s*(?:$|[),;\]]|\\right\b|\\})/.test(after.slice(scripts[0].length));
}

/** Whether the scripts written after a capital sigma (read by SCRIPTS) make it a matrix. */
function isMatrixPower(m: RegExpExecArray): boolean {
  const scripts = [[m[1], m[2]], [m[3], m[4]]].filter((pair): pair is [string, string] => pair[0] !== undefined && pair[1] !== undefined);
  return isMatrixScripts(scripts.find(([mark]) => mark === '_')?.[1] ?? '', scripts.find(([mark]) => mark === '^')?.[1]);
}

/** 1/|B| Σ …: a slash before a size in bars divides by the whole size (|B| is one quantity, \lvert B\rvert). */
export function slashOverBars(tex: string): string {
  return tex.replace(/\/\s*\|((?:[^|{}]|\{[^{}]*\})+)\|/g, (_m, inner: string) => `/\\lvert ${inner}\\rvert `);
}

const START = /^\s*([A-Za-z])\s*=\s*([A-Za-z0-9+-]{1,6})\s*$/;

/**
 * \sum_{\substack{i=1 \\ k=1}}^{N, K} → \sum_{i=1}^{N}\sum_{k=1}^{K}: two starts of two different indices
 * stacked under one sign are two sums (the bounds above, when as many, in the same order). A row that
 * tests the same index (j ≠ y) is a condition on the range, written as a comma writes it (\sum_{j=1, j≠y}).
 */
export function stackedStarts(tex: string): string {
  return tex.replace(/\\(sum|prod)\s*(?:\\limits\s*)?_\s*\{\s*\\substack\s*\{([^{}]*)\}\s*\}(?:\s*\^\s*\{([^{}]*)\})?/g, (whole, op: string, rows: string, upper: string | undefined) => {
    const lines = rows.split(/\\\\/).filter((row) => row.trim() !== '');
    const starts = lines.map((row) => START.exec(row));
    const letters = starts.map((m) => m?.[1]);
    // Otherwise the rows are one range and its conditions, as a comma writes them: \sum_{j=1, j≠y}.
    if (lines.length < 2 || starts.some((m) => m === null) || new Set(letters).size !== letters.length) {
      return `\\${op}_{${lines.join(', ')}}${upper === undefined ? '' : `^{${upper}}`}`;
    }
    const bounds = upper?.split(',').map((b) => b.trim()) ?? [];
    return starts.map((m, i) => `\\${op}_{${(m as RegExpExecArray)[1]}=${(m as RegExpExecArray)[2]}}${bounds.length === starts.length ? `^{${bounds[i]}}` : ''}`).join('');
  });
}

/** \smashoperator[lr]{\sum_{k}}: mathtools only trims the space round the sign (KaTeX has no such command); the sign and its limits stay. */
export function smashedOperators(tex: string): string {
  return tex.replace(/\\smashoperator\s*(?:\[[lr]*\])?\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g, '$1');
}

/** A limit or bound: a braced group (one level of braces inside), a command or one letter or digit. */
const SCRIPT = String.raw`\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9])`;
const BRACED_OPERATOR = new RegExp(String.raw`\{\s*(?:\\(?:displaystyle|textstyle|scriptstyle)(?![A-Za-z])\s*)?(\\(?:sum|prod)(?![A-Za-z])\s*(?:\\(?:no)?limits(?![A-Za-z])\s*)?(?:${SCRIPT}){0,2})\s*\}`, 'g');

/** {\textstyle \sum_{k}} → \sum_{k}: braces that hold only a sign with its limits (and a style switch) scope the style, not the sum's body. */
export function bracedOperators(tex: string): string {
  return tex.replace(BRACED_OPERATOR, '$1');
}

/** A braced group's content, one level of braces inside. */
const BRACED = String.raw`(?:[^{}]|\{[^{}]*\})*`;
/** A stacked limit: braced, or one letter or digit as TeX takes an unbraced argument (\\underset i \\sum). */
const STACK_ARGUMENT = String.raw`(?:\{(${BRACED})\}|([A-Za-z0-9]))`;
/** The sign under the stack, braced or not, with \\limits or \\nolimits and any limits already written. */
const STACKED_SIGN = String.raw`((?:\\(?:sum|prod)(?![A-Za-z])|∑|∏)(?:\s*\\(?:no)?limits(?![A-Za-z]))?(?:\s*[_^]\s*\{${BRACED}\})*)`;
const STACKED_LIMIT = new RegExp(String.raw`\\(overset|underset)\s*${STACK_ARGUMENT}\s*(?:\{\s*${STACKED_SIGN}\s*\}|${STACKED_SIGN})`, 'g');

/**
 * \overset{N}{\underset{n=1}{\sum}} → \sum_{n=1}^{N}: a limit stacked under or over the sign
 * (as some equation editors write them) is its lower or upper limit.
 */
export function stackedOperatorLimits(tex: string): string {
  let out = tex;
  // Inner first: each pass takes the stacks round a bare sign (or one whose limits are already scripts).
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(STACKED_LIMIT, (_m, how: string, braced: string | undefined, bare: string | undefined, signInBraces: string | undefined, sign: string | undefined) =>
      `${signInBraces ?? sign ?? ''}${how === 'underset' ? '_' : '^'}{${braced ?? bare ?? ''}}`);
    if (next === out) break;
    out = next;
  }
  return out;
}

defineTextRule({ name: 'stacked-operator-limits', order: 13.4, apply: stackedOperatorLimits });
defineTextRule({ name: 'capital-operators', order: 15.52, apply: capitalOperators });
// After unicode-signs (22) has made ∑ and ∈ commands.
defineTextRule({ name: 'inline-index-sets', order: 22.05, apply: inlineIndexSets });
// After unicode-signs (22) has made ∑ a command.
defineTextRule({ name: 'lean-big-operators', order: 22.04, apply: leanBigOperators });
// Before unicode-signs (22) spaces the sign from the letter.
defineTextRule({ name: 'glued-sum-index', order: 21.9, apply: gluedSumIndex });
defineTextRule({ name: 'braced-operators', order: 16.25, apply: bracedOperators });
defineTextRule({ name: 'smashed-operators', order: 16.3, apply: smashedOperators });
defineTextRule({ name: 'slash-over-bars', order: 51, apply: slashOverBars });
defineTextRule({ name: 'stacked-starts', order: 49.5, apply: stackedStarts });
defineTextRule({ name: 'braced-lower-limit', order: 50, apply: bracedLowerLimit });

/**
 * H(p, m) = \lim_{n\to\infty} -\frac{1}{n}\sum …: a limit taken of a formula (an entropy rate, a language model's
 * cross-entropy per word) dresses it; what is summed and logged is the formula's shape, so the limit is set aside.
 * A limit of a bin's width going to 0 (Σ p(x_i)Δ ln p(x_i), a differential entropy's) is an integral's, and stays.
 */
export function limitsTaken(tex: string): string {
  return tex.replace(/\\lim(?![A-Za-z])\s*(?:\\limits\s*)?_\s*\{[^{}]*\\infty\s*\}/g, ' ');
}

// After the Markdown escapes are undone (\lim\_{n}).
defineTextRule({ name: 'limits-taken', order: 22.06, apply: limitsTaken });
