import { describe, expect, it } from 'vitest';
import type { Atom } from './atoms';
import { typedSpacesBetweenLetters } from './atoms';
import { canonicalMember } from './canonical/test-support';
import { recogniseFormula } from './index';

const sym = (name: string): Atom => ({ t: 'sym', name });

describe('atoms', () => {
  it('keeps accented letters of text (où, wobei, dove) whole, so a connecting word is read as prose', () => {
    expect(recogniseFormula('L = -\\log p_i \\text{ où } y_i = 1')?.roles).toEqual({ target: 'i', prediction: 'p', classIndex: 'i' });
    expect(recogniseFormula('L = -\\log q_k, \\text{ wobei } t_k = 1')?.roles).toEqual({ target: 'k', prediction: 'q', classIndex: 'k' });
    expect(recogniseFormula('L = -\\log p_c \\quad \\text{donde } y_c = 1')?.roles).toEqual({ target: 'c', prediction: 'p', classIndex: 'c' });
  });

  it('typedSpacesBetweenLetters: a typed space stays only where it keeps two letters apart', () => {
    expect(typedSpacesBetweenLetters([sym('x'), { t: 'gap' }, sym('p')])).toEqual([sym('x'), { t: 'gap' }, sym('p')]);
    expect(typedSpacesBetweenLetters([{ t: 'num', text: '5' }, { t: 'gap' }, { t: 'text', text: 'bits' }])).toEqual([{ t: 'num', text: '5' }, { t: 'text', text: 'bits' }]);
  });

  it('reads dx\\, p(x) as the differential and p, not one word', () => {
    expect(canonicalMember('\\int dx\\, p(x)')).toBe(canonicalMember('\\int dx \\; p(x)'));
    expect(canonicalMember('\\int dx\\, p(x)')).not.toContain('dxp');
    // A negative kern joins: \\log\\!x is still log x.
    expect(canonicalMember('a\\!b')).toBe(canonicalMember('ab'));
  });

  it('reads \\overline over one scripted letter as that letter barred, another symbol, like \\bar', () => {
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\overline{y_i}')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\overline{y_i}')?.roles.prediction).toBe('\\bar{y}_i');
    // Over more than one symbol it stays emphasis, so the sum of a barred sum is not read as a log's argument.
    expect(recogniseFormula('L = -\\sum_i y_i \\log \\overline{y_i + 1}')).toBeNull();
  });

  it('reads \\backsim and \\thicksim under an expectation as "is distributed as", like \\sim', () => {
    expect(recogniseFormula('H = -E_{X \\backsim P}[\\log P(x)]')?.kind).toBe('entropy');
    expect(recogniseFormula('H = -E_{x \\thicksim p}[\\log q(x)]')?.kind).toBe('ce_expectation');
  });

  it('reads \\bigtriangledown, \\triangledown and ▽ before a subscript as the gradient ∇: a derivative, no loss', () => {
    expect(recogniseFormula('\\bigtriangledown_{\\theta} J = -\\bigtriangledown_{\\theta} \\sum_i \\sum_k u_{ik} \\log v_{ik}')).toBeNull();
    expect(recogniseFormula('\\triangledown_{w} J = -\\sum_i \\triangledown_{w} \\log v_i')).toBeNull();
    expect(recogniseFormula('▽_w J = -▽_w \\sum_k u_k \\log v_k')).toBeNull();
  });

  it('reads √x as its radicand to the half, so a log under a root is no term of the product round it', () => {
    expect(recogniseFormula('z = \\sqrt{-2\\ln u}\\cos(2\\pi v)')).toBeNull();
    // A root in a softmax's logits (a temperature √d) is kept, and written as a root.
    expect(recogniseFormula('-\\sum_k t_k \\log \\frac{e^{z_k/\\sqrt{d}}}{\\sum_j e^{z_j/\\sqrt{d}}}')?.roles).toMatchObject({ prediction: '\\frac{z_k}{\\sqrt{d}}' });
  });
});
