import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { labelsUnderAccents, labelsWithoutCaret, powerOnSampleLabel, stackedLabelSuperscripts, subscriptOfTheExponent } from './text-layer-scripts';

describe('text rule: stacked label superscripts', () => {
  it('gives each bracketed label its own superscript', () => {
    expect(stackedLabelSuperscripts('\\log(a^{[L](i)})')).toBe('\\log(a^{[L]}{}^{(i)})');
    expect(stackedLabelSuperscripts('W^{[l]\\{t\\}}')).toBe('W^{[l]}{}^{\\{t\\}}');
    expect(stackedLabelSuperscripts('z^{[2] (k)}')).toBe('z^{[2]}{}^{(k)}');
  });

  it('leaves one label, powers and calls in a superscript as they are', () => {
    expect(stackedLabelSuperscripts('y^{(i)}')).toBe('y^{(i)}');
    expect(stackedLabelSuperscripts('e^{f(x)}')).toBe('e^{f(x)}');
    expect(stackedLabelSuperscripts('(1-p)^{(1-y)}')).toBe('(1-p)^{(1-y)}');
  });

  it('reads the layer-and-sample cost of course notebooks as binary cross-entropy over the samples', () => {
    const tex = 'J = - \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} \\log(a^{[L](i)}) + (1-y^{(i)})\\log(1-a^{[L](i)}) \\right)';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula(tex)?.roles).toMatchObject({ sampleIndex: 'i', sampleBound: 'm', reduction: 'mean' });
    // The layer's label is no exponent: one log of one activation is not weighted by L(i).
    expect(recogniseFormula('-\\log(a^{[L](i)})')?.roles.target).not.toBe('L');
  });

  it('keeps the stacked labels with their letter under a log written without brackets', () => {
    const tex = 'L = -\\frac{1}{m}\\sum_{i=1}^{m}y^{(i)}\\log a^{[L](i)} + (1-y^{(i)})\\log(1-a^{[L](i)})';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-\\sum_i y^{(i)} \\log a^{[2](i)}')?.roles.target).toBe('y^i');
  });
  it('power-on-sample-label: a power typed on a sample’s label is on the labelled value', () => {
    expect(powerOnSampleLabel('\\hat{v}^{(i)^{u^{(i)}}}')).toBe('{\\hat{v}^{(i)}}^{u^{(i)}}');
    expect(powerOnSampleLabel('q^{(n)^{2}} + a^{(i)}')).toBe('{q^{(n)}}^{2} + a^{(i)}');
    // A label alone, or more after the power inside the superscript, stays.
    expect(powerOnSampleLabel('a^{(i)} + b^{(i)^{2} c}')).toBe('a^{(i)} + b^{(i)^{2} c}');
    expect(recogniseFormula('P = \\hat{v}^{(i)^{u^{(i)}}} \\cdot (1 - \\hat{v}^{(i)})^{1-u^{(i)}}')?.kind).toBe('likelihood_product');
  });

  it('subscript-of-the-exponent: p^y_i beside y_i elsewhere is p^{y_i}', () => {
    expect(subscriptOfTheExponent('\\pi^y_i (1-\\pi)^{1-y_i}')).toBe('\\pi^{y_i} (1-\\pi)^{1-y_i}');
    expect(recogniseFormula('=\\sum_{i=1}^n log(\\pi^y_i (1-\\pi)^{1-y_i})')?.kind).toBe('log_likelihood');
    // The subscript braced, as Unicode subscripts are read (yᵢ is y_{i}).
    expect(subscriptOfTheExponent('h(x_{i})^y_{i} (1 - h(x_{i}))^(1-y_{i})')).toBe('h(x_{i})^{y_{i}} (1 - h(x_{i}))^(1-y_{i})');
    expect(recogniseFormula('L(θ) = ∏ᵢ h(xᵢ)^yᵢ (1 − h(xᵢ))^(1−yᵢ)')?.kind).toBe('likelihood_product');
    // Without the label written elsewhere, TeX's reading stands: the subscript is the base's.
    expect(subscriptOfTheExponent('w^T_j x')).toBe('w^T_j x');
    // A layer's name raised twice, and a big operator's limits, stay.
    expect(subscriptOfTheExponent('-y^L_i \\log a^L_i + y^L_i')).toBe('-y^L_i \\log a^L_i + y^L_i');
    expect(subscriptOfTheExponent('\\sum^m_{i=1} a + \\sum^m_{i=1} m_{i=1}')).toBe('\\sum^m_{i=1} a + \\sum^m_{i=1} m_{i=1}');
  });

  it('labels-without-caret: u(i) beside u^{(i)} is the same labelled symbol', () => {
    expect(labelsWithoutCaret('u(i)\\log g(v^{(i)}) + (1-u^{(i)})')).toBe('u^{(i)}\\log g(v^{(i)}) + (1-u^{(i)})');
    expect(recogniseFormula('J = -\\sum_{i=1}^m (u(i)\\log g(v^{(i)}) + (1-u^{(i)})\\log(1-g(v^{(i)})))')?.kind).toBe('ce_binary_batch');
    // Without the labelled letter, a call stays a call.
    expect(labelsWithoutCaret('u(i) + v^{(i)}')).toBe('u(i) + v^{(i)}');
  });

  it('power-on-sample-label: the power typed after the label in one superscript is on the labelled value', () => {
    expect(powerOnSampleLabel('\\hat{q}^{(i)\\, s^{(i)}}')).toBe('{\\hat{q}^{(i)}}^{s^{(i)}}');
    // A class's subscript after it goes with the value.
    expect(powerOnSampleLabel('\\hat{q}^{(i)\\, s^{(i)}_1}_1')).toBe('{\\hat{q}_1^{(i)}}^{s^{(i)}_1}');
    expect(recogniseFormula('P(s^{(i)}|x) = \\hat{q}^{(i)\\, s^{(i)}} \\, (1-\\hat{q}^{(i)})^{1-s^{(i)}}')?.kind).toBe('likelihood_product');
    // The label alone stays.
    expect(powerOnSampleLabel('x^{(i)} + a^{(i)}_j')).toBe('x^{(i)} + a^{(i)}_j');
  });

  it('labels-under-accents: \\hat{p^{(i)}} is \\hat{p}^{(i)}, a power under the accent stays', () => {
    expect(labelsUnderAccents('\\log(\\hat{p^{(i)}}) + \\tilde{y^{[l]}} + \\hat{p^2}')).toBe('\\log(\\hat{p}^{(i)}) + \\tilde{y}^{[l]} + \\hat{p^2}');
    expect(recogniseFormula('J(\\theta)=-\\frac{1}{m}\\sum^m_{i=1}[y^{(i)}log(\\hat{p^{(i)}})+(1-y^{(i)})log(1-\\hat{p}^{(i)})]')?.kind).toBe('ce_binary_batch');
  });
});
