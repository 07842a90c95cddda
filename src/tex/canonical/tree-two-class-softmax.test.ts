import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';

describe('tree rule: a softmax over two classes with targets p and 1 − p', () => {
  it.each([
    ['the two outputs under their logs', '=-p\\log(\\frac{e^{\\beta_1x}}{e^{\\beta_1x}+e^{\\beta_2x}})-(1-p)\\log(\\frac{e^{\\beta_2x}}{e^{\\beta_1x}+e^{\\beta_2x}})'],
    ['numbered logits, whose normaliser is collected into a sum', '-y\\log\\frac{e^{z_1}}{e^{z_1}+e^{z_2}}-(1-y)\\log\\frac{e^{z_2}}{e^{z_1}+e^{z_2}}'],
    ['the logs expanded into the logits', '=-p\\beta_1x-(1-p)\\beta_2x+log(e^{\\beta_1x}+e^{\\beta_2x})'],
    ['the logs of the exponentials left as written', '=-p\\log{e^{\\beta_1x}}-(1-p)log{e^{\\beta_2x}}+log(e^{\\beta_1x}+e^{\\beta_2x})'],
    ['a penalty added', 'J(\\beta)=-p\\beta_1x-(1-p)\\beta_2x+log(e^{\\beta_1x}+e^{\\beta_2x})+\\lambda{(||\\beta_1||_1+||\\beta_2||_1)}'],
  ])('reads %s as binary cross-entropy on the logit a − b', (_name, tex) => {
    expect(recogniseFormula(tex)).toMatchObject({ kind: 'ce_from_logits', roles: { target: expect.stringMatching(/^[py]$/) } });
  });

  it('leaves what is not the pair alone', () => {
    // One class's output alone stays the softmax of that class.
    expect(recogniseFormula('-y\\log\\frac{e^{z_1}}{e^{z_1}+e^{z_2}}')?.roles.prediction).toBe('z');
    // Outputs of two different normalisers, or weights that do not make one, are not the pair.
    expect(recogniseFormula('-y\\log\\frac{e^{a}}{e^{a}+e^{b}}-(1-y)\\log\\frac{e^{b}}{e^{b}+e^{c}}')?.kind).not.toBe('ce_from_logits');
    expect(recogniseFormula('-p a - q b + \\log(e^{a}+e^{b})')?.kind).not.toBe('ce_from_logits');
  });
});
