// Which member of a chain names the roles: the one in the author's own symbols.
import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';

const roles = (tex: string) => recogniseFormula(tex)?.roles;

describe('the member that names the roles', () => {
  it('a named prediction beats the probability written as p(· | ·)', () => {
    expect(roles('p(\\mathbf{T}|\\mathbf{w}) = \\prod_{n=1}^N \\prod_{k=1}^K p(C_k|x_n)^{t_{nk}} = \\prod_{n=1}^N\\prod_{k=1}^K a_{nk}^{t_{nk}}')).toMatchObject({ target: 't_{nk}', prediction: 'a_{nk}', classIndex: 'k', sampleIndex: 'n' });
    expect(roles('q(s|x) = q(s=1|x)^s q(s=0|x)^{1-s} = g(x)^s (1-g(x))^{1-s}')).toMatchObject({ target: 's', prediction: 'g' });
  });

  it('a member that states the target beats one that leaves it out', () => {
    expect(roles('P(\\mathbf{y}|X) = \\prod_{i=1}^{m} P(y_i | x_i) = \\prod_{i=1}^{m} s_i^{y_i}(1-s_i)^{1-y_i}')).toMatchObject({ target: 'y_i', prediction: 's_i', sampleIndex: 'i' });
  });

  it('indexed symbols beat a distribution at its argument', () => {
    expect(roles('J = -\\sum_x P(x) \\log Q(x) = -\\sum_j t_j \\log o_j')).toMatchObject({ target: 't_j', prediction: 'o_j', classIndex: 'j' });
  });

  it('a name the author gives the sigmoid beats the sigmoid written out', () => {
    expect(roles('\\ell = -\\sum_{i=1}^n [y_i \\log \\sigma(w^T x_i) + (1-y_i)\\log(1-\\sigma(w^T x_i))] = -\\sum_{i=1}^n [y_i \\log a_i + (1-y_i)\\log(1-a_i)]')).toMatchObject({ target: 'y_i', prediction: 'a_i', sampleIndex: 'i' });
  });

  it('the same symbols later in the chain do not replace the member that says more', () => {
    expect(roles('H(P, Q) = -\\sum_x P(x)\\log Q(x) = H(P) + D_{KL}(P \\| Q)')).toMatchObject({ target: 'P', prediction: 'Q', classIndex: 'x' });
  });

  it('a later member naming the same symbols and an index as well names the roles', () => {
    expect(roles('H(u, v) = H(u) + D_{KL}(u \\| v) = -\\sum_j u(j) \\log v(j)')).toMatchObject({ target: 'u', prediction: 'v', classIndex: 'j' });
  });

  it('a lone member keeps the prediction it spells', () => {
    expect(roles('L = -[y \\log \\sigma(z) + (1-y)\\log(1-\\sigma(z))]')).toMatchObject({ target: 'y', prediction: '\\sigma(z)' });
  });

  it('a sigmoid the formula names by a definition takes that name', () => {
    const tex = '\\begin{aligned} \\text{Let} \\quad s(x_j) &= P(Y = 1 | x_j) = \\frac{1}{1 + e^{-w^T x_j}} \\\\ \\ell(w) &= \\sum_{j=1}^{m} [y_j \\log \\sigma(w^T x_j) + (1 - y_j) \\log(1 - \\sigma(w^T x_j))] \\end{aligned}';
    expect(roles(tex)).toMatchObject({ target: 'y_j', prediction: 's', sampleIndex: 'j' });
    // A sigmoid of another score keeps its own spelling.
    expect(roles(tex.replace(/w\^T x_j\)\)/g, 'v^T x_j))').replace(/\\sigma\(w\^T x_j\)/g, '\\sigma(v^T x_j)'))?.prediction).toBe('\\sigma(v^\\top x_j)');
  });

  it('of two members naming the label, the one that names the class index it sums over', () => {
    expect(roles('\\ell = -\\log o_y = -\\sum_c [y=c] \\log o_c')).toMatchObject({ target: 'y', prediction: 'o_c', classIndex: 'c' });
  });
});
