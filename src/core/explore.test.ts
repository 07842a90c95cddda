import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, curveDomain, curvePoints, logitForProbability, lossAt, rescaleOthers, roundSignificant, scrubStep, scrubValue } from './explore';
import { crossEntropyFromLogits } from './logits';

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

describe('rescaleOthers', () => {
  it('sets one prediction and scales the others to keep Σy = 1 and their ratios', () => {
    const y = rescaleOthers([0.33, 0.32, 0.35], 0, 0.5);
    expect(y[0]).toBe(0.5);
    expect(sum(y)).toBeCloseTo(1, 14);
    expect(y[1]! / y[2]!).toBeCloseTo(0.32 / 0.35, 3);
  });
  it('shares the rest equally when the others are all 0, and clamps into [0, 1]', () => {
    expect(rescaleOthers([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(rescaleOthers([0.5, 0.5], 1, 1.7)).toEqual([0, 1]);
    expect(rescaleOthers([0.5, 0.5], 1, -2)).toEqual([1, 0]);
  });
  it('keeps Σy = 1 and every entry in [0, 1] for any K up to 1000', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (y, v) => {
        const out = rescaleOthers(y, 0, v);
        expect(Math.abs(sum(out) - 1)).toBeLessThan(1e-9);
        expect(out.every((x) => x >= 0 && x <= 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('logitForProbability', () => {
  it('moves one logit so that softmax gives it the chosen probability', () => {
    const z = logitForProbability([2, 1, 0.1], 0, 0.9);
    const c = crossEntropyFromLogits(z, [1, 0, 0]);
    expect(c.ok && c.value.softmax[0]).toBeCloseTo(0.9, 12);
    expect(z[1]).toBe(1);
    expect(z[2]).toBe(0.1);
  });
});

describe('the loss curve', () => {
  it('is −log y for t = 1 and −log(1 − y) for t = 0, in the base', () => {
    expect(lossAt(1, 0, 'e', 0.33)).toBeCloseTo(1.108663, 6);
    expect(lossAt(1, 0, '10', 0.33)).toBeCloseTo(0.481486, 6);
    expect(lossAt(0, 1, '2', 0.5)).toBeCloseTo(1, 12);
    expect(lossAt(0, 1, 'e', 1)).toBe(Infinity);
    expect(lossAt(1, 0, 'e', 1)).toBe(-0);
  });
  it('stays finite over its domain', () => {
    expect(curveDomain(1, 0)).toEqual({ lo: 0.001, hi: 1 });
    expect(curveDomain(0, 1)).toEqual({ lo: 0, hi: 0.999 });
    const points = curvePoints(0.3, 0.7, 'e', 50);
    expect(points).toHaveLength(50);
    expect(points.every(([, l]) => Number.isFinite(l) && l >= 0)).toBe(true);
  });
  it('has round ticks', () => {
    expect(axisTicks(4.6)).toEqual([0, 2, 4]);
    expect(axisTicks(4.6, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(6.64)).toEqual([0, 2, 4, 6]);
    expect(axisTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(axisTicks(0)).toEqual([0]);
  });
});

describe('scrubbing', () => {
  it('steps by 0.01, ×10 with Shift, ÷10 with Alt, and stops at the edge', () => {
    expect(scrubStep(0.01, {})).toBe(0.01);
    expect(scrubStep(0.01, { shift: true })).toBe(0.1);
    expect(scrubStep(0.01, { alt: true })).toBe(0.001);
    expect(scrubValue(0.1, 2, 0.1, { min: 0, max: 1 })).toBe(0.3);
    expect(scrubValue(0.95, 1, 0.1, { min: 0, max: 1 })).toBe(1);
    expect(scrubValue(0.02, -5, 0.01, { min: 0, max: 1 })).toBe(0);
    expect(roundSignificant(0.000123456, 3)).toBe(0.000123);
  });
});
