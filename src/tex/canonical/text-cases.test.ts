import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { casesBlocks, conditionOf, conditionalExpressions, conditionalStatements, inlineCases, repeatedEquationRows, sideBySideArrays, testFirstCases } from './text-cases';

describe('text rules: a loss written case by case', () => {
  it('repeated-equation-rows: the equation written again on each row with its test is one loss by cases', () => {
    const rows = 'if\\ \\ y=1 \\rightarrow cost(H(x), y) = -log(H(x)) \\\\ if\\ \\ y=0 \\rightarrow cost(H(x),y) = -log(1-H(x))';
    expect(repeatedEquationRows(rows)).toBe('cost(H(x), y) = \\left([y=1]\\left(-log(H(x))\\right) + [y=0]\\left(-log(1-H(x))\\right)\\right)');
    expect(recogniseFormula(rows)?.kind).toBe('ce_binary');
    // The test after the value, with its word; or before an arrow without one.
    expect(recogniseFormula('L = -\\log p \\text{ if } y=1 \\\\ L = -\\log(1-p) \\text{ if } y=0')?.kind).toBe('ce_binary');
    expect(recogniseFormula('y=1 \\Rightarrow L = -\\log p \\\\ y=0 \\Rightarrow L = -\\log(1-p)')?.kind).toBe('ce_binary');
    // Rows without tests, or with different left sides, stay as written.
    expect(repeatedEquationRows('a = b \\\\ c = d')).toBe('a = b \\\\ c = d');
    expect(repeatedEquationRows('y=1 \\Rightarrow L = -\\log p \\\\ y=0 \\Rightarrow M = 0')).toBe('y=1 \\Rightarrow L = -\\log p \\\\ y=0 \\Rightarrow M = 0');
  });

  it('conditionOf: the test without its words', () => {
    expect(conditionOf('\\text{if } y = 1,')).toBe('y=1');
    // A second column separator, and words in other scripts whole (nếu, の場合).
    expect(conditionOf('&\\text{ if } y = 1')).toBe('y=1');
    expect(conditionOf('\\text{nếu } y = 1')).toBe('y=1');
    expect(conditionOf('y = 0 \\text{ の場合}')).toBe('y=0');
    expect(conditionOf('\\quad \\text{si}\\ t_n=0')).toBe('t_n=0');
    expect(conditionOf('\\text{otherwise}')).toBe('otherwise');
    expect(conditionOf('x > 0')).toBe('x>0');
    expect(conditionOf('t=0 \\text{ 일 때}')).toBe('t=0');
    expect(conditionOf('\\text{当 } t=1 \\text{ 时}')).toBe('t=1');
  });

  it('conditional-expressions: A if c else B is two rows, the second the otherwise', () => {
    expect(conditionalExpressions('-log(p) if y == 1 else -log(1 - p)')).toBe('-log(p) if y == 1, \\; -log(1 - p) \\text{ otherwise}');
    expect(conditionalExpressions('-\\log p \\text{ if } y = 1 \\text{ else } -\\log(1-p)')).toBe('-\\log p \\text{ if } y = 1, \\; -\\log(1-p) \\text{ otherwise}');
    // No if before it, nothing after it, or a second else (a chain of choices): as written.
    for (const tex of ['a \\text{ else } b', 'a if c else', 'a if c else b if d else e']) expect(conditionalExpressions(tex)).toBe(tex);
    expect(recogniseFormula('loss = -math.log(p) if y == 1 else -math.log(1 - p)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('\\ell = -\\ln q \\text{ if } t = 1 \\text{ else } -\\ln(1-q)')?.kind).toBe('ce_binary');
  });

  it('conditional-statements: if (c) { A } else { B } is two rows, the second the otherwise', () => {
    expect(conditionalStatements('if (u == 1) { -log(v) } else { -log(1 - v); }')).toBe('-log(v) \\text{ if } u == 1, \\; -log(1 - v) \\text{ otherwise}');
    expect(recogniseFormula('if (u == 1) { -log(v) } else { -log(1 - v) }')?.kind).toBe('ce_binary');
    expect(conditionalStatements('x = if (u) a else b')).toBe('x = if (u) a else b');
  });

  it('test-first-cases: each test, a colon, then its value, is a row of the cases', () => {
    expect(testFirstCases('u = 1:  e = −ln v   u = 0:  e = −ln(1 − v)')).toBe('−ln v \\text{ if } u = 1, \\; −ln(1 − v) \\text{ if } u = 0');
    expect(recogniseFormula('u=1: -log(v), u=0: -log(1-v)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('u=1 → −log(v); u=0 → −log(1−v)')?.kind).toBe('ce_binary');
    expect(testFirstCases('u = 1 \\Rightarrow -\\log v,\\ u = 0 \\Rightarrow -\\log(1-v)')).toBe('-\\log v \\text{ if } u = 1, \\; -\\log(1-v) \\text{ if } u = 0');
    // Tests of two labels, values with no log, or a test that does not open the formula: left alone.
    expect(testFirstCases('u = 1: -log(v), w = 0: -log(1-v)')).toBe('u = 1: -log(v), w = 0: -log(1-v)');
    expect(testFirstCases('u = 1: a, u = 0: b')).toBe('u = 1: a, u = 0: b');
    expect(testFirstCases('e = -log(v), u = 1: x, u = 0: z')).toBe('e = -log(v), u = 1: x, u = 0: z');
  });

  it('side-by-side-arrays: an editor\'s column of values beside a column of tests is one array of two columns', () => {
    expect(sideBySideArrays('\\begin{array}{c} a \\\\ b \\end{array} \\begin{array}{c} u = 1 \\\\ u = 0 \\end{array}')).toBe('\\begin{array}{cc} a & u = 1 \\\\ b & u = 0 \\end{array}');
    const tex = 'C = \\left\\{ {\\begin{array}{c} { - \\log (v)} \\\\ { - \\log (1 - v)} \\end{array} \\begin{array}{c} {u = 1} \\\\ {u = 0} \\end{array} } \\right.';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary');
    // Columns of different lengths stay apart.
    expect(sideBySideArrays('\\begin{array}{c} a \\\\ b \\end{array} \\begin{array}{c} u = 1 \\end{array}')).toBe('\\begin{array}{c} a \\\\ b \\end{array} \\begin{array}{c} u = 1 \\end{array}');
  });

  it('reads 0 if p = 0, −p log p otherwise as the convention 0 log 0 = 0: the other row, no choice of class', () => {
    expect(recogniseFormula('if(v == 0) { 0 } else { - v * log2(v) }')?.kind).toBe('entropy');
    expect(recogniseFormula('h = \\begin{cases} 0 & v = 0 \\\\ -v \\log_2 v & \\text{otherwise} \\end{cases}')?.kind).toBe('entropy');
    expect(recogniseFormula('h = \\begin{cases} 0 & v = 0 \\\\ -u \\log v & v > 0 \\end{cases}')?.kind).toBe('ce_multiclass');
    // The log of a tiny number put where log 0 would be is the same guard.
    expect(recogniseFormula('if (v[i] == 0) s += u[i] * log(1e-50); else s += u[i] * log(v[i]);')?.kind).toBe('log_likelihood');
  });

  it('inline-cases: the same rows on one line, each ending at a comma, a semicolon or \\\\', () => {
    expect(inlineCases('L(p) = -\\log(p) \\text{ if } y = 1, \\; -\\log(1-p) \\text{ otherwise}')).toBe('L(p) = \\left([y=1]\\left(-\\log(p)\\right) + [y=0]\\left(-\\log(1-p)\\right)\\right)');
    for (const tex of [
      'L = -\\log \\hat y \\text{ if } y=1; \\quad -\\log(1-\\hat y) \\text{ if } y=0',
      '\\text{Cost} = -\\log(h(x)) \\text{ if } y = 1,\\ -\\log(1-h(x)) \\text{ if } y = 0',
      '-\\log(p) \\text{ when } y = 1 \\\\ -\\log(1-p) \\text{ when } y = 0',
    ]) {
      expect(recogniseFormula(tex)?.kind, tex).toBe('ce_binary');
    }
    // Tests that are no label against a constant stay as written.
    const relu = 'f(x) = x \\text{ if } x > 0, 0 \\text{ otherwise}';
    expect(inlineCases(relu)).toBe(relu);
    expect(recogniseFormula(relu)).toBeNull();
  });

  it('cases-blocks: rows of value & label = constant become Iverson brackets', () => {
    expect(casesBlocks('\\begin{cases} -\\ln q & t = 1 \\\\ -\\ln(1-q) & t = 0 \\end{cases}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // "otherwise" beside one binary test is the other class.
    expect(casesBlocks('\\begin{cases} a & \\text{if } s = -1 \\\\ b & \\text{else} \\end{cases}')).toBe('\\left([s=-1]\\left(a\\right) + [s=1]\\left(b\\right)\\right)');
    // Not tests of one label against constants: as written.
    const piecewise = '\\begin{cases} \\log p & x > 0 \\\\ \\log(1-p) & x \\le 0 \\end{cases}';
    expect(casesBlocks(piecewise)).toBe(piecewise);
    // A row's value written as a chain is its member with a log (another name or a restatement beside it).
    expect(casesBlocks('\\begin{cases} \\log(1 + e^{-u}) = \\zeta(-u), & t=1\\\\ \\log(1 + e^{u}) = \\zeta(u), & t=0 \\end{cases}')).toBe('\\left([t=1]\\left(\\log(1 + e^{-u})\\right) + [t=0]\\left(\\log(1 + e^{u})\\right)\\right)');
    expect(casesBlocks('\\begin{cases} L = -\\ln q & t = 1 \\\\ L = -\\ln(1-q) & t = 0 \\end{cases}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // The brace typed without \\left and \\right., or as \\lbrace.
    expect(casesBlocks('\\{ \\begin{array}{ll} -\\ln q & t = 1 \\\\ -\\ln(1-q) & t = 0 \\end{array}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    expect(casesBlocks('\\lbrace \\begin{array}{ll} -\\ln q & t = 1 \\\\ -\\ln(1-q) & t = 0 \\end{array}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // aligned's marks: each row opens with & and sets its test apart with &&.
    expect(casesBlocks('\\left\\{ \\begin{aligned} &-\\ln q, && \\text{if } t = 1 \\\\ &-\\ln(1-q), && \\text{if } t = 0 \\end{aligned} \\right.')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // A row of dots, with or without an empty cell, stands for the rows between.
    expect(casesBlocks('\\begin{cases} a_1 & y = 1 \\\\ \\vdots & \\\\ a_K & y = K \\end{cases}')).toBe('\\left([y=1]\\left(a_1\\right) + [y=K]\\left(a_K\\right)\\right)');
    expect(casesBlocks('\\begin{cases} a_1 & y = 1 \\\\ \\vdots & \\vdots \\\\ a_K & y = K \\end{cases}')).toBe('\\left([y=1]\\left(a_1\\right) + [y=K]\\left(a_K\\right)\\right)');
    // The dots in the condition's column, the value's cell empty.
    expect(casesBlocks('\\begin{cases} a_1 & y = 1 \\\\ & \\vdots \\\\ a_K & y = K \\end{cases}')).toBe('\\left([y=1]\\left(a_1\\right) + [y=K]\\left(a_K\\right)\\right)');
    // A brace and aligned rows whose condition starts at its word, with no column.
    expect(casesBlocks('\\left\\{ \\begin{aligned} a \\ if \\ s = 1 \\\\ b \\quad \\text{if } s = 0 \\end{aligned} \\right.')).toBe('\\left([s=1]\\left(a\\right) + [s=0]\\left(b\\right)\\right)');
    const twoLabels = '\\begin{cases} a & u = 1 \\\\ b & v = 0 \\end{cases}';
    expect(casesBlocks(twoLabels)).toBe(twoLabels);
  });

  it('cases-blocks: cells in braces, a comma after the value, and a bracketed test that closes the row', () => {
    expect(conditionOf('{\\text {if}\\ y=1}')).toBe('y=1');
    expect(conditionOf('(y=0)')).toBe('y=0');
    expect(conditionOf('\\text{else } (y=0)')).toBe('y=0');
    for (const tex of [
      '\\operatorname{CE}(p, y)=\\left\\{\\begin{array}{ll}{-\\log (p)} & {\\text {if}\\ y=1} \\\\ {-\\log (1-p)} & {\\text {otherwise}}\\end{array}\\right.',
      'C(h(x), y) = \\begin{cases} -log(h(x)), (y=1) \\\\ -log(1-h(x)), (y=0) \\end{cases}',
      'C = \\begin{cases} -\\log(q), & (t=1) \\\\ -\\log(1-q), & (t=0) \\end{cases}',
    ]) {
      expect(recogniseFormula(tex)?.kind, tex).toBe('ce_binary');
    }
    // A bracketed test that is no label against a constant leaves the block as written.
    const piecewise = '\\begin{cases} x, (x > 0) \\\\ 0, (x \\le 0) \\end{cases}';
    expect(casesBlocks(piecewise)).toBe(piecewise);
    // A row's value written as a chain is its member with a log (another name or a restatement beside it).
    expect(casesBlocks('\\begin{cases} \\log(1 + e^{-u}) = \\zeta(-u), & t=1\\\\ \\log(1 + e^{u}) = \\zeta(u), & t=0 \\end{cases}')).toBe('\\left([t=1]\\left(\\log(1 + e^{-u})\\right) + [t=0]\\left(\\log(1 + e^{u})\\right)\\right)');
    expect(casesBlocks('\\begin{cases} L = -\\ln q & t = 1 \\\\ L = -\\ln(1-q) & t = 0 \\end{cases}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // The brace typed without \\left and \\right., or as \\lbrace.
    expect(casesBlocks('\\{ \\begin{array}{ll} -\\ln q & t = 1 \\\\ -\\ln(1-q) & t = 0 \\end{array}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    expect(casesBlocks('\\lbrace \\begin{array}{ll} -\\ln q & t = 1 \\\\ -\\ln(1-q) & t = 0 \\end{array}')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
    // aligned's marks: each row opens with & and sets its test apart with &&.
    expect(casesBlocks('\\left\\{ \\begin{aligned} &-\\ln q, && \\text{if } t = 1 \\\\ &-\\ln(1-q), && \\text{if } t = 0 \\end{aligned} \\right.')).toBe('\\left([t=1]\\left(-\\ln q\\right) + [t=0]\\left(-\\ln(1-q)\\right)\\right)');
  });

  it.each([
    ['cases with if', 'L = \\begin{cases} -\\log \\hat q & \\text{if } c = 1 \\\\ -\\log(1-\\hat q) & \\text{if } c = 0 \\end{cases}', 'ce_binary'],
    ['a brace and array, Unicode minus', 'E = \\left\\{ \\begin{array}{ll} −\\ln(a), & \\text{when } t=1, \\\\ −\\ln(1−a), & \\text{when } t = 0 \\end{array} \\right.', 'ce_binary'],
    ['aligned rows in a brace, plain-text if', 'C(g, v) = \\left\\{ \\begin{aligned} -log(g(u)) \\ if \\ v = 1 \\\\ -log(1 - g(u)) \\ if \\ v = 0 \\end{aligned} \\right.', 'ce_binary'],
    ['otherwise', '\\ell(s, z) = \\begin{cases} -\\log\\sigma(z) & s = 1 \\\\ -\\log(1-\\sigma(z)) & \\text{otherwise} \\end{cases}', 'ce_binary'],
    // The chain that writes the loss out names the kind, as readers label such a block.
    // J averages the per-sample cost c over the samples: the batch loss (per-sample-reduction.ts).
    ['a mean of a per-sample cost defined by cases', 'J = \\frac{1}{n}\\sum_{j=1}^{n} c(g(u_j), v_j), \\quad c(g(u), v) = \\begin{cases} -\\log g(u) & v = 1 \\\\ -\\log(1 - g(u)) & v = 0 \\end{cases}', 'ce_binary_batch'],
    ['the second class as the first’s negation, v ≠ 1', 'c(g, v) = \\begin{cases} -\\ln g & \\text{if } v = 1 \\\\ -\\ln(1 - g) & \\text{if } v \\neq 1 \\end{cases}', 'ce_binary'],
    ['class by class with nothing otherwise', 'E = -\\sum_{j=1}^{M} \\begin{cases} \\ln q_j & \\text{if } c = j \\\\ 0 & \\text{otherwise} \\end{cases}', 'ce_multiclass'],
    ['numbered classes with a row of dots in the test column', 'E(\\mathbf{q}, c) = \\begin{cases} -\\ln(q_1), & \\text{if } c = 1 \\\\ & \\vdots \\\\ -\\ln(q_M), & \\text{if } c = M \\end{cases}', 'ce_multiclass'],
    ['class by class over the samples', 'E = -\\sum_n \\sum_{j} \\begin{cases} \\ln q_{nj} & c_n = j \\\\ 0 & \\text{sonst} \\end{cases}', 'ce_multiclass_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBe(kind);
  });

  it.each([
    ['a label table', 'y = \\begin{cases} 1 & \\text{if } s = 1 \\\\ 0 & \\text{if } s = 0 \\end{cases}'],
    ['a piecewise log', 'f(x) = \\begin{cases} \\log x & x > 0 \\\\ 0 & x \\le 0 \\end{cases}'],
    ['a test against a number with nothing otherwise', 'E = -\\sum_j \\begin{cases} \\ln q_j & c = 1 \\\\ 0 & \\text{otherwise} \\end{cases}'],
    ['a negation of another value', 'c(g, v) = \\begin{cases} -\\ln g & v = 1 \\\\ -\\ln(1 - g) & v \\neq 2 \\end{cases}'],
    ['one case alone per class of a probability', 'P(y) = \\begin{cases} p & y = 1 \\\\ 1 - p & y = 0 \\end{cases}'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBeNull();
  });

  it('keeps a label named by a word whole in a test (target = 1)', () => {
    expect(conditionOf('\\text{if } target = 1')).toBe('target=1');
    expect(conditionOf('if(y = 1)')).toBe('y=1');
  });

  it("conditional-statements: Python's if/else lines and branches that return or set one name", () => {
    expect(conditionalStatements('if y = 1:\n    return -\\log(q)\nelse:\n    return -\\log(1 - q)')).toBe('-\\log(q) \\text{ if } y = 1, \\; -\\log(1 - q) \\text{ otherwise}');
    expect(conditionalStatements('if (y = 1) l = -\\log(q); else l = -\\log(1 - q);')).toBe('l = -\\log(q) \\text{ if } y = 1, \\; -\\log(1 - q) \\text{ otherwise}');
    // Branches that set different names are two statements, not one choice.
    expect(conditionalStatements('if (y = 1) a = 1; else b = 2;')).toBe('if (y = 1) a = 1; else b = 2;');
    expect(recogniseFormula('if y == 1:\n    return -np.log(yHat)\nelse:\n    return -np.log(1 - yHat)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('if (y == 1) { return -log(p); } else { return -log(1 - p); }')?.kind).toBe('ce_binary');
  });

  it('cases-blocks: a row whose test follows a colon (a matrix inside a brace)', () => {
    expect(recogniseFormula('c(H(x),y) =\\left\\{\\begin{matrix}-log(H(x)) : y=1\\\\ -log(1-H(x)) : y=0\\end{matrix}\\right.')?.kind).toBe('ce_binary');
    // A colon that is no test's (a ratio, a definition) leaves the block as written.
    expect(casesBlocks('\\left\\{\\begin{matrix} a : b \\\\ c : d \\end{matrix}\\right.')).toBe('\\left\\{\\begin{matrix} a : b \\\\ c : d \\end{matrix}\\right.');
  });

  it('cases-blocks: the zero row beside a row for y > 0 (R ifelse) sets aside the terms whose weight is zero', () => {
    expect(recogniseFormula('po <- -rowSums(ifelse(y > 0, y * log(p), 0))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('h = -np.sum(np.where(p > 0, p * np.log(p), 0))')?.kind).toBe('entropy');
    // A row that is no weighted log is left to the other rules.
    expect(recogniseFormula('l = -np.sum(np.where(y > 0, np.log(p), 0))')).toBeNull();
  });

  it('conditionOf: \\space and its kin are spacing in a condition', () => {
    expect(conditionOf('\\text{if} \\space y = 1')).toBe('y=1');
    expect(recogniseFormula('cost = \\left \\{\n  \\begin{align}\n  -\\log(\\hat{p}) \\space, \\text{if} \\space y = 1 \\\\\n  -\\log(1 - \\hat{p}) \\space, \\text{if} \\space y = 0\n  \\end{align}\n\\right.')?.roles).toEqual({ target: 'y', prediction: '\\hat{p}' });
  });
});
