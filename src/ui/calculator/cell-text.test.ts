import { describe, expect, it } from 'vitest';
import { describeListReading, readCellText } from './cell-text';

describe('readCellText', () => {
  it('reads one number, a list and a pasted matrix', () => {
    expect(readCellText('0.33', false, 3, 'en')).toEqual({ type: 'number', value: 0.33 });
    expect(readCellText('０．３３', false, 3, 'en')).toEqual({ type: 'number', value: 0.33 });
    expect(readCellText('0.7, 0.2, 0.1', false, 3, 'en')).toEqual({ type: 'list', rows: [[0.7, 0.2, 0.1]], values: [0.7, 0.2, 0.1] });
    const matrix = readCellText('[[1, 0], [0, 1]]', false, 2, 'en');
    expect(matrix).toMatchObject({ type: 'list', rows: [[1, 0], [0, 1]] });
  });

  it('reads a class index in words as a one-hot target, only in a target cell', () => {
    expect(readCellText('class 2', true, 3, 'en')).toEqual({ type: 'one-hot', values: [0, 0, 1] });
    expect(readCellText('クラス１', true, 2, 'ja')).toEqual({ type: 'one-hot', values: [0, 1] });
    expect(readCellText('class 2', false, 3, 'en').type).toBe('error');
  });

  it('says what is wrong, in the UI language', () => {
    const en = readCellText('0.3x', false, 3, 'en');
    const ja = readCellText('0.3x', false, 3, 'ja');
    expect(en.type === 'error' && en.message).toMatch(/0\.3x|x/);
    expect(ja.type === 'error' && ja.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(readCellText('  ', false, 3, 'en')).toEqual({ type: 'error', message: 'not a number' });
  });
});

describe('describeListReading', () => {
  it('says how a pasted list was read, decimal commas included, in both languages', () => {
    const comma = readCellText('0,33; 0,32; 0,35', false, 3, 'en');
    expect(comma).toEqual({ type: 'list', rows: [[0.33, 0.32, 0.35]], values: [0.33, 0.32, 0.35], decimalComma: true });
    if (comma.type !== 'list') throw new Error('a list');
    expect(describeListReading(comma, 'en')).toBe('Read as 3 numbers, with decimal commas: 0.33, 0.32, 0.35');
    expect(describeListReading(comma, 'ja')).toBe('コンマを小数点として読み、3 個の数にしました: 0.33, 0.32, 0.35');
    const plain = readCellText('0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8', false, 3, 'en');
    if (plain.type !== 'list') throw new Error('a list');
    expect(describeListReading(plain, 'en')).toBe('Read as 8 numbers: 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, …');
  });
});
