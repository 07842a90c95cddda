import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { kindOf, rolesOf } from './test-support';

describe('ce_multiclass', () => {
  it.each([
    'E = -\\sum_{k=1}^{K} t_k \\log y_k',
    'H(p,q) = -\\sum_x p(x)\\log q(x)',
    '{\\displaystyle H(p,q)=-\\sum _{x\\in {\\mathcal {X}}}p(x)\\,\\log q(x)}',
    'L = -\\sum_{k} \\mathbb{1}[y = k] \\log p_k',
    'L = -\\sum_{k} \\mathbb{1}\\{y = k\\} \\log p_k',
    'L = -\\sum_{k} 1_{y = k} \\log p_k',
    'L = -\\sum_{k} \\delta_{k,y} \\ln p_k',
    '-\\log p_{y}',
    '\\ell = -\\log \\hat{y}_{t}',
    'E = -\\left( t_1 \\log y_1 + t_2 \\log y_2 + t_3 \\log y_3 \\right)',
    'H(p, q) = \\sum_i p_i \\log \\frac{1}{q_i}',
    '−Σ p(x) log q(x)',
    'E = - \\sum_{k=1}^{K} t_{k} \\log_{2} y_{k} \\label{eq:ce}',
    'H(P^*, P) = -\\sum_{i} P^*(i) \\log P(i)',
    '\\begin{equation} E = -\\sum_k \\boldsymbol{t}_k \\cdot \\log \\boldsymbol{y}_k \\end{equation}',
    // One-hot notes: the stated condition names the true class of a model's output.
    '-\\log f(x)_k \\quad \\text{if } y_k = 1.',
    '\\ell = -\\ln p(j \\mid x) \\quad \\text{if } c = j',
    '-\\log P(y = k \\mid x) \\text{ where } t_k = 1',
    '-\\log \\hat{y}_k,\\ \\text{for } y_{\\mathrm{true},k} = 1',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
  });

  it('reads an estimate taken at a class named by a word (true, correct, target), also given its parameters', () => {
    expect(rolesOf('-\\log(\\hat{s}_{\\text{true class}}(\\theta))')).toMatchObject({ prediction: '\\hat{s}_{\\text{true class}}' });
    expect(kindOf('-\\log \\hat{q}_{\\text{target}}(u)')).toBe('ce_multiclass');
    // Under a sum, p_{true}(x_i) is the data's law; a model's name is no class.
    expect(kindOf('-\\sum_i \\log p_{\\text{true}}(u_i)')).toBeNull();
    expect(kindOf('-\\log \\hat{q}_{\\text{model}}(u)')).toBeNull();
  });

  it('refuses a sum of one constant, the entropy of the uniform written out', () => {
    expect(recogniseFormula('I = -A\\sum_{j=1}^{M}\\frac{1}{M}\\ln\\frac{1}{M}')).toBeNull();
    expect(recogniseFormula('H = -\\sum_{j=1}^{M}\\frac{1}{M}\\log\\frac{1}{M} = \\log M')).toBeNull();
    // Indexed or called symbols are a distribution: still a cross-entropy.
    expect(recogniseFormula('-\\sum_{j=1}^{M}\\frac{1}{M}\\log q_j')?.kind).toBe('ce_multiclass');
  });

  it('refuses the weight\'s own distribution scaled inside the log (−Σ p log(n·p)): an entropy shifted by a constant', () => {
    expect(kindOf('-\\sum_x r(x) \\log(r(x) \\cdot n)')).toBeNull();
    expect(kindOf('\\sum_{i=1}^m r_i \\log_d \\frac{1}{r_i m}')).toBeNull();
    // Another distribution scaled is still read as written.
    expect(kindOf('-\\sum_x r(x) \\log s(x)')).toBe('ce_multiclass');
  });
  it('refuses a normal density\'s log and its exponential factor read after an unbracketed log', () => {
    expect(kindOf('\\arg\\max \\sum_{i}^N \\log \\mathcal{N}(s_{i}; w^T x_{i} + b, \\sigma^2)')).toBeNull();
    expect(kindOf('-\\sum_i \\log \\mathcal{N}(x_i | \\mu, \\sigma)')).toBeNull();
    expect(kindOf('L = \\sum_{i=1}^n ln \\frac{1}{\\sqrt{2 \\pi \\sigma^2}} exp [-\\frac{(x-\\mu)^2}{2\\sigma ^2} ]')).toBeNull();
  });
  it('refuses a divergence\'s or a loss\'s name as a weight, its bracket left open over a log', () => {
    expect(kindOf('- KL(q(\\theta) \\ || \\ p(\\theta \\ | \\ \\mathbf{x}) + \\log p(x)')).toBeNull();
    expect(kindOf('-CE(y, \\hat y + \\log p')).toBeNull();
    // A letter weight is still read as written.
    expect(kindOf('-w \\log q')).toBe('ce_multiclass');
  });
  it('refuses one bare term under a name that is no loss: free energies, Boltzmann-style entropies', () => {
    for (const tex of ['F = -k_B T \\ln Z', 'G = -RT\\ln K', 'F = -kT\\ln Z = -kT\\ln\\sum_i e^{-E_i/kT}', 'S = -k\\ln W', 'A = -T \\log Z']) {
      expect(recogniseFormula(tex)?.kind ?? 'none', tex).not.toMatch(/^ce_/);
    }
    // A loss's name, an error's E, a vector's dot product or no name at all keep the one-term form.
    for (const tex of ['L = -t \\ln y', 'E = -t \\cdot \\log y', '-\\mathbf{t}\\cdot\\log\\mathbf{y}', 'C = -y\\log\\hat{y}', 'F = -y_j \\log \\hat{y}_j']) {
      expect(recogniseFormula(tex)?.kind, tex).toBe('ce_multiclass');
    }
  });

  it('refuses the log of one outcome under a name taken at that outcome: its information content', () => {
    for (const tex of ['S(t) = -\\log_2 p_t', 'I(w) = -\\ln q_w', 'h(i) = -\\log u_i']) expect(recogniseFormula(tex)?.kind ?? 'none', tex).toBe('none');
    // A loss's name at the true class, or a name taken at something else, keeps the one-hot loss.
    for (const tex of ['L(c) = -\\log q_c', '\\ell(k) = -\\log q_k', 'S(x) = -\\log q_c']) expect(recogniseFormula(tex)?.kind, tex).toBe('ce_multiclass');
  });

  it('reads a lone −log at a class letter j or k as the loss at the true class, unless a name takes that outcome', () => {
    expect(rolesOf('-\\log p_j')).toMatchObject({ target: 'j', prediction: 'p' });
    expect(kindOf('= - \\log \\hat{y}_k')).toBe('ce_multiclass');
    expect(kindOf('-\\log(a_j)')).toBe('ce_multiclass');
    expect(kindOf('J_k = -\\log p_k')).toBe('ce_multiclass');
    // A quantity of outcome k (s_k, S_k) is its information content; i is as often a surprisal's index.
    expect(kindOf('s_k = -\\log p_k')).toBeNull();
    expect(kindOf('-\\log p_i')).toBeNull();
  });

  it('refuses the log of one named outcome under an information\'s name (I, surprisal): its information content', () => {
    for (const tex of ['I = -\\log_2 p_{\\text{event}}', 'I(\\text{rain}) = -\\log p_{\\text{rain}}', '\\text{surprisal} = -\\ln q_{\\text{heads}}']) expect(recogniseFormula(tex)?.kind ?? 'none', tex).toBe('none');
    // Under a loss's name the same form is the loss at the class the word names.
    expect(recogniseFormula('L = -\\log p_{\\text{cat}}')?.kind).toBe('ce_multiclass');
  });

  it('names the roles as written', () => {
    expect(rolesOf('E = -\\sum_{k=1}^{K} t_{k} \\log_{2} y_{k}')).toEqual({ target: 't_k', prediction: 'y_k', classIndex: 'k', classBound: 'K', logBase: '2' });
    expect(rolesOf('L = -\\sum_{k} \\mathbb{1}[y = k] \\log p_k').target).toBe('y');
    expect(rolesOf('-\\log p_{y_i}')).toMatchObject({ target: 'y_i', prediction: 'p' });
    // A factor indexed by the label the prediction's subscript picks weights that class; it is no target.
    expect(rolesOf('\\ell = -\\beta_{c_n} \\ln q_{n, c_n}')).toMatchObject({ target: 'c_n', prediction: 'q', weight: '\\beta_{c_n}' });
    expect(rolesOf('E = -\\frac{1}{M}\\sum_{n=1}^M \\beta_{c_n} \\ln q_{n, c_n}')).toMatchObject({ target: 'c_n', weight: '\\beta_{c_n}', sampleIndex: 'n' });
    // Of two factors alike, the one named a weight (a weight's letter, a word saying weight) is none, after the log too.
    expect(rolesOf('-\\sum_c s_c \\log(q_c) w_c')).toMatchObject({ target: 's_c', weight: 'w_c' });
    expect(rolesOf('-mean(gt * log(pr) * class_weights)')).toMatchObject({ target: 'gt', prediction: 'pr', weight: 'class_weights' });
  });

  it('takes the label from the subscript of a function’s output, not its parameters', () => {
    expect(rolesOf('\\ell = -\\log g_{c}(u)')).toMatchObject({ target: 'c' });
    expect(kindOf('\\ell = -\\ln g_{\\phi, c_m}(u_m)')).toBe('ce_multiclass');
    expect(kindOf('-\\log g_{\\phi}(u)')).toBeNull();
  });

  it('tells two distributions of one letter apart by their subscripts under a sum', () => {
    expect(rolesOf('-\\sum_j y_{t,j} \\log y_{p,j}')).toEqual({ target: 'y_{t,j}', prediction: 'y_{p,j}', classIndex: 'j' });
    expect(kindOf('H(p_1, p_2) = -\\sum_x p_1(x) \\log p_2(x)')).toBe('ce_multiclass');
    expect(kindOf('-\\sum y_t \\log y_p')).toBe('ce_multiclass');
    expect(kindOf('-\\sum_i y_{t,i} \\log y_{p,i} + (1-y_{t,i})\\log(1-y_{p,i})')).toBe('ce_binary_batch');
    // The same subscript, or one the sum binds, is one distribution: an entropy.
    expect(kindOf('-\\sum_{i,j} p_{ij} \\log p_{ij}')).toBe('entropy');
    expect(kindOf('-\\sum p_i \\log p_i')).toBe('entropy');
    // Without a sum it is a product's log misread, not H(p_2, p_1).
    expect(kindOf('-\\log p_1 p_2 = -\\log p_1 - \\log p_2') ?? '').not.toMatch(/^ce_/);
  });

  it.each([
    ['entropy', 'H(p) = -\\sum_x p(x)\\log p(x)'],
    ['entropy, minus inside', 'H[P] = \\sum_j - P(j) \\log P(j)'],
    ['KL', 'D_{KL}(p\\|q) = \\sum_x p(x) \\log \\frac{p(x)}{q(x)}'],
    ['conditional entropy', 'H(Y|X) = -\\sum_{x,y} p(x,y) \\log p(y|x)'],
    ['surprisal', '-\\log p(x)'],
    ['MSE', 'E = \\frac{1}{2}\\sum_k (y_k - t_k)^2'],
    ['perplexity', 'PP = 2^{-\\sum_x p(x) \\log_2 q(x)}'],
    ['log-likelihood sign', '\\log L = \\sum_k t_k \\log y_k'],
    ['a log-likelihood over the data points', '\\ell(\\theta; x) = \\log L(\\theta; x) = \\sum_{x} \\log f(x; \\theta)'],
    ['a count times the log of a floor', 'C = -N\\log(\\epsilon)'],
    ['a class count times the log of a tolerance', '-K \\log \\delta'],
    ['a target weighting the log of a constant', '-t \\log \\varepsilon'],
    ['a count times the log of a probability', '-n \\log p'],
    ['a return-weighted log-probability of each action (a policy gradient)', 'L = -\\sum_{t} \\log \\pi_\\theta(a_t \\mid s_t) G_t'],
    ['a sample-weighted log-likelihood of the labels', '-\\sum_i w_i \\log p(y_i|x_i)'],
    ['a Gaussian log-likelihood’s normaliser', '\\log L(\\mu) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_i (x_i-\\mu)^2'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('ce_multiclass');
  });
  it('reads a sum weighted by the very label each probability is of as a one-hot target, not a sample weight', () => {
    expect(kindOf('\\text{交叉熵损失} = -\\sum_{i=1}^{n} y_i \\log(p(y_i|x_i))')).toBe('ce_multiclass');
    expect(kindOf('-\\sum_i r_i \\log p(y_i|x_i)')).toBeNull();
  });
  it('reads a prediction of several inputs parted by commas (Q(s_i, a_i)) as the prediction, not a conditional', () => {
    expect(kindOf('L = -\\sum_{i} u_i \\log Q(s_i, a_i)')).toBe('ce_multiclass');
    // The bar makes the conditional, whose weight is the sample's: still rejected.
    expect(kindOf('L = -\\sum_{i} u_i \\log Q(s_i \\mid a_i)')).toBeNull();
  });
  it('takes the true class from structure, and says when only the letter decided', () => {
    expect(recogniseFormula('\\ell(\\mathbf{p}, k) = -\\log p_k')?.diagnostics).toEqual([]);
    expect(rolesOf('L = -\\log p_{\\text{true}}')).toMatchObject({ target: '\\text{true}', prediction: 'p' });
    expect(kindOf('I(k) = -\\log p_k')).toBeNull();
    expect(recogniseFormula('-\\log p_{y}')?.diagnostics.map((d) => d.code)).toEqual(['roles_guessed']);
    // An entropy has no true class to guess: no such diagnostic there.
    expect(recogniseFormula('-k \\cdot P(x) \\log P(x)')?.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('reads the one weight a one-hot target leaves, written out (−1 · log ŷ_k), as the collapse at the true class k', () => {
    expect(rolesOf('-1 \\cdot \\ln(\\hat{q}_m)')).toEqual({ target: 'm', prediction: '\\hat{q}', classIndex: 'm', logBase: 'e' });
    // Another number, no number, or a sum over the index: not this reading.
    expect(kindOf('-2 \\ln \\hat{q}_m')).toBeNull();
    expect(kindOf('-\\ln \\hat{q}_m')).toBeNull();
    expect(kindOf('E = -\\sum_m 1 \\cdot \\ln \\hat{q}_m')).toBeNull();
  });

  it('names the true class of a one-hot collapse as its class index, and a summed index over it in a chain', () => {
    expect(rolesOf('L = -\\log q_{\\text{gold}}')).toEqual({ target: '\\text{gold}', prediction: 'q', classIndex: '\\text{gold}' });
    expect(rolesOf('E = -\\log g_{m^*}')).toMatchObject({ classIndex: 'm^*' });
    // A target weighting the log, or the chain's sum over the classes, names the index instead.
    expect(rolesOf('E = -c \\log g')).not.toHaveProperty('classIndex');
    expect(rolesOf('E = -\\log g_{c} = -\\sum_m [c = m] \\log g_m')).toMatchObject({ classIndex: 'm' });
  });

  it('tells a weight from the target by their indices, not their names', () => {
    expect(rolesOf('L = -\\sum_{k} m_k\\, t_{i,k} \\log y_{i,k}')).toMatchObject({ target: 't_{i,k}', weight: 'm_k' });
    expect(rolesOf('-\\sum_i y_{\\text{true}, i} \\log y_{\\text{pred}, i}')).toMatchObject({ target: 'y_{\\text{true},i}' });
  });

  it.each([
    'H(p,q)=H(p)+D_{KL}(p\\|q)',
    'H(p, q) = H(p) + D_{\\mathrm{KL}}(p \\parallel q)',
    'H(P, Q) = D_{KL}(P\\|Q) + H(P)',
  ])('reads the identity %s as cross-entropy, p the target and q the prediction', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
    expect(rolesOf(tex)).toMatchObject({ target: expect.stringMatching(/^[pP]$/), prediction: expect.stringMatching(/^[qQ]$/) });
  });

  it.each(['H(q) + D_{KL}(p\\|q)', 'H(p) + H(q)', 'D_{KL}(p\\|q) = H(p,q) - H(p)'])('does not read %s as cross-entropy', (tex) => {
    expect(kindOf(tex) ?? 'none').not.toMatch(/^ce_/);
  });

  it('reads an array named softmax, indexed with square brackets, as the prediction picked at the label', () => {
    expect(recogniseFormula('loss = -log(softmax[target])')?.roles).toEqual({ target: 'target', prediction: 'softmax', classIndex: 'target' });
    // Called with round brackets and indexed after, it is the function: the logits' softmax.
    expect(recogniseFormula('loss = -log(softmax(z)[y])')?.kind).toBe('ce_from_logits');
  });

  it('reads a camel-case name that starts like exp (expectedOutput) as a name', () => {
    expect(recogniseFormula('output[i] = -1 * (expectedOutput[i] * Math.Log(actualOutput[i]));')?.kind).toBe('ce_multiclass');
  });
});

