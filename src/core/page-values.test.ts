import { describe, expect, it } from 'vitest';
import { cellNumber, headerRole, readSentenceValues, readTableValues } from './page-values';

describe('headerRole', () => {
  it('knows the formula’s symbols and the usual words, in English and Japanese', () => {
    expect(headerRole('t_{k}', { target: 't_k' })).toBe('target');
    expect(headerRole('\\(y_{k}\\)', {})).toBe('prediction');
    expect(headerRole('ŷ', {})).toBe('prediction');
    expect(headerRole('正解ラベル', {})).toBe('target');
    expect(headerRole('予測確率（イヌ）', {})).toBe('prediction');
    expect(headerRole('Label', {})).toBe('target');
    expect(headerRole('Predicted probability', {})).toBe('prediction');
    expect(headerRole('サンプル', {})).toBe('other');
    expect(headerRole('p(x)', { target: 'p(x)', prediction: 'q(x)' })).toBe('target');
  });
  it('reads cells as people write numbers', () => {
    expect(cellNumber('０．３３')).toBe(0.33);
    expect(cellNumber('35%')).toBe(0.35);
    expect(cellNumber('1/4')).toBe(0.25);
    expect(cellNumber('イヌ')).toBeNull();
  });
});

describe('readTableValues', () => {
  it('reads a 4-sample table: a label column and one prediction column per class', () => {
    const rows = [
      ['サンプル', '正解ラベル', '予測（イヌ）', '予測（キツネ）', '予測（オオカミ）'],
      ['1', 'イヌ', '0.7', '0.2', '0.1'],
      ['2', 'キツネ', '0.1', '0.8', '0.1'],
      ['3', 'オオカミ', '0.2', '0.2', '0.6'],
      ['4', 'イヌ', '0.33', '0.32', '0.35'],
    ];
    expect(readTableValues(rows, {})).toEqual({
      shape: 'samples',
      t: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]],
      y: [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6], [0.33, 0.32, 0.35]],
    });
  });
  it('reads t and y columns (rows are classes or binary samples) and t/y rows (columns are classes)', () => {
    expect(readTableValues([['k', 't_k', 'y_k'], ['1', '1', '0.33'], ['2', '0', '0.32'], ['3', '0', '0.35']], { target: 't_{k}', prediction: 'y_{k}' })).toEqual({ shape: 'entries', t: [1, 0, 0], y: [0.33, 0.32, 0.35] });
    expect(readTableValues([['', 'イヌ', 'キツネ', 'オオカミ'], ['正解 t', '1', '0', '0'], ['予測 y', '0.33', '0.32', '0.35']], {})).toEqual({ shape: 'entries', t: [1, 0, 0], y: [0.33, 0.32, 0.35] });
  });
  it('refuses tables that do not hold probabilities under a prediction header', () => {
    expect(readTableValues([['名前', '値'], ['a', '1']], {})).toBeNull();
    expect(readTableValues([['label', 'prediction'], ['1', '1.7']], {})).toBeNull();
    expect(readTableValues([['label', 'prediction'], ['1', 'high']], {})).toBeNull();
  });
});

describe('readSentenceValues', () => {
  it('reads indexed symbols with their numbers', () => {
    expect(readSentenceValues('イヌの画像に対して、予測値は y_{1} が 0.33、y_{2} が 0.32、y_{3} が 0.35 でした。', {})).toEqual({ shape: 'entries', t: null, y: [0.33, 0.32, 0.35] });
    expect(readSentenceValues('y₁ = 0.7, y₂ = 0.2, y₃ = 0.1 and t₁ = 1, t₂ = 0, t₃ = 0', {})).toEqual({ shape: 'entries', t: [1, 0, 0], y: [0.7, 0.2, 0.1] });
  });
  it('reads a list after a word for predictions', () => {
    expect(readSentenceValues('The model predicted 0.7, 0.2 and 0.1 for the three classes.', {})).toEqual({ shape: 'entries', t: null, y: [0.7, 0.2, 0.1] });
    expect(readSentenceValues('予測確率は 0.7、0.2、0.1 となりました。', {})).toEqual({ shape: 'entries', t: null, y: [0.7, 0.2, 0.1] });
  });
  it('leaves sentences without such values alone', () => {
    expect(readSentenceValues('In 2024 we trained 3 models.', {})).toBeNull();
    expect(readSentenceValues('y_{1} が 0.33 でした。', {})).toBeNull();
    expect(readSentenceValues('The prediction was 12 and 40.', {})).toBeNull();
  });
});
