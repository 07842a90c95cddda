import { describe, expect, it } from 'vitest';
import { kindOf, rolesOf } from './test-support';

describe('ce_expectation', () => {
  it.each([
    '-\\mathbb{E}_{x\\sim p}[\\log q(x)]',
    'H(p, q) = \\mathbb E_{p} \\left[ -\\log q \\right]',
    'H(q, p) = E_{q(x)}[-\\log p(x)]',
    '-\\int p(x)\\log q(x)\\,dx',
    // The operator's upright E typed as text.
    '\\text{E}_p\\left[-\\log{q}\\right]',
    'H(p,q) = -\\int_{\\mathcal{X}} p(x) \\log_2 q(x) \\, \\mathrm{d}x',
    // Physics' notation: the average ⟨·⟩_p, and the differential written first.
    'H(p, q) = -\\langle \\log q(x) \\rangle_{p}',
    '-\\int dx\\, p(x) \\ln q(x)',
    // The operator upright, or braced as an equation editor writes it.
    'H(P,Q) = \\mathrm{E}_{x\\sim P}[-\\log Q(x)]',
    'H\\left( P,Q \\right) ={ E }_{ X\\sim P }\\left[ -\\log { Q(x) } \\right]',
  ])('recognises %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_expectation');
  });

  it.each([
    ['over a pair drawn from a data set', 'J(w) = -\\mathbb{E}_{(u, c) \\sim \\mathcal{S}}\\left[\\log g_w(c \\mid u)\\right]'],
    ['over a pair, the minus inside', '\\mathbb{E}_{(\\mathbf{u}, c)\\sim \\hat{r}}[-\\ln g(c \\mid \\mathbf{u})]'],
    ['data and model told apart by their subscripts', '\\mathbb{E}_{u \\sim r_{\\text{data}}}[-\\log r_{\\text{model}}(u)]'],
    ['a law named by a word against the model given its parameters', '\\mathbb{E}_{x \\sim p_{\\text{wahr}}} [-\\ln p(x \\mid \\theta)]'],
    ['the same without brackets', '-\\mathbb{E}_{u\\sim \\hat{r}_{data}}\\log r_{model}(u)'],
  ])('recognises an expectation %s', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_expectation');
  });

  it.each([
    ['one letter, one subscript left out', '-\\mathbb{E}_{u\\sim r_{\\theta}}[\\log r(u)]'],
    ['the same subscript', '\\mathbb{E}_{u \\sim r_{\\text{data}}}[-\\log r_{\\text{data}}(u)]'],
    ['an average under its own distribution', '-\\langle \\ln p(x) \\rangle_{p}'],
    ['a differential entropy with the differential first', '-\\int dx\\, p_{\\text{data}}(x) \\log p_{\\text{data}}(x)'],
  ])('leaves an expectation of the same distribution (%s) unbadged', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('ce_expectation');
  });

  it('reads an integral over two variables, and refuses one distribution joint and conditional', () => {
    expect(kindOf('-\\int r_{\\text{data}}(u)\\log r_{\\text{model}}(u)\\,du')).toBe('ce_expectation');
    expect(kindOf('-\\int r(u,v) \\log r(v|u)\\,du\\,dv')).not.toBe('ce_expectation');
  });

  it('takes the target from the distribution of the expectation, and the outcome index from the variable drawn from it', () => {
    expect(rolesOf('-\\mathbb{E}_{x\\sim p}[\\log q(x)]')).toEqual({ target: 'p', prediction: 'q', classIndex: 'x' });
    expect(rolesOf('-\\mathbb{E}_{w\\sim r}[\\log s(w)]')).toMatchObject({ classIndex: 'w' });
    // E_p names the law only: no variable, no index.
    expect(rolesOf('\\mathbb{E}_{p}[-\\log q]')?.classIndex).toBeUndefined();
  });

  it.each([
    ['KL as expectation', 'D = \\mathbb{E}_{x \\sim P}\\left[\\log \\frac{P(x)}{Q(x)}\\right]'],
  ])('rejects %s', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('ce_expectation');
  });

  it.each(['H(p) = \\mathbb{E}_{p}[-\\log p]', 'H(P) = { E }_{ X\\sim P }\\left[ -\\log { P(x) } \\right]', 'h(p) = -\\int p(x) \\log p(x) dx'])('leaves the entropy %s to the entropy kind', (tex) => {
    expect(kindOf(tex)).toBe('entropy');
  });
});


describe('ce_expectation written without brackets, and its near misses', () => {
  it('reads E_{x∼P} f as an expectation of what follows', () => {
    expect(kindOf('H(P,Q) = \\mathbb{E}_{x\\sim P} -\\log Q(x)')).toBe('ce_expectation');
  });

  it.each([
    ['entropy with E(…) in round brackets', '\\mathbb H\\xi = -\\mathbb E \\big(\\log p(\\xi)\\big) = -\\sum\\limits_k p_k \\log p_k'],
    ['entropy as E without brackets', '\\mathbb H[p] = \\mathbb E_{\\xi \\sim p(x)} \\log\\frac 1{p(\\xi)}'],
  ])('leaves %s to the entropy kind', (_name, tex) => {
    expect(kindOf(tex)).toBe('entropy');
  });
});

describe('ce_expectation over the data, its law unwritten', () => {
  it.each([
    ['an estimate of the label given the input', '\\mathbb{E}\\left[-\\ln \\widehat{Q}(C \\mid U)\\right]'],
    ['a parametrised model, the minus outside', 'R(\\phi) = -\\mathbb{E}[\\log r_{\\phi}(c \\mid u)]'],
    ['a tilde estimate, averaged over the input only', '\\mathbb{E}_{u}\\big[-\\log \\tilde{g}(c \\mid u)\\big]'],
  ])('recognises %s', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_expectation');
  });

  it.each([
    ['the law\'s own conditional (a conditional entropy)', '\\mathbb{E}[-\\log Q(C \\mid U)]'],
    ['a model of one variable alone', '-\\mathbb{E}[\\log \\hat{r}(u)]'],
    // A marginal of the law itself (the comma inside its brackets parts the limit): an entropy.
    ['a marginal of the law averaged over', '- E_{q(z,c|x)}[log(q(z|x))]'],
    ['the log of a constant averaged (a GAN at its optimum)', '\\mathbb{E}_{x \\sim p_{\\text{data}}}[-\\log 2] + \\mathbb{E}_{x \\sim p_g}[-\\log 2] = -\\log 4'],
  ])('leaves %s unbadged as a cross-entropy', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('ce_expectation');
  });
});
