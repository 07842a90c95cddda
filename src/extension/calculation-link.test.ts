import { describe, expect, it } from 'vitest';
import { calculationFromSelection, calculationQuery, readCalculationQuery } from './calculation-link';

describe('the calculator query string', () => {
  it('reads t, y, base and kind', () => {
    expect(readCalculationQuery('?t=1,0,0&y=0.33,0.32,0.35&base=e&kind=ce_multiclass')).toEqual({
      t: '1,0,0',
      y: '0.33,0.32,0.35',
      base: 'e',
      kind: 'ce_multiclass',
    });
  });

  it('ignores an unknown kind, an unknown base and empty values', () => {
    expect(readCalculationQuery('?kind=mse&base=3&t=&y=%20')).toEqual({});
    expect(readCalculationQuery('?base=2').base).toBe('2');
    expect(readCalculationQuery('?base=ln').base).toBe('e');
  });

  it('round-trips, keeping commas readable and escaping what must be escaped', () => {
    const request = { t: '[1, 0, 0]', y: '0.33 0.32 0.35&x=1', base: '10' as const, kind: 'ce_binary' as const };
    const query = calculationQuery(request);
    expect(query).toContain('t=%5B1,+0,+0%5D');
    expect(readCalculationQuery(query)).toEqual(request);
    expect(calculationQuery({})).toBe('');
  });
});

describe('calculationFromSelection', () => {
  it('reads labelled lists', () => {
    expect(calculationFromSelection('t = [1, 0, 0], y = [0.33, 0.32, 0.35]')).toEqual({ t: '1,0,0', y: '0.33,0.32,0.35' });
    expect(calculationFromSelection('y_pred: 0.7 0.2 0.1\ny_true: 1 0 0')).toEqual({ t: '1,0,0', y: '0.7,0.2,0.1' });
    expect(calculationFromSelection('正解 t：[0, 1]、予測 y：[0.4, 0.6]')).toEqual({ t: '0,1', y: '0.4,0.6' });
  });

  it('reads the terms of a written-out sum, including the log base', () => {
    expect(calculationFromSelection('E = -(1·log 0.33 + 0·log 0.32 + 0·log 0.35) = -0.481486')).toEqual({
      t: '1,0,0',
      y: '0.33,0.32,0.35',
    });
    expect(calculationFromSelection('-(1 \\log_2 0.5 + 0 \\log_2 0.5)')).toEqual({ t: '1,0', y: '0.5,0.5', base: '2' });
  });

  it('splits two rows, or two distributions end to end', () => {
    expect(calculationFromSelection('1 0 0\n0.33 0.32 0.35')).toEqual({ t: '1,0,0', y: '0.33,0.32,0.35' });
    expect(calculationFromSelection('[0, 1, 0.2, 0.8]')).toEqual({ t: '0,1', y: '0.2,0.8' });
  });

  it('takes a lone list as y, and numbers out of prose', () => {
    expect(calculationFromSelection('[0.33, 0.32, 0.35]')).toEqual({ y: '0.33,0.32,0.35' });
    expect(calculationFromSelection('the model said 0.7 for cats and 0.3 for dogs')).toEqual({ y: '0.7,0.3' });
  });

  it('gives nothing for text without numbers', () => {
    expect(calculationFromSelection('cross-entropy')).toBeUndefined();
    expect(calculationFromSelection('')).toBeUndefined();
  });
});
