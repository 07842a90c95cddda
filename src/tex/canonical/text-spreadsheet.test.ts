import { describe, expect, it } from 'vitest';
import { kindAndRoles } from './test-support';
import { spreadsheetFormulas } from './text-spreadsheet';

const read = kindAndRoles;

describe('spreadsheet-formulas', () => {
  it('reads a range down one column as its cells, and SUMPRODUCT and SUM over ranges as the sum', () => {
    expect(spreadsheetFormulas('=-SUMPRODUCT(C2:C9, LN(D2:D9))')).toBe('=-\\sum_{i} (C_{i}) (LN(D_{i}))');
    expect(read('=-SUMPRODUCT(C2:C9, LN(D2:D9))')).toMatchObject({ kind: 'ce_multiclass', target: 'C_i', prediction: 'D_i', logBase: 'e' });
    expect(read('=-SUM(C2:C9*LN(D2:D9))')).toMatchObject({ kind: 'ce_multiclass', target: 'C_i', prediction: 'D_i' });
    // Absolute references, and the semicolons of locales with a decimal comma.
    expect(read('=-SUMPRODUCT($C$2:$C$9; LN(D2:D9))')).toMatchObject({ kind: 'ce_multiclass', target: 'C_i' });
    // The same column on both sides is an entropy.
    expect(read('=-SUMPRODUCT(D2:D9, LN(D2:D9))')?.kind).toBe('entropy');
  });

  it('reads AVERAGE over ranges as the mean over the rows', () => {
    expect(read('=-AVERAGE(C2:C50*LN(D2:D50)+(1-C2:C50)*LN(1-D2:D50))')).toMatchObject({ kind: 'ce_binary_batch', reduction: 'mean' });
  });

  it("gives a spreadsheet's LOG its base: 10 alone, the second argument's otherwise", () => {
    expect(read('=-(C2*LOG(D2)+(1-C2)*LOG(1-D2))')).toMatchObject({ kind: 'ce_binary', logBase: '10' });
    expect(read('=-SUMPRODUCT(C2:C9, LOG(D2:D9, 2))')?.logBase).toBe('2');
  });

  it('leaves formulas with no cell or range alone', () => {
    expect(spreadsheetFormulas('SUM(x) + LOG(y)')).toBe('SUM(x) + LOG(y)');
    expect(spreadsheetFormulas('-\\sum_k t_k \\log y_k')).toBe('-\\sum_k t_k \\log y_k');
  });
});
