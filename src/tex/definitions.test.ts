import { describe, expect, it } from 'vitest';
import { exprTex } from './expr';
import { kindOf } from './kinds/test-support';
import { readFormula } from './read';
import { withDefinitionsInPlace } from './definitions';

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
});
