import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('ce_binary_batch', () => {
  it('takes a number in front of one sample’s loss as no mean', () => {
    expect(kindOf('-\\frac{1}{2}[y\\log p + (1-y)\\log(1-p)]')).not.toBe('ce_binary_batch');
  });

  it.each([
    '-\\frac1N\\sum_i \\lbrack t_i\\log y_i + (1-t_i)\\log(1-y_i)\\rbrack',
    'L_{\\text{BCE}} = -\\frac{1}{N} \\sum_{i=1}^{N} [y_i \\log(\\hat{y}_i) + (1 - y_i) \\log(1 - \\hat{y}_i)]',
    'J(\\theta) = -\\sum_{n=1}^{N} \\left\\{ t_n \\ln y_n + (1 - t_n) \\ln (1 - y_n) \\right\\}',
    '-sum[y·log(p) + (1-y)·log(1-p)]',
    '-\\frac{1}{N} \\sum_{i=1}^{N} \\left[ \\text{pos_weight} \\cdot y_i \\log(p_i) + (1 - y_i) \\log(1 - p_i) \\right]',
    // The sum's symbols carry no index, so the bracket after it was dropped over both logs.
    '-\\sum_{i=1}^{L} y \\log p + (1-y) \\log (1-p)',
    // The minus written on the term after the sum's own (−Σ A − B), not a bracket left out.
    'J(w) = -\\frac{1}{m} \\sum\\limits_{i = 1}^{m} y^{(i)} \\log(\\hat{y}^{(i)}) - (1 - y^{(i)})\\log(1 - \\hat{y}^{(i)})',
    // A sum with no index at all, over the same two logs.
    '-\\frac{1}{n} \\sum y \\log(\\hat{y}) + (1-y)\\log(1-\\hat{y})',
    // Vectorised: one over the count with no sum written, the vectors holding the samples.
    '\\text{cost} = -\\frac{1}{m}\\left(Y\\log(A) + (1-Y)\\log(1-A)\\right)',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_binary_batch');
  });

  it('reads a mean over a count squared or counts multiplied (1/N², 1/HW) with the sum left unwritten as a batch mean', () => {
    expect(rolesOf('\\mathcal{L}_{u}=-\\frac{1}{N^{2}}(a_{n}\\log{p_{n}}+(1-a_{n})\\log{(1-p_{n})})')).toMatchObject({ sampleIndex: 'n', reduction: 'mean' });
    expect(kindOf('L=-\\frac{1}{HW}(y_{p}\\log{q_{p}}+(1-y_{p})\\log{(1-q_{p})})')).toBe('ce_binary_batch');
    // A count code asks for: len(y), and y.shape[0] as the row counts write it.
    expect(kindOf('-(1/len(u))*(u @ np.log(q) + (1-u) @ np.log(1-q))')).toBe('ce_binary_batch');
    expect(kindOf('-(1/u.shape[0])*(u @ np.log(q) + (1-u) @ np.log(1-q))')).toBe('ce_binary_batch');
    expect(kindOf('-(1/foo(u))*(u @ np.log(q) + (1-u) @ np.log(1-q))')).toBeNull();
    // A variance is no count: one sample's loss, weighted.
    expect(kindOf('L=-\\frac{1}{\\sigma^2}(y\\log{p}+(1-y)\\log{(1-p)})')).toBe('ce_binary');
  });

  it('reads the sample index and the reduction', () => {
    expect(rolesOf('-\\frac1N\\sum_{i=1}^{N} \\lbrack t_i\\log y_i + (1-t_i)\\log(1-y_i)\\rbrack')).toMatchObject({
      target: 't_i', prediction: 'y_i', sampleIndex: 'i', sampleBound: 'N', reduction: 'mean',
    });
  });

  it('takes as the label the pair every sum indexes, beside a class-balancing pair β_k, 1 − β_k', () => {
    expect(rolesOf('L=\\sum_{k}\\sum_{p}\\{-\\beta_{k} \\hat{e}_{k}(p) \\log(e_{k}(p))-(1-\\beta_{k})(1-\\hat{e}_{k}(p)) \\log(1-e_{k}(p))\\}')).toMatchObject({ target: '\\hat{e}_k', weight: '\\beta_k 1-\\beta_k' });
    expect(rolesOf('L=-\\sum_{i}\\sum_{j} \\beta_j y_{ij} \\log p_{ij} + (1-\\beta_j)(1-y_{ij}) \\log(1-p_{ij})')).toMatchObject({ target: 'y_{ij}' });
  });

  it('takes a multi-label loss over samples and labels, the samples outermost', () => {
    expect(rolesOf('-\\frac{1}{M}\\sum_{m=1}^{M}\\sum_{l=1}^{L} [s_{ml}\\ln q_{ml} + (1-s_{ml})\\ln(1-q_{ml})]')).toMatchObject({ sampleIndex: 'm', reduction: 'mean' });
    expect(kindOf('C = -\\frac{1}{n}\\sum_u\\sum_l[s_l \\ln q_l + (1-s_l)\\ln(1-q_l)]')).toBe('ce_binary_batch');
    // Three sums: a detector's scales, anchors and classes, or a mask's pixels, under the samples.
    expect(kindOf('-\\sum_a\\sum_b\\sum_c [s_{abc}\\ln q_{abc} + (1-s_{abc})\\ln(1-q_{abc})]')).toBe('ce_binary_batch');
  });

  it('reads a complement whose minus was typed as a plus beside log(1 − y)', () => {
    expect(kindOf('E(v) = -\\sum_{m=1}^{M}[s_m \\ln q_m + (1+s_m) \\ln(1-q_m)]')).toBe('ce_binary_batch');
    // The logs must still be of a prediction and its complement.
    expect(kindOf('E = -\\sum_{m}[s_m \\ln q_m + (1+s_m) \\ln r_m]')).toBeNull();
  });

  it('names a sum over pairs by the pair as the page writes it, (a,b)', () => {
    expect(rolesOf('E = -\\frac{1}{|S|}\\sum_{(a,b) \\in S} [r_{a,b} \\ln q_{a,b} + (1 - r_{a,b}) \\ln(1 - q_{a,b})]')?.sampleIndex).toBe('(a,b)');
  });

  it("reads a mask's loss over samples and pixels (three or four sums), the samples outermost", () => {
    const mask = 'L = -\\frac{1}{N}\\sum_{n}\\sum_{h}\\sum_{w}[y_{nhw}\\log p_{nhw} + (1-y_{nhw})\\log (1-p_{nhw})]';
    expect(kindOf(mask)).toBe('ce_binary_batch');
    expect(rolesOf(mask)?.sampleIndex).toBe('n');
    expect(kindOf('L = -\\sum_{n}\\sum_{c}\\sum_{h}\\sum_{w}[y_{nchw}\\log p_{nchw} + (1-y_{nchw})\\log (1-p_{nchw})]')).toBe('ce_binary_batch');
    // Five nested sums are more than any loss writes out; the mask's binary entropy stays an entropy.
    expect(kindOf('L = -\\sum_{a}\\sum_{b}\\sum_{c}\\sum_{d}\\sum_{n}[y_{n}\\log p_{n} + (1-y_{n})\\log (1-p_{n})]')).toBeNull();
    expect(kindOf('H = -\\sum_{n}\\sum_{h}\\sum_{w}[p_{nhw}\\log p_{nhw} + (1-p_{nhw})\\log (1-p_{nhw})]')).toBe('entropy');
  });

  it('leaves the batch binary entropy to the entropy kind', () => {
    expect(kindOf('-\\frac1N\\sum_i [p_i\\log p_i + (1-p_i)\\log(1-p_i)]')).toBe('entropy');
  });
});

