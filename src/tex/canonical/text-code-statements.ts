// Text rules for how code lays a formula out in statements: a comment after the code on its
// line or a block comment's margin, a line that ends one statement before the next assigns, the
// `return` (after a one-line function's head or a guard) that hands the loss back, and MATLAB's
// anonymous function's argument list. What is left is the expression each statement computes.
import { defineTextRule } from './registry';
import { closingBracket, functionBody, holdsTexCommand, ifElse, topLevelArguments } from './text-scan';

/** A function's name in its head; the log loss's own name reads \operatorname{LogLoss} by then (log-loss-names). */
const FUNCTION_NAME = String.raw`(?:[A-Za-z_.][\w.]*|\\operatorname\{[^{}]*\})`;
/** `ce <- function(y, h)`, once the arrow is =: R's function assigned to a name. */
const ASSIGNED_FUNCTION = new RegExp(String.raw`^(\s*${FUNCTION_NAME}\s*=\s*)function\s*\([^()]*\)\s*`);
/** `def f(t, y):`, `function f(t, y) {` before what the one-line function returns or chooses. */
const ONE_LINE_FUNCTION_HEAD = new RegExp(String.raw`^\s*(?:def\s+${FUNCTION_NAME}\s*\([^()]*\)\s*(?:->\s*[\w.[\]]+\s*)?:|function\s+[A-Za-z_$][\w$]*\s*\([^()]*\)\s*\{)\s*(?=return\b|if\b)`);

/**
 * MATLAB's anonymous function, `loss = @(y, p) -mean(…)`, JavaScript's arrow function with an expression body,
 * `const loss = (w, b) => …`, and R's `ce <- function(y, h) -(…)` (or with its body in braces, `{ -(…) }`): the
 * argument list; the body is the formula.
 */
export function anonymousFunctions(tex: string): string {
  const unheaded = tex.replace(/(=\s*)@\s*\([^()]*\)\s*/g, '$1').replace(/^(\s*(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*)\([^()]*\)\s*=>(?!\s*\{)\s*/, '$1');
  const head = ASSIGNED_FUNCTION.exec(unheaded);
  if (!head) return unheaded;
  // A braced body is one expression (what it returns); one of several statements is left to the statement rules.
  const value = functionBody(unheaded.slice(head[0].length));
  return value === null || /\n/.test(value) ? unheaded : head[1] + value;
}

/**
 * picked = z[np.arange(n), y] ⏎ loss = -picked + …: code's lines are statements, each its own equation, as a
 * semicolon would end them; a line ends a statement when its brackets are closed and no operator is left hanging,
 * and the next line assigns (or returns).
 */
export function codeLineStatements(tex: string): string {
  // Code only: TeX's lines (a `where` clause, an environment's rows) are one display.
  if (!tex.includes('\n') || holdsTexCommand(tex)) return tex;
  const lines = tex.split('\n');
  let depth = 0;
  let out = lines[0] as string;
  for (let at = 1; at < lines.length; at++) {
    const before = lines[at - 1] as string;
    for (const ch of before.replace(/\\./g, '')) depth += ch === '(' || ch === '[' || ch === '{' ? 1 : ch === ')' || ch === ']' || ch === '}' ? -1 : 0;
    const next = lines[at] as string;
    // A loop's or a test's header without braces (`for (…)`, `if (…)`, `else`) runs on into the next line: no statement ends there.
    const header = /^\s*(?:for|while|if)\s*\(.*\)\s*$/.test(before) || /^\s*(?:\}\s*)?else\s*$/.test(before);
    const ends = depth === 0 && !header && /[\w)\]}'"]\s*$/.test(before) && !/\\\\\s*$/.test(before);
    const assigns = /^\s*(?:[A-Za-z_][\w.]*(?:\[[^\[\]]*\])?\s*(?:[-+*/]?=(?!=)|<-)|return\b)/.test(next);
    out += ends && assigns ? `;\n${next}` : `\n${next}`;
  }
  return out;
}

/**
 * `return −np.sum(t * np.log(y))`, `yield …`, R's `return(-sum(…))`: a code line that hands the loss back, the keyword
 * before the expression (a function's last line, as docstrings and notebooks show it), also after a one-line
 * function's head (`def ce(t, y): return …`, `function ce(t, y) { return … }`) or another statement
 * (`n = len(y); return …`, and the same with the lines joined: `n = len(y) return …`).
 */
export function returnKeyword(tex: string): string {
  // def f(t, y): return …, function f(t, y) { return … }: a one-line function's head goes with its braces, what it returns
  // stays; so does a body that chooses what to return (def f(p, y): if y == 1: return … else: return …).
  const head = ONE_LINE_FUNCTION_HEAD.exec(tex);
  if (head) return returnKeyword(tex.slice(head[0].length).replace(/\s*;?\s*\}\s*$/, ''));
  // if (this.out === "sigmoid") return …: the guard says when this line runs; what it returns is the loss.
  const guard = /^\s*if\s*\(/.exec(tex);
  const guardEnd = guard ? closingBracket(tex, guard[0].length - 1) : -1;
  // (With an else after it, the statement is a choice between two values, which conditional-statements reads.)
  if (guardEnd > 0 && /^\s*\{?\s*return\b/.test(tex.slice(guardEnd + 1)) && ifElse(tex) === null) return returnKeyword(tex.slice(guardEnd + 1).replace(/^\s*\{/, '').replace(/\s*;?\s*\}\s*$/, ''));
  // R's return is a call: return(-sum(…)) hands back what its bracket holds (a semicolon, or a sentence's full
  // stop or comma, may follow it).
  const call = /^\s*return\s*\(/.exec(tex);
  const end = tex.trimEnd().replace(/\s*[;.,]$/, '').length;
  if (call && closingBracket(tex, call[0].length - 1) === end - 1) return tex.slice(call[0].length, end - 1);
  // After a statement (a semicolon, a line, or, in code whose lines were joined by spaces, a value's end).
  const joined = holdsTexCommand(tex) ? tex : tex.replace(/(?<=[\w)\]}.])[ \t]+return[ \t]+(?=[-−(\w])/g, ';\n');
  return joined.replace(/^\s*(?:return|yield)\s+(?=[-−(\w\\])/, '').replace(/([;\n])[ \t]*(?:return|yield)[ \t]+(?=[-−(\w\\])/g, '$1 ');
}

/**
 * A code comment after the formula on its line, `loss = -sum(y*log(p))  # cross-entropy`,
 * `… //want to maximize`, `… # [cite: 17]`: prose about the line. The marker must follow a space (\# and a
 * URL's // stay) and open no number (`a // 2` divides), two slashes only words; it runs to the line's end.
 */
export function trailingCodeComments(tex: string): string {
  // A comment that holds an equals sign goes on with the chain (`… # p log p is constant = …`): it stays.
  // A hash opens a comment before anything but a number (`# [cite: 17]`); two slashes only before words.
  // (A closing $ or $$ the line still has after the comment stays: the delimiters go later.)
  // A comparison in the comment (`// if y == 1, …`) is no equals sign.
  return tex.replace(/(?<=\S)[ \t]+(?:#(?=[ \t]*[^\s\d$])|\/\/(?=[ \t]*\p{L}))(?:[!<>=]=|[^\n=$])*(\${0,2}[ \t]*)$/gmu, '$1');
}

/**
 * A statement continued on the next line: MATLAB's `...` after a term at a line's end (a comment may follow it) and
 * Python's lone backslash there (in text with no TeX command or alignment). The lines are one statement; TeX's `\\`
 * row break and an ellipsis after an operator or a comma (`+ ...`, `x_1, ...`) stay.
 */
export function lineContinuations(tex: string): string {
  const matlab = tex.replace(/(?<=[\w)\]'])[ \t]*\.\.\.[ \t]*(?:%[^\n]*)?\n[ \t]*/g, ' ');
  // In TeX (a command, an alignment's &) a lone backslash before a line's end is a row break that lost its twin.
  return holdsTexCommand(matlab) || matlab.includes('&') ? matlab : matlab.replace(/(?<=[\w)\]'+*\/-])[ \t]+(?<!\\)\\[ \t]*\n[ \t]*/g, ' ');
}

/**
 * `+    return -np.log(probs[target])`: a line copied from a diff keeps the diff's mark of an added or removed line
 * before its indent. A sign followed by an indent and then a statement (a `return` or an assignment) is that mark,
 * never a sign of the value (a formula's minus sits next to what it negates).
 */
export function diffMarkers(tex: string): string {
  return tex.replace(/^[ \t]*[+-](?=[ \t]{2,}(?:return\b|[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*[-+*/]?=(?!=)))/gm, '');
}

/**
 * PHP's and Perl's variables, `$loss -= $y[$i] * log($p[$i]);`: the sigil only marks a name. Read as code when a `$` name
 * is indexed or updated, or no `$` closes math, and the text holds no TeX command (TeX's `$` only delimits math).
 */
export function sigilVariables(tex: string): string {
  // An index or a compound assignment on a `$` name: `$y = 1$ and $p = 0.5$` is math between dollars.
  // (Perl's `my $loss = …` declares one.)
  // Or every `$` opens a name and none closes one (`-($y * log($p) + …)`): math between dollars ends on a `$` after its content.
  // (An escaped \$ is a dollar sign, no sigil.)
  const onlyOpening = !/(?<!\\)\$(?![A-Za-z_])|[\w})\]]\$/.test(tex);
  if (holdsTexCommand(tex) || !(onlyOpening || /\$[A-Za-z_]\w*\s*(?:\[|[-+*/.]=(?!=))|^\s*my\s+\$[A-Za-z_]\w*\s*=/.test(tex)) || (tex.match(/(?<!\\)\$[A-Za-z_]/g) ?? []).length < 2) return tex;
  return tex.replace(/^\s*my\s+(?=\$)/, '').replace(/(?<!\\)\$(?=[A-Za-z_])/g, '');
}

/**
 * A formula copied out of a C, Java or Doxygen block comment keeps each continued line's
 * ` * ` prefix (`\ln⏎ *   (1 - q)`): the comment's margin, not a product. Only a star
 * opening a line after a newline is read so (two stars, `**`, stay a power).
 */
export function blockCommentMargins(tex: string): string {
  return tex.replace(/\n[ \t]*\*(?![*\/])(?=[ \t]|$)/gm, '\n');
}

/**
 * `log_p, log_q = self.logsigmoid(), (-self).logsigmoid()`: Python's tuple assignment gives each name on the left
 * the value in the same place on the right, so it is that many statements, one per name.
 */
export function tupleAssignments(tex: string): string {
  if (holdsTexCommand(tex)) return tex;
  return tex.replace(/^([ \t]*)([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*=(?!=)[ \t]*(.+?)[ \t]*;?[ \t]*$/gm, (whole, indent: string, names: string, values: string) => {
    const targets = names.split(',').map((name) => name.trim());
    const unwrapped = /^\(.*\)$/.test(values) && closingBracket(values, 0) === values.length - 1 ? values.slice(1, -1) : values;
    const parts = topLevelArguments(unwrapped);
    if (parts.length !== targets.length || parts.some((part) => part === '')) return whole;
    return targets.map((name, k) => `${indent}${name} = ${parts[k]}`).join(';\n');
  });
}

/** CUDA's `atomicAdd(&loss, v)` (and atomicSub): the update `loss += v`, made safe for many threads. */
export function atomicUpdates(tex: string): string {
  const atomic = /^\s*atomic(Add|Sub)\s*\(\s*&?\s*([A-Za-z_][\w.]*(?:\[[^\]]*\])?)\s*,([\s\S]*)\)\s*;?\s*$/.exec(tex);
  const whole = atomic !== null && closingBracket(tex, tex.indexOf('(')) === tex.trimEnd().replace(/;$/, '').length - 1;
  // The statement's semicolon stays: it tells the code rules this is C (logf is log there).
  return atomic && whole ? `${atomic[2]} ${atomic[1] === 'Add' ? '+' : '-'}= ${(atomic[3] as string).trim()};` : tex;
}

/** `losses.append(-math.log(p))`, JavaScript's `losses.push(…)`, C++'s `losses.push_back(…)`: a statement that stores one value is that value. */
export function appendedValues(tex: string): string {
  const call = /^\s*[A-Za-z_][\w.]*(?:\.|->)(?:append|push|push_back|emplace_back)\s*\(/.exec(tex);
  const close = call ? closingBracket(tex, call[0].length - 1) : -1;
  return call && close > 0 && /^\s*;?\s*$/.test(tex.slice(close + 1)) ? tex.slice(call[0].length, close) : tex;
}

/** Test frameworks' equality assertions, by name after any module (assert.equal, assertAlmostEqual, np.testing.assert_allclose). */
const ASSERTION = /^\s*(?:[A-Za-z_]\w*\.)*(?:assert(?:_?(?:equal|strict_?equal|deep_?equal|almost_?equal|array_almost_equal|allclose|close|close_to|equals?)|Equals?|StrictEqual|DeepEqual|AlmostEqual|Close(?:To)?|Allclose|That)?|equal|strictEqual|closeTo)\s*\(/i;

/**
 * A test's assertion that two values are equal, `assert.equal(loss(p, 1), -Math.log(p[1]))`, `assertAlmostEqual(a, b)`,
 * `expect(a).toBeCloseTo(b)`: the equation a = b (a tolerance after them says nothing about the formula).
 */
export function equalityAssertions(tex: string): string {
  const expectation = /^\s*expect\s*\(/.exec(tex);
  if (expectation) {
    const close = closingBracket(tex, expectation[0].length - 1);
    const matcher = close > 0 ? /^\s*\.\s*(?:toBe|toEqual|toBeCloseTo|toStrictEqual)\s*\(/.exec(tex.slice(close + 1)) : null;
    const open = matcher ? close + matcher[0].length : -1;
    const end = open > 0 ? closingBracket(tex, open) : -1;
    if (!matcher || end < 0 || !/^\s*;?\s*$/.test(tex.slice(end + 1))) return tex;
    const [expected] = topLevelArguments(tex.slice(open + 1, end));
    return `${tex.slice(expectation[0].length, close).trim()} = ${expected}`;
  }
  const call = ASSERTION.exec(tex);
  const close = call ? closingBracket(tex, call[0].length - 1) : -1;
  if (!call || close < 0 || !/^\s*;?\s*$/.test(tex.slice(close + 1))) return tex;
  const [actual, expected] = topLevelArguments(tex.slice(call[0].length, close));
  return actual && expected && !/^\w+\s*=(?!=)/.test(expected) ? `${actual} = ${expected}` : tex;
}

defineTextRule({ name: 'appended-values', order: 24.041, apply: appendedValues });
defineTextRule({ name: 'equality-assertions', order: 24.042, apply: equalityAssertions });
// Before loss-updates (22.3) reads the update.
defineTextRule({ name: 'atomic-updates', order: 22.1, apply: atomicUpdates });
defineTextRule({ name: 'anonymous-functions', order: 24.045, apply: anonymousFunctions });
// After the comments have gone (trailing-code-comments, 8.8), so a line's end is its code's.
defineTextRule({ name: 'code-line-statements', order: 8.9, apply: codeLineStatements });
defineTextRule({ name: 'tuple-assignments', order: 8.92, apply: tupleAssignments });
defineTextRule({ name: 'return-keyword', order: 24.04, apply: returnKeyword });
defineTextRule({ name: 'trailing-code-comments', order: 8.8, apply: trailingCodeComments });
defineTextRule({ name: 'block-comment-margins', order: 8.7, apply: blockCommentMargins });
defineTextRule({ name: 'diff-markers', order: 8.72, apply: diffMarkers });
// Before a comment is read to its line's end (trailing-code-comments, 8.8) and lines are read as statements.
defineTextRule({ name: 'line-continuations', order: 8.71, apply: lineContinuations });
defineTextRule({ name: 'sigil-variables', order: 8.73, apply: sigilVariables });
