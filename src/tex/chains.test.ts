import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';
import { kindOf, rolesOf } from './kinds/test-support';

describe('chains: the most specific member names the kind', () => {
  it.each([
    ['binary beats multiclass', 'H(p,q) = -\\sum_m p_m\\log q_m = -y\\log\\hat y-(1-y)\\log(1-\\hat y)', 'ce_binary'],
    ['a later double sum makes a batch', 'H(p,q) = -\\sum_k p_k \\log q_k = -\\frac{1}{N}\\sum_{n}\\sum_{k} t_{nk}\\log y_{nk}', 'ce_multiclass_batch'],
    ['a later binary batch', 'E = -\\sum_k t_k \\log y_k = -\\frac{1}{N}\\sum_i [y_i\\log p_i + (1-y_i)\\log(1-p_i)]', 'ce_binary_batch'],
    ['the logit form', '-\\log q_y = -z_y + \\log \\sum_{j=1}^{V} \\exp(z_j)', 'ce_from_logits'],
    ['numbers after the formula keep its kind', 'E = -\\sum_k t_k\\log y_k = -(1\\cdot\\log 0.6 + 0\\cdot\\log 0.4) = 0.51', 'ce_multiclass'],
  ])('%s', (_name, tex, kind) => {
    expect(kindOf(tex)).toBe(kind);
  });

  it('a loss’s name over the log of one number is the loss at the true class; no name, or another, says nothing', () => {
    for (const tex of ['\\text{loss} = -\\log(0.25) = 1.386', 'L_i = -\\ln 0.7 \\approx 0.357', 'E = -\\log_e 0.6 = 0.51']) expect(kindOf(tex), tex).toBe('ce_multiclass');
    for (const tex of ['-\\log 0.6 = 0.51', 'I = -\\log_2 0.5 = 1', 'L = -\\log(1.5)']) expect(kindOf(tex), tex).toBeNull();
  });

  it('cross-entropy named with its two distributions over minus the log of one probability is the one-hot case', () => {
    expect(recogniseFormula('H(P, Q) = -log(q(wahre_Klasse))')).toMatchObject({ kind: 'ce_multiclass', roles: { target: 'wahre_Klasse', prediction: 'q' } });
    expect(kindOf('H(p, q) = -\\log q(\\text{true class})')).toBe('ce_multiclass');
    // A loss's name alone is an NLL of an opaque probability; random variables' H is a joint entropy.
    for (const tex of ['L = -\\log q(\\text{true class})', 'H(X, Y) = -\\log p(x,y)', 'H(p) = -\\log p']) expect(kindOf(tex), tex).toBeNull();
  });

  it('a log-likelihood named as such over weighted logs of numbers is that log-likelihood', () => {
    expect(kindOf('\\text{Log-Likelihood} = 1 \\cdot \\log(0.9) + 0 \\cdot \\log(0.1) = \\log(0.9) \\approx -0.105')).toBe('log_likelihood');
    expect(kindOf('\\log \\mathcal{L} = 1 \\cdot \\log(0.881) + 1 \\cdot \\log(1 - 0.269) + 1 \\cdot \\log(0.622)')).toBe('log_likelihood');
    // The un-negated weighted log in letters, then with the numbers put in.
    expect(recogniseFormula('p\\log(q)=1\\cdot\\log0.8+0\\cdot\\log0.2+0\\cdot\\log0.1=-0.097')).toMatchObject({ kind: 'log_likelihood', roles: { target: 'p', prediction: 'q' } });
    // Without a name, the weights written say it too (numbers put into the un-negated shape).
    expect(kindOf('x = 1\\cdot\\log 0.5 + 0 \\cdot \\log 0.5')).toBe('log_likelihood');
    // The log of one number, or letters that weigh their own log (an entropy's term): nothing said.
    for (const tex of ['\\log L = \\log 0.5', 'p\\log(p) = 0.8\\cdot\\log 0.8 + 0.2\\cdot\\log 0.2']) expect(kindOf(tex), tex).toBeNull();
  });

  it('a log-likelihood member followed by a cross-entropy written out lost its minus: the cross-entropy names the kind', () => {
    expect(recogniseFormula('H(p, q) = \\sum_{t} p(t) \\log q(t) = -p \\log q - (1 - p) \\log (1 - q)')).toMatchObject({ kind: 'ce_binary' });
  });

  it('a name with a minus in front equal to a log-likelihood is the cross-entropy, with no slip', () => {
    expect(recogniseFormula('-CE = y * log(p) + (1 - y) * log(1 - p)')).toMatchObject({ kind: 'ce_binary' });
    expect(recogniseFormula('-L(\\theta) = \\sum_i t_i \\log y_i')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-CE = y * log(p) + (1 - y) * log(1 - p)')?.diagnostics?.some((d) => d.code === 'sign_slip') ?? false).toBe(false);
    // Without the minus it stays the log-likelihood.
    expect(kindOf('\\ell = y \\log p + (1 - y) \\log(1 - p)')).toBe('log_likelihood');
  });

  it('a row starting with + or − goes on with the equation above it', () => {
    expect(kindOf('\\begin{aligned} J &= -s \\ln a \\\\ &\\quad - (1-s)\\ln(1-a) \\end{aligned}')).toBe('ce_binary');
    // A row with a relation of its own is an equation of its own.
    expect(kindOf('\\begin{aligned} H &= -\\sum_k s_k \\ln s_k \\\\ -\\ln a &= b \\end{aligned}')).toBe('entropy');
  });

  it('a likelihood before the loss in one block: the loss names the block', () => {
    expect(kindOf('\\begin{aligned} P(s \\mid u) &= q^{s}(1-q)^{1-s} \\\\ E(q, s) &= -\\ln P(s \\mid u) = -s\\ln q - (1-s)\\ln(1-q) \\end{aligned}')).toBe('ce_binary');
    // Alone, or before a near miss, the likelihood stays.
    expect(kindOf('P(s \\mid u) = q^{s}(1-q)^{1-s}')).toBe('likelihood_product');
    expect(kindOf('\\begin{aligned} P(s \\mid u) &= q^{s}(1-q)^{1-s} \\\\ H &= -q\\ln q - (1-q)\\ln(1-q) \\end{aligned}')).toBe('likelihood_product');
  });

  it('braces round one side of an equation and the next do not hide the equals sign', () => {
    expect(kindOf('P(T) = \\prod_{n}{ {\\prod_{k} P(C_k | x_n)^{s_{nk}}} = \\prod_{n} \\prod_{k} q_{nk}^{s_{nk}} }')).toBe('likelihood_product');
    expect(kindOf('{E = -\\sum_k s_k \\log q_k}')).toBe('ce_multiclass');
  });

  it('takes the roles from the member that named the kind', () => {
    expect(rolesOf('H(p,q) = -\\sum_m p_m\\log q_m = -y\\log\\hat y-(1-y)\\log(1-\\hat y)')).toEqual({ target: 'y', prediction: '\\hat{y}' });
  });

  it('a divergence by name gives way to the cross-entropy written out after it', () => {
    expect(kindOf('D_{KL}(u||v) = -\\sum_{i=1}^n u(x_i) \\log v(x_i) = CE(u, v)')).toBe('ce_multiclass');
    // Written out as a divergence, it stays one.
    expect(kindOf('D_{KL}(u\\|v) = H(u,v) - H(u)')).toBe('kl_divergence');
  });

  it('a batch on probabilities followed by its softmax on the logits written out is the loss on logits', () => {
    expect(kindOf('J = -\\sum_{i=1}^{N}\\sum_{j=1}^{C}y_{ij}\\log(a_{ij}) = -\\sum_{i=1}^{N}\\sum_{j=1}^{C}y_{ij}\\log\\frac{e^{w_j^T x_i}}{\\sum_{k=1}^{C} e^{w_k^T x_i}}')).toBe('ce_from_logits');
    expect(kindOf('J = -\\sum_{i=1}^{N}\\sum_{j=1}^{C}y_{ij}\\log(a_{ij})')).toBe('ce_multiclass_batch');
  });

  it('an expectation chained to the two classes written out is the binary loss', () => {
    expect(kindOf('\\mathcal{L}(u, \\hat{q}) = -\\mathbb{E}_{u}[\\log P(x)] = -u \\log \\hat{q} - (1-u) \\log (1-\\hat{q})')).toBe('ce_binary');
  });

  it('an entropy first still ends the chain, as an entropy', () => {
    expect(kindOf('H(p) = -\\sum_x p(x)\\log p(x) = -\\sum_x p(x) \\log q(x) + D')).toBe('entropy');
  });
});

describe('words in the page’s script', () => {
  it('stand as factors beside a product sign or a log: names, not prose', () => {
    expect(kindOf('交叉熵 = -Σ 目标分布 * log 预测')).toBe('ce_multiclass');
    expect(kindOf('損失 = -Σ 正解ラベル × log(予測確率)')).toBe('ce_multiclass');
    expect(kindOf('엔트로피 = -Σ 확률 × log(확률)')).toBe('entropy');
  });

  it('name the row they start, before its equals sign: a loss or a cross-entropy by name', () => {
    expect(kindOf('交叉熵 = -log(0.9) ≈ 0.105')).toBe('ce_multiclass');
    expect(kindOf('损失 = -ln(0.9) = -(-0.105) = 0.105')).toBe('ce_multiclass');
    expect(kindOf('クロスエントロピー = -\\log(0.25)')).toBe('ce_multiclass');
    // A word that names no loss says nothing of a lone log.
    expect(kindOf('情報量 = -\\log_2(0.25) = 2')).toBeNull();
  });

  it('still end the formula where they are prose', () => {
    // A remark after the formula (where …) is not part of it.
    expect(kindOf('L = -\\sum_k t_k \\log y_k \\quad ここで t は正解ラベル')).toBe('ce_multiclass');
    expect(kindOf('L = -\\sum_k t_k \\log y_k \\text{（ただし}\\ t_k \\text{は正解）}')).toBe('ce_multiclass');
  });

  it('read a connecting word before a log as the start of a sentence, not a weight', () => {
    // A word factor (Σ 正解 × log 予測) is a quantity; "Thus", "Therefore", "Donc" before a step are not.
    for (const word of ['Thus', 'Therefore', 'Donc', 'Daher', 'Quindi']) {
      expect(kindOf(`\\text{${word} } \\log \\frac{1}{P(j)} = -\\log P(j)`)).toBeNull();
    }
    expect(kindOf('\\text{Therefore } L = -\\sum_k t_k \\log y_k')).toBe('ce_multiclass');
  });

  it('set a quantifier\'s range apart from the equation it qualifies', () => {
    // ∀x multiplied in would make p(x)·x a weight other than the log's argument: an entropy read as a cross-entropy.
    expect(kindOf('H(P) = -\\sum_x p(x) \\log p(x) \\quad \\forall x')).toBe('entropy');
    expect(kindOf('H(P) = -\\sum_x p(x) \\log p(x) \\quad ∀ x \\in \\mathcal{X}')).toBe('entropy');
    expect(kindOf('L_i = -\\sum_k t_{ik} \\log y_{ik} \\;\\; \\forall i')).toBe('ce_multiclass');
    // Right after a bare Σ, ∀x is the range of the sum.
    expect(kindOf('H(p, q) =−∑∀x p(x)log(q(x))')).toBe('ce_multiclass');
  });
});

describe('blocks of several equations', () => {
  it('are named by a cross-entropy defined after an entropy or a divergence', () => {
    const block = '\\begin{aligned} H(u) &= -\\sum_{j}u(x_j) \\log u(x_j) \\\\ D_{KL}(u \\parallel v) &= \\sum_{j}u(x_j)\\log \\frac{u(x_j)}{v(x_j)} \\\\ H(u,v) &= -\\sum_j u(x_j)\\log v(x_j) \\end{aligned}';
    expect(recogniseFormula(block)?.kind).toBe('ce_multiclass');
  });

  it('keep the entropy or divergence where no cross-entropy follows', () => {
    const block = '\\begin{aligned} H(u) &= -\\sum_{j}u_j \\log u_j \\\\ D_{KL}(u \\parallel v) &= \\sum_{j}u_j\\log \\frac{u_j}{v_j} \\end{aligned}';
    expect(recogniseFormula(block)?.kind).toBe('entropy');
  });

  it('read a likelihood worked down to a squared difference as a Gaussian, no cross-entropy', () => {
    expect(recogniseFormula('-\\log L(\\theta) = -\\sum_{i=1}^{N} \\log P(y_i \\mid x_i; \\theta) = \\sum_{i=1}^{N} \\frac{(y_i - f(x_i; \\theta))^2}{2\\sigma^2} + N\\log(\\sqrt{2\\pi\\sigma^2})')?.kind ?? null).toBeNull();
    expect(recogniseFormula('\\log P(y\\mid x) = \\sum_{i=1}^{m}\\log P(y^{(i)}\\mid x^{(i)}) = C_1 - C_2\\sum_{i=1}^{m}(y^{(i)} - \\theta^Tx^{(i)})^2')?.kind ?? null).toBeNull();
    // Without the squared difference the same first member is the one-hot cross-entropy.
    expect(kindOf('-\\log L(\\theta) = -\\sum_{i=1}^{N} \\log P(y_i \\mid x_i; \\theta)')).toBe('ce_multiclass_batch');
  });
});
