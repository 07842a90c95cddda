import { describe, expect, it } from 'vitest';
import { lossNameOf } from './loss-name';

describe('lossNameOf', () => {
  it('takes the name the page gives the loss', () => {
    expect(lossNameOf('E = -\\sum_{k=1}^{K} t_k \\log y_k')).toBe('E');
    expect(lossNameOf('J(\\theta) = -\\frac{1}{m}\\sum_i y_i \\log h_\\theta(x_i)')).toBe('J(\\theta)');
    expect(lossNameOf('\\ell(y, \\hat{y}) = -\\sum_k y_k \\log \\hat{y}_k')).toBe('\\ell(y, \\hat{y})');
    expect(lossNameOf('\\mathrm{BCE} = -[t\\log y + (1-t)\\log(1-y)]')).toBe('\\mathrm{BCE}');
    expect(lossNameOf('H(p,q) = -\\sum_x p(x)\\log q(x)')).toBe('H(p,q)');
    expect(lossNameOf('\\begin{aligned} \\mathcal{L}_{CE} &= -\\sum_i t_i \\log p_i \\end{aligned}')).toBe('\\mathcal{L}_{CE}');
    expect(lossNameOf('\\ E = -\\sum_{k} t_{k} \\log y_{k} \\tag{4.3、再掲}')).toBe('E');
  });
  it('leaves expressions and formulas without an equation alone', () => {
    expect(lossNameOf('-\\log L = \\sum_k t_k \\log y_k')).toBeUndefined();
    expect(lossNameOf('\\log L = \\sum_k t_k \\log y_k')).toBeUndefined();
    expect(lossNameOf('-\\sum_k t_k \\log y_k')).toBeUndefined();
    expect(lossNameOf('\\frac{1}{N} \\sum_i L_i = 0.3')).toBeUndefined();
    expect(lossNameOf('y_{k}^{t_{k}} \\cdot 2 = 1')).toBeUndefined();
  });
});
