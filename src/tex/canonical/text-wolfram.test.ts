import { describe, expect, it } from 'vitest';
import { kindAndRoles } from './test-support';
import { wolframLanguage } from './text-wolfram';

const read = kindAndRoles;

describe('wolfram-language', () => {
  it('reads Log, Total and a part x[[k]] as the log, the sum and an index', () => {
    expect(wolframLanguage('-Total[u*Log[v]]')).toBe('-\\sum (u*\\log(v))');
    expect(read('-Total[u*Log[v]]')).toMatchObject({ kind: 'ce_multiclass', target: 'u', prediction: 'v' });
    expect(read('-Total[v*Log[v]]')?.kind).toBe('entropy');
    expect(read('H = -Total[u Log[2, v]]')?.logBase).toBe('2');
  });

  it('reads Sum over an iterator {k, a, b} or {k, n} as the sum over that range', () => {
    expect(wolframLanguage('-Sum[u[[k]] Log[v[[k]]], {k, 1, K}]')).toBe('-\\sum_{k=1}^{K} (u_{k} \\log(v_{k}))');
    expect(read('J = -Sum[u[[n]]*Log[v[[n]]], {n, M}]')).toMatchObject({ kind: 'ce_multiclass', target: 'u_n', classBound: 'M' });
  });

  it('reads Mean as the mean over the samples', () => {
    expect(read('-Mean[u*Log[v] + (1 - u)*Log[1 - v]]')).toMatchObject({ kind: 'ce_binary_batch', reduction: 'mean' });
  });

  it('leaves square brackets of other notations alone', () => {
    expect(wolframLanguage('x[i] + y[j]')).toBe('x[i] + y[j]');
    expect(wolframLanguage('-[t \\log y + (1-t)\\log(1-y)]')).toBe('-[t \\log y + (1-t)\\log(1-y)]');
  });
});
