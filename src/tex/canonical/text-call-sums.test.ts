import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { callSums, weightedMeans } from './text-call-sums';

describe('text rules: a sum typed as a call with its range', () => {
  it('call-sums: lower, upper, index, body and the body first', () => {
    expect(callSums('sum(1, N, n, t[n] log(q[n]))')).toBe('\\sum_{n=1}^{N} (t[n] log(q[n]))');
    expect(callSums('-sum(a_k * log(b_k), k, 0, K-1)')).toBe('-\\sum_{k=0}^{K-1} (a_k * log(b_k))');
    expect(callSums('prod(1, n, j, p[j]^(y[j]))')).toBe('\\prod_{j=1}^{n} (p[j]^(y[j]))');
    // Sums inside sums, and a call whose arguments are no range, stay or nest.
    expect(callSums('sum(1, B, b, sum(1, C, c, f(b, c)))')).toBe('\\sum_{b=1}^{B} (\\sum_{c=1}^{C} (f(b, c)))');
    expect(callSums('sum(a, b) + sum(x, y, z, w)')).toBe('sum(a, b) + sum(x, y, z, w)');
    expect(callSums('checksum(1, 2, i, x)')).toBe('checksum(1, 2, i, x)');
    // The index set to its start, then the end and the body: a notes' own function.
    expect(callSums('-sum(i=1, N, y_i log p_i)')).toBe('-\\sum_{i=1}^{N} (y_i log p_i)');
    expect(callSums('sum(i=1, N)')).toBe('sum(i=1, N)');
    expect(recogniseFormula('p = prod(k=1,K, p_k^(y_k))')?.kind).toBe('likelihood_product');
  });

  it("call-sums: Maple's add(body, k = 1 .. K) and SymPy's Sum(body, (k, 1, K))", () => {
    expect(callSums('-add(u[k]*ln(v[k]), k=1..K)')).toBe('-\\sum_{k=1}^{K} (u[k]*ln(v[k]))');
    expect(callSums('-Sum(u[k]*log(v[k]), (k, 1, K))')).toBe('-\\sum_{k=1}^{K} (u[k]*log(v[k]))');
    expect(callSums('mul(v[n]^u[n], n = 1 .. N)')).toBe('\\prod_{n=1}^{N} (v[n]^u[n])');
    expect(recogniseFormula('-sum(u[k]*log(v[k]), k = 1 .. K)')?.roles).toMatchObject({ target: 'u_k', classBound: 'K' });
    // Without a range, add and mul are other functions; a method's .sum is not the operator.
    expect(callSums('add(a, b)')).toBe('add(a, b)');
    expect(callSums('x.Sum(a, (k, 1, K))')).toBe('x.Sum(a, (k, 1, K))');
  });

  it('a batch written with call sums is recognised', () => {
    expect(recogniseFormula('L = -1/N sum(1, N, i, t[i] log(s[i]) + (1 - t[i]) log(1 - s[i]))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('E = -sum(1, K, k, t_k ln(o_k))')?.kind).toBe('ce_multiclass');
  });

  it('call-sums: sum(body, i=1,...,N), the range after the body with an ellipsis', () => {
    expect(callSums('sum( b*log(x), i=1,...,N )')).toBe('\\sum_{i=1}^{N} (b*log(x))');
    expect(recogniseFormula('x ↦ 1/N sum( b*log(x)+(1-b)*log(1-x), i=1,...,N )')?.kind).toBe('log_likelihood');
  });

  it("weighted-means: R's weighted mean is the mean of the weighted values", () => {
    expect(weightedMeans('weighted.mean(x, w)')).toBe('mean(w * (x))');
    expect(weightedMeans('weighted_mean(a + b, w = wts, na.rm = TRUE)')).toBe('mean(wts * (a + b))');
    // Weights that are not a name stay.
    expect(weightedMeans('weighted.mean(x, c(1, 2))')).toBe('weighted.mean(x, c(1, 2))');
    expect(recogniseFormula('-weighted.mean(y * log(p) + (1 - y) * log(1 - p), w)')).toMatchObject({ kind: 'ce_binary_batch', roles: { weight: 'w' } });
  });
});
