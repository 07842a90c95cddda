// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { plainText } from './explore';
import { calculatorMounter } from './testing';

const calculator = calculatorMounter();
const mount = calculator.mount;

const inputs = (root: HTMLElement, column: 't' | 'y') => [...root.querySelectorAll<HTMLInputElement>(`input[data-column="${column}"]`)];
const key = (target: Element, k: string, init: KeyboardEventInit = {}) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('the loss curve', () => {
  it('states the point in words and follows the target’s class', () => {
    const root = mount({ kind: 'ce_multiclass', lang: 'en', t: [0, 1, 0], y: [0.2, 0.5, 0.3] });
    expect(root.querySelector('[data-part="curve-point"]')!.textContent).toBe('y₂ = 0.5, E = 0.693147');
    const handleElement = root.querySelector('[data-part="curve-handle"]')!;
    expect(handleElement.getAttribute('role')).toBe('slider');
    expect(handleElement.getAttribute('aria-valuenow')).toBe('0.5');
    key(handleElement, 'ArrowRight', { shiftKey: true });
    const state = calculator.handle.state();
    expect(state.y[0]![1]).toBeCloseTo(0.6, 12);
    expect(state.y[0]!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(state.value).toBeCloseTo(-Math.log(0.6), 12);
  });

  it('draws both branches of a binary loss and moves y alone', () => {
    const root = mount({ kind: 'ce_binary', lang: 'ja', t: [0], y: [0.2] });
    expect([...root.querySelectorAll('.xl-curve-branch')].map((e) => e.textContent)).toEqual(['t = 1', 't = 0']);
    expect(root.querySelector<HTMLElement>('.xl-keep-sum')!.hidden).toBe(true);
    key(root.querySelector('[data-part="curve-handle"]')!, 'ArrowLeft');
    expect(calculator.handle.state().y[0]![0]).toBeCloseTo(0.19, 12);
  });

  it('moves a logit so that its softmax is the dragged probability', () => {
    const root = mount({ kind: 'ce_from_logits', lang: 'en', t: [1, 0, 0], y: [2, 1, 0.1] });
    key(root.querySelector('[data-part="curve-handle"]')!, 'End');
    const z = calculator.handle.state().y[0]!;
    expect(z.slice(1)).toEqual([1, 0.1]);
    expect(calculator.handle.state().value).toBeLessThan(1e-9);
  });
});

describe('scrubbing inputs', () => {
  it('steps a prediction with ↑/↓ (Shift ×10, Alt ÷10) and rescales the others', () => {
    const root = mount({ kind: 'ce_multiclass', lang: 'en', t: [1, 0, 0], y: [0.33, 0.32, 0.35] });
    const y = inputs(root, 'y');
    key(y[0]!, 'ArrowUp');
    expect(Number(y[0]!.value)).toBe(0.34);
    key(y[0]!, 'ArrowUp', { shiftKey: true });
    expect(Number(y[0]!.value)).toBe(0.44);
    key(y[0]!, 'ArrowDown', { altKey: true });
    expect(Number(y[0]!.value)).toBe(0.439);
    const sum = inputs(root, 'y').reduce((a, input) => a + Number(input.value), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('stops at the edge of the valid range', () => {
    const root = mount({ kind: 'ce_multiclass', lang: 'en', t: [1, 0, 0], y: [0.95, 0.03, 0.02] });
    const y = inputs(root, 'y');
    key(y[0]!, 'ArrowUp', { shiftKey: true });
    expect(Number(y[0]!.value)).toBe(1);
    expect(inputs(root, 'y').slice(1).map((input) => Number(input.value))).toEqual([0, 0]);
    expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('steps a ±1 label of the margin form within [−1, 1]', () => {
    const roles = { sampleIndex: 'i', activation: 'sigmoid' as const, labels: 'plusMinusOne' as const };
    const root = mount({ kind: 'ce_from_logits', roles, lang: 'en', t: [-0.95, 1], y: [0.5, 0.5] });
    const t = inputs(root, 't');
    key(t[0]!, 'ArrowDown', { shiftKey: true });
    expect(Number(t[0]!.value)).toBe(-1);
    key(t[1]!, 'ArrowUp');
    expect(Number(t[1]!.value)).toBe(1);
    expect(calculator.handle.state().error).toBeNull();
  });
});

describe('beside E', () => {
  it('names the loss as the page does and shows y − t and b^E', () => {
    const root = mount({ kind: 'ce_multiclass', lang: 'en', roles: { lossName: 'J(\\theta)' }, t: [1, 0, 0], y: [0.33, 0.32, 0.35] });
    expect(root.querySelector('.xl-result annotation')!.textContent).toBe('J(\\theta) =');
    expect(root.querySelector('[data-part="gradient-values"]')!.textContent).toBe(' = (−0.670, 0.320, 0.350)');
    expect(root.querySelector('[data-part="secondary"]')!.textContent).toContain('e^J(θ) = 3.030303');
  });
  it('writes TeX symbols as plain text for words', () => {
    expect(plainText('\\hat{y}_{12}')).toBe('ŷ₁₂');
    expect(plainText('\\mathcal{L}_{CE}')).toBe('L_CE');
  });
});
