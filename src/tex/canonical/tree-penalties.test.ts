import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: a regularisation term beside the loss', () => {
  it('regularisation-term: λ‖w‖², λ Σ w_j² and (λ/2m) Σ θ_j² are set aside', () => {
    const loss = canonicalMember('-\\sum_k t_k \\log y_k');
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\lambda \\sum_j w_j^2')).toBe(loss);
    // The norm as code calls it.
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\alpha/2 \\cdot norm(W)')).toBe(loss);
    expect(recogniseFormula('-sum(Y * log(P)) + alpha/2 * norm(W)')?.kind).toBe('ce_multiclass');
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\frac{\\lambda}{2m}\\sum_{j=1}^{n} \\theta_j^2')).toBe(loss);
    // Without a log beside it, or without a coefficient, nothing is set aside.
    expect(canonicalMember('(y - \\hat{y})^2 + \\lambda \\|w\\|^2')).not.toBe(canonicalMember('(y - \\hat{y})^2'));
    expect(canonicalMember('-\\sum_k t_k \\log y_k + w^2')).not.toBe(loss);
  });

  it('regularisation-term: a regulariser added under a name code gives it (reg, penalty, reg_term)', () => {
    const loss = canonicalMember('-\\sum_k t_k \\log y_k');
    for (const name of ['reg', 'penalty', 'reg_term', 'regularization', 'weight_decay']) expect(canonicalMember(`-\\sum_k t_k \\log y_k + ${name}`)).toBe(loss);
    expect(recogniseFormula('cost = -np.mean(u*np.log(v)) + reg_term')?.kind).toBe('ce_multiclass_batch');
    // Another name is another term, and a penalty alone is no loss.
    expect(canonicalMember('-\\sum_k t_k \\log y_k + bias')).not.toBe(loss);
    expect(recogniseFormula('loss = -\\log v + penalty')).toBeNull();
  });

  it('regularisation-term: squares of a layer’s weights written W^{[l]2} are a penalty too', () => {
    const tex = 'J = -\\frac{1}{m} \\sum_{i=1}^{m} ( y^{(i)}\\log a^{(i)} + (1-y^{(i)})\\log(1- a^{(i)}) ) + \\frac{1}{m} \\frac{\\lambda}{2} \\sum_l\\sum_k\\sum_j W_{k,j}^{[l]2}';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
  });

  it('regularisation-term: the log of a binomial coefficient beside a log-likelihood is a constant', () => {
    expect(recogniseFormula('\\log L=\\sum_{i} \\left( \\log\\binom {N_{i}}{u_{i}} + u_{i} \\log q_{i} + (1-u_{i})\\log (1-q_{i})\\right)')?.kind).toBe('log_likelihood');
    // A binomial probability alone is no loss.
    expect(recogniseFormula('P(X=k) = \\binom{n}{k} p^k (1-p)^{n-k}')).toBeNull();
  });

  it('regularisation-term: a named regulariser λ Ω(w), α R(θ), λ 𝓡(W) is set aside', () => {
    const loss = canonicalMember('-\\sum_k t_k \\log y_k');
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\lambda\\,\\Omega(\\mathbf{w})')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\alpha R(\\theta)')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\frac{\\lambda}{2} \\mathcal{R}(W)')).toBe(loss);
    // A function of something other than the parameters is not a penalty.
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\lambda R(x)')).not.toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\lambda f(w)')).not.toBe(loss);
    // Alone, or taking its strength too (R(b, γ), as NumPy-style docstrings write it), it is set aside as well.
    expect(canonicalMember('-\\sum_k t_k \\log y_k + R(\\theta)')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + r(w)')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + r(s)')).not.toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k - R(\\mathbf{b}, \\gamma)')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + R(x, y)')).not.toBe(loss);
  });

  it.each([
    ['a ridge penalty', '\\mathcal{L}_{\\text{ridge}} = -\\frac{1}{n} \\sum_{i=1}^n \\left[ y_i \\log \\hat{y}_i + (1-y_i) \\log(1-\\hat{y}_i) \\right] + \\lambda \\|\\mathbf{w}\\|_2^2', 'ce_binary_batch'],
    ['C vᵀv', '-\\sum_{m} [s_m\\log q_m + (1-s_m)\\log(1-q_m)] + C\\, v^\\top v', 'ce_binary_batch'],
    ['an L1 penalty subtracted from a log-likelihood', '\\ell = \\sum_{m} [s_m\\ln q_m + (1-s_m)\\ln(1-q_m)] - \\alpha\\|v\\|_1', 'log_likelihood'],
    ['a weight decay over the weights', 'J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} y_k^{(i)}\\log h_k^{(i)} + \\frac{\\lambda}{2m}\\sum_{j=1}^{n}\\theta_j^2', 'ce_multiclass_batch'],
    ['a Gaussian prior’s quadratic form', '\\sum_{m=1}^{M} [s_m \\ln q_m + (1 - s_m) \\ln(1 - q_m)] - \\frac{1}{2} \\mathbf{v}^{\\mathsf{T}} \\mathbf{B} \\mathbf{v}', 'log_likelihood'],
    ['a prior with its variance', '\\sum_{m} [s_m \\ln q_m + (1 - s_m) \\ln(1 - q_m)] - \\frac{1}{2\\tau^2} \\|v\\|^2', 'log_likelihood'],
    ['a regulariser by name', '-\\frac{1}{M}\\sum_{m=1}^{M}\\sum_{j} s_{mj} \\log q_{mj} \\;+\\; \\lambda\\,\\Omega(\\mathbf{V})', 'ce_multiclass_batch'],
    ['a regulariser R(θ)', '-\\sum_{m} [s_m \\ln q_m + (1 - s_m) \\ln(1 - q_m)] + \\alpha R(\\theta)', 'ce_binary_batch'],
    ['an additive constant', '\\sum_{m} [s_m \\ln q_m + (1 - s_m) \\ln(1 - q_m)] + \\text{const.}', 'log_likelihood'],
    ['a prior and a constant after a categorical log-likelihood', '\\sum_{m}\\sum_{j} s_{mj} \\log q_{mj} - \\frac{1}{2}\\theta^\\top \\Lambda \\theta + \\mathrm{const}', 'log_likelihood'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves a regularised mean squared error unbadged', () => {
    expect(recogniseFormula('J = \\frac{1}{N}\\sum_i (y_i - \\hat{y}_i)^2 + \\lambda \\|w\\|^2')).toBeNull();
    // A squared error or a Gaussian's exponent beside a log is data, not a prior on the parameters.
    expect(canonicalMember('\\log q + \\frac{1}{2}(u - \\mu)^\\top \\Sigma^{-1} (u - \\mu)')).toContain('\\mu');
    expect(recogniseFormula('\\log p(u) = -\\frac{1}{2}(u-\\mu)^\\top \\Sigma^{-1} (u - \\mu) + \\text{const}')).toBeNull();
  });

  it('regularisation-term: a strength under a number (‖w‖²/(2C)) and a named regulariser (λ Ω(w)) are set aside', () => {
    expect(recogniseFormula('J = -\\frac{1}{M}\\sum_j [s_j \\log a_j + (1 - s_j)\\log(1 - a_j)] + \\frac{1}{2C}\\|v\\|^2')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('J = -\\sum_k s_k \\log a_k + \\gamma\\, \\Omega(v)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('J = -\\sum_k s_k \\log a_k + \\lambda \\mathcal{R}(\\theta)')?.kind).toBe('ce_multiclass');
    // A named function that is no regulariser stays in the sum.
    expect(recogniseFormula('J = -\\sum_k s_k \\log a_k + \\lambda G(\\theta)')?.kind).not.toBe('ce_multiclass');
  });

  it('regularisation-term: the weights and the bias penalised together, (λ/2)(‖w‖² + b²)', () => {
    expect(recogniseFormula('J = -\\sum_j [s_j \\log a_j + (1 - s_j)\\log(1 - a_j)] + \\frac{\\mu}{2}\\left(\\|v\\|^2 + c^2\\right)')?.kind).toBe('ce_binary_batch');
    // Without a strength in front, a sum of squares is no penalty.
    expect(recogniseFormula('J = -\\sum_j [s_j \\log a_j + (1 - s_j)\\log(1 - a_j)] + (v^2 + c^2)')?.kind).not.toBe('ce_binary_batch');
  });
  it('regularisation-term: norm bars under any strength, and the elastic net, are set aside', () => {
    const loss = canonicalMember('-\\sum_k t_k \\log y_k');
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\rho\\|\\omega\\|^2')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + c\\lVert\\theta\\rVert^2')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\lambda \\big[ (1-\\alpha)\\|\\beta\\|_2^2/2 + \\alpha\\|\\beta\\|_1\\big]')).toBe(loss);
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\frac{\\eta}{2}\\sum_{l}\\|W^{(l)}\\|_F^2')).toBe(loss);
    expect(recogniseFormula('E(\\omega;\\pi) = -\\frac{1}{P}\\sum_{i=1}^P [y_i \\ln(p_i) + (1 - y_i) \\ln(1 - p_i)] + \\rho \\|\\omega\\|^2')?.kind).toBe('ce_binary_batch');
    // Bars inside a call are its own (a divergence between two laws), not a norm beside the loss.
    expect(canonicalMember('-\\sum_k t_k \\log y_k + \\beta D(q \\| p)')).not.toBe(loss);
    // A norm with no loss beside it stays.
    expect(recogniseFormula('J = \\frac{1}{N}\\sum_i (y_i - \\hat{y}_i)^2 + \\rho\\|w\\|^2')).toBeNull();
  });

  it('regularisation-term: a squared error added to a cross-entropy (a joint loss) is set aside', () => {
    expect(recogniseFormula('L(\\theta) = (z - v_\\theta(s))^2 - \\pi^\\top \\log p_\\theta(s) + c\\|\\theta\\|^2')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('\\ell = \\frac{1}{2}(r - u)^2 - \\sum_a q_a \\log s_a')?.kind).toBe('ce_multiclass');
    // A Gaussian's exponent over its variance is the data's likelihood, not an added loss.
    expect(canonicalMember('\\log \\sigma + \\frac{(x - \\mu)^2}{2\\sigma^2}')).toContain('\\mu');
  });

  it('regularisation-term: a Gaussian prior\'s quadratic form about its mean, (w − m₀)ᵀΣ₀⁻¹(w − m₀), is set aside', () => {
    const tex = 'E(w) = \\frac{1}{2} (w-m_0)^\\text T\\Sigma_0^{-1}(w-m_0)-\\sum\\limits_{n=1}^N  [s_n\\ln q_n + (1-s_n)\\ln(1-q_n)]';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    // The same form alone is no loss.
    expect(recogniseFormula('\\frac{1}{2} (w-m_0)^\\top\\Sigma_0^{-1}(w-m_0)')).toBeNull();
  });

  it('regularisation-term: the strength as code names it (lam, lmbda) before a sum of squares', () => {
    const tex = 'cost = (1.0 / m) * np.sum(-s * np.log(q) - (1 - s) * np.log(1 - q)) + (lam / (2 * m)) * np.sum(theta ** 2)';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('J = -np.mean(s * np.log(q)) + lmbda * np.sum(W ** 2)')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('J = np.mean((s - q) ** 2) + lam * np.sum(W ** 2)')).toBeNull();
  });

  it('regularisation-term: squares summed then divided by scales, and a strength times a named penalty (pen)', () => {
    const loss = canonicalMember('-\\frac{1}{m}\\sum y \\log h');
    expect(canonicalMember('-\\frac{1}{m}\\sum y \\log h + \\sum \\theta^2 \\lambda / m / 2')).toBe(loss);
    expect(canonicalMember('-\\frac{1}{m}\\sum y \\log h + \\lambda pen / (2 m)')).toBe(loss);
    // A sum with a log in it is no penalty.
    expect(canonicalMember('-\\frac{1}{m}\\sum y \\log h + \\sum \\log h / 2')).not.toBe(loss);
  });

  it('sets aside another named loss a strength adds (λ L_aux), and weights decayed in code (0.01 * (W**2).mean())', () => {
    expect(recogniseFormula('L = − Σ_{k=1}^{K} [ y_k log ŷ_k + (1 − y_k) log(1 − ŷ_k) ] + λ L_aux')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('loss = -probs[torch.arange(num), ys].log().mean() + 0.01*(W**2).mean()')?.kind).toBe('ce_multiclass_batch');
    // A named loss with no strength before it is a second loss of the sum, not a penalty: nothing is set aside.
    expect(recogniseFormula('L = -\\sum_k y_k \\log p_k + L_{aux}')).toBeNull();
  });

  it('sets aside whatever a strength named λ scales, with no log in it (a Lagrange term, a penalty computed elsewhere)', () => {
    expect(recogniseFormula("J = -1/m * sum(y .* log(h) + (1.-y) .* log(1 .- h)) + lambda/(2*m)* (theta(2:end)'*theta(2:end));")?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('J = (-np.dot(np.transpose(y),np.log(h))-np.dot(np.transpose(1-y),np.log(1-h))+temp*inital_lambda/2)/m')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L(\\mathbf{p},\\mathbf{q}, \\lambda) = -\\sum_{i=1}^{n}p_i\\log({q_i}) + \\lambda (\\sum_{i=1}^{n} q_i - 1)')?.kind).toBe('ce_multiclass');
    // β before a divergence is another loss's weight, not a penalty: nothing is set aside.
    expect(recogniseFormula('L = -\\sum_k y_k \\log p_k + \\beta D_{KL}(q \\| p)')?.kind).not.toBe('ce_multiclass');
  });
});
