import { describe, expect, it } from 'vitest';
import { exprTex } from './expr';
import { kindOf } from './kinds/test-support';
import { readFormula } from './read';
import { withDefinitionsInPlace } from './definitions';
import { recogniseFormula } from './index';

const placed = (tex: string) => {
  const chains = withDefinitionsInPlace(readFormula(tex)!.built);
  return chains ? chains.map((chain) => chain.members.map(exprTex)) : null;
};

describe('definitions put in place', () => {
  it('puts a plain symbol’s definition in the equations that use it, and keeps the definition', () => {
    expect(placed('L = -\\log \\frac{e^{s_y}}{Z}, \\quad Z = \\sum_j e^{s_j}')?.[0]?.[1]).toContain('\\sum');
    expect(placed('L = -\\log \\frac{e^{s_y}}{Z}, \\quad Z = \\sum_j e^{s_j}')?.[1]?.[0]).toBe('Z');
  });

  it('leaves what is not one definition of a plain symbol used elsewhere', () => {
    // Indexed (a family), defined twice, defined by itself, or used nowhere else.
    expect(placed('L = -\\log p_y, \\quad p_y = \\frac{e^{s_y}}{\\sum_j e^{s_j}}')).toBeNull();
    expect(placed('L = -\\log Z, \\quad Z = a, \\quad Z = b')).toBeNull();
    expect(placed('L = -\\log Z, \\quad Z = Z + 1')).toBeNull();
    expect(placed('Z = \\sum_j e^{s_j}')).toBeNull();
    // A function's name is not the symbol.
    expect(placed('L = f(x), \\quad f = 2')).toBeNull();
  });

  it('reads a loss whose normaliser is defined after it', () => {
    expect(kindOf('L = -\\log \\frac{e^{s_y}}{Z}, \\quad Z = \\sum_j e^{s_j}')).toBe('ce_from_logits');
    expect(kindOf('\\ell = -\\log \\Big(e^{u_2}/S\\Big),\\, S = e^{u_1} + e^{u_2} + e^{u_3} + e^{u_4}')).toBe('ce_from_logits');
    // A definition alone is no loss.
    expect(kindOf('q_k = \\frac{e^{u_k}}{S}, \\quad S = \\sum_j e^{u_j}')).toBeNull();
  });

  it('reads a loss built from a log-likelihood defined before it (code\'s logprobs, read as log(probs))', () => {
    expect(kindOf('logprobs = np.multiply(np.log(V),U) + np.multiply((1-U), np.log(1-V)); cost = - np.sum(logprobs) / m')).toBe('ce_binary_batch');
    expect(kindOf('lp = U*np.log(V) + (1-U)*np.log(1-V) \\\\ cost = -np.sum(lp)/m')).toBe('ce_binary_batch');
    // The log-likelihood alone stays one.
    expect(kindOf('logprobs = np.multiply(np.log(V),U) + np.multiply((1-U), np.log(1-V))')).toBe('log_likelihood');
  });
});

describe('a name defined beside the formula, read with the recogniser', () => {
  it('reads the formula with the definition put in (a softmax normaliser named apart)', () => {
    expect(recogniseFormula('E = -\\ln(e^{a_2}/S),\\; S = e^{a_1}+e^{a_2}')).toMatchObject({ kind: 'ce_from_logits', roles: { prediction: 'a' } });
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
