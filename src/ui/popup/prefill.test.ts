import { describe, expect, it } from 'vitest';
import { readCalculationQuery } from '../../extension/calculation-link';
import { prefillFrom, rowsText } from './prefill';

const fromQuery = (query: string) => prefillFrom(readCalculationQuery(query));

describe('prefillFrom', () => {
  it('reads the seed link', () => {
    expect(fromQuery('?t=1,0,0&y=0.33,0.32,0.35&base=e&kind=ce_multiclass')).toEqual({
      kind: 'ce_multiclass',
      base: 'e',
      t: [[1, 0, 0]],
      y: [[0.33, 0.32, 0.35]],
      unreadable: [],
    });
  });

  it('reads a class index for t, in words or bare', () => {
    expect(fromQuery('?t=2&y=0.2,0.3,0.5').t).toEqual([[0, 0, 1]]);
    expect(fromQuery('?t=class%201&y=[0.2 0.3 0.5]').t).toEqual([[0, 1, 0]]);
  });

  it('reads NumPy, PyTorch and full-width pastes', () => {
    expect(fromQuery('?t=1,0&y=array([0.7, 0.3])').y).toEqual([[0.7, 0.3]]);
    expect(fromQuery('?t=1,0&y=tensor([0.7000, 0.3000], dtype=torch.float64)').y).toEqual([[0.7, 0.3]]);
    expect(fromQuery('?t=１,０&y=０.７、０.３').t).toEqual([[1, 0]]);
  });

  it('makes rows a batch, with one class index per sample allowed', () => {
    const batch = fromQuery('?t=0,2&y=[[0.7,0.2,0.1],[0.1,0.2,0.7]]');
    expect(batch.kind).toBe('ce_multiclass_batch');
    expect(batch.t).toEqual([
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('reads a spreadsheet column as one list', () => {
    expect(fromQuery('?t=0&y=0.33%0A0.32%0A0.35')).toMatchObject({ kind: 'ce_multiclass', t: [[1, 0, 0]], y: [[0.33, 0.32, 0.35]] });
  });

  it('completes half a pair', () => {
    expect(fromQuery('?y=0.6,0.4')).toMatchObject({ t: [[1, 0]], y: [[0.6, 0.4]] });
    expect(fromQuery('?t=0,1,0,0')).toMatchObject({ y: [[0.25, 0.25, 0.25, 0.25]] });
  });

  it('names what it could not read and prefills nothing from it', () => {
    const result = fromQuery('?t=1,0&y=0.5,banana');
    expect(result.unreadable).toEqual(['y']);
    expect(result.y).toBeUndefined();
    expect(fromQuery('?t=class%209&y=0.5,0.5').unreadable).toEqual(['t']);
  });

  it('keeps a binary t as a value, not a class index', () => {
    expect(fromQuery('?kind=ce_binary&t=1&y=0.9')).toMatchObject({ t: [[1]], y: [[0.9]] });
  });
});

describe('rowsText', () => {
  it('writes rows back as text the parser reads', () => {
    expect(rowsText([[1, 0, 0]])).toBe('1, 0, 0');
    expect(rowsText([[1, 0], [0, 1]])).toBe('1, 0; 0, 1');
  });
});
