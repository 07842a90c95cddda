import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';
import { arrowToMin } from './tree-objectives';

describe('tree rules: an objective under its optimiser', () => {
  it('optimiser-dropped: argmax, \\arg\\max, argmin and min over a sum are the sum', () => {
    expect(canonicalMember('\\arg\\max_{w} \\sum_j \\log g_j')).toBe('\\sum\\log(g_j)');
    expect(canonicalMember('\\operatorname*{arg\\,min}_{w} \\sum_j \\log g_j')).toBe('\\sum\\log(g_j)');
    expect(canonicalMember('\\min_{w} -\\sum_j \\log g_j')).toBe('-\\sum\\log(g_j)');
    // \arg\min with the objective's minus after it, and the terms after the sum kept.
    expect(canonicalMember('\\arg\\min_{w} -\\sum_j \\log g_j')).toBe('-\\sum\\log(g_j)');
    expect(canonicalMember('\\min_{w} -\\sum_j c_j \\log g_j + b')).toBe(canonicalMember('-\\sum_j c_j \\log g_j + b'));
    // max of numbers or of one symbol is arithmetic: as written.
    expect(canonicalMember('\\max(z, 0)')).toContain('max');
    expect(canonicalMember('\\max_k z_k')).toContain('max');
  });

  it.each([
    ['an estimate maximising the log-likelihood', '\\hat{w} = \\arg\\max_{w} \\sum_{j=1}^{M} \\left[c_j\\log g_j + (1-c_j)\\log(1-g_j)\\right]', 'log_likelihood'],
    ['an argmin over a sum whose brackets were left out', 'w^* = \\arg\\min_w -\\sum_{j} c_j \\log g_j + (1-c_j)\\log(1-g_j)', 'ce_binary_batch'],
    ['an argmin over a bracketed objective with terms after its sum', 'w^* = \\operatorname{argmin}_{w} \\left( -\\sum_{j} c_j \\log g_j + (1-c_j)\\log(1-g_j) \\right)', 'ce_binary_batch'],
    ['a minimised mean log-loss', '\\hat{w} = \\operatorname*{argmin}_{w} -\\frac{1}{M}\\sum_{j=1}^{M} \\left[c_j\\log g_j + (1-c_j)\\log(1-g_j)\\right]', 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBe(kind);
  });

  it('optimiser-dropped: an optimiser with its limit set under it (\\underset) over a product with no index', () => {
    expect(canonicalMember('\\underset{\\theta}{\\mathrm{argmax}}\\; \\prod y_{k}^{t_k}')).toBe(canonicalMember('\\prod y_{k}^{t_k}'));
    expect(recogniseFormula('\\underset{\\theta}{\\mathrm{argmax}}\\; \\prod \\hat y_i^{y_i}(1-\\hat y_i)^{1-y_i}')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('\\underset{w}{\\min}\\; \\sum_i (y_i - w x_i)^2')).toBeNull();
  });

  it.each([
    ['\\operatorname{argmin}', '\\underset{\\theta}{\\operatorname{argmin}}'],
    ['\\arg\\min', '\\underset{\\theta}{\\arg\\min}'],
    ['\\text{arg min}', '\\underset{\\theta}{\\text{arg min}}'],
  ])('optimiser-dropped: %s under its variable before a negated sum', (_name, optimiser) => {
    expect(recogniseFormula(`\\hat\\theta = ${optimiser} \\; -\\frac{1}{N}\\sum_{i=1}^N \\sum_k y_{ik}\\log p_{ik}`)?.kind).toBe('ce_multiclass_batch');
  });

  it('leaves an optimiser over something else unbadged', () => {
    expect(recogniseFormula('\\hat{w} = \\arg\\min_{w} \\sum_{j} (c_j - g_j)^2')?.kind ?? null).toBeNull();
    expect(recogniseFormula('\\hat{w} = \\operatorname{argmin}_{w} \\left( \\sum_{j} (c_j - g_j)^2 + \\lambda \\|w\\|^2 \\right)')?.kind ?? null).toBeNull();
  });
  it('optimiser-dropped: min_θ before one sample’s loss or a loss on logits drops too', () => {
    expect(recogniseFormula('\\min_{\\theta} \\; -[y \\ln p + (1 - y) \\ln(1 - p)]')?.kind).toBe('ce_binary');
    expect(recogniseFormula('\\min_{W} \\; -z_c + \\log \\sum_j \\exp(z_j)')?.kind).toBe('ce_from_logits');
    // max over the classes of a log keeps its argument: no objective.
    expect(recogniseFormula('\\max_k \\log p_k')).toBeNull();
  });

  it('arrow-to-min: a formula with an arrow to min after it is a cost', () => {
    expect(arrowToMin('\\sum_i a_i \\rightarrow \\min')).toBe('\\mathrm{cost} = \\sum_i a_i');
    expect(arrowToMin('Q(w) = \\sum_i a_i \\to \\min_w')).toBe('\\mathrm{cost} = Q(w) = \\sum_i a_i');
    expect(arrowToMin('x \\rightarrow \\max')).toBe('x \\rightarrow \\max');
    expect(arrowToMin('\\sum_i a_i \\rightarrow \\min,')).toBe('\\mathrm{cost} = \\sum_i a_i');
    // A cost whose minus was meant for both terms is the binary loss.
    expect(recogniseFormula('\\sum_{i=1}^l \\bigl( y_i \\log a_i - (1-y_i) \\log (1-a_i) \\bigr) \\rightarrow min')?.kind).toBe('ce_binary_batch');
  });
});
