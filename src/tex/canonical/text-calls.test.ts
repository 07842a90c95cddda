import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracedArguments, bracedSigmoidArguments, bracketedComponent, callSubscript, componentOfLog, evaluationBarIndex } from './text-calls';
import { subscriptedExponents } from './text-powers';

describe('text rules: function notation', () => {
  it('call-subscript: the index of a function’s output goes on its name', () => {
    expect(callSubscript('f(x)_k')).toBe('f_{k}(x)');
    expect(callSubscript('h_\\theta(x^{(i)})_{k}')).toBe('h_{\\theta,k}(x^{(i)})');
    // A space between a Greek command and its bracket is nothing in TeX.
    expect(callSubscript('\\sigma (m(x_i))_k')).toBe('\\sigma_{k}(m(x_i))');
    expect(callSubscript('f(x)_{t_{i}}')).toBe('f_{t_{i}}(x)');
    expect(callSubscript('\\sigma(z)_j')).toBe('\\sigma_{j}(z)');
    expect(callSubscript('f(x)[k] + h_\\theta(x)[i, k]')).toBe('f_{k}(x) + h_{\\theta,i,k}(x)');
    // Commands that are not a function's name, and brackets without a subscript, stay.
    expect(callSubscript('\\log(x)_2 + \\mathrm{softmax}(z)_c + (a+b)_k + f(x)')).toBe('\\log(x)_2 + \\mathrm{softmax}(z)_c + (a+b)_k + f(x)');
  });

  it('braced-arguments: braces around a call’s brackets only group them', () => {
    expect(bracedArguments('q_j{(u_m; v)}^{s_{jm}}')).toBe('q_j(u_m; v)^{s_{jm}}');
    expect(bracedArguments('g_{c}{(u)} + h{(u)}')).toBe('g_{c}(u) + h(u)');
    // Arguments with braced scripts of their own.
    expect(bracedArguments('q_j{(u_{m}, v)}^{s_{jm}}')).toBe('q_j(u_{m}, v)^{s_{jm}}');
    // A command's argument or a script keeps its braces.
    expect(bracedArguments('\\frac{(a)}{(b)} + u^{(m)} + \\mathbf{(u)}')).toBe('\\frac{(a)}{(b)} + u^{(m)} + \\mathbf{(u)}');
  });

  it('braced-sigmoid-arguments: σ\\{…\\} and σ{…} are σ(…)', () => {
    expect(bracedSigmoidArguments('\\sigma\\{g(u_m; v)\\}^{s_m}[1 - \\sigma\\{g(u_m; v)\\}]')).toBe('\\sigma(g(u_m; v))^{s_m}[1 - \\sigma(g(u_m; v))]');
    expect(bracedSigmoidArguments('1 - \\sigma{u_m}')).toBe('1 - \\sigma(u_m)');
    // σ with scripts, or a brace left open, stays.
    expect(bracedSigmoidArguments('\\sigma_j^2 + \\sigma\\{u')).toBe('\\sigma_j^2 + \\sigma\\{u');
  });

  it.each([
    ['a Bernoulli likelihood with the sigmoid’s argument in braces', 'Q = \\prod_{m=1}^{M} \\sigma\\{g(u_m)\\}^{s_m} [1 - \\sigma\\{g(u_m)\\}]^{1-s_m}', 'likelihood_product'],
    ['a likelihood with braced arguments, negated', '-\\ln \\prod_{m}\\prod_{j} q_j{(u_m)}^{s_{jm}}', 'ce_multiclass_batch'],
    ['a model output indexed by class', 'L = -\\sum_k y_k \\log f(x)_k', 'ce_multiclass'],
    ['Ng’s hypothesis per class', 'J = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} y_k^{(i)} \\log h_\\theta(x^{(i)})_k', 'ce_multiclass_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('reads the entropy of a model’s output as an entropy', () => {
    expect(recogniseFormula('H = -\\sum_k f(x)_k \\log f(x)_k')?.kind).toBe('entropy');
  });

  it('component-of-log: [\\log v]_k, the component of an elementwise log, is the log of the component', () => {
    expect(componentOfLog('-[\\ln \\phi(h(u_{m}))]_{c_{m}}')).toBe('-\\ln \\phi(h(u_{m}))_{c_{m}}');
    expect(componentOfLog('-\\left[ \\log \\hat{q}_b \\right]_{c_b}')).toBe('-\\log [\\hat{q}_b]_{c_b}');
    expect(componentOfLog('-[\\log(r)]_{j}')).toBe('-\\log [r]_{j}');
    // A sum of logs, or a bracket with no index after it, is no component.
    expect(componentOfLog('[\\log a + \\log b]_k')).toBe('[\\log a + \\log b]_k');
    expect(componentOfLog('-[\\log a - b]_k + [\\log c]')).toBe('-[\\log a - b]_k + [\\log c]');
    expect(recogniseFormula('J = -\\frac{1}{M}\\sum_{m}[\\ln \\phi(h(u_{m}))]_{c_{m}}')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { target: 'c_m', sampleIndex: 'm' } });
    expect(recogniseFormula('J = -\\frac{1}{B}\\sum_{b=1}^{B} \\left[\\log \\hat{\\mathbf{q}}_b\\right]_{c_b}')?.kind).toBe('ce_multiclass_batch');
    // A thin space before the log, or the log set upright by name, is the same log.
    expect(componentOfLog('-[\\,\\log \\sigma(f(x_n))]_{y_n}')).toBe('-\\log \\sigma(f(x_n))_{y_n}');
    expect(componentOfLog('-[\\mathrm{log}\\,\\sigma(f(x_n))]_{y_n}')).toBe('-\\log \\sigma(f(x_n))_{y_n}');
    expect(recogniseFormula('L = -\\frac{1}{N}\\sum_{n}\\left[\\operatorname{log}\\sigma(f(x_{n}))\\right]_{y_{n}}')?.kind).toBe('ce_multiclass_batch');
  });

  it('bracketed-component: [v]_k is the k-th component of v; a bracket after a name is its argument', () => {
    expect(bracketedComponent('\\log [\\hat{\\mathbf{v}}_i]_{u_i}')).toBe('\\log \\hat{\\mathbf{v}}_{i,u_i}');
    expect(bracketedComponent('\\log\\left[ q \\right]_k')).toBe('\\log q_{k}');
    expect(bracketedComponent('P[u]_{i} + E[X]_k + [a, b]_k')).toBe('P[u]_{i} + E[X]_k + [a, b]_k');
    expect(recogniseFormula('L = -\\frac{1}{n}\\sum_{i=1}^{n}\\log [\\hat{\\mathbf{v}}_i]_{u_i}')?.kind).toBe('ce_multiclass_batch');
    // A superscript inside stays up; a function's output in brackets takes the index on its name.
    expect(bracketedComponent('-\\log [p^i]_{y^i}')).toBe('-\\log p^{i}_{y^i}');
    expect(bracketedComponent('-\\log [\\mathcal{M}(x^i)]_{y^i}')).toBe('-\\log \\mathcal{M}_{y^i}(x^i)');
    expect(recogniseFormula('\\mathcal{l}^i = -\\log [\\mathcal{M}(x^i)]_{y^i} = -\\log [p^i]_{y^i}')?.kind).toBe('ce_multiclass');
  });

  it('evaluation-bar-index: f(x)|_{t} is the component at t; an evaluation at a point stays', () => {
    expect(evaluationBarIndex('g_\\theta(u_j)|_{s_j} + g(u)\\big|_c + g(u)|_{u=0}')).toBe('g_\\theta(u_j)_{s_j} + g(u)_c + g(u)|_{u=0}');
    expect(recogniseFormula('L = -\\frac{1}{M}\\sum_j \\log[g_\\theta(u_j)|_{s_j}]')?.kind).toMatch(/^ce_multiclass/);
    // The same with every script braced, one inside another.
    expect(evaluationBarIndex('g(u_{j})|_{s_{j}}')).toBe('g(u_{j})_{s_{j}}');
    expect(recogniseFormula('L = -\\frac{1}{M}\\sum_{j} \\log[g_\\theta(u_{j})|_{s_{j}}]')?.kind).toMatch(/^ce_multiclass/);
  });

  it('subscripted-exponents: e^s_k is e^{s_k}', () => {
    expect(subscriptedExponents('\\frac{e^{s_c}}{\\sum_j e^s_j} + e^x_{ij}')).toBe('\\frac{e^{s_c}}{\\sum_j e^{s_j}} + e^{x_{ij}}');
    expect(recogniseFormula('L = -\\log \\frac{e^{s_c}}{\\sum_{j=1}^{M} e^s_j}')?.kind).toBe('ce_from_logits');
  });
});
