import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core';
import { errorKey, groupNotes, parseErrorKey } from './row-notes';

const warning: Diagnostic = { code: 'y_not_normalised', severity: 'warning', input: 'y', row: 1, values: { sum: 0.9 } };
const general: Diagnostic = { code: 'y_not_normalised', severity: 'warning', input: 'y', values: { sum: 0.9 } };

describe('groupNotes', () => {
  it('puts each diagnostic beside its row, and the rest under the table', () => {
    const { byRow, rest } = groupNotes([warning, general], new Map(), 2, (d) => d.row, 'en');
    expect([...byRow.keys()]).toEqual([1]);
    expect(byRow.get(1)?.severity).toBe('warning');
    expect(rest).toEqual([general]);
  });

  it('joins a cell error to the row, once, and the error outranks the warning', () => {
    const errors = new Map([[errorKey(1, 1, 2), 'not a number'], [errorKey(1, 1, 0), 'not a number']]);
    const { byRow } = groupNotes([warning], errors, 2, (d) => d.row, 'en');
    expect(byRow.get(1)?.severity).toBe('error');
    expect(byRow.get(1)?.text.match(/not a number/g)).toHaveLength(1);
  });

  it('keeps a diagnostic for a row that is gone out of the rows', () => {
    expect(groupNotes([warning], new Map(), 1, (d) => d.row, 'en').rest).toEqual([warning]);
  });
});

describe('errorKey', () => {
  it('round-trips column, row and entry', () => {
    expect(parseErrorKey(errorKey(1, 7, 3))).toEqual({ c: 1, r: 7, k: 3 });
    expect(parseErrorKey(errorKey(0, 2))).toEqual({ c: 0, r: 2, k: 0 });
  });
});
