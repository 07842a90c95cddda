import { describe, expect, it } from 'vitest';
import { kindOf } from '../kinds/test-support';
import { bracedIndicators, conditionAfterSum, indicatorOneSubscripts, labelOnlySubsetSums, oneClassSubsetSums } from './text-label-tests';

describe('text rules: tests of a label written into a formula', () => {
  it('one-class-subset-sums: Σ over the items whose label is 1 is the sum weighted by the label', () => {
    expect(oneClassSubsetSums('-\\sum_{i: y_i = 1} \\log p_i')).toBe('-\\sum_{i} y_i  \\log p_i');
    expect(oneClassSubsetSums('-\\sum\\limits_{k \\colon t_{k}=1} \\ln q_k')).toBe('-\\sum\\limits_{k} t_{k}  \\ln q_k');
    // Beside the other class's sum, the pair is the binary form (tree-indicators.ts reads it); a test of 0 alone is not one class's weight.
    expect(oneClassSubsetSums('\\sum_{i: y_i=1} \\log p_i + \\sum_{i: y_i=0} \\log(1-p_i)')).toBe('\\sum_{i: y_i=1} \\log p_i + \\sum_{i: y_i=0} \\log(1-p_i)');
    expect(oneClassSubsetSums('\\sum_{i: y_i=0} \\log(1-p_i)')).toBe('\\sum_{i: y_i=0} \\log(1-p_i)');
    // A label that is not on the index tests something else.
    expect(oneClassSubsetSums('\\sum_{i: y_j=1} \\log p_i')).toBe('\\sum_{i: y_j=1} \\log p_i');
    expect(kindOf('-\\sum_{i: y_i = 1} \\log p_i')).toBe('ce_multiclass');
    expect(kindOf('-\\left(\\sum_{i: y_i=1} \\log p_i + \\sum_{j: y_j = 0}\\log(1-p_j)\\right)')).toBe('ce_binary_batch');
  });

  it('label-only-subset-sums: a pair of sums whose limits only test one label (Σ_{y_i = 1}, Σ_{y_i = 0}) runs over the items', () => {
    expect(labelOnlySubsetSums('\\sum_{t_n = 1} a - \\sum_{t_n=0} b')).toBe('\\sum_{n: t_n = 1} a - \\sum_{n: t_n = 0} b');
    expect(kindOf('E = \\frac{1}{M}(\\sum_{t_n = 1}^{a}-log(q)-\\sum_{t_n = 0}^{b}log(1-q))')).toBe('ce_binary_batch');
    // Alone, or two indices of a multiple sum (Σ_{k_1=1} Σ_{k_2=1}), they are sums over those indices from 1.
    expect(labelOnlySubsetSums('\\sum_{t_n = 1}^{N} a')).toBe('\\sum_{t_n = 1}^{N} a');
    expect(labelOnlySubsetSums('\\sum_{k_1=1}^{n} \\sum_{k_2 = 1}^{m} a')).toBe('\\sum_{k_1=1}^{n} \\sum_{k_2 = 1}^{m} a');
  });

  it('condition-after-sum: the condition said after the one sum over its index weights it', () => {
    expect(conditionAfterSum('L = - \\sum_i \\log p_i \\text{ where } y_i = 1')).toBe('L = - \\sum_i y_i  \\log p_i');
    expect(conditionAfterSum('- \\sum_{i=1}^{K} \\log p_i \\quad \\text{for } t_i = 1')).toBe('- \\sum_{i=1}^{K} t_i  \\log p_i');
    // The label already written in the formula: the condition is about something else.
    expect(conditionAfterSum('- \\sum_i y_i \\log y_i \\text{ where } y_i = 1')).toBe('- \\sum_i y_i \\log y_i \\text{ where } y_i = 1');
    // No sum over the label's index: as written (the one-hot −log p_i where y_i = 1 is read elsewhere).
    expect(conditionAfterSum('- \\log p_i \\text{ where } y_i = 1')).toBe('- \\log p_i \\text{ where } y_i = 1');
    expect(kindOf('\\begin{equation} L(\\mathbf{p}) = - \\sum_i \\log p_i \\text{ where } y_i = 1 \\label{eq:loss} \\end{equation}')).toBe('ce_multiclass');
    expect(kindOf('-\\sum_{i} \\log p_i \\quad (y_i = 1)')).toBe('ce_multiclass');
    // The sign as rendered text (∑), or with \\nolimits, is the same sum.
    expect(conditionAfterSum('- ∑_i \\log p_i \\text{ where } y_i = 1')).toBe('- ∑_i y_i  \\log p_i');
    expect(kindOf('L = - \\sum\\nolimits_i \\log p_i \\text{ where } y_i = 1')).toBe('ce_multiclass');
  });

  it('indicator-one-subscripts: a one with a test below it is the indicator of the test', () => {
    expect(indicatorOneSubscripts('-\\sum_i 1_{\\{y=i\\}} \\log (p_i)')).toBe('-\\sum_i \\mathbb{1}\\{y=i\\} \\log (p_i)');
    expect(indicatorOneSubscripts('1_{y_i = k}')).toBe('\\mathbb{1}\\{y_i = k\\}');
    // A one as an index or a digit of a number, and a subscript without a test, stay.
    expect(indicatorOneSubscripts('x_1_{a} + 21_{k} + 1_{k}')).toBe('x_1_{a} + 21_{k} + 1_{k}');
    expect(kindOf('-\\sum_i 1_{\\{y=i\\}} \\log (p_i)')).toBe('ce_multiclass');
    // In any font, and with the test in square brackets.
    expect(indicatorOneSubscripts('\\mathbf{1}_{\\{y=k\\}}')).toBe('\\mathbb{1}\\{y=k\\}');
    expect(indicatorOneSubscripts('\\boldsymbol{1}_{[y_i = k]}')).toBe('\\mathbb{1}\\{y_i = k\\}');
    expect(indicatorOneSubscripts('\\mathrm 1_{\\{t=c\\}}')).toBe('\\mathbb{1}\\{t=c\\}');
    expect(indicatorOneSubscripts('\\mathbf{1}^\\top x')).toBe('\\mathbf{1}^\\top x');
    expect(kindOf('L = -\\frac{1}{N}\\sum_{i=1}^N\\sum_{k=1}^K \\mathbf{1}_{\\{y_i=k\\}} \\log p_{ik}')).toBe('ce_multiclass_batch');
  });

  it('braced-indicators: 1{y_i = k} typed in plain text is the indicator of the test', () => {
    expect(bracedIndicators('1{y_i = k} \\log p_{i,k} + x^{1}')).toBe('1\\{y_i = k\\} \\log p_{i,k} + x^{1}');
    expect(kindOf('L_CE = - (1/N) · Σ_i Σ_k [ 1{y_i = k} · log p_{i,k} ]')).toBe('ce_multiclass_batch');
  });
});
