// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { barWidths, createBar, updateBars } from './bars';

describe('bars', () => {
  it('scales to the largest finite contribution and flags infinity', () => {
    expect(barWidths([1, 0.5, 0, null, -1, Infinity])).toEqual([
      { width: 100, infinite: false },
      { width: 50, infinite: false },
      { width: 0, infinite: false },
      { width: 0, infinite: false },
      { width: 0, infinite: false },
      { width: 100, infinite: true },
    ]);
  });
  it('writes widths in place', () => {
    const bars = [createBar(document), createBar(document)];
    updateBars(bars, [2, 1]);
    expect(bars.map((b) => b.fill.style.width)).toEqual(['100.0%', '50.0%']);
    updateBars(bars, [Infinity, 1]);
    expect(bars[0]!.element.dataset.infinite).toBe('true');
    expect(bars[0]!.element.getAttribute('aria-hidden')).toBe('true');
  });
});
