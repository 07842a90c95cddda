import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { keywordLoops, loopSums, reduceSums } from './text-loops';

describe('text rules: a loss added up in a loop', () => {
  it('loop-sums: the header goes and the added term is summed over the loop variable', () => {
    expect(loopSums('for (int b = 0; b < B; b++) loss -= log(q[b]);')).toBe('loss -= \\sum_{b} (log(q[b]));');
    expect(loopSums('for j in range(n): cost += w[j] * log(r[j])')).toBe('cost += \\sum_{j} (w[j] * log(r[j]))');
    expect(loopSums('for (size_t j = 0; j < r.size(); ++j) cost += w[j] * log(r[j]);')).toBe('cost += \\sum_{j} (w[j] * log(r[j]));');
    expect(loopSums('for (let k = 0; k < K; k++) { s -= a[k] * Math.log(c[k]); }')).toBe('s -= \\sum_{k} (a[k] * Math.log(c[k])); }');
    // A body that does not use the loop's variable, or that is no update of a total, is left.
    expect(loopSums('for (int b = 0; b < B; b++) loss -= log(eps);')).toBe('for (int b = 0; b < B; b++) loss -= log(eps);');
    expect(loopSums('for i in range(n): print(q[i])')).toBe('for i in range(n): print(q[i])');
  });
  it('reads a C loop over rows as the batch and a loop over classes as one sample', () => {
    expect(recogniseFormula('for (int b=0;b<L;b++) err-=logf(pr[b*C+lab[b]]+1e-8f);')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('for (let k = 0; k < K; k++) { loss -= t[k] * Math.log(q[k]); }')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('for i in range(n): loss -= np.log(q[i, c[i]])')?.kind).toBe('ce_multiclass_batch');
  });

  it("reduce-sums: JavaScript's fold of each element into the total is the sum over the elements", () => {
    expect(reduceSums('q.reduce((s, o, k) => s - (w[k] * Math.log(o)), 0)')).toBe('-\\sum_{k} ((w[k] * Math.log(q[k])))');
    expect(recogniseFormula('return q.reduce((s, o, k) => s - (w[k] * Math.log(o) + (1 - w[k]) * Math.log(1 - o)), 0);')?.kind).toBe('ce_binary_batch');
    // A fold that starts elsewhere than 0, or multiplies, stays.
    expect(reduceSums('q.reduce((s, o) => s * o, 1)')).toBe('q.reduce((s, o) => s * o, 1)');
    // A block of constants and one return is the returned expression, each constant's value put in.
    expect(reduceSums('q.reduce((s, o, k) => { const c = clip(o); return s + w[k] * Math.log(c); }, 0)')).toBe('\\sum_{k} (w[k] * Math.log((clip(q[k]))))');
    expect(recogniseFormula('return -w.reduce((s, u, k) => {\n  const c = Math.max(1e-7, Math.min(1 - 1e-7, q[k]));\n  return s + u * Math.log(c) + (1 - u) * Math.log(1 - c);\n}, 0) / q.length;')?.kind).toBe('ce_binary_batch');
    // A block that does more than name values stays.
    expect(reduceSums('q.reduce((s, o) => { if (o > 0) s += o; return s; }, 0)')).toBe('q.reduce((s, o) => { if (o > 0) s += o; return s; }, 0)');
  });

  it('loop-sums: nested loops sum over both variables, the inner first', () => {
    expect(loopSums('for (int i=0;i<n;i++) for (int k=0;k<K;k++) loss -= w[i][k]*log(q[i][k]);')).toBe('loss -= \\sum_{i} (\\sum_{k} (w[i][k]*log(q[i][k])));');
    expect(recogniseFormula('for i in range(n):\n    for k in range(K):\n        loss -= s[i][k] * math.log(q[i][k])')?.kind).toBe('ce_multiclass_batch');
  });

  it("loop-sums: Go's for i := range y { … } and for i := 0; i < n; i++ { … }", () => {
    expect(loopSums('for i := range s { loss -= s[i] * math.Log(q[i]) }')).toBe('loss -= \\sum_{i} (s[i] * math.Log(q[i]))}');
    expect(recogniseFormula('for i := 0; i < n; i++ { loss -= math.Log(q[i][c[i]]) }')?.kind).toBe('ce_multiclass_batch');
  });

  it('loop-sums: a total updated by its name again (e = e - …) inside the loop is the same update', () => {
    expect(loopSums('for (int k = 0; k < n; k++) { e = e - u[k] * log(v[k]); }')).toBe('e -= \\sum_{k} (u[k] * log(v[k])); }');
  });

  it("keyword-loops: Fortran's do, Lua's for … do … end and MATLAB's for … end are C's loop", () => {
    const c = 'for (int k = 1; k <= n; k++) { e = e - u(k) * log(v(k)) }';
    expect(keywordLoops('do k = 1, n\n  e = e - u(k) * log(v(k))\nend do')).toBe(c);
    expect(keywordLoops('for k = 1, n do e = e - u(k) * log(v(k)) end')).toBe(c);
    expect(keywordLoops('for k = 1:n\n  e = e - u(k) * log(v(k))\nend')).toBe(c);
    expect(recogniseFormula('do k = 1, n\n  e = e - u(k) * log(v(k))\nend do')?.kind).toBe('ce_multiclass');
  });
});
