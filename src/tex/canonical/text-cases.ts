// Text rule for a loss written case by case: a `cases` block (or `\left\{ array \right.`,
// `\left\{ aligned \right.`; a row's condition after `&` or after its word `if`)
// whose rows are a value and a test of one label against a constant becomes the sum
// of the values each times its Iverson bracket, which the tree rules then read:
//   \begin{cases} -\log p & \text{if } y = 1 \\ -\log(1-p) & \text{otherwise} \end{cases}
//   → \left([y=1]\left(-\log p\right) + [y=0]\left(-\log(1-p)\right)\right)
// A block whose rows are not such tests (x > 0, prose) is left as written.
import { defineTextRule } from './registry';
import { ifElse, topLevelArguments } from './text-scan';

/** Rows of a block body split at top-level `\\`, cells at the first top-level `&`. */
function rowsOf(body: string): [string, string][] | null {
  const rows = splitRows(body);
  const cells: [string, string][] = [];
  for (const written of rows) {
    // aligned's alignment marks: a row that opens with `&` and sets its test apart with `&&` (`&-\log p, && \text{if } y = 1`).
    const row = /^\s*&/.test(written) && topLevelAmpersand(written.replace(/^\s*&/, '')) >= 0 ? written.replace(/^\s*&/, '') : written;
    // A row of dots stands for the rows between (\vdots alone, or with an empty or dotted cell on either side: `\vdots & `, `& \vdots`).
    if (row.trim() === '' || /^\s*(?:\\[vcd]?dots\s*(?:&\s*(?:\\[vcd]?dots)?\s*)?|&\s*\\[vcd]?dots\s*)$/.test(row)) continue;
    const at = topLevelAmpersand(row);
    // Without a column: the condition starts at its word (`-\log p \ if \ y = 1`), or is the
    // test in brackets that closes the row (`-log(h(x)), (y=1)`).
    const split = at >= 0 ? at : CONDITION_WORD.exec(row)?.index ?? TRAILING_TEST.exec(row)?.index ?? COLON_TEST.exec(row)?.index ?? -1;
    if (split < 0) return null;
    // A comma or full stop after the value (`-\log p, & y = 1`) ends the clause; braces round a cell only group it.
    const value = firstMember(unbraced(row.slice(0, split).replace(/(?:\\(?:[ ,;:!]|q?quad(?![A-Za-z]))|\\$|[,.;]|\s)+$/, '').trim()));
    cells.push([value, row.slice(at >= 0 ? split + 1 : split).replace(/^\s*(?:&+|:)/, '').trim()]);
  }
  return cells;
}

/** A test of a label against a constant in brackets at a row's end, after a comma or a space: `, (y=1)`. */
const TRAILING_TEST = /(?<=[,\s])\(\s*[A-Za-z][^()=<>]*(?:=|\\neq?|≠)\s*-?\w+\s*\)\s*[,.;]?\s*$/;

/** A test of a label against a constant after a colon, closing the row: `-\log(H(x)) : y=1`. */
const COLON_TEST = /\s*:\s*(?=[A-Za-z](?:_\{?\w+\}?)?\s*(?:=|\\neq?|≠)\s*-?\w+\s*[,.;]?\s*$)/;

/** `{-\log (p)}` → `-\log (p)`: one brace group round a whole cell, as some editors write every cell. */
function unbraced(cell: string): string {
  const text = cell.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0 && i < text.length - 1) return text;
  }
  return unbraced(text.slice(1, -1));
}

/** The word a row's condition starts with when no `&` sets it apart. */
const CONDITION_WORD = /(?:\\(?:text|mbox|mathrm|textrm)\s*\{\s*(?:if|when|for)\b[^{}]*\}|(?<![A-Za-z\\])(?:if|when)(?![A-Za-z]))/;

/**
 * `\log(1 + e^{-z}) = \zeta(-z)`, `L = -\log p`: a row's value written as a chain is its first
 * member with a log (the others name or restate it); a chain with no log stays whole.
 */
function firstMember(value: string): string {
  const members = topLevelArguments(value, '=');
  if (members.length === 1) return value;
  return members.find((member) => /(?:\\|\b)(?:log|ln)(?![A-Za-z])/.test(member)) ?? value;
}

function topLevelAmpersand(row: string): number {
  let depth = 0;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === '&' && depth === 0) return i;
  }
  return -1;
}

const OTHERWISE = /^(?:otherwise|else|sonst|sinon|en otro caso|de lo contrario|другое|иначе|否则|其他|それ以外|その他)$/i;

/** A row's condition without its words: `\text{if } y^{(i)} = 1,` → `y^{(i)}=1`; `otherwise` → 'otherwise'. */
export function conditionOf(cell: string): string {
  let text = unbraced(cell.replace(/^\s*&/, '')).replace(/\\(?:text|textrm|mathrm|mbox|textit)\s*\{([^{}]*)\}/g, ' $1 ');
  text = text.replace(/\\(?:(?:quad|qquad|space|enspace|thinspace|medspace|thickspace)(?![A-Za-z])|[,;:! ])/g, ' ').replace(/~/g, ' ');
  // A second column separator (`&& \text{if} …`) is spacing.
  text = text.replace(/[,.;:]\s*$/g, '').replace(/&/g, ' ').trim();
  const bare = text.replace(/\s+/g, ' ').trim();
  if (OTHERWISE.test(bare)) return 'otherwise';
  // Words around the test (if, for, when, si, wenn; nếu, 若, 当, 일 때 before or after it): a word with a
  // letter outside ASCII goes whole, its ASCII letters with it; signs such as ≠ stay.
  const withoutScripts = bare.split(' ').filter((word) => !/[^\x00-\x7F]/u.test(word.replace(/[^\p{L}]/gu, ''))).join(' ').replace(/[^\x00-\x7F\u2260]+/gu, ' ').trim();
  // (A word is a whole word before a space or a bracket: a label named by a word, `target = 1`, stays.)
  const test = withoutScripts.replace(/^(?:[A-Za-z]{2,}(?:\s+|(?=\()))+(?=[A-Za-z\\(])/u, '').replace(/\s+/g, '');
  // `(y=1)`, `\text{else } (y = 0)`: the test in brackets.
  return /^\([^()]*\)$/.test(test) ? test.slice(1, -1) : test;
}

const TEST = /^([^=<>]+)=(-?\d+|\\?[A-Za-z]+(?:_\{?[\w,]+\}?)?)$/;
const BINARY_OTHER: Record<string, string> = { '1': '0', '0': '1', '-1': '1' };

const NOT_EQUAL = /^([^=<>]+)(?:\\neq?|≠|!=|\\not=)(-?\d+)$/;

/** `y ≠ 1` beside the row for `y = 1`: the other rows of a binary label, read as "otherwise". */
function isOtherThan(test: string, label: string, tests: string[]): boolean {
  const match = NOT_EQUAL.exec(test);
  return match !== null && match[1] === label && tests.includes(`${label}=${match[2]}`);
}

/** The Iverson sum for a block's rows, or null when a row is not `value & label = constant`. */
export function casesAsIndicators(rows: [string, string][]): string | null {
  if (rows.length < 2) return null;
  const tests = rows.map(([, cell]) => conditionOf(cell));
  const guarded = zeroLogConvention(rows, tests);
  if (guarded !== null) return `\\left(${guarded}\\right)`;
  const label = tests.map((t) => TEST.exec(t)?.[1]).find((l) => l !== undefined);
  if (!label) return null;
  const values: string[] = [];
  for (const test of tests) {
    const match = TEST.exec(test);
    if (match && match[1] === label) values.push(match[2] as string);
    else if ((test === 'otherwise' || isOtherThan(test, label, tests)) && rows.length === 2) values.push('');
    else return null;
  }
  // "otherwise" beside one binary test is the other class.
  const given = values.find((v) => v !== '');
  // Class by class, y = k, and nothing otherwise (−Σ_k {log ŷ_k if y = k; 0 otherwise}): the class's indicator alone.
  const otherwise = values.indexOf('');
  if (otherwise >= 0 && given !== undefined && /^\\?[A-Za-z]/.test(given) && /^\s*0\s*$/.test(rows[otherwise]?.[0] ?? '')) {
    return `\\left([${label}=${given}]\\left(${rows[1 - otherwise]?.[0] ?? ''}\\right)\\right)`;
  }
  if (values.includes('')) {
    const other = given !== undefined ? BINARY_OTHER[given] : undefined;
    if (!other) return null;
    values[values.indexOf('')] = other;
  }
  if (new Set(values).size !== values.length) return null;
  const terms = rows.map(([value], i) => `[${label}=${values[i]}]\\left(${value}\\right)`);
  return `\\left(${terms.join(' + ')}\\right)`;
}

/**
 * 0 if p = 0, −p log p otherwise: the convention 0 · log 0 = 0 written out as two rows (or log(1e-50) put for log 0).
 * It chooses no class; the value is the other row's (the log of what the test sets to 0, or the weight it sets to 0).
 */
function zeroLogConvention(rows: [string, string][], tests: string[]): string | null {
  if (rows.length !== 2) return null;
  // The row's value is 0, or the log of a tiny number put where log 0 would be (t * log(1e-50)).
  const guardValue = (value: string) => /^\s*0\s*$/.test(value) || /(?:log|ln)\w*\s*\(\s*(?:\d[\d.]*\s*\\times\s*)?10\^\{-\d+\}\s*\)/.test(value);
  // The zero row tests p = 0, or is `otherwise` beside a row for p > 0 (R's ifelse(y > 0, y * log(p), 0)).
  const positive = (test: string | undefined) => /^([A-Za-z][\w{}]*(?:\[\w+\])*)(?:>|\\neq?|≠|!=)0$/.exec(test ?? '')?.[1];
  const zeroAt = rows.findIndex(([value], at) => guardValue(value) && (/=0$/.test(tests[at] ?? '') || (tests[at] === 'otherwise' && positive(tests[1 - at]) !== undefined)));
  const other = rows[1 - zeroAt]?.[0];
  const argument = tests[zeroAt] === 'otherwise' ? positive(tests[1 - zeroAt]) : tests[zeroAt]?.replace(/=0$/, '');
  if (zeroAt < 0 || other === undefined || !argument || !/^[A-Za-z][\w{}]*(?:\[\w+\])*$/.test(argument)) return null;
  const name = argument.replace(/[[\]{}]/g, '\\$&');
  const otherTest = tests[1 - zeroAt] ?? '';
  if (otherTest !== 'otherwise' && !new RegExp(`^${name}(?:>|\\\\neq?|≠|!=)0$`).test(otherTest)) return null;
  // The tested value is the log's argument, or the weight the value starts with (y · log p is 0 where y is).
  const logOf = new RegExp(String.raw`(?:log|ln)\w*\s*(?:_\{?\w+\}?)?\s*\(?\s*${name}(?![\w])`);
  const weightedBy = new RegExp(String.raw`^\s*${name}\s*(?:\*|\\cdot|(?=\\?(?:log|ln)(?![A-Za-z])))`);
  return logOf.test(other) || weightedBy.test(other) ? other : null;
}

/**
 * `if (p == 0) { 0 } else { -p * log2(p) }`, R's and C's conditional statement, and Python's `if y == 1:⏎ return
 * -log(p)⏎ else:⏎ return -log(1 - p)`: the same two rows as `0 if p = 0, -p * log2(p) otherwise`, which inline-cases
 * reads. A branch's `return` goes; branches that both set one name (`loss = …`) set it to the choice.
 */
export function conditionalStatements(tex: string): string {
  const choice = ifElse(tex);
  if (!choice) return tex;
  const [yes, no] = [branchValue(choice.yes), branchValue(choice.no)];
  const target = yes.target !== undefined && yes.target === no.target ? `${yes.target} = ` : '';
  if (yes.target !== no.target && target === '') return tex;
  return `${target}${yes.value} \\text{ if } ${choice.test}, \\; ${no.value} \\text{ otherwise}`;
}

/** A branch's value: after `return`, or after `name =` (the name as its target); a semicolon after it goes. */
function branchValue(branch: string): { value: string; target?: string } {
  const statement = branch.trim().replace(/;$/, '').trim();
  const returned = /^return\s+([\s\S]+)$/.exec(statement);
  if (returned) return { value: returned[1] as string };
  const assigned = /^([A-Za-z_][\w.]*)\s*=(?!=)\s*([\s\S]+)$/.exec(statement);
  return assigned ? { value: assigned[2] as string, target: assigned[1] as string } : { value: statement };
}

/** `y = 1:` or `y = 1 →` opening a clause: a test of a label against a number, then a colon or an arrow. */
const TEST_FIRST = /(?<![\w\\])([A-Za-z](?:_\{?\w+\}?)?\s*=\s*-?\d+)\s*(?::|\\(?:to|rightarrow|Rightarrow|implies|longrightarrow)(?![A-Za-z])|=>|⇒)\s*/g;

/**
 * `y = 1: ℓ = −ln ŷ   y = 0: ℓ = −ln(1 − ŷ)`, `y=1 → −log(p); y=0 → −log(1−p)`: each case's test written first, a colon or an arrow, then its value (as slides and
 * figures set them side by side): the same rows as `−ln ŷ if y = 1, −ln(1 − ŷ) if y = 0`, which inline-cases reads.
 */
export function testFirstCases(tex: string): string {
  const tests = [...tex.matchAll(TEST_FIRST)];
  if (tests.length < 2 || tests[0]?.index !== tex.search(/\S/)) return tex;
  const rows = tests.map((test, at) => {
    const value = tex.slice((test.index as number) + test[0].length, tests[at + 1]?.index ?? tex.length).replace(/(?:[\s,;.]|\\[ ,;:!]|\\q?quad(?![A-Za-z]))+$/, '');
    return `${firstMember(value)} \\text{ if } ${(test[1] as string).replace(/\s+/g, ' ')}`;
  });
  const labels = new Set(tests.map((test) => (test[1] as string).split('=')[0]?.trim()));
  return labels.size === 1 && rows.every((row) => /(?:log|ln)(?![A-Za-z])/.test(row)) ? rows.join(', \\; ') : tex;
}

/**
 * `\left\{ {\begin{array}{c} -\log h \\ -\log(1 - h) \end{array} \begin{array}{c} y = 1 \\ y = 0 \end{array}} \right.`:
 * an equation editor's (MathType, CodeCogs) two one-column arrays side by side, the values and their tests, are one
 * array of two columns; a brace group round the block inside the brace only groups.
 */
export function sideBySideArrays(tex: string): string {
  if (!/\\end\{array\}\s*\\begin\{array\}/.test(tex)) return tex;
  return tex
    .replace(/\\begin\{array\}\{c\}((?:(?!\\(?:begin|end)\{)[\s\S])*)\\end\{array\}\s*\\begin\{array\}\{c\}((?:(?!\\(?:begin|end)\{)[\s\S])*)\\end\{array\}/g, (whole, values: string, tests: string) => {
      const [left, right] = [splitRows(values), splitRows(tests)].map((rows) => rows.map((row) => row.trim()).filter((row) => row !== ''));
      if (!left || !right || left.length !== right.length || left.length < 2) return whole;
      return `\\begin{array}{cc} ${left.map((value, at) => `${value} & ${right[at] as string}`).join(' \\\\ ')} \\end{array}`;
    })
    .replace(/(\\left\s*\\\{\s*)\{\s*(\\begin\{array\}[\s\S]*?\\end\{array\})\s*\}(\s*\\right\s*\.)/g, '$1$2$3');
}

// The brace may be typed without \left (and so without \right. after the block), or as \lbrace.
const BLOCK = /(?:(?:\\left\s*)?(?:\\\{|\\lbrace(?![A-Za-z]))\s*\\begin\{(?:array\}\s*\{[^{}]*\}|aligned\}|matrix\})([\s\S]*?)\\end\{(?:array|aligned|matrix)\}(?:\s*\\right\s*\.)?)|(?:(?:\\left\s*\\\{\s*)?\\begin\{(d?cases)\}([\s\S]*?)\\end\{\2\}(?:\s*\\right\s*\.)?)/g;

/** Every case block of tests on one label → its sum of Iverson brackets. */
export function casesBlocks(tex: string): string {
  if (!tex.includes('\\begin{')) return tex;
  return tex.replace(BLOCK, (whole, arrayBody: string | undefined, _env: string | undefined, casesBody: string | undefined) => {
    const body = arrayBody ?? casesBody ?? '';
    if (body.includes('\\begin{')) return whole;
    const rows = rowsOf(body);
    return (rows && casesAsIndicators(rows)) ?? whole;
  });
}

/** Where a row of an inline case list ends: a top-level comma or semicolon (spaces after it), or a `\\`. */
const ROW_END = /^(?:[,;]|\\\\)(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))*/;
/** `otherwise`, `else` at a row's end, as a word or in \text{…}. */
const OTHERWISE_WORD = /(?:\\(?:text|mbox|mathrm|textrm)\s*\{\s*(?:otherwise|else)\s*\}|(?<![A-Za-z\\])(?:otherwise|else)(?![A-Za-z]))\s*$/;

/**
 * The same cases written on one line, after the last `=`: `−log p \text{ if } y = 1, \; −log(1 − p) \text{ otherwise}`.
 * Rows end at a top-level comma, semicolon or `\\` after which the next value starts; each row
 * but an "otherwise" one names its test with a word (if, when, for).
 */
export function inlineCases(tex: string): string {
  const firstTest = CONDITION_WORD.exec(tex);
  if (!firstTest || tex.includes('\\begin{')) return tex;
  // The loss's own `=`, before the first row's test (the tests hold `=` too).
  const equals = lastTopLevel(tex.slice(0, firstTest.index), '=');
  const head = tex.slice(0, equals + 1);
  const rest = tex.slice(equals + 1);
  const rows: [string, string][] = [];
  let depth = 0;
  let start = 0;
  const closeRow = (end: number): boolean => {
    const row = rest.slice(start, end).trim();
    const word = CONDITION_WORD.exec(row) ?? OTHERWISE_WORD.exec(row);
    if (!word || word.index === 0) return false;
    rows.push([row.slice(0, word.index).replace(/(?:\\(?:[ ,;:!]|q?quad(?![A-Za-z]))|\s)+$/, '').trim(), row.slice(word.index).trim()]);
    return true;
  };
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '{' || ch === '(' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ')' || ch === ']') depth -= 1;
    const end = depth === 0 ? ROW_END.exec(rest.slice(i)) : null;
    if (end && end[0] !== '' && (ch !== '\\' || rest[i + 1] === '\\')) {
      // A comma inside a test (y = 1, 2) is no row's end: only one after a complete row is.
      if (closeRow(i)) start = i + end[0].length;
      i += end[0].length - 1;
    } else if (ch === '\\') i += 1;
  }
  if (!closeRow(rest.length) || rows.length < 2) return tex;
  const sum = casesAsIndicators(rows);
  return sum ? `${head} ${sum}` : tex;
}

/** `A if c else B` as a code expression writes a choice, the `if` and `else` bare or in \text{…}. */
const CONDITIONAL_EXPRESSION = /^([\s\S]*?(?:\\text\s*\{\s*if\s*\}|(?<![A-Za-z\\])if(?![A-Za-z]))[\s\S]+?)\s*(?:\\text\s*\{\s*else\s*\}|(?<![A-Za-z\\])else(?![A-Za-z]))\s*([\s\S]*\S[\s\S]*)$/;

/**
 * `−log p if y = 1 else −log(1 − p)`, Python's conditional expression (in a docstring or set in
 * \text): the same two rows as `−log p if y = 1, −log(1 − p) otherwise`, which inline-cases reads.
 */
export function conditionalExpressions(tex: string): string {
  if (!/else/.test(tex)) return tex;
  const match = CONDITIONAL_EXPRESSION.exec(tex);
  if (!match || /(?<![A-Za-z\\])else(?![A-Za-z])/.test(match[2] as string)) return tex;
  return `${match[1]}, \\; ${match[2]} \\text{ otherwise}`;
}

/** The index of the last `char` outside braces and brackets, or −1. */
function lastTopLevel(tex: string, char: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') i += 1;
    else if (ch === '{' || ch === '(' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ')' || ch === ']') depth -= 1;
    else if (ch === char && depth === 0) found = i;
  }
  return found;
}

/** A test opening a row: `if y=1 \\rightarrow`, `y = 0 \\Rightarrow`, `\\text{if } y=1,` (a word, an arrow, or both). */
const LEADING_TEST = /^\s*(?:(\\text\s*\{\s*(?:if|when)\s*\}|(?<![A-Za-z\\])(?:if|when)(?![A-Za-z]))(?:\\[ ,;:!]|\\q?quad(?![A-Za-z])|\s|~)*)?(\(?\s*[A-Za-z](?:_\{?\w+\}?|\^\{?\(\w\)\}?)*\s*=\s*-?\d+\s*\)?)\s*(\\(?:rightarrow|Rightarrow|to|implies|longrightarrow)(?![A-Za-z])|→|⇒|,|:)?\s*/;

/**
 * The equation written again on each row, each with its test: `if y=1 → cost(h, y) = −log h \\\\
 * if y=0 → cost(h, y) = −log(1 − h)` (the test before an arrow, or after the value with its word).
 * With one left side on every row, the rows are one loss's cases: `cost(h, y) = [y=1](−log h) + …`.
 */
export function repeatedEquationRows(tex: string): string {
  if (!tex.includes('\\\\') || tex.includes('\\begin{')) return tex;
  const rows = splitRows(tex).filter((row) => row.trim() !== '');
  if (rows.length < 2) return tex;
  let side: string | null = null;
  let written = '';
  const cases: [string, string][] = [];
  for (const row of rows) {
    let equation = row;
    let test: string;
    const leading = LEADING_TEST.exec(row);
    // A test before the equation needs its word or an arrow (a bare `y = 1` may be the equation itself).
    if (leading && (leading[1] !== undefined || (leading[3] !== undefined && leading[3] !== ','))) {
      test = leading[2] as string;
      equation = row.slice(leading[0].length);
    } else {
      const word = CONDITION_WORD.exec(row);
      if (!word) return tex;
      test = row.slice(word.index);
      equation = row.slice(0, word.index).replace(/(?:\\(?:[ ,;:!]|q?quad(?![A-Za-z]))|[,;]|\s)+$/, '');
    }
    const equals = lastTopLevel(equation, '=');
    if (equals <= 0) return tex;
    const left = equation.slice(0, equals).replace(/\s+/g, '');
    if (side !== null && left !== side) return tex;
    if (side === null) written = equation.slice(0, equals).trim();
    side = left;
    cases.push([equation.slice(equals + 1).trim(), test]);
  }
  const sum = casesAsIndicators(cases);
  return sum ? `${written} = ${sum}` : tex;
}

/** `tex` split at its top-level `\\\\`. */
function splitRows(tex: string): string[] {
  const rows: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\' && tex[i + 1] === '\\' && depth === 0) {
      rows.push(tex.slice(start, i));
      i += 1;
      start = i + 1;
    } else if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
  }
  rows.push(tex.slice(start));
  return rows;
}

defineTextRule({ name: 'cases-blocks', order: 35, apply: casesBlocks });
defineTextRule({ name: 'side-by-side-arrays', order: 34.9, apply: sideBySideArrays });
defineTextRule({ name: 'repeated-equation-rows', order: 35.45, apply: repeatedEquationRows });
defineTextRule({ name: 'conditional-expressions', order: 35.4, apply: conditionalExpressions });
defineTextRule({ name: 'conditional-statements', order: 35.39, apply: conditionalStatements });
defineTextRule({ name: 'test-first-cases', order: 35.38, apply: testFirstCases });
defineTextRule({ name: 'inline-cases', order: 35.5, apply: inlineCases });
