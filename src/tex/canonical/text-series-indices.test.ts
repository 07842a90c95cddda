import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { gluedSampleClassIndices, seriesIndices } from './text-series-indices';

describe('text rule: indices glued to the letters of a series written out', () => {
  it('makes the glued numbers and the closing count letter subscripts', () => {
    expect(seriesIndices('-(y1 log p1 + y2 log p2 + ... + yn log pn)')).toBe('-(y_{1} log p_{1} + y_{2} log p_{2} + ... + y_{n} log p_{n})');
    // The first terms typed with TeX's subscripts, the last glued.
    expect(seriesIndices('y_{1} \\log p_{1} + y_2 \\log p_2 + \\cdots + yn \\log pn')).toBe('y_{1} \\log p_{1} + y_2 \\log p_2 + \\cdots + y_{n} \\log p_{n}');
    expect(recogniseFormula('-(y1 log p1 + y2 log p2 + ... + yn log pn)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H = -(p1 log p1 + p2 log p2 + … + pn log pn)')?.kind).toBe('entropy');
  });

  it('leaves formulas without a series, words, commands and a lone glued letter alone', () => {
    expect(seriesIndices('y1 log p1 + y2 log p2')).toBe('y1 log p1 + y2 log p2');
    expect(seriesIndices('a \\log_2 b + \\cdots + an')).toBe('a \\log_2 b + \\cdots + an');
    expect(seriesIndices('h1 + \\dots + h2 + \\text{in} \\mathbb{R}^{n}')).toBe('h_{1} + \\dots + h_{2} + \\text{in} \\mathbb{R}^{n}');
    expect(seriesIndices('x2 + \\cdots')).toBe('x2 + \\cdots');
  });

  it('glued-sample-class-indices: the sum\'s letter glued to numbered classes is the sample and the class', () => {
    expect(gluedSampleClassIndices('-\\sum_{i=1}^m (s_{i1} \\ln q_{i1} + s_{i2} \\ln q_{i2})')).toBe('-\\sum_{i=1}^m (s_{i,1} \\ln q_{i,1} + s_{i,2} \\ln q_{i,2})');
    expect(recogniseFormula('J =- \\sum_{i=1}^m (s_{i1} \\ln q_{i1} + s_{i2} \\ln q_{i2} + s_{i3} \\ln q_{i3})')?.kind).toBe('ce_multiclass_batch');
    // One number only, or a letter no sum runs over, stays.
    expect(gluedSampleClassIndices('\\sum_i s_{i1} \\ln q_{i1}')).toBe('\\sum_i s_{i1} \\ln q_{i1}');
    expect(gluedSampleClassIndices('\\sum_k s_{j1} + s_{j2}')).toBe('\\sum_k s_{j1} + s_{j2}');
  });
});
