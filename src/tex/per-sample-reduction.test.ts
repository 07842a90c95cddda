import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';

describe('a per-sample loss reduced in the same formula', () => {
  it('mean(L) over {l_1, …, l_N} with l_n a binary loss is the batch mean', () => {
    const tex = '\\ell(u, v) = mean(L) = mean(\\{l_1,\\dots,l_N\\}^\\top), \\quad l_n = - \\left [ v_n \\cdot \\log u_n + (1 - v_n) \\cdot \\log (1 - u_n) \\right ],';
    expect(recogniseFormula(tex)).toMatchObject({ kind: 'ce_binary_batch', roles: { sampleIndex: 'n', reduction: 'mean' } });
  });

  it('the mean of the vector itself, mean({l_1, …, l_N}^⊤), is the batch mean', () => {
    expect(recogniseFormula('\\ell(x, y) = L = \\operatorname{mean}(\\{l_1,\\dots,l_N\\}^\\top), \\quad l_n = -y_n \\cdot \\log x_n - (1 - y_n) \\cdot \\log (1 - x_n)')?.roles).toMatchObject({ reduction: 'mean', sampleIndex: 'n' });
  });

  it('sum(L) is the batch sum', () => {
    expect(recogniseFormula('\\ell(u, v) = \\sum(L), \\quad l_n = - \\left [ v_n \\log u_n + (1 - v_n) \\log (1 - u_n) \\right ]')?.roles.reduction).toBe('sum');
  });

  it('leaves the unreduced vector of losses (reduction none) one sample’s loss', () => {
    expect(recogniseFormula('\\ell(u, v) = L = \\{l_1,\\dots,l_N\\}^\\top, \\quad l_n = - w_n \\left[ v_n \\cdot \\log u_n + (1 - v_n) \\cdot \\log (1 - u_n) \\right]')?.kind).toBe('ce_binary');
    // A mean of something else leaves the loss as it is.
    expect(recogniseFormula('\\bar{x} = mean(X), \\quad l_n = - [v_n \\log u_n + (1 - v_n)\\log(1 - u_n)]')?.kind).toBe('ce_binary');
  });
});
