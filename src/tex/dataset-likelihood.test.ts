import { describe, expect, it } from 'vitest';
import { isPairOutcome, pairMembers } from './dataset-likelihood';
import type { Expr } from './expr';

const letter = (name: string): Expr => ({ k: 'sym', name, sub: null, subAtoms: null });

describe('dataset likelihood', () => {
  it('reads the members of an index that runs over pairs, and none for one letter', () => {
    expect(pairMembers('(x,y)')).toEqual(['x', 'y']);
    expect(pairMembers('(w, c)')).toEqual(['w', 'c']);
    expect(pairMembers('i')).toBeNull();
  });

  it('takes p(y | x) under Σ_{(x,y)} as the pair’s outcome given its other member', () => {
    expect(isPairOutcome(letter('y'), [letter('x')], ['x', 'y'])).toBe(true);
    // The outcome given itself, or given a letter outside the pair, is no sample's label.
    expect(isPairOutcome(letter('y'), [letter('y')], ['x', 'y'])).toBe(false);
    expect(isPairOutcome(letter('z'), [letter('x')], ['x', 'y'])).toBe(false);
  });
});
