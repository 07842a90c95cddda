// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { WorkedExampleCheck } from '../../tex/types';
import { calculatorMounter } from './testing';

const SEED_EXAMPLE: WorkedExampleCheck = {
  kind: 'ce_multiclass',
  t: [1, 0, 0],
  y: [0.33, 0.32, 0.35],
  base: 'e',
  stated: { value: -0.481486, text: '-0.481486', decimals: 6 },
  computed: 1.1086626245216111,
  verdict: 'wrong',
  explanation: {
    code: 'sign_and_base',
    matchedValue: -0.481486,
    matchedBase: '10',
    en: 'The stated value is log10(0.33): base-10 logarithm and the minus dropped.',
    ja: '記載値は log10(0.33) です。',
  },
};

const calculator = calculatorMounter();
const mount = calculator.mount;

function part(root: ParentNode, name: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!element) throw new Error(`no ${name}`);
  return element;
}

function typeInto(input: HTMLInputElement, text: string, commit = false): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
}

function cells(root: ParentNode, column: 't' | 'y'): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(`.xl-row input[data-column="${column}"]`)];
}

describe('mountCalculator', () => {
  it('computes the seed example and updates E as y₁ is typed', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0, 0], y: [0.33, 0.32, 0.35], lang: 'en', example: SEED_EXAMPLE });
    expect(part(root, 'value').textContent).toBe('1.108663');
    expect(calculator.handle.state().value).toBeCloseTo(1.1086626245216111, 12);
    expect(part(root, 'verdict').textContent).toContain('wrong');
    expect(part(root, 'stated').textContent).toBe('-0.481486');
    expect(part(root, 'recomputed').textContent).toBe('1.108663');
    expect(part(root, 'explanation').textContent).toContain('base-10');
    typeInto(cells(root, 'y')[0]!, '0.5');
    expect(part(root, 'value').textContent).toBe('0.693147');
    // The substituted formula is re-rendered with the new number.
    expect(part(root, 'substituted').querySelector('annotation')?.textContent).toContain('\\ln 0.5');
  });

  it('recomputes a value stated in per cent in per cent', () => {
    const example: WorkedExampleCheck = { ...SEED_EXAMPLE, t: [1], y: [0.95], stated: { value: 0.0531, text: '5.31 %', decimals: 4 }, computed: -Math.log(0.95) };
    const root = mount({ kind: 'ce_multiclass', t: [1], y: [0.95], lang: 'en', example });
    expect(part(root, 'recomputed').textContent).toBe('5.1293 %');
  });

  it('labels inputs, one row per class, and adds and removes rows', () => {
    const changes: number[] = [];
    const root = mount({ kind: 'ce_multiclass', lang: 'en', onChange: (s) => changes.push(s.y[0]!.length) });
    expect(cells(root, 'y')).toHaveLength(3);
    expect(cells(root, 'y')[1]!.getAttribute('aria-label')).toBe('y 2 (prediction, class 2)');
    (root.querySelector('.xl-toolbar button') as HTMLButtonElement).click();
    expect(cells(root, 'y')).toHaveLength(4);
    expect(part(root, 'count').textContent).toBe('K = 4');
    (root.querySelectorAll<HTMLButtonElement>('.xl-remove')[0]!).click();
    expect(cells(root, 'y')).toHaveLength(3);
    expect(changes.at(-1)).toBe(3);
  });

  it('spreads a pasted NumPy array over the rows, adding rows as needed', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0, 0], y: [0.33, 0.32, 0.35], lang: 'en' });
    typeInto(cells(root, 'y')[0]!, 'array([0.25, 0.25, 0.25, 0.25])', true);
    typeInto(cells(root, 't')[0]!, '1, 0, 0, 0', true);
    expect(cells(root, 'y').map((c) => c.value)).toEqual(['0.25', '0.25', '0.25', '0.25']);
    expect(calculator.handle.state().value).toBeCloseTo(Math.log(4), 12);
  });

  it('takes a class index in words for the targets', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0, 0], y: [0.2, 0.3, 0.5], lang: 'en' });
    typeInto(cells(root, 't')[0]!, 'class 2');
    expect(cells(root, 't').map((c) => c.value)).toEqual(['0', '0', '1']);
    expect(calculator.handle.state().value).toBeCloseTo(-Math.log(0.5), 12);
  });

  it('shows ∞ with its reason beside the input, and never NaN', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0, 0], y: [0, 0.5, 0.5], lang: 'en' });
    expect(part(root, 'value').textContent).toBe('∞');
    const note = root.querySelector('.xl-row .xl-note')!;
    expect(note.textContent).toMatch(/log 0/);
    typeInto(cells(root, 'y')[1]!, 'abc');
    expect(part(root, 'value').textContent).toBe('—');
    expect(root.querySelectorAll('.xl-row .xl-note')[1]!.textContent).toMatch(/not a number/);
    expect(root.textContent).not.toMatch(/NaN/);
    expect(calculator.handle.state().value).toBeNull();
    expect(calculator.handle.state().error).toBeTruthy();
  });

  it('puts a diagnostic without an index in the list below', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0, 0], y: [0.5, 0.5, 0.5], lang: 'ja' });
    expect(part(root, 'diagnostics').textContent).toContain('合計');
  });

  it('switches the base and its unit', () => {
    const root = mount({ kind: 'ce_multiclass', t: [1, 0], y: [0.5, 0.5], lang: 'en' });
    calculator.handle.setBase('2');
    expect(part(root, 'value').textContent).toBe('1.000000');
    // E = 1 bit: the perplexity 2^1 = 2 (two equally likely classes).
    expect(part(root, 'secondary').textContent).toBe('bits · perplexity 2^E = 2.000000');
    expect(part(root, 'substituted').querySelector('annotation')?.textContent).toContain('\\log_{2}');
  });

  it('shows L and log L for the likelihood forms', () => {
    const root = mount({ kind: 'likelihood_product', t: [1, 0, 0], y: [0.33, 0.32, 0.35], lang: 'en' });
    expect(part(root, 'value').textContent).toBe('0.330000');
    expect(part(root, 'secondary').textContent).toContain('log L = −1.108663');
  });

  it('computes a batch on an N×K grid, one input per sample and class', () => {
    const root = mount({ kind: 'ce_multiclass_batch', lang: 'en' });
    calculator.handle.setInputs([[1, 0], [0, 1]], [[0.5, 0.5], [0.25, 0.75]]);
    expect(cells(root, 'y')).toHaveLength(4);
    expect(cells(root, 'y')[3]!.getAttribute('aria-label')).toBe('y 2,2 (prediction, sample 2, class 2)');
    expect(calculator.handle.state().value).toBeCloseTo((Math.log(2) - Math.log(0.75)) / 2, 12);
    expect(root.querySelectorAll('.xl-row .xl-out')[1]!.textContent).toBe('0.287682');
    expect(part(root, 'count').textContent).toBe('N = 2 · K = 2');

    // One entry typed: that sample's E and the mean follow.
    typeInto(cells(root, 'y')[2]!, '0.5');
    typeInto(cells(root, 'y')[3]!, '0.5');
    expect(calculator.handle.state().value).toBeCloseTo(Math.log(2), 12);
  });

  it('grows the grid by classes and by pasted rows', () => {
    const root = mount({ kind: 'ce_multiclass_batch', lang: 'en', t: [[1, 0], [0, 1]], y: [[0.5, 0.5], [0.25, 0.75]] });
    root.querySelector<HTMLButtonElement>('.xl-class-buttons button:last-child')!.click();
    expect(cells(root, 't')).toHaveLength(6);
    expect(calculator.handle.state().t).toEqual([[1, 0, 0], [0, 1, 0]]);
    // A matrix pasted into the first entry fills the rows below it, K from its width.
    typeInto(cells(root, 'y')[0]!, '[[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]', true);
    expect(calculator.handle.state().y).toEqual([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]);
    expect(calculator.handle.state().t[2]).toEqual([0, 0, 0]);
    // A class index in words makes the sample's target one-hot.
    typeInto(cells(root, 't')[6]!, 'class 2');
    expect(calculator.handle.state().t[2]).toEqual([0, 0, 1]);
    expect(calculator.handle.state().value).toBeCloseTo((-Math.log(0.7) - Math.log(0.8) - Math.log(0.4)) / 3, 12);
    root.querySelector<HTMLButtonElement>('.xl-class-buttons button:first-child')!.click();
    expect(cells(root, 'y')).toHaveLength(6);
  });

  it('marks an unreadable grid entry without losing the others or showing NaN', () => {
    const root = mount({ kind: 'ce_multiclass_batch', lang: 'en', t: [[1, 0], [0, 1]], y: [[0.5, 0.5], [0.25, 0.75]] });
    typeInto(cells(root, 'y')[1]!, '0.5x');
    expect(calculator.handle.state().value).toBeNull();
    expect(cells(root, 'y')[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.xl-note')!.textContent).not.toBe('');
    expect(root.textContent).not.toContain('NaN');
    root.querySelector<HTMLButtonElement>('.xl-class-buttons button:last-child')!.click();
    expect(cells(root, 'y')[1]!.value).toBe('0.5x');
    expect(root.textContent).not.toContain('NaN');
    typeInto(cells(root, 'y')[1]!, '0.5');
    typeInto(cells(root, 'y')[2]!, '0');
    expect(calculator.handle.state().value).toBeCloseTo((Math.log(2) - Math.log(0.75)) / 2, 12);
  });

  it('computes binary forms and logits', () => {
    const root = mount({ kind: 'ce_binary', lang: 'en', t: [1], y: [0.9] });
    expect(calculator.handle.state().value).toBeCloseTo(-Math.log(0.9), 12);
    expect(root.querySelector<HTMLButtonElement>('.xl-toolbar button')!.hidden).toBe(true);
    calculator.handle.setKind('ce_from_logits');
    calculator.handle.setInputs([1, 0, 0], [2, 1, 0.1]);
    const z = [2, 1, 0.1];
    const lse = Math.log(z.reduce((s, v) => s + Math.exp(v), 0));
    expect(calculator.handle.state().value).toBeCloseTo(lse - 2, 12);
    expect(root.querySelector('.xl-rows-head')!.textContent).toContain('softmax');
  });

  it('gives binary cross-entropy on a logit the binary calculator with the logit as input', () => {
    const roles = { target: 't', prediction: 'x', activation: 'sigmoid' as const };
    const root = mount({ kind: 'ce_from_logits', roles, lang: 'en', t: [1], y: [40] });
    expect(calculator.handle.state().kind).toBe('ce_binary');
    expect(calculator.handle.state().value).toBeCloseTo(Math.exp(-40), 30);
    expect(root.querySelector('.xl-rows-head')!.textContent).not.toContain('softmax');
    expect(cells(root, 'y')[0]!.getAttribute('aria-label')).toContain('logit');
    expect(part(root, 'substituted').querySelector('annotation')?.textContent).toContain('\\ln\\left(1 + e^{40}\\right) - 1 \\cdot 40');
    // Over samples: one logit per sample, mean or sum as the formula says; a starting example of logits.
    calculator.handle.destroy();
    const batch = mount({ kind: 'ce_from_logits', roles: { ...roles, sampleIndex: 'i', reduction: 'sum' }, lang: 'en' });
    expect(calculator.handle.state().kind).toBe('ce_binary_batch');
    expect(cells(batch, 'y').map((c) => Number(c.value))).toEqual([2.2, -1.4, 0.4]);
    typeInto(cells(batch, 'y')[1]!, '-1000');
    expect(calculator.handle.state().value).toBeGreaterThan(0);
    expect(Number.isFinite(calculator.handle.state().value)).toBe(true);
  });

  it('takes labels −1 and +1 for the logistic loss on a margin', () => {
    const roles = { target: 'y_i', prediction: 'x_i', sampleIndex: 'i', reduction: 'mean' as const, activation: 'sigmoid' as const, labels: 'plusMinusOne' as const };
    const root = mount({ kind: 'ce_from_logits', roles, lang: 'en' });
    expect(calculator.handle.state().kind).toBe('ce_binary_batch');
    expect(cells(root, 't').map((c) => Number(c.value))).toEqual([1, -1, 1]);
    expect(cells(root, 't')[0]!.getAttribute('aria-label')).toContain('label, −1 or +1');
    calculator.handle.setInputs([1, -1, -1], [0.5, -1.2, 2.0]);
    expect(calculator.handle.state().value).toBeCloseTo(0.954762, 6);
    expect(part(root, 'substituted').querySelector('annotation')?.textContent).toContain('\\ln\\left(1 + e^{-(-1) \\cdot (-1.2)}\\right)');
    typeInto(cells(root, 't')[1]!, '2');
    expect(calculator.handle.state().value).toBeNull();
    expect(calculator.handle.state().error).toContain('not a label');
    calculator.handle.destroy();
    const ja = mount({ kind: 'ce_from_logits', roles, lang: 'ja', t: [1, 3], y: [0.5, 0.5] });
    expect(calculator.handle.state().error).toContain('ラベルとして使えません');
    expect(cells(ja, 't')[0]!.getAttribute('aria-label')).toContain('ラベル');
  });

  it('takes a margin with no label written (L(M) = log(1 + e^{−M})): the label is asked for, the value is finite', () => {
    const roles = { prediction: 'M', activation: 'sigmoid' as const, labels: 'plusMinusOne' as const };
    const root = mount({ kind: 'ce_from_logits', roles, lang: 'en' });
    expect(cells(root, 't').length).toBeGreaterThan(0);
    const value = calculator.handle.state().value;
    expect(value === null || Number.isFinite(value)).toBe(true);
    expect(root.textContent ?? '').not.toContain('NaN');
    calculator.handle.destroy();
  });

  it('takes a binary form whose target and prediction are written as halves ((1 + t)/2, (1 + y)/2): finite, no NaN', () => {
    const roles = { target: '\\frac{1+t}{2}', prediction: '\\frac{1+y}{2}' };
    const root = mount({ kind: 'ce_binary', roles, lang: 'en' });
    typeInto(cells(root, 'y')[0]!, '0.8', true);
    const value = calculator.handle.state().value;
    expect(value === null || Number.isFinite(value)).toBe(true);
    expect(root.textContent ?? '').not.toContain('NaN');
    calculator.handle.destroy();
  });

  it('renders a long input with an ellipsis and keeps every row', () => {
    const k = 1000;
    const root = mount({ kind: 'ce_multiclass', lang: 'en', t: [1, ...Array<number>(k - 1).fill(0)], y: Array<number>(k).fill(1 / k) });
    expect(cells(root, 'y')).toHaveLength(k);
    const tex = part(root, 'substituted').querySelector('annotation')!.textContent!;
    expect(tex).toContain('\\cdots');
    expect(tex.match(/\\ln/g)).toHaveLength(10);
  });

  it('destroy removes what it added', () => {
    const root = mount({ kind: 'ce_multiclass', lang: 'en' });
    calculator.handle.destroy();
    expect(root.children).toHaveLength(0);
  });
});
