import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracketOpenAtRelation, complementClosedLate, emptySubscripts, indexCaseSlips, equalsAfterOperator, lateLogBraces, minusForEqualsInLimits, unclosedLogBrackets } from './text-typos';

describe('text rules: slips a reader reads through', () => {
  it('complement-closed-late: a complement\'s bracket typed round the log after it closes after the label', () => {
    expect(complementClosedLate('\\sum_{i}(y_i\\log a_i + (1-y_i \\log (1-a_i)))')).toBe('\\sum_{i}(y_i\\log a_i + (1-y_i) \\log (1-a_i))');
    expect(recogniseFormula('L = -\\frac{1}{n}\\sum_{i=0}^{n}(y_i\\log a_i + (1-y_i \\log (1-a_i)))')?.kind).toBe('ce_binary_batch');
    // The log as authors type it: set upright, after a thin space or a \\cdot.
    expect(complementClosedLate('(y_i\\mathrm{log} a_i + (1-y_i \\mathrm{log} (1-a_i)))')).toBe('(y_i\\mathrm{log} a_i + (1-y_i) \\mathrm{log} (1-a_i))');
    expect(complementClosedLate('(y_i \\cdot \\log a_i + (1-y_i \\cdot \\log (1-a_i)))')).toBe('(y_i \\cdot \\log a_i + (1-y_i) \\cdot \\log (1-a_i))');
    // Without the label's own term beside it, the bracket is as written.
    expect(complementClosedLate('(1-y \\log x)')).toBe('(1-y \\log x)');
    expect(complementClosedLate('a\\log b + (1-y \\log x)')).toBe('a\\log b + (1-y \\log x)');
  });

  it('equals-after-operator: an equals sign between a sum\'s limits and its bracketed body is dropped', () => {
    expect(equalsAfterOperator('-\\sum_{n=1}^{N}=\\{t_n \\ln y_n\\}')).toBe('-\\sum_{n=1}^{N} \\{t_n \\ln y_n\\}');
    expect(equalsAfterOperator('\\prod_i = (a_i)')).toBe('\\prod_i  (a_i)');
    // After a summand, or with no limits, or before no bracket, the sign stays.
    expect(equalsAfterOperator('\\sum_i p_i = (a)')).toBe('\\sum_i p_i = (a)');
    expect(equalsAfterOperator('\\sum = 1')).toBe('\\sum = 1');
    expect(equalsAfterOperator('\\sum_i = 1')).toBe('\\sum_i = 1');
    expect(recogniseFormula('E(w)=-lnP(t|w)=-\\overset{N}{\\underset{n=1}{\\sum}}=\\{t_n \\ln y_n + (1-t_n)\\ln(1-y_n)\\}')?.kind).toBe('ce_binary_batch');
  });


  it('minus-for-equals-in-limits: an index minus one under Σ or Π with a bound over it is the index from one', () => {
    expect(minusForEqualsInLimits('\\sum^{M}_{j-1} a_j + \\prod_{n-1}^{N} b_n')).toBe('\\sum^{M}_{j=1} a_j + \\prod_{n=1}^{N} b_n');
    // Without a bound the subscript may be meant: it stays.
    expect(minusForEqualsInLimits('\\sum_{j-1} a')).toBe('\\sum_{j-1} a');
    expect(recogniseFormula('E = -\\frac{1}{M}\\sum^{M}_{j-1}{s^{(j)}\\ln{r^{(j)}}+(1-s^{(j)})\\ln{(1-r^{(j)})}}')?.roles).toMatchObject({ sampleIndex: 'j', sampleBound: 'M' });
  });

  it('bracket-open-at-relation: a bracket still open at the next equals sign closes there, row by row', () => {
    expect(bracketOpenAtRelation('L = -(0 log(0.3) + 1 log(0.4) = 0.91 \\\\ M = -(1 log(0.1) = 2.30')).toBe('L = -(0 log(0.3) + 1 log(0.4)) = 0.91 \\\\ M = -(1 log(0.1)) = 2.30');
    // A test inside a call's bracket that closes later: as written.
    expect(bracketOpenAtRelation('P(y = 1 | x) = \\sigma(z)')).toBe('P(y = 1 | x) = \\sigma(z)');
    expect(recogniseFormula('\\text{sample}\\ 1\\ \\text{loss} = -(0\\times log(0.3) + 0\\times log(0.3) + 1\\times log(0.4) = 0.9')?.kind).toBe('ce_multiclass');
  });

  it('empty-subscripts: the subscript the letter carries elsewhere, or the one a sum runs over', () => {
    expect(emptySubscripts('t_n \\log q_n + (1 - t_) \\log(1 - q_n)')).toBe('t_n \\log q_n + (1 - t_{n}) \\log(1 - q_n)');
    expect(emptySubscripts('L(t_1, t_m) = \\sum_{j=1}^m t_j \\ln o_j + (1-t_{})\\ln(1-o_j)')).toBe('L(t_1, t_m) = \\sum_{j=1}^m t_j \\ln o_j + (1-t_{j})\\ln(1-o_j)');
    // The sum's index found past \\limits and spaces, as a Unicode sign leaves them.
    expect(emptySubscripts('\\sum \\limits_{i=1}^n y_i \\ln a_i + (1-y_)\\ln (1-a_i)')).toBe('\\sum \\limits_{i=1}^n y_i \\ln a_i + (1-y_{i})\\ln (1-a_i)');
    // A sign straight after the underscore names a class: w_+ is the positive class's weight.
    expect(emptySubscripts('w_+ y \\log p + w_- (1-y) \\log(1-p_-)')).toBe('w_{+} y \\log p + w_{-} (1-y) \\log(1-p_{-})');
    expect(recogniseFormula('\\mathcal{L}=-\\frac{1}{n}\\sum_i \\left[w_+ y_i\\log p_i+(1-y_i)\\log(1-p_i)\\right]')?.roles.weight).toBe('w_+');
    // Raised too: p_+^{y} p_-^{1 − y} is each class's probability to its power.
    expect(emptySubscripts('p_+^{y}p_-^{1-y}')).toBe('p_{+}^{y}p_{-}^{1-y}');
    expect(recogniseFormula('P(y) = p_+^{y}p_-^{1-y}')?.kind).toBe('likelihood_product');
    expect(emptySubscripts('\\left(1 - b_\\right) + b_k')).toBe('\\left(1 - b_{k}\\right) + b_k');
    // Nothing to choose from: the letter alone. A subscript that follows stays.
    expect(emptySubscripts('-(u_ \\log v)')).toBe('-(u \\log v)');
    expect(emptySubscripts('y_ i + \\sum_{k} x_k')).toBe('y_ i + \\sum_{k} x_k');
  });

  it('unclosed-log-brackets: a log left open over the next term closes before its +', () => {
    expect(unclosedLogBrackets('-[u\\log(v + (1-u) \\log(1-v)]')).toBe('-[u\\log(v) + (1-u) \\log(1-v)]');
    expect(unclosedLogBrackets('a \\operatorname{log}\\,(g(z) + (1 - a) \\operatorname{log}\\,(1 - g(z))')).toBe('a \\operatorname{log}\\,(g(z)) + (1 - a) \\operatorname{log}\\,(1 - g(z))');
    // Balanced brackets, and a log of a sum with no log after it, stay.
    expect(unclosedLogBrackets('\\log(1 + e^{z}) + \\log(q)')).toBe('\\log(1 + e^{z}) + \\log(q)');
    expect(unclosedLogBrackets('f(\\log(1 + e^{z})')).toBe('f(\\log(1 + e^{z})');
  });

  it('reads the losses the slips were in', () => {
    expect(recogniseFormula('J(u, g) = -u\\ln{g(z) - (1-u)\\ln(1-g(z))}')?.kind).toBe('ce_binary');
    expect(recogniseFormula('E = \\sum_{n=1}^{N} u_n \\ln v_n + (1 - u_) \\ln(1 - v_n)')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('J = -\\frac{1}{m}\\sum_{j=1}^m \\left[ b^{(j)}\\log(g(z^{(j)}) + (1 - b^{(j)})\\log(1 - g(z^{(j)}))\\right]')?.kind).toBe('ce_binary_batch');
  });

  it('late-log-braces: a log\'s brace typed after the next term closes before it', () => {
    expect(lateLogBraces('-u\\ln{q(u|x)-(1-u)\\ln(1-q(u|x))}')).toBe('-u\\ln{q(u|x)} -(1-u)\\ln(1-q(u|x))');
    expect(lateLogBraces('a\\log_2{b + (1-a)\\log_2{1-b}}')).toBe('a\\log_2{b} + (1-a)\\log_2{1-b}');
    // A braced argument with no log after a sign in it stays.
    expect(lateLogBraces('\\log{1 - p} + \\log{q}')).toBe('\\log{1 - p} + \\log{q}');
    expect(lateLogBraces('\\ln{y_k + \\epsilon}')).toBe('\\ln{y_k + \\epsilon}');
    expect(lateLogBraces('-u\\log{v(x) + (1-u)\\log(1-v(x))}')).toBe('-u\\log{v(x)} + (1-u)\\log(1-v(x))');
    // A sign that opens the argument is the argument's own.
    expect(lateLogBraces('\\log{-g \\log g}')).toBe('\\log{-g \\log g}');
  });

  it('index-case-slips: a subscript typed once in the other case, beside the same letter indexing twice, is that index', () => {
    expect(indexCaseSlips('-S_i \\log(\\hat{S_i}) - (1-S_i) \\log (1-\\hat{S_I})')).toBe('-S_i \\log(\\hat{S_i}) - (1-S_i) \\log (1-\\hat{S_i})');
    expect(recogniseFormula('-S_i \\log(\\hat{S_i}) - (1-S_i) \\log (1-\\hat{S_I})')?.kind).toBe('ce_binary');
    // Both cases written often, or the lower case once, stay.
    expect(indexCaseSlips('x_I + x_I + x_i + x_i')).toBe('x_I + x_I + x_i + x_i');
    expect(indexCaseSlips('x_I + x_i')).toBe('x_I + x_i');
  });
});
