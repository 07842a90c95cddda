import { describe, expect, it } from 'vitest';
import { parseNumbers, parseTargets } from './parse';

function values(text: string) {
  const r = parseNumbers(text);
  if (!r.ok) throw new Error(`unexpected error ${r.error.code} at ${r.error.token}`);
  return r;
}

describe('parseNumbers', () => {
  it.each([
    ['0.33, 0.32, 0.35'],
    ['0.33 0.32 0.35'],
    ['[0.33, 0.32, 0.35]'],
    ['0.33,0.32,0.35\n'],
    ['(0.33, 0.32, 0.35)'],
    ['array([0.33, 0.32, 0.35])'],
    ['tensor([0.3300, 0.3200, 0.3500])'],
    ['tensor([0.3300, 0.3200, 0.3500], dtype=torch.float64, requires_grad=True)'],
    ["tensor([0.3300, 0.3200, 0.3500], device='cuda:0', grad_fn=<SoftmaxBackward0>)"],
    ['array([0.33, 0.32, 0.35], dtype=float32)'],
    ['０．３３、０．３２、０．３５'],
    ['０．３３，０．３２，０．３５'],
    ['［0.33　0.32　0.35］'],
    ['33%, 32%, 35%'],
    ['3.3e-1, 3.2E-1, 35e-2'],
    ['0.33\t0.32\t0.35'],
    ['y = [0.33, 0.32, 0.35]'],
    ['y_pred: 0.33, 0.32, 0.35'],
    ['>>> probs = np.array([0.33, 0.32, 0.35])'],
    ['Out[3]: array([0.33, 0.32, 0.35])'],
  ])('reads %j as 0.33, 0.32, 0.35', (text) => {
    const r = values(text);
    expect(r.values).toEqual([0.33, 0.32, 0.35]);
    expect(r.rows).toEqual([[0.33, 0.32, 0.35]]);
  });

  it('reads NumPy and PyTorch matrices into rows', () => {
    expect(values('array([[0.1, 0.9],\n       [0.2, 0.8]])').rows).toEqual([
      [0.1, 0.9],
      [0.2, 0.8],
    ]);
    expect(values('tensor([[0.1000, 0.9000],\n        [0.2000, 0.8000]], requires_grad=True)').rows).toEqual([
      [0.1, 0.9],
      [0.2, 0.8],
    ]);
  });

  it('reads spreadsheet cells: tabs within a row, newlines between rows', () => {
    expect(values('0.1\t0.9\r\n0.2\t0.8\r\n').rows).toEqual([
      [0.1, 0.9],
      [0.2, 0.8],
    ]);
  });

  it('reads signs, exponents, percentages and the full-width minus', () => {
    expect(values('1e-3, -2.5, +4, .5, 12.5%, −1, －2').values).toEqual([0.001, -2.5, 4, 0.5, 0.125, -1, -2]);
  });

  it('does not take a list’s first number for a keyword value', () => {
    expect(values('t = 1, 0, 0').values).toEqual([1, 0, 0]);
  });

  it('points at a bad token with its offsets', () => {
    const r = parseNumbers('0.1, 0.2x, 0.7');
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_number', start: 5, end: 9, token: '0.2x' } });
    const word = parseNumbers('0.1 foo 0.7');
    expect(word).toMatchObject({ ok: false, error: { code: 'invalid_number', start: 4, end: 7, token: 'foo' } });
    const symbol = parseNumbers('0.1 * 0.7');
    expect(symbol).toMatchObject({ ok: false, error: { start: 4, end: 5, token: '*' } });
  });

  it('offsets point into the original full-width text', () => {
    const text = '０．１、ａ、０．９';
    const r = parseNumbers(text);
    expect(r).toMatchObject({ ok: false, error: { start: 4, end: 5, token: 'ａ' } });
  });

  it('calls NaN and inf non-finite, and nothing at all empty', () => {
    expect(parseNumbers('0.5, nan')).toMatchObject({ ok: false, error: { code: 'non_finite_input', token: 'nan' } });
    expect(parseNumbers('inf')).toMatchObject({ ok: false, error: { code: 'non_finite_input' } });
    expect(parseNumbers('  ')).toMatchObject({ ok: false, error: { code: 'empty_input' } });
    expect(parseNumbers('[]')).toMatchObject({ ok: false, error: { code: 'empty_input' } });
  });
});

describe('parseTargets', () => {
  it('makes a class index one-hot with k classes', () => {
    expect(parseTargets('2', 3)).toMatchObject({ ok: true, values: [0, 0, 1], classIndex: 2 });
    expect(parseTargets('class 0', 3)).toMatchObject({ ok: true, values: [1, 0, 0], classIndex: 0 });
    expect(parseTargets('Class: 1', 2)).toMatchObject({ ok: true, values: [0, 1], classIndex: 1 });
    expect(parseTargets('t = 2', 3)).toMatchObject({ ok: true, values: [0, 0, 1], classIndex: 2 });
    expect(parseTargets('クラス２', 3)).toMatchObject({ ok: true, values: [0, 0, 1], classIndex: 2 });
  });

  it('reads a list as a list', () => {
    expect(parseTargets('1, 0, 0', 3)).toMatchObject({ ok: true, values: [1, 0, 0] });
    expect(parseTargets('1', 1)).toMatchObject({ ok: true, values: [1] });
    expect(parseTargets('1.0', 3)).toMatchObject({ ok: true, values: [1] });
  });

  it('points at an index out of range', () => {
    expect(parseTargets('class 5', 3)).toMatchObject({ ok: false, error: { code: 'invalid_target', start: 6, end: 7, token: '5' } });
  });
});

describe('decimal commas', () => {
  it.each([
    ['0,33; 0,32; 0,35', [0.33, 0.32, 0.35], [[0.33, 0.32, 0.35]]],
    ['0,33;0,32;0,35', [0.33, 0.32, 0.35], [[0.33, 0.32, 0.35]]],
    ['0,33\t0,32\t0,35', [0.33, 0.32, 0.35], [[0.33, 0.32, 0.35]]],
    ['0,33\n0,32\n0,35', [0.33, 0.32, 0.35], [[0.33], [0.32], [0.35]]],
    ['0,7\t0,3\n0,2\t0,8', [0.7, 0.3, 0.2, 0.8], [[0.7, 0.3], [0.2, 0.8]]],
    ['33,5%; 66,5%', [0.335, 0.665], [[0.335, 0.665]]],
    ['０，３３；０，３２；０，３５', [0.33, 0.32, 0.35], [[0.33, 0.32, 0.35]]],
    ['1; 0,5', [1, 0.5], [[1, 0.5]]],
  ])('reads %j as decimals', (text, expected, rows) => {
    const r = values(text);
    expect(r.values).toEqual(expected);
    expect(r.rows).toEqual(rows);
    expect(r.decimalComma).toBe(true);
  });

  it.each([
    ['1,0,0', [1, 0, 0]],
    ['1, 0, 0', [1, 0, 0]],
    ['0,1', [0, 1]],
    ['[0,1; 1,0]', [0, 1, 1, 0]],
    ['0.33, 0.32; 0.35', [0.33, 0.32, 0.35]],
    ['1,500; 2,000', [1, 500, 2, 0]],
  ])('leaves %j a list of commas', (text, expected) => {
    const r = values(text);
    expect(r.values).toEqual(expected);
    expect(r.decimalComma).toBeUndefined();
  });

  it('still points an error at the bad characters', () => {
    const r = parseNumbers('0,33; 0,3x; 0,35');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_number', token: '3x' });
  });
});
