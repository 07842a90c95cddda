import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';

describe('a name defined beside the formula stands for its definition', () => {
  it('reads the formula with the definition put in (a softmax normaliser named apart)', () => {
    expect(recogniseFormula('E = -\\ln(e^{a_2}/S),\\; S = e^{a_1}+e^{a_2}')).toMatchObject({ kind: 'ce_from_logits', roles: { target: '2', prediction: 'a' } });
    expect(recogniseFormula('J = -\\ln \\frac{e^{s_c}}{Q},\\quad Q = \\sum_k e^{s_k}')).toMatchObject({ kind: 'ce_from_logits', roles: { target: 'c', classIndex: 'k' } });
    // Defined on a line of its own, before the loss.
    expect(recogniseFormula('Q = \\sum_k e^{s_k} \\\\ J = -\\ln \\frac{e^{s_c}}{Q}')?.kind).toBe('ce_from_logits');
  });

  it('a value worked out is no definition, and a definition makes no cross-entropy of what is none', () => {
    expect(recogniseFormula('J = -\\ln \\frac{e^{s_c}}{Q},\\quad Q = 4.5')).toBeNull();
    expect(recogniseFormula('J = \\ln Q,\\quad Q = \\sum_k e^{s_k}')).toBeNull();
    expect(recogniseFormula('J = -\\ln \\frac{x}{Q},\\quad Q = \\sum_k e^{s_k}')).toBeNull();
  });

  it('leaves a formula read as written alone (a prediction defined after it keeps its kind)', () => {
    expect(recogniseFormula('L = -[c \\log g + (1-c)\\log(1-g)],\\quad g = \\frac{1}{1+e^{-s}}')?.kind).toBe('ce_binary');
  });
});
