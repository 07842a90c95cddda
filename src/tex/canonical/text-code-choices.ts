// Text rules for the choices code writes between a label's two values: C's, Java's and
// JavaScript's `t === 1 ? a : b`, Python's `(a if y else b)` inside a bracket or a list, JAX's
// `lax.cond(y == 1, lambda w: a, lambda w: b, p)`, and the choice as a function, R's
// `ifelse(y, p, 1 - p)` and NumPy's `np.where(y == 1, p, 1 - p)`. Each becomes a cases block (its test the row's
// condition, the other value the `otherwise` row), which cases-blocks (./text-cases.ts) reads.
import { defineTextRule } from './registry';
import { groupEnd, holdsTexCommand, rewriteCalls, topLevelArguments, valueStart } from './text-scan';

const cases = (yes: string, test: string, no: string): string => `\\begin{cases} ${yes} & ${test} \\\\ ${no} & \\text{otherwise} \\end{cases}`;

/**
 * `t === 1 ? log(p) : log(1 - p)`, the conditional operator of C, Java and JavaScript: the same two
 * rows as a cases block, the test's == or === its equals sign. The choice runs from the bracket,
 * assignment or `return` before the test to the bracket or statement end after it.
 */
export function ternaryExpressions(tex: string): string {
  let out = tex;
  for (let round = 0; round < 4; round++) {
    const question = out.search(/(?<!\\)\?(?![?.:])/);
    if (question < 0) return out;
    const start = valueStart(out, question);
    // The colon at the question's own depth; the second value runs to a bracket closing round the choice,
    // a semicolon, a comma or the line's end.
    const colon = groupEnd(out, question + 1, (at) => out[at] === ':');
    if (out[colon] !== ':') return out;
    const end = groupEnd(out, colon + 1, (at) => out[at] === ';' || out[at] === ',' || out[at] === '\n');
    const [yes, no] = [out.slice(question + 1, colon).trim(), out.slice(colon + 1, end).trim()];
    // A test that compares; a bare `a ? b : c` may be anything, unless both values are logs (y[i] ? log(p) : log(1 - p)).
    // (C#'s Math.Log is one too.)
    const logs = /(?<![A-Za-z])(?:[Ll]og|ln)/.test(yes) && /(?<![A-Za-z])(?:[Ll]og|ln)/.test(no);
    const test = codeTest(out.slice(start, question), logs);
    if (!test || !yes || !no) return out;
    out = `${out.slice(0, start)}${cases(yes, test, no)}${out.slice(end)}`;
  }
  return out;
}

/** A code test as a row's condition: == and === are =, != is ≠, a bare label (`if y`, `if e.correct`, `if won(e)`) is y = 1 and `not y` (`!y`) is y = 0. */
function codeTest(test: string, bareLabels = true): string | null {
  const bare = test.trim();
  if (!bareLabels && !/[=<>]/.test(bare)) return null;
  // A label may be a record's field (e.correct, m.isOver15); `!` negates as `not` does.
  const negated = /^(?:not\s+|!\s*)([A-Za-z_][\w.]*)$/.exec(bare);
  if (negated) return `${negated[1]} = 0`;
  // Or what a predicate says of the sample (`if W(e)`: it won).
  if (/^[A-Za-z_][\w.]*(?:\[[^\[\]]*\]|\([^()]*\))?$/.test(bare)) return `${bare} = 1`;
  const written = bare.replace(/!==?/g, '\\neq ').replace(/===?/g, '=');
  return /=|\\neq|<|>/.test(written) ? written : null;
}

/**
 * `-(log(p) if y == 1 else log(1 - p))`, `[… if y else … for p, y in rows]`: Python's conditional
 * expression inside a bracket, the choice running from that bracket (or an assignment) to its close.
 * At the top level, `a if c else b` is read by conditional-expressions (./text-cases.ts).
 */
export function bracketedConditionals(tex: string): string {
  let out = tex;
  for (let round = 0; round < 4; round++) {
    const found = [...out.matchAll(/(?<![A-Za-z_\\{])if(?![A-Za-z_])/g)].find((match) => /[(\[]/.test(out[valueStart(out, match.index)  - 1] ?? ''));
    if (!found) return out;
    const start = valueStart(out, found.index);
    const elseAt = groupEnd(out, found.index + 2, (at) => /^else(?![A-Za-z_])/.test(out.slice(at, at + 5)) && !/[A-Za-z_]/.test(out[at - 1] ?? ''));
    if (!out.startsWith('else', elseAt)) return out;
    // The second value runs to the bracket closing round the choice, or to a comprehension's `for`.
    const end = groupEnd(out, elseAt + 4, (at) => /^for\s/.test(out.slice(at, at + 4)) && /\s/.test(out[at - 1] ?? ''));
    const test = codeTest(out.slice(found.index + 2, elseAt));
    const [yes, no] = [out.slice(start, found.index).trim(), out.slice(elseAt + 4, end).trim()];
    if (!test || !yes || !no) return out;
    out = `${out.slice(0, start)}${cases(yes, test, no)}${out.slice(end).startsWith('for') ? ' ' : ''}${out.slice(end)}`;
  }
  return out;
}

/**
 * [f(p) for p in probs], [… for p, y in zip(ps, ys)]: a list comprehension outside any sum is the list of
 * each item's value, read as that value (sum([…]) is read as the sum by generator-sums, before).
 */
export function listComprehensions(tex: string): string {
  // (The item may index twice over: z[j, y[j]].)
  return tex.replace(/(?<![\w\])])\[\s*((?:[^\[\]]|\[(?:[^\[\]]|\[[^\[\]]*\])*\])*?)\s+for\s+[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s+in\s+[^\[\]]+\]/g, (_m, item: string) => `(${item})`);
}

/** `lax.cond(y == 1, lambda w: log(w), lambda w: log(1 - w), p)`: JAX's choice, each branch applied to the operand. */
export function laxConds(tex: string): string {
  return tex.replace(/(?<![\w.])(?:(?:jax\.)?lax\.)?cond\(\s*([^,()]+?)\s*,\s*lambda\s+([A-Za-z_]\w*)\s*:\s*((?:[^,()]|\((?:[^()]|\([^()]*\))*\))+?)\s*,\s*lambda\s+([A-Za-z_]\w*)\s*:\s*((?:[^,()]|\((?:[^()]|\([^()]*\))*\))+?)\s*,\s*([A-Za-z_][\w.]*)\s*\)/g,
    (whole, test: string, first: string, yes: string, second: string, no: string, operand: string) => {
      const condition = codeTest(test);
      const put = (body: string, name: string) => body.replace(new RegExp(String.raw`(?<![\w.])${name}(?!\w)`, 'g'), operand);
      return condition ? cases(put(yes, first), condition, put(no, second)) : whole;
    });
}

/** ifelse(y, p, 1 - p), dplyr's if_else, np.where / torch.where / tf.where(y == 1, p, 1 - p): the test's first value, else the second. */
export function choiceCalls(tex: string): string {
  return rewriteCalls(tex, /(?<![\w\\])(?:(?:[A-Za-z_]\w*\.)*where|if_?else)\s*\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    const test = args.length === 3 ? codeTest(args[0] as string) : null;
    return test && args[1] && args[2] ? `(${cases(args[1], test, args[2])})` : null;
  });
}

// While == still tells a test from an assignment (code-equality, 24.07, makes it =); cases-blocks (35) reads the block.
/**
 * `(~same) * log(1 - c)`, `(!y) * log(1 - p)`: a 0/1 label negated by NumPy's or C's not, in brackets beside the
 * label itself, is its complement 1 − y. (In TeX a tilde is a space: a bracketed tilde before a name, in text with no
 * TeX command, is code.)
 */
export function booleanComplements(tex: string): string {
  if (holdsTexCommand(tex)) return tex;
  return tex.replace(/\(\s*[~!]\s*([A-Za-z_]\w*)\s*\)/g, (whole, name: string, at: number) => {
    const elsewhere = new RegExp(`(?<![\\w~!.])${name}(?![\\w(])`).test(tex.slice(0, at) + tex.slice(at + whole.length));
    return elsewhere ? `(1 - ${name})` : whole;
  });
}

/**
 * `lse(z) - z[t] if t >= 0 else math.nan`: a value guarded against input it cannot take, the other branch no number
 * (NaN, None, null), is that value where it is defined.
 */
export function undefinedFallbacks(tex: string): string {
  return tex.replace(/^([\s\S]+?)\s+if\s+[^\n]+?\s+else\s+(?:(?:math|np|numpy|torch)\.nan|float\(\s*['"]nan['"]\s*\)|None|NaN|nan|null)\s*;?\s*$/, '$1');
}

defineTextRule({ name: 'ternary-expressions', order: 24.005, apply: ternaryExpressions });
defineTextRule({ name: 'undefined-fallbacks', order: 23.9, apply: undefinedFallbacks });
// Before ternary-expressions reads `!y ? … : …` (a bare `!y` there is the test, not this).
defineTextRule({ name: 'boolean-complements', order: 24.001, apply: booleanComplements });
defineTextRule({ name: 'lax-conds', order: 24.003, apply: laxConds });
defineTextRule({ name: 'choice-calls', order: 24.0035, apply: choiceCalls });
defineTextRule({ name: 'bracketed-conditionals', order: 24.004, apply: bracketedConditionals });
// After generator-sums (23.9) has read sum([… for …]).
defineTextRule({ name: 'list-comprehensions', order: 23.95, apply: listComprehensions });
