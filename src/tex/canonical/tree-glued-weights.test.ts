import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: a letter set before a call that is called alone beside it', () => {
  it('reads kP(x) beside P(x) as k · P(x)', () => {
    expect(canonicalMember('-k P(x) \\log P(x)')).toBe(canonicalMember('-k \\cdot P(x) \\log P(x)'));
    expect(recogniseFormula('-k P(x) \\log P(x)')?.kind).toBe('entropy');
    expect(recogniseFormula('h(P) = -X P(X) \\log(P(X))')?.kind).toBe('entropy');
  });

  it('keeps a name with no lone call of its last letter beside it', () => {
    expect(canonicalMember('CE(p, q) \\log q')).not.toBe(canonicalMember('C \\cdot E(p, q) \\log q'));
    // The same letter called on other arguments is another thing.
    expect(canonicalMember('kP(x) \\log P(y)')).not.toBe(canonicalMember('k \\cdot P(x) \\log P(y)'));
  });
});
