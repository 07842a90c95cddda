import { describe, expect, it } from 'vitest';
import type { WorkedExampleCheck } from '../tex/types';
import { exampleFits, prefillFor } from './popover';

function example(kind: WorkedExampleCheck['kind'], t: number[], y: number[]): WorkedExampleCheck {
  return {
    kind,
    t,
    y,
    base: 'e',
    stated: { value: 0, text: '0', decimals: 0 },
    computed: 0,
    verdict: 'correct',
    explanation: { code: 'matches', en: '', ja: '' },
  };
}

describe('prefillFor', () => {
  const seed = example('ce_multiclass', [1, 0, 0], [0.33, 0.32, 0.35]);
  const numeric = example(null, [], []);
  const binary = example('ce_binary', [1], [0.9]);

  it('prefers the formula’s own example, else the first on the page that fits', () => {
    const own = example('ce_multiclass', [0, 1], [0.5, 0.5]);
    expect(prefillFor('ce_multiclass', own, [seed])).toBe(own);
    expect(prefillFor('ce_multiclass', null, [numeric, binary, seed])).toBe(seed);
    expect(prefillFor('log_likelihood', numeric, [seed])).toBe(seed);
  });

  it('does not pour numbers into a form they do not fit', () => {
    expect(exampleFits(seed, 'ce_binary')).toBe(false);
    expect(exampleFits(numeric, 'ce_multiclass')).toBe(false);
    expect(prefillFor('ce_from_logits', null, [seed, binary])).toBeNull();
    expect(prefillFor('ce_binary', null, [seed, binary])).toBe(binary);
  });
});
